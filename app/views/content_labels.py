"""Display names for the content calendar's stored codes, translated at call time."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.models.content import Pillar
from app.views.labels import code_label

_CONTEXT = "content"

STATUS_LABELS = {
    "idea": QT_TRANSLATE_NOOP("content", "Idea"),
    "drafting": QT_TRANSLATE_NOOP("content", "Drafting"),
    "review": QT_TRANSLATE_NOOP("content", "In review"),
    "scheduled": QT_TRANSLATE_NOOP("content", "Scheduled"),
    "published": QT_TRANSLATE_NOOP("content", "Published"),
    "reviewed": QT_TRANSLATE_NOOP("content", "Reviewed"),
}
# One glyph per status, shown on calendar chips next to the time (all in the bundled CJK font).
STATUS_GLYPHS = {"idea": "○", "drafting": "✎", "review": "◎", "scheduled": "●", "published": "✔",
                 "reviewed": "★"}
FORMAT_LABELS = {
    "post": QT_TRANSLATE_NOOP("content", "Post"),
    "article": QT_TRANSLATE_NOOP("content", "Article"),
    "poll": QT_TRANSLATE_NOOP("content", "Poll"),
    "topic": QT_TRANSLATE_NOOP("content", "Discussion topic"),
    "live": QT_TRANSLATE_NOOP("content", "Live stream"),
    "video": QT_TRANSLATE_NOOP("content", "Video"),
}
PILLAR_LABELS = {
    "brand_story": QT_TRANSLATE_NOOP("content", "Brand story"),
    "professional": QT_TRANSLATE_NOOP("content", "Professional know-how"),
    "interaction_ugc": QT_TRANSLATE_NOOP("content", "Interaction & UGC"),
}
TOPIC_KIND_LABELS = {
    "social": QT_TRANSLATE_NOOP("content", "Social event"),
    "industry": QT_TRANSLATE_NOOP("content", "Industry news"),
    "product": QT_TRANSLATE_NOOP("content", "Product update"),
}
PRIORITY_LABELS = {
    "P1": QT_TRANSLATE_NOOP("content", "P1 · respond now"),
    "P2": QT_TRANSLATE_NOOP("content", "P2 · respond soon"),
    "P3": QT_TRANSLATE_NOOP("content", "P3 · if there is room"),
    "watch": QT_TRANSLATE_NOOP("content", "Watch only"),
}


def _label(table: dict[str, str], code: str) -> str:
    return code_label(_CONTEXT, table, code)


def status_label(code: str) -> str:
    return _label(STATUS_LABELS, code)


def format_label(code: str) -> str:
    """A built-in format's label; a format the operator typed is shown as typed."""
    return _label(FORMAT_LABELS, code)


def topic_kind_label(code: str) -> str:
    return _label(TOPIC_KIND_LABELS, code)


def priority_label(code: str) -> str:
    return _label(PRIORITY_LABELS, code)


def pillar_label(pillar: Pillar) -> str:
    """The operator's name for a pillar, or the translated default of a built-in one."""
    return pillar.name or _label(PILLAR_LABELS, pillar.key or "")


def labels(table: dict[str, str]) -> dict[str, str]:
    """Every code of *table* -> its translated label, in order (for combos)."""
    return {code: _label(table, code) for code in table}

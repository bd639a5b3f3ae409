"""Display names and colours for the moderation codes, translated at call time."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models.content import parse_utc
from app.views.labels import code_label

_CONTEXT = "moderation"

LEVEL_LABELS = {
    "red": QT_TRANSLATE_NOOP("moderation", "Red"),
    "yellow": QT_TRANSLATE_NOOP("moderation", "Yellow"),
    "blue": QT_TRANSLATE_NOOP("moderation", "Blue"),
}
LEVEL_COLORS = {"red": "#d9363e", "yellow": "#e8a317", "blue": "#2f7ed8"}
# Pale backgrounds for the level cell and the highlighted words.
LEVEL_TINTS = {"red": "#fbdadb", "yellow": "#fdf0c8", "blue": "#d8e8fa"}
STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("moderation", "New"),
    "in_review": QT_TRANSLATE_NOOP("moderation", "In review"),
    "resolved": QT_TRANSLATE_NOOP("moderation", "Resolved"),
    "dismissed": QT_TRANSLATE_NOOP("moderation", "Dismissed"),
    "appealed": QT_TRANSLATE_NOOP("moderation", "Appealed"),
    "upheld": QT_TRANSLATE_NOOP("moderation", "Upheld"),
    "overturned": QT_TRANSLATE_NOOP("moderation", "Overturned"),
}
SOURCE_LABELS = {
    "report": QT_TRANSLATE_NOOP("moderation", "Member report"),
    "word_hit": QT_TRANSLATE_NOOP("moderation", "Sensitive-word hit"),
    "observation": QT_TRANSLATE_NOOP("moderation", "Operator observation"),
}
ACTION_LABELS = {
    "none": QT_TRANSLATE_NOOP("moderation", "No action"),
    "warning": QT_TRANSLATE_NOOP("moderation", "Warning"),
    "delete_message": QT_TRANSLATE_NOOP("moderation", "Delete message"),
    "mute": QT_TRANSLATE_NOOP("moderation", "Mute"),
    "remove": QT_TRANSLATE_NOOP("moderation", "Remove from group"),
    "ban": QT_TRANSLATE_NOOP("moderation", "Ban"),
}
CATEGORY_LABELS = {
    "spam": QT_TRANSLATE_NOOP("moderation", "Spam / ads"),
    "abuse": QT_TRANSLATE_NOOP("moderation", "Abuse"),
    "rumour": QT_TRANSLATE_NOOP("moderation", "Rumour"),
    "fraud": QT_TRANSLATE_NOOP("moderation", "Fraud"),
    "off_topic": QT_TRANSLATE_NOOP("moderation", "Off-topic"),
    "other": QT_TRANSLATE_NOOP("moderation", "Other"),
}
DECISION_LABELS = {
    "decision": QT_TRANSLATE_NOOP("moderation", "Decided"),
    "dismissal": QT_TRANSLATE_NOOP("moderation", "Dismissed"),
    "appeal": QT_TRANSLATE_NOOP("moderation", "Appealed"),
    "upheld": QT_TRANSLATE_NOOP("moderation", "Appeal: upheld"),
    "overturned": QT_TRANSLATE_NOOP("moderation", "Appeal: overturned"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """A code's translated label; a code the operator typed (a custom category) is shown as typed."""
    return "" if code is None else code_label(_CONTEXT, table, code)


def labels(table: dict[str, str]) -> dict[str, str]:
    return {code: label(table, code) for code in table}


def action_text(action: str | None, mute_days: int | None) -> str:
    """"Mute 3 days", "Warning", ... ("" for no decision)."""
    if action is None:
        return ""
    if action == "mute" and mute_days:
        text = (QCoreApplication.translate("moderation", "Mute 1 day") if mute_days == 1
                else QCoreApplication.translate("moderation", "Mute %1 days"))
        return text.replace("%1", str(mute_days))
    return label(ACTION_LABELS, action)


def countdown(due_at: str, now: datetime) -> tuple[str, bool]:
    """("3h 20m left", False) or ("overdue 1h 05m", True) for a deadline in UTC text."""
    seconds = int((parse_utc(due_at) - now).total_seconds())
    overdue = seconds < 0
    minutes = abs(seconds) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        span = QCoreApplication.translate("moderation", "%1d %2h").replace("%1", str(days)).replace("%2", str(hours))
    else:
        span = QCoreApplication.translate("moderation", "%1h %2m").replace("%1", str(hours)).replace(
            "%2", f"{mins:02d}")
    if overdue:
        return QCoreApplication.translate("moderation", "overdue %1").replace("%1", span), True
    return QCoreApplication.translate("moderation", "%1 left").replace("%1", span), False

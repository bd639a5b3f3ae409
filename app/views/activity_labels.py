"""Display names for the activities' stored codes, translated at call time."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.labels import code_label

_CONTEXT = "activities"

MODE_LABELS = {
    "online": QT_TRANSLATE_NOOP("activities", "Online"),
    "offline": QT_TRANSLATE_NOOP("activities", "Offline"),
    "hybrid": QT_TRANSLATE_NOOP("activities", "Online + offline"),
}
# Chip and chart colours per activity type.
MODE_COLORS = {"online": "#2f7ed8", "offline": "#e07b39", "hybrid": "#8e5cc8"}
FORMAT_LABELS = {
    "check_in_challenge": QT_TRANSLATE_NOOP("activities", "Check-in challenge"),
    "salon": QT_TRANSLATE_NOOP("activities", "Salon"),
    "live_ama": QT_TRANSLATE_NOOP("activities", "Live AMA"),
    "contest": QT_TRANSLATE_NOOP("activities", "Contest"),
    "debate": QT_TRANSLATE_NOOP("activities", "Debate"),
    "giveaway": QT_TRANSLATE_NOOP("activities", "Giveaway"),
    "offline_run": QT_TRANSLATE_NOOP("activities", "Group run"),
}
STATUS_LABELS = {
    "planning": QT_TRANSLATE_NOOP("activities", "Planning"),
    "promoting": QT_TRANSLATE_NOOP("activities", "Warming up"),
    "running": QT_TRANSLATE_NOOP("activities", "Running"),
    "reviewing": QT_TRANSLATE_NOOP("activities", "Reviewing"),
    "closed": QT_TRANSLATE_NOOP("activities", "Closed"),
}
PHASE_LABELS = {
    "warm_up": QT_TRANSLATE_NOOP("activities", "Warm-up online"),
    "on_site": QT_TRANSLATE_NOOP("activities", "On the day"),
    "review": QT_TRANSLATE_NOOP("activities", "Review online"),
}
REGISTRATION_LABELS = {
    "registered": QT_TRANSLATE_NOOP("activities", "Registered"),
    "attended": QT_TRANSLATE_NOOP("activities", "Attended"),
    "no_show": QT_TRANSLATE_NOOP("activities", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("activities", "Cancelled"),
}


def label(table: dict[str, str], code: str) -> str:
    return code_label(_CONTEXT, table, code)


def labels(table: dict[str, str]) -> dict[str, str]:
    """Every code of *table* -> its translated label, in order (for combos)."""
    return {code: label(table, code) for code in table}


def mode_label(code: str) -> str:
    return label(MODE_LABELS, code)


def format_label(code: str) -> str:
    """A built-in format's label; a format the operator typed is shown as typed."""
    return label(FORMAT_LABELS, code)


def status_label(code: str) -> str:
    return label(STATUS_LABELS, code)

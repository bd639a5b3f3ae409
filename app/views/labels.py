"""Display names for stored codes, translated at call time."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def code_label(context: str, table: dict[str, str], code: str) -> str:
    """A stored code's translated label from *table* (code -> English source, marked with
    QT_TRANSLATE_NOOP in *context*); an unknown code (one the operator typed) is shown as it is."""
    return QCoreApplication.translate(context, table[code]) if code in table else code


def status_label(code: str) -> str:
    labels = {
        "active": QCoreApplication.translate("labels", "Active"),
        "silent": QCoreApplication.translate("labels", "Silent"),
        "at_risk": QCoreApplication.translate("labels", "At risk"),
        "left": QCoreApplication.translate("labels", "Left"),
        "banned": QCoreApplication.translate("labels", "Banned"),
    }
    return labels.get(code, code)


def journal_label(mode: str, location: str) -> str:
    modes = {"wal": QCoreApplication.translate("labels", "WAL"),
             "delete": QCoreApplication.translate("labels", "rollback journal")}
    places = {"local": QCoreApplication.translate("labels", "local disk"),
              "network": QCoreApplication.translate("labels", "network share"),
              "synced": QCoreApplication.translate("labels", "synced folder")}
    return f"{modes.get(mode, mode)} · {places.get(location, location)}"


# RFM segments, as app.services.lifecycle stores them (best first), -> English source labels.
# Translated at call time: segment_label(code). One place for every view that shows a segment.
SEGMENT_LABELS = {
    "champions": QT_TRANSLATE_NOOP("labels", "Champions"),
    "loyal": QT_TRANSLATE_NOOP("labels", "Loyal"),
    "potential": QT_TRANSLATE_NOOP("labels", "Potential"),
    "new": QT_TRANSLATE_NOOP("labels", "New"),
    "at risk": QT_TRANSLATE_NOOP("labels", "At risk"),
    "hibernating": QT_TRANSLATE_NOOP("labels", "Hibernating"),
    "lost": QT_TRANSLATE_NOOP("labels", "Lost"),
}


def segment_label(code: str) -> str:
    return code_label("labels", SEGMENT_LABELS, code)


def segment_labels() -> dict[str, str]:
    """Every segment code -> its translated label, in order (for combos and formatters)."""
    return {code: segment_label(code) for code in SEGMENT_LABELS}

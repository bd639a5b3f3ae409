"""Display names for stored codes, translated at call time."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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

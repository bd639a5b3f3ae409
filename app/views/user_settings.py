"""Per-user settings (QSettings) read in more than one place: their keys, and readers that never hand
the app a value it cannot use (a hand-edited settings file falls back to the default).

Other keys live with their owners: app.views.language.LANGUAGE_KEY, app.views.tabs.reports.FOLDER_KEY.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings

OPERATOR_KEY = "operator/name"
JOURNAL_KEY = "storage/journal_mode"
RECENT_KEY = "recent/files"
JOURNAL_MODES = ("auto", "wal", "delete")     # auto: WAL on a local disk, rollback journal on shares
DEFAULT_JOURNAL_MODE = "auto"


def stored_journal_mode(settings: QSettings) -> str:
    """The journal mode to open community files with: 'auto', 'wal' or 'delete'."""
    value = str(settings.value(JOURNAL_KEY, DEFAULT_JOURNAL_MODE) or DEFAULT_JOURNAL_MODE).strip().lower()
    return value if value in JOURNAL_MODES else DEFAULT_JOURNAL_MODE

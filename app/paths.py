"""Per-user locations and settings shared by the GUI and the CLI (QtCore only)."""
from __future__ import annotations

import getpass
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from app import APP_NAME, DB_SUFFIX, ORG_NAME

DEFAULT_DB_NAME = "community" + DB_SUFFIX
# Per-user settings (QSettings) read by more than one part of the app. Other keys live with their only
# owner (app.views.tabs.reports.FOLDER_KEY).
OPERATOR_KEY = "operator/name"
LANGUAGE_KEY = "ui/language"                  # '', 'zh_CN' or 'en' (app.views.language)
JOURNAL_KEY = "storage/journal_mode"
RECENT_KEY = "recent/files"
JOURNAL_MODES = ("auto", "wal", "delete")     # auto: WAL on a local disk, rollback journal on shares
DEFAULT_JOURNAL_MODE = "auto"
OPERATOR_ENV = "COMMUNITY_DESK_OPERATOR"


def _identify() -> None:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)


def settings() -> QSettings:
    _identify()
    return QSettings()


def app_data_dir() -> Path:
    _identify()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def default_database_path() -> Path:
    return app_data_dir() / DEFAULT_DB_NAME


def backups_dir() -> Path:
    return app_data_dir() / "backups"


def log_file() -> Path:
    return app_data_dir() / "logs" / "community-desk.log"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): fall back to something honest
        return "operator"


def stored_operator() -> str:
    value = settings().value(OPERATOR_KEY, "")
    return str(value or "")


def resolve_operator(explicit: str | None = None) -> str:
    """--operator, then $COMMUNITY_DESK_OPERATOR, then the stored name, then the OS user."""
    return (explicit or os.environ.get(OPERATOR_ENV) or stored_operator() or os_user()).strip()


def stored_journal_mode(store: QSettings | None = None) -> str:
    """The journal mode to open community files with: 'auto', 'wal' or 'delete' (a hand-edited settings
    file falls back to the default)."""
    store = store if store is not None else settings()
    value = str(store.value(JOURNAL_KEY, DEFAULT_JOURNAL_MODE) or DEFAULT_JOURNAL_MODE).strip().lower()
    return value if value in JOURNAL_MODES else DEFAULT_JOURNAL_MODE

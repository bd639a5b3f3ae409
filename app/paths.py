"""Per-user locations and settings shared by the GUI and the CLI (QtCore only)."""
from __future__ import annotations

import getpass
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from app import APP_NAME, DB_SUFFIX, ORG_NAME

DEFAULT_DB_NAME = "community" + DB_SUFFIX
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
    value = settings().value("operator/name", "")
    return str(value or "")


def resolve_operator(explicit: str | None = None) -> str:
    """--operator, then $COMMUNITY_DESK_OPERATOR, then the stored name, then the OS user."""
    return (explicit or os.environ.get(OPERATOR_ENV) or stored_operator() or os_user()).strip()

"""Shared fixtures. Qt runs offscreen, and nothing touches the real user's settings or data."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Isolate every per-user location before Qt reads it (also inherited by CLI subprocesses).
_HOME = Path(tempfile.mkdtemp(prefix="community-desk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ.pop("COMMUNITY_DESK_OPERATOR", None)
# The suite runs in English (en_US formats, as the app sets them for an English interface) whatever the
# developer's machine speaks; tests that want 简体中文 ask for it (app.views.language.install_translators).
# C.UTF-8 exists on every Linux (en_US.UTF-8 may not be generated: LibreOffice then cannot open non-ASCII paths).
for _variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def english_interface():
    """Every test starts in English with en_US formats, and a test that switched language cannot leak it."""
    from PySide6.QtCore import QCoreApplication, QLocale

    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(english)
    yield
    app = QCoreApplication.instance()
    if app is not None and getattr(app, "_community_desk_translators", None):
        from app.views.language import install_translators

        install_translators("en", app)
    QLocale.setDefault(english)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "community.cdesk"


@pytest.fixture
def db(db_path: Path):
    from app.models.database import Database

    database = Database(db_path, operator="李娜", create=True)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    from app.services.demo import build_demo

    build_demo(db, members=120, seed=3)
    return db

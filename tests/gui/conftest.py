from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator


@pytest.fixture(scope="session", autouse=True)
def cjk_font(qapp):
    from app.views.fonts import register_cjk_font

    return register_cjk_font(qapp)


@pytest.fixture
def show(qtbot):
    """Show a dialog as a person would see it (exposed), closed with the test."""
    def make(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return make


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings, tmp_path):
    from app.views.main_window import MainWindow

    win = MainWindow(settings, "李娜", tmp_path / "backups")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_database()


@pytest.fixture
def open_window(window, qtbot, demo_db):
    path = demo_db.path
    demo_db.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    return window


def type_into(qtbot, widget, text: str) -> None:
    """Type *text* as a person would: keys for ASCII, an input-method commit for Chinese.

    (QTest cannot synthesise key events for non-Latin text; an IME delivers it as
    QInputMethodEvent commits, which is what this sends.)
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    run = ""
    for ch in text + "\0":
        if ch.isascii() and ch != "\0":
            if run and not run.isascii():
                event = QInputMethodEvent()
                event.setCommitString(run)
                QCoreApplication.sendEvent(widget, event)
                run = ""
            run += ch
            continue
        if run and run.isascii():
            qtbot.keyClicks(widget, run)
            run = ""
        if ch != "\0":
            run += ch
    if run:
        event = QInputMethodEvent()
        event.setCommitString(run)
        QCoreApplication.sendEvent(widget, event)


@pytest.fixture
def type_text(qtbot):
    return lambda widget, text: type_into(qtbot, widget, text)


def open_dashboard(window, qtbot, path, now, tz=None):
    """Open *path* in *window* and return its Dashboard tab, computed as of *now* (in *tz* when given)."""
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    page = window.pages[0]
    window.tabs.setCurrentWidget(page)
    if tz is not None:
        page.tz = tz
    page.clock = lambda: now
    page.reload()
    wait_computed(qtbot, page)
    return page


def wait_computed(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.is_idle() and tab.dashboard is not None, timeout=30_000)


def choose(qtbot, combo, text: str) -> None:
    """Pick *text* in a combo box with the keyboard, as a person would."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, text
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def type_date(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


class Phrasebook(QTranslator):
    """A stand-in translator: exactly the (context, source) -> text pairs a test gives, nothing else."""

    def __init__(self, phrases: dict[tuple[str, str], str]):
        super().__init__()
        self.phrases = phrases

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.phrases.get((context, source))

    def isEmpty(self) -> bool:
        return False


@contextmanager
def phrasebook(phrases: dict[tuple[str, str], str]):
    book = Phrasebook(phrases)
    assert QCoreApplication.installTranslator(book)
    try:
        yield book
    finally:
        QCoreApplication.removeTranslator(book)

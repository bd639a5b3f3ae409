"""The main window driven as a person would: menus, dialogs, tabs."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from app.models.database import Database
from app.services.demo import build_demo
from tests.helpers import scalar

TAB_TITLES = ["Dashboard", "Members", "Content", "Activities", "Moderation", "Reports"]


def roster_count(path: Path) -> int:
    return scalar(path, "SELECT count(*) FROM members WHERE deleted_at IS NULL AND status != 'left'")


def test_six_tabs_in_order(window):
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == TAB_TITLES
    assert [p.objectName() for p in window.pages] == [
        "DashboardTab", "MembersTab", "ContentTab", "ActivitiesTab", "ModerationTab", "ReportsTab"]


def dashboard_ready(win, qtbot) -> None:
    page = win.pages[0]
    qtbot.waitUntil(lambda: page.is_idle() and page.dashboard is not None
                    and page.dashboard.scope.sub_community_id is None, timeout=15_000)


def test_tabs_show_what_the_file_holds(open_window, qtbot):
    win = open_window
    path = win.db.path
    expected = roster_count(path)
    dashboard_ready(win, qtbot)
    assert win.pages[0].members.value.text() == f"{expected:,}"
    assert win.pages[0].title.text() == "燃跑 · 运动生活社群"
    assert win.pages[0].scope_combo.count() == 6          # all members and the five sub-communities
    win.tabs.setCurrentIndex(1)
    members = win.pages[1]
    qtbot.waitUntil(members.model.is_idle, timeout=10_000)
    assert members.count_label.objectName() == "memberCount"
    assert members.count_label.text() == "120 members"  # the roster table lists every member not deleted
    assert members.model.rowCount() == 120
    shown_left = sum(members.model.row_data(r)[2 + members.model.keys.index("status")] == "left"
                     for r in range(120))
    assert 120 - shown_left == expected


def test_status_bar_names_file_operator_and_journal(open_window):
    win = open_window
    assert win.db_label.text() == str(win.db.path)
    assert "李娜" in win.operator_label.text()
    assert "WAL" in win.journal_label.text() and "local disk" in win.journal_label.text()
    assert win.windowTitle().startswith(win.db.path.name)


def test_open_another_database_through_the_menu(open_window, qtbot, tmp_path, monkeypatch):
    win = open_window
    other = tmp_path / "second.cdesk"
    with Database(other, operator="王强", create=True) as db:
        build_demo(db, members=40, seed=11)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    file_menu = win.menuBar().actions()[0].menu()
    assert win.open_action in file_menu.actions()
    with qtbot.waitSignal(win.overview_loaded, timeout=10_000):
        win.open_action.trigger()
    assert win.db.path == other
    dashboard_ready(win, qtbot)
    assert win.pages[0].members.value.text() == str(roster_count(other))
    assert win.db_label.text() == str(other)
    recent = [a.text() for a in win.recent_menu.actions()]
    assert recent[0] == str(other) and len(recent) == 2


def test_open_recent_reopens_a_file(open_window, qtbot, tmp_path, monkeypatch):
    win = open_window
    first = win.db.path
    new = tmp_path / "fresh.cdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    with qtbot.waitSignal(win.overview_loaded, timeout=10_000):
        win.new_action.trigger()
    dashboard_ready(win, qtbot)
    assert win.db.path == new and win.pages[0].members.value.text() == "0"
    action = next(a for a in win.recent_menu.actions() if a.text() == str(first))
    with qtbot.waitSignal(win.overview_loaded, timeout=10_000):
        action.trigger()
    assert win.db.path == first


@pytest.mark.parametrize("kind", ["text", "foreign", "newer"])
def test_a_bad_file_shows_why_and_keeps_the_open_one(open_window, tmp_path, monkeypatch, kind):
    win = open_window
    current = win.db.path
    bad = tmp_path / f"bad-{kind}.cdesk"
    if kind == "text":
        bad.write_text("not a database")
    else:
        conn = sqlite3.connect(bad)
        if kind == "foreign":
            conn.execute("CREATE TABLE x (y)")
        else:
            conn.execute("PRAGMA application_id = 1128559467")
            conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
    before = bad.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    win.open_action.trigger()
    assert len(shown) == 1 and str(bad) in shown[0]
    assert win.db.path == current
    assert bad.read_bytes() == before


def test_backup_through_the_menu(open_window, qtbot, tmp_path, monkeypatch):
    win = open_window
    target = tmp_path / "copy.cdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    win.backup_action.trigger()
    qtbot.waitUntil(lambda: not win.jobs.running, timeout=10_000)
    with Database(target, operator="x") as copy:
        assert copy.check().row_counts["members"] == 120


def test_operator_dialog_changes_the_operator(open_window, qtbot, type_text):
    win = open_window

    def answer():
        dialog = QApplication.activeModalWidget()
        assert dialog.objectName() == "OperatorDialog"
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.name_edit.clear()
        assert not ok.isEnabled()  # an empty name cannot be saved
        type_text(dialog.name_edit, "  王强 ")
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    assert win.ask_operator()
    assert win.operator == "王强" and win.db.operator == "王强"
    assert "王强" in win.operator_label.text()
    assert win.settings.value("operator/name") == "王强"


def test_exception_hook_logs_and_shows_the_traceback(qtbot, tmp_path, monkeypatch):
    from app.views import error_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_path = tmp_path / "logs" / "app.log"
    reporter = error_hook.install_exception_hook(log_path)
    try:
        raise ValueError("成员表坏了")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: len(reporter.dialogs) == 1, timeout=5_000)
    box = reporter.dialogs[0]
    assert box.isVisible() and "成员表坏了" in box.text()
    assert "Traceback" in box.detailedText()
    assert "ValueError: 成员表坏了" in log_path.read_text(encoding="utf-8")
    box.accept()
    qtbot.waitUntil(lambda: len(reporter.dialogs) == 0, timeout=5_000)
    for handler in list(error_hook.log.handlers):
        error_hook.log.removeHandler(handler)
        handler.close()


def test_chinese_renders_with_the_bundled_font(window, cjk_font):
    assert cjk_font == "Noto Sans CJK SC"
    assert cjk_font in QFontDatabase.families()
    app_font = QApplication.font()
    assert cjk_font in app_font.families()
    metrics = QFontMetrics(QFontDatabase.font(cjk_font, "Regular", 12))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "社群运营工作台")
    # Drawn with the widgets' font, two different characters give two different glyphs,
    # not the same missing-glyph box.
    assert render(app_font, "社") != render(app_font, "群")
    assert render(app_font, "社") != render(app_font, "\ue000")  # a private-use code point: the box


def render(font, text: str) -> bytes:
    from PySide6.QtGui import QImage, QPainter

    image = QImage(48, 48, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(4, 36, text)
    painter.end()
    return bytes(image.constBits())


def test_a_file_handed_over_by_the_system_opens(window, qtbot, demo_db):
    """macOS Finder sends a double-clicked .cdesk to the running app as a QFileOpenEvent."""
    from PySide6.QtGui import QFileOpenEvent

    from app.views.gui import FileOpenHandler

    path = demo_db.path
    demo_db.close()
    handler = FileOpenHandler(window)
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert handler.eventFilter(QApplication.instance(), QFileOpenEvent(str(path)))
    assert window.db is not None and window.db.path == path

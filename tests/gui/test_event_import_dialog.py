"""File ▸ Import activity… driven as a person would."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.helpers import scalar

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "chat_exports"


def open_dialog(win, qtbot):
    assert win.import_events_action.isEnabled()
    win.import_events_action.trigger()
    dialog = win.event_import_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    return dialog


def test_import_a_wechat_export_and_see_the_members(open_window, qtbot):
    win = open_window
    path = win.db.path
    dialog = open_dialog(win, qtbot)
    qtbot.keyClicks(dialog.path_edit, str(FIXTURES / "wechat_messages.csv"))
    qtbot.keyClicks(dialog.tz_edit, "Asia/Shanghai")
    with qtbot.waitSignal(win.overview_loaded, timeout=60_000):  # the import refreshes the tabs
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    added = scalar(path, "SELECT count(*) FROM events")
    assert added > 0 and f"{added} added" in dialog.status.text()
    roster = str(scalar(path, "SELECT count(*) FROM members WHERE deleted_at IS NULL AND status != 'left'"))
    qtbot.waitUntil(lambda: win.pages[0].members.value.text() == roster, timeout=15_000)   # recomputed after the import
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # now "Close"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def test_a_broken_file_says_why(open_window, qtbot, tmp_path):
    broken = tmp_path / "result.json"
    broken.write_text("{not json", encoding="utf-8")
    dialog = open_dialog(open_window, qtbot)
    qtbot.keyClicks(dialog.path_edit, str(broken))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and "Nothing was imported" in dialog.status.text(), timeout=60_000)
    assert "result.json" in dialog.status.text()


def test_cancel_writes_nothing(open_window, qtbot, tmp_path):
    from benchmarks.bench_events import make_export

    export = tmp_path / "result.json"
    make_export(export, 150_000, senders=500)
    path = open_window.db.path
    members_before = scalar(path, "SELECT count(*) FROM members")
    dialog = open_dialog(open_window, qtbot)
    qtbot.keyClicks(dialog.path_edit, str(export))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.job.signals.progress, timeout=60_000):
        pass
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert "nothing was written" in dialog.status.text()
    assert scalar(path, "SELECT count(*) FROM events") == 0
    assert scalar(path, "SELECT count(*) FROM members") == members_before

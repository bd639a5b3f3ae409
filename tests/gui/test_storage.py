"""The window's care for the file: daily backup and quick_check on open, Back up now, Restore, a damaged file
opened read-only with its latest good backup offered, synced-folder and conflicted-copy notices."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QToolButton

from app.models.database import Database
from app.services import backups
from app.services.demo import build_demo


def _make(path: Path, members: int = 40) -> Path:
    with Database(path, operator="李娜", create=True) as db:
        build_demo(db, members=members, seed=3)
    return path


def _open(window, qtbot, path: Path) -> None:
    with qtbot.waitSignal(window.storage.checked, timeout=20_000):
        assert window.open_database(path)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)


def _folder(window) -> Path:
    return window.db.backup_dir


def _member_name(path: Path, member_id: int = 1) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT display_name FROM members WHERE id = ?", (member_id,)).fetchone()[0]
    finally:
        conn.close()


def test_open_takes_one_daily_backup_a_day_in_a_local_folder(window, qtbot, tmp_path):
    (tmp_path / "share").mkdir()
    path = _make(tmp_path / "share" / "team.cdesk")
    _open(window, qtbot, path)
    folder = _folder(window)
    assert folder.parent == tmp_path / "backups"            # this computer, not beside the shared file
    daily = [b for b in backups.list_backups(folder) if b.kind == "daily"]
    assert len(daily) == 1 and backups.check_backup(daily[0].path) == "ok"
    assert window.storage.last_backup.text().startswith("Last backup ")
    window.close_database()
    _open(window, qtbot, path)
    assert len([b for b in backups.list_backups(folder) if b.kind == "daily"]) == 1


def test_back_up_now_from_the_file_menu(window, qtbot, tmp_path):
    _open(window, qtbot, _make(tmp_path / "team.cdesk"))
    window.backup_now_action.trigger()
    qtbot.waitUntil(lambda: any(b.kind == "manual" for b in backups.list_backups(_folder(window))), timeout=20_000)
    manual = [b for b in backups.list_backups(_folder(window)) if b.kind == "manual"][0]
    assert backups.check_backup(manual.path) == "ok"
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=10_000)


def test_restore_picks_a_backup_confirms_and_everyone_sees_it(window, qtbot, tmp_path):
    path = _make(tmp_path / "team.cdesk")
    _open(window, qtbot, path)
    original = _member_name(path)
    teammate = Database(path, operator="王芳")
    try:
        with teammate.transaction():
            teammate.conn.execute("UPDATE members SET display_name = '改过的名字', version = version + 1 WHERE id = 1")
        window.restore_action.trigger()
        dialog = window.storage.open_restore_dialog
        assert dialog.objectName() == "restoreDialog"
        assert dialog.table.rowCount() == 1 and "Daily" in dialog.table.item(0, 1).text()

        def confirm():
            box = dialog.confirm_box
            assert "team.cdesk" in box.text()
            qtbot.mouseClick(box.findChild(QPushButton, "restoreConfirmYes"), Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, confirm)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Restored from" in window.statusBar().currentMessage(), timeout=20_000)
        assert _member_name(path) == original
        assert teammate.conn.execute("SELECT display_name FROM members WHERE id = 1").fetchone()[0] == original
        safety = [b for b in backups.list_backups(_folder(window)) if b.kind == "before-restore"]
        assert len(safety) == 1 and _member_name(safety[0].path) == "改过的名字"
    finally:
        teammate.close()


def test_restore_without_backups_offers_another_file(window, qtbot, tmp_path, monkeypatch):
    path = _make(tmp_path / "team.cdesk")
    _open(window, qtbot, path)
    for info in backups.list_backups(_folder(window)):
        info.path.unlink()
    saved = tmp_path / "saved.cdesk"
    with Database(path, operator="x") as db:
        backups.backup_now(db, target=saved)
    dialog = window.storage.restore_dialog()
    assert dialog.empty.isVisibleTo(dialog) and not dialog.restore_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    QTimer.singleShot(0, lambda: dialog.confirm_box.findChild(QPushButton, "restoreConfirmYes").click())
    qtbot.mouseClick(dialog.findChild(QPushButton, "restoreOtherFile"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Restored from saved.cdesk" in window.statusBar().currentMessage(), timeout=20_000)


def _damage(path: Path) -> None:
    """Smash the page headers of the members table's b-tree: the file still opens, quick_check finds it."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'members'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in range(root, root + 6):
        data[(page - 1) * 4096:(page - 1) * 4096 + 12] = b"\x07" * 12
    path.write_bytes(bytes(data))


def test_a_damaged_file_opens_read_only_and_restores_its_latest_good_backup(window, qtbot, tmp_path):
    path = _make(tmp_path / "team.cdesk", members=300)
    _open(window, qtbot, path)                      # the daily backup: the latest good one
    window.close_database()
    _damage(path)
    with qtbot.waitSignal(window.storage.checked, timeout=20_000):
        window.open_database(path)
    qtbot.waitUntil(lambda: window.db is not None and window.db.read_only, timeout=20_000)
    assert "(read-only)" in window.windowTitle()
    assert "damaged" in window.notices.text("damaged")
    assert not window.backup_now_action.isEnabled()
    restore = window.notices.findChild(QPushButton, "noticeRestoreLatest")
    assert restore is not None and restore.isVisible()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None and not window.db.read_only, timeout=20_000)
    assert window.db.quick_check() == "ok" and window.notices.text("damaged") is None
    assert list(tmp_path.glob("team.cdesk.damaged-*"))       # the damaged file is kept, not deleted


def test_a_file_too_damaged_to_open_offers_the_latest_good_backup(window, qtbot, tmp_path, monkeypatch):
    path = _make(tmp_path / "team.cdesk")
    _open(window, qtbot, path)
    window.close_database()
    data = bytearray(path.read_bytes())
    data[16:100] = b"\xee" * 84                       # the header itself
    path.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    assert window.open_database(path)
    assert len(asked) == 1 and "Restore the backup of" in asked[0]
    assert window.db.path == path and not window.db.read_only and window.db.quick_check() == "ok"


def test_synced_folder_and_conflicted_copies_are_pointed_out(window, qtbot, tmp_path):
    folder = tmp_path / "Dropbox" / "社群"
    folder.mkdir(parents=True)
    path = _make(folder / "team.cdesk")
    (folder / "team (王芳's conflicted copy 2026-11-20).cdesk").write_bytes(path.read_bytes())
    _open(window, qtbot, path)
    assert window.db.journal_mode == "delete"
    assert "synced folder" in window.notices.text("synced")
    assert "1 conflicted copies" in window.notices.text("conflicted")
    close = window.notices.findChild(QToolButton, "notice_synced_close")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert window.notices.text("synced") is None and window.notices.text("conflicted") is not None

"""Backups: the backup API into a local per-file folder, checked, rotated; restore and damaged-file replacement."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.models.database import Database
from app.models.errors import UserError
from app.services import backups
from app.services.jobs import Cancelled


@pytest.fixture
def shared(tmp_path: Path):
    db = Database(tmp_path / "team.cdesk", operator="李娜", create=True, backup_dir=tmp_path / "bk")
    yield db
    db.close()


def _set(db: Database, value: str) -> None:
    with db.transaction():
        db.set_meta("probe", value)


def test_backup_is_checked_named_by_kind_and_rotated(shared, tmp_path):
    _set(shared, "one")
    infos = [backups.backup_now(shared) for _ in range(backups.KEEP["manual"] + 3)]
    listed = backups.list_backups(tmp_path / "bk")
    assert [b.path for b in listed] == [i.path for i in reversed(infos)][:backups.KEEP["manual"]]
    assert all(b.kind == "manual" and b.path.name.startswith("team-manual-") for b in listed)
    assert not list((tmp_path / "bk").glob("*.partial"))
    copy = sqlite3.connect(listed[0].path)
    assert copy.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone()[0] == "one"
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"      # one self-contained file
    assert backups.check_backup(listed[0].path) == "ok"


def test_daily_backup_is_due_once_a_local_day(shared, tmp_path):
    folder = tmp_path / "bk"
    assert backups.daily_due(folder)
    backups.backup_now(shared, kind="daily")
    assert not backups.daily_due(folder)
    assert backups.daily_due(folder, today_local="2099-01-01")


def test_cancelled_backup_leaves_nothing(shared, tmp_path):
    with shared.transaction():
        shared.conn.execute("CREATE TABLE filler(x BLOB)")
        shared.conn.executemany("INSERT INTO filler VALUES (zeroblob(4000))", [()] * 3000)
    with pytest.raises(Cancelled):
        backups.backup_now(shared, cancelled=lambda: True)
    assert not (tmp_path / "bk").exists() or not any((tmp_path / "bk").iterdir())


def test_restore_takes_a_safety_backup_first_and_is_logged(shared, tmp_path):
    _set(shared, "old")
    saved = backups.backup_now(shared)
    _set(shared, "new")
    teammate = Database(shared.path, operator="王芳")
    try:
        safety = backups.restore(shared, saved.path)
        assert teammate.get_meta("probe") == "old"          # an open connection sees the restored file
    finally:
        teammate.close()
    assert safety.kind == "before-restore"
    assert sqlite3.connect(safety.path).execute("SELECT value FROM meta WHERE key='probe'").fetchone()[0] == "new"
    last = shared.conn.execute("SELECT operator, action, after FROM changes ORDER BY id DESC LIMIT 1").fetchone()
    assert (last["operator"], last["action"]) == ("李娜", "restore") and saved.path.name in last["after"]
    assert shared.quick_check() == "ok"


def test_restore_refuses_what_is_not_a_good_backup(shared, tmp_path):
    junk = tmp_path / "junk.cdesk"
    junk.write_bytes(b"not a database at all")
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t(x)")
    _set(shared, "kept")
    for path, reason in ((junk, "not an SQLite database"), (foreign, "not a Community Desk database"),
                         (tmp_path / "nope.cdesk", "does not exist"), (shared.path, "open community file")):
        with pytest.raises(UserError, match=reason):
            backups.restore(shared, path)
    assert shared.get_meta("probe") == "kept"
    assert backups.list_backups(tmp_path / "bk") == []      # refused before any safety backup


def test_damaged_file_is_replaced_and_kept_aside(tmp_path):
    path = tmp_path / "team.cdesk"
    with Database(path, operator="李娜", create=True, backup_dir=tmp_path / "bk") as db:
        _set(db, "good")
        good = backups.backup_now(db)
        with db.transaction():
            db.conn.execute("CREATE TABLE filler(x TEXT)")
            db.conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 2000)
    data = bytearray(path.read_bytes())
    data[4096 * 3:4096 * 6] = b"\xff" * (4096 * 3)                 # smash some pages
    path.write_bytes(bytes(data))
    assert backups.check_backup(path) != "ok"
    assert backups.latest_good(tmp_path / "bk").path == good.path
    kept = backups.replace_damaged(path, good.path)
    assert kept.exists() and kept.read_bytes() == bytes(data)
    with Database(path, operator="李娜") as db:
        assert db.get_meta("probe") == "good" and db.quick_check() == "ok"


def test_folder_per_file_is_stable_and_distinct(tmp_path):
    a = backups.folder_for(tmp_path / "x" / "c.cdesk", tmp_path / "root")
    assert a == backups.folder_for(tmp_path / "x" / "c.cdesk", tmp_path / "root")
    assert a != backups.folder_for(tmp_path / "y" / "c.cdesk", tmp_path / "root")
    assert a.parent == tmp_path / "root" and a.name.startswith("c-")

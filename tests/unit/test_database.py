"""The storage core: files refused untouched, transactions, conflicts, the log, migrations."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.models import schema
from app.models.database import Database
from app.models.errors import (ConflictError, CorruptError, FileMissingError, ForeignDatabaseError,
                               LockedError, MigrationError, NewerVersionError, NotAFileError,
                               NotSQLiteError, ReadOnlyError)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_at_version(path: Path, version: int) -> None:
    """A file as an older app left it: migrations applied up to *version* only."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in schema.MIGRATIONS[:version]:
        migration(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("COMMIT")
    conn.close()


# -- creating and refusing files ---------------------------------------------------------
def test_new_file_gets_schema_application_id_and_wal(db: Database):
    assert db.created
    assert db.schema_version == schema.SCHEMA_VERSION
    assert db.conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert db.journal_mode == "wal"  # tmp_path is a local disk
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert db.get_meta("created_at")


def test_journal_mode_can_be_overridden(db_path: Path):
    with Database(db_path, operator="a", create=True, journal_mode="delete") as db:
        assert db.journal_mode == "delete"
        assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_network_location_gets_rollback_journal(db_path: Path, monkeypatch):
    from app.models import location

    monkeypatch.setattr(location, "_linux_mount", lambda path: ("/mnt/team", "cifs"))
    with Database(db_path, operator="a", create=True) as db:
        assert db.location == location.NETWORK
        assert db.journal_mode == "delete"


def test_missing_file_is_created_only_when_asked(db_path: Path):
    with pytest.raises(FileMissingError, match="does not exist"):
        Database(db_path, operator="a")
    assert not db_path.exists()
    Database(db_path, operator="a", create=True).close()
    assert db_path.exists()


def test_directory_is_refused(tmp_path: Path):
    with pytest.raises(NotAFileError, match="is a folder"):
        Database(tmp_path, operator="a", create=True)


def test_non_sqlite_file_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "notes.cdesk"
    path.write_text("会员名单\n张三,13800138000\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotSQLiteError, match="not an SQLite file"):
        Database(path, operator="a", create=True)
    assert digest(path) == before


def test_empty_file_is_refused_unless_creating(tmp_path: Path):
    path = tmp_path / "empty.cdesk"
    path.touch()
    with pytest.raises(NotSQLiteError, match="empty"):
        Database(path, operator="a")
    assert path.stat().st_size == 0
    Database(path, operator="a", create=True).close()
    assert path.stat().st_size > 0


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError, match="another program"):
        Database(path, operator="a", create=True)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_other_application_id_is_refused(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 12345")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignDatabaseError):
        Database(path, operator="a")


def test_newer_file_is_refused_untouched(db_path: Path):
    Database(db_path, operator="a", create=True).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerVersionError, match="newer Community Desk"):
        Database(db_path, operator="a")
    assert digest(db_path) == before


def test_read_only_file_is_refused_untouched(db_path: Path):
    Database(db_path, operator="a", create=True, journal_mode="delete").close()
    before = digest(db_path)
    db_path.chmod(0o444)
    try:
        with pytest.raises(ReadOnlyError, match="read-only"):
            Database(db_path, operator="a")
    finally:
        db_path.chmod(0o644)
    assert digest(db_path) == before


def test_corrupt_file_is_refused_untouched(db_path: Path):
    with Database(db_path, operator="a", create=True, journal_mode="delete") as db:
        from app.services.demo import build_demo

        build_demo(db, members=300)
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(CorruptError, match="damaged"):
        Database(db_path, operator="a")
    assert digest(db_path) == before


def test_locked_file_gives_a_clear_message_untouched(db_path: Path):
    Database(db_path, operator="a", create=True, journal_mode="delete").close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        before = digest(db_path)
        with pytest.raises(LockedError, match="locked by another program"):
            Database(db_path, operator="a", busy_seconds=0.2)
        assert digest(db_path) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# -- transactions, versions, the log ----------------------------------------------------
def test_transaction_rolls_back_whole(db: Database):
    with pytest.raises(RuntimeError):
        with db.transaction() as conn:
            conn.execute("INSERT INTO sub_communities(name, created_at, updated_at, updated_by) "
                         "VALUES ('跑步', 'x', 'x', 'a')")
            db.insert_row("members", {"display_name": "张伟"})
            raise RuntimeError("crash half way")
    assert db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert db.conn.execute("SELECT count(*) FROM sub_communities").fetchone()[0] == 0
    assert db.conn.execute("SELECT count(*) FROM changes WHERE table_name = 'members'").fetchone()[0] == 0


def test_nested_transaction_rolls_back_only_its_part(db: Database):
    with db.transaction():
        db.insert_row("members", {"display_name": "王芳"})
        with pytest.raises(ValueError):
            with db.transaction():
                db.insert_row("members", {"display_name": "李强"})
                raise ValueError("inner")
    names = [r[0] for r in db.conn.execute("SELECT display_name FROM members")]
    assert names == ["王芳"]


def test_update_bumps_version_and_logs_before_after(db: Database):
    member = db.insert_row("members", {"display_name": "张伟", "nickname": ""})
    assert db.update_row("members", member, {"nickname": "晨跑达人"}, expected_version=1) == 2
    row = db.get_row("members", member)
    assert (row["version"], row["nickname"], row["updated_by"]) == (2, "晨跑达人", "李娜")
    history = db.history("members", member)
    assert [h["action"] for h in history] == ["insert", "update"]
    assert history[1]["before"] == {"nickname": ""}
    assert history[1]["after"] == {"nickname": "晨跑达人"}
    assert history[1]["operator"] == "李娜"


def test_unchanged_update_writes_nothing(db: Database):
    member = db.insert_row("members", {"display_name": "张伟"})
    assert db.update_row("members", member, {"display_name": "张伟"}, expected_version=1) == 1
    assert len(db.history("members", member)) == 1


def test_stale_update_raises_conflict_naming_who_changed_it(db_path: Path):
    mine = Database(db_path, operator="李娜", create=True)
    theirs = Database(db_path, operator="王强")
    member = mine.insert_row("members", {"display_name": "张伟"})
    theirs.update_row("members", member, {"nickname": "伟哥"}, expected_version=1)
    with pytest.raises(ConflictError) as caught:
        mine.update_row("members", member, {"nickname": "小伟"}, expected_version=1)
    assert "王强" in str(caught.value)
    assert caught.value.current["nickname"] == "伟哥"
    assert mine.get_row("members", member)["nickname"] == "伟哥"  # nothing overwritten
    mine.close()
    theirs.close()


def test_changes_log_is_append_only(db: Database):
    db.insert_row("members", {"display_name": "张伟"})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute("UPDATE changes SET operator = 'nobody'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute("DELETE FROM changes")


def test_version_columns_cannot_be_written_directly(db: Database):
    member = db.insert_row("members", {"display_name": "张伟"})
    with pytest.raises(ValueError):
        db.update_row("members", member, {"version": 9}, expected_version=1)


# -- migrations and backups -------------------------------------------------------------
@pytest.mark.parametrize("start", range(schema.SCHEMA_VERSION))
def test_migrates_from_every_earlier_version(tmp_path: Path, start: int):
    path = tmp_path / f"v{start}.cdesk"
    make_at_version(path, start)
    backups = tmp_path / "backups"
    with Database(path, operator="a", backup_dir=backups) as db:
        assert db.schema_version == schema.SCHEMA_VERSION
        assert db.check().integrity == "ok"
        migrated = db.conn.execute("SELECT count(*) FROM changes WHERE action = 'migrate'").fetchone()[0]
        assert migrated == schema.SCHEMA_VERSION - start
    taken = list(backups.glob("*.sqlite")) if backups.exists() else []
    assert len(taken) == (1 if start > 0 else 0)  # an empty file has nothing to lose
    if taken:
        conn = sqlite3.connect(taken[0])
        assert conn.execute("PRAGMA user_version").fetchone()[0] == start
        conn.close()


def test_failed_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch):
    path = tmp_path / "old.cdesk"
    make_at_version(path, schema.SCHEMA_VERSION)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk I/O error while migrating")

    monkeypatch.setattr("app.models.database.MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr("app.models.database.SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(MigrationError, match=f"schema {schema.SCHEMA_VERSION + 1}"):
        Database(path, operator="a", backup_dir=tmp_path / "backups")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchall()
    conn.close()
    assert len(list((tmp_path / "backups").glob("*.sqlite"))) == 1


def test_backup_is_a_consistent_copy(demo_db: Database, tmp_path: Path):
    target = demo_db.backup(tmp_path / "copies" / "b.cdesk")
    with Database(target, operator="a") as copy:
        assert copy.check().integrity == "ok"
        assert copy.check().row_counts == demo_db.check().row_counts
    assert not list(target.parent.glob("*.partial"))


def test_check_reports_counts(demo_db: Database):
    report = demo_db.check()
    assert report.healthy
    assert report.row_counts["members"] == 120
    assert report.row_counts["sub_communities"] == 5


def test_frozen_search_table_matches_the_search_module(db: Database):
    from app.models import search

    created = db.conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (search.TABLE,)).fetchone()[0]
    assert created == search.SEARCH_TABLE_DDL  # a change to the index needs a new migration

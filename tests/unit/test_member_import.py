"""The import service directly: column choices, rejects files, cancel."""
from __future__ import annotations

import pytest

from app.models.errors import UserError
from app.services.jobs import Cancelled
from app.services.member_import import IGNORE, ImportOptions, import_members

CSV = "姓名,手机号,鞋码,身高\n张伟,13800138000,42,180\n王芳,1.38E10,37,165\n李强,13900139000,44,175\n"


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_a_column_can_be_ignored_while_another_is_kept(db, source):
    mapping = {0: "display_name", 1: "phone", 2: None, 3: IGNORE}
    report = import_members(db, source, ImportOptions(mapping=mapping, skip_invalid=True))
    assert report.created == 2
    custom = db.conn.execute("SELECT name, value FROM member_custom_fields ORDER BY value").fetchall()
    assert [tuple(r) for r in custom] == [("鞋码", "42"), ("鞋码", "44")]


def test_two_columns_for_one_field_are_refused(db, source):
    with pytest.raises(UserError, match="phone"):
        import_members(db, source, ImportOptions(mapping={0: "display_name", 1: "phone", 2: "phone", 3: None}))


def test_rejects_files_are_never_overwritten(db, source):
    first = import_members(db, source, ImportOptions(skip_invalid=True))
    second = import_members(db, source, ImportOptions(skip_invalid=True))
    assert first.rejects_file.endswith("m.rejects.csv")
    assert second.rejects_file.endswith("m.rejects-2.csv")
    assert "scientific notation" in (source.parent / "m.rejects.csv").read_text(encoding="utf-8-sig")


def test_cancel_leaves_the_file_unchanged(db, source):
    calls = iter([False, True])  # let reading finish, cancel before writing
    with pytest.raises(Cancelled):
        import_members(db, source, ImportOptions(skip_invalid=True), cancelled=lambda: next(calls, True))
    assert db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert not (source.parent / "m.rejects.csv").exists()


def index_sql(db) -> set:
    return {tuple(r) for r in db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")}


@pytest.fixture
def big_source(tmp_path):
    path = tmp_path / "big.csv"
    lines = ["姓名,手机号,所属分组,标签"] + [f"成员{n},139{n:08d},跑步,新人" for n in range(12_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_first_large_import_rebuilds_every_index(db, big_source):
    before = index_sql(db)
    report = import_members(db, big_source)
    assert report.created == 12_000
    assert index_sql(db) == before
    assert db.check().integrity == "ok"
    from app.models import member_query as mq

    assert mq.count(db.conn, mq.MemberFilter(text="成员1199")) == 11   # 成员1199 and 成员11990..11999
    assert db.conn.execute("SELECT count(*) FROM members WHERE phone = '13900001234'").fetchone()[0] == 1


def test_a_failed_large_import_keeps_indexes_and_rows_as_they_were(db, big_source, monkeypatch):
    before = index_sql(db)

    def broken(conn, rows):
        raise RuntimeError("disk full while indexing")

    monkeypatch.setattr("app.services.member_import.search.index_many", broken)
    with pytest.raises(RuntimeError):
        import_members(db, big_source)
    assert index_sql(db) == before
    assert db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0

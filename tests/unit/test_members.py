"""The member aggregate and roster queries against a real file."""
from __future__ import annotations

import random
import sqlite3

import pytest

from app.models import member_query as mq
from app.models.database import Database
from app.models.errors import ConflictError
from app.models.members import (Member, bulk_move_sub_community, bulk_set_status, bulk_tag, create_member,
                                delete_members, get_member, restore_members, save_member)


def make(db: Database, **values) -> int:
    return create_member(db, Member(**values))


def test_create_and_read_back_with_relations(db: Database):
    member_id = make(db, display_name="张伟", nickname="晨跑达人", phone="13800138000",
                     identities=[("wechat", "wxid_abc"), ("telegram", "zw_run")],
                     sub_communities=["跑步", "健身"], tags=["马拉松"], roles=["kol"], custom={"鞋码": "42"})
    member = get_member(db, member_id)
    assert (member.display_name, member.version, member.updated_by) == ("张伟", 1, "李娜")
    assert member.identities == [("wechat", "wxid_abc"), ("telegram", "zw_run")]
    assert member.sub_communities == ["健身", "跑步"]
    assert member.tags == ["马拉松"] and member.roles == ["kol"] and member.custom == {"鞋码": "42"}
    assert db.history("members", member_id)[0]["after"]["tags"] == ["马拉松"]


def test_save_logs_relation_changes_and_detects_conflicts(db_path):
    mine = Database(db_path, operator="李娜", create=True)
    theirs = Database(db_path, operator="王强")
    member_id = make(mine, display_name="张伟", tags=["新人"])
    a, b = get_member(mine, member_id), get_member(theirs, member_id)
    b.tags = ["新人", "志愿者"]
    assert save_member(theirs, b) == 2
    a.nickname = "伟哥"
    with pytest.raises(ConflictError, match="王强"):
        save_member(mine, a)
    assert get_member(mine, member_id).nickname == ""
    entry = mine.history("members", member_id)[-1]
    assert entry["before"] == {"tags": ["新人"]} and entry["after"] == {"tags": ["志愿者", "新人"]}
    mine.close()
    theirs.close()


def test_soft_delete_and_restore(db: Database):
    ids = [make(db, display_name=n) for n in ("张伟", "王芳", "李强")]
    assert delete_members(db, ids[:2]) == 2
    assert mq.count(db.conn, mq.MemberFilter()) == 1
    assert mq.count(db.conn, mq.MemberFilter(deleted=True)) == 2
    assert restore_members(db, [ids[0]]) == 1
    assert mq.count(db.conn, mq.MemberFilter()) == 2
    actions = [h["action"] for h in db.history("members", ids[0])]
    assert actions == ["insert", "delete", "restore"]


def test_bulk_actions_version_and_log_each_member(db: Database):
    ids = [make(db, display_name=n, sub_communities=["跑步"]) for n in ("张伟", "王芳", "李强")]
    assert bulk_tag(db, ids, "年卡会员") == 3
    assert bulk_tag(db, ids, "年卡会员") == 0  # already tagged: nothing changes
    assert bulk_tag(db, ids[:1], "年卡会员", add=False) == 1
    assert bulk_move_sub_community(db, ids[1:], "瑜伽") == 2
    assert bulk_set_status(db, ids, "silent") == 3
    first, second = get_member(db, ids[0]), get_member(db, ids[1])
    assert first.tags == [] and second.tags == ["年卡会员"]
    assert first.sub_communities == ["跑步"] and second.sub_communities == ["瑜伽"]
    assert second.status == "silent" and second.version == 4


def test_bulk_action_is_one_transaction(db: Database, monkeypatch):
    ids = [make(db, display_name=n) for n in ("张伟", "王芳")]
    calls = []

    def failing_log(*args):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk full")

    monkeypatch.setattr(db, "log_change", failing_log)
    with pytest.raises(RuntimeError):
        bulk_set_status(db, ids, "banned")
    assert {get_member(db, i).status for i in ids} == {"active"}


MANY = 40_000   # more ids than SQLite allows variables in one statement (32,766; 999 on old builds)


@pytest.fixture
def many(db: Database) -> list[int]:
    """MANY members (the first 1,000 already silent), in a shuffled selection order, under a 999-variable limit."""
    now = db.clock()
    with db.transaction():
        db.conn.executemany(
            "INSERT INTO members(id, display_name, status, created_at, version, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, 1, ?, 'seed')",
            [(n, f"会员{n}", "silent" if n <= 1_000 else "active", now, now) for n in range(1, MANY + 1)])
    db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)     # as on old SQLite builds
    with pytest.raises(sqlite3.OperationalError, match="too many SQL variables"):
        db.conn.execute(f"SELECT id FROM members WHERE id IN ({','.join('?' * 1_000)})", range(1_000))
    ids = list(range(1, MANY + 1))
    random.Random(7).shuffle(ids)
    return ids


def logged(db: Database, action: str) -> int:
    return db.conn.execute("SELECT count(*) FROM changes WHERE table_name = 'members' AND action = ?",
                           (action,)).fetchone()[0]


def test_bulk_actions_on_40000_ids(db: Database, many: list[int]):
    assert bulk_set_status(db, many, "silent") == MANY - 1_000      # the silent ones are untouched
    assert logged(db, "bulk") == MANY - 1_000
    versions = dict(db.conn.execute("SELECT version, count(*) FROM members GROUP BY version").fetchall())
    assert versions == {1: 1_000, 2: MANY - 1_000}
    assert db.conn.execute("SELECT count(*) FROM members WHERE version = 1 AND updated_by = 'seed' "
                           "AND id <= 1000").fetchone()[0] == 1_000
    first = db.history("members", many[0])[-1]
    assert first["before"] == {"status": "active"} and first["after"] == {"status": "silent"}

    assert bulk_tag(db, many, "年卡会员") == MANY
    assert bulk_tag(db, many + many[:10], "年卡会员") == 0          # already tagged; repeats count once
    assert bulk_tag(db, many[:MANY // 2], "年卡会员", add=False) == MANY // 2
    assert db.conn.execute("SELECT count(*) FROM member_tags").fetchone()[0] == MANY // 2
    assert bulk_move_sub_community(db, many, "瑜伽") == MANY
    assert bulk_move_sub_community(db, many, "瑜伽") == 0
    assert logged(db, "bulk") == 3 * MANY - 1_000 + MANY // 2

    assert delete_members(db, many) == MANY
    assert mq.count(db.conn, mq.MemberFilter()) == 0
    assert delete_members(db, many) == 0
    assert restore_members(db, many[:MANY - 1]) == MANY - 1
    assert mq.count(db.conn, mq.MemberFilter(deleted=True)) == 1
    assert (logged(db, "delete"), logged(db, "restore")) == (MANY, MANY - 1)
    assert [h["action"] for h in db.history("members", many[0])] == ["bulk", "bulk", "bulk", "bulk", "delete",
                                                                     "restore"]


def snapshot(db: Database) -> tuple:
    conn = db.conn
    return (conn.execute("SELECT id, status, version, updated_at, updated_by, deleted_at FROM members "
                         "ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM member_tags ORDER BY member_id, tag_id").fetchall(),
            conn.execute("SELECT * FROM member_sub_communities ORDER BY member_id").fetchall(),
            conn.execute("SELECT count(*) FROM tags").fetchone()[0],
            conn.execute("SELECT count(*) FROM sub_communities").fetchone()[0],
            conn.execute("SELECT count(*) FROM changes").fetchone()[0])


@pytest.mark.parametrize("action", ["status", "tag", "move", "delete", "restore"])
def test_bulk_actions_on_40000_ids_are_all_or_nothing(db: Database, many: list[int], monkeypatch, action):
    run = {"status": lambda: bulk_set_status(db, many, "banned"),
           "tag": lambda: bulk_tag(db, many, "年卡会员"),
           "move": lambda: bulk_move_sub_community(db, many, "瑜伽"),
           "delete": lambda: delete_members(db, many),
           "restore": lambda: restore_members(db, many)}[action]
    if action == "restore":
        delete_members(db, many)
    before = snapshot(db)
    calls = []

    def failing_log(*args):
        calls.append(args)
        if len(calls) == MANY:                 # the last member, in the last chunk
            raise RuntimeError("disk full")

    monkeypatch.setattr(db, "log_change", failing_log)
    with pytest.raises(RuntimeError, match="disk full"):
        run()
    assert len(calls) == MANY
    assert snapshot(db) == before and not db.conn.in_transaction


def test_filters_sorting_and_paging(demo_db: Database):
    conn = demo_db.conn
    everyone = mq.count(conn, mq.MemberFilter())
    assert everyone == 120
    active = mq.count(conn, mq.MemberFilter(status="active"))
    assert 0 < active < everyone
    group = conn.execute("SELECT id FROM sub_communities WHERE name = '瑜伽'").fetchone()[0]
    in_group = mq.count(conn, mq.MemberFilter(sub_community_id=group))
    assert in_group == conn.execute("SELECT count(*) FROM member_sub_communities WHERE sub_community_id = ?",
                                    (group,)).fetchone()[0]
    rows = mq.page(conn, mq.MemberFilter(), sort="join_date", descending=True, limit=500)
    joins = [r[2 + mq.COLUMN_KEYS.index("join_date")] for r in rows]
    assert joins == sorted(joins, reverse=True) and len(rows) == 120
    second_page = mq.page_ids(conn, mq.MemberFilter(), sort="display_name", offset=50, limit=50)
    all_ids = mq.page_ids(conn, mq.MemberFilter(), sort="display_name", limit=500)
    assert second_page == all_ids[50:100]
    mid = joins[60]
    assert mq.count(conn, mq.MemberFilter(joined_from=mid)) == sum(1 for j in joins if j >= mid)
    with pytest.raises(ValueError):
        mq.page_ids(conn, mq.MemberFilter(), sort="phone; DROP TABLE members")


def test_search_finds_members_by_short_chinese_queries(db: Database):
    zhang = make(db, display_name="张伟", phone="13800138000")
    wang = make(db, display_name="王伟", email="ww@163.com")
    make(db, display_name="李娜", identities=[("discord", "LinaRuns")])
    assert set(mq.page_ids(db.conn, mq.MemberFilter(text="伟"))) == {zhang, wang}
    assert mq.page_ids(db.conn, mq.MemberFilter(text="张伟")) == [zhang]
    assert mq.page_ids(db.conn, mq.MemberFilter(text="0013")) == [zhang]
    assert mq.count(db.conn, mq.MemberFilter(text="linar")) == 1
    assert mq.count(db.conn, mq.MemberFilter(text="伟", status="active")) == 2


from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from app.models.errors import UserError
from app.services.demo import SUB_COMMUNITIES, build_demo
from app.services.jobs import Cancelled

TODAY = date(2026, 11, 21)


def rows(db):
    return [tuple(r) for r in db.conn.execute(
        "SELECT display_name, nickname, phone, join_date, status FROM members ORDER BY id")]


def test_demo_is_a_realistic_chinese_community(db):
    assert build_demo(db, members=400, seed=1, today=TODAY) == 400
    members = rows(db)
    assert len(members) == 400
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) for name, *_ in members)
    joins = [date.fromisoformat(r[3]) for r in members]
    assert min(joins) >= TODAY - timedelta(days=730) and max(joins) <= TODAY
    assert max(joins) - min(joins) > timedelta(days=500)  # spread over two years
    phones = [r[2] for r in members if r[2]]
    assert len(phones) > 300 and all(re.fullmatch(r"1[3-9]\d{9}", p) for p in phones)
    groups = [r[0] for r in db.conn.execute("SELECT name FROM sub_communities ORDER BY id")]
    assert groups == [g[0] for g in SUB_COMMUNITIES]
    unlinked = db.conn.execute("SELECT count(*) FROM members WHERE id NOT IN "
                               "(SELECT member_id FROM member_sub_communities)").fetchone()[0]
    assert unlinked == 0
    assert {r[4] for r in members} >= {"active", "silent", "at_risk"}
    assert db.get_meta("community_name") == "燃跑 · 运动生活社群"


def test_same_seed_same_community(tmp_path):
    from app.models.database import Database

    made = []
    for name in ("a", "b"):
        with Database(tmp_path / f"{name}.cdesk", operator="x", create=True) as db:
            build_demo(db, members=50, seed=9, today=TODAY)
            made.append(rows(db))
    assert made[0] == made[1]


def test_demo_refuses_a_file_with_members(demo_db):
    with pytest.raises(UserError, match="already holds 120 members"):
        build_demo(demo_db, members=10)


def test_cancelled_demo_writes_nothing(db):
    with pytest.raises(Cancelled):
        build_demo(db, members=20_000, cancelled=lambda: True)
    assert db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 0
    assert db.conn.execute("SELECT count(*) FROM sub_communities").fetchone()[0] == 0

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta

import pytest

from app.models import lifecycle as lm
from app.models.database import Database
from app.models.errors import UserError
from app.services.demo import build_demo
from app.services.demo_activity import DEMO_LADDER, LONG_POST_CHARS, _long_text, _short_text, add_demo_activity
from app.services.jobs import Cancelled
from app.services.lifecycle import credit_scores, kol_shortlist

TODAY = date(2026, 11, 21)
TS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
LIFECYCLE_TABLES = ("events", "event_sources", "tiers", "rfm_scores", "points_ledger", "churn_flags",
                    "tier_changes")


def count(db, table: str, where: str = "") -> int:
    return db.conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0]


@pytest.fixture
def community(db):
    build_demo(db, members=120, seed=3, today=TODAY)
    return db


def test_same_seed_same_activity(tmp_path):
    made = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        with Database(tmp_path / f"{name}.cdesk", operator="x", create=True) as db:
            build_demo(db, members=60, seed=1, today=TODAY)
            added = add_demo_activity(db, seed=seed, today=TODAY)
            kinds = db.conn.execute("SELECT kind, count(*) FROM events GROUP BY kind ORDER BY kind").fetchall()
            first = db.conn.execute("SELECT member_id, ts, kind, platform, amount_fen, source_key, text "
                                    "FROM events ORDER BY id LIMIT 50").fetchall()
            made.append((added, [tuple(r) for r in kinds], [tuple(r) for r in first]))
    assert made[0] == made[1]
    assert made[0] != made[2]


def test_activity_looks_like_the_running_community(community):
    added = add_demo_activity(community, seed=42, today=TODAY)
    assert added == count(community, "events") > 120 * 20
    assert [tuple(r) for r in community.conn.execute("SELECT file_name, format, events FROM event_sources")] == [
        ("demo", "csv", added)]
    kinds = dict(community.conn.execute("SELECT kind, count(*) FROM events GROUP BY kind").fetchall())
    assert set(kinds) >= {"message", "check_in", "attendance", "purchase", "violation"}
    assert kinds["message"] > kinds["check_in"] > kinds["attendance"] > kinds["violation"]
    # Only the roster's members; all on WeChat; purchases carry an amount, nothing else does.
    assert count(community, "events", "WHERE member_id NOT IN (SELECT id FROM members)") == 0
    assert {r[0] for r in community.conn.execute("SELECT DISTINCT platform FROM events")} == {"wechat"}
    assert count(community, "events", "WHERE kind = 'purchase' AND (amount_fen IS NULL OR amount_fen <= 0)") == 0
    assert count(community, "events", "WHERE kind != 'purchase' AND amount_fen IS NOT NULL") == 0
    # UTC text in the last 120 days, daytime in China (UTC+8); nobody acts before joining.
    stamps = [r[0] for r in community.conn.execute("SELECT ts FROM events")]
    assert all(TS.fullmatch(ts) for ts in stamps)
    local = [datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ") + timedelta(hours=8) for ts in stamps]
    assert min(local).date() >= TODAY - timedelta(days=120) and max(local).date() < TODAY
    assert all(5 <= t.hour <= 23 for t in local)
    assert count(community, "events", "e JOIN members m ON m.id = e.member_id "
                                      "WHERE substr(e.ts, 1, 10) < date(m.join_date, '-1 day')") == 0
    # Chinese chat, with long posts; heavy-tailed: the top tenth writes most messages.
    texts = [r[0] for r in community.conn.execute("SELECT text FROM events WHERE kind = 'message'")]
    assert all(re.search(r"[\u4e00-\u9fff]", t) for t in texts if t not in ("+1",))
    assert sum(len(t) >= LONG_POST_CHARS for t in texts) > 10
    per_member = sorted((r[0] for r in community.conn.execute(
        "SELECT count(*) FROM events WHERE kind = 'message' GROUP BY member_id")), reverse=True)
    assert sum(per_member[:12]) > 0.4 * sum(per_member)
    # Left and banned members have been silent for weeks; banned ones broke the rules.
    quiet_since = (TODAY - timedelta(days=45)).isoformat()
    assert count(community, "events", f"WHERE ts >= '{quiet_since}' AND member_id IN "
                                      "(SELECT id FROM members WHERE status IN ('left', 'banned'))") == 0
    banned = [r[0] for r in community.conn.execute("SELECT id FROM members WHERE status = 'banned'")]
    for member_id in banned:
        assert count(community, "events", f"WHERE member_id = {member_id} AND kind = 'violation'") >= 1


def test_every_lifecycle_part_has_something_to_show(community):
    add_demo_activity(community, seed=42, today=TODAY)
    assert [(t.name, t.rules) for t in lm.get_ladder(community)] == DEMO_LADDER
    segments = {r[0] for r in community.conn.execute("SELECT segment FROM rfm_scores")}
    assert len(segments) >= 4
    tiers = {r[0] for r in community.conn.execute("SELECT tier FROM members WHERE deleted_at IS NULL")}
    assert tiers == {"基础群", "进阶群", "核心群"}
    assert count(community, "churn_flags", "WHERE cleared_at IS NULL") >= 1
    assert count(community, "points_ledger", "WHERE delta > 0") >= 1
    shortlist = kol_shortlist(community, as_of=TODAY)
    assert shortlist and any(c.long_posts > 0 for c in shortlist)
    assert shortlist[0].messages > 100 and shortlist[0].attended >= 1
    levels = {level for _score, level in credit_scores(community, TODAY).values()}
    assert len(levels) >= 3   # violations and no-shows pull some scores down
    assert count(community, "changes", "WHERE action = 'demo_activity'") == 1
    assert count(community, "changes", "WHERE action = 'recompute'") == 1


def test_an_existing_ladder_is_kept(community):
    lm.set_ladder(community, [("新人", {}), ("老友", {"messages_in_days": {"days": 90, "min": 5}})])
    add_demo_activity(community, seed=42, today=TODAY)
    assert [t.name for t in lm.get_ladder(community)] == ["新人", "老友"]
    assert {r[0] for r in community.conn.execute("SELECT tier FROM members")} == {"新人", "老友"}


def test_refused_twice_and_without_members(community, tmp_path):
    add_demo_activity(community, seed=42, today=TODAY)
    before = count(community, "events")
    with pytest.raises(UserError, match="already holds the demo activity"):
        add_demo_activity(community, seed=43, today=TODAY)
    assert count(community, "events") == before
    with Database(tmp_path / "empty.cdesk", operator="x", create=True) as empty:
        with pytest.raises(UserError, match="no members"):
            add_demo_activity(empty, today=TODAY)


def snapshot(db) -> dict:
    return {**{t: count(db, t) for t in LIFECYCLE_TABLES},
            "members": db.conn.execute("SELECT group_concat(status || tier || version) FROM members").fetchone()[0],
            "changes": count(db, "changes")}


@pytest.mark.parametrize("when", ["at once", "after the events are in"])
def test_cancel_writes_nothing(community, when):
    before = snapshot(community)
    members = count(community, "members")
    state = {"stop": when == "at once"}

    def progress(done, total):
        if done >= members:      # the events are inserted; recompute comes next
            state["stop"] = True

    with pytest.raises(Cancelled):
        add_demo_activity(community, seed=42, today=TODAY, progress=progress, cancelled=lambda: state["stop"])
    assert snapshot(community) == before
    assert before["events"] == 0
    # and a later run still works
    assert add_demo_activity(community, seed=42, today=TODAY) > 0


def test_long_posts_are_long_and_short_messages_short():
    rng = random.Random(1)
    assert min(len(_long_text(rng)) for _ in range(2_000)) >= LONG_POST_CHARS
    assert max(len(_short_text(rng)) for _ in range(2_000)) < 40


def test_500_members_take_well_under_five_seconds(db):
    import time

    build_demo(db, members=500, seed=42, today=TODAY)
    started = time.perf_counter()
    added = add_demo_activity(db, seed=42, today=TODAY)
    assert time.perf_counter() - started < 5
    assert 15_000 < added < 30_000

"""The lifecycle engine on scripted timelines: RFM, tiers with grace and overrides, points, churn."""
from __future__ import annotations

import itertools
import sqlite3
import threading
from datetime import date

import pytest

from app.models import lifecycle as lm
from app.models.database import Database
from app.models.errors import UserError
from app.services import lifecycle as lc
from app.services.jobs import Cancelled

_keys = itertools.count(1)


def add_member(db: Database, name: str, join: str = "2024-01-01") -> int:
    with db.transaction() as conn:
        return conn.execute(
            "INSERT INTO members(display_name, join_date, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)",
            (name, join, db.clock(), db.clock(), db.operator)).lastrowid


def add_events(db: Database, member_id: int, ts: str, count: int = 1, kind: str = "message",
               amount: int | None = None, text: str | None = None) -> None:
    with db.transaction() as conn:
        source = conn.execute("SELECT id FROM event_sources LIMIT 1").fetchone()
        source = source[0] if source else conn.execute(
            "INSERT INTO event_sources(file_name, format, imported_at, imported_by) VALUES ('t', 'csv', ?, 't')",
            (db.clock(),)).lastrowid
        conn.executemany(
            "INSERT INTO events(member_id, ts, kind, platform, amount_fen, source, source_key, text) "
            "VALUES (?, ?, ?, 'wechat', ?, ?, ?, ?)",
            [(member_id, ts, kind, amount, source, next(_keys), text) for _ in range(count)])


def tier_of(db: Database, member_id: int) -> str:
    return db.conn.execute("SELECT tier FROM members WHERE id = ?", (member_id,)).fetchone()[0]


# -- RFM ------------------------------------------------------------------------------------
def test_quintiles_share_scores_on_ties():
    assert lc.quintiles(list(range(10))) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert lc.quintiles([7] * 6) == [1] * 6
    assert lc.quintiles([9, 0, 5, 9, 7, 0, 5, 9, 7, 9]) == [4, 1, 2, 4, 3, 1, 2, 4, 3, 4]
    assert lc.quintiles([3, 1, 2]) == [4, 1, 2]


def test_rfm_scores_and_segments_on_known_data(db: Database):
    a, b, c, d, e, f = (add_member(db, n) for n in "ABCDEF")
    add_events(db, a, "2024-06-30T03:00:00Z", 10)
    add_events(db, b, "2024-06-20T03:00:00Z", 4)
    add_events(db, b, "2024-06-28T03:00:00Z", kind="purchase", amount=9900)
    add_events(db, c, "2024-06-10T03:00:00Z", 3)
    add_events(db, d, "2024-05-01T03:00:00Z")
    add_events(db, e, "2024-01-01T03:00:00Z")          # outside the 90-day window: frequency 0
    add_events(db, a, "2024-07-05T03:00:00Z", 50)       # after as_of: ignored
    counts = lc.compute_rfm(db, date(2024, 6, 30))
    rows = {r[0]: r[1:] for r in db.conn.execute(
        "SELECT member_id, CAST(julianday('2024-06-30') - julianday(last_active) AS INTEGER), frequency, "
        "monetary_fen, r, f, m, segment FROM rfm_scores")}
    assert rows == {
        a: (0, 10, 0, 5, 5, 1, "champions"),
        b: (2, 5, 9900, 4, 4, 5, "champions"),
        c: (20, 3, 0, 3, 3, 1, "loyal"),
        d: (60, 1, 0, 2, 2, 1, "hibernating"),
        e: (181, 0, 0, 1, 1, 1, "lost"),
    }
    assert f not in rows
    assert counts["champions"] == 2 and counts["lost"] == 1 and sum(counts.values()) == 5


@pytest.mark.parametrize("r, f, m, expected", [
    (5, 5, 1, "champions"), (4, 1, 4, "champions"), (5, 1, 1, "new"), (3, 3, 1, "loyal"), (4, 3, 2, "loyal"),
    (3, 2, 1, "potential"), (4, 2, 2, "potential"), (2, 4, 1, "at risk"), (1, 1, 5, "at risk"),
    (2, 2, 1, "hibernating"), (1, 2, 1, "hibernating"), (1, 1, 1, "lost")])
def test_segment_grid(r, f, m, expected):
    assert lc.segment(r, f, m) == expected


# -- tiers ----------------------------------------------------------------------------------
LADDER = [("基础群", {}),
          ("进阶群", {"messages_in_days": {"days": 7, "min": 3}}),
          ("核心群", {"messages_in_days": {"days": 7, "min": 10}, "attended": {"min": 1}})]


def test_ladder_rules_are_validated(db: Database):
    with pytest.raises(UserError, match="unknown rule"):
        lm.set_ladder(db, [("x", {"likes": {"min": 1}})])
    with pytest.raises(UserError, match="'days'"):
        lm.set_ladder(db, [("x", {"messages_in_days": {"min": 1}})])
    with pytest.raises(UserError, match="different"):
        lm.set_ladder(db, [("x", {}), ("x", {})])


def test_promotion_now_demotion_after_grace_override_wins(db: Database):
    lm.set_ladder(db, LADDER)
    lm.set_config(db, {"grace_days": 14})
    m = add_member(db, "王芳")
    n = add_member(db, "刘洋")
    add_events(db, m, "2024-03-01T03:00:00Z", 3)
    add_events(db, n, "2024-03-01T03:00:00Z", 3)

    lc.recompute(db, date(2024, 3, 1))
    assert tier_of(db, m) == "进阶群" and tier_of(db, n) == "进阶群"
    change = [tuple(r) for r in db.conn.execute(
        "SELECT from_tier, to_tier, reason, by FROM tier_changes WHERE member_id = ?", (m,))]
    assert change == [("", "进阶群", "promoted: messages in the last 7 days 3 ≥ 3", "李娜")]
    assert db.history("members", m)[-1]["after"]["tier"] == "进阶群"

    report = lc.recompute(db, date(2024, 3, 10))          # both fail from now on: pending, not demoted
    assert report.tiers.pending == 2 and report.tiers.demoted == 0
    assert tier_of(db, m) == "进阶群"
    assert db.conn.execute("SELECT demote_on FROM member_tier_state WHERE member_id = ?", (m,)).fetchone()[0] \
        == "2024-03-24"
    add_events(db, n, "2024-03-15T03:00:00Z", 3)          # n passes again: the pending demotion is cancelled
    lc.recompute(db, date(2024, 3, 15))
    assert db.conn.execute("SELECT demote_on FROM member_tier_state WHERE member_id = ?", (n,)).fetchone()[0] is None
    lc.recompute(db, date(2024, 3, 23))                   # m still within grace; n fails anew
    assert tier_of(db, m) == "进阶群"
    report = lc.recompute(db, date(2024, 3, 24))
    assert tier_of(db, m) == "基础群" and tier_of(db, n) == "进阶群" and report.tiers.demoted == 1
    reason = db.conn.execute("SELECT reason FROM tier_changes WHERE member_id = ? ORDER BY id DESC LIMIT 1",
                             (m,)).fetchone()[0]
    assert reason == "demoted after 14 days' grace: messages in the last 7 days 0 < 3"

    lm.set_override(db, m, "核心群", "活动志愿者")
    lc.recompute(db, date(2024, 3, 25))
    assert tier_of(db, m) == "核心群"
    assert db.conn.execute("SELECT reason FROM tier_changes WHERE member_id = ? ORDER BY id DESC LIMIT 1",
                           (m,)).fetchone()[0] == "manual: 活动志愿者 (by 李娜)"
    lc.recompute(db, date(2024, 5, 1))                    # far past any grace: the override holds
    assert tier_of(db, m) == "核心群"
    lm.clear_override(db, m)
    lc.recompute(db, date(2024, 5, 2))                    # back to the rules, with grace again
    assert tier_of(db, m) == "核心群"
    lc.recompute(db, date(2024, 5, 16))
    assert tier_of(db, m) == "基础群"

    explained = lc.explain_tier(db, m, date(2024, 3, 1))
    assert ("进阶群: messages in the last 7 days", 3, 3, True) in explained
    assert ("核心群: events attended", 0, 1, False) in explained
    with pytest.raises(UserError):
        lm.set_override(db, m, "不存在", "x")


def test_points_and_rfm_rules(db: Database):
    lm.set_ladder(db, [("普通", {}), ("积分达人", {"points": {"min": 40}, "rfm": {"min": 3}}),
                       ("老成员", {"member_days": {"min": 365}})])
    a = add_member(db, "A", "2024-01-01")
    b = add_member(db, "B", "2023-01-01")
    add_events(db, a, "2024-03-01T03:00:00Z", 2, kind="attendance")
    lc.recompute(db, date(2024, 3, 2))
    assert tier_of(db, a) == "积分达人" and tier_of(db, b) == "老成员"


# -- points ---------------------------------------------------------------------------------
def test_spend_refuses_overdraft_and_ledger_is_append_only(db: Database):
    m = add_member(db, "张伟")
    assert lc.earn(db, m, 30, "活动奖励") == 30
    assert lc.spend(db, m, 20, "兑换周边") == 10
    with pytest.raises(UserError, match="has 10 points"):
        lc.spend(db, m, 11, "兑换")
    with pytest.raises(UserError):
        lc.spend(db, m, 0, "x")
    assert lc.correct(db, m, -5, "重复发放") == 5
    with pytest.raises(UserError):
        lc.correct(db, m, -6, "x")
    with pytest.raises(UserError):
        lc.earn(db, 9999, 5, "x")
    assert lm.balance(db, m) == 5
    kinds = [r[0] for r in db.conn.execute("SELECT kind FROM points_ledger ORDER BY id")]
    assert kinds == ["earned", "spent", "correction"]
    for statement in ("UPDATE points_ledger SET delta = 1000", "DELETE FROM points_ledger"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.conn.execute(statement)


def test_concurrent_spends_never_overdraw(db: Database):
    m = add_member(db, "陈静")
    lc.earn(db, m, 100, "start")
    done: list[int] = []
    refused: list[int] = []
    barrier = threading.Barrier(4)

    def worker():
        mine = db.clone()
        try:
            barrier.wait()
            for _ in range(10):
                try:
                    lc.spend(mine, m, 7, "并发兑换")
                    done.append(1)
                except UserError:
                    refused.append(1)
        finally:
            mine.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(done) == 14 and len(refused) == 26      # 14 * 7 = 98 ≤ 100 < 15 * 7
    assert lm.balance(db, m) == 2
    running = 0
    for (delta,) in db.conn.execute("SELECT delta FROM points_ledger WHERE member_id = ? ORDER BY id", (m,)):
        running += delta
        assert running >= 0


def test_earning_from_events_is_idempotent_and_capped(db: Database):
    lm.set_config(db, {"earning": {"message": {"points": 1, "daily_cap": 20}}})
    m = add_member(db, "赵磊")
    add_events(db, m, "2024-03-01T03:00:00Z", 25)
    add_events(db, m, "2024-03-01T04:00:00Z", kind="check_in")
    add_events(db, m, "2024-03-01T05:00:00Z", kind="attendance")
    first = lc.recompute(db, date(2024, 3, 1))
    assert (first.points_entries, first.points_awarded, first.points_events) == (1, 45, 22)
    again = lc.recompute(db, date(2024, 3, 1))
    assert (again.points_entries, again.points_awarded, again.points_events) == (0, 0, 0)
    assert lm.balance(db, m) == 45
    add_events(db, m, "2024-03-01T06:00:00Z", 3)          # same local day: cap already reached
    add_events(db, m, "2024-03-01T17:00:00Z", 2)          # 01:00 next day in UTC+8: a new day
    third = lc.recompute(db, date(2024, 3, 2))
    assert (third.points_entries, third.points_events) == (1, 2) and lm.balance(db, m) == 47
    reasons = [r[0] for r in db.conn.execute("SELECT reason FROM points_ledger WHERE kind = 'earned' ORDER BY id")]
    assert reasons == ["events #1–#27: attendance ×1, check_in ×1, message ×20", "events #28–#32: message ×2"]


def test_recompute_is_all_or_nothing_on_cancel(db: Database):
    lm.set_ladder(db, LADDER)
    m = add_member(db, "孙丽")
    add_events(db, m, "2024-03-01T03:00:00Z", 5)
    steps: list[tuple[int, int]] = []
    calls = itertools.count()
    with pytest.raises(Cancelled):
        lc.recompute(db, date(2024, 3, 1), progress=lambda d, t: steps.append((d, t)),
                     cancelled=lambda: next(calls) > 2)
    assert steps and steps[0] == (0, 5)
    for table in ("points_ledger", "rfm_scores", "tier_changes", "member_tier_state"):
        assert db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert tier_of(db, m) == ""


# -- churn ----------------------------------------------------------------------------------
def test_churn_flags_recall_and_return_rate(db: Database):
    p, q, s, t = (add_member(db, n, "2024-01-01") for n in ("P", "Q", "S", "T"))
    db.conn.execute("UPDATE members SET join_date = '2024-06-20' WHERE id = ?", (t,))
    for member in (p, q):
        for day in ("2024-03-15", "2024-04-15", "2024-05-15"):
            add_events(db, member, f"{day}T03:00:00Z", 10)  # baseline: 10 per 30 days
    add_events(db, p, "2024-06-20T03:00:00Z", 5)           # 5 < 80% of 10
    add_events(db, q, "2024-06-20T03:00:00Z", 9)           # 9 ≥ 8
    add_events(db, s, "2024-05-20T03:00:00Z")              # silent 39 days
    report = lc.recompute(db, date(2024, 6, 28))
    flags = dict(db.conn.execute("SELECT member_id, reason FROM churn_flags WHERE cleared_at IS NULL"))
    assert set(flags) == {p, s} and report.churn.flagged == 2
    assert flags[p] == "5 actions in the last 30 days, below 80% of the usual 10.0"
    assert flags[s] == "silent for 39 days"
    status = dict(db.conn.execute("SELECT id, status FROM members"))
    assert status[p] == "at_risk" and status[s] == "at_risk" and status[q] == "active" and status[t] == "active"
    assert lc.recompute(db, date(2024, 6, 28)).churn.flagged == 0   # an open flag is not repeated

    with pytest.raises(UserError, match="not flagged"):
        lc.log_recall(db, q, "私聊")
    lc.log_recall(db, p, "私聊问候 + 活动邀请", at="2024-06-29T00:00:00Z")
    lc.log_recall(db, s, "群内@提醒", at="2024-06-29T00:00:00Z")
    assert lc.return_rate(db) is None
    add_events(db, p, "2024-07-01T03:00:00Z")
    assert lc.returned_since_recall(db, p) is True and lc.returned_since_recall(db, s) is False
    assert lc.returned_since_recall(db, q) is None
    report = lc.recompute(db, date(2024, 7, 2))
    assert report.churn.returned == 1
    assert db.conn.execute("SELECT status FROM members WHERE id = ?", (p,)).fetchone()[0] == "active"
    assert lc.return_rate(db) == 1.0
    report = lc.recompute(db, date(2024, 7, 29))
    assert report.churn.not_returned == 1
    assert lc.return_rate(db) == 0.5


# -- credit score and KOL shortlist -----------------------------------------------------------
def test_credit_score_moves_and_levels(db: Database):
    a, b, c = (add_member(db, n) for n in "ABC")
    add_events(db, a, "2024-03-01T03:00:00Z", 12, kind="attendance")    # 100 + 24 = 124
    add_events(db, b, "2024-03-01T03:00:00Z", 2, kind="violation")      # 100 - 40 = 60
    add_events(db, b, "2024-03-02T03:00:00Z", 1, kind="no_show")        # 50
    add_events(db, c, "2024-03-01T03:00:00Z", 40, kind="attendance")    # capped at 150
    add_events(db, a, "2024-04-01T03:00:00Z", 30, kind="violation")     # after as_of
    scores = lc.credit_scores(db, date(2024, 3, 31))
    assert scores == {a: (124, "very good"), b: (50, "poor"), c: (150, "excellent")}
    assert lc.credit_scores(db, date(2024, 3, 31), member_id=b) == {b: (50, "poor")}
    assert lc.credit_scores(db, date(2024, 4, 30))[a] == (0, "poor")
    assert lc.credit_level(db, 100) == "good" and lc.credit_level(db, 60) == "fair"


def test_kol_shortlist_weights_and_parts(db: Database):
    a, b, c = (add_member(db, n) for n in ("小红", "老K", "路人"))
    add_events(db, a, "2024-03-01T03:00:00Z", 30)                                    # 30
    add_events(db, b, "2024-03-01T03:00:00Z", 4, text="长" * 120)                    # 4 + 4 * 5
    add_events(db, b, "2024-03-02T03:00:00Z", 1, kind="attendance")                  # + 10 = 34
    add_events(db, c, "2024-03-01T03:00:00Z", 2, text="短")                          # 2
    add_events(db, c, "2023-01-01T03:00:00Z", 500)                                   # outside the window
    shortlist = lc.kol_shortlist(db, top=2, as_of=date(2024, 3, 31))
    assert [(k.member_id, k.name, k.messages, k.long_posts, k.attended, k.score) for k in shortlist] == [
        (b, "老K", 4, 4, 1, 34), (a, "小红", 30, 0, 0, 30)]


def test_rewards_catalogue_redeem_and_validation(db: Database):
    member = add_member(db, "王芳")
    lm.set_config(db, {"rewards": [["贴纸", 50], ["T恤", 500]]})
    assert lm.rewards(db) == [("贴纸", 50), ("T恤", 500)]
    lc.earn(db, member, 120, "welcome")
    assert lc.redeem(db, member, "贴纸") == 70
    with pytest.raises(UserError, match="has 70 points"):
        lc.redeem(db, member, "T恤")
    with pytest.raises(UserError, match="unknown reward"):
        lc.redeem(db, member, "帽子")
    with pytest.raises(UserError, match="positive whole number"):
        lm.set_config(db, {"rewards": [["贴纸", 0]]})
    assert lm.rewards(db) == [("贴纸", 50), ("T恤", 500)]
    reasons = [r[0] for r in db.conn.execute("SELECT reason FROM points_ledger WHERE member_id = ? ORDER BY id", (member,))]
    assert reasons == ["welcome", "reward: 贴纸"]

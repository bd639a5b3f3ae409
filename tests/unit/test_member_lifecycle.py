"""lifecycle_summary on a scripted member: tier and why, history, RFM, points, credit, churn and recall."""
from __future__ import annotations

from datetime import date

import pytest

from app.models import lifecycle as lm
from app.models.database import Database
from app.models.errors import UserError
from app.services import lifecycle as lc
from app.services.member_lifecycle import (LEDGER_LIMIT, ChurnFlag, LedgerEntry, TierChange, TierCheck,
                                           lifecycle_summary)
from tests.unit.test_lifecycle import LADDER, add_events, add_member

MARCH_1 = date(2024, 3, 1)


@pytest.fixture
def scripted(db: Database) -> tuple[int, int]:
    """王芳: 3 messages on 1 March, 2 events attended and a ¥99 purchase before; 刘洋: one old message."""
    lm.set_ladder(db, LADDER)
    m = add_member(db, "王芳", "2024-01-01")
    other = add_member(db, "刘洋", "2024-01-01")
    add_events(db, m, "2024-02-20T03:00:00Z", 2, kind="attendance")
    add_events(db, m, "2024-02-28T03:00:00Z", kind="purchase", amount=9900)
    add_events(db, m, "2024-03-01T03:00:00Z", 3)
    add_events(db, other, "2024-01-20T03:00:00Z")
    lc.recompute(db, MARCH_1)
    return m, other


def test_tier_why_and_history(db: Database, scripted):
    m, _ = scripted
    s = lifecycle_summary(db, m, MARCH_1)
    assert (s.member_id, s.name, s.as_of) == (m, "王芳", "2024-03-01")
    assert (s.tier, s.tier_since, s.demote_on) == ("进阶群", "2024-03-01", None)
    assert s.override_tier is None and s.override_reason is None and s.override_by is None
    assert s.ladder == ["基础群", "进阶群", "核心群"]
    assert s.why == [TierCheck(*row) for row in lc.explain_tier(db, m, MARCH_1)]
    assert s.why == [TierCheck("进阶群: messages in the last 7 days", 3, 3, True),
                     TierCheck("核心群: events attended", 2, 1, True),       # rules are stored sorted
                     TierCheck("核心群: messages in the last 7 days", 3, 10, False)]
    assert len(s.history) == 1
    change = s.history[0]
    assert (change.from_tier, change.to_tier, change.by) == ("", "进阶群", "李娜")
    assert change.reason == "promoted: messages in the last 7 days 3 ≥ 3"

    # Rules fail later: a pending demotion, then the demotion itself; history is newest first.
    later = lifecycle_summary(db, m, date(2024, 3, 10))
    assert later.why[0] == TierCheck("进阶群: messages in the last 7 days", 0, 3, False)
    lc.recompute(db, date(2024, 3, 10))
    assert lifecycle_summary(db, m, date(2024, 3, 10)).demote_on == "2024-03-24"
    lc.recompute(db, date(2024, 3, 24))
    s = lifecycle_summary(db, m, date(2024, 3, 24))
    assert (s.tier, s.tier_since, s.demote_on) == ("基础群", "2024-03-24", None)
    assert [(c.from_tier, c.to_tier) for c in s.history] == [("进阶群", "基础群"), ("", "进阶群")]
    assert s.history[0].reason.startswith("demoted after 14 days' grace")


def test_override_is_shown_before_and_after_recompute(db: Database, scripted):
    m, _ = scripted
    lm.set_override(db, m, "核心群", "活动志愿者")
    s = lifecycle_summary(db, m, MARCH_1)
    assert (s.override_tier, s.override_reason, s.override_by) == ("核心群", "活动志愿者", "李娜")
    assert s.override_at and s.tier == "进阶群"           # applied by the next recompute
    lc.recompute(db, date(2024, 3, 2))
    s = lifecycle_summary(db, m, date(2024, 3, 2))
    assert s.tier == "核心群"
    assert s.history[0] == TierChange("进阶群", "核心群", "manual: 活动志愿者 (by 李娜)", s.history[0].at, "李娜")
    lm.clear_override(db, m)
    assert lifecycle_summary(db, m, date(2024, 3, 2)).override_tier is None


def test_rfm_points_and_credit(db: Database, scripted):
    m, other = scripted
    s = lifecycle_summary(db, m, MARCH_1)
    rfm = s.rfm
    assert (rfm.recency_days, rfm.frequency, rfm.monetary_fen) == (0, 6, 9900)
    assert rfm.monetary_yuan == "99.00"
    assert (rfm.r, rfm.f, rfm.m, rfm.segment) == (3, 3, 3, "loyal")
    assert s.rfm_window_days == 90
    o = lifecycle_summary(db, other, MARCH_1).rfm
    assert (o.recency_days, o.frequency, o.monetary_fen, o.r, o.segment) == (41, 1, 0, 1, "lost")

    assert s.points == 3 * 1 + 2 * 20                     # messages and attendance earned by the recompute
    lc.correct(db, m, -3, "重复发放")
    s = lifecycle_summary(db, m, MARCH_1)
    assert s.points == 40 and s.ledger_count == 2            # one earning entry per member and run
    assert s.ledger[0] == LedgerEntry(s.ledger[0].at, -3, "重复发放", "correction", "李娜")
    assert [e.kind for e in s.ledger] == ["correction", "earned"]
    assert s.ledger[1].delta == 43 and "attendance ×2" in s.ledger[1].reason
    assert s.rewards == lm.rewards(db)

    assert (s.credit_score, s.credit_level, s.credit_scored) == (104, "good", True)   # 100 + 2 x attendance
    o = lifecycle_summary(db, other, MARCH_1)
    assert (o.credit_score, o.credit_level, o.credit_scored) == (100, "good", False)  # no scored events


def test_churn_flag_recall_and_outcome(db: Database, scripted):
    m, _ = scripted
    assert lifecycle_summary(db, m, MARCH_1).churn is None
    assert lifecycle_summary(db, m, MARCH_1).recall is None
    lc.recompute(db, date(2024, 4, 15))                   # silent since 1 March
    s = lifecycle_summary(db, m, date(2024, 4, 15))
    assert s.churn == ChurnFlag("2024-04-15", "silent for 45 days", None, None, None)

    lc.log_recall(db, m, "私聊问候 + 活动邀请", at="2024-04-16T00:00:00Z")
    s = lifecycle_summary(db, m, date(2024, 4, 16))
    assert s.churn.recall_action == "私聊问候 + 活动邀请" and s.churn.recall_by == "李娜"
    assert (s.recall.action, s.recall.at, s.recall.returned, s.recall.acted_since) == \
        ("私聊问候 + 活动邀请", "2024-04-16T00:00:00Z", None, False)

    add_events(db, m, "2024-04-20T03:00:00Z")
    assert lifecycle_summary(db, m, date(2024, 4, 20)).recall.acted_since is True
    lc.recompute(db, date(2024, 4, 21))
    s = lifecycle_summary(db, m, date(2024, 4, 21))
    assert s.churn is None                                # the flag closed when the member came back
    assert (s.recall.returned, s.recall.returned_at) == (True, "2024-04-21")


def test_new_member_without_anything(db: Database):
    lm.set_ladder(db, LADDER)
    m = add_member(db, "新人", "2024-02-01")
    s = lifecycle_summary(db, m, MARCH_1)
    assert (s.tier, s.tier_since, s.demote_on, s.rfm, s.churn, s.recall) == ("", None, None, None, None, None)
    assert (s.points, s.ledger, s.ledger_count, s.history) == (0, [], 0, [])
    assert [c.passed for c in s.why] == [False, False, False]
    assert not db.in_transaction


def test_ledger_shows_the_latest_entries_only(db: Database):
    m = add_member(db, "张伟")
    for n in range(LEDGER_LIMIT + 5):
        lc.earn(db, m, n + 1, f"奖励 {n + 1}")
    s = lifecycle_summary(db, m, MARCH_1)
    assert s.ledger_count == LEDGER_LIMIT + 5 and len(s.ledger) == LEDGER_LIMIT
    assert [e.delta for e in s.ledger] == list(range(LEDGER_LIMIT + 5, 5, -1))
    assert s.points == sum(range(1, LEDGER_LIMIT + 6))


def test_missing_or_deleted_member_and_nested_use(db: Database):
    with pytest.raises(UserError, match="does not exist"):
        lifecycle_summary(db, 999, MARCH_1)
    m = add_member(db, "离开的人")
    db.conn.execute("UPDATE members SET deleted_at = '2024-03-01T00:00:00Z' WHERE id = ?", (m,))
    with pytest.raises(UserError, match="does not exist"):
        lifecycle_summary(db, m, MARCH_1)
    keep = add_member(db, "在的人")
    with db.transaction():                                # inside a caller's transaction it just reads
        assert lifecycle_summary(db, keep, MARCH_1).name == "在的人"

"""One member's lifecycle at a glance: tier and why, tier history, RFM, points, credit, churn.

Read-only: every figure comes from one read transaction (a consistent snapshot), so a teammate's
recompute landing half-way cannot mix old and new values. The writes the panel offers (manual tier,
redeem, correction, recall) live in app.models.lifecycle and app.services.lifecycle.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.models import lifecycle as lm
from app.models.database import Database
from app.models.errors import UserError
from app.services import lifecycle as lc

LEDGER_LIMIT = 50


@dataclass(frozen=True)
class TierCheck:
    """One rule of one tier: the rule text (starts with the tier name), the member's value, the threshold."""
    rule: str
    value: int
    threshold: int
    passed: bool


@dataclass(frozen=True)
class TierChange:
    from_tier: str
    to_tier: str
    reason: str
    at: str
    by: str


@dataclass(frozen=True)
class Rfm:
    recency_days: int | None          # days from the last active day to as_of (None: not recomputed since)
    frequency: int
    monetary_fen: int
    r: int
    f: int
    m: int
    segment: str
    computed_at: str

    @property
    def monetary_yuan(self) -> str:
        """Money in yuan as exact text, e.g. '99.00' (never a float)."""
        sign = "-" if self.monetary_fen < 0 else ""
        fen = abs(self.monetary_fen)
        return f"{sign}{fen // 100}.{fen % 100:02d}"


@dataclass(frozen=True)
class LedgerEntry:
    at: str
    delta: int
    reason: str
    kind: str
    by: str


@dataclass(frozen=True)
class ChurnFlag:
    """The member's open churn flag (cleared_at is NULL)."""
    flagged_at: str
    reason: str
    recall_action: str | None
    recall_at: str | None
    recall_by: str | None


@dataclass(frozen=True)
class RecallOutcome:
    """The latest recall logged for the member, open or settled.

    returned: 1/0 once a recompute settled it, None while waiting; acted_since: any activity after
    the recall right now (app.services.lifecycle.returned_since_recall).
    """
    action: str
    at: str
    by: str | None
    returned: bool | None
    returned_at: str | None
    acted_since: bool


@dataclass
class MemberLifecycle:
    member_id: int
    name: str
    as_of: str
    tier: str
    tier_since: str | None = None
    demote_on: str | None = None
    override_tier: str | None = None
    override_reason: str | None = None
    override_by: str | None = None
    override_at: str | None = None
    ladder: list[str] = field(default_factory=list)
    why: list[TierCheck] = field(default_factory=list)
    history: list[TierChange] = field(default_factory=list)
    rfm: Rfm | None = None
    rfm_window_days: int = 90
    points: int = 0
    ledger: list[LedgerEntry] = field(default_factory=list)
    ledger_count: int = 0
    rewards: list[tuple[str, int]] = field(default_factory=list)
    credit_score: int = 0
    credit_level: str = ""
    credit_scored: bool = False            # False: no scored events yet, the score is the start value
    churn: ChurnFlag | None = None
    recall: RecallOutcome | None = None


def lifecycle_summary(db: Database, member_id: int, as_of: date | None = None) -> MemberLifecycle:
    """Everything the lifecycle panel shows for one member, read in one snapshot."""
    as_of = as_of or lc.today_utc()
    with db.read_transaction() as conn:
        row = conn.execute("SELECT coalesce(nullif(display_name, ''), nickname), tier FROM members "
                           "WHERE id = ? AND deleted_at IS NULL", (member_id,)).fetchone()
        if row is None:
            raise UserError("member #%1 does not exist", member_id)
        cfg = lm.get_config(db)
        out = MemberLifecycle(member_id=member_id, name=row[0], as_of=as_of.isoformat(), tier=row[1] or "",
                              rfm_window_days=cfg["rfm_window_days"])

        state = conn.execute("SELECT since, demote_on, override_tier, override_reason, override_by, override_at "
                             "FROM member_tier_state WHERE member_id = ?", (member_id,)).fetchone()
        if state is not None:
            (out.tier_since, out.demote_on, out.override_tier, out.override_reason,
             out.override_by, out.override_at) = tuple(state)
        out.ladder = [t.name for t in lm.get_ladder(db)]
        out.why = [TierCheck(*check) for check in lc.explain_tier(db, member_id, as_of)]
        out.history = [TierChange(*r) for r in conn.execute(
            "SELECT from_tier, to_tier, reason, at, by FROM tier_changes WHERE member_id = ? "
            "ORDER BY at DESC, id DESC", (member_id,))]

        rfm = conn.execute("SELECT last_active, frequency, monetary_fen, r, f, m, segment, computed_at "
                           "FROM rfm_scores WHERE member_id = ?", (member_id,)).fetchone()
        if rfm is not None:
            recency = (as_of - date.fromisoformat(rfm[0])).days if rfm[0] else None
            out.rfm = Rfm(recency, *rfm[1:])

        out.points, out.ledger_count = conn.execute(
            "SELECT coalesce(sum(delta), 0), count(*) FROM points_ledger WHERE member_id = ?",
            (member_id,)).fetchone()
        out.ledger = [LedgerEntry(*r) for r in conn.execute(
            "SELECT at, delta, reason, kind, by FROM points_ledger WHERE member_id = ? ORDER BY id DESC LIMIT ?",
            (member_id, LEDGER_LIMIT))]
        out.rewards = lm.rewards(db)

        scored = lc.credit_scores(db, as_of, member_id=member_id).get(member_id)
        if scored is not None:
            out.credit_score, out.credit_level = scored
            out.credit_scored = True
        else:
            start = max(0, min(cfg["credit"]["max"], cfg["credit"]["start"]))
            out.credit_score, out.credit_level = start, lc.credit_level(db, start)

        flag = conn.execute("SELECT flagged_at, reason, recall_action, recall_at, recall_by FROM churn_flags "
                            "WHERE member_id = ? AND cleared_at IS NULL ORDER BY id DESC LIMIT 1",
                            (member_id,)).fetchone()
        out.churn = ChurnFlag(*flag) if flag is not None else None
        recall = conn.execute("SELECT recall_action, recall_at, recall_by, returned, returned_at FROM churn_flags "
                              "WHERE member_id = ? AND recall_at IS NOT NULL ORDER BY id DESC LIMIT 1",
                              (member_id,)).fetchone()
        if recall is not None:
            acted = bool(lc.returned_since_recall(db, member_id))
            out.recall = RecallOutcome(recall[0] or "", recall[1], recall[2],
                                       None if recall[3] is None else bool(recall[3]), recall[4], acted)
    return out

"""The at-risk list: members with an open churn flag, and how their recalls went.

Flags are raised and settled by the lifecycle recompute (see app.services.lifecycle: churn);
log_recall there records the action taken. A recall is settled by the next recompute: returned
(the flag closes) or did not return (no activity within churn.days of the recall; the flag stays
open). Until then it is pending; `active_since_recall` already says whether the member has acted
since the recall, before a recompute settles it.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.models import lifecycle as lm
from app.models.database import Database
from app.services.lifecycle import return_rate
from app.services.lifecycle_facts import plain

NO_RECALL, PENDING, CAME_BACK, NOT_RETURNED = "no recall", "pending", "came back", "not returned"


@dataclass
class AtRiskRow:
    flag_id: int
    member_id: int
    name: str
    tier: str
    flagged_at: str
    reason: str
    last_activity: str | None
    recall_action: str | None
    recall_at: str | None
    recall_by: str | None
    returned: int | None            # as settled by a recompute: None (not yet), 0 (did not return)
    active_since_recall: bool | None  # None without a recall

    @property
    def state(self) -> str:
        if self.recall_at is None:
            return NO_RECALL
        if self.returned == 0:
            return NOT_RETURNED
        return CAME_BACK if self.active_since_recall else PENDING


def at_risk_list(db: Database, limit: int | None = None) -> list[AtRiskRow]:
    """Open churn flags with the member, oldest flag first (at most *limit* rows)."""
    kinds = lm.ACTIVITY_KINDS
    marks = ",".join("?" * len(kinds))
    sql = ("SELECT f.id, f.member_id, coalesce(nullif(m.display_name, ''), m.nickname), m.tier, f.flagged_at, "
           "f.reason, (SELECT max(ts) FROM events e WHERE e.member_id = f.member_id), "
           "f.recall_action, f.recall_at, f.recall_by, f.returned, "
           "CASE WHEN f.recall_at IS NULL THEN NULL ELSE EXISTS (SELECT 1 FROM events e WHERE "
           f"e.member_id = f.member_id AND e.ts > f.recall_at AND e.kind IN ({marks})) END "
           "FROM churn_flags f JOIN members m ON m.id = f.member_id AND m.deleted_at IS NULL "
           "WHERE f.cleared_at IS NULL ORDER BY f.flagged_at, f.id")
    params: list = [*kinds]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [AtRiskRow(*r[:11], None if r[11] is None else bool(r[11])) for r in plain(db, sql, params)]


def at_risk_count(db: Database) -> int:
    return db.conn.execute(
        "SELECT count(*) FROM churn_flags f JOIN members m ON m.id = f.member_id AND m.deleted_at IS NULL "
        "WHERE f.cleared_at IS NULL").fetchone()[0]


@dataclass
class RecallSummary:
    at_risk: int          # open flags now
    logged: int           # recalls ever logged
    returned: int
    not_returned: int
    pending: int          # logged, not yet settled by a recompute
    rate: float | None    # returned / (returned + not returned); None before any outcome


def recall_summary(db: Database) -> RecallSummary:
    with db.read_transaction():
        logged, returned, not_returned, pending = db.conn.execute(
            "SELECT count(*), coalesce(sum(returned = 1), 0), coalesce(sum(returned = 0), 0), "
            "coalesce(sum(returned IS NULL), 0) FROM churn_flags WHERE recall_at IS NOT NULL").fetchone()
        return RecallSummary(at_risk_count(db), logged, returned, not_returned, pending, return_rate(db))

"""Moderation figures for a range: cases opened and decided, time to decision, SLA breaches,
cases by category and repeat offenders.

A case breached its SLA when its first decision came after its deadline, or when it is still
undecided past the deadline; cases still inside their deadline are not counted either way.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from app.models import moderation as mod
from app.models.content import parse_utc
from app.models.database import Database

OFFENDERS_SHOWN = 50      # repeat offenders listed in the moderation figures
# Decided against the member: an action other than "no action" that stands ('+': a range of decisions is
# read from the decided_at index, not from every decided case by status).
AGAINST_MEMBER = "+c.status IN ('resolved', 'upheld', 'overturned', 'appealed') AND coalesce(c.action, 'none') != 'none'"


@dataclass
class Offender:
    member_id: int
    name: str
    cases: int
    credit_moved: int


@dataclass
class ModerationFigures:
    cases_opened: int = 0
    cases_decided: int = 0
    median_hours_to_decision: float | None = None
    sla_breach_rate: float | None = None
    median_hours_by_level: dict[str, float | None] = field(default_factory=dict)
    breach_rate_by_level: dict[str, float | None] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    opened_by_level: dict[str, int] = field(default_factory=dict)
    decided_by_level: dict[str, int] = field(default_factory=dict)
    open_now: int = 0
    overdue_now: int = 0
    repeat_offenders: list[Offender] = field(default_factory=list)

    def stats_json(self) -> dict:
        """The keys `stats --json` carries."""
        return {"cases_opened": self.cases_opened, "cases_decided": self.cases_decided,
                "median_hours_to_decision": self.median_hours_to_decision,
                "sla_breach_rate": self.sla_breach_rate}


def hours_between(start: str, end: str) -> float:
    return (parse_utc(end) - parse_utc(start)).total_seconds() / 3600


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 2) if values else None


def sla_state(due_at: str, decided_at: str | None, now: str) -> bool | None:
    """Whether a case breached its SLA: decided after its deadline, or still undecided past it;
    None while it is undecided and inside its deadline (not counted either way)."""
    if decided_at is not None:
        return decided_at > due_at
    return True if now > due_at else None


def repeat_offenders(db: Database, low: str, high: str, min_repeat: int = 2,
                     limit: int | None = None) -> list[Offender]:
    """Members with at least *min_repeat* cases decided against them in [low, high), most first."""
    sql = ("SELECT c.member_id, coalesce(nullif(m.display_name, ''), m.nickname, ''), count(*), sum(c.credit_delta) "
           f"FROM moderation_cases c LEFT JOIN members m ON m.id = c.member_id WHERE {AGAINST_MEMBER} "
           "AND c.decided_at >= ? AND c.decided_at < ? GROUP BY c.member_id HAVING count(*) >= ? "
           "ORDER BY count(*) DESC, sum(c.credit_delta), c.member_id")
    params: list = [low, high, min_repeat]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [Offender(*row) for row in db.conn.execute(sql, params)]


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def moderation_figures(db: Database, low: str, high: str, now: str | None = None,
                       min_repeat: int = 2, sub_community_id: int | None = None) -> ModerationFigures:
    """Figures for low <= time < high (UTC text): cases opened in the range, decisions made in it;
    *sub_community_id*: only cases about that sub-community's members (the range figures)."""
    now = now or db.clock()
    out = ModerationFigures()
    scope, scope_params = "", ()
    if sub_community_id is not None:
        scope = (" AND EXISTS (SELECT 1 FROM member_sub_communities s WHERE s.member_id = moderation_cases.member_id "
                 "AND s.sub_community_id = ?)")
        scope_params = (sub_community_id,)
    with db.read_transaction() as conn:
        opened = conn.execute(
            "SELECT level, category, due_at, decided_at FROM moderation_cases WHERE opened_at >= ? AND opened_at < ?"
            + scope, (low, high, *scope_params)).fetchall()
        decided = conn.execute(
            "SELECT level, opened_at, decided_at FROM moderation_cases WHERE decided_at >= ? AND decided_at < ?"
            + scope, (low, high, *scope_params)).fetchall()
        out.open_now, out.overdue_now = conn.execute(
            "SELECT count(*), coalesce(sum(due_at < ?), 0) FROM moderation_cases "
            "WHERE status IN ('new', 'in_review', 'appealed')", (now,)).fetchone()
        out.repeat_offenders = repeat_offenders(db, low, high, min_repeat, limit=OFFENDERS_SHOWN)
    out.cases_opened, out.cases_decided = len(opened), len(decided)
    hours = {level: [] for level in mod.LEVELS}
    for level, opened_at, decided_at in decided:
        hours[level].append(hours_between(opened_at, decided_at))
    out.median_hours_to_decision = median([h for values in hours.values() for h in values])
    out.median_hours_by_level = {level: median(values) for level, values in hours.items()}
    out.decided_by_level = {level: len(values) for level, values in hours.items()}
    out.opened_by_level = {level: sum(row[0] == level for row in opened) for level in mod.LEVELS}
    breaches = {level: [0, 0] for level in mod.LEVELS}
    for level, category, due, decided_at in opened:
        out.by_category[category] = out.by_category.get(category, 0) + 1
        breached = sla_state(due, decided_at, now)
        if breached is not None:
            breaches[level][0] += breached
            breaches[level][1] += 1
    out.sla_breach_rate = _rate(sum(b[0] for b in breaches.values()), sum(b[1] for b in breaches.values()))
    out.breach_rate_by_level = {level: _rate(*breaches[level]) for level in mod.LEVELS}
    out.by_category = dict(sorted(out.by_category.items(), key=lambda kv: (-kv[1], kv[0])))
    return out

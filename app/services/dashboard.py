"""What the Dashboard tab shows for a period and a scope: the figures (this period and the previous
one of the same length) and the series behind each chart. Computed off the GUI thread; no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo

import numpy as np

from app.models import content as content_model
from app.models.content import parse_utc
from app.models.database import Database
from app.models.errors import UserError
from app.services import activity_index as ai
from app.services.content_rules import MixRow, mix_for
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.services.metrics import utc_bounds
from app.services.moderation_stats import moderation_figures

# The keys `stats --json` prints (besides "from", "to" and "tz"), in the order the dashboard shows them.
FIGURE_KEYS = ("members", "new_members", "messages", "active_members", "dau_avg", "mau", "stickiness",
               "speaking_rate", "retention_30d", "interaction_rate", "participation_rate",
               "cases_opened", "cases_decided", "median_hours_to_decision", "sla_breach_rate")
# Figures that are shares (0..1), shown as percentages.
RATE_KEYS = ("stickiness", "speaking_rate", "retention_30d", "interaction_rate", "participation_rate",
             "sla_breach_rate")


@dataclass(frozen=True)
class Scope:
    """Local calendar days [start, end] in *tz*, optionally one sub-community's members only."""
    start: date
    end: date
    tz: tzinfo
    sub_community_id: int | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Scope":
        """The period of the same length that ends the day before this one starts."""
        end = self.start - timedelta(days=1)
        return Scope(end - timedelta(days=self.days - 1), end, self.tz, self.sub_community_id)


@dataclass
class DayPoint:
    day: date
    dau: int            # members with >= 1 message that local day
    mau: int            # members with >= 1 message in the 30 days ending that day

    @property
    def stickiness(self) -> float:
        return self.dau / self.mau if self.mau else 0.0


@dataclass
class WeekFlow:
    week: date          # Monday of the ISO week
    joined: int
    left: int


@dataclass
class Cohort:
    week: date                   # Monday of the join week
    size: int                    # members who joined that week
    retained: list[float]        # [w]: share with >= 1 message in week w after the join week (w = 0, 1, ...);
                                 # only weeks that ended by the end of the period


@dataclass
class TierMonth:
    month: str                   # 'YYYY-MM'
    up: int                      # promotions that month
    down: int                    # demotions that month


@dataclass
class ActivityRate:
    activity_id: int
    name: str
    starts: date                 # local day
    registered: int
    attended: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.registered if self.registered else None


@dataclass
class LevelCases:
    level: str                   # red / yellow / blue
    opened: int
    decided: int
    breach_rate: float | None    # of the cases opened in the period whose SLA is settled


@dataclass
class Dashboard:
    scope: Scope
    figures: dict                # FIGURE_KEYS -> value for the period
    previous: dict               # the same for scope.previous()
    days: list[DayPoint] = field(default_factory=list)
    weeks: list[WeekFlow] = field(default_factory=list)
    cohorts: list[Cohort] = field(default_factory=list)
    tiers: list[tuple[str, int]] = field(default_factory=list)        # ladder order (lowest first), '' = no tier
    tier_moves: list[TierMonth] = field(default_factory=list)
    segments: list[tuple[str, int]] = field(default_factory=list)     # RFM segment -> members, largest first
    pillars: list[tuple[str, MixRow]] = field(default_factory=list)   # (pillar name, row); name '' = no pillar
    activities: list[ActivityRate] = field(default_factory=list)      # in start order
    moderation: list[LevelCases] = field(default_factory=list)        # red, yellow, blue


# -- computing ------------------------------------------------------------------------------------

MAU_DAYS = 30
RETENTION_DAYS = 30
MAX_DAYS = 731
MIN_COHORT_WEEKS = 8      # the heat map shows at least the last 8 join weeks
MIN_TIER_MONTHS = 6       # and tier movement over at least the last 6 months


def _check(scope: Scope, longest: int | None = MAX_DAYS) -> None:
    if scope.start > scope.end:
        raise UserError(f"the period starts ({scope.start}) after it ends ({scope.end})")
    if longest is not None and scope.days > longest:
        raise UserError(f"a period can be at most {MAX_DAYS} days long ({scope.days} asked)")


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class _Query:
    """SQL and index reads for one scope."""

    def __init__(self, db: Database, scope: Scope, index: ai.ActivityIndex):
        self.db, self.scope, self.index = db, scope, index
        self.group = scope.sub_community_id
        self.mask = None
        if self.group is not None:
            ids = np.array([r[0] for r in db.conn.execute(
                "SELECT member_id FROM member_sub_communities WHERE sub_community_id = ?", (self.group,))],
                dtype=np.int64)
            self.mask = np.zeros(int(ids.max()) + 1 if len(ids) else 1, dtype=bool)
            self.mask[ids] = True

    def members_sql(self, column: str = "m.id") -> tuple[str, tuple]:
        """' AND <column> is one of the scope's members' (empty for everyone), and its parameters."""
        if self.group is None:
            return "", ()
        return (f" AND {column} IN (SELECT member_id FROM member_sub_communities WHERE sub_community_id = ?)",
                (self.group,))

    def pairs(self, first: date, last: date):
        return self.index.pairs(ai.day_number(first), ai.day_number(last), self.mask)


def _distinct(member: np.ndarray) -> int:
    return int(len(np.unique(member))) if len(member) else 0


def _figures(q: _Query, scope: Scope) -> dict:
    db, (scoped, params) = q.db, q.members_sql()
    low, high = utc_bounds(scope.start, scope.end, scope.tz)
    start, end = scope.start.isoformat(), scope.end.isoformat()
    members = db.conn.execute(
        "SELECT count(*) FROM members m WHERE m.deleted_at IS NULL AND (m.join_date IS NULL OR m.join_date <= ?) "
        "AND (m.status != 'left' OR m.left_at >= ?)" + scoped, (end, high, *params)).fetchone()[0]
    new_members = db.conn.execute(
        "SELECT count(*) FROM members m WHERE m.deleted_at IS NULL AND m.join_date >= ? AND m.join_date <= ?"
        + scoped, (start, end, *params)).fetchone()[0]
    member, _day, counts = q.pairs(scope.start, scope.end)
    active = _distinct(member)
    mau = _distinct(q.pairs(scope.end - timedelta(days=MAU_DAYS - 1), scope.end)[0])
    dau_avg = len(member) / scope.days
    figures = {
        "members": members, "new_members": new_members, "messages": int(counts.sum()),
        "active_members": active, "dau_avg": round(dau_avg, 2), "mau": mau,
        "stickiness": round(dau_avg / mau, 4) if mau else 0.0,
        "speaking_rate": round(active / members, 4) if members else 0.0,
        "retention_30d": _retention(q, scope),
        "interaction_rate": _interaction_rate(db, low, high),
        "participation_rate": _participation_rate(q, low, high),
    }
    figures.update(moderation_figures(db, low, high, sub_community_id=q.group).stats_json())
    return figures


def _retention(q: _Query, scope: Scope) -> float | None:
    """Of the members who joined in [start, end - 30 days], the share with a message on or after
    join day + 30 (by the end of the period)."""
    last_join = scope.end - timedelta(days=RETENTION_DAYS)
    if last_join < scope.start:
        return None
    scoped, params = q.members_sql()
    rows = q.db.conn.execute(
        "SELECT m.id, m.join_date FROM members m WHERE m.deleted_at IS NULL AND m.join_date >= ? "
        "AND m.join_date <= ?" + scoped, (scope.start.isoformat(), last_join.isoformat(), *params)).fetchall()
    if not rows:
        return None
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    due = np.full(int(ids.max()) + 1, np.iinfo(np.int64).max, dtype=np.int64)
    due[ids] = [ai.day_number(date.fromisoformat(r[1][:10])) + RETENTION_DAYS for r in rows]
    member, day, _ = q.pairs(scope.start + timedelta(days=RETENTION_DAYS), scope.end)
    known = member < len(due)
    back = member[known][day[known] >= due[member[known]]]
    return round(_distinct(back) / len(rows), 4)


def _interaction_rate(db: Database, low: str, high: str) -> float | None:
    """(comments + likes + shares) / reads over the items published in the range that have results."""
    reads, interactions = db.conn.execute(
        "SELECT sum(reads), sum(coalesce(comments, 0) + coalesce(likes, 0) + coalesce(shares, 0)) "
        "FROM content_items WHERE deleted_at IS NULL AND reads > 0 "
        "AND coalesce(comments, likes, shares) IS NOT NULL "
        "AND coalesce(published_at, planned_at) >= ? AND coalesce(published_at, planned_at) < ?",
        (low, high)).fetchone()
    return round(interactions / reads, 4) if reads else None


def _activity_counts(q: _Query, low: str, high: str):
    where, params = "a.deleted_at IS NULL AND a.starts_at >= ? AND a.starts_at < ?", [low, high]
    if q.group is not None:
        where += " AND a.sub_community_id = ?"
        params.append(q.group)
    return q.db.conn.execute(
        "SELECT a.id, a.name, a.starts_at, count(r.activity_id) - coalesce(sum(r.status = 'cancelled'), 0), "
        "coalesce(sum(r.status = 'attended'), 0) FROM activities a "
        f"LEFT JOIN activity_registrations r ON r.activity_id = a.id WHERE {where} "
        "GROUP BY a.id ORDER BY a.starts_at, a.id", params).fetchall()


def _participation_rate(q: _Query, low: str, high: str) -> float | None:
    """Attended / registered over the activities that started in the range."""
    rows = _activity_counts(q, low, high)
    registered = sum(r[3] for r in rows)
    return round(sum(r[4] for r in rows) / registered, 4) if registered else None


def _load_first(scope: Scope) -> date:
    """The first day the figures and charts of *scope* read."""
    prev = scope.previous()
    cohort_first = min(_monday(scope.start), _monday(scope.end) - timedelta(weeks=MIN_COHORT_WEEKS - 1))
    return min(prev.start, prev.end - timedelta(days=MAU_DAYS - 1), scope.start - timedelta(days=MAU_DAYS - 1),
               cohort_first)


def period_figures(db: Database, scope: Scope, progress: Progress = no_progress,
                   cancelled: CancelCheck = never_cancelled) -> dict:
    """FIGURE_KEYS -> value for the period (what `stats --json` prints); any length."""
    _check(scope, longest=None)
    index = ai.index_for(db, scope.tz)
    first = min(scope.start, scope.end - timedelta(days=MAU_DAYS - 1))
    index.ensure(db, ai.day_number(first), ai.day_number(scope.end), progress, cancelled)
    return _figures(_Query(db, scope, index), scope)


def build_dashboard(db: Database, scope: Scope, progress: Progress = no_progress,
                    cancelled: CancelCheck = never_cancelled, preload_days: int = 0) -> Dashboard:
    """Everything the Dashboard tab shows; *preload_days*: also read this many days before the end,
    so later period switches find them in memory."""
    _check(scope)
    index = ai.index_for(db, scope.tz)
    first = min(_load_first(scope), scope.end - timedelta(days=preload_days))
    index.ensure(db, ai.day_number(first), ai.day_number(scope.end), progress, cancelled)
    check_cancel(cancelled)
    with db.read_transaction():
        q = _Query(db, scope, index)
        out = Dashboard(scope, _figures(q, scope), _figures(q, scope.previous()))
        check_cancel(cancelled)
        out.days = _days(q, scope)
        out.weeks = _weeks(q, scope)
        out.cohorts = _cohorts(q, scope)
        check_cancel(cancelled)
        out.tiers, out.tier_moves = _tiers(q), _tier_moves(q, scope)
        out.segments = _segments(q)
        out.pillars = _pillars(db, scope)
        low, high = utc_bounds(scope.start, scope.end, scope.tz)
        out.activities = [ActivityRate(r[0], r[1], _local_day(r[2], scope.tz), r[3], r[4])
                          for r in _activity_counts(q, low, high)]
        mod = moderation_figures(db, low, high, sub_community_id=q.group)
        out.moderation = [LevelCases(level, mod.opened_by_level.get(level, 0), mod.decided_by_level.get(level, 0),
                                     mod.breach_rate_by_level.get(level)) for level in ("red", "yellow", "blue")]
    return out


def _local_day(utc_text: str, tz: tzinfo) -> date:
    return parse_utc(utc_text).astimezone(tz).date()


def _days(q: _Query, scope: Scope) -> list[DayPoint]:
    """DAU and the rolling 30-day MAU for each day of the period. Each (member, day) pair covers the
    days [day, min(day + 30, the member's next active day)); MAU(d) counts the pairs covering d."""
    first = scope.start - timedelta(days=MAU_DAYS - 1)
    member, day, _ = q.pairs(first, scope.end)
    base, n = ai.day_number(first), (scope.end - first).days + 1
    following = np.full(len(day), np.iinfo(np.int64).max, dtype=np.int64)
    same = member[1:] == member[:-1]
    following[:-1][same] = day[1:][same]
    stop = np.minimum(day + MAU_DAYS, following)
    cover = np.zeros(n + MAU_DAYS + 1, dtype=np.int64)
    np.add.at(cover, day - base, 1)
    np.add.at(cover, stop - base, -1)
    mau = np.cumsum(cover)[:n]
    dau = np.bincount(day - base, minlength=n)[:n]
    skip = MAU_DAYS - 1
    return [DayPoint(scope.start + timedelta(days=i), int(dau[skip + i]), int(mau[skip + i]))
            for i in range(scope.days)]


def _weeks(q: _Query, scope: Scope) -> list[WeekFlow]:
    first = _monday(scope.start)
    weeks = (scope.end - first).days // 7 + 1
    scoped, params = q.members_sql()
    joined = [0] * weeks
    for (join_date,) in q.db.conn.execute(
            "SELECT m.join_date FROM members m WHERE m.deleted_at IS NULL AND m.join_date >= ? AND m.join_date <= ?"
            + scoped, (first.isoformat(), scope.end.isoformat(), *params)):
        joined[(date.fromisoformat(join_date[:10]) - first).days // 7] += 1
    left = [0] * weeks
    low, high = utc_bounds(first, scope.end, scope.tz)
    for (left_at,) in q.db.conn.execute(
            "SELECT m.left_at FROM members m WHERE m.deleted_at IS NULL AND m.status = 'left' AND m.left_at >= ? "
            "AND m.left_at < ?" + scoped, (low, high, *params)):
        left[(_local_day(left_at, scope.tz) - first).days // 7] += 1
    return [WeekFlow(first + timedelta(weeks=w), joined[w], left[w]) for w in range(weeks)]


def _cohorts(q: _Query, scope: Scope) -> list[Cohort]:
    """Join weeks (at least the last 8, Monday first) × weeks since the join week: the share of the
    week's joiners with a message in that week. Only weeks that ended by the end of the period."""
    first = min(_monday(scope.start), _monday(scope.end) - timedelta(weeks=MIN_COHORT_WEEKS - 1))
    scoped, params = q.members_sql()
    rows = q.db.conn.execute(
        "SELECT m.id, m.join_date FROM members m WHERE m.deleted_at IS NULL AND m.join_date >= ? "
        "AND m.join_date <= ?" + scoped, (first.isoformat(), scope.end.isoformat(), *params)).fetchall()
    weeks = (scope.end - first).days // 7 + 1
    sizes = np.zeros(weeks, dtype=np.int64)
    grid = np.zeros((weeks, weeks), dtype=np.int64)
    if rows:
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        cohort = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
        cohort[ids] = [(date.fromisoformat(r[1][:10]) - first).days // 7 for r in rows]
        sizes = np.bincount(cohort[ids], minlength=weeks)
        member, day, _ = q.pairs(first, scope.end)
        known = member < len(cohort)
        member, day = member[known], day[known]
        week_of = cohort[member]
        keep = week_of >= 0
        member, since = member[keep], (day[keep] - ai.day_number(first)) // 7 - week_of[keep]
        keep = since >= 0
        member, since = member[keep], since[keep]
        once = np.unique(member * weeks + since)
        grid_index = cohort[once // weeks] * weeks + once % weeks
        grid = np.bincount(grid_index, minlength=weeks * weeks).reshape(weeks, weeks)
    ended = (scope.end - first).days + 1          # days of the span that are over
    out = []
    for w in range(weeks):
        complete = (ended - 7 * w) // 7            # weeks since join that ended by the period's end
        if sizes[w] == 0:
            continue
        out.append(Cohort(first + timedelta(weeks=w), int(sizes[w]),
                          [round(int(grid[w, k]) / int(sizes[w]), 4) for k in range(max(complete, 0))]))
    return out


def _tiers(q: _Query) -> list[tuple[str, int]]:
    scoped, params = q.members_sql()
    counts = dict(q.db.conn.execute(
        "SELECT m.tier, count(*) FROM members m WHERE m.deleted_at IS NULL AND m.status != 'left'"
        + scoped + " GROUP BY m.tier", params).fetchall())
    ladder = [r[0] for r in q.db.conn.execute("SELECT name FROM tiers ORDER BY position")]
    order = [""] + ladder + sorted(t for t in counts if t not in ladder and t)
    return [(tier, counts.get(tier, 0)) for tier in order if tier in counts or tier in ladder]


def _tier_moves(q: _Query, scope: Scope) -> list[TierMonth]:
    """Promotions and demotions per local month (at least the last 6); a first placement is not a move."""
    months = []
    month = date(scope.end.year, scope.end.month, 1)
    while len(months) < MIN_TIER_MONTHS or month >= date(scope.start.year, scope.start.month, 1):
        months.insert(0, month)
        month = (month - timedelta(days=1)).replace(day=1)
    bounds = [utc_bounds(m, m, scope.tz)[0] for m in months] + [utc_bounds(scope.end, scope.end, scope.tz)[1]]
    bucket = "CASE " + " ".join("WHEN c.at < ? THEN ?" for _ in months) + " END"
    bucket_params = [v for i in range(len(months)) for v in (bounds[i + 1], i)]
    scoped, params = q.members_sql("c.member_id")
    rows = q.db.conn.execute(
        f"SELECT {bucket} AS month, sum(coalesce(t.position, -1) > coalesce(f.position, -1)), "
        "sum(coalesce(t.position, -1) < coalesce(f.position, -1)) FROM tier_changes c "
        "LEFT JOIN tiers f ON f.name = c.from_tier LEFT JOIN tiers t ON t.name = c.to_tier "
        "WHERE c.at >= ? AND c.at < ? AND c.from_tier != ''" + scoped + " GROUP BY month",
        (*bucket_params, bounds[0], bounds[-1], *params)).fetchall()
    moved = {r[0]: (r[1] or 0, r[2] or 0) for r in rows}
    return [TierMonth(m.strftime("%Y-%m"), *moved.get(i, (0, 0))) for i, m in enumerate(months)]


def _segments(q: _Query) -> list[tuple[str, int]]:
    scoped, params = q.members_sql()
    return [(r[0], r[1]) for r in q.db.conn.execute(
        "SELECT r.segment, count(*) FROM rfm_scores r JOIN members m ON m.id = r.member_id "
        "WHERE m.deleted_at IS NULL AND m.status != 'left'" + scoped + " GROUP BY r.segment "
        "ORDER BY count(*) DESC, r.segment", params)]


def _pillars(db: Database, scope: Scope) -> list[tuple[str, MixRow]]:
    """Content planned in the period by pillar against the target mix (content serves the whole
    community, so the sub-community filter does not apply). Built-in pillars are named by their key."""
    names = {p.id: p.name or p.key or "" for p in content_model.list_pillars(db, include_archived=True)}
    rows = mix_for(db, scope.start, scope.end, scope.tz)
    if not any(r.count for r in rows):
        return []
    return [(names.get(r.pillar_id, ""), r) for r in rows]

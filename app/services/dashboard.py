"""What the Dashboard tab shows for a period and a scope: the figures (this period and the previous
one of the same length) and the series behind each chart. Computed off the GUI thread; no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo

import numpy as np

from app.models import content as content_model
from app.models.database import Database
from app.models.errors import UserError
from app.services import activity_index as ai
from app.services.content_rules import MixRow, mix_for
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.services.metrics import local_date, utc_bounds
from app.services.moderation_stats import moderation_figures
from app.services.dashboard_scope import (FIGURE_KEYS, MAU_DAYS, MAX_DAYS, RATE_KEYS, RETENTION_DAYS,  # noqa: F401
                                          Scope)

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

MIN_COHORT_WEEKS = 8      # the heat map shows at least the last 8 join weeks
MIN_TIER_MONTHS = 6       # and tier movement over at least the last 6 months


def _check(scope: Scope, longest: int | None = MAX_DAYS) -> None:
    if scope.start > scope.end:
        raise UserError("the period starts (%1) after it ends (%2)", scope.start, scope.end)
    if longest is not None and scope.days > longest:
        raise UserError("a period can be at most %1 days long (%2 asked)", MAX_DAYS, scope.days)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class _Query:
    """SQL and index reads for one scope."""

    def __init__(self, db: Database, scope: Scope, index: ai.ActivityIndex):
        self.db, self.scope, self.index = db, scope, index
        self.group = scope.sub_community_id
        self.mask = None
        self._joiners: dict[tuple[date, date], tuple[np.ndarray, np.ndarray]] = {}
        self._memo: dict[tuple, object] = {}
        if self.group is not None:
            ids = _numbers(db.conn.execute(
                "SELECT group_concat(member_id, ' ') FROM member_sub_communities WHERE sub_community_id = ?",
                (self.group,)).fetchone()[0])
            self.mask = np.zeros(int(ids.max()) + 1 if len(ids) else 1, dtype=bool)
            self.mask[ids] = True

    def members_sql(self, column: str = "m.id") -> tuple[str, tuple]:
        """' AND <column> is one of the scope's members' (empty for everyone), and its parameters."""
        if self.group is None:
            return "", ()
        return (" AND EXISTS (SELECT 1 FROM member_sub_communities s "
                f"WHERE s.member_id = {column} AND s.sub_community_id = ?)", (self.group,))

    def moderation(self, low: str, high: str):
        """moderation_figures for the range and scope, read once per build."""
        key = ("moderation", low, high)
        if key not in self._memo:
            self._memo[key] = moderation_figures(self.db, low, high, sub_community_id=self.group)
        return self._memo[key]

    def activity_counts(self, low: str, high: str) -> list:
        """(id, name, starts_at, registered, attended) of the activities that started in the range
        (the sub-community's own when scoped), read once per build."""
        key = ("activities", low, high)
        if key not in self._memo:
            where, params = "a.deleted_at IS NULL AND a.starts_at >= ? AND a.starts_at < ?", [low, high]
            if self.group is not None:
                where += " AND a.sub_community_id = ?"
                params.append(self.group)
            self._memo[key] = self.db.conn.execute(
                "SELECT a.id, a.name, a.starts_at, count(r.activity_id) - coalesce(sum(r.status = 'cancelled'), 0), "
                "coalesce(sum(r.status = 'attended'), 0) FROM activities a "
                f"LEFT JOIN activity_registrations r ON r.activity_id = a.id WHERE {where} "
                "GROUP BY a.id ORDER BY a.starts_at, a.id", params).fetchall()
        return self._memo[key]

    def group_counts(self) -> dict[str, dict[str, int]]:
        """The sub-community's members on the roster now by tier ("m.tier") and by RFM segment
        ("r.segment"), in one pass over its member list."""
        if not hasattr(self, "_group_counts"):
            tiers: dict[str, int] = {}
            segments: dict[str, int] = {}
            for tier, segment, n in self.db.conn.execute(
                    "SELECT m.tier, r.segment, count(*) FROM member_sub_communities s "
                    "JOIN members m ON m.id = s.member_id LEFT JOIN rfm_scores r ON r.member_id = m.id "
                    "WHERE s.sub_community_id = ? AND m.deleted_at IS NULL AND m.status != 'left' "
                    "GROUP BY m.tier, r.segment", (self.group,)):
                tiers[tier] = tiers.get(tier, 0) + n
                if segment is not None:
                    segments[segment] = segments.get(segment, 0) + n
            self._group_counts = {"m.tier": tiers, "r.segment": segments}
        return self._group_counts

    def joiners(self, first: date, last: date) -> tuple[np.ndarray, np.ndarray]:
        """(member ids, join days as day numbers) of the scope's members who joined on [first, last]."""
        if (first, last) not in self._joiners:
            for (a, b), (ids, days) in self._joiners.items():
                if a <= first and last <= b:        # a wider span read before: filter it
                    keep = (days >= ai.day_number(first)) & (days <= ai.day_number(last))
                    self._joiners[first, last] = ids[keep], days[keep]
                    break
            else:
                scoped, params = self.members_sql()
                pairs = _numbers(self.db.conn.execute(
                    "SELECT group_concat(m.id || ' ' || CAST(julianday(substr(m.join_date, 1, 10)) - 2440587.5 "
                    "AS INTEGER), ' ') FROM members m WHERE m.deleted_at IS NULL AND m.join_date >= ? "
                    "AND m.join_date <= ?" + scoped, (first.isoformat(), last.isoformat(), *params)).fetchone()[0])
                pairs = pairs.reshape(-1, 2)
                self._joiners[first, last] = pairs[:, 0], pairs[:, 1]
        return self._joiners[first, last]

    def pairs(self, first: date, last: date):
        return self.index.pairs(ai.day_number(first), ai.day_number(last), self.mask)


def _numbers(text: str | None) -> np.ndarray:
    """Integers from SQLite's group_concat(..., ' ') text (no Python object per row)."""
    return np.fromstring(text, dtype=np.int64, sep=" ") if text else np.zeros(0, dtype=np.int64)


def _distinct(member: np.ndarray) -> int:
    """Distinct ids in an array sorted by id (as pairs() returns them)."""
    return int(np.count_nonzero(member[1:] != member[:-1])) + 1 if len(member) else 0


def _figures(q: _Query, scope: Scope) -> dict:
    db = q.db
    low, high = utc_bounds(scope.start, scope.end, scope.tz)
    members = _roster_count(q, scope.end.isoformat(), high)
    new_members = len(q.joiners(scope.start, scope.end)[0])
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
    figures.update(q.moderation(low, high).stats_json())
    return figures


def _roster_count(q: _Query, end: str, high: str) -> int:
    """Members who had joined by the local day *end* and had not left before *high* (UTC)."""
    had_left = "m.status = 'left' AND (m.join_date IS NULL OR m.join_date <= ?) AND (m.left_at IS NULL OR m.left_at < ?)"
    if q.group is not None:       # one pass over the group's members
        return q.db.conn.execute(
            f"SELECT coalesce(sum(m.join_date IS NULL OR m.join_date <= ?) - sum({had_left}), 0) "
            "FROM member_sub_communities s JOIN members m ON m.id = s.member_id "
            "WHERE s.sub_community_id = ? AND m.deleted_at IS NULL", (end, end, high, q.group)).fetchone()[0]
    # Everyone who had joined by the end (two index ranges), minus the few who had left by then.
    joined = sum(q.db.conn.execute(f"SELECT count(*) FROM members m WHERE m.deleted_at IS NULL AND {cond}",
                                   args).fetchone()[0]
                 for cond, args in (("m.join_date <= ?", (end,)), ("m.join_date IS NULL", ())))
    return joined - q.db.conn.execute(f"SELECT count(*) FROM members m WHERE m.deleted_at IS NULL AND {had_left}",
                                      (end, high)).fetchone()[0]


def _retention(q: _Query, scope: Scope) -> float | None:
    """Of the members who joined in [start, end - 30 days], the share with a message on or after
    join day + 30 (by the end of the period)."""
    last_join = scope.end - timedelta(days=RETENTION_DAYS)
    if last_join < scope.start:
        return None
    ids, joined = q.joiners(scope.start, last_join)
    if not len(ids):
        return None
    due = np.full(int(ids.max()) + 1, np.iinfo(np.int64).max, dtype=np.int64)
    due[ids] = joined + RETENTION_DAYS
    member, day, _ = q.pairs(scope.start + timedelta(days=RETENTION_DAYS), scope.end)
    known = member < len(due)
    back = member[known][day[known] >= due[member[known]]]
    return round(_distinct(back) / len(ids), 4)


def _interaction_rate(db: Database, low: str, high: str) -> float | None:
    """(comments + likes + shares) / reads over the items published in the range that have results."""
    reads, interactions = db.conn.execute(
        "SELECT sum(reads), sum(coalesce(comments, 0) + coalesce(likes, 0) + coalesce(shares, 0)) "
        "FROM content_items WHERE deleted_at IS NULL AND reads > 0 "
        "AND coalesce(comments, likes, shares) IS NOT NULL "
        "AND coalesce(published_at, planned_at) >= ? AND coalesce(published_at, planned_at) < ?",
        (low, high)).fetchone()
    return round(interactions / reads, 4) if reads else None


def _participation_rate(q: _Query, low: str, high: str) -> float | None:
    """Attended / registered over the activities that started in the range."""
    rows = q.activity_counts(low, high)
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
        q.joiners(min(_load_first(scope), scope.previous().start), scope.end)   # one read serves every span
        out = Dashboard(scope, _figures(q, scope), _figures(q, scope.previous()))
        check_cancel(cancelled)
        out.days = _days(q, scope)
        out.weeks = _weeks(q, scope)
        out.cohorts = _cohorts(q, scope)
        check_cancel(cancelled)
        out.tiers, out.tier_moves = _tiers(q), _tier_moves(q, scope)
        out.segments = _segments(q)
        out.pillars = pillars_of(db, scope)
        low, high = utc_bounds(scope.start, scope.end, scope.tz)
        out.activities = [ActivityRate(r[0], r[1], local_date(r[2], scope.tz), r[3], r[4])
                          for r in q.activity_counts(low, high)]
        mod = q.moderation(low, high)
        out.moderation = [LevelCases(level, mod.opened_by_level.get(level, 0), mod.decided_by_level.get(level, 0),
                                     mod.breach_rate_by_level.get(level)) for level in ("red", "yellow", "blue")]
    return out


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
    joined = np.bincount((q.joiners(first, scope.end)[1] - ai.day_number(first)) // 7, minlength=weeks)
    left = [0] * weeks
    low, high = utc_bounds(first, scope.end, scope.tz)
    for (left_at,) in q.db.conn.execute(
            "SELECT m.left_at FROM members m WHERE m.deleted_at IS NULL AND m.status = 'left' AND m.left_at >= ? "
            "AND m.left_at < ?" + scoped, (low, high, *params)):
        left[(local_date(left_at, scope.tz) - first).days // 7] += 1
    return [WeekFlow(first + timedelta(weeks=w), int(joined[w]), left[w]) for w in range(weeks)]


def _cohorts(q: _Query, scope: Scope) -> list[Cohort]:
    """Join weeks (at least the last 8, Monday first) × weeks since the join week: the share of the
    week's joiners with a message in that week. Only weeks that ended by the end of the period."""
    first = min(_monday(scope.start), _monday(scope.end) - timedelta(weeks=MIN_COHORT_WEEKS - 1))
    ids, joined = q.joiners(first, scope.end)
    weeks = (scope.end - first).days // 7 + 1
    sizes = np.zeros(weeks, dtype=np.int64)
    grid = np.zeros((weeks, weeks), dtype=np.int64)
    if len(ids):
        cohort = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
        cohort[ids] = (joined - ai.day_number(first)) // 7
        sizes = np.bincount(cohort[ids], minlength=weeks)
        member, day, _ = q.pairs(first, scope.end)
        known = member < len(cohort)
        member, day = member[known], day[known]
        week_of = cohort[member]
        keep = week_of >= 0
        member, since = member[keep], (day[keep] - ai.day_number(first)) // 7 - week_of[keep]
        keep = since >= 0
        member, since = member[keep], since[keep]
        combined = member * weeks + since            # sorted: pairs come by member, then day
        once = combined[np.concatenate(([True], combined[1:] != combined[:-1]))] if len(combined) else combined
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


def _on_roster_counts(q: _Query, column: str, table: str = "") -> dict[str, int]:
    """*column* -> members on the roster now (not deleted, not left). For everyone: the index's group
    counts minus the few who left; for a sub-community: driven from its member list."""
    db = q.db
    if q.group is not None:
        return q.group_counts()[column]
    if table:
        counts = dict(db.conn.execute(f"SELECT {column}, count(*) FROM rfm_scores r GROUP BY {column}").fetchall())
        gone = [f"SELECT {column}, count(*) FROM members m CROSS {table} WHERE m.deleted_at IS NOT NULL "
                f"GROUP BY {column}"]
    else:
        counts = dict(db.conn.execute(
            f"SELECT {column}, count(*) FROM members m WHERE m.deleted_at IS NULL GROUP BY {column}").fetchall())
        gone = []
    gone.append(f"SELECT {column}, count(*) FROM members m {'CROSS ' + table if table else ''} "
                f"WHERE m.deleted_at IS NULL AND m.status = 'left' GROUP BY {column}")
    for sql in gone:
        for key, n in db.conn.execute(sql):
            counts[key] -= n
    return {key: n for key, n in counts.items() if n}


def _tiers(q: _Query) -> list[tuple[str, int]]:
    counts = _on_roster_counts(q, "m.tier")
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
    counts = _on_roster_counts(q, "r.segment", "JOIN rfm_scores r ON r.member_id = m.id")
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def pillars_of(db: Database, scope: Scope) -> list[tuple[str, MixRow]]:
    """Content planned in the period by pillar against the target mix (content serves the whole
    community, so the sub-community filter does not apply). Built-in pillars are named by their key."""
    names = {p.id: p.name or p.key or "" for p in content_model.list_pillars(db, include_archived=True)}
    rows = mix_for(db, scope.start, scope.end, scope.tz)
    if not any(r.count for r in rows):
        return []
    return [(names.get(r.pillar_id, ""), r) for r in rows]

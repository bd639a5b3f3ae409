"""What an activity achieved, and which time slots draw people: the figures of the Activities tab.

Definitions (per activity; a registration is one row of activity_registrations):
- registered: registrations not cancelled (walk-ins included: they register at the door);
  attended: status attended; no_shows: status no_show; walk_ins: walk-in registrations not cancelled;
  cancelled: status cancelled.
- participation_rate = attended / registered (None when nobody registered).
- conversions: registrations marked converted (whatever their status); conversion_rate = conversions /
  attended (None when nobody attended).
- cost: budget_actual_fen when set, else budget_planned_fen (cost_is_actual says which);
  cost_per_attendee_fen = round(cost / attended) (None with no attendee or no budget).
- returning attendees attended this activity and attended an earlier non-deleted activity (one that
  starts strictly earlier); new = attended - returning.
- invited tiers: for each tier name in activity.invited_tiers, the members now in that tier (members.tier,
  not deleted), how many of them registered and attended; show_up_rate = attended / registered.
- goals: for registrations, attendance and conversions, the goal when one is set and the actual figure.

Time slots: past (starts_at < before_utc), non-deleted activities grouped by the local weekday
(Monday 0) and hour of their start, with their activities, registered and attended; rate = attended /
registered. The time zone is applied once per activity, never per registration.

Everything is computed with a few grouped queries whatever the number of activities.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo
from typing import NamedTuple

from app.models import activities as am
from app.models.activities import Activity, ActivityFilter
from app.models.database import Database
from app.models.errors import RowMissingError

GOALS = (("registrations", "goal_registrations", "registered"),
         ("attendance", "goal_attendance", "attended"),
         ("conversions", "goal_conversions", "conversions"))


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class TierShowUp:
    tier: str
    members: int          # members now in the tier (not deleted)
    registered: int       # of them: registered (not cancelled)
    attended: int

    @property
    def show_up_rate(self) -> float | None:
        return _ratio(self.attended, self.registered)


@dataclass(frozen=True)
class Goal:
    name: str             # registrations, attendance or conversions
    goal: int
    actual: int

    @property
    def met(self) -> bool:
        return self.actual >= self.goal


@dataclass
class ActivityResults:
    activity_id: int
    registered: int = 0
    attended: int = 0
    no_shows: int = 0
    walk_ins: int = 0
    cancelled: int = 0
    conversions: int = 0
    returning: int = 0
    cost_fen: int | None = None
    cost_is_actual: bool = False
    tiers: list[TierShowUp] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)

    @property
    def new(self) -> int:
        return self.attended - self.returning

    @property
    def participation_rate(self) -> float | None:
        return _ratio(self.attended, self.registered)

    @property
    def conversion_rate(self) -> float | None:
        return _ratio(self.conversions, self.attended)

    @property
    def cost_per_attendee_fen(self) -> int | None:
        if self.cost_fen is None or not self.attended:
            return None
        return round(self.cost_fen / self.attended)


# -- results ----------------------------------------------------------------------------------
_COUNTS = """
    SELECT r.activity_id, sum(r.status != 'cancelled'), sum(r.status = 'attended'), sum(r.status = 'no_show'),
           sum(r.walk_in AND r.status != 'cancelled'), sum(r.status = 'cancelled'), sum(r.converted)
    FROM activities a JOIN activity_registrations r ON r.activity_id = a.id
    WHERE {where} GROUP BY r.activity_id"""
# New attendees: each member's first attended start (one scan of the partial attendance index),
# joined back to the attended registrations of the activities starting then. Exact with ties: a member
# whose first two activities start at the same time is new at both (neither is strictly earlier).
_NEW = """
    SELECT a.id, count(*) FROM (
        SELECT r.member_id, min(b.starts_at) AS first_at
        FROM activity_registrations r JOIN activities b ON b.id = r.activity_id
        WHERE r.status = 'attended' AND b.deleted_at IS NULL GROUP BY r.member_id) f
    JOIN activities a ON a.starts_at = f.first_at AND a.deleted_at IS NULL
    JOIN activity_registrations r ON r.activity_id = a.id AND r.member_id = f.member_id AND r.status = 'attended'
    GROUP BY a.id"""
_RETURNING_ONE = """
    SELECT count(*) FROM activity_registrations r
    WHERE r.activity_id = ? AND r.status = 'attended' AND EXISTS (
        SELECT 1 FROM activity_registrations p JOIN activities b ON b.id = p.activity_id
        WHERE p.member_id = r.member_id AND p.status = 'attended' AND b.deleted_at IS NULL
          AND b.starts_at < ?)"""
_TIERS = """
    SELECT r.activity_id, m.tier, sum(r.status != 'cancelled'), sum(r.status = 'attended')
    FROM activities a JOIN activity_registrations r ON r.activity_id = a.id JOIN members m ON m.id = r.member_id
    WHERE {where} AND a.invited_tiers != '[]' AND m.deleted_at IS NULL AND m.tier IN ({tiers})
    GROUP BY r.activity_id, m.tier"""


def results_for_all(db: Database, flt: ActivityFilter | None = None, *,
                    newest_first: bool = True) -> list[tuple[Activity, ActivityResults]]:
    """Every non-deleted activity the filter keeps, with its results, in start order (newest first
    unless asked otherwise)."""
    activities = am.list_activities(db, flt, newest_first=newest_first)
    where, params = (flt or ActivityFilter()).where()
    return list(zip(activities, _results(db, activities, where, params, bulk=True)))


def activity_results(db: Database, activity_id: int) -> ActivityResults:
    """One activity's results (a deleted one too: its figures stay readable)."""
    activity = am.get_activity(db, activity_id)
    return _results(db, [activity], "a.id = ?", [activity_id], bulk=False)[0]


def _results(db: Database, activities: list[Activity], where: str, params: list,
             *, bulk: bool) -> list[ActivityResults]:
    if not activities:
        return []
    conn = db.conn
    counts = {row[0]: row[1:] for row in conn.execute(_COUNTS.format(where=where), params)}
    if bulk:
        new = dict(conn.execute(_NEW).fetchall())
        returning = {a.id: counts[a.id][1] - new.get(a.id, 0) for a in activities if a.id in counts}
    else:
        one = activities[0]
        returning = {one.id: conn.execute(_RETURNING_ONE, (one.id, one.starts_at)).fetchone()[0]}
    tier_names = sorted({tier for activity in activities for tier in activity.invited_tiers})
    tier_rows: dict[tuple[int, str], tuple[int, int]] = {}
    tier_members: dict[str, int] = {}
    if tier_names:
        marks = ", ".join("?" * len(tier_names))
        tier_rows = {(r[0], r[1]): (r[2], r[3]) for r in conn.execute(
            _TIERS.format(where=where, tiers=marks), [*params, *tier_names])}
        tier_members = dict(conn.execute(
            f"SELECT tier, count(*) FROM members WHERE deleted_at IS NULL AND tier IN ({marks}) GROUP BY tier",
            tier_names).fetchall())
    out = []
    for activity in activities:
        registered, attended, no_shows, walk_ins, cancelled, conversions = counts.get(activity.id, (0,) * 6)
        results = ActivityResults(activity.id, registered, attended, no_shows, walk_ins, cancelled, conversions,
                                  returning.get(activity.id, 0))
        results.cost_is_actual = activity.budget_actual_fen is not None
        results.cost_fen = activity.budget_actual_fen if results.cost_is_actual else activity.budget_planned_fen
        results.tiers = [TierShowUp(tier, tier_members.get(tier, 0), *tier_rows.get((activity.id, tier), (0, 0)))
                         for tier in dict.fromkeys(activity.invited_tiers)]
        results.goals = [Goal(name, getattr(activity, goal), getattr(results, actual))
                         for name, goal, actual in GOALS if getattr(activity, goal) is not None]
        out.append(results)
    return out


# -- time slots -------------------------------------------------------------------------------
class Slot(NamedTuple):
    activities: int
    registered: int
    attended: int

    @property
    def rate(self) -> float | None:
        return _ratio(self.attended, self.registered)


Grid = list[list[Slot]]     # grid[weekday][hour], weekday 0 = Monday, local time


def time_slots(db: Database, tz: tzinfo, before_utc: str) -> Grid:
    """Attendance of past, non-deleted activities by the local weekday and hour they started."""
    totals = [[[0, 0, 0] for _hour in range(24)] for _day in range(7)]
    rows = db.conn.execute(
        "SELECT a.starts_at, count(*), coalesce(sum(r.status != 'cancelled'), 0), "
        "coalesce(sum(r.status = 'attended'), 0) FROM activities a "
        "LEFT JOIN activity_registrations r ON r.activity_id = a.id "
        "WHERE a.deleted_at IS NULL AND a.starts_at < ? GROUP BY a.id", (before_utc,))
    local_starts: dict[str, tuple[int, int]] = {}
    for starts_at, _rows, registered, attended in rows:
        slot = local_starts.get(starts_at)
        if slot is None:
            local = _parse_utc(starts_at).astimezone(tz)
            slot = local_starts[starts_at] = (local.weekday(), local.hour)
        cell = totals[slot[0]][slot[1]]
        cell[0] += 1
        cell[1] += registered
        cell[2] += attended
    return [[Slot(*cell) for cell in day] for day in totals]


def _parse_utc(text: str) -> datetime:
    return datetime.strptime(text[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)


__all__ = ["ActivityResults", "Goal", "Grid", "RowMissingError", "Slot", "TierShowUp", "activity_results",
           "results_for_all", "time_slots"]

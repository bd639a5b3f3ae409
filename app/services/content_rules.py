"""Editorial rules over the calendar: posting cadence per channel, and the pillar mix.

Weeks are ISO weeks (Monday first) of local dates. Every dated, non-deleted item counts, whatever its
status ("planned" includes ideas that got a date). The check itself is pure (check_cadence,
pillar_mix); cadence_for and mix_for load what it needs from the file.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo
from itertools import chain, repeat
from typing import Iterable

from app.models import content
from app.models.content import Channel, ContentFilter, Pillar
from app.models.database import Database
from app.services.metrics import local_date, local_midnight_utc

WEEK = timedelta(days=7)
DAY = timedelta(days=1)


def week_start(day: date) -> date:
    """The Monday of *day*'s ISO week."""
    return day - timedelta(days=day.weekday())


# -- cadence --------------------------------------------------------------------------------
@dataclass
class WeekCount:
    channel_id: int
    week: date                      # its Monday
    count: int
    min_per_week: int | None
    max_per_week: int | None
    started: bool = True            # False: before the channel's first item ever (never "sparse")

    @property
    def state(self) -> str:
        if self.max_per_week is not None and self.count > self.max_per_week:
            return "dense"
        if self.started and self.min_per_week is not None and self.count < self.min_per_week:
            return "sparse"
        return "ok"


@dataclass
class Gap:
    channel_id: int
    first_empty: date
    last_empty: date
    allowed: int                    # the channel's max_gap_days

    @property
    def days(self) -> int:
        return (self.last_empty - self.first_empty).days + 1


@dataclass
class CadenceReport:
    weeks: list[WeekCount] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)

    def flagged(self, week: date) -> list[WeekCount]:
        """The dense or sparse channels in the week of *week*."""
        monday = week_start(week)
        return [w for w in self.weeks if w.week == monday and w.state != "ok"]

    def gaps_on(self, day: date) -> list[Gap]:
        return [g for g in self.gaps if g.first_empty <= day <= g.last_empty]


def _has_week_rule(channel: Channel) -> bool:
    return channel.min_per_week is not None or channel.max_per_week is not None


def _has_rules(channel: Channel) -> bool:
    return _has_week_rule(channel) or channel.max_gap_days is not None


def check_cadence(channels: list[Channel], dated: Iterable[tuple[int | None, date]], start: date, end: date,
                  first_dates: dict[int, date] | None = None, before: dict[int, date] | None = None,
                  after: dict[int, date] | None = None) -> CadenceReport:
    """Weekly counts and empty stretches of the channels with rules, for the local days [start, end].

    *dated*: (channel id, local date) of every item in the weeks overlapping [start, end].
    *before* / *after*: per channel, the date of its nearest item before / after those weeks.
    *first_dates*: per channel, the date of its first item ever (derived from the others if omitted).
    """
    before, after = before or {}, after or {}
    ruled = [c for c in channels if c.id is not None and _has_rules(c)]
    wanted = {c.id for c in ruled}
    days: dict[int, list[date]] = defaultdict(list)
    for channel_id, day in dated:
        if channel_id in wanted:
            days[channel_id].append(day)
    first_week, last_week = week_start(start), week_start(end)
    report = CadenceReport()
    for channel in ruled:
        mine = sorted(days[channel.id])
        known = [d for d in (before.get(channel.id), *mine[:1], after.get(channel.id)) if d is not None]
        first = (first_dates or {}).get(channel.id) or (min(known) if known else None)
        if _has_week_rule(channel):
            report.weeks.extend(_weeks(channel, mine, first_week, last_week, first))
        if channel.max_gap_days is not None:
            report.gaps.extend(_gaps(channel, mine, start, end, before.get(channel.id), after.get(channel.id)))
    return report


def _weeks(channel: Channel, days: list[date], first_week: date, last_week: date,
           first: date | None) -> Iterable[WeekCount]:
    per_week = Counter(week_start(d) for d in days)
    started_from = week_start(first) if first is not None else None
    week = first_week
    while week <= last_week:
        yield WeekCount(channel.id, week, per_week[week], channel.min_per_week, channel.max_per_week,
                        started=started_from is not None and week >= started_from)
        week += WEEK


def _gaps(channel: Channel, days: list[date], start: date, end: date, before: date | None,
          after: date | None) -> Iterable[Gap]:
    allowed = channel.max_gap_days
    known = sorted(set(d for d in (before, *days, after) if d is not None))
    stretches = [(a + DAY, b - DAY) for a, b in zip(known, known[1:])]
    if known and known[-1] < end:           # the coming days are empty: show it
        stretches.append((known[-1] + DAY, end))
    for first_empty, last_empty in stretches:
        gap = Gap(channel.id, first_empty, last_empty, allowed)
        if gap.days > allowed and first_empty <= end and last_empty >= start:
            yield gap


_LIVE = "deleted_at IS NULL AND planned_at IS NOT NULL"


def cadence_for(db: Database, start: date, end: date, tz: tzinfo) -> CadenceReport:
    """check_cadence over the file: the items of the weeks overlapping [start, end] and, per channel
    with rules, its first item ever and (with a gap rule) its nearest item on either side: index
    seeks on content_items_by_channel, never a scan of every item."""
    channels = [c for c in content.list_channels(db) if _has_rules(c)]
    if not channels:
        return CadenceReport()
    low = local_midnight_utc(week_start(start), tz)
    high = local_midnight_utc(week_start(end) + WEEK, tz)
    ids = [c.id for c in channels]
    marks = ",".join("?" * len(ids))
    with db.read_transaction() as conn:
        rows = conn.execute(
            f"SELECT channel_id, planned_at FROM content_items WHERE {_LIVE} AND channel_id IN ({marks}) "
            "AND planned_at >= ? AND planned_at < ?", (*ids, low, high)).fetchall()
        dated = [(r[0], local_date(r[1], tz)) for r in rows]
        first_dates, before, after = {}, {}, {}
        for channel in channels:
            seeks = [(first_dates, "ORDER BY planned_at LIMIT 1", None)]
            if channel.max_gap_days is not None:    # only gaps look past the range
                seeks += [(before, "AND planned_at < ? ORDER BY planned_at DESC LIMIT 1", low),
                          (after, "AND planned_at >= ? ORDER BY planned_at LIMIT 1", high)]
            for target, query, bound in seeks:
                params = (channel.id,) if bound is None else (channel.id, bound)
                row = conn.execute(f"SELECT planned_at FROM content_items WHERE {_LIVE} AND channel_id = ? "
                                   f"{query}", params).fetchone()
                if row is not None:
                    target[channel.id] = local_date(row[0], tz)
    return check_cadence(channels, dated, start, end, first_dates, before, after)


# -- the pillar mix -------------------------------------------------------------------------
@dataclass
class MixRow:
    pillar_id: int | None           # None: items without a pillar
    count: int
    share: float                    # of all counted items
    target: float

    @property
    def delta(self) -> float:
        return self.share - self.target


def pillar_mix(pillars: list[Pillar], pillar_ids: Iterable[int | None]) -> list[MixRow]:
    """One row per active pillar in the given order (even at 0), then archived pillars that still have
    items (target 0), then a row for items without a known pillar when there are any."""
    counts = Counter(pillar_ids)
    total = sum(counts.values())
    known = {p.id for p in pillars}
    rows = [(p.id, p.target_share if not p.archived else 0.0) for p in pillars
            if not p.archived or counts[p.id]]
    unassigned = sum(n for pid, n in counts.items() if pid not in known)
    shares = [(pid, counts[pid], target) for pid, target in rows]
    if unassigned:
        shares.append((None, unassigned, 0.0))
    return [MixRow(pid, n, n / total if total else 0.0, target) for pid, n, target in shares]


def mix_for(db: Database, start: date, end: date, tz: tzinfo, flt: ContentFilter | None = None) -> list[MixRow]:
    """pillar_mix of the items planned on the local days [start, end] that match *flt*."""
    where, params = (flt or ContentFilter()).where()
    rows = db.conn.execute(
        f"SELECT c.pillar_id, count(*) FROM content_items c WHERE c.planned_at >= ? AND c.planned_at < ? "
        f"AND {where} GROUP BY c.pillar_id",
        (local_midnight_utc(start, tz), local_midnight_utc(end + DAY, tz), *params)).fetchall()
    ids = chain.from_iterable(repeat(pid, n) for pid, n in rows)
    return pillar_mix(content.list_pillars(db, include_archived=True), ids)

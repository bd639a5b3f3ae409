"""Recurring content: a rule (daily / weekly / monthly) expanded into the real items of a series.

A rule is always bounded (an end date, a number of dates, or both: whichever comes first) and is
expanded lazily, so a rule that would make too many items is refused after counting limit + 1.
Dates and the time of day are local; planned_times turns them into UTC text one by one, so every
occurrence gets the UTC offset of its own day (DST-correct with zoneinfo).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from itertools import islice
from typing import Iterator

from app.models import content
from app.models.content import ContentItem
from app.models.database import Database
from app.models.errors import UserError
from app.services.sentences import joined
from app.texts import Translatable, translatable

CONTEXT = "recurrence"      # the translation context of describe_text's words
FREQUENCIES = ("daily", "weekly", "monthly")
_WEEKDAYS = (translatable(CONTEXT, "Mon"), translatable(CONTEXT, "Tue"), translatable(CONTEXT, "Wed"),
             translatable(CONTEXT, "Thu"), translatable(CONTEXT, "Fri"), translatable(CONTEXT, "Sat"),
             translatable(CONTEXT, "Sun"))
_UNITS = {"daily": translatable(CONTEXT, "day"), "weekly": translatable(CONTEXT, "week"),
          "monthly": translatable(CONTEXT, "month")}
# The Gregorian calendar repeats every 400 years: a monthly rule that finds no date in that many
# months never will (e.g. every 12 months on the 30th, starting in February).
_MONTHS_WITHOUT_DATE = 400 * 12


@dataclass(frozen=True)
class Recurrence:
    freq: str                        # "daily" | "weekly" | "monthly"
    start: date                      # first day (local)
    at: time                         # local time of day
    interval: int = 1                # every N days / weeks / months
    weekdays: tuple[int, ...] = ()   # weekly: 0=Mon..6=Sun (empty: the start's weekday)
    month_day: int | None = None     # monthly: 1..31 (None: the start's day); months without it are skipped
    until: date | None = None        # last day, inclusive
    count: int | None = None         # or a number of dates

    def __post_init__(self) -> None:
        if self.freq not in FREQUENCIES:
            raise UserError("unknown repeat %1 (known: %2)", repr(self.freq), ', '.join(FREQUENCIES))
        if not isinstance(self.start, date) or isinstance(self.start, datetime):
            raise UserError("a recurring series needs a first day")
        if not isinstance(self.at, time) or self.at.tzinfo is not None:
            raise UserError("a recurring series needs a local time of day")
        if not _whole(self.interval) or self.interval < 1:
            raise UserError("repeat every 1 %1 or more (got %2)", _UNITS[self.freq], repr(self.interval))
        for day in self.weekdays:
            if not _whole(day) or not 0 <= day <= 6:
                raise UserError("a weekday is 0 (Monday) to 6 (Sunday), not %1", repr(day))
        object.__setattr__(self, "weekdays", tuple(sorted(set(self.weekdays))))
        if self.month_day is not None and (not _whole(self.month_day) or not 1 <= self.month_day <= 31):
            raise UserError("a day of the month is 1 to 31, not %1", repr(self.month_day))
        if self.until is None and self.count is None:
            raise UserError("a recurring series needs an end date or a number of dates (it cannot repeat forever)")
        if self.until is not None and (not isinstance(self.until, date) or isinstance(self.until, datetime)):
            raise UserError("the end of a recurring series is a day")
        if self.until is not None and self.until < self.start:
            raise UserError("the series ends (%1) before it starts (%2)", self.until, self.start)
        if self.count is not None and (not _whole(self.count) or self.count < 1):
            raise UserError("a recurring series needs at least 1 date (got %1)", repr(self.count))

    @property
    def effective_weekdays(self) -> tuple[int, ...]:
        return self.weekdays or (self.start.weekday(),)

    @property
    def effective_month_day(self) -> int:
        return self.month_day or self.start.day

    def to_json(self) -> str:
        return json.dumps({
            "freq": self.freq, "start": self.start.isoformat(),
            "at": self.at.isoformat(timespec="seconds" if self.at.second else "minutes"),
            "interval": self.interval, "weekdays": list(self.weekdays), "month_day": self.month_day,
            "until": self.until.isoformat() if self.until else None, "count": self.count,
        }, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Recurrence":
        try:
            data = json.loads(text)
            return cls(freq=data["freq"], start=date.fromisoformat(data["start"]),
                       at=time.fromisoformat(data["at"]), interval=data.get("interval", 1),
                       weekdays=tuple(data.get("weekdays") or ()), month_day=data.get("month_day"),
                       until=date.fromisoformat(data["until"]) if data.get("until") else None,
                       count=data.get("count"))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise UserError("the stored recurrence rule cannot be read (%1)", exc) from None


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# -- expansion ------------------------------------------------------------------------------
def _days(rule: Recurrence) -> Iterator[date]:
    """Every day of the rule up to until (unbounded without it), ascending; count is applied by the caller."""
    if rule.freq == "daily":
        dates = _daily(rule)
    elif rule.freq == "weekly":
        dates = _weekly(rule)
    else:
        dates = _monthly(rule)
    for day in dates:
        if rule.until is not None and day > rule.until:
            return
        yield day


def _daily(rule: Recurrence) -> Iterator[date]:
    day, step = rule.start, timedelta(days=rule.interval)
    while True:
        yield day
        try:
            day += step
        except OverflowError:
            return


def _weekly(rule: Recurrence) -> Iterator[date]:
    monday = rule.start - timedelta(days=rule.start.weekday())
    step = timedelta(weeks=rule.interval)
    while True:
        for weekday in rule.effective_weekdays:
            try:
                day = monday + timedelta(days=weekday)
            except OverflowError:
                return
            if day >= rule.start:
                yield day
        try:
            monday += step
        except OverflowError:
            return


def _monthly(rule: Recurrence) -> Iterator[date]:
    month_index = rule.start.year * 12 + rule.start.month - 1
    misses = 0
    while misses <= _MONTHS_WITHOUT_DATE:
        year, month = divmod(month_index, 12)
        if year > date.max.year:
            return
        try:
            day = date(year, month + 1, rule.effective_month_day)
        except ValueError:          # this month has no such day: skipped
            misses += rule.interval
        else:
            if day >= rule.start:
                misses = 0
                yield day
        month_index += rule.interval


def _bounded(rule: Recurrence) -> Iterator[date]:
    days = _days(rule)
    return days if rule.count is None else islice(days, rule.count)


def expand(rule: Recurrence, limit: int) -> list[datetime]:
    """The rule's naive local datetimes, ascending; refused if there are none or more than *limit*."""
    days = list(islice(_bounded(rule), limit + 1))
    if not days:
        if rule.freq == "monthly" and rule.effective_month_day > 28:
            raise UserError("this series gives no dates: %1 (none of its months has a day %2)",
                            describe_text(rule), rule.effective_month_day)
        raise UserError("this series gives no dates: %1 (none of its days falls in that period)", describe_text(rule))
    if len(days) > limit:
        if rule.count is not None and rule.until is None:
            raise UserError("this series would create %1 items; at most %2 at once", rule.count, limit)
        raise UserError("this series would create more than %1 items; at most %1 at once", limit)
    return [datetime.combine(day, rule.at) for day in days]


def planned_times(rule: Recurrence, tz: tzinfo, limit: int) -> list[str]:
    """The rule's times as stored UTC text; each local time gets the UTC offset of its own day.

    A local time skipped by a DST change (02:30 on the spring-forward night) lands an hour later,
    an ambiguous one (the autumn night) at its first occurrence.
    """
    return [content.utc_text(moment.replace(tzinfo=tz)) for moment in expand(rule, limit)]


# -- words ----------------------------------------------------------------------------------
def describe(rule: Recurrence) -> str:
    """A short English summary, e.g. "every week on Mon, Wed, Fri at 20:00 from 2026-12-01 to 2027-02-28"."""
    return str(describe_text(rule))


def describe_text(rule: Recurrence) -> Translatable:
    """describe() as a Translatable: the window shows it in the interface language."""
    if rule.interval == 1:
        every = {"daily": translatable(CONTEXT, "every day"), "weekly": translatable(CONTEXT, "every week"),
                 "monthly": translatable(CONTEXT, "every month")}[rule.freq]
    else:
        every = {"daily": translatable(CONTEXT, "every %1 days", rule.interval),
                 "weekly": translatable(CONTEXT, "every %1 weeks", rule.interval),
                 "monthly": translatable(CONTEXT, "every %1 months", rule.interval)}[rule.freq]
    if rule.freq == "weekly":
        every = translatable(CONTEXT, "%1 on %2", every, joined([_WEEKDAYS[d] for d in rule.effective_weekdays], ", "))
    elif rule.freq == "monthly":
        every = translatable(CONTEXT, "%1 on day %2", every, rule.effective_month_day)
    text = translatable(CONTEXT, "%1 at %2 from %3", every, rule.at.strftime("%H:%M"), rule.start.isoformat())
    if rule.until is not None:
        text = translatable(CONTEXT, "%1 to %2", text, rule.until.isoformat())
    if rule.count is not None:
        times = translatable(CONTEXT, "1 time") if rule.count == 1 else translatable(CONTEXT, "%1 times", rule.count)
        text = (translatable(CONTEXT, "%1, at most %2", text, times) if rule.until is not None
                else translatable(CONTEXT, "%1, %2", text, times))
    return text


# -- storage --------------------------------------------------------------------------------
def create_recurring(db: Database, title: str, rule: Recurrence, template: ContentItem,
                     tz: tzinfo) -> tuple[int, list[int]]:
    """A series row and one real item per date (copies of *template*), all in one transaction."""
    limit = int(content.get_config(db)["max_series_items"])
    return content.create_series(db, title, rule.to_json(), template, planned_times(rule, tz, limit))

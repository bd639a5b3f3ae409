"""Recurring series: rules expand to the right local dates, become DST-correct UTC times, and create
real items in one transaction; bad rules are refused with a reason."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from app.models import content
from app.models.content import ContentItem
from app.models.database import Database
from app.models.errors import UserError
from app.services.recurrence import Recurrence, create_recurring, describe, expand, planned_times

NEW_YORK = ZoneInfo("America/New_York")
SHANGHAI = ZoneInfo("Asia/Shanghai")


def days(rule: Recurrence, limit: int = 500) -> list[date]:
    moments = expand(rule, limit)
    assert all(m.time() == rule.at and m.tzinfo is None for m in moments)
    return [m.date() for m in moments]


# -- expansion ------------------------------------------------------------------------------
def test_weekly_on_chosen_days_within_the_range():
    rule = Recurrence("weekly", date(2026, 12, 1), time(20), weekdays=(4, 0, 2), until=date(2027, 2, 28))
    found = days(rule)
    assert found[:4] == [date(2026, 12, 2), date(2026, 12, 4), date(2026, 12, 7), date(2026, 12, 9)]
    assert found[-1] == date(2027, 2, 26)
    assert len(found) == 38 and {d.weekday() for d in found} == {0, 2, 4}
    assert describe(rule) == "every week on Mon, Wed, Fri at 20:00 from 2026-12-01 to 2027-02-28"


def test_weekly_defaults_to_the_start_weekday_and_honours_the_interval():
    rule = Recurrence("weekly", date(2027, 1, 6), time(9, 30), interval=2, count=3)
    assert days(rule) == [date(2027, 1, 6), date(2027, 1, 20), date(2027, 2, 3)]
    assert describe(rule) == "every 2 weeks on Wed at 09:30 from 2027-01-06, 3 times"


def test_weekly_interval_counts_from_the_start_week():
    # Starting on a Thursday, every 2 weeks on Mon and Fri: the first week's Monday is already past.
    rule = Recurrence("weekly", date(2027, 1, 7), time(8), interval=2, weekdays=(0, 4), count=4)
    assert days(rule) == [date(2027, 1, 8), date(2027, 1, 18), date(2027, 1, 22), date(2027, 2, 1)]


def test_daily_every_other_day_until_inclusive():
    rule = Recurrence("daily", date(2027, 1, 1), time(7), interval=2, until=date(2027, 1, 7))
    assert days(rule) == [date(2027, 1, 1), date(2027, 1, 3), date(2027, 1, 5), date(2027, 1, 7)]
    assert describe(rule) == "every 2 days at 07:00 from 2027-01-01 to 2027-01-07"


def test_monthly_skips_months_without_the_day():
    rule = Recurrence("monthly", date(2027, 1, 31), time(10), count=4)
    assert days(rule) == [date(2027, 1, 31), date(2027, 3, 31), date(2027, 5, 31), date(2027, 7, 31)]
    assert describe(rule) == "every month on day 31 at 10:00 from 2027-01-31, 4 times"


def test_monthly_day_before_the_start_day_begins_next_month():
    rule = Recurrence("monthly", date(2027, 1, 20), time(10), month_day=5, interval=3, until=date(2027, 12, 31))
    assert days(rule) == [date(2027, 4, 5), date(2027, 7, 5), date(2027, 10, 5)]


def test_monthly_on_the_29th_finds_leap_februaries():
    rule = Recurrence("monthly", date(2027, 2, 1), time(10), month_day=29, interval=12, count=2)
    assert days(rule) == [date(2028, 2, 29), date(2032, 2, 29)]


def test_count_and_until_together_stop_at_whichever_comes_first():
    assert len(days(Recurrence("daily", date(2027, 1, 1), time(7), until=date(2027, 1, 10), count=3))) == 3
    rule = Recurrence("daily", date(2027, 1, 1), time(7), until=date(2027, 1, 2), count=30)
    assert len(days(rule)) == 2
    assert describe(rule).endswith("to 2027-01-02, at most 30 times")


def test_the_end_of_the_calendar_ends_the_series():
    assert days(Recurrence("daily", date(9999, 12, 30), time(9), count=5)) == [date(9999, 12, 30),
                                                                             date(9999, 12, 31)]


# -- refusals -------------------------------------------------------------------------------
@pytest.mark.parametrize("values, reason", [
    (dict(freq="daily", interval=0, count=3), "every 1 day or more"),
    (dict(freq="weekly", weekdays=(7,), count=3), "weekday is 0 .Monday. to 6"),
    (dict(freq="weekly", weekdays=(-1,), count=3), "weekday"),
    (dict(freq="daily"), "cannot repeat forever"),
    (dict(freq="daily", until=date(2026, 12, 31)), r"ends \(2026-12-31\) before it starts \(2027-01-01\)"),
    (dict(freq="daily", count=0), "at least 1 date"),
    (dict(freq="monthly", month_day=32, count=3), "day of the month is 1 to 31"),
    (dict(freq="yearly", count=3), "unknown repeat"),
])
def test_bad_rules_are_refused_with_a_reason(values, reason):
    with pytest.raises(UserError, match=reason):
        Recurrence(start=date(2027, 1, 1), at=time(9), **values)


def test_a_rule_without_dates_says_so():
    rule = Recurrence("monthly", date(2027, 2, 1), time(9), month_day=31, until=date(2027, 2, 28))
    with pytest.raises(UserError, match="gives no dates: every month on day 31 .* .none of its months has a day 31.$"):
        expand(rule, 200)


def test_a_weekly_rule_whose_days_fall_outside_the_range_says_so():
    rule = Recurrence("weekly", date(2027, 1, 6), time(9), weekdays=(0, 1), until=date(2027, 1, 10))
    with pytest.raises(UserError, match="gives no dates: every week on Mon, Tue .*falls in that period"):
        expand(rule, 200)


def test_a_rule_that_can_never_find_its_day_ends_instead_of_looping():
    rule = Recurrence("monthly", date(2027, 2, 1), time(9), month_day=30, interval=12, count=3)
    with pytest.raises(UserError, match="gives no dates"):
        expand(rule, 200)


def test_too_many_dates_are_refused_without_building_them():
    with pytest.raises(UserError, match="would create 1000000000 items; at most 200 at once"):
        expand(Recurrence("daily", date(2027, 1, 1), time(9), count=10**9), 200)
    # Until the end of the calendar: counting stops at limit + 1 (this would not finish otherwise).
    with pytest.raises(UserError, match="would create more than 200 items; at most 200 at once"):
        expand(Recurrence("daily", date(2027, 1, 1), time(9), until=date.max), 200)
    assert len(expand(Recurrence("daily", date(2027, 1, 1), time(9), count=200), 200)) == 200


def test_json_round_trip_and_unreadable_json():
    rule = Recurrence("weekly", date(2027, 1, 4), time(20, 15, 30), interval=2, weekdays=(1, 3),
                      until=date(2027, 6, 30), count=9)
    assert Recurrence.from_json(rule.to_json()) == rule
    monthly = Recurrence("monthly", date(2027, 1, 4), time(8), month_day=15, count=2)
    assert Recurrence.from_json(monthly.to_json()) == monthly
    for text in ("not json", "{}", '{"freq": "daily", "start": "2027-13-01", "at": "09:00", "count": 1}',
                 '{"freq": "daily", "start": "2027-01-01", "at": "09:00"}'):
        with pytest.raises(UserError):
            Recurrence.from_json(text)


# -- time zones -----------------------------------------------------------------------------
def test_each_time_gets_the_offset_of_its_own_day():
    # US daylight saving time starts on Sunday 2027-03-14.
    rule = Recurrence("weekly", date(2027, 3, 7), time(9), count=3)
    assert planned_times(rule, NEW_YORK, 10) == ["2027-03-07T14:00:00Z", "2027-03-14T13:00:00Z",
                                                "2027-03-21T13:00:00Z"]
    assert planned_times(rule, SHANGHAI, 10) == ["2027-03-07T01:00:00Z", "2027-03-14T01:00:00Z",
                                                "2027-03-21T01:00:00Z"]
    assert planned_times(rule, timezone.utc, 10)[0] == "2027-03-07T09:00:00Z"


def test_skipped_and_repeated_local_times():
    # 02:30 does not exist on 2027-03-14 in New York: it lands at 03:30 EDT (07:30Z).
    spring = Recurrence("daily", date(2027, 3, 13), time(2, 30), count=3)
    assert planned_times(spring, NEW_YORK, 10) == ["2027-03-13T07:30:00Z", "2027-03-14T07:30:00Z",
                                                  "2027-03-15T06:30:00Z"]
    # 01:30 happens twice on 2027-11-07: the first one (EDT) is used.
    autumn = Recurrence("daily", date(2027, 11, 6), time(1, 30), count=3)
    assert planned_times(autumn, NEW_YORK, 10) == ["2027-11-06T05:30:00Z", "2027-11-07T05:30:00Z",
                                                  "2027-11-08T06:30:00Z"]


# -- storage --------------------------------------------------------------------------------
def test_create_recurring_makes_real_items(db: Database):
    channel = content.channel_id(db, "公众号")
    template = ContentItem(title="周五读书会", body="本周书目", channel_id=channel, owner="王芳", status="drafting",
                           duration_minutes=60)
    rule = Recurrence("weekly", date(2027, 1, 1), time(20), weekdays=(4,), count=3)
    series_id, ids = create_recurring(db, "读书会", rule, template, SHANGHAI)
    items = content.series_items(db, series_id)
    assert [i.id for i in items] == ids and len(ids) == 3
    assert [i.planned_at for i in items] == ["2027-01-01T12:00:00Z", "2027-01-08T12:00:00Z",
                                             "2027-01-15T12:00:00Z"]
    assert {(i.title, i.body, i.channel_id, i.owner, i.status, i.duration_minutes, i.series_id)
            for i in items} == {("周五读书会", "本周书目", channel, "王芳", "drafting", 60, series_id)}
    stored = db.conn.execute("SELECT title, rule FROM content_series WHERE id = ?", (series_id,)).fetchone()
    assert stored[0] == "读书会" and Recurrence.from_json(stored[1]) == rule
    assert template.id is None and template.series_id is None   # the template itself is not stored


def test_create_recurring_honours_the_configured_limit(db: Database):
    content.set_config(db, {"max_series_items": 3})
    rule = Recurrence("daily", date(2027, 1, 1), time(9), count=4)
    with pytest.raises(UserError, match="would create 4 items; at most 3 at once"):
        create_recurring(db, "早安", rule, ContentItem(title="早安"), SHANGHAI)
    assert db.conn.execute("SELECT count(*) FROM content_series").fetchone()[0] == 0
    assert db.conn.execute("SELECT count(*) FROM content_items").fetchone()[0] == 0
    _series, ids = create_recurring(db, "早安", Recurrence("daily", date(2027, 1, 1), time(9), count=3),
                                    ContentItem(title="早安"), SHANGHAI)
    assert len(ids) == 3


# -- properties -----------------------------------------------------------------------------
@st.composite
def rules(draw) -> Recurrence:
    freq = draw(st.sampled_from(("daily", "weekly", "monthly")))
    start = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
    until = draw(st.none() | st.integers(0, 400).map(lambda n: start + timedelta(days=n)))
    count = draw(st.integers(1, 50) if until is None else st.none() | st.integers(1, 50))
    return Recurrence(
        freq, start, draw(st.times()), interval=draw(st.integers(1, 5)),
        weekdays=tuple(draw(st.sets(st.integers(0, 6), max_size=7))) if freq == "weekly" else (),
        month_day=draw(st.none() | st.integers(1, 31)) if freq == "monthly" else None,
        until=until, count=count)


def oracle(rule: Recurrence, enough: int) -> list[date]:
    """The rule's dates found the slow, obvious way (a day or a month at a time), at most *enough*."""
    last = rule.until or rule.start + timedelta(days=100 * 366)
    wanted = min(rule.count or enough, enough)
    found: list[date] = []
    if rule.freq == "monthly":
        day_of_month = rule.month_day or rule.start.day
        months = 0
        while len(found) < wanted:
            year, month = divmod(rule.start.year * 12 + rule.start.month - 1 + months, 12)
            if date(year, month + 1, 1) > last:
                break
            try:
                candidate = date(year, month + 1, day_of_month)
            except ValueError:
                candidate = None
            if candidate and rule.start <= candidate <= last:
                found.append(candidate)
            months += rule.interval
        return found
    weekdays = set(rule.weekdays or (rule.start.weekday(),))
    first_monday = rule.start - timedelta(days=rule.start.weekday())
    day = rule.start
    while day <= last and len(found) < wanted:
        if rule.freq == "daily":
            hit = (day - rule.start).days % rule.interval == 0
        else:
            weeks = (day - timedelta(days=day.weekday()) - first_monday).days // 7
            hit = day.weekday() in weekdays and weeks % rule.interval == 0
        if hit:
            found.append(day)
        day += timedelta(days=1)
    return found


@settings(max_examples=300, deadline=None)
@given(rules(), st.integers(1, 60))
def test_expand_matches_the_obvious_calendar(rule: Recurrence, limit: int):
    expected = oracle(rule, limit + 1)
    try:
        moments = expand(rule, limit)
    except UserError as exc:
        assert ("gives no dates" in str(exc)) == (expected == [])
        assert ("would create" in str(exc)) == (len(expected) > limit)
        return
    found = [m.date() for m in moments]
    assert found == expected
    assert 0 < len(found) <= limit
    assert found == sorted(set(found))
    assert all(rule.start <= d and (rule.until is None or d <= rule.until) for d in found)
    assert all(m.time() == rule.at for m in moments)
    if rule.freq == "weekly":
        assert {d.weekday() for d in found} <= set(rule.weekdays or (rule.start.weekday(),))
    if rule.freq == "monthly":
        assert {d.day for d in found} == {rule.month_day or rule.start.day}
    if rule.count is not None:
        assert len(found) <= rule.count
        if rule.until is None:
            assert len(found) == rule.count


@settings(max_examples=100, deadline=None)
@given(rules())
def test_json_round_trip_keeps_every_rule(rule: Recurrence):
    assert Recurrence.from_json(rule.to_json()) == Recurrence(**{**rule.__dict__, "at": rule.at.replace(
        microsecond=0)})


@settings(max_examples=100, deadline=None)
@given(rules(), st.sampled_from(["America/New_York", "Europe/Berlin", "Asia/Shanghai", "Australia/Sydney"]))
def test_planned_times_are_the_local_times_in_utc(rule: Recurrence, zone: str):
    tz = ZoneInfo(zone)
    try:
        local = expand(rule, 60)
    except UserError:
        return
    utc = planned_times(rule, tz, 60)
    assert len(utc) == len(local) and utc == sorted(utc)
    for text, moment in zip(utc, local):
        back = content.parse_utc(text).astimezone(tz)
        # The same local wall time, except a time skipped by DST, which moves forward by the jump.
        shift = datetime.combine(back.date(), back.time()) - moment.replace(microsecond=0)
        assert shift == timedelta(0) or timedelta(0) < shift <= timedelta(hours=1)

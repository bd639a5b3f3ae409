"""The demo community's content plan: plausible, valid, deterministic, and showing the cadence marks."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.models import content as cm
from app.models.database import Database
from app.models.hot_topics import list_topics
from app.services import content_rules as rules
from app.services.demo import build_demo
from app.services.demo_content import CHANNELS, DISCORD, GZH, GROUP, OPERATORS, RESULTS, add_demo_content

TODAY = date(2026, 11, 18)             # a Wednesday
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime.combine(TODAY, time(12), tzinfo=SHANGHAI)
FIRST = rules.week_start(TODAY - timedelta(days=42))               # the plan covers whole weeks
LAST = rules.week_start(TODAY + timedelta(days=49)) + timedelta(days=6)


@pytest.fixture
def plan(db):
    build_demo(db, members=40, seed=3, today=TODAY)
    created = add_demo_content(db, seed=42, today=TODAY)
    return db, created


def live_items(db) -> list[cm.ContentItem]:
    return cm.items_between(db, "0000", "9999")


def local_time(item: cm.ContentItem) -> datetime:
    return cm.parse_utc(item.planned_at).astimezone(SHANGHAI)


def channel_names(db) -> dict[int, str]:
    return {c.id: c.name for c in cm.list_channels(db)}


def test_about_three_months_of_valid_items(plan):
    db, created = plan
    dated, ideas = live_items(db), cm.backlog(db)
    assert created == len(dated) + len(ideas) == db.conn.execute("SELECT count(*) FROM content_items").fetchone()[0]
    assert 150 <= len(dated) <= 260
    assert 8 <= len(ideas) <= 12 and {i.status for i in ideas} <= {"idea", "drafting"}
    for item in dated + ideas:
        cm.check_item(item)
    days = [local_time(i).date() for i in dated]
    assert FIRST == min(days) and LAST == max(days)
    assert (LAST - FIRST).days > 90
    assert {i.owner for i in dated + ideas} <= set(OPERATORS)
    assert Counter(channel_names(db)[i.channel_id] for i in dated).keys() == {c[0] for c in CHANNELS}
    assert any(i.sub_community_id is not None for i in dated)


def test_statuses_follow_time(plan):
    db, _ = plan
    statuses = Counter()
    for item in live_items(db):
        statuses[item.status] += 1
        when = local_time(item)
        if when < NOW:
            assert item.status in ("published", "reviewed") and item.published_at == item.planned_at
        else:
            assert item.status in ("idea", "drafting", "review", "scheduled")
            assert item.status != "scheduled" or when <= NOW + timedelta(days=7)
        if when > NOW + timedelta(days=21):
            assert item.status in ("idea", "drafting")
    assert statuses["reviewed"] > 50 and statuses["published"] >= 1
    assert statuses["scheduled"] >= 3 and statuses["review"] >= 1
    assert statuses["drafting"] >= 15 and statuses["idea"] >= 15


def test_results_are_plausible(plan):
    db, _ = plan
    names = channel_names(db)
    reviewed = [i for i in live_items(db) if i.status == "reviewed"]
    assert reviewed and all(i.reads is not None and i.likes is not None for i in reviewed)
    assert all(i.reads is None for i in live_items(db) if i.status not in ("reviewed",))
    for item in reviewed:
        (low, high), (rate_low, rate_high) = RESULTS[names[item.channel_id]]
        assert low <= item.reads <= high
        assert rate_low - 0.01 <= item.interaction_rate <= rate_high + 0.01
        assert item.likes >= item.comments >= 0 and item.shares >= 0
    gzh_reads = [i.reads for i in reviewed if names[i.channel_id] == GZH]
    assert min(gzh_reads) >= 800 and max(gzh_reads) <= 5000 and len(set(gzh_reads)) > 5


def test_pillar_mix_is_near_but_not_on_target(plan):
    db, _ = plan
    mix = rules.mix_for(db, FIRST, LAST, SHANGHAI)
    assert [row.target for row in mix] == [0.2, 0.3, 0.5]
    assert all(row.count > 20 for row in mix)
    assert all(abs(row.delta) <= 0.1 for row in mix)
    assert any(abs(row.delta) >= 0.02 for row in mix)


def test_cadence_shows_a_dense_week_and_an_empty_stretch(plan):
    db, _ = plan
    names = channel_names(db)
    report = rules.cadence_for(db, FIRST, LAST, SHANGHAI)
    dense = [(names[w.channel_id], w.week) for w in report.weeks if w.state == "dense"]
    assert dense == [(GZH, rules.week_start(TODAY) - timedelta(weeks=3))]
    gaps = [(names[g.channel_id], g.days) for g in report.gaps]
    assert len(gaps) == 1 and gaps[0][0] == "社区论坛·装备区" and gaps[0][1] >= 18
    # Apart from the forum's quiet weeks, every channel keeps its rhythm.
    sparse = {names[w.channel_id] for w in report.weeks if w.state == "sparse"}
    assert sparse == {"社区论坛·装备区"}


def test_weekly_columns_are_recurring_series(plan):
    db, _ = plan
    series = dict(db.conn.execute("SELECT title, id FROM content_series").fetchall())
    assert set(series) == {"跑者干货", "周末约跑"}
    tips = cm.series_items(db, series["跑者干货"])
    assert len(tips) >= 26
    assert {(local_time(i).weekday(), local_time(i).time()) for i in tips} == {(1, time(20)), (3, time(20))}
    assert all(i.title.startswith("「跑者干货」第 ") for i in tips) and len({i.title for i in tips}) == len(tips)
    meetups = cm.series_items(db, series["周末约跑"])
    assert {(local_time(i).weekday(), local_time(i).time()) for i in meetups} == {(4, time(12))}
    assert {i.format for i in meetups} == {"topic"}
    names = channel_names(db)
    assert {names[i.channel_id] for i in tips + meetups} == {GROUP}


def test_three_hot_topics_one_answered(plan):
    db, _ = plan
    topics = {t.title: t for t in list_topics(db, include_closed=True)}
    assert len(topics) == 3
    answered = [t for t in topics.values() if t.status == "responded"]
    assert len(answered) == 1
    response = db.conn.execute("SELECT id FROM content_items WHERE hot_topic_id = ?", (answered[0].id,)).fetchall()
    assert len(response) == 1
    item = cm.get_item(db, response[0][0])
    noted = cm.parse_utc(answered[0].noted_at)
    assert timedelta(0) < cm.parse_utc(item.planned_at) - noted <= timedelta(hours=24)
    open_topics = sorted((t for t in topics.values() if t.status == "open"), key=lambda t: t.relevance)
    assert len(open_topics) == 2
    watch, urgent = open_topics
    assert max(watch.relevance, watch.timeliness, watch.spread) <= 2
    assert min(urgent.relevance, urgent.timeliness, urgent.spread) >= 4
    assert NOW - cm.parse_utc(urgent.noted_at) > timedelta(hours=72)   # overdue whatever its priority


def test_same_seed_and_day_same_plan(tmp_path):
    def plan_of(name: str, seed: int, today: date) -> list[tuple]:
        with Database(tmp_path / f"{name}.cdesk", operator="x", create=True) as db:
            build_demo(db, members=20, seed=1, today=today)
            add_demo_content(db, seed=seed, today=today)
            return [tuple(r) for r in db.conn.execute(
                "SELECT title, planned_at, status, reads, comments, likes, shares, owner FROM content_items "
                "ORDER BY id")]
    first = plan_of("a", 5, TODAY)
    assert plan_of("b", 5, TODAY) == first
    assert plan_of("c", 6, TODAY) != first
    moved = plan_of("d", 5, TODAY + timedelta(days=7))
    assert moved != first and len(moved) > 150


def test_a_second_run_adds_without_crashing(plan):
    db, created = plan
    again = add_demo_content(db, seed=42, today=TODAY)
    assert again == created
    assert db.conn.execute("SELECT count(*) FROM content_channels").fetchone()[0] == len(CHANNELS)
    assert db.conn.execute("SELECT count(*) FROM content_items").fetchone()[0] == 2 * created


def test_works_without_the_roster(db):
    """No sub-communities yet: items simply have none."""
    created = add_demo_content(db, seed=1, today=TODAY, tz=ZoneInfo("Europe/Berlin"))
    items = live_items(db)
    assert created > 150 and all(i.sub_community_id is None for i in items)
    berlin = {cm.parse_utc(i.planned_at).astimezone(ZoneInfo("Europe/Berlin")).time() for i in items
              if channel_names(db)[i.channel_id] == DISCORD}
    assert berlin == {time(21)}

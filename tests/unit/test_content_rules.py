"""Cadence per channel (items per ISO week, empty stretches) and the pillar mix, pure and over a file."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.models import content
from app.models.content import Channel, ContentFilter, ContentItem, Pillar
from app.models.database import Database
from app.services.content_rules import (CadenceReport, Gap, cadence_for, check_cadence, mix_for, pillar_mix,
                                        week_start)

SHANGHAI = ZoneInfo("Asia/Shanghai")
D = date.fromisoformat


def week_states(report: CadenceReport, channel_id: int) -> dict[date, tuple[int, str]]:
    return {w.week: (w.count, w.state) for w in report.weeks if w.channel_id == channel_id}


def test_week_start_is_the_iso_monday():
    assert week_start(D("2027-01-04")) == D("2027-01-04")     # a Monday
    assert week_start(D("2027-01-10")) == D("2027-01-04")     # the Sunday of the same week
    assert week_start(D("2027-01-01")) == D("2026-12-28")     # across the year


# -- weekly counts --------------------------------------------------------------------------
def test_dense_sparse_and_ok_weeks():
    wechat = Channel(id=1, name="公众号", min_per_week=2, max_per_week=3)
    dated = [(1, D(d)) for d in ("2027-01-04", "2027-01-05", "2027-01-06", "2027-01-10",   # 4: dense
                                 "2027-01-12",                                            # 1: sparse
                                 "2027-01-18", "2027-01-24")]                             # 2: ok
    report = check_cadence([wechat], dated, D("2027-01-06"), D("2027-01-31"))
    assert week_states(report, 1) == {D("2027-01-04"): (4, "dense"), D("2027-01-11"): (1, "sparse"),
                                      D("2027-01-18"): (2, "ok"), D("2027-01-25"): (0, "sparse")}
    assert [(w.week, w.state) for w in report.flagged(D("2027-01-07"))] == [(D("2027-01-04"), "dense")]
    assert report.flagged(D("2027-01-20")) == []
    assert report.gaps == []                        # no gap rule: not checked for it


def test_weeks_before_the_first_item_ever_are_never_sparse():
    channel = Channel(id=7, name="视频号", min_per_week=1)
    dated = [(7, D("2027-01-20"))]
    report = check_cadence([channel], dated, D("2027-01-04"), D("2027-01-31"))
    assert week_states(report, 7) == {D("2027-01-04"): (0, "ok"), D("2027-01-11"): (0, "ok"),
                                      D("2027-01-18"): (1, "ok"), D("2027-01-25"): (0, "sparse")}
    # Given the first item ever (earlier than the range), the empty weeks are sparse again.
    report = check_cadence([channel], dated, D("2027-01-04"), D("2027-01-31"), first_dates={7: D("2026-11-02")})
    assert week_states(report, 7)[D("2027-01-04")] == (0, "sparse")
    # A channel that never had an item has not started.
    report = check_cadence([channel], [], D("2027-01-04"), D("2027-01-10"))
    assert week_states(report, 7) == {D("2027-01-04"): (0, "ok")}


def test_only_channels_with_a_rule_and_items_with_a_channel_are_counted():
    free = Channel(id=1, name="微博")
    gap_only = Channel(id=2, name="社群", max_gap_days=5)
    ruled = Channel(id=3, name="公众号", max_per_week=1)
    dated = [(1, D("2027-01-04")), (None, D("2027-01-04")), (3, D("2027-01-05")), (99, D("2027-01-05"))]
    report = check_cadence([free, gap_only, ruled], dated, D("2027-01-04"), D("2027-01-10"))
    assert [(w.channel_id, w.count, w.state) for w in report.weeks] == [(3, 1, "ok")]
    assert report.gaps == []                        # gap_only never had an item: nothing before it is a gap


# -- gaps -----------------------------------------------------------------------------------
def test_a_gap_is_a_run_of_empty_days_longer_than_allowed():
    channel = Channel(id=1, name="社群", max_gap_days=3)
    dated = [(1, D(d)) for d in ("2027-01-01", "2027-01-05", "2027-01-10", "2027-01-12")]
    report = check_cadence([channel], dated, D("2027-01-01"), D("2027-01-13"))
    # 2..4 January is 3 empty days (allowed); 6..9 January is 4.
    assert report.gaps == [Gap(1, D("2027-01-06"), D("2027-01-09"), 3)]
    assert report.gaps[0].days == 4
    assert report.gaps_on(D("2027-01-08")) == report.gaps and report.gaps_on(D("2027-01-10")) == []


def test_the_empty_days_after_the_last_item_up_to_the_end_are_a_gap():
    channel = Channel(id=1, name="社群", max_gap_days=5)
    dated = [(1, D("2027-01-04"))]
    assert check_cadence([channel], dated, D("2027-01-04"), D("2027-01-09")).gaps == []
    report = check_cadence([channel], dated, D("2027-01-04"), D("2027-01-17"))
    assert report.gaps == [Gap(1, D("2027-01-05"), D("2027-01-17"), 5)]
    # An item after the range closes it: the gap is its full extent.
    report = check_cadence([channel], dated, D("2027-01-04"), D("2027-01-17"), after={1: D("2027-01-30")})
    assert report.gaps == [Gap(1, D("2027-01-05"), D("2027-01-29"), 5)]


def test_a_gap_keeps_its_full_extent_and_is_reported_only_when_it_overlaps():
    channel = Channel(id=1, name="社群", max_gap_days=5)
    dated = [(1, D("2027-01-12")), (1, D("2027-01-14"))]
    report = check_cadence([channel], dated, D("2027-01-11"), D("2027-01-17"),
                           before={1: D("2026-12-20")}, after={1: D("2027-01-19")})
    assert report.gaps == [Gap(1, D("2026-12-21"), D("2027-01-11"), 5)]
    # A range that lies after the gap does not show it.
    report = check_cadence([channel], dated, D("2027-01-13"), D("2027-01-17"),
                           before={1: D("2026-12-20")}, after={1: D("2027-01-19")})
    assert report.gaps == []


# -- over the file --------------------------------------------------------------------------
def add(db: Database, channel_id: int | None, planned_at: str | None, **values) -> int:
    values.setdefault("title", "稿件")
    return content.create_item(db, ContentItem(channel_id=channel_id, planned_at=planned_at, **values))


def test_cadence_for_uses_local_weeks_and_skips_deleted_items(db: Database):
    channel = Channel(name="公众号", min_per_week=1, max_per_week=1, max_gap_days=6)
    content.save_channel(db, channel)
    # Sunday 17:00 UTC is Monday 01:00 in Shanghai: it belongs to the week of 4 January.
    add(db, channel.id, "2027-01-03T17:00:00Z", status="idea")
    add(db, channel.id, "2027-01-05T02:00:00Z", status="published", published_at="2027-01-05T02:00:00Z")
    gone = add(db, channel.id, "2027-01-12T02:00:00Z")
    content.delete_item(db, gone, 1)
    add(db, None, "2027-01-12T02:00:00Z")
    report = cadence_for(db, D("2027-01-04"), D("2027-01-17"), SHANGHAI)
    assert week_states(report, channel.id) == {D("2027-01-04"): (2, "dense"), D("2027-01-11"): (0, "sparse")}
    assert report.gaps == [Gap(channel.id, D("2027-01-06"), D("2027-01-17"), 6)]


def test_cadence_for_sees_the_nearest_items_outside_the_range(db: Database):
    channel = Channel(name="社群", min_per_week=1, max_gap_days=10)
    content.save_channel(db, channel)
    add(db, channel.id, "2026-10-01T02:00:00Z")
    add(db, channel.id, "2026-12-01T02:00:00Z")
    add(db, channel.id, "2027-03-01T02:00:00Z")
    add(db, channel.id, "2027-05-01T02:00:00Z")
    report = cadence_for(db, D("2027-01-04"), D("2027-01-17"), SHANGHAI)
    assert report.gaps == [Gap(channel.id, D("2026-12-02"), D("2027-02-28"), 10)]
    assert {w.state for w in report.weeks} == {"sparse"}     # it started in October


def test_cadence_for_equals_the_check_over_every_item(db: Database):
    rng = random.Random(5)
    channels = [Channel(name="公众号", min_per_week=2, max_per_week=4, max_gap_days=3),
                Channel(name="视频号", max_gap_days=9), Channel(name="社群", min_per_week=1),
                Channel(name="微博")]
    for channel in channels:
        content.save_channel(db, channel)
    base = datetime(2026, 9, 1)
    with db.transaction():
        for _ in range(400):
            channel = rng.choice(channels + [None])
            moment = base + timedelta(minutes=rng.randrange(0, 240 * 24 * 60))
            item_id = add(db, channel.id if channel else None, moment.strftime("%Y-%m-%dT%H:%M:00Z"))
            if rng.random() < 0.1:
                content.delete_item(db, item_id, 1)
    items = [i for i in content.items_between(db, "0", "9")]
    everything = [(i.channel_id, content.parse_utc(i.planned_at).astimezone(SHANGHAI).date()) for i in items]
    for start, end in ((D("2026-10-07"), D("2026-11-29")), (D("2027-04-01"), D("2027-06-30")),
                       (D("2026-06-01"), D("2026-09-15"))):
        expected = check_cadence(channels, everything, start, end)
        got = cadence_for(db, start, end, SHANGHAI)
        assert got.weeks == expected.weeks
        assert got.gaps == expected.gaps
    assert any(w.state != "ok" for w in got.weeks) or got.gaps


def test_cadence_for_reads_through_the_channel_index(db: Database):
    channel = Channel(name="公众号", min_per_week=1, max_gap_days=3)
    content.save_channel(db, channel)
    with db.transaction():
        for day in range(300):
            add(db, channel.id, f"2026-{1 + day // 28:02d}-{1 + day % 28:02d}T02:00:00Z")
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        cadence_for(db, D("2026-05-01"), D("2026-05-31"), SHANGHAI)
    finally:
        db.conn.set_trace_callback(None)
    reads = [s for s in statements if "content_items" in s and s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 4                          # the range, then first / before / after for the channel
    for statement in reads:
        plan = " | ".join(r[3] for r in db.conn.execute("EXPLAIN QUERY PLAN " + statement))
        assert "content_items_by_channel" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


# -- the pillar mix -------------------------------------------------------------------------
PILLARS = [Pillar(id=1, key="brand_story", position=1, target_share=0.2),
           Pillar(id=2, key="professional", position=2, target_share=0.3),
           Pillar(id=3, key="interaction_ugc", position=3, target_share=0.5)]


def test_pillar_mix_lists_every_active_pillar_and_the_unassigned():
    rows = pillar_mix(PILLARS, [3, 3, 3, 1, None, 3, 1, 3])
    assert [(r.pillar_id, r.count) for r in rows] == [(1, 2), (2, 0), (3, 5), (None, 1)]
    assert [r.share for r in rows] == [0.25, 0.0, 0.625, 0.125]
    assert [r.target for r in rows] == [0.2, 0.3, 0.5, 0.0]
    assert rows[1].delta == pytest.approx(-0.3) and rows[2].delta == pytest.approx(0.125)
    assert sum(r.share for r in rows) == pytest.approx(1.0)


def test_pillar_mix_without_items_or_unassigned_items():
    rows = pillar_mix(PILLARS, [])
    assert [(r.pillar_id, r.count, r.share) for r in rows] == [(1, 0, 0.0), (2, 0, 0.0), (3, 0, 0.0)]
    assert [r.pillar_id for r in pillar_mix(PILLARS, [2])] == [1, 2, 3]


def test_pillar_mix_shows_an_archived_pillar_only_while_it_has_items():
    pillars = [*PILLARS, Pillar(id=4, name="旧栏目", position=4, target_share=0.1, archived=1)]
    assert [r.pillar_id for r in pillar_mix(pillars, [1])] == [1, 2, 3]
    rows = pillar_mix(pillars, [1, 4, 4, 4])
    assert [(r.pillar_id, r.count, r.target) for r in rows] == [(1, 1, 0.2), (2, 0, 0.3), (3, 0, 0.5),
                                                                 (4, 3, 0.0)]


def test_mix_for_counts_the_local_days_and_the_filter(db: Database):
    pillars = {p.key: p.id for p in content.list_pillars(db)}
    wechat, video = content.channel_id(db, "公众号"), content.channel_id(db, "视频号")
    add(db, wechat, "2027-01-31T16:30:00Z", pillar_id=pillars["brand_story"])      # 1 February, local
    add(db, wechat, "2027-02-10T02:00:00Z", pillar_id=pillars["interaction_ugc"])
    add(db, video, "2027-02-11T02:00:00Z", pillar_id=pillars["interaction_ugc"])
    add(db, wechat, "2027-02-28T15:59:00Z")                                        # 28 February, no pillar
    add(db, wechat, "2027-02-28T16:00:00Z", pillar_id=pillars["professional"])     # 1 March, local
    add(db, wechat, None, pillar_id=pillars["professional"])                      # backlog
    gone = add(db, wechat, "2027-02-12T02:00:00Z", pillar_id=pillars["professional"])
    content.delete_item(db, gone, 1)
    rows = mix_for(db, D("2027-02-01"), D("2027-02-28"), SHANGHAI)
    assert [(r.pillar_id, r.count) for r in rows] == [(pillars["brand_story"], 1), (pillars["professional"], 0),
                                                      (pillars["interaction_ugc"], 2), (None, 1)]
    assert rows[2].share == 0.5
    rows = mix_for(db, D("2027-02-01"), D("2027-02-28"), SHANGHAI, ContentFilter(channel_ids=[video]))
    assert [(r.pillar_id, r.count, r.share) for r in rows] == [(pillars["brand_story"], 0, 0.0),
                                                               (pillars["professional"], 0, 0.0),
                                                               (pillars["interaction_ugc"], 1, 1.0)]


def test_check_cadence_is_pure_over_plain_dates():
    # Whole days, not times: a day can appear many times and in any order.
    channel = Channel(id=1, name="社群", max_per_week=2, max_gap_days=2)
    dated = [(1, D("2027-01-08")), (1, D("2027-01-04")), (1, D("2027-01-04")), (1, D("2027-01-06"))]
    report = check_cadence([channel], iter(dated), D("2027-01-04"), D("2027-01-10"))
    assert week_states(report, 1) == {D("2027-01-04"): (4, "dense")}
    assert report.gaps == []

"""An activity's results and the time-slot grid, against figures worked out by hand."""
from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from app.models import activities as am
from app.models import members as members_model
from app.services.activity_results import activity_results, results_for_all, time_slots

SHANGHAI = ZoneInfo("Asia/Shanghai")


def people(db, *names: str, tier: str = "") -> list[int]:
    return [members_model.create_member(db, members_model.Member(display_name=n, tier=tier)) for n in names]


def activity(db, name: str, start: str, end: str, **values) -> am.Activity:
    item = am.Activity(name=name, starts_at=start, ends_at=end, **values)
    am.create_activity(db, item)
    return item


@pytest.fixture
def salon(db):
    """Earlier run: 甲 came. Salon: 甲 乙 丙 丁 registered, 戊 walked in, 己 cancelled; 甲 乙 came
    (丙 丁 did not), 乙 and 戊 converted. Budget 300 planned, 250 spent."""
    core = people(db, "甲", "乙", tier="核心群")
    others = people(db, "丙", "丁", "戊", "己", tier="活跃成员")
    a, b, c, d, e, f = core + others
    earlier = activity(db, "夜跑", "2026-11-01T11:30:00Z", "2026-11-01T13:00:00Z")
    am.register(db, earlier.id, [a], status="attended", walk_in=True)
    item = activity(db, "跑步沙龙", "2026-11-15T06:00:00Z", "2026-11-15T08:00:00Z", budget_planned_fen=30000,
                    budget_actual_fen=25000, goal_registrations=6, goal_attendance=3, goal_conversions=2,
                    invited_tiers=["核心群", "活跃成员"])
    am.register(db, item.id, [a, b, c, d, f])
    am.register(db, item.id, [e], status="attended", walk_in=True)
    am.set_attendance(db, item.id, [a, b], "attended")
    am.set_attendance(db, item.id, [c, d], "no_show")
    am.set_attendance(db, item.id, [f], "cancelled")
    am.set_converted(db, item.id, [b, e], True)
    return item


def test_the_figures_of_one_activity(db, salon):
    r = activity_results(db, salon.id)
    assert (r.registered, r.attended, r.no_shows, r.walk_ins, r.cancelled) == (5, 3, 2, 1, 1)
    assert r.participation_rate == pytest.approx(3 / 5)
    assert r.conversions == 2 and r.conversion_rate == pytest.approx(2 / 3)
    assert r.cost_fen == 25000 and r.cost_is_actual and r.cost_per_attendee_fen == 8333      # 250 / 3, half up
    assert (r.returning, r.new) == (1, 2)                                                     # 甲 came before
    assert [(g.name, g.goal, g.actual, g.met) for g in r.goals] == [
        ("registrations", 6, 5, False), ("attendance", 3, 3, True), ("conversions", 2, 2, True)]
    tiers = {t.tier: (t.members, t.registered, t.attended, t.show_up_rate) for t in r.tiers}
    assert tiers == {"核心群": (2, 2, 2, 1.0), "活跃成员": (4, 3, 1, pytest.approx(1 / 3))}


def test_planned_budget_stands_in_until_the_spend_is_recorded(db):
    [someone] = people(db, "甲")
    item = activity(db, "直播答疑", "2026-11-20T12:00:00Z", "2026-11-20T13:00:00Z", budget_planned_fen=10001)
    am.register(db, item.id, [someone], status="attended", walk_in=True)
    r = activity_results(db, item.id)
    assert r.cost_fen == 10001 and not r.cost_is_actual and r.cost_per_attendee_fen == 10001
    empty = activity(db, "无人报名", "2026-11-21T12:00:00Z", "2026-11-21T13:00:00Z")
    nobody = activity_results(db, empty.id)
    assert nobody.participation_rate is None and nobody.conversion_rate is None
    assert nobody.cost_per_attendee_fen is None and nobody.goals == [] and nobody.tiers == []


def test_all_activities_at_once_agree_with_one_at_a_time(db, salon):
    both = results_for_all(db)
    assert [a.name for a, _r in both] == ["跑步沙龙", "夜跑"]                 # newest first
    for item, results in both:
        assert results == activity_results(db, item.id)


def test_deleted_activities_do_not_count_as_earlier_attendance(db, salon):
    earlier = next(a for a in am.list_activities(db) if a.name == "夜跑")
    am.delete_activity(db, earlier.id, earlier.version)
    assert activity_results(db, salon.id).returning == 0
    assert [a.name for a, _r in results_for_all(db)] == ["跑步沙龙"]


def test_time_slots_by_local_weekday_and_hour(db, salon):
    grid = time_slots(db, SHANGHAI, "2026-12-01T00:00:00Z")
    # the run: Sun 1 Nov 19:30 Shanghai; the salon: Sun 15 Nov 14:00 Shanghai
    assert (grid[6][19].activities, grid[6][19].registered, grid[6][19].attended) == (1, 1, 1)
    assert (grid[6][14].registered, grid[6][14].attended) == (5, 3) and grid[6][14].rate == pytest.approx(0.6)
    assert sum(cell.activities for row in grid for cell in row) == 2
    before_salon = time_slots(db, SHANGHAI, "2026-11-10T00:00:00Z")
    assert before_salon[6][14].activities == 0 and before_salon[6][19].activities == 1


def test_two_activities_starting_together_are_both_first_for_someone_who_came_to_both(db):
    """Neither starts strictly earlier, so the member is new at both (the list and the detail agree)."""
    [someone] = people(db, "甲")
    morning = [activity(db, name, "2026-11-01T02:00:00Z", "2026-11-01T04:00:00Z") for name in ("A 场", "B 场")]
    later = activity(db, "晚场", "2026-11-01T12:00:00Z", "2026-11-01T13:00:00Z")
    for item in (*morning, later):
        am.register(db, item.id, [someone], status="attended", walk_in=True)
    listed = {a.name: (r.returning, r.new) for a, r in results_for_all(db)}
    assert listed == {"A 场": (0, 1), "B 场": (0, 1), "晚场": (1, 0)}
    assert all((activity_results(db, a.id).returning, activity_results(db, a.id).new) == listed[a.name]
               for a in am.list_activities(db))

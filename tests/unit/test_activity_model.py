"""Activities' storage: refused input, registrations once per member, attendance kept in step with the
lifecycle's events, tasks and templates."""
from __future__ import annotations

from datetime import date

import pytest

from app.models import activities as am
from app.models import members as members_model
from app.models.errors import ConflictError, UserError
from app.services.activity_templates import formats, template_tasks

START, END = "2026-11-20T12:00:00Z", "2026-11-20T14:00:00Z"


def member(db, name: str) -> int:
    return members_model.create_member(db, members_model.Member(display_name=name))


def activity(db, **values) -> am.Activity:
    item = am.Activity(**{"name": "周五夜跑", "starts_at": START, "ends_at": END, **values})
    am.create_activity(db, item)
    return item


def events(db) -> list[tuple]:
    return [tuple(r) for r in db.conn.execute("SELECT id, member_id, kind, ts, text FROM events ORDER BY id")]


@pytest.mark.parametrize("values, message", [
    ({"ends_at": "2026-11-20T11:00:00Z"}, "ends before it starts"),
    ({"ends_at": START}, "ends before it starts"),
    ({"budget_planned_fen": -1}, "budget cannot be negative"),
    ({"budget_actual_fen": -500}, "budget cannot be negative"),
    ({"budget_planned_fen": 12.5}, "whole fen"),
    ({"capacity": 0}, "capacity"),
    ({"goal_attendance": -3}, "goal attendance"),
    ({"name": "  "}, "needs a name"),
    ({"mode": "metaverse"}, "unknown activity type"),
    ({"starts_at": "2026-11-20 20:00"}, "UTC text"),
])
def test_bad_input_is_refused_and_nothing_is_written(db, values, message):
    with pytest.raises(UserError, match=message):
        activity(db, **values)
    assert db.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 0


def test_capacity_below_registrations_is_a_warning_not_a_refusal(db):
    item = activity(db, capacity=1)
    added, already = am.register(db, item.id, [member(db, "甲"), member(db, "乙")])
    assert (added, already) == (2, 0)
    assert am.activity_warnings(item, 2) == ["2 registered, more than the capacity of 1"]


def test_the_same_member_registered_twice_is_registered_once(db):
    item, someone = activity(db), member(db, "王小明")
    assert am.register(db, item.id, [someone, someone]) == (1, 0)
    assert am.register(db, item.id, [someone]) == (0, 1)
    assert len(am.registrations_for(db, item.id)) == 1


def test_unknown_or_deleted_members_cannot_register(db):
    item, gone = activity(db), member(db, "离开的人")
    members_model.delete_members(db, [gone])
    with pytest.raises(UserError, match=f"no member #{gone}"):
        am.register(db, item.id, [gone])
    assert am.registrations_for(db, item.id) == []


def test_attendance_becomes_one_event_kept_in_step(db):
    item, someone = activity(db), member(db, "李静")
    am.register(db, item.id, [someone])
    assert events(db) == []                              # registered only: no event yet
    am.set_attendance(db, item.id, [someone], "attended")
    [(event_id, member_id, kind, ts, text)] = events(db)
    assert (member_id, kind, ts, text) == (someone, "attendance", START, "周五夜跑")
    # moving the activity moves its event in place: points already awarded for it are not awarded twice
    item = am.get_activity(db, item.id)
    item.starts_at, item.ends_at, item.name = "2026-11-21T12:00:00Z", "2026-11-21T13:00:00Z", "周六夜跑"
    am.save_activity(db, item)
    assert events(db) == [(event_id, someone, "attendance", "2026-11-21T12:00:00Z", "周六夜跑")]
    am.set_attendance(db, item.id, [someone], "no_show")
    assert events(db) == [(event_id, someone, "no_show", "2026-11-21T12:00:00Z", "周六夜跑")]
    am.set_attendance(db, item.id, [someone], "registered")
    assert events(db) == []
    am.set_attendance(db, item.id, [someone], "attended")
    am.unregister(db, item.id, [someone])
    assert events(db) == []


def test_a_walk_in_is_attended_at_once_and_the_rest_become_no_shows(db):
    item = activity(db)
    came, absent = member(db, "陈晨"), member(db, "张伟")
    am.register(db, item.id, [absent])
    am.register(db, item.id, [came], status="attended", walk_in=True)
    assert am.mark_no_shows(db, item.id) == 1
    assert {r.display_name: (r.status, r.walk_in) for r in am.registrations_for(db, item.id)} == {
        "陈晨": ("attended", 1), "张伟": ("no_show", 0)}
    assert {m: k for _i, m, k, _t, _x in events(db)} == {came: "attendance", absent: "no_show"}


def test_deleting_an_activity_takes_its_events_out_and_restoring_brings_them_back(db):
    item, someone = activity(db), member(db, "王小明")
    am.register(db, item.id, [someone], status="attended", walk_in=True)
    version = am.delete_activity(db, item.id, 1)
    assert events(db) == []
    with pytest.raises(Exception, match="deleted"):
        am.register(db, item.id, [member(db, "新人")])
    am.restore_activity(db, item.id, version)
    assert [(m, k) for _i, m, k, _t, _x in events(db)] == [(someone, "attendance")]


def test_a_stale_save_is_a_conflict(db):
    item = activity(db)
    mine, theirs = am.get_activity(db, item.id), am.get_activity(db, item.id)
    theirs.owner = "李娜"
    am.save_activity(db, theirs)
    mine.owner = "王芳"
    with pytest.raises(ConflictError):
        am.save_activity(db, mine)


def test_overdue_tasks_skip_done_and_closed_ones(db):
    open_one, closed = activity(db), activity(db, name="已结束", status="closed")
    for owner, title, due in ((open_one, "发海报", "2026-11-01"), (open_one, "复盘", "2026-12-01"),
                              (closed, "旧任务", "2026-10-01")):
        am.save_task(db, am.Task(activity_id=owner.id, phase="warm_up", title=title, due_date=due))
    done = am.save_task(db, am.Task(activity_id=open_one.id, phase="review", title="已完成", due_date="2026-11-02"))
    am.set_task_done(db, done, True)
    assert [(t.title, name) for t, name in am.overdue_tasks(db, date(2026, 11, 18))] == [("发海报", "周五夜跑")]


def test_a_task_needs_a_title_a_phase_and_a_real_day(db):
    item = activity(db)
    for task, message in ((am.Task(activity_id=item.id, title=""), "title"),
                          (am.Task(activity_id=item.id, title="x", phase="later"), "phase"),
                          (am.Task(activity_id=item.id, title="x", due_date="2026-02-30"), "day like")):
        with pytest.raises(UserError, match=message):
            am.save_task(db, task)


def test_templates_expand_by_phase_relative_to_the_start_day():
    tasks = template_tasks("offline_run", date(2026, 11, 28), "zh")
    phases = [t.phase for t in tasks]
    assert phases == sorted(phases, key=["warm_up", "on_site", "review"].index)
    assert tasks[0].title == "确定目标、预算与负责人" and tasks[0].due_date == "2026-11-14"     # 14 days before
    on_site = [t for t in tasks if t.phase == "on_site"]
    assert {t.due_date for t in on_site} == {"2026-11-28"} and any("热身" in t.title for t in on_site)
    assert [t.position for t in tasks] == list(range(len(tasks)))
    english = template_tasks("offline_run", date(2026, 11, 28), "en")
    assert len(english) == len(tasks) and english[0].title == "Set the goal, budget and owner"
    # a format without its own steps gets the common warm-up and review
    assert {t.phase for t in template_tasks("读书会", date(2026, 11, 28))} == {"warm_up", "review"}
    assert set(formats()) == set(am.FORMATS)


def test_a_template_creates_the_checklist_with_the_activity(db):
    item = am.Activity(name="直播答疑", starts_at=START, ends_at=END, format="live_ama")
    am.create_activity(db, item, template_tasks("live_ama", date(2026, 11, 20)))
    assert [t.title for t in am.tasks_for(db, item.id)] == [t.title for t in template_tasks("live_ama", date(2026, 11, 20))]

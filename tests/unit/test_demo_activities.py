"""The demo community's year of activities: calendar, statuses, registrations and their attendance events."""
from __future__ import annotations

import json
import time as clock
from collections import Counter
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from app.models import activities as am
from app.models.database import Database
from app.models.errors import UserError
from app.services.activity_templates import template_tasks
from app.services.demo import build_demo
from app.services.demo_activities import PER_MONTH, add_demo_activities
from app.services.demo_activity import DEMO_LADDER, add_demo_activity
from app.services.jobs import Cancelled

TODAY = date(2026, 11, 21)
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime.combine(TODAY, time(12), SHANGHAI)


def rows(db, query: str, params: tuple = ()) -> list[tuple]:
    return [tuple(r) for r in db.conn.execute(query, params)]


def scalar(db, query: str, params: tuple = ()):
    return db.conn.execute(query, params).fetchone()[0]


def local(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(SHANGHAI)


@pytest.fixture
def community(db):
    build_demo(db, members=200, seed=3, today=TODAY)
    return db


@pytest.fixture
def planned(community):
    added = add_demo_activities(community, seed=42, today=TODAY)
    assert added == scalar(community, "SELECT count(*) FROM activities")
    return community


def test_a_year_and_six_weeks_of_six_to_ten_a_month(planned):
    activities = am.list_activities(planned, newest_first=False)
    assert 80 <= len(activities) <= 140
    starts = [local(a.starts_at).date() for a in activities]
    assert min(starts) >= TODAY - timedelta(days=365) and max(starts) <= TODAY + timedelta(days=42)
    assert min(starts) < TODAY - timedelta(days=330) and max(starts) > TODAY + timedelta(days=28)
    per_month = Counter(day.strftime("%Y-%m") for day in starts)
    whole_months = [month for month in per_month if "2025-12" <= month <= "2026-11"]
    assert len(whole_months) == 12
    assert all(PER_MONTH[0] <= per_month[month] <= PER_MONTH[1] for month in whole_months)
    formats = Counter(a.format for a in activities)
    assert set(formats) >= set(am.FORMATS)
    assert formats["offline_run"] >= 24 and formats["check_in_challenge"] >= 12   # every month's core
    assert {a.mode for a in activities} == set(am.MODES)
    for activity in activities:
        am.check_activity(activity)
        assert activity.owner and activity.goal_registrations and activity.goal_attendance
        assert isinstance(activity.budget_planned_fen, int) and activity.budget_planned_fen > 0
        if activity.mode != "online":
            assert activity.place
        if activity.mode != "offline":
            assert activity.link.startswith("https://")
        assert set(activity.invited_tiers) <= {name for name, _rules in DEMO_LADDER}
    assert any(a.invited_tiers for a in activities)
    challenges = [a for a in activities if a.format == "check_in_challenge"]
    assert all(local(a.ends_at).date() - local(a.starts_at).date() >= timedelta(days=6) for a in challenges)


def test_statuses_follow_the_clock(planned):
    activities = am.list_activities(planned)
    statuses = Counter(a.status for a in activities)
    assert set(statuses) == set(am.STATUSES) and statuses["closed"] > 60
    for activity in activities:
        start, end = local(activity.starts_at), local(activity.ends_at)
        if end <= NOW:
            assert activity.status in ("closed", "reviewing"), activity
            assert activity.budget_actual_fen is not None
            if activity.status == "closed":
                assert "到场" in activity.review_note
        elif start <= NOW:
            assert activity.status == "running", activity
        else:
            assert activity.status in ("planning", "promoting"), activity
            assert activity.budget_actual_fen is None and activity.review_note == ""
            if activity.status == "promoting":
                assert start - NOW <= timedelta(days=21)
    assert all(NOW - local(a.ends_at) < timedelta(days=30) for a in activities if a.status == "reviewing")


def test_registrations_are_members_who_had_joined_once_each(planned):
    assert scalar(planned, "SELECT count(*) FROM activity_registrations") > 1_000
    assert scalar(planned, "SELECT count(*) FROM activity_registrations r LEFT JOIN members m "
                           "ON m.id = r.member_id WHERE m.id IS NULL OR m.deleted_at IS NOT NULL") == 0
    assert scalar(planned, "SELECT count(*) FROM (SELECT 1 FROM activity_registrations "
                           "GROUP BY activity_id, member_id HAVING count(*) > 1)") == 0
    assert scalar(planned, "SELECT count(*) FROM activity_registrations r JOIN members m ON m.id = r.member_id "
                           "JOIN activities a ON a.id = r.activity_id "
                           "WHERE m.join_date >= date(a.starts_at, '+8 hours')") == 0      # joined before the day
    assert scalar(planned, "SELECT count(*) FROM activity_registrations r JOIN activities a ON a.id = r.activity_id "
                           "WHERE a.status = 'planning'") == 0
    assert scalar(planned, "SELECT count(*) FROM activity_registrations WHERE registered_at > ?",
                  (NOW.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),)) == 0
    # Only past and running activities have attendance; upcoming ones are only registered.
    by_status = dict(rows(planned, "SELECT a.status, group_concat(DISTINCT r.status) FROM activity_registrations r "
                                   "JOIN activities a ON a.id = r.activity_id GROUP BY a.status"))
    assert set(by_status["promoting"].split(",")) == {"registered"}
    assert "registered" not in by_status["closed"].split(",")
    # A group's outing is for its members; capacity holds.
    assert scalar(planned, "SELECT count(*) FROM activity_registrations r JOIN activities a ON a.id = r.activity_id "
                           "WHERE a.sub_community_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM member_sub_communities "
                           "l WHERE l.member_id = r.member_id AND l.sub_community_id = a.sub_community_id)") == 0
    assert scalar(planned, "SELECT count(*) FROM activities a WHERE a.capacity < (SELECT count(*) FROM "
                           "activity_registrations r WHERE r.activity_id = a.id AND r.walk_in = 0)") == 0


def test_active_members_come_far_more_often_and_the_departed_only_long_ago(planned):
    per_status = dict(rows(planned, "SELECT m.status, 1.0 * count(r.id) / count(DISTINCT m.id) FROM members m "
                                    "LEFT JOIN activity_registrations r ON r.member_id = m.id GROUP BY m.status"))
    assert per_status["active"] > 2 * per_status["silent"]
    assert per_status["active"] > 2 * per_status["left"]
    latest_departed = scalar(planned, "SELECT max(a.starts_at) FROM activity_registrations r JOIN members m "
                                      "ON m.id = r.member_id JOIN activities a ON a.id = r.activity_id "
                                      "WHERE m.status IN ('left', 'banned')")
    assert latest_departed is None or local(latest_departed).date() < TODAY - timedelta(days=45)
    # Heavy-tailed: the fifth who come most account for well over half the attendance.
    counts = sorted((r[0] for r in rows(planned, "SELECT count(*) FROM activity_registrations WHERE status = "
                                                 "'attended' GROUP BY member_id")), reverse=True)
    assert sum(counts[:len(counts) // 5]) > 0.5 * sum(counts)


def test_no_shows_walk_ins_and_conversions(planned):
    attended, no_show, walk_ins, converted, cancelled = rows(planned, """
        SELECT sum(r.status = 'attended'), sum(r.status = 'no_show'), sum(r.walk_in), sum(r.converted),
               sum(r.status = 'cancelled')
        FROM activity_registrations r JOIN activities a ON a.id = r.activity_id
        WHERE a.status IN ('closed', 'reviewing')""")[0]
    assert 0.08 <= no_show / (attended + no_show) <= 0.15
    assert walk_ins > 10 and cancelled > 0
    assert 0 < converted < attended * 0.2
    assert scalar(planned, "SELECT count(*) FROM activity_registrations WHERE walk_in = 1 AND "
                           "(status != 'attended' OR registered_at != checked_in_at)") == 0
    assert scalar(planned, "SELECT count(*) FROM activity_registrations WHERE converted = 1 "
                           "AND status != 'attended'") == 0
    assert scalar(planned, "SELECT count(*) FROM activity_registrations WHERE (status = 'attended') "
                           "!= (checked_in_at IS NOT NULL)") == 0


def test_attendance_events_are_the_models_own(planned):
    """One events row per attended / no-show registration, made the way the activities model makes them."""
    wanted = {}
    for uid, member_id, status, checked_in, starts, ends, name in rows(planned, """
            SELECT a.uid, r.member_id, r.status, r.checked_in_at, a.starts_at, a.ends_at, a.name
            FROM activity_registrations r JOIN activities a ON a.id = r.activity_id
            WHERE r.status IN ('attended', 'no_show')"""):
        during = checked_in and starts <= checked_in < ends
        ts = checked_in if status == "attended" and during else starts
        wanted[am.event_key(uid, member_id)] = (member_id, am.EVENT_KINDS[status], ts, name)
    events = {key: (member_id, kind, ts, text) for key, member_id, kind, ts, text in rows(
        planned, "SELECT source_key, member_id, kind, ts, text FROM events")}
    assert events == wanted and len(events) > 1_000
    sources = rows(planned, "SELECT DISTINCT s.file_name, s.format, e.platform FROM events e "
                            "JOIN event_sources s ON s.id = e.source")
    assert sources == [(am.EVENT_SOURCE_FILE, am.EVENT_SOURCE_FORMAT, am.EVENT_PLATFORM)]
    # The model keeps them in step afterwards: marking a no-show present changes the same row.
    activity_id, member_id = rows(planned, "SELECT activity_id, member_id FROM activity_registrations "
                                           "WHERE status = 'no_show' LIMIT 1")[0]
    before = scalar(planned, "SELECT count(*) FROM events")
    am.set_attendance(planned, activity_id, [member_id], "attended")
    assert scalar(planned, "SELECT count(*) FROM events") == before
    key = am.event_key(am.get_activity(planned, activity_id).uid, member_id)
    assert scalar(planned, "SELECT kind FROM events WHERE source_key = ?", (key,)) == "attendance"


def test_tasks_come_from_the_templates_and_past_ones_are_done(planned):
    activity = next(a for a in am.list_activities(planned) if a.format == "salon" and a.status == "closed")
    tasks = am.tasks_for(planned, activity.id)
    expected = template_tasks("salon", local(activity.starts_at).date(), "zh")
    assert [(t.phase, t.title, t.due_date) for t in tasks] == [(t.phase, t.title, t.due_date) for t in expected]
    done = scalar(planned, "SELECT 1.0 * sum(t.done_at IS NOT NULL) / count(*) FROM activity_tasks t "
                           "JOIN activities a ON a.id = t.activity_id WHERE a.status = 'closed'")
    assert done > 0.9
    assert scalar(planned, "SELECT count(*) FROM activities a WHERE NOT EXISTS "
                           "(SELECT 1 FROM activity_tasks t WHERE t.activity_id = a.id)") == 0
    assert scalar(planned, "SELECT count(*) FROM activity_tasks WHERE done_at > ?",
                  (NOW.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),)) == 0
    assert am.overdue_tasks(planned, TODAY)            # something left to chase


def test_a_few_ab_tests_split_the_sign_ups(planned):
    tested = rows(planned, "SELECT activity_id, group_concat(label), group_concat(description, '|'), "
                           "sum(conversions) FROM activity_variants GROUP BY activity_id")
    assert 3 <= len(tested) <= 40
    for activity_id, labels, descriptions, conversions in tested:
        assert labels == "A,B"
        assert descriptions in ("周五 20:00 场|周六 10:00 场", "海报 A:城市夜跑剪影|海报 B:跑友合照")
        signed_up = scalar(planned, "SELECT count(*) FROM activity_registrations WHERE activity_id = ? "
                                    "AND status != 'cancelled'", (activity_id,))
        assert conversions == signed_up
        for variant in am.variants_for(planned, activity_id):
            assert 0 <= variant.conversions <= variant.audience


def test_same_seed_same_year(tmp_path):
    made = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        with Database(tmp_path / f"{name}.cdesk", operator="x", create=True) as db:
            build_demo(db, members=60, seed=1, today=TODAY)
            add_demo_activities(db, seed=seed, today=TODAY)
            made.append((rows(db, "SELECT uid, name, starts_at, ends_at, status, place, budget_planned_fen, "
                                  "review_note FROM activities ORDER BY id"),
                         rows(db, "SELECT activity_id, member_id, status, registered_at, checked_in_at "
                                  "FROM activity_registrations ORDER BY id"),
                         rows(db, "SELECT member_id, ts, kind, source_key FROM events ORDER BY id")))
    assert made[0] == made[1]
    assert made[0] != made[2]


def test_refusals_write_nothing(community, tmp_path):
    with Database(tmp_path / "empty.cdesk", operator="x", create=True) as empty:
        with pytest.raises(UserError, match="no members"):
            add_demo_activities(empty, today=TODAY)
    add_demo_activities(community, seed=42, today=TODAY)
    before = scalar(community, "SELECT count(*) FROM activities")
    with pytest.raises(UserError, match="already holds activities"):
        add_demo_activities(community, seed=43, today=TODAY)
    assert scalar(community, "SELECT count(*) FROM activities") == before
    with Database(tmp_path / "chat.cdesk", operator="x", create=True) as chat:
        build_demo(chat, members=20, seed=1, today=TODAY)
        add_demo_activity(chat, seed=1, today=TODAY)
        with pytest.raises(UserError, match="before it"):      # its own calendar would attend twice
            add_demo_activities(chat, seed=1, today=TODAY)
        assert scalar(chat, "SELECT count(*) FROM activities") == 0


def test_cancel_writes_nothing(community):
    tables = ("activities", "activity_tasks", "activity_registrations", "activity_variants", "events",
              "event_sources", "changes")
    before = {t: scalar(community, f"SELECT count(*) FROM {t}") for t in tables}
    state = {"done": 0}

    def progress(done, total):
        state["done"] = done

    with pytest.raises(Cancelled):
        add_demo_activities(community, seed=42, today=TODAY, progress=progress,
                            cancelled=lambda: state["done"] >= 50)
    assert state["done"] == 50
    assert {t: scalar(community, f"SELECT count(*) FROM {t}") for t in tables} == before


def test_then_the_chat_demo_counts_the_activities_and_attends_nobody_twice(planned):
    add_demo_activity(planned, seed=42, today=TODAY)
    kinds = dict(rows(planned, "SELECT kind, group_concat(DISTINCT platform) FROM events GROUP BY kind"))
    assert kinds["attendance"] == kinds["no_show"] == "activity"     # no weekend calendar of its own
    assert kinds["message"] == "wechat"
    attended = scalar(planned, "SELECT count(*) FROM activity_registrations WHERE status = 'attended'")
    assert scalar(planned, "SELECT count(*) FROM events WHERE kind = 'attendance'") == attended
    # The lifecycle saw the attendance: the core tier needs two events attended, and is reached.
    core = DEMO_LADDER[2][0]
    assert scalar(planned, "SELECT count(*) FROM members WHERE tier = ?", (core,)) >= 1
    assert scalar(planned, "SELECT count(*) FROM members m WHERE tier = ? AND (SELECT count(*) FROM events e "
                           "WHERE e.member_id = m.id AND e.kind = 'attendance') < 2", (core,)) == 0
    # Those who talk most also come: the top chatters attend far more than the average member.
    top = rows(planned, "SELECT member_id FROM events WHERE kind = 'message' GROUP BY member_id "
                        "ORDER BY count(*) DESC LIMIT 10")
    top_attended = scalar(planned, f"SELECT count(*) FROM events WHERE kind = 'attendance' AND member_id IN "
                                   f"({','.join(str(r[0]) for r in top)})") / 10
    assert top_attended > 3 * attended / scalar(planned, "SELECT count(*) FROM members")
    change = json.loads(scalar(planned, "SELECT after FROM changes WHERE action = 'demo_activities'"))
    assert change["activities"] == scalar(planned, "SELECT count(*) FROM activities")


def test_500_members_take_well_under_five_seconds(db):
    build_demo(db, members=500, seed=42, today=TODAY)
    started = clock.perf_counter()
    added = add_demo_activities(db, seed=42, today=TODAY)
    assert clock.perf_counter() - started < 5
    assert 80 <= added <= 140
    assert 2_000 < scalar(db, "SELECT count(*) FROM activity_registrations") < 8_000

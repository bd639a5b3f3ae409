"""The dashboard's figures on a small scripted community, against values worked out by hand."""
from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.models.activities import Activity, create_activity, register
from app.models.errors import UserError
from app.models.members import Member, create_member
from app.services.dashboard import FIGURE_KEYS, Scope, build_dashboard, period_figures

SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")
MARCH_APRIL = Scope(date(2026, 3, 1), date(2026, 4, 30), SHANGHAI)


def add_events(db, rows):
    with db.transaction() as conn:
        source = conn.execute("INSERT INTO event_sources(file_name, format, imported_at, imported_by) "
                              "VALUES ('t', 'csv', '2026-01-01T00:00:00Z', 't')").lastrowid
        start = conn.execute("SELECT coalesce(max(source_key), 0) FROM events").fetchone()[0]
        conn.executemany("INSERT INTO events(member_id, ts, kind, platform, source, source_key) "
                         "VALUES (?, ?, ?, 'wechat', ?, ?)",
                         [(m, ts, kind, source, start + i + 1) for i, (m, ts, kind) in enumerate(rows)])


@pytest.fixture
def town(db):
    """A: an old member; B, C, D joined in March (C left on 20 March); E joined in April.
    A and D are in the running group. Times are UTC; the community is in Shanghai (UTC+8)."""
    ids = {}
    for name, joined in (("A", "2026-01-01"), ("B", "2026-03-02"), ("C", "2026-03-05"),
                         ("D", "2026-03-10"), ("E", "2026-04-15")):
        ids[name] = create_member(db, Member(display_name=name, join_date=joined))
    with db.transaction() as conn:
        conn.execute("UPDATE members SET status = 'left', updated_at = '2026-03-20T10:00:00Z' WHERE id = ?",
                     (ids["C"],))
        group = conn.execute("INSERT INTO sub_communities(name, created_at, version, updated_at, updated_by) "
                             "VALUES ('跑步', '2026-01-01T00:00:00Z', 1, '2026-01-01T00:00:00Z', 't')").lastrowid
        conn.executemany("INSERT INTO member_sub_communities(member_id, sub_community_id) VALUES (?, ?)",
                         [(ids["A"], group), (ids["D"], group)])
    ids["group"] = group
    add_events(db, [
        (ids["A"], "2026-02-20T03:00:00Z", "message"),
        (ids["A"], "2026-03-01T00:30:00Z", "message"),       # 08:30 on 1 March
        (ids["A"], "2026-03-01T05:00:00Z", "message"),       # the same day
        (ids["A"], "2026-03-15T16:30:00Z", "message"),       # 00:30 on 16 March in Shanghai
        (ids["A"], "2026-03-15T17:00:00Z", "checkin"),       # not a message
        (ids["B"], "2026-03-31T15:30:00Z", "message"),       # 23:30 on 31 March
        (ids["B"], "2026-04-01T02:00:00Z", "message"),       # B's 30th day after joining
        (ids["C"], "2026-03-06T03:00:00Z", "message"),
        (ids["D"], "2026-04-08T03:00:00Z", "message"),       # one day short of D's 30th day
        (ids["E"], "2026-04-20T03:00:00Z", "message"),
    ])
    return ids


def test_the_trigger_dates_a_leaver_from_the_write(town, db):
    assert db.conn.execute("SELECT left_at FROM members WHERE id = ?", (town["C"],)).fetchone()[0] == \
        "2026-03-20T10:00:00Z"
    db.conn.execute("UPDATE members SET status = 'active' WHERE id = ?", (town["C"],))
    assert db.conn.execute("SELECT left_at FROM members WHERE id = ?", (town["C"],)).fetchone()[0] is None


def test_figures_by_hand(town, db):
    f = period_figures(db, MARCH_APRIL)
    assert set(f) == set(FIGURE_KEYS)
    assert f["members"] == 4                   # A B D E; C left on 20 March
    assert f["new_members"] == 4               # B C D E
    assert f["messages"] == 8                  # the check-in is not a message
    assert f["active_members"] == 5
    assert f["dau_avg"] == round(7 / 61, 2)    # 7 (member, day) pairs over 61 days
    assert f["mau"] == 3                       # B D E spoke in 1-30 April
    assert f["stickiness"] == round((7 / 61) / 3, 4)
    assert f["speaking_rate"] == round(5 / 4, 4)
    assert f["retention_30d"] == round(1 / 3, 4)   # B came back on day 30; C left; D was a day short
    assert f["interaction_rate"] is None and f["participation_rate"] is None
    assert f["cases_opened"] == 0 and f["sla_breach_rate"] is None


def test_the_previous_period_and_a_sub_community(town, db):
    before = period_figures(db, MARCH_APRIL.previous())
    assert MARCH_APRIL.previous().start == date(2025, 12, 30)
    assert (before["members"], before["messages"], before["active_members"], before["mau"]) == (1, 1, 1, 1)
    assert before["retention_30d"] == 1.0      # A joined on 1 January and spoke on 20 February
    group = period_figures(db, Scope(MARCH_APRIL.start, MARCH_APRIL.end, SHANGHAI, town["group"]))
    assert (group["members"], group["new_members"], group["active_members"], group["messages"]) == (2, 1, 2, 4)


def test_a_message_counts_on_its_local_day(town, db):
    sixteenth = Scope(date(2026, 3, 16), date(2026, 3, 16), SHANGHAI)
    assert period_figures(db, sixteenth)["active_members"] == 1
    utc_sixteenth = Scope(date(2026, 3, 16), date(2026, 3, 16), ZoneInfo("UTC"))
    assert period_figures(db, utc_sixteenth)["active_members"] == 0
    late = create_member(db, Member(display_name="F", join_date="2026-03-01"))
    add_events(db, [(late, "2026-03-11T03:30:00Z", "message")])          # 23:30 on 10 March in New York
    assert period_figures(db, Scope(date(2026, 3, 10), date(2026, 3, 10), NEW_YORK))["active_members"] == 1
    assert period_figures(db, Scope(date(2026, 3, 11), date(2026, 3, 11), NEW_YORK))["active_members"] == 0


def test_daily_series_weeks_and_cohorts(town, db):
    board = build_dashboard(db, MARCH_APRIL)
    days = {p.day: p for p in board.days}
    assert len(board.days) == 61
    assert days[date(2026, 3, 1)].dau == 1 and days[date(2026, 3, 16)].dau == 1 and days[date(2026, 3, 2)].dau == 0
    assert days[date(2026, 3, 6)].mau == 2          # A (20 Feb, 1 Mar) and C
    assert days[date(2026, 4, 1)].mau == 3          # A (16 Mar), B, C (6 Mar)
    assert days[date(2026, 4, 30)].mau == 3
    weeks = {w.week: (w.joined, w.left) for w in board.weeks}
    assert weeks[date(2026, 3, 2)] == (2, 0) and weeks[date(2026, 3, 9)] == (1, 0)
    assert weeks[date(2026, 3, 16)] == (0, 1) and weeks[date(2026, 4, 13)] == (1, 0)
    cohorts = {c.week: c for c in board.cohorts}
    march = cohorts[date(2026, 3, 2)]               # B and C
    assert march.size == 2
    assert march.retained[0] == 0.5                 # C spoke on 6 March
    assert march.retained[4] == 0.5                 # B: 31 March is in week 4 (30 Mar - 5 Apr)
    assert march.retained[1] == 0.0
    april = cohorts[date(2026, 4, 13)]
    assert april.retained == [0.0, 1.0]             # E spoke on 20 April; later weeks have not ended
    assert board.previous["members"] == 1


def test_participation_tiers_and_moves(town, db):
    start = "2026-03-14T02:00:00Z"
    activity = create_activity(db, Activity(name="晨跑", starts_at=start, ends_at="2026-03-14T04:00:00Z"))
    register(db, activity, [town["A"], town["B"], town["D"]])
    register(db, activity, [town["E"]], status="cancelled")
    db.conn.execute("UPDATE activity_registrations SET status = 'attended' WHERE member_id IN (?, ?)",
                    (town["A"], town["B"]))
    with db.transaction() as conn:
        conn.executemany("INSERT INTO tiers(position, name, created_at, version, updated_at, updated_by) "
                         "VALUES (?, ?, '2026-01-01T00:00:00Z', 1, '2026-01-01T00:00:00Z', 't')",
                         [(1, "基础群"), (2, "核心群")])
        conn.execute("UPDATE members SET tier = '核心群' WHERE id = ?", (town["A"],))
        conn.execute("UPDATE members SET tier = '基础群' WHERE id IN (?, ?)", (town["B"], town["D"]))
        conn.executemany("INSERT INTO tier_changes(member_id, from_tier, to_tier, reason, at, by) "
                         "VALUES (?, ?, ?, 'rules', ?, 't')",
                         [(town["A"], "", "基础群", "2026-03-01T01:00:00Z"),      # a first placement
                          (town["A"], "基础群", "核心群", "2026-03-31T17:00:00Z"),  # 1 April in Shanghai
                          (town["B"], "核心群", "基础群", "2026-04-10T01:00:00Z")])
        conn.executemany("INSERT INTO rfm_scores(member_id, frequency, monetary_fen, r, f, m, segment, computed_at) "
                         "VALUES (?, 1, 0, 5, 5, 5, ?, '2026-04-01T00:00:00Z')",
                         [(town["A"], "champions"), (town["B"], "loyal"), (town["C"], "champions"),
                          (town["D"], "champions")])
    board = build_dashboard(db, MARCH_APRIL)
    assert board.segments == [("champions", 2), ("loyal", 1)]            # C left
    group = build_dashboard(db, Scope(MARCH_APRIL.start, MARCH_APRIL.end, SHANGHAI, town["group"]))
    assert group.segments == [("champions", 2)] and group.tiers == [("基础群", 1), ("核心群", 1)]
    assert board.figures["participation_rate"] == round(2 / 3, 4)
    [rate] = board.activities
    assert (rate.name, rate.starts, rate.registered, rate.attended) == ("晨跑", date(2026, 3, 14), 3, 2)
    assert board.tiers == [("", 1), ("基础群", 2), ("核心群", 1)]      # E has no tier; C left
    moves = {m.month: (m.up, m.down) for m in board.tier_moves}
    assert moves["2026-03"] == (0, 0) and moves["2026-04"] == (1, 1)
    assert len(board.tier_moves) == 6


def test_empty_file_and_bad_periods(db):
    board = build_dashboard(db, Scope(date(2026, 11, 1), date(2026, 11, 30), SHANGHAI))
    assert board.figures["members"] == 0 and board.figures["mau"] == 0 and board.figures["stickiness"] == 0.0
    assert board.figures["speaking_rate"] == 0.0 and board.figures["retention_30d"] is None
    assert all(p.dau == 0 and p.mau == 0 for p in board.days) and len(board.days) == 30
    assert board.cohorts == [] and board.segments == [] and board.activities == [] and board.pillars == []
    with pytest.raises(UserError, match="after it ends"):
        period_figures(db, Scope(date(2026, 11, 2), date(2026, 11, 1), SHANGHAI))
    with pytest.raises(UserError, match="at most 731 days"):
        build_dashboard(db, Scope(date(2020, 1, 1), date(2026, 1, 1), SHANGHAI))


def test_new_events_are_picked_up_and_a_replaced_file_is_not_mixed_up(town, db, tmp_path):
    before = period_figures(db, MARCH_APRIL)["messages"]
    add_events(db, [(town["E"], "2026-04-21T03:00:00Z", "message"), (town["E"], "2019-01-01T03:00:00Z", "message")])
    assert period_figures(db, MARCH_APRIL)["messages"] == before + 1
    earlier = Scope(date(2018, 12, 1), date(2019, 1, 31), SHANGHAI)
    assert period_figures(db, earlier)["messages"] == 1      # loaded when the wider range is read
    path = db.path
    db.close()
    path.unlink()
    from app.models.database import Database
    fresh = Database(path, operator="t", create=True)
    other = create_member(fresh, Member(display_name="Z", join_date="2026-03-01"))
    add_events(fresh, [(other, "2026-03-03T03:00:00Z", "message")] * 1)
    assert period_figures(fresh, MARCH_APRIL)["messages"] == 1
    fresh.close()


def test_dashboard_reads_the_previous_period_for_the_comparison(town, db):
    board = build_dashboard(db, Scope(date(2026, 3, 31), date(2026, 4, 1), SHANGHAI))
    assert board.figures["active_members"] == 1 and board.previous["active_members"] == 0
    assert board.scope.previous() == Scope(date(2026, 3, 29), date(2026, 3, 30), SHANGHAI)
    assert [p.day for p in board.days] == [date(2026, 3, 31), date(2026, 3, 31) + timedelta(days=1)]

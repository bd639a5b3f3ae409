"""The KOL cohort (星火计划) and the at-risk list on scripted timelines."""
from __future__ import annotations

import json
from datetime import date

import pytest

from app.models.database import Database
from app.models.errors import UserError
from app.services import at_risk, kol
from app.services import lifecycle as lc
from tests.unit.test_lifecycle import add_events, add_member

AS_OF = date(2024, 3, 31)


def kol_timeline(db: Database) -> tuple[int, int, int]:
    a, b, c = (add_member(db, n) for n in ("小红", "老K", "路人"))
    add_events(db, a, "2024-03-01T03:00:00Z", 30)                            # 30
    add_events(db, b, "2024-03-01T03:00:00Z", 4, text="长" * 120)            # 4 + 4 * 5
    add_events(db, b, "2024-03-02T03:00:00Z", 1, kind="attendance")          # + 10 = 34
    add_events(db, c, "2024-03-01T03:00:00Z", 2, text="短")                  # 2
    return a, b, c


# -- KOL cohort -----------------------------------------------------------------------------
def test_accept_stores_score_and_parts_and_is_idempotent_per_month(db: Database):
    a, b, c = kol_timeline(db)
    shortlist = {k.member_id: k for k in lc.kol_shortlist(db, as_of=AS_OF)}
    assert kol.accept_into_cohort(db, "2024-03", [b, a], note="首批", as_of=AS_OF) == 2
    assert kol.accept_into_cohort(db, "2024-03", [a, b, c], as_of=AS_OF) == 1      # only c is new
    assert kol.accept_into_cohort(db, "2024-03", [a, a], as_of=AS_OF) == 0
    rows = {r[0]: r[1:] for r in db.conn.execute(
        "SELECT member_id, month, score, parts, accepted_by, note FROM kol_cohort")}
    assert set(rows) == {a, b, c}
    month, score, parts, by, note = rows[b]
    assert (month, score, by, note) == ("2024-03", 34.0, "李娜", "首批")
    parts = json.loads(parts)
    assert (parts["messages"], parts["long_posts"], parts["attended"]) == (4, 4, 1)
    assert parts["weights"] == {"messages": 1, "long_posts": 5, "attendance": 10}
    for member in (a, b, c):   # the same figures as the shortlist the operator picked from
        assert rows[member][1] == shortlist[member].score
    assert rows[c][4] == ""
    # Another month is another cohort; the role is given once.
    assert kol.accept_into_cohort(db, "2024-04", [a], as_of=AS_OF) == 1
    assert db.conn.execute("SELECT count(*) FROM kol_cohort").fetchone()[0] == 4
    roles = db.conn.execute("SELECT member_id FROM member_roles WHERE role = 'kol' ORDER BY member_id").fetchall()
    assert [r[0] for r in roles] == sorted([a, b, c])
    assert db.conn.execute("SELECT version FROM members WHERE id = ?", (a,)).fetchone()[0] == 2
    history = db.history("members", a)
    assert history[-1]["action"] == "role" and history[-1]["after"] == {"roles": ["kol"]}
    accepted = db.conn.execute("SELECT count(*) FROM changes WHERE table_name = 'kol_cohort' "
                               "AND action = 'accept'").fetchone()[0]
    assert accepted == 4
    assert kol.cohort_months(db) == ["2024-04", "2024-03"]


def test_member_without_activity_is_accepted_with_zero_score(db: Database):
    quiet = add_member(db, "安静")
    assert kol.accept_into_cohort(db, "2024-03", [quiet], as_of=AS_OF) == 1
    score, parts = db.conn.execute("SELECT score, parts FROM kol_cohort").fetchone()
    assert score == 0 and json.loads(parts)["messages"] == 0


@pytest.mark.parametrize("month", ["2024-13", "2024-3", "24-03", "2024/03", "", "2024-03-01", "三月"])
def test_bad_month_is_refused(db: Database, month: str):
    a, _b, _c = kol_timeline(db)
    with pytest.raises(UserError, match="YYYY-MM"):
        kol.accept_into_cohort(db, month, [a], as_of=AS_OF)
    with pytest.raises(UserError, match="YYYY-MM"):
        kol.cohort(db, month)
    assert db.conn.execute("SELECT count(*) FROM kol_cohort").fetchone()[0] == 0


def test_unknown_member_refused_and_nothing_written(db: Database):
    a, _b, _c = kol_timeline(db)
    with pytest.raises(UserError, match="#999 does not exist"):
        kol.accept_into_cohort(db, "2024-03", [a, 999], as_of=AS_OF)
    assert db.conn.execute("SELECT count(*) FROM kol_cohort").fetchone()[0] == 0
    assert db.conn.execute("SELECT count(*) FROM member_roles").fetchone()[0] == 0


def test_cohort_tracks_activity_per_month_since_acceptance(db: Database):
    a, b, c = kol_timeline(db)
    kol.accept_into_cohort(db, "2024-03", [a, b], as_of=AS_OF)
    kol.accept_into_cohort(db, "2024-04", [c], as_of=AS_OF)
    add_events(db, a, "2024-04-10T03:00:00Z", 7)
    add_events(db, a, "2024-04-11T03:00:00Z", 2, kind="attendance")
    add_events(db, a, "2024-04-30T17:00:00Z", 1)       # 01:00 on 1 May in UTC+8: a May message
    add_events(db, b, "2024-05-20T03:00:00Z", 3)
    add_events(db, b, "2024-05-21T03:00:00Z", 4, kind="check_in")   # not counted
    add_events(db, c, "2024-03-15T03:00:00Z", 9)       # before c's cohort month
    add_events(db, c, "2024-06-15T03:00:00Z", 5)       # after as_of
    rows = kol.cohort(db, as_of=date(2024, 5, 31))
    assert [(r.member_id, r.month) for r in rows] == [(c, "2024-04"), (b, "2024-03"), (a, "2024-03")]
    by_member = {r.member_id: r for r in rows}
    assert by_member[a].activity == {"2024-03": (30, 0), "2024-04": (7, 2), "2024-05": (1, 0)}
    assert by_member[b].activity == {"2024-03": (4, 1), "2024-04": (0, 0), "2024-05": (3, 0)}
    assert by_member[c].activity == {"2024-04": (0, 0), "2024-05": (0, 0)}
    assert by_member[b].score == 34 and by_member[b].parts["long_posts"] == 4
    assert by_member[b].name == "老K" and by_member[b].accepted_by == "李娜"
    assert [r.member_id for r in kol.cohort(db, "2024-04", as_of=date(2024, 5, 31))] == [c]
    assert kol.cohort(db, "2023-01") == []


def test_cohort_activity_reads_the_member_index(db: Database):
    a, b, c = kol_timeline(db)
    kol.accept_into_cohort(db, "2024-03", [a, b], as_of=AS_OF)
    db.conn.execute("ANALYZE")
    plan = " ".join(r[3] for r in db.conn.execute(
        "EXPLAIN QUERY PLAN " + kol.activity_sql(), ("+8 hours", "-8 hours", "2024-06-01T00:00:00Z")))
    assert "events_by_member" in plan and "SCAN e " not in plan + " "


def test_month_helpers():
    assert kol.months_between("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert kol.months_between("2024-03", "2024-02") == []
    assert kol.check_month(" 2024-03 ") == "2024-03"


# -- at-risk list and recall summary ----------------------------------------------------------
def churn_timeline(db: Database) -> tuple[int, int, int]:
    """P slows down, Q keeps up, S goes silent (the rules of the lifecycle docstring, churn.days 30)."""
    p, q, s = (add_member(db, n, "2024-01-01") for n in ("P", "Q", "静"))
    for member in (p, q):
        for day in ("2024-03-15", "2024-04-15", "2024-05-15"):
            add_events(db, member, f"{day}T03:00:00Z", 10)
    add_events(db, p, "2024-06-20T03:00:00Z", 5)
    add_events(db, q, "2024-06-20T03:00:00Z", 9)
    add_events(db, s, "2024-05-20T03:00:00Z")
    return p, q, s


def test_at_risk_list_and_recall_summary(db: Database):
    p, q, s = churn_timeline(db)
    assert at_risk.at_risk_list(db) == []
    empty = at_risk.recall_summary(db)
    assert (empty.at_risk, empty.logged, empty.rate) == (0, 0, None)

    lc.recompute(db, date(2024, 6, 28))
    rows = at_risk.at_risk_list(db)
    assert [r.member_id for r in rows] == [p, s]
    row = {r.member_id: r for r in rows}
    assert row[s].name == "静" and row[s].flagged_at == "2024-06-28" and row[s].reason == "silent for 39 days"
    assert row[p].last_activity == "2024-06-20T03:00:00Z" and row[s].last_activity == "2024-05-20T03:00:00Z"
    assert row[p].state == at_risk.NO_RECALL and row[p].recall_action is None
    assert row[p].active_since_recall is None
    assert [r.member_id for r in at_risk.at_risk_list(db, limit=1)] == [p]

    lc.log_recall(db, p, "Message sent", at="2024-06-29T00:00:00Z")
    lc.log_recall(db, s, "Gift offered", at="2024-06-29T00:00:00Z")
    summary = at_risk.recall_summary(db)
    assert (summary.at_risk, summary.logged, summary.pending, summary.returned, summary.rate) == (2, 2, 2, 0, None)
    add_events(db, p, "2024-07-01T03:00:00Z")
    row = {r.member_id: r for r in at_risk.at_risk_list(db)}
    assert row[p].recall_action == "Message sent" and row[p].recall_by == "李娜"
    assert row[p].state == at_risk.CAME_BACK and row[s].state == at_risk.PENDING

    lc.recompute(db, date(2024, 7, 2))       # P returned: the flag closes
    assert [r.member_id for r in at_risk.at_risk_list(db)] == [s]
    summary = at_risk.recall_summary(db)
    assert (summary.at_risk, summary.logged, summary.returned, summary.not_returned, summary.pending) == (1, 2, 1, 0, 1)
    assert summary.rate == 1.0

    lc.recompute(db, date(2024, 7, 29))      # S did not return within 30 days of the recall
    rows = at_risk.at_risk_list(db)           # P (1 action vs a usual 5) and Q (silent) are new flags
    assert [(r.member_id, r.state, r.returned) for r in rows] == [
        (s, at_risk.NOT_RETURNED, 0), (p, at_risk.NO_RECALL, None), (q, at_risk.NO_RECALL, None)]
    assert rows[0].recall_action == "Gift offered" and rows[1].flagged_at == "2024-07-29"
    summary = at_risk.recall_summary(db)
    assert (summary.returned, summary.not_returned, summary.pending, summary.rate) == (1, 1, 0, 0.5)


def test_deleted_members_leave_the_list(db: Database):
    p, _q, s = churn_timeline(db)
    lc.recompute(db, date(2024, 6, 28))
    with db.transaction() as conn:
        conn.execute("UPDATE members SET deleted_at = '2024-06-29T00:00:00Z' WHERE id = ?", (s,))
    assert [r.member_id for r in at_risk.at_risk_list(db)] == [p]
    assert at_risk.recall_summary(db).at_risk == 1

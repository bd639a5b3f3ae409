"""Moderation storage: SLA clocks (across time zones), decisions and credit moves, appeals keeping both
decisions, conflicts between two moderators, bulk decisions, word lists, rules and settings."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from app.models import members as members_model
from app.models import moderation as mod
from app.models.database import Database
from app.models.errors import ConflictError, UserError
from app.services.lifecycle import credit_scores
from app.services.metrics import basic_stats
from app.services.moderation_stats import moderation_figures


class Clock:
    def __init__(self, text: str):
        self.now = datetime.fromisoformat(text.replace("Z", "+00:00"))

    def __call__(self) -> str:
        return self.now.strftime("%Y-%m-%dT%H:%M:%SZ")

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock("2026-11-20T15:30:00Z")


@pytest.fixture
def mdb(db_path, clock):
    database = Database(db_path, operator="李娜", create=True, clock=clock)
    yield database
    database.close()


def member(db, name: str) -> int:
    return members_model.create_member(db, members_model.Member(display_name=name))


def report(db, member_id: int, level: str = "yellow", **values) -> mod.Case:
    case = mod.Case(source="report", member_id=member_id, excerpt="加微信领福利", category="spam", level=level, **values)
    mod.open_case(db, case)
    return case


def credit(db, member_id: int) -> int:
    start = 100
    return credit_scores(db, date(2030, 1, 1), member_id=member_id).get(member_id, (start, ""))[0]


@pytest.mark.parametrize("level, hours", [("red", 4), ("yellow", 24), ("blue", 72)])
def test_due_time_is_the_levels_sla_after_opening(mdb, level, hours):
    case = report(mdb, member(mdb, "王小明"), level)
    assert mod.get_case(mdb, case.id).due_at == (
        datetime(2026, 11, 20, 15, 30, tzinfo=timezone.utc) + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_sla_clock_is_real_hours_in_every_time_zone(mdb):
    """A 24-hour SLA over the US daylight-saving change ends 24 real hours later: 23 on the local clock."""
    mod.set_config(mdb, {"sla_hours": {"yellow": 24}})
    ny = ZoneInfo("America/New_York")
    opened = datetime(2026, 11, 1, 0, 30, tzinfo=ny)          # DST ends at 02:00 that night
    case = report(mdb, member(mdb, "Ann"), "yellow",
                  opened_at=opened.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    due = datetime.fromisoformat(mod.get_case(mdb, case.id).due_at.replace("Z", "+00:00"))
    assert due - opened == timedelta(hours=24)
    assert due.astimezone(ny).strftime("%m-%d %H:%M") == "11-01 23:30"
    shanghai = due.astimezone(ZoneInfo("Asia/Shanghai"))
    assert shanghai.strftime("%m-%d %H:%M") == "11-02 12:30"    # same instant, shown in Beijing time


def test_a_red_case_opened_late_evening_is_due_after_midnight_local(mdb, clock):
    clock.now = datetime(2026, 11, 20, 23, 0, tzinfo=ZoneInfo("Asia/Shanghai")).astimezone(timezone.utc)
    case = report(mdb, member(mdb, "王小明"), "red")
    due = datetime.fromisoformat(case.due_at.replace("Z", "+00:00")).astimezone(ZoneInfo("Asia/Shanghai"))
    assert (due.day, due.hour) == (21, 3)


def test_raising_the_level_moves_the_deadline_from_the_opening(mdb, clock):
    case = report(mdb, member(mdb, "王小明"), "blue")
    clock.advance(hours=2)
    case.level = "red"
    mod.save_case(mdb, case)
    assert mod.get_case(mdb, case.id).due_at == "2026-11-20T19:30:00Z"


def test_decision_moves_credit_and_logs_who_and_when(mdb, clock):
    offender = member(mdb, "王小明")
    case = report(mdb, offender, "red")
    assert credit(mdb, offender) == 100
    version = mod.claim(mdb, case.id, case.version)
    assert mod.get_case(mdb, case.id).status == "in_review"
    clock.advance(hours=1, minutes=30)
    mod.decide(mdb, case.id, version, "mute", mute_days=3, note="刷屏广告")
    done = mod.get_case(mdb, case.id)
    assert (done.status, done.action, done.mute_days, done.credit_delta) == ("resolved", "mute", 3, -20)
    assert (done.decided_at, done.decided_by, done.sla_breached) == ("2026-11-20T17:00:00Z", "李娜", 0)
    assert credit(mdb, offender) == 80
    log = mod.case_log(mdb, case.id)
    assert [(e.kind, e.action, e.by, e.at) for e in log] == [("decision", "mute", "李娜", "2026-11-20T17:00:00Z")]
    assert [h["action"] for h in mdb.history("moderation_cases", case.id)] == ["insert", "claim", "decide"]


def test_configured_credit_moves_apply(mdb):
    mod.set_config(mdb, {"credit": {"warning": -8}})
    offender = member(mdb, "王小明")
    for _ in range(2):
        case = report(mdb, offender)
        mod.decide(mdb, case.id, case.version, "warning")
    assert credit(mdb, offender) == 84


def test_late_decision_breaches_the_sla(mdb, clock):
    case = report(mdb, member(mdb, "王小明"), "red")
    clock.advance(hours=5)
    mod.decide(mdb, case.id, case.version, "warning")
    assert mod.get_case(mdb, case.id).sla_breached == 1


def test_ban_bans_the_member_and_an_overturned_appeal_gives_status_and_credit_back(mdb, clock):
    offender = member(mdb, "王小明")
    case = report(mdb, offender, "red")
    version = mod.decide(mdb, case.id, case.version, "ban", note="诈骗")
    assert members_model.get_member(mdb, offender).status == "banned"
    assert credit(mdb, offender) == 40
    clock.advance(days=1)
    version = mod.appeal(mdb, case.id, version, note="账号被盗")
    appealed = mod.get_case(mdb, case.id)
    assert appealed.status == "appealed" and appealed.due_at == "2026-11-21T19:30:00Z"   # a fresh red clock
    mdb.operator = "王强"
    mod.decide_appeal(mdb, case.id, version, upheld=False, action="warning", note="核实被盗号")
    final = mod.get_case(mdb, case.id)
    assert (final.status, final.action, final.credit_delta) == ("overturned", "warning", -5)
    assert members_model.get_member(mdb, offender).status == "active"
    assert credit(mdb, offender) == 95
    log = mod.case_log(mdb, case.id)
    assert [(e.kind, e.action, e.by) for e in log] == [
        ("decision", "ban", "李娜"), ("appeal", "ban", "李娜"), ("overturned", "warning", "王强")]
    assert final.decided_at == "2026-11-20T15:30:00Z"     # time to decision: the first decision


def test_upheld_appeal_keeps_the_decision(mdb):
    offender = member(mdb, "王小明")
    case = report(mdb, offender)
    version = mod.decide(mdb, case.id, case.version, "delete_message")
    version = mod.appeal(mdb, case.id, version)
    mod.decide_appeal(mdb, case.id, version, upheld=True, note="维持")
    final = mod.get_case(mdb, case.id)
    assert (final.status, final.action, final.credit_delta) == ("upheld", "delete_message", -10)
    assert [e.kind for e in mod.case_log(mdb, case.id)] == ["decision", "appeal", "upheld"]
    with pytest.raises(UserError, match="only a resolved case"):
        mod.appeal(mdb, case.id, final.version)


def test_dismissed_and_open_cases_cannot_be_appealed_and_decided_twice(mdb):
    case = report(mdb, member(mdb, "王小明"))
    with pytest.raises(UserError, match="only a resolved case"):
        mod.appeal(mdb, case.id, case.version)
    version = mod.dismiss(mdb, case.id, case.version, note="误报")
    assert mod.get_case(mdb, case.id).credit_delta == 0
    with pytest.raises(UserError, match="not open for a decision"):
        mod.decide(mdb, case.id, version, "warning")


def test_two_moderators_deciding_the_same_case_conflict(mdb, db_path, clock):
    case = report(mdb, member(mdb, "王小明"))
    other = Database(db_path, operator="王强", clock=clock)
    try:
        mod.decide(other, case.id, case.version, "warning")
    finally:
        other.close()
    with pytest.raises(ConflictError, match="王强"):
        mod.decide(mdb, case.id, case.version, "ban")
    assert mod.get_case(mdb, case.id).action == "warning"


@pytest.mark.parametrize("action, days, message", [
    ("mute", None, "number of days"), ("mute", 0, "number of days"), ("shout", None, "unknown action")])
def test_bad_actions_are_refused_and_nothing_changes(mdb, action, days, message):
    case = report(mdb, member(mdb, "王小明"))
    with pytest.raises(UserError, match=message):
        mod.decide(mdb, case.id, case.version, action, mute_days=days)
    assert mod.get_case(mdb, case.id).status == "new"


@pytest.mark.parametrize("values, message", [
    ({"excerpt": "  "}, "excerpt"), ({"member_id": None}, "member concerned"), ({"category": "gossip"}, "unknown category"),
    ({"level": "purple"}, "unknown alert level"), ({"member_id": 999}, "not in the roster")])
def test_bad_cases_are_refused(mdb, values, message):
    values = {"source": "report", "member_id": member(mdb, "王小明"), "excerpt": "x", "category": "spam",
              "level": "red", **values}
    with pytest.raises(UserError, match=message):
        mod.open_case(mdb, mod.Case(**values))
    assert mdb.conn.execute("SELECT count(*) FROM moderation_cases").fetchone()[0] == 0


def test_bulk_decide_reports_the_cases_a_teammate_changed(mdb, db_path, clock):
    offender = member(mdb, "王小明")
    cases = [report(mdb, offender) for _ in range(4)]
    other = Database(db_path, operator="王强", clock=clock)
    try:
        mod.claim(other, cases[1].id, cases[1].version)
        mod.dismiss(other, cases[2].id, 1)
    finally:
        other.close()
    result = mod.bulk_decide(mdb, [(c.id, c.version) for c in cases], "warning", note="批量")
    assert result.decided == [cases[0].id, cases[3].id]
    assert [c[:2] for c in result.conflicts] == [(cases[1].id, "王强"), (cases[2].id, "王强")]
    assert mod.get_case(mdb, cases[1].id).status == "in_review"
    assert credit(mdb, offender) == 90


def test_queue_order_is_level_then_time_to_due(mdb, clock):
    who = member(mdb, "王小明")
    blue = report(mdb, who, "blue")
    clock.advance(hours=1)
    yellow_late = report(mdb, who, "yellow")
    clock.advance(hours=-3)
    yellow_early = report(mdb, who, "yellow", opened_at="2026-11-20T10:00:00Z")
    red = report(mdb, who, "red")
    done = report(mdb, who, "red")
    mod.decide(mdb, done.id, done.version, "warning")
    order = [c.id for c in mod.list_cases(mdb)]
    assert order == [red.id, yellow_early.id, yellow_late.id, blue.id, done.id]
    assert [c.id for c in mod.list_cases(mdb, mod.CaseFilter(statuses=mod.OPEN_STATUSES, levels=("yellow",)))] == [
        yellow_early.id, yellow_late.id]


def test_word_lists_save_all_or_nothing_and_refuse_a_stale_editor(mdb, db_path, clock):
    words = [mod.WordEntry("加微信", "加微信", "yellow", "spam"), mod.WordEntry("刷单", "刷单", "red", "fraud")]
    version = mod.word_list_version(mdb)
    change, allowed = mod.save_word_lists(mdb, words, [("微信支付", "微信支付")], replace=True, expected_version=version)
    assert (change.added, allowed.added) == (2, 1)
    other = Database(db_path, operator="王强", clock=clock)
    try:
        mod.save_word_lists(other, words[:1], [], replace=True, expected_version=version + 1)
    finally:
        other.close()
    with pytest.raises(UserError, match="changed by 王强"):
        mod.save_word_lists(mdb, words, [], replace=True, expected_version=version + 1)
    assert [w.word for w in mod.list_words(mdb)] == ["加微信"] and mod.list_allowed(mdb) == []
    with pytest.raises(UserError, match="unknown level"):
        mod.save_word_lists(mdb, [mod.WordEntry("x", "x", "pink", "spam")], [], replace=False)


def test_rules_sort_like_section_numbers_and_refuse_duplicates(mdb):
    for code in ("10", "2", "1.2", "1.10"):
        mod.save_rule(mdb, mod.Rule(code=code, title=f"规则{code}"))
    assert [r.code for r in mod.list_rules(mdb)] == ["1.2", "1.10", "2", "10"]
    with pytest.raises(UserError, match="already a rule 2"):
        mod.save_rule(mdb, mod.Rule(code="2", title="重复"))


@pytest.mark.parametrize("changes, message", [
    ({"sla_hours": {"red": 0}}, "red SLA"), ({"credit": {"ban": "x"}}, "credit move for ban"),
    ({"categories": ["spam", "Spam"]}, "listed twice"), ({"mute_days": 0}, "default mute")])
def test_bad_settings_are_refused(mdb, changes, message):
    with pytest.raises(UserError, match=message):
        mod.set_config(mdb, changes)
    assert mod.get_config(mdb) == mod.DEFAULT_CONFIG


def test_figures_time_to_decision_breaches_and_repeat_offenders(mdb, clock):
    offender, other = member(mdb, "王小明"), member(mdb, "李雷")
    fast = report(mdb, offender, "red")
    slow = report(mdb, offender, "red")
    blue = report(mdb, other, "blue")
    report(mdb, other, "red")                      # still waiting, past its deadline at the end
    clock.advance(hours=2)
    mod.decide(mdb, fast.id, fast.version, "warning")
    clock.advance(hours=4)
    mod.decide(mdb, slow.id, slow.version, "delete_message")
    mod.dismiss(mdb, blue.id, blue.version)
    figures = moderation_figures(mdb, "2026-11-20T00:00:00Z", "2026-11-21T00:00:00Z")
    assert (figures.cases_opened, figures.cases_decided) == (4, 3)
    assert figures.median_hours_to_decision == 6.0
    assert figures.median_hours_by_level == {"red": 4.0, "yellow": None, "blue": 6.0}
    # slow (6 h > 4 h) and the waiting red case (6 h open) breached; fast and blue did not.
    assert figures.sla_breach_rate == 0.5
    assert (figures.open_now, figures.overdue_now) == (1, 1)
    assert [(o.member_id, o.cases, o.credit_moved) for o in figures.repeat_offenders] == [(offender, 2, -15)]
    stats = basic_stats(mdb, date(2026, 11, 20), date(2026, 11, 20), timezone.utc)
    assert {k: stats[k] for k in ("cases_opened", "cases_decided", "median_hours_to_decision", "sla_breach_rate")} == {
        "cases_opened": 4, "cases_decided": 3, "median_hours_to_decision": 6.0, "sla_breach_rate": 0.5}

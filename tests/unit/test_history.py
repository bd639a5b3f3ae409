"""The changes log as a history: filters, keyset pages over a big log, readable changes, and restoring
an old value as a new change (through the record's own save path), with every refusal."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from app.models import activities as am
from app.models import content
from app.models import member_query as mq
from app.models import members as mm
from app.models import moderation as mod
from app.models.database import Database
from app.models.errors import ConflictError, SettingsConflict, UserError
from app.services import history


class Clock:
    """UTC text that moves on a second per call (so every change has its own time), or as told."""

    def __init__(self, text: str = "2026-11-20T08:00:00Z"):
        self.now = datetime.fromisoformat(text.replace("Z", "+00:00"))

    def __call__(self) -> str:
        self.now += timedelta(seconds=1)
        return self.now.strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def jump(self, text: str) -> None:
        self.now = datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def hdb(db_path, clock):
    database = Database(db_path, operator="李娜", create=True, clock=clock)
    yield database
    database.close()


@pytest.fixture
def teammate(hdb, clock):
    database = Database(hdb.path, operator="王芳", clock=clock)
    yield database
    database.close()


def member(db: Database, name: str, **values) -> mm.Member:
    created = mm.Member(display_name=name, **values)
    mm.create_member(db, created)
    return mm.get_member(db, created.id)


def edit(db: Database, member_id: int, **values) -> int:
    current = mm.get_member(db, member_id)
    for key, value in values.items():
        setattr(current, key, value)
    return mm.save_member(db, current)


def last(db: Database) -> history.Change:
    return history.query(db, limit=1)[0]


# -- reading the log -----------------------------------------------------------------------------
def test_filters_by_person_record_type_record_time_and_text(hdb, teammate, clock):
    zhang = member(hdb, "张伟")
    wang = member(teammate, "王小明", phone="13800138000")
    clock.jump("2026-11-22T02:00:00Z")
    edit(teammate, zhang.id, status="silent")
    item = content.ContentItem(title="冬季跑步穿搭")
    content.create_item(hdb, item)

    by_wang = history.query(teammate, operator="王芳")
    assert [(c.table, c.row_id, c.action) for c in by_wang] == [("members", zhang.id, "update"),
                                                                 ("members", wang.id, "insert")]
    assert all(c.operator == "王芳" for c in by_wang)
    assert [c.action for c in history.query(hdb, table="members", row_id=zhang.id)] == ["update", "insert"]
    assert [c.row_id for c in history.query(hdb, table="content_items")] == [item.id]
    # a record named: a member by name or phone, an item by a piece of its title; an id alone
    assert history.find_records(hdb, "小明") == [("members", wang.id)]
    assert history.find_records(hdb, "1380013") == [("members", wang.id)]     # a long number: a phone
    assert history.find_records(hdb, f"#{wang.id}", "members") == [("members", wang.id)]
    assert ("content_items", 12) in history.find_records(hdb, "12")          # a short one: an id
    assert ("content_items", item.id) in history.find_records(hdb, "跑步")
    found = history.query(hdb, records=history.find_records(hdb, "跑步穿搭"))
    assert [(c.table, c.row_id) for c in found] == [("content_items", item.id)]
    assert history.query(hdb, records=[]) == []
    by_id = history.query(hdb, row_id=zhang.id)          # that id in every record type
    assert {(c.table, c.row_id) for c in by_id} >= {("members", zhang.id)}
    assert all(c.row_id == zhang.id for c in by_id)
    # time: [since, until) in UTC text; the log's millisecond stamps are inside a whole-second bound
    late = history.query(hdb, since="2026-11-22T02:00:00Z")
    assert [c.action for c in late] == ["insert", "update"]
    early = history.query(hdb, until="2026-11-22T02:00:00Z", table="members")
    assert [c.action for c in early] == ["insert", "insert"]
    with hdb.transaction():
        for at, action in (("2026-11-23T01:59:59.999Z", "before"), ("2026-11-23T02:00:00.250Z", "inside")):
            hdb.conn.execute("INSERT INTO changes(at, operator, table_name, row_id, action) "
                             "VALUES (?, '李娜', 'tags', 1, ?)", (at, action))
    day = history.query(hdb, since="2026-11-23T02:00:00Z", until="2026-11-24T02:00:00Z")
    assert [c.action for c in day] == ["inside"]
    # free text: in the values or the action, any case
    assert [c.row_id for c in history.query(hdb, text="SILENT")] == [zhang.id]
    assert [c.row_id for c in history.query(hdb, text="穿搭")] == [item.id]
    assert history.query(hdb, text="100%_\\") == []      # LIKE wildcards are plain text here
    assert history.query(hdb, operator="王芳", table="content_items") == []


def test_people_and_record_types_for_the_filters(hdb, teammate):
    member(hdb, "张伟")
    member(teammate, "王小明")
    content.create_item(teammate, content.ContentItem(title="周报"))
    assert history.operators(hdb) == sorted(["李娜", "王芳"])
    assert {"members", "content_items", "schema"} <= set(history.tables(hdb))
    assert history.tables(hdb) == sorted(history.tables(hdb))


def _fill_log(db: Database, count: int) -> None:
    """*count* changes straight into the log, several sharing one time stamp (ties are paged by id)."""
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    rows = []
    for i in range(count):
        at = (start + timedelta(seconds=i // 3)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        table = "content_items" if i % 500 == 0 else "members"
        rows.append((at, ("李娜", "王芳", "张伟")[i % 3], table, i % 700 + 1, "update",
                     json.dumps({"status": "active"}), json.dumps({"status": "silent", "n": i})))
    with db.transaction():
        db.conn.executemany("INSERT INTO changes(at, operator, table_name, row_id, action, before, after) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _all_pages(db: Database, **filters) -> list[int]:
    ids, after = [], None
    while True:
        page = history.query(db, after_id=after, limit=200, **filters)
        assert len(page) <= 200
        ids += [c.id for c in page]
        if len(page) < 200:
            return ids
        after = page[-1].id


def _expected(db: Database, where: str = "1", params: tuple = ()) -> list[int]:
    return [r[0] for r in db.conn.execute(
        f"SELECT id FROM changes WHERE {where} ORDER BY at DESC, id DESC", params)]


def test_keyset_paging_over_ten_thousand_changes(hdb):
    _fill_log(hdb, 10_000)
    everything = _all_pages(hdb)
    assert len(everything) == len(set(everything)) == hdb.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    assert everything == _expected(hdb)
    assert _all_pages(hdb, operator="王芳") == _expected(hdb, "operator = ?", ("王芳",))
    assert _all_pages(hdb, table="members") == _expected(hdb, "table_name = 'members'")   # a busy type
    assert _all_pages(hdb, table="content_items") == _expected(hdb, "table_name = 'content_items'")
    assert _all_pages(hdb, table="members", row_id=7) == _expected(hdb, "table_name = 'members' AND row_id = 7")
    window = dict(since="2025-01-01T00:10:00Z", until="2025-01-01T00:40:00Z")
    assert _all_pages(hdb, **window) == _expected(hdb, "at >= '2025-01-01T00:10:00' AND at < '2025-01-01T00:40:00'")


def _plan(db: Database, **filters) -> str:
    sql, params = history.page_sql(db, after_id=5000, **filters)
    return " | ".join(r[3] for r in db.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_pages_are_read_along_an_index_never_sorting_the_whole_log(hdb):
    _fill_log(hdb, 10_000)
    for filters in ({}, {"operator": "王芳"}, {"table": "members"}, {"since": "2025-01-01T00:10:00Z"},
                    {"text": "silent"}, {"operator": "王芳", "table": "members"}):
        plan = _plan(hdb, **filters)
        assert "TEMP B-TREE" not in plan and "OFFSET" not in plan, (filters, plan)
        assert "changes_by_time" in plan or "changes_by_operator" in plan, (filters, plan)
    # one record, or a rare type: its few rows are found through changes_by_row, then sorted
    for filters in ({"table": "members", "row_id": 7}, {"table": "content_items"}):
        assert "changes_by_row" in _plan(hdb, **filters), filters
    sql, _params = history.page_sql(hdb, after_id=5000, operator="王芳")
    assert "OFFSET" not in sql.upper()


# -- what a change did ---------------------------------------------------------------------------
def test_describe_gives_each_changed_field_with_readable_values(hdb):
    zhang = member(hdb, "张伟", tags=["新人"], identities=[("wechat", "wx_zw")])
    edit(hdb, zhang.id, status="silent", tags=["志愿者", "新人"], notes="")
    fields = {f.field: f for f in history.describe(last(hdb))}
    assert set(fields) == {"status", "tags"}
    assert (fields["status"].before_text, fields["status"].after_text) == ("active", "silent")
    assert fields["tags"].after_text == "志愿者、新人" and fields["tags"].restorable
    created = history.describe(history.query(hdb, table="members", row_id=zhang.id)[-1])
    identities = next(f for f in created if f.field == "identities")
    assert identities.before_text == "∅" and identities.after_text == "wechat:wx_zw"
    assert not identities.had_before and not identities.restorable      # an insert has no earlier value
    assert not any(f.field in ("version", "updated_at") for f in created)

    channel = content.Channel(name="公众号")
    content.save_channel(hdb, channel)
    item = content.ContentItem(title="周报")
    content.create_item(hdb, item)
    item.channel_id = channel.id
    content.save_item(hdb, item)
    change = last(hdb)
    names = history.reference_names(hdb, [change])
    (channel_field,) = history.describe(change, names)
    assert (channel_field.field, channel_field.before_text) == ("channel_id", "∅")
    assert channel_field.after_text == "公众号"


def test_describe_settings_by_path_and_json_fields_decoded(hdb):
    mod.set_config(hdb, {"sla_hours": {"red": 2}, "mute_days": 5})
    change = last(hdb)
    assert change.table == "meta" and history.settings_key(hdb, change) == "moderation.config"
    fields = {f.field: f for f in history.describe(change)}
    assert fields["sla_hours.red"].after == 2 and fields["mute_days"].after_text == "5"
    assert not fields["sla_hours.red"].had_before          # nothing was stored before: the defaults applied
    mod.set_config(hdb, {"sla_hours": {"red": 3}})
    (red,) = history.describe(last(hdb))
    assert (red.field, red.before, red.after, red.restorable) == ("sla_hours.red", 2, 3, True)

    activity = _activity(hdb)
    activity.invited_tiers = ["金卡"]
    am.save_activity(hdb, activity)
    (tiers,) = history.describe(last(hdb))
    assert (tiers.before, tiers.after, tiers.after_text) == ([], ["金卡"], "金卡")


def test_record_labels_take_one_query_per_table_and_survive_a_deleted_record(hdb):
    people = [member(hdb, f"会员{i}") for i in range(30)]
    rule = mod.Rule(code="3.1", title="禁止广告")
    mod.save_rule(hdb, rule)
    mod.delete_rule(hdb, rule.id)
    page = history.query(hdb, limit=200)
    statements = []
    hdb.conn.set_trace_callback(statements.append)
    labels = history.record_labels(hdb, page)
    hdb.conn.set_trace_callback(None)
    assert len(statements) == 2                                  # members, moderation_rules
    assert labels[("members", people[7].id)] == "会员7"
    assert labels[("moderation_rules", rule.id)] == "禁止广告"     # named from what its changes say
    assert history.record_label(hdb, "members", people[0].id) == "会员0"
    assert history.record_label(hdb, "members", None) == ""


# -- restoring -----------------------------------------------------------------------------------
def test_restore_writes_the_old_value_back_as_a_new_change(hdb, teammate):
    zhang = member(hdb, "张伟", phone="13800138000")
    edit(teammate, zhang.id, display_name="张大伟", status="silent")
    change = last(hdb)
    count = hdb.conn.execute("SELECT count(*) FROM changes").fetchone()[0]

    new_id = history.restore(hdb, change.id, "display_name")

    restored = mm.get_member(hdb, zhang.id)
    assert (restored.display_name, restored.status, restored.version) == ("张伟", "silent", 3)
    assert restored.updated_by == "李娜"
    entry = history.get_change(hdb, new_id)
    assert (entry.action, entry.operator, entry.row_id) == ("restore", "李娜", zhang.id)
    assert (entry.before, entry.after) == ({"display_name": "张大伟"}, {"display_name": "张伟"})
    assert hdb.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == count + 1
    assert history.get_change(hdb, change.id) == change                # the log itself is never rewritten
    # the member's search index follows (it is kept by save_member)
    assert mq.count(hdb.conn, mq.MemberFilter(text="张伟")) == 1
    assert mq.count(hdb.conn, mq.MemberFilter(text="大伟")) == 0

    history.restore(hdb, change.id)                                      # every field of the change
    assert mm.get_member(hdb, zhang.id).status == "active"
    assert (last(hdb).before, last(hdb).after) == ({"status": "silent"}, {"status": "active"})


def test_restore_every_field_of_a_content_change_and_undelete(hdb):
    item = content.ContentItem(title="直播预告", planned_at="2026-12-01T12:00:00Z", status="scheduled")
    content.create_item(hdb, item)
    content.reschedule(hdb, item.id, item.version, None)              # back to the backlog, drafting again
    moved = last(hdb)
    assert moved.before == {"planned_at": "2026-12-01T12:00:00Z", "status": "scheduled"}
    history.restore(hdb, moved.id)
    back = content.get_item(hdb, item.id)
    assert (back.planned_at, back.status, back.version) == ("2026-12-01T12:00:00Z", "scheduled", 3)
    assert last(hdb).action == "restore"

    content.delete_item(hdb, item.id, back.version)
    with pytest.raises(UserError, match="deleted"):
        history.restore(hdb, moved.id, "status")
    history.restore(hdb, last(hdb).id)                                # the delete's earlier value: not deleted
    assert content.get_item(hdb, item.id).deleted_at is None


def _activity(db: Database) -> am.Activity:
    activity = am.Activity(name="夜跑沙龙", starts_at="2026-12-05T11:00:00Z", ends_at="2026-12-05T13:00:00Z")
    am.create_activity(db, activity)
    return am.get_activity(db, activity.id)


def test_restore_activity_case_settings_and_plain_rows(hdb):
    activity = _activity(hdb)
    activity.invited_tiers, activity.capacity = ["金卡"], 30
    am.save_activity(hdb, activity)
    history.restore(hdb, last(hdb).id, "invited_tiers")
    assert am.get_activity(hdb, activity.id).invited_tiers == []
    assert am.get_activity(hdb, activity.id).capacity == 30

    accused, reporter = member(hdb, "刷屏者"), member(hdb, "举报人")
    case = mod.Case(source="report", member_id=accused.id, excerpt="加微信领福利", category="spam", level="blue")
    mod.open_case(hdb, case)
    due = mod.get_case(hdb, case.id).due_at
    case.level, case.reporter_id = "red", reporter.id
    mod.save_case(hdb, case)
    assert mod.get_case(hdb, case.id).due_at < due
    history.restore(hdb, last(hdb).id, "level")
    assert mod.get_case(hdb, case.id).level == "blue"
    assert mod.get_case(hdb, case.id).due_at == due                   # the deadline follows the level back
    assert mod.get_case(hdb, case.id).reporter_id == reporter.id
    assert last(hdb).action == "restore"

    mod.set_config(hdb, {"sla_hours": {"red": 2}})
    mod.set_config(hdb, {"sla_hours": {"red": 6}, "mute_days": 7})
    history.restore(hdb, last(hdb).id, "sla_hours.red")
    assert mod.get_config(hdb)["sla_hours"]["red"] == 2 and mod.get_config(hdb)["mute_days"] == 7
    assert last(hdb).table == "meta" and last(hdb).after["sla_hours"]["red"] == 2

    channel = content.Channel(name="公众号", max_per_week=3)
    content.save_channel(hdb, channel)
    channel.max_per_week = 5
    content.save_channel(hdb, channel)
    history.restore(hdb, last(hdb).id)
    row = hdb.get_row("content_channels", channel.id)
    assert (row["max_per_week"], row["version"]) == (3, 3)
    assert last(hdb).action == "restore"


def test_restore_refuses_what_it_cannot_put_back(hdb, teammate):
    zhang = member(hdb, "张伟")
    created = last(hdb)
    with pytest.raises(UserError, match="created the record"):
        history.restore(hdb, created.id)
    with pytest.raises(UserError, match="not in the changes log"):
        history.restore(hdb, 999_999)
    edit(hdb, zhang.id, status="silent")
    with pytest.raises(UserError, match="no earlier value of nickname"):
        history.restore(hdb, last(hdb).id, "nickname")
    # not one editable record: the schema, a demo or import summary, a log row
    migrate = history.query(hdb, table="schema")[0]
    with pytest.raises(UserError, match="cannot be restored"):
        history.restore(hdb, migrate.id)
    with hdb.transaction():
        hdb.log_change("members", None, "import", {"rows": 1}, {"rows": 2})
    with pytest.raises(UserError, match="not about one record"):
        history.restore(hdb, last(hdb).id)
    # a registration list change is not the activity's own field
    activity = _activity(hdb)
    am.register(hdb, activity.id, [zhang.id])
    am.unregister(hdb, activity.id, [zhang.id])
    with pytest.raises(UserError, match="registration list"):
        history.restore(hdb, last(hdb).id)
    # a case's status belongs to its decisions
    case = mod.Case(source="report", member_id=zhang.id, excerpt="广告", category="spam")
    mod.open_case(hdb, case)
    mod.claim(hdb, case.id, case.version)
    with pytest.raises(UserError, match="cannot be restored here"):
        history.restore(hdb, last(hdb).id, "status")
    # a row that is gone, a member deleted since, a value it already holds
    rule = mod.Rule(code="1", title="友善")
    mod.save_rule(hdb, rule)
    rule.title = "友善交流"
    mod.save_rule(hdb, rule)
    retitled = last(hdb)
    mod.delete_rule(hdb, rule.id)
    with pytest.raises(UserError, match="no longer exists"):
        history.restore(hdb, retitled.id)
    status_change = history.query(hdb, table="members", row_id=zhang.id)[0]
    assert status_change.before == {"status": "active"}
    history.restore(hdb, status_change.id)
    with pytest.raises(UserError, match="already holds"):
        history.restore(hdb, status_change.id)
    mm.delete_members(hdb, [zhang.id])
    edit(hdb, zhang.id, status="left")
    written = hdb.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    with pytest.raises(UserError, match="deleted"):
        history.restore(hdb, status_change.id)
    assert mm.get_member(hdb, zhang.id).status == "left"
    assert hdb.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == written    # nothing written


def test_restore_at_a_version_the_record_moved_past_is_a_conflict(hdb, teammate):
    zhang = member(hdb, "张伟")
    edit(hdb, zhang.id, status="silent")
    change = last(hdb)
    seen = history.current_values(hdb, change)
    assert (seen.version, seen.values["status"]) == (2, "silent")
    edit(teammate, zhang.id, nickname="伟哥")
    with pytest.raises(ConflictError, match="王芳"):
        history.restore(hdb, change.id, expected_version=seen.version)
    assert mm.get_member(hdb, zhang.id).status == "silent"
    history.restore(hdb, change.id, expected_version=3)
    assert mm.get_member(hdb, zhang.id).status == "active"
    assert history.current_values(hdb, history.query(hdb, table="schema")[0]) is None


def test_restoring_settings_someone_changed_since_is_a_conflict(hdb, teammate):
    mod.set_config(hdb, {"sla_hours": {"red": 2}})
    mod.set_config(hdb, {"sla_hours": {"red": 6}})
    change = last(hdb)
    seen = history.current_values(hdb, change)
    assert seen.version is None and seen.values["sla_hours.red"] == 6
    mod.set_config(teammate, {"sla_hours": {"red": 8}})
    with pytest.raises(SettingsConflict, match="王芳"):
        history.restore(hdb, change.id, "sla_hours.red", seen_settings=seen.values)
    assert mod.get_config(hdb)["sla_hours"]["red"] == 8
    seen = history.current_values(hdb, change)
    mod.set_config(teammate, {"mute_days": 9})             # another key since: no clash with what is restored
    history.restore(hdb, change.id, "sla_hours.red", seen_settings=seen.values)
    assert mod.get_config(hdb)["sla_hours"]["red"] == 2 and mod.get_config(hdb)["mute_days"] == 9

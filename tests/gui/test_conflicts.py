"""No lost update: a teammate (a second Database on the same file) saves the record while its editor is
open; Save shows the fields side by side, and keep theirs / take mine / merge each store the right row,
with a changes-log entry, and nothing is overwritten silently."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton

from app.models import activities as am
from app.models import content
from app.models import members as members_model
from app.models import moderation as mod
from app.models.content import ContentItem
from app.models.dashboard_settings import get_config as dashboard_config, set_config as set_dashboard_config
from app.models.database import Database
from tests.gui.conftest import choose

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def teammate(db_path, db):
    """Saves as 王芳 through her own connection, as another app on the file would."""
    def save(change, operator: str = "王芳"):
        with Database(db_path, operator=operator) as other:
            change(other)
    return save


def click(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible()
    qtbot.mouseClick(widget, LEFT)


def retype(qtbot, type_text, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def conflict_of(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible(), timeout=5_000)
    return dialog.conflict_dialog


def shown_rows(conflict) -> dict[str, tuple[str, str, str]]:
    """Field -> (started from, theirs, mine) as the table shows them."""
    table = conflict.findChild(object, "conflictTable")
    return {table.item(r, 0).text(): tuple(table.item(r, c).text() for c in (1, 2, 3)) for r in range(table.rowCount())}


def highlighted(conflict) -> dict[str, str]:
    table = conflict.findChild(object, "conflictTable")
    return {table.item(r, 0).text(): table.item(r, 1).background().color().name() for r in range(table.rowCount())}


def press(qtbot, conflict, name: str) -> None:
    click(qtbot, conflict.findChild(QPushButton, name))


def message(conflict) -> str:
    return conflict.findChild(QLabel, "conflictMessage").text()


def last_change(db, table: str, row_id: int) -> tuple[str, dict, dict]:
    operator, before, after = db.conn.execute(
        "SELECT operator, before, after FROM changes WHERE table_name = ? AND row_id = ? ORDER BY id DESC LIMIT 1",
        (table, row_id)).fetchone()
    return operator, json.loads(before or "null"), json.loads(after or "null")


# -- members: merge, with a clash chosen in red -----------------------------------------------
def test_member_merge_field_by_field(db, show, qtbot, type_text, teammate):
    from app.views.member_dialog import MemberDialog

    member_id = members_model.create_member(db, members_model.Member(display_name="王小明", nickname="小明"))
    dialog = show(MemberDialog(db, member_id))
    retype(qtbot, type_text, dialog.nickname_edit, "阿明")
    retype(qtbot, type_text, dialog.tier_edit, "金卡")

    def theirs(other):
        member = members_model.get_member(other, member_id)
        member.tier, member.notes = "银卡", "王芳的备注"
        members_model.save_member(other, member)
    teammate(theirs)
    click(qtbot, dialog.save_button)
    conflict = conflict_of(qtbot, dialog)
    assert "This member was changed by 王芳 at" in message(conflict)
    assert shown_rows(conflict) == {"Nickname": ("小明", "小明", "阿明"), "Tier": ("∅", "银卡", "金卡"),
                                    "Notes": ("∅", "王芳的备注", "∅")}
    assert highlighted(conflict) == {"Nickname": "#fff3cd", "Tier": "#f8d7da", "Notes": "#fff3cd"}
    assert members_model.get_member(db, member_id).tier == "银卡"           # nothing written yet
    merge = conflict.findChild(QPushButton, "conflictMerge")
    assert not merge.isEnabled() and conflict.findChild(QLabel, "conflictHint").isVisible()
    assert conflict.findChild(QComboBox, "conflictChoice_nickname").currentData() == "mine"
    assert conflict.findChild(QComboBox, "conflictChoice_notes").currentData() == "theirs"
    tier_choice = conflict.findChild(QComboBox, "conflictChoice_tier")
    assert tier_choice.currentText() == "Choose…"
    choose(qtbot, tier_choice, "Mine")
    assert merge.isEnabled() and highlighted(conflict)["Tier"] == "#fff3cd"

    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click(qtbot, merge)
    member = members_model.get_member(db, member_id)
    assert (member.nickname, member.tier, member.notes, member.version, member.updated_by) == (
        "阿明", "金卡", "王芳的备注", 3, "李娜")
    assert last_change(db, "members", member_id) == ("李娜", {"nickname": "小明", "tier": "银卡"},
                                                     {"nickname": "阿明", "tier": "金卡"})


# -- content items: keep theirs -------------------------------------------------------------
def test_content_item_keep_theirs_drops_my_edit_and_writes_nothing(db, show, qtbot, type_text, teammate):
    from app.views.content_item_dialog import ContentItemDialog

    item_id = content.create_item(db, ContentItem(title="周二干货", status="idea"))
    dialog = show(ContentItemDialog(db, item_id))
    retype(qtbot, type_text, dialog.basics.title_edit, "周二干货:力量训练")

    def theirs(other):
        item = content.get_item(other, item_id)
        item.title, item.status = "周三干货", "drafting"
        content.save_item(other, item)
    teammate(theirs)
    click(qtbot, dialog.save_button)
    conflict = conflict_of(qtbot, dialog)
    assert shown_rows(conflict) == {"Title": ("周二干货", "周三干货", "周二干货:力量训练"),
                                    "Status": ("Idea", "Drafting", "Idea")}
    press(qtbot, conflict, "conflictKeepTheirs")
    qtbot.waitUntil(lambda: dialog.conflict_dialog is None)
    assert dialog.isVisible() and dialog.basics.title_edit.text() == "周三干货"
    assert dialog.status_combo.currentData() == "drafting" and dialog.original.version == 2
    item = content.get_item(db, item_id)
    assert (item.title, item.version, item.updated_by) == ("周三干货", 2, "王芳")
    assert last_change(db, "content_items", item_id)[0] == "王芳"           # no entry of mine

    retype(qtbot, type_text, dialog.body_edit, "大纲")                       # a new edit on their version saves
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click(qtbot, dialog.save_button)
    assert last_change(db, "content_items", item_id) == ("李娜", {"body": ""}, {"body": "大纲"})


# -- activities: take mine --------------------------------------------------------------------
def test_activity_take_mine_keeps_their_other_changes(db, show, qtbot, type_text, teammate):
    from app.views.activity_dialog import ActivityDialog

    activity = am.Activity(name="滨江夜跑", starts_at="2026-11-28T11:30:00Z", ends_at="2026-11-28T13:00:00Z",
                           place="滨江公园")
    am.create_activity(db, activity)
    dialog = show(ActivityDialog(db, activity.id))
    retype(qtbot, type_text, dialog.name_edit, "滨江夜跑 第3期")
    retype(qtbot, type_text, dialog.place_edit, "奥体中心")

    def theirs(other):
        current = am.get_activity(other, activity.id)
        current.place, current.capacity = "西湖边", 40
        am.save_activity(other, current)
    teammate(theirs)
    click(qtbot, dialog.save_button)
    conflict = conflict_of(qtbot, dialog)
    assert shown_rows(conflict) == {"Name": ("滨江夜跑", "滨江夜跑", "滨江夜跑 第3期"),
                                    "Place": ("滨江公园", "西湖边", "奥体中心"), "Capacity": ("∅", "40", "∅")}
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        press(qtbot, conflict, "conflictTakeMine")
    saved = am.get_activity(db, activity.id)
    assert (saved.name, saved.place, saved.capacity, saved.version) == ("滨江夜跑 第3期", "奥体中心", 40, 3)
    operator, before, after = last_change(db, "activities", activity.id)
    assert (operator, before, after) == ("李娜", {"name": "滨江夜跑", "place": "西湖边"},
                                         {"name": "滨江夜跑 第3期", "place": "奥体中心"})


# -- moderation cases: a third person saves while the person chooses ------------------------
def test_case_merge_is_checked_again_and_a_third_save_brings_the_dialog_back(db, show, qtbot, teammate):
    from app.views.moderation_case_dialog import CaseDialog

    member_id = members_model.create_member(db, members_model.Member(display_name="王小明"))
    case = mod.Case(source="report", member_id=member_id, excerpt="广告链接", category="spam", level="blue")
    mod.open_case(db, case)
    dialog = show(CaseDialog(db, mod.get_case(db, case.id)))
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("red"))

    def note(other):
        theirs = mod.get_case(other, case.id)
        theirs.note = "我来处理"
        mod.save_case(other, theirs)
    teammate(note)
    click(qtbot, dialog.save_button)
    first = conflict_of(qtbot, dialog)
    assert set(shown_rows(first)) == {"Level", "Note"} and "王芳" in message(first)

    def assign(other):
        theirs = mod.get_case(other, case.id)
        theirs.assignee = "张伟"
        mod.save_case(other, theirs)
    teammate(assign, operator="张伟")                                 # while the dialog is open
    press(qtbot, first, "conflictMerge")                             # my level, her note...
    second = conflict_of(qtbot, dialog)                             # ...checked again: 张伟 saved meanwhile
    assert second is not first and "changed by 张伟 at" in message(second)
    assert shown_rows(second) == {"Level": ("Blue", "Blue", "Red"), "Assignee": ("∅", "张伟", "∅")}
    assert mod.get_case(db, case.id).level == "blue"                 # still nothing of mine written
    press(qtbot, second, "conflictMerge")
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    saved = mod.get_case(db, case.id)
    assert (saved.level, saved.note, saved.assignee, saved.version, saved.updated_by) == (
        "red", "我来处理", "张伟", 4, "李娜")
    operator, before, after = last_change(db, "moderation_cases", case.id)
    assert operator == "李娜" and set(after) == {"level", "due_at"}      # only my change, on top of theirs
    assert (before["level"], after["level"], after["due_at"]) == ("blue", "red", saved.due_at)


# -- settings: the dashboard's time zone, key by key ------------------------------------------
def test_a_setting_changed_by_both_is_chosen_and_the_rest_merged(db, show, qtbot, type_text, teammate):
    from app.views.dashboard_settings_dialog import DashboardSettingsDialog

    dialog = show(DashboardSettingsDialog(db))
    teammate(lambda other: set_dashboard_config(other, {**dashboard_config(other), "time_zone": "Asia/Tokyo",
                                                        "targets": {"mau": 500}}))
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("Europe/London"))
    dialog.target_spins["dau_avg"].setValue(120)
    click(qtbot, dialog.save_button)
    conflict = conflict_of(qtbot, dialog)
    assert "王芳 changed the dashboard settings at" in message(conflict)
    rows = shown_rows(conflict)
    assert rows["Time zone"][1:] == ("Asia/Tokyo", "Europe/London")
    assert dashboard_config(db)["time_zone"] == "Asia/Tokyo"           # nothing written yet
    choose(qtbot, conflict.findChild(QComboBox, "conflictChoice_time_zone"), "Theirs")
    press(qtbot, conflict, "conflictMerge")
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    cfg = dashboard_config(db)
    assert (cfg["time_zone"], cfg["targets"]["mau"], cfg["targets"]["dau_avg"]) == ("Asia/Tokyo", 500, 120)
    operator, _before, after = db.conn.execute(
        "SELECT operator, before, after FROM changes WHERE table_name = 'meta' ORDER BY id DESC LIMIT 1").fetchone()
    assert operator == "李娜" and json.loads(after)["targets"]["dau_avg"] == 120


def test_conflict_cancel_keeps_the_edit_in_the_form(db, show, qtbot, type_text, teammate):
    from app.views.member_dialog import MemberDialog

    member_id = members_model.create_member(db, members_model.Member(display_name="王小明"))
    dialog = show(MemberDialog(db, member_id))
    retype(qtbot, type_text, dialog.nickname_edit, "阿明")

    def theirs(other):
        member = members_model.get_member(other, member_id)
        member.nickname = "明明"
        members_model.save_member(other, member)
    teammate(theirs)
    click(qtbot, dialog.save_button)
    press(qtbot, conflict_of(qtbot, dialog), "conflictCancel")
    qtbot.waitUntil(lambda: dialog.conflict_dialog is None)
    assert dialog.isVisible() and dialog.nickname_edit.text() == "阿明"
    assert members_model.get_member(db, member_id).nickname == "明明"
    click(qtbot, dialog.save_button)                                  # Save again: compared again, never blind
    assert shown_rows(conflict_of(qtbot, dialog)) == {"Nickname": ("∅", "明明", "阿明")}


# -- inline edits in the activity panels and tab --------------------------------------------
@pytest.fixture
def activity(db):
    activity = am.Activity(name="夜跑", starts_at="2026-11-28T11:30:00Z", ends_at="2026-11-28T13:00:00Z")
    am.create_activity(db, activity)
    return activity


def test_a_variant_edited_in_place_after_a_teammates_save_is_compared(db, show, qtbot, teammate, activity):
    from app.views.activity_variants_panel import AUDIENCE, VariantsPanel

    variant = am.Variant(activity_id=activity.id, label="A", audience=100, conversions=10)
    am.save_variant(db, variant)
    panel = show(VariantsPanel())
    panel.show_activity(db, activity)

    def theirs(other):
        current = am.variants_for(other, activity.id)[0]
        current.conversions = 20
        am.save_variant(other, current)
    teammate(theirs)
    panel.table.item(0, AUDIENCE).setText("200")                      # my edit, on the version shown
    conflict = conflict_of(qtbot, panel)
    assert "Variant A was changed by 王芳 at" in message(conflict)
    assert shown_rows(conflict) == {"Audience": ("100", "100", "200"), "Conversions": ("10", "20", "10")}
    assert panel.table.item(0, AUDIENCE).text() == "200"              # still shown while the person chooses
    press(qtbot, conflict, "conflictTakeMine")
    saved = am.variants_for(db, activity.id)[0]
    assert (saved.audience, saved.conversions, saved.version) == (200, 20, 3)
    assert panel.table.item(0, AUDIENCE).text() == "200"


def test_a_task_edited_in_place_after_a_teammates_save_merges(db, show, qtbot, teammate, activity):
    from app.views.activity_tasks_panel import TITLE, TasksPanel

    task = am.Task(activity_id=activity.id, title="订场地", owner="李娜")
    am.save_task(db, task)
    panel = show(TasksPanel())
    panel.show_activity(db, activity)

    def theirs(other):
        current = am.tasks_for(other, activity.id)[0]
        current.owner = "王芳"
        am.save_task(other, current)
    teammate(theirs)
    panel.item_for(task.id).setText(TITLE, "订场地和器材")
    conflict = conflict_of(qtbot, panel)
    assert shown_rows(conflict) == {"Task": ("订场地", "订场地", "订场地和器材"), "Owner": ("李娜", "王芳", "李娜")}
    press(qtbot, conflict, "conflictMerge")                            # defaults: my title, her owner
    saved = am.tasks_for(db, activity.id)[0]
    assert (saved.title, saved.owner, saved.version) == ("订场地和器材", "王芳", 3)
    assert panel.item_for(task.id).text(TITLE) == "订场地和器材"


def test_a_status_change_on_a_moved_activity_names_the_teammate_and_can_be_applied(
        window, qtbot, db, teammate, activity, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = db.path
    db.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    tab = window.findChild(type(window.pages[3]), "ActivitiesTab")
    window.tabs.setCurrentWidget(tab)
    tab.select_activity(activity.id)

    def theirs(other):
        current = am.get_activity(other, activity.id)
        current.place = "西湖边"
        am.save_activity(other, current)
    teammate(theirs)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    tab.change_status("promoting")
    assert len(asked) == 1 and "王芳 changed “夜跑” at" in asked[0]
    assert "Set its status to Warming up anyway?" in asked[0]
    assert am.get_activity(window.db, activity.id).status == "planning"   # "No": theirs stays, nothing written

    def again(other):
        current = am.get_activity(other, activity.id)
        current.capacity = 40
        am.save_activity(other, current)
    teammate(again)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    tab.change_status("promoting")                                    # "Yes": my status, on their version
    saved = am.get_activity(window.db, activity.id)
    assert len(asked) == 2 and (saved.status, saved.place, saved.capacity, saved.version) == (
        "promoting", "西湖边", 40, 4)

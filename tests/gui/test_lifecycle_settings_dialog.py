"""The lifecycle settings dialog (tier ladder, thresholds, rewards), driven as a person would."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDialog, QLabel, QListWidget, QPushButton, QSpinBox

from app.models import lifecycle as lm
from app.models.database import Database

LEFT = Qt.MouseButton.LeftButton
LADDER = [("基础群", {}),
          ("进阶群", {"messages_in_days": {"days": 30, "min": 10}}),
          ("核心群", {"messages_in_days": {"days": 30, "min": 40}, "attended": {"min": 2}})]


@pytest.fixture
def open_dialog(qtbot, db):
    from app.views.lifecycle_settings_dialog import LifecycleSettingsDialog

    def make() -> LifecycleSettingsDialog:
        dialog = LifecycleSettingsDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return make


def find(dialog, cls, name):
    widget = dialog.findChild(cls, name)
    assert widget is not None, name
    return widget


def click(qtbot, dialog, name):
    button = find(dialog, QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, LEFT)


def tick(qtbot, dialog, rule):
    """Click the check box of *rule* on its indicator (the left end)."""
    box = find(dialog, QCheckBox, f"rule_{rule}")
    qtbot.mouseClick(box, LEFT, pos=QPoint(box.height() // 2, box.height() // 2))
    return box


def select_tier(qtbot, dialog, row):
    tiers = find(dialog, QListWidget, "tierList")
    qtbot.mouseClick(tiers.viewport(), LEFT, pos=tiers.visualItemRect(tiers.item(row)).center())
    assert tiers.currentRow() == row


def tier_names(dialog):
    tiers = find(dialog, QListWidget, "tierList")
    return [tiers.item(row).text() for row in range(tiers.count())]


def spin(dialog, name):
    return find(dialog, QSpinBox, name)


def rename_current(qtbot, dialog, type_text, name):
    edit = dialog.name_edit
    qtbot.mouseClick(edit, LEFT)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, name)


def changes_count(db: Database) -> int:
    return db.conn.execute("SELECT count(*) FROM changes").fetchone()[0]


def save(qtbot, dialog):
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        click(qtbot, dialog, "lifecycleSave")
    assert dialog.result() == QDialog.DialogCode.Accepted


def save_fails(qtbot, dialog) -> str:
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog, "lifecycleSave")
    error = find(dialog, QLabel, "lifecycleError")
    assert dialog.isVisible() and error.isVisible()
    assert "color" in error.styleSheet()
    return error.text()


def test_it_shows_the_ladder_and_settings_in_the_file(db, open_dialog, qtbot):
    lm.set_ladder(db, LADDER)
    lm.set_config(db, {"grace_days": 7, "churn": {"share": 0.65, "silent_days": 45},
                       "earning": {"message": {"points": 2, "daily_cap": 0}},
                       "kol": {"weights": {"long_posts": 8}},
                       "rewards": [["贴纸", 50], ["T恤", 400]]})
    dialog = open_dialog()
    assert dialog.objectName() == "LifecycleSettingsDialog"
    assert dialog.windowTitle() == "Lifecycle settings"
    assert tier_names(dialog) == ["基础群", "进阶群", "核心群"]
    assert dialog.name_edit.text() == "基础群"
    assert not any(box.isChecked() for box in dialog.findChildren(QCheckBox))
    assert not spin(dialog, "rule_messages_in_days_min").isEnabled()

    select_tier(qtbot, dialog, 2)
    assert dialog.name_edit.text() == "核心群"
    assert find(dialog, QCheckBox, "rule_messages_in_days").isChecked()
    assert spin(dialog, "rule_messages_in_days_days").value() == 30
    assert spin(dialog, "rule_messages_in_days_min").value() == 40
    assert find(dialog, QCheckBox, "rule_attended").isChecked()
    assert spin(dialog, "rule_attended_min").value() == 2
    assert not find(dialog, QCheckBox, "rule_points").isChecked()
    assert "messages in the last 30 days" in find(dialog, QLabel, "rule_messages_in_days_text").text()

    assert spin(dialog, "graceDays").value() == 7
    assert spin(dialog, "rfmWindowDays").value() == 90
    assert spin(dialog, "dayOffsetHours").value() == 8
    assert spin(dialog, "churnShare").value() == 65
    assert spin(dialog, "churnSilentDays").value() == 45
    assert spin(dialog, "earn_message_points").value() == 2
    assert spin(dialog, "earn_message_cap").value() == 0
    assert spin(dialog, "earn_message_cap").text() == "No cap"
    assert spin(dialog, "earn_check_in_points").value() == 5
    assert spin(dialog, "kolWeight_long_posts").value() == 8
    assert spin(dialog, "creditMax").value() == 150
    table = dialog.rewards_table
    assert [(table.item(r, 0).text(), table.item(r, 1).data(Qt.ItemDataRole.EditRole))
            for r in range(table.rowCount())] == [("贴纸", 50), ("T恤", 400)]
    assert not find(dialog, QLabel, "lifecycleError").isVisible()


def test_build_a_three_tier_ladder_and_save_it(db, open_dialog, qtbot, type_text):
    dialog = open_dialog()
    assert tier_names(dialog) == [] and not dialog.name_edit.isEnabled()

    click(qtbot, dialog, "addTier")                    # the new tier's name is selected: typing replaces it
    type_text(dialog.name_edit, "基础群")
    click(qtbot, dialog, "addTier")
    type_text(dialog.name_edit, "进阶群")
    tick(qtbot, dialog, "messages_in_days")
    spin(dialog, "rule_messages_in_days_days").setValue(30)
    spin(dialog, "rule_messages_in_days_min").setValue(10)
    click(qtbot, dialog, "addTier")
    type_text(dialog.name_edit, "核心群 Core")
    tick(qtbot, dialog, "messages_in_days")
    spin(dialog, "rule_messages_in_days_days").setValue(30)
    spin(dialog, "rule_messages_in_days_min").setValue(40)
    tick(qtbot, dialog, "attended")
    spin(dialog, "rule_attended_min").setValue(2)
    tick(qtbot, dialog, "points")                      # ticked and unticked again: not a rule
    tick(qtbot, dialog, "points")
    assert tier_names(dialog) == ["基础群", "进阶群", "核心群 Core"]
    assert find(dialog, QLabel, "rule_attended_text").text() == "events attended ≥ 2"

    dialog.pages.setCurrentIndex(1)
    spin(dialog, "graceDays").setValue(21)
    spin(dialog, "rfmWindowDays").setValue(60)
    spin(dialog, "dayOffsetHours").setValue(0)
    spin(dialog, "churnDays").setValue(14)
    spin(dialog, "churnShare").setValue(50)
    spin(dialog, "churnSilentDays").setValue(60)
    spin(dialog, "earn_message_points").setValue(2)
    spin(dialog, "earn_message_cap").setValue(0)
    spin(dialog, "earn_check_in_cap").setValue(10)
    spin(dialog, "creditStart").setValue(80)
    spin(dialog, "creditMax").setValue(120)
    spin(dialog, "kolDays").setValue(30)
    spin(dialog, "kolLongPostChars").setValue(200)
    spin(dialog, "kolWeight_attendance").setValue(15)
    save(qtbot, dialog)

    assert [(t.name, t.rules) for t in lm.get_ladder(db)] == [
        ("基础群", {}),
        ("进阶群", {"messages_in_days": {"days": 30, "min": 10}}),
        ("核心群 Core", {"messages_in_days": {"days": 30, "min": 40}, "attended": {"min": 2}})]
    cfg = lm.get_config(db)
    assert (cfg["grace_days"], cfg["rfm_window_days"], cfg["day_offset_hours"]) == (21, 60, 0)
    assert cfg["churn"] == {"days": 14, "share": 0.5, "silent_days": 60}
    assert cfg["earning"]["message"] == {"points": 2, "daily_cap": 0}
    assert cfg["earning"]["check_in"] == {"points": 5, "daily_cap": 10}
    assert cfg["earning"]["attendance"] == {"points": 20}      # untouched (no cap): nothing written for it
    assert (cfg["credit"]["start"], cfg["credit"]["max"]) == (80, 120)
    assert cfg["credit"]["moves"] == lm.DEFAULT_CONFIG["credit"]["moves"]       # not on the page: kept
    assert cfg["kol"] == {"days": 30, "long_post_chars": 200,
                          "weights": {"messages": 1, "long_posts": 5, "attendance": 15}}
    assert cfg["rewards"] == lm.DEFAULT_CONFIG["rewards"]
    who = db.conn.execute("SELECT DISTINCT operator FROM changes WHERE action IN ('set_ladder', "
                          "'lifecycle_config')").fetchall()
    assert [row[0] for row in who] == ["李娜"]


def test_move_up_and_down_reorder_the_ladder(db, open_dialog, qtbot):
    lm.set_ladder(db, LADDER)
    dialog = open_dialog()
    assert not find(dialog, QPushButton, "tierUp").isEnabled()       # the lowest tier is selected
    select_tier(qtbot, dialog, 2)
    assert not find(dialog, QPushButton, "tierDown").isEnabled()
    click(qtbot, dialog, "tierUp")
    assert tier_names(dialog) == ["基础群", "核心群", "进阶群"]
    assert dialog.tier_list.currentRow() == 1 and dialog.name_edit.text() == "核心群"
    click(qtbot, dialog, "tierUp")
    assert tier_names(dialog) == ["核心群", "基础群", "进阶群"]
    select_tier(qtbot, dialog, 1)
    click(qtbot, dialog, "tierDown")
    assert tier_names(dialog) == ["核心群", "进阶群", "基础群"]
    assert find(dialog, QCheckBox, "rule_attended").isChecked() is False   # 基础群 has no rules
    select_tier(qtbot, dialog, 0)
    assert spin(dialog, "rule_messages_in_days_min").value() == 40       # rules travel with their tier
    assert lm.get_ladder(db)[0].name == "基础群"                          # nothing written before Save
    save(qtbot, dialog)
    assert [(t.name, t.rules) for t in lm.get_ladder(db)] == [LADDER[2], LADDER[1], LADDER[0]]


def test_remove_a_tier(db, open_dialog, qtbot):
    lm.set_ladder(db, LADDER)
    dialog = open_dialog()
    select_tier(qtbot, dialog, 1)
    click(qtbot, dialog, "removeTier")
    assert tier_names(dialog) == ["基础群", "核心群"]
    assert dialog.name_edit.text() == "核心群"
    save(qtbot, dialog)
    assert [(t.name, t.rules) for t in lm.get_ladder(db)] == [LADDER[0], LADDER[2]]


def test_a_duplicate_tier_name_is_refused_and_nothing_is_written(db, open_dialog, qtbot, type_text):
    lm.set_ladder(db, LADDER)
    before = (lm.get_ladder(db), lm.get_config(db), changes_count(db))
    dialog = open_dialog()
    dialog.pages.setCurrentIndex(1)
    spin(dialog, "graceDays").setValue(3)                # a valid change that must not be written either
    dialog.pages.setCurrentIndex(2)
    dialog.rewards_table.item(0, 1).setData(Qt.ItemDataRole.EditRole, 999)
    dialog.pages.setCurrentIndex(0)
    click(qtbot, dialog, "addTier")
    type_text(dialog.name_edit, "进阶群 ")               # the same name once trimmed
    message = save_fails(qtbot, dialog)
    assert "进阶群" in message and "different" in message
    assert (lm.get_ladder(db), lm.get_config(db), changes_count(db)) == before
    assert dialog.pages.currentIndex() == 0 and dialog.tier_list.currentRow() == 3

    rename_current(qtbot, dialog, type_text, "")        # an empty name is refused too
    assert "no name" in save_fails(qtbot, dialog)
    assert (lm.get_ladder(db), lm.get_config(db), changes_count(db)) == before

    rename_current(qtbot, dialog, type_text, "王者群")   # fixed: the same Save now writes everything
    save(qtbot, dialog)
    assert [t.name for t in lm.get_ladder(db)] == ["基础群", "进阶群", "核心群", "王者群"]
    assert lm.get_config(db)["grace_days"] == 3
    assert lm.rewards(db)[0] == ("社群定制贴纸", 999)


def test_a_preset_fills_the_editor_and_is_saved_only_on_save(db, open_dialog, qtbot):
    lm.set_ladder(db, [("新人", {})])
    dialog = open_dialog()
    combo = dialog.preset_combo
    assert combo.objectName() == "tierPreset"
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert titles == ["基础群 → 进阶群 → 核心群", "钻石 → 王者 → 至尊"]

    combo.setCurrentIndex(0)
    click(qtbot, dialog, "applyPreset")
    assert tier_names(dialog) == ["基础群", "进阶群", "核心群"]
    select_tier(qtbot, dialog, 1)
    assert find(dialog, QCheckBox, "rule_messages_in_days").isChecked()
    assert spin(dialog, "rule_messages_in_days_days").value() == 30
    assert spin(dialog, "rule_messages_in_days_min").value() == 10
    select_tier(qtbot, dialog, 2)
    assert spin(dialog, "rule_messages_in_days_min").value() == 40
    assert spin(dialog, "rule_attended_min").value() == 2

    combo.setCurrentIndex(1)
    click(qtbot, dialog, "applyPreset")
    assert tier_names(dialog) == ["钻石", "王者", "至尊"]
    assert [t.name for t in lm.get_ladder(db)] == ["新人"]      # only the editor changed
    save(qtbot, dialog)
    ladder = lm.get_ladder(db)
    assert [t.name for t in ladder] == ["钻石", "王者", "至尊"]
    assert ladder[0].rules == {} and ladder[1].rules and ladder[2].rules
    for tier in ladder:
        lm.validate_rules(tier.name, tier.rules)


def test_the_rewards_catalogue_edit_is_saved(db, open_dialog, qtbot, type_text):
    dialog = open_dialog()
    dialog.pages.setCurrentIndex(2)
    table = dialog.rewards_table
    assert table.rowCount() == len(lm.DEFAULT_CONFIG["rewards"])
    # remove 运动水壶 (row 1)
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(table.item(1, 0)).center())
    click(qtbot, dialog, "removeReward")
    # rename the first reward by double-clicking its cell
    cell = table.visualItemRect(table.item(0, 0)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=cell)    # QTest's double click is only the second click
    qtbot.mouseDClick(table.viewport(), LEFT, pos=cell)
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None
    editor.selectAll()
    type_text(editor, "定制贴纸 v2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)        # the view commits and closes it on its next turn
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState, timeout=5_000)
    assert table.item(0, 0).text() == "定制贴纸 v2"
    # add one: its name cell opens for typing; the cost is typed into the cost cell
    click(qtbot, dialog, "addReward")
    type_text(table.indexWidget(table.currentIndex()), "线下沙龙门票")
    qtbot.keyClick(table.indexWidget(table.currentIndex()), Qt.Key.Key_Tab)   # on to the cost cell
    cost_editor = table.indexWidget(table.currentIndex())
    assert isinstance(cost_editor, QSpinBox)
    cost_editor.setValue(250)           # still open when Save is clicked: the typed value counts
    save(qtbot, dialog)
    assert lm.rewards(db) == [("定制贴纸 v2", 100), ("社群定制T恤", 500), ("线下活动免单券", 800),
                              ("线下沙龙门票", 250)]


def test_a_bad_reward_is_refused(db, open_dialog, qtbot):
    dialog = open_dialog()
    before = (lm.get_config(db), changes_count(db))
    dialog.pages.setCurrentIndex(0)
    click(qtbot, dialog, "addReward")                   # added with an empty name
    message = save_fails(qtbot, dialog)
    assert "reward names" in message
    assert dialog.pages.currentWidget() is dialog.rewards_page
    assert (lm.get_config(db), changes_count(db)) == before


def test_a_teammates_change_is_not_overwritten_silently(db, db_path, open_dialog, qtbot):
    lm.set_ladder(db, LADDER)
    dialog = open_dialog()
    teammate = Database(db_path, operator="王强")
    try:
        lm.set_ladder(teammate, [("基础群", {}), ("VIP", {"points": {"min": 500}})])
        lm.set_config(teammate, {"credit": {"max": 200}})
    finally:
        teammate.close()
    dialog.pages.setCurrentIndex(1)
    spin(dialog, "graceDays").setValue(30)
    save(qtbot, dialog)                                 # they changed other settings: nothing to choose
    # My change landed; their ladder and credit maximum were kept, not replaced by what the dialog had read.
    assert [t.name for t in lm.get_ladder(db)] == ["基础群", "VIP"]
    assert (lm.get_config(db)["grace_days"], lm.get_config(db)["credit"]["max"]) == (30, 200)


def test_the_same_setting_changed_by_a_teammate_is_chosen_key_by_key(db, db_path, open_dialog, qtbot):
    lm.set_ladder(db, LADDER)
    dialog = open_dialog()
    teammate = Database(db_path, operator="王强")
    try:
        lm.set_config(teammate, {"grace_days": 21, "credit": {"max": 200}})
    finally:
        teammate.close()
    dialog.pages.setCurrentIndex(1)
    spin(dialog, "graceDays").setValue(30)
    spin(dialog, "creditStart").setValue(90)
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog, "lifecycleSave")
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    conflict = dialog.conflict_dialog
    assert "王强" in find(conflict, QLabel, "conflictMessage").text()
    table = conflict.table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in (1, 2, 3)] for r in range(table.rowCount())}
    assert rows == {"Demotion grace": ["14", "21", "30"], "Credit score · start value": ["100", "100", "90"],
                    "Credit score · maximum": ["150", "200", "150"]}
    assert lm.get_config(db)["grace_days"] == 21                        # nothing written yet
    merge = find(conflict, QPushButton, "conflictMerge")
    assert not merge.isEnabled()                                      # the clash must be chosen first
    conflict.choice_boxes["config.grace_days"].setCurrentIndex(
        conflict.choice_boxes["config.grace_days"].findData("theirs"))
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        qtbot.mouseClick(merge, LEFT)
    cfg = lm.get_config(db)
    assert (cfg["grace_days"], cfg["credit"]["start"], cfg["credit"]["max"]) == (21, 90, 200)
    assert [t.name for t in lm.get_ladder(db)] == ["基础群", "进阶群", "核心群"]


def test_cancel_writes_nothing(db, open_dialog, qtbot, type_text):
    lm.set_ladder(db, LADDER)
    before = (lm.get_ladder(db), lm.get_config(db), changes_count(db))
    dialog = open_dialog()
    click(qtbot, dialog, "addTier")
    type_text(dialog.name_edit, "临时")
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog, "lifecycleCancel")
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert (lm.get_ladder(db), lm.get_config(db), changes_count(db)) == before

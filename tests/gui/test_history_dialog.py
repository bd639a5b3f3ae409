"""View ▸ History… and the editors' History pages as an operator uses them: filter the changes log by person
and record, restore an old value by clicking (a new change, shown in the roster again), a teammate's newer
save is a conflict, one field from the context menu, and the list read a page at a time."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from app.models import members as mm
from app.models.database import Database
from app.views.history_dialog import HistoryDialog
from app.views.labels import status_label
from tests.gui.conftest import choose, type_date
from tests.gui.test_members_tab import STATUS, members_tab, open_editor, wait_settled


@pytest.fixture
def teammate(open_window):
    database = Database(open_window.db.path, operator="王芳")
    yield database
    database.close()


def edit(db: Database, member_id: int, **values) -> mm.Member:
    member = mm.get_member(db, member_id)
    for key, value in values.items():
        setattr(member, key, value)
    mm.save_member(db, member)
    return member


def other_status(status: str) -> str:
    return "banned" if status != "banned" else "active"


def open_history(window, qtbot) -> HistoryDialog:
    action = window.findChild(QAction, "actionHistory")
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(HistoryDialog, "historyDialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    wait_idle(dialog, qtbot)
    return dialog


def wait_idle(dialog: HistoryDialog, qtbot) -> None:
    qtbot.waitUntil(dialog.is_idle, timeout=10_000)


def shown(dialog: HistoryDialog) -> list[tuple[str, int | None, str]]:
    return [(r.change.table, r.change.row_id, r.change.operator) for r in dialog.model.rows]


def click_change(dialog: HistoryDialog, qtbot, row: int) -> None:
    rect = dialog.view.visualRect(dialog.model.index(row, 2))
    qtbot.mouseClick(dialog.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(dialog, qtbot)
    assert dialog.current_row is dialog.model.rows[row]


def details(dialog: HistoryDialog) -> dict[str, list[str]]:
    table = dialog.details
    return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())}


def confirm(widget, qtbot, name: str) -> None:
    box = widget.findChild(QMessageBox, name)
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def last_change(db: Database) -> tuple:
    row = db.conn.execute("SELECT operator, table_name, row_id, action, before, after FROM changes "
                          "ORDER BY id DESC LIMIT 1").fetchone()
    return row[0], row[1], row[2], row[3], json.loads(row[4]), json.loads(row[5])


def test_history_is_in_the_view_menu_only_with_a_file_open(window, qtbot, demo_db):
    action = window.findChild(QAction, "actionHistory")
    assert action is not None and not action.isEnabled()
    path = demo_db.path
    demo_db.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    assert action.isEnabled()
    assert action in window.findChild(QMenu, "viewMenu").actions()


def test_filter_by_person_and_record_then_restore_by_clicking(open_window, qtbot, teammate, type_text):
    window = open_window
    tab = members_tab(window, qtbot)
    target = mm.get_member(teammate, tab.model.member_id(0))
    other = mm.get_member(teammate, tab.model.member_id(1))
    old_status = target.status
    edit(teammate, target.id, status=other_status(old_status))
    edit(teammate, other.id, nickname="夜跑侠")
    edit(window.db, other.id, notes="李娜的备注")

    dialog = open_history(window, qtbot)
    assert dialog.model.rowCount() >= 3
    assert shown(dialog)[:3] == [("members", other.id, "李娜"), ("members", other.id, "王芳"),
                                 ("members", target.id, "王芳")]
    choose(qtbot, dialog.operator_combo, "王芳")
    wait_idle(dialog, qtbot)
    assert shown(dialog) == [("members", other.id, "王芳"), ("members", target.id, "王芳")]
    type_text(dialog.record_edit, target.display_name)
    wait_idle(dialog, qtbot)
    assert shown(dialog) == [("members", target.id, "王芳")]
    assert dialog.model.index(0, 2).data() == f"Member · {target.display_name} (#{target.id})"
    assert dialog.model.index(0, 4).data() == f"Status: {status_label(old_status)} → " \
                                              f"{status_label(other_status(old_status))}"

    click_change(dialog, qtbot, 0)
    now = status_label(other_status(old_status))
    assert details(dialog)["Status"] == [status_label(old_status), now, now]
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    confirm(dialog, qtbot, "historyRestoreConfirm")
    qtbot.waitUntil(lambda: mm.get_member(teammate, target.id).status == old_status, timeout=10_000)
    operator, table, row_id, action, before, after = last_change(teammate)
    assert (operator, table, row_id, action) == ("李娜", "members", target.id, "restore")
    assert (before, after) == ({"status": other_status(old_status)}, {"status": old_status})
    assert mm.get_member(teammate, target.id).version == target.version + 2

    # the roster shows the old value again, and the History list the restore (by 李娜: not in the 王芳 filter)
    wait_settled(tab, qtbot)
    qtbot.waitUntil(lambda: tab.model.row_of(target.id) is not None and tab.model.index(
        tab.model.row_of(target.id), STATUS).data() == status_label(old_status), timeout=10_000)
    wait_idle(dialog, qtbot)
    assert shown(dialog) == [("members", target.id, "王芳")]
    choose(qtbot, dialog.operator_combo, "李娜")
    wait_idle(dialog, qtbot)
    assert dialog.model.rows[0].change.action == "restore" and dialog.model.index(0, 3).data() == "Restored"


def test_a_teammates_newer_save_makes_the_restore_a_conflict(open_window, qtbot, teammate, type_text):
    window = open_window
    member_id = members_tab(window, qtbot).model.member_id(3)
    original = mm.get_member(teammate, member_id)
    edit(teammate, member_id, nickname="旧昵称")
    dialog = open_history(window, qtbot)
    type_text(dialog.record_edit, f"#{member_id}")
    wait_idle(dialog, qtbot)
    assert {r.change.row_id for r in dialog.model.rows} == {member_id}
    click_change(dialog, qtbot, 0)
    assert dialog.current.version == original.version + 1

    edit(teammate, member_id, nickname="新昵称")           # after the person looked
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    confirm(dialog, qtbot, "historyRestoreConfirm")
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "historyConflict") is not None, timeout=10_000)
    box = dialog.findChild(QMessageBox, "historyConflict")
    assert "王芳" in box.text() and "Nothing was restored" in box.text()
    assert mm.get_member(teammate, member_id).nickname == "新昵称"
    assert last_change(teammate)[3] == "update"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_idle(dialog, qtbot)
    assert details(dialog)["Nickname"][2] == "新昵称"      # the details show the record as it is now


def test_one_field_is_restored_from_the_details_context_menu(open_window, qtbot, teammate, type_text):
    window = open_window
    member_id = members_tab(window, qtbot).model.member_id(4)
    before = mm.get_member(teammate, member_id)
    edit(teammate, member_id, nickname="改过的昵称", status=other_status(before.status))
    dialog = open_history(window, qtbot)
    click_change(dialog, qtbot, 0)
    fields = [dialog.details.item(r, 0).text() for r in range(dialog.details.rowCount())]
    menu = dialog.field_menu(fields.index("Nickname"))
    action = menu.findChild(QAction, "historyRestoreField")
    assert action.isEnabled()
    action.trigger()
    confirm(dialog, qtbot, "historyRestoreConfirm")
    qtbot.waitUntil(lambda: mm.get_member(teammate, member_id).nickname == before.nickname, timeout=10_000)
    assert mm.get_member(teammate, member_id).status == other_status(before.status)
    assert last_change(teammate)[4:] == ({"nickname": "改过的昵称"}, {"nickname": before.nickname})


def test_the_member_editor_restores_from_its_history_page(open_window, qtbot, teammate):
    window = open_window
    tab = members_tab(window, qtbot)
    member_id = tab.model.member_id(2)
    old_status = mm.get_member(teammate, member_id).status
    mm.bulk_tag(teammate, [member_id], "志愿者")              # a change with no earlier value
    edit(teammate, member_id, status=other_status(old_status))
    window.data_changed()
    wait_settled(tab, qtbot)
    editor = open_editor(qtbot, tab, tab.model.row_of(member_id))
    assert editor.status_combo.currentData() == other_status(old_status)
    history = editor.history_view
    editor.pages.setCurrentWidget(history)
    assert not history.restore_button.isEnabled()
    rect = history.table.visualItemRect(history.table.item(0, 0))
    qtbot.mouseClick(history.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert history.restore_button.isEnabled()
    qtbot.mouseClick(history.restore_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(history.restored, timeout=5_000):
        confirm(history, qtbot, "memberHistoryConfirm")
    assert mm.get_member(teammate, member_id).status == old_status
    assert editor.status_combo.currentData() == old_status             # the editor reloaded the record
    assert editor.original.version == mm.get_member(teammate, member_id).version
    assert [history.table.item(r, 2).text() for r in range(3)] == ["Restored", "Edited", "Bulk change"]
    wait_settled(tab, qtbot)
    assert tab.model.index(tab.model.row_of(member_id), STATUS).data() == status_label(old_status)
    # a tag added in bulk has no earlier value: nothing to restore
    history.table.selectRow(2)
    assert not history.restore_button.isEnabled()


def test_the_list_is_read_a_page_at_a_time_as_it_scrolls(open_window, qtbot, type_text):
    window = open_window
    rows = [(f"2025-01-01T00:{i // 60:02d}:{i % 60:02d}.000Z", "张伟", "members", i % 50 + 1, "update",
             '{"status": "active"}', '{"status": "silent"}') for i in range(1000)]
    with window.db.transaction():
        window.db.conn.executemany("INSERT INTO changes(at, operator, table_name, row_id, action, before, after) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    dialog = open_history(window, qtbot)
    choose(qtbot, dialog.operator_combo, "张伟")
    wait_idle(dialog, qtbot)
    assert dialog.model.rowCount() == 200 and not dialog.model.exhausted
    for pages in (2, 3):
        dialog.view.scrollToBottom()
        qtbot.waitUntil(lambda: dialog.model.rowCount() >= 200 * pages and dialog.is_idle(), timeout=10_000)
    assert dialog.model.rowCount() == 600
    ids = [r.change.id for r in dialog.model.rows]
    assert len(set(ids)) == 600
    assert ids == [r[0] for r in window.db.conn.execute(
        "SELECT id FROM changes WHERE operator = '张伟' ORDER BY at DESC, id DESC LIMIT 600")]
    assert "scroll for more" in dialog.status.text()
    # dates as people type them: from the next local day none of them, up to the day itself all
    type_text(dialog.from_edit, "2025年1月2日")
    wait_idle(dialog, qtbot)
    assert dialog.model.rowCount() == 0 and dialog.status.text() == "No change matches these filters."
    type_date(qtbot, dialog.from_edit, "2025/13/1")
    wait_idle(dialog, qtbot)
    assert "Type a day like" in dialog.status.text() and "color" in dialog.from_edit.styleSheet()
    dialog.from_edit.clear()
    type_date(qtbot, dialog.to_edit, "2025.1.1")
    wait_idle(dialog, qtbot)
    assert dialog.from_edit.styleSheet() == ""
    assert dialog.model.rowCount() == 200 and dialog.model.rows[0].change.at == "2025-01-01T00:16:39.000Z"


def test_a_setting_is_restored_from_the_history(open_window, qtbot, teammate):
    from app.models import moderation as mod

    mod.set_config(teammate, {"sla_hours": {"red": 2}})
    mod.set_config(teammate, {"sla_hours": {"red": 6}})
    dialog = open_history(open_window, qtbot)
    choose(qtbot, dialog.table_combo, "Settings")
    wait_idle(dialog, qtbot)
    assert [r.record for r in dialog.model.rows] == ["Settings · Moderation settings"] * 2
    click_change(dialog, qtbot, 0)
    assert details(dialog)["sla_hours.red"] == ["2", "6", "6"]
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    confirm(dialog, qtbot, "historyRestoreConfirm")
    qtbot.waitUntil(lambda: mod.get_config(teammate)["sla_hours"]["red"] == 2, timeout=10_000)
    assert last_change(teammate)[:4] == ("李娜", "meta", None, "moderation_config")


def test_the_content_item_editor_restores_a_title_and_the_tab_is_told(qtbot, show, db):
    from app.models import content
    from app.views.content_item_dialog import ContentItemDialog

    item = content.ContentItem(title="原标题")
    content.create_item(db, item)
    with Database(db.path, operator="王芳") as other:
        theirs = content.get_item(other, item.id)
        theirs.title = "改坏的标题"
        content.save_item(other, theirs)
    dialog = show(ContentItemDialog(db, item.id))
    history = dialog.history_view
    dialog.pages.setCurrentWidget(history)
    assert [history.table.item(r, 2).text() for r in range(2)] == ["Edited", "Created"]
    history.table.selectRow(1)
    assert not history.restore_button.isEnabled()               # creating it replaced nothing
    history.table.selectRow(0)
    qtbot.mouseClick(history.restore_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignals([history.restored, dialog.saved], timeout=5_000):
        confirm(history, qtbot, "itemHistoryConfirm")
    assert content.get_item(db, item.id).title == "原标题"
    assert dialog.basics.title_edit.text() == "原标题" and dialog.original.version == 3
    assert last_change(db)[:4] == ("李娜", "content_items", item.id, "restore")

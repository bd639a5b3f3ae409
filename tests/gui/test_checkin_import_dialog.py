"""Activities ▸ Import a list…: paste or choose a list, review the matches, decide the rest, import."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.models import activities as am
from app.models.members import Member, create_member
from app.services import checkin_import as ci
from app.views.checkin_import_dialog import CheckinImportDialog
from app.views.checkin_review_model import DECISION, STATUS, TEXT
from app.views.worker import JobRunner
from tests.gui.conftest import type_into

PAST = ("2026-01-10T12:00:00Z", "2026-01-10T14:00:00Z")       # already happened: a check-in list by default
FUTURE = ("2099-01-10T12:00:00Z", "2099-01-10T14:00:00Z")


@pytest.fixture
def jobs(qapp):
    runner = JobRunner()
    yield runner
    runner.cancel_all()
    runner.wait()


def member(db, name: str, **values) -> int:
    return create_member(db, Member(display_name=name, **values))


def activity(db, when=PAST) -> am.Activity:
    item = am.Activity(name="周五夜跑", starts_at=when[0], ends_at=when[1])
    am.create_activity(db, item)
    return item


def open_dialog(qtbot, db, activity_id: int, jobs) -> CheckinImportDialog:
    dialog = CheckinImportDialog(db, activity_id, jobs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def paste(qtbot, dialog, lines: list[str]) -> None:
    dialog.paste_edit.setFocus()
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(dialog.paste_edit, Qt.Key.Key_Return)
        type_into(qtbot, dialog.paste_edit, line)


def match(qtbot, dialog, rows: int) -> None:
    qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.model.rowCount() == rows, timeout=20_000)


def choose(qtbot, dialog, row: int, label: str) -> None:
    """Click the row's Member cell, pick the option starting with *label* in its combo, press Return."""
    table = dialog.table
    index = table.model().index(row, DECISION)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.waitUntil(lambda: table.indexWidget(index) is not None, timeout=5_000)
    combo = table.indexWidget(index)
    options = [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(next(i for i, text in enumerate(options) if text.startswith(label)))
    if not label.startswith("Search"):     # "Search the roster…" moves the focus to the search field itself
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None, timeout=5_000)


def cell(dialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.data(dialog.model.index(row, column), role)


def statuses(dialog) -> list[str]:
    return [cell(dialog, row, STATUS) for row in range(dialog.model.rowCount())]


def registrations(db, activity_id: int) -> dict[str, tuple[str, int]]:
    return {r.display_name: (r.status, r.walk_in) for r in am.registrations_for(db, activity_id)}


def test_a_check_in_list_with_one_unknown_name(qtbot, db, jobs):
    item = activity(db)
    zhang = member(db, "张伟", phone="13800138000")
    member(db, "刘璐", nickname="Luna")
    am.register(db, item.id, [zhang])
    dialog = open_dialog(qtbot, db, item.id, jobs)
    assert dialog.kind_combo.currentData() == "attended"
    paste(qtbot, dialog, ["1. 张伟", "2、@Luna", "3. 新朋友", "4. 张伟"])
    match(qtbot, dialog, 3)
    assert statuses(dialog) == ["Matched", "Matched", "Unknown"]
    assert cell(dialog, 2, TEXT) == "新朋友"                 # shown for a decision, never dropped
    assert cell(dialog, 2, DECISION) == "Choose…"
    assert dialog.pending_label.text() == "1 rows need a decision"
    assert "1 repeated lines were counted once" in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    choose(qtbot, dialog, 2, "Add as new member")
    assert cell(dialog, 2, DECISION) == "Add as new member"
    assert dialog.pending_label.text() == ""
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == ci.ApplyReport(checked_in=1, walk_ins=2, new_members=1)
    qtbot.waitUntil(lambda: dialog.job is None)
    assert "1 checked in, 2 walk-ins" in dialog.status.text()
    assert not dialog.import_button.isEnabled()                      # imported once
    assert registrations(db, item.id) == {"张伟": ("attended", 0), "刘璐": ("attended", 1), "新朋友": ("attended", 1)}
    attended = {r[0] for r in db.conn.execute("SELECT m.display_name FROM events e JOIN members m ON m.id = e.member_id "
                                              "WHERE e.kind = 'attendance' AND e.text = '周五夜跑'")}
    assert attended == {"张伟", "刘璐", "新朋友"}


def test_a_gbk_csv_registration_list_with_a_name_two_members_share(qtbot, db, jobs, tmp_path):
    item = activity(db, FUTURE)
    first = member(db, "张伟", phone="13800138000")
    second = member(db, "张伟", nickname="大伟")
    path = tmp_path / "报名.csv"
    path.write_bytes("姓名,手机,备注\n张伟,138 0013 8000,\n张伟,,第二个张伟\n,,空行\n".encode("gbk"))
    dialog = open_dialog(qtbot, db, item.id, jobs)
    assert dialog.kind_combo.currentData() == "registered"
    type_into(qtbot, dialog.path_edit, str(path))
    assert dialog.file_radio.isChecked()
    match(qtbot, dialog, 2)
    assert statuses(dialog) == ["Matched", "Needs a decision"]
    assert "1 rows without a name, phone or handle were left out" in dialog.status.text()
    assert cell(dialog, 1, TEXT, Qt.ItemDataRole.ToolTipRole) == "张伟 |  | 第二个张伟"   # the row as read
    assert not dialog.import_button.isEnabled()
    choose(qtbot, dialog, 1, "张伟 · 大伟")
    assert dialog.model.decisions == [first, second]
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert {r.member_id: (r.status, r.source) for r in am.registrations_for(db, item.id)} == {
        first: ("registered", ci.SOURCE), second: ("registered", ci.SOURCE)}
    assert "2 registered" in dialog.status.text()


def test_search_the_roster_for_an_unknown_row(qtbot, db, jobs):
    item = activity(db)
    luna = member(db, "刘璐", nickname="Luna")
    dialog = open_dialog(qtbot, db, item.id, jobs)
    paste(qtbot, dialog, ["路娜娜"])
    match(qtbot, dialog, 1)
    assert statuses(dialog) == ["Unknown"]
    choose(qtbot, dialog, 0, "Search the roster")
    assert dialog.search_panel.isVisible() and dialog.model.decisions == [None]
    dialog.search_edit.clear()
    type_into(qtbot, dialog.search_edit, "刘")
    qtbot.waitUntil(lambda: dialog.search_results.count() == 1 and dialog.search_results.item(0).text() == "刘璐 · Luna",
                    timeout=5_000)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.model.decisions == [luna] and not dialog.search_panel.isVisible()
    assert cell(dialog, 0, DECISION) == "刘璐 · Luna (found by search)"
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert registrations(db, item.id) == {"刘璐": ("attended", 1)}


def test_unknown_rows_are_skipped_only_by_an_explicit_click(qtbot, db, jobs):
    item = activity(db)
    member(db, "张伟")
    dialog = open_dialog(qtbot, db, item.id, jobs)
    paste(qtbot, dialog, ["张伟，路人甲、路人乙"])
    match(qtbot, dialog, 3)
    assert dialog.pending_label.text() == "2 rows need a decision" and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.only_pending, Qt.MouseButton.LeftButton)
    assert [dialog.table.isRowHidden(r) for r in range(3)] == [True, False, False]
    qtbot.mouseClick(dialog.skip_unknown, Qt.MouseButton.LeftButton)
    assert dialog.model.decisions[1:] == [ci.SKIP, ci.SKIP] and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (signal.args[0].walk_ins, signal.args[0].skipped) == (1, 2)
    assert registrations(db, item.id) == {"张伟": ("attended", 1)}


def test_a_file_that_is_not_a_table_says_why(qtbot, db, jobs, tmp_path):
    item = activity(db)
    broken = tmp_path / "list.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    dialog = open_dialog(qtbot, db, item.id, jobs)
    qtbot.keyClicks(dialog.path_edit, str(broken))
    qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and "Nothing was done" in dialog.status.text(), timeout=20_000)
    assert "list.xlsx is not an .xlsx file" in dialog.status.text()
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_editing_the_list_after_matching_asks_for_a_new_match(qtbot, db, jobs):
    item = activity(db)
    member(db, "张伟")
    dialog = open_dialog(qtbot, db, item.id, jobs)
    paste(qtbot, dialog, ["张伟"])
    match(qtbot, dialog, 1)
    assert dialog.import_button.isEnabled()
    type_into(qtbot, dialog.paste_edit, "明")
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_registrations_panel_opens_it_and_shows_the_import(window, qtbot, db):
    """Activities ▸ Registrations ▸ Import a list…: the dialog opens for the chosen activity, and the
    list it imports shows in the panel."""
    item = activity(db)
    member(db, "王小明", nickname="小明跑者")
    path = db.path
    db.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    page = window.findChild(type(window.pages[3]), "ActivitiesTab")
    window.tabs.setCurrentWidget(page)
    assert page.select_activity(item.id)
    panel = page.registrations_panel
    page.detail_tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CheckinImportDialog) and dialog.activity_id == item.id
    qtbot.waitExposed(dialog)
    paste(qtbot, dialog, ["@小明跑者"])
    match(qtbot, dialog, 1)
    assert statuses(dialog) == ["Matched"]
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5_000)
    assert panel.table.item(0, 0).text() == "王小明"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5_000)

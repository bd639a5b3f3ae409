"""The Members tab driven as an operator would: search, sort, filter, edit, delete/restore, bulk, export."""
from __future__ import annotations

import csv
import threading
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox

from app.models import members as members_model
from app.models.database import Database
from app.services.demo import build_demo
from app.services.member_export import EXPORT_COLUMNS
from app.views import member_table_model
from app.views.member_table_model import MAX_BLOCKS
from tests.helpers import sql

NAME, STATUS = 0, 9          # columns of member_query.COLUMNS
SEARCHED_SQL = ("display_name", "nickname", "phone", "wechat_id", "email")


# -- helpers -----------------------------------------------------------------------------
def open_demo(window, qtbot, path: Path, *, members: int, seed: int) -> Path:
    """A demo community of *members* in *path*, opened in the window."""
    with Database(path, operator="李娜", create=True) as db:
        build_demo(db, members=members, seed=seed)
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    return path


def visible_rows(tab) -> range:
    rows = tab.model.rowCount()
    first = max(tab.table.rowAt(0), 0)
    last = tab.table.rowAt(tab.table.viewport().height() - 1)
    return range(first, (last if last >= 0 else rows - 1) + 1) if rows else range(0)


def settled(tab) -> bool:
    """No search pending, counted, no write running, and every visible row loaded."""
    model = tab.model
    return (not tab.search_timer.isActive() and model.is_idle() and tab.write_job is None
            and all(model.is_loaded(r) for r in visible_rows(tab)))


def wait_settled(tab, qtbot) -> None:
    qtbot.waitUntil(lambda: settled(tab), timeout=10_000)


def members_tab(win, qtbot):
    win.tabs.setCurrentIndex(1)
    tab = win.pages[1]
    wait_settled(tab, qtbot)
    return tab


def shown_ids(tab) -> list[int]:
    ids = [tab.model.member_id(r) for r in range(tab.model.rowCount())]
    assert None not in ids
    return ids


def shown_column(tab, column: int) -> list[str]:
    return [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]


def matching_ids(path: Path, needle: str) -> set[int]:
    """Members (not deleted) with *needle* in a searched field — straight from the file."""
    clause = " OR ".join(f"instr(lower(coalesce({c}, '')), lower(?)) > 0" for c in SEARCHED_SQL)
    return {r[0] for r in sql(path, f"SELECT id FROM members WHERE deleted_at IS NULL AND ({clause})",
                              (needle,) * len(SEARCHED_SQL))}


def click_row(qtbot, tab, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = tab.table.visualRect(tab.model.index(row, NAME))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_header(qtbot, tab, column: int) -> None:
    header = tab.table.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def open_editor(qtbot, tab, row: int):
    rect = tab.table.visualRect(tab.model.index(row, NAME))
    # A real double-click: the first press and release, then the double-click event.
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(), timeout=5_000)
    return tab.editor


def retype(qtbot, type_text, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index > 0, data
    combo.setCurrentIndex(index)


# -- search ------------------------------------------------------------------------------
def test_chinese_search_shows_exactly_the_matching_members(open_window, qtbot, type_text):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    names = [r[0] for r in sql(path, "SELECT display_name FROM members WHERE deleted_at IS NULL")]
    surname = Counter(n[0] for n in names).most_common(1)[0][0]
    given = Counter(n[1:] for n in names if len(n) == 3).most_common(1)[0][0]
    assert len(given) == 2
    for query in (surname, given):
        tab.search.clear()
        type_text(tab.search, query)
        assert tab.search.text() == query
        qtbot.waitUntil(lambda: tab.model.filter.text == query, timeout=5_000)
        wait_settled(tab, qtbot)
        expected = matching_ids(path, query)
        assert expected and len(expected) < 120
        assert sorted(shown_ids(tab)) == sorted(expected)
        assert all(query in (tab.model.row_data(r)[2] + tab.model.row_data(r)[3]) for r in range(len(expected)))
        assert tab.count_label.text() == f"{len(expected)} of 120 members"


def test_search_by_phone_fragment(open_window, qtbot, type_text):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    phone = sql(path, "SELECT phone FROM members WHERE phone IS NOT NULL ORDER BY id LIMIT 1")[0][0]
    fragment = phone[3:7]
    type_text(tab.search, fragment)
    qtbot.waitUntil(lambda: tab.model.filter.text == fragment, timeout=5_000)
    wait_settled(tab, qtbot)
    expected = matching_ids(path, fragment)
    assert sorted(shown_ids(tab)) == sorted(expected)
    assert any(fragment in (tab.model.row_data(r)[4] or "") for r in range(tab.model.rowCount()))
    tab.search.clear()   # clearing the box shows everyone again
    qtbot.waitUntil(lambda: tab.model.filter.text == "", timeout=5_000)
    wait_settled(tab, qtbot)
    assert tab.model.rowCount() == 120 and tab.count_label.text() == "120 members"


# -- sorting -----------------------------------------------------------------------------
def test_clicking_headers_sorts_in_sql(open_window, qtbot):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    by_name = [r[0] for r in sql(path, "SELECT id FROM members WHERE deleted_at IS NULL "
                                       "ORDER BY display_name, id")]
    click_header(qtbot, tab, NAME)
    qtbot.waitUntil(lambda: tab.model.sort_key == "display_name", timeout=5_000)
    wait_settled(tab, qtbot)
    assert shown_ids(tab) == by_name
    names = shown_column(tab, NAME)
    assert names == sorted(names)
    click_header(qtbot, tab, NAME)
    qtbot.waitUntil(lambda: tab.model.descending, timeout=5_000)
    wait_settled(tab, qtbot)
    assert shown_ids(tab) == by_name[::-1]

    by_status = [r[0] for r in sql(path, "SELECT id FROM members WHERE deleted_at IS NULL ORDER BY status, id")]
    click_header(qtbot, tab, STATUS)
    qtbot.waitUntil(lambda: tab.model.sort_key == "status", timeout=5_000)
    wait_settled(tab, qtbot)
    assert shown_ids(tab) == by_status
    # Phone is not indexed for sorting: the click is refused and the indicator stays on Status.
    click_header(qtbot, tab, 2)
    assert tab.model.sort_key == "status" and tab.model.is_idle()
    assert tab.table.horizontalHeader().sortIndicatorSection() == STATUS
    assert "cannot be sorted" in tab.message.text()


# -- filters -----------------------------------------------------------------------------
def test_status_and_sub_community_filters_update_the_count(open_window, qtbot):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    silent = sql(path, "SELECT count(*) FROM members WHERE deleted_at IS NULL AND status = 'silent'")[0][0]
    choose(tab.status_filter, "silent")
    wait_settled(tab, qtbot)
    assert tab.count_label.text() == f"{silent} of 120 members"
    assert set(shown_column(tab, STATUS)) == {"Silent"}

    (group_id,) = sql(path, "SELECT id FROM sub_communities WHERE name = '跑步'")[0]
    qtbot.waitUntil(lambda: tab.sub_filter.findData(group_id) > 0, timeout=5_000)
    choose(tab.sub_filter, group_id)
    wait_settled(tab, qtbot)
    expected = {r[0] for r in sql(
        path, "SELECT m.id FROM members m JOIN member_sub_communities l ON l.member_id = m.id "
              "WHERE m.deleted_at IS NULL AND m.status = 'silent' AND l.sub_community_id = ?", (group_id,))}
    assert 0 < len(expected) < silent
    assert set(shown_ids(tab)) == expected
    assert tab.count_label.text() == f"{len(expected)} of 120 members"

    # Joined from: only members who joined on or after the chosen day.
    tab.status_filter.setCurrentIndex(0)
    tab.sub_filter.setCurrentIndex(0)
    middle = sorted(r[0] for r in sql(path, "SELECT join_date FROM members"))[60]
    from PySide6.QtCore import QDate
    tab.from_date.setDate(QDate.fromString(middle, "yyyy-MM-dd"))
    tab.from_check.setChecked(True)
    wait_settled(tab, qtbot)
    joined = sql(path, "SELECT count(*) FROM members WHERE deleted_at IS NULL AND join_date >= ?", (middle,))[0][0]
    assert tab.model.filter.joined_from == middle
    assert tab.count_label.text() == f"{joined} of 120 members"


# -- the editor --------------------------------------------------------------------------
def test_edit_validates_normalises_saves_and_logs(open_window, qtbot, type_text):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    member_id = tab.model.member_id(2)
    before = sql(path, "SELECT version, phone FROM members WHERE id = ?", (member_id,))[0]
    dialog = open_editor(qtbot, tab, 2)
    assert dialog.objectName() == "MemberDialog" and dialog.member_id == member_id
    retype(qtbot, type_text, dialog.nickname_edit, "晨跑小将")
    retype(qtbot, type_text, dialog.phone_edit, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()                         # refused
    assert dialog.errors.isVisible() and "Phone" in dialog.errors.text()
    assert "border" in dialog.phone_edit.styleSheet()
    assert sql(path, "SELECT version, phone FROM members WHERE id = ?", (member_id,))[0] == before

    retype(qtbot, type_text, dialog.phone_edit, "+86 138-0013-8000")
    retype(qtbot, type_text, dialog.join_edit, "2024年3月5日")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is None, timeout=5_000)
    version, phone, nickname, joined = sql(
        path, "SELECT version, phone, nickname, join_date FROM members WHERE id = ?", (member_id,))[0]
    assert (phone, nickname, joined) == ("13800138000", "晨跑小将", "2024-03-05")
    assert version == before[0] + 1
    wait_settled(tab, qtbot)
    row = tab.model.row_of(member_id)
    assert tab.model.index(row, 1).data() == "晨跑小将" and tab.model.index(row, 2).data() == "13800138000"

    dialog = open_editor(qtbot, tab, row)
    assert dialog.phone_edit.text() == "13800138000" and dialog.join_edit.text() == "2024-03-05"
    history = dialog.history
    assert history.rowCount() == 1
    cells = [history.item(0, c).text() for c in range(4)]
    assert cells[1] == "李娜" and cells[2] == "Edited"
    assert f"Phone: {before[1] or '∅'} → 13800138000" in cells[3]
    assert "Nickname:" in cells[3] and "→ 晨跑小将" in cells[3]
    dialog.reject()


def test_add_member_and_invalid_email_and_duplicate_identity(open_window, qtbot, type_text):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    with Database(path, operator="王强") as other:
        taken = members_model.get_member(other, 1)
        taken.identities = [("qq", "10001")]
        members_model.save_member(other, taken)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is not None, timeout=5_000)
    dialog = tab.editor
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "name or a nickname" in dialog.errors.text()     # nothing entered yet
    type_text(dialog.name_edit, "新成员")
    type_text(dialog.email_edit, "not-an-email")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Email" in dialog.errors.text()
    retype(qtbot, type_text, dialog.email_edit, "new@Example.COM")
    dialog.add_identity("qq", "10001")                       # belongs to member 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "already taken" in dialog.errors.text()
    assert sql(path, "SELECT count(*) FROM members WHERE display_name = '新成员'")[0][0] == 0
    dialog.identity_table.selectRow(0)
    qtbot.mouseClick(dialog.findChild(type(dialog.save_button), "removeIdentity"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is None, timeout=5_000)
    (email,) = sql(path, "SELECT email FROM members WHERE display_name = '新成员'")[0]
    assert email == "new@example.com"
    wait_settled(tab, qtbot)
    assert tab.count_label.text() == "121 members" and tab.model.rowCount() == 121


def test_a_conflicting_save_offers_keep_theirs_or_take_mine(open_window, qtbot, type_text):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    member_id = tab.model.member_id(0)
    dialog = open_editor(qtbot, tab, 0)
    retype(qtbot, type_text, dialog.nickname_edit, "我的改动")
    with Database(path, operator="王强") as other:        # a teammate saves first
        theirs = members_model.get_member(other, member_id)
        theirs.notes = "王强的备注"
        theirs.tier = "金卡"
        members_model.save_member(other, theirs)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible(), timeout=5_000)
    box = dialog.conflict_dialog
    assert "changed by 王强 at" in box.findChild(QLabel, "conflictMessage").text()

    # Keep theirs: the form shows the teammate's version; nothing was written by us.
    qtbot.mouseClick(box.findChild(type(dialog.save_button), "conflictKeepTheirs"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is None, timeout=5_000)
    assert dialog.tier_edit.text() == "金卡" and dialog.notes_edit.toPlainText() == "王强的备注"
    assert dialog.original.version == 2

    # Edit again, the teammate changes again, and this time take mine.
    retype(qtbot, type_text, dialog.nickname_edit, "我的改动")
    with Database(path, operator="王强") as other:
        theirs = members_model.get_member(other, member_id)
        theirs.tier = "银卡"
        members_model.save_member(other, theirs)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible(), timeout=5_000)
    take_mine = dialog.conflict_dialog.findChild(type(dialog.save_button), "conflictTakeMine")
    qtbot.mouseClick(take_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.editor is None, timeout=5_000)
    nickname, tier, notes, version, by = sql(
        path, "SELECT nickname, tier, notes, version, updated_by FROM members WHERE id = ?", (member_id,))[0]
    # My edit landed; the teammate's changes to other fields were not lost.
    assert (nickname, tier, notes, version, by) == ("我的改动", "银卡", "王强的备注", 4, "李娜")


# -- delete and restore ------------------------------------------------------------------
def test_delete_two_members_then_restore_them(open_window, qtbot, monkeypatch):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    click_row(qtbot, tab, 1)
    click_row(qtbot, tab, 4, Qt.KeyboardModifier.ControlModifier)
    chosen = {tab.model.member_id(1), tab.model.member_id(4)}
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert tab.delete_button.isEnabled() and tab.delete_button.text() == "Delete…"
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Delete 2 selected members?" in asked[0]
    qtbot.waitUntil(lambda: tab.write_job is None, timeout=10_000)
    wait_settled(tab, qtbot)
    assert not chosen & set(shown_ids(tab))
    assert tab.count_label.text() == "118 members"
    deleted = {r[0] for r in sql(path, "SELECT id FROM members WHERE deleted_at IS NOT NULL")}
    assert deleted == chosen

    qtbot.mouseClick(tab.deleted_check, Qt.MouseButton.LeftButton)
    assert tab.delete_button.text() == "Restore"
    wait_settled(tab, qtbot)
    assert set(shown_ids(tab)) == chosen and tab.count_label.text() == "2 deleted members (recoverable)"
    click_row(qtbot, tab, 0)
    click_row(qtbot, tab, 1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.write_job is None, timeout=10_000)
    wait_settled(tab, qtbot)
    assert tab.model.rowCount() == 0
    assert sql(path, "SELECT count(*) FROM members WHERE deleted_at IS NOT NULL")[0][0] == 0
    assert len(asked) == 1          # restoring does not ask
    tab.deleted_check.setChecked(False)
    wait_settled(tab, qtbot)
    assert tab.count_label.text() == "120 members"
    actions = [r[0] for r in sql(path, "SELECT action FROM changes WHERE table_name = 'members' AND row_id = ? "
                                       "ORDER BY id", (min(chosen),))]
    assert actions == ["delete", "restore"]


# -- bulk actions ------------------------------------------------------------------------
def test_bulk_tag_on_a_selection(open_window, qtbot, monkeypatch):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    click_row(qtbot, tab, 3)
    click_row(qtbot, tab, 5, Qt.KeyboardModifier.ShiftModifier)
    chosen = {tab.model.member_id(r) for r in (3, 4, 5)}
    assert tab.bulk_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("年卡会员", True))
    tab.add_tag_action.trigger()
    qtbot.waitUntil(lambda: tab.write_job is None, timeout=10_000)
    wait_settled(tab, qtbot)
    tagged = {r[0] for r in sql(path, "SELECT l.member_id FROM member_tags l JOIN tags t ON t.id = l.tag_id "
                                      "WHERE t.name = '年卡会员'")}
    assert tagged == chosen
    selected = {tab.model.member_id(i.row()) for i in tab.table.selectionModel().selectedRows()}
    assert selected == chosen   # the selection is kept after the write
    for row in (3, 4, 5):
        assert "年卡会员" in tab.model.index(row, 7).data()
    (tag_id,) = sql(path, "SELECT id FROM tags WHERE name = '年卡会员'")[0]
    qtbot.waitUntil(lambda: tab.tag_filter.findData(tag_id) > 0, timeout=5_000)
    choose(tab.tag_filter, tag_id)
    wait_settled(tab, qtbot)
    assert set(shown_ids(tab)) == chosen and tab.count_label.text() == "3 of 120 members"
    versions = {r[0] for r in sql(path, "SELECT version FROM members WHERE id IN (?, ?, ?)", tuple(chosen))}
    assert versions == {2}


def test_bulk_status_resolves_rows_that_were_never_loaded(window, qtbot, tmp_path, monkeypatch):
    path = open_demo(window, qtbot, tmp_path / "bigger.cdesk", members=600, seed=5)
    tab = members_tab(window, qtbot)
    tab.table.selectAll()       # 600 rows; only the first block was read
    assert not all(tab.model.is_loaded(r) for r in range(600))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Left", True))
    tab.status_action.trigger()
    qtbot.waitUntil(lambda: tab.write_job is None, timeout=10_000)
    assert sql(path, "SELECT count(*) FROM members WHERE status = 'left'")[0][0] == 600
    already_left = tab.message.text()
    assert already_left.startswith("Status set to Left for ") and already_left.endswith(" members.")


def test_refresh_shows_a_teammates_change_and_keeps_the_scroll_position(window, qtbot, tmp_path):
    path = open_demo(window, qtbot, tmp_path / "team.cdesk", members=600, seed=6)
    tab = members_tab(window, qtbot)
    tab.table.scrollTo(tab.model.index(400, 0), tab.table.ScrollHint.PositionAtTop)
    wait_settled(tab, qtbot)
    scrolled = tab.table.verticalScrollBar().value()
    assert scrolled > 0
    member_id = tab.model.member_id(401)
    with Database(path, operator="王强") as other:
        member = members_model.get_member(other, member_id)
        member.nickname = "王强改的"
        members_model.save_member(other, member)
        new = members_model.Member(display_name="新来的")
        members_model.create_member(other, new)
    qtbot.mouseClick(tab.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.index(401, 1).data() == "王强改的", timeout=10_000)
    wait_settled(tab, qtbot)
    assert tab.table.verticalScrollBar().value() == scrolled
    assert tab.model.rowCount() == 601 and tab.count_label.text() == "601 members"


# -- export ------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_writes_the_filtered_sorted_view(open_window, qtbot, tmp_path, monkeypatch, suffix):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    formula = '=HYPERLINK("http://x","点我")'
    with Database(path, operator="王强") as other:      # a hostile name arrives by import or a teammate
        member = members_model.get_member(other, 7)
        member.display_name = formula
        member.status = "silent"
        members_model.save_member(other, member)
    tab.after_write()
    choose(tab.status_filter, "silent")
    click_header(qtbot, tab, NAME)
    wait_settled(tab, qtbot)
    expected = [r[0] for r in sql(path, "SELECT id FROM members WHERE deleted_at IS NULL AND status = 'silent' "
                                        "ORDER BY display_name, id")]
    assert shown_ids(tab) == expected
    target = tmp_path / f"silent{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert tab.export_progress.isVisible() or tab.export_job is None
    qtbot.waitUntil(lambda: tab.export_job is None, timeout=10_000)
    assert not tab.export_progress.isVisible()
    assert f"Exported {len(expected)} members" in tab.message.text()
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(target).active
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        cell = next(c for row in sheet.iter_rows(min_row=2) for c in row if c.value == formula)
        assert cell.data_type == "s"
    else:
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert ["'" + formula] in [[v] for row in rows for v in row if formula in v]
    assert rows[0][:3] == ["ID", "Name", "Nickname"] and len(rows[0]) == len(EXPORT_COLUMNS)
    assert [int(r[0]) for r in rows[1:]] == expected


def test_export_can_be_cancelled_and_writes_nothing(open_window, qtbot, tmp_path, monkeypatch):
    from app.views.tabs import members as members_tab_module

    tab = members_tab(open_window, qtbot)
    real_export = members_tab_module.export_members
    gate = threading.Event()

    def export_held_after_first_page(db, path, *, progress, **kwargs):
        def held(done, total):
            progress(done, total)
            assert gate.wait(10)     # until the person has pressed Cancel
        return real_export(db, path, progress=held, **kwargs)

    monkeypatch.setattr(members_tab_module, "export_members", export_held_after_first_page)
    target = tmp_path / "members"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV file (*.csv)"))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert not tab.export_button.isEnabled()
    qtbot.waitUntil(lambda: tab.export_progress.value() == 120, timeout=10_000)
    assert tab.export_progress.isVisible() and tab.export_progress.maximum() == 120
    assert tab.message.text() == f"Exporting to {target}.csv…"     # the chosen type's suffix is added
    qtbot.mouseClick(tab.export_cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: tab.export_job is None, timeout=10_000)
    assert tab.message.text() == "Export cancelled; no file was written."
    assert not tab.export_progress.isVisible() and tab.export_button.isEnabled()
    assert not any(p.name.startswith("members") for p in tmp_path.iterdir())   # no file, no temporary


# -- scale behaviour on a smaller scale ----------------------------------------------------
def test_blocks_are_fetched_lazily_and_the_cache_stays_small(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(member_table_model, "BLOCK", 20)   # 1,500 rows = 75 blocks > MAX_BLOCKS
    path = open_demo(window, qtbot, tmp_path / "scroll.cdesk", members=1500, seed=9)
    tab = members_tab(window, qtbot)
    click_header(qtbot, tab, NAME)
    wait_settled(tab, qtbot)
    by_name = [r[0] for r in sql(path, "SELECT id FROM members ORDER BY display_name, id")]
    assert tab.model.rowCount() == 1500
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.is_loaded(1499), timeout=10_000)
    assert tab.model.member_id(1499) == by_name[-1]      # read from the far end
    for row in range(0, 1500, 37):
        tab.table.scrollTo(tab.model.index(row, 0))
        qtbot.waitUntil(lambda r=row: tab.model.is_loaded(r), timeout=10_000)
        assert tab.model.member_id(row) == by_name[row]
        assert len(tab.model._cache) <= MAX_BLOCKS


def test_import_button_opens_the_wizard_and_an_import_refreshes_the_roster(open_window, qtbot, tmp_path):
    from app.services.member_import import import_members

    win = open_window
    tab = members_tab(win, qtbot)
    assert tab.count_label.text() == "120 members"
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.import_wizard is not None and win.import_wizard.isVisible(), timeout=5_000)
    win.import_wizard.reject()
    source = tmp_path / "more.csv"
    source.write_text("姓名,手机号\n新人甲,13511112222\n新人乙,13511113333\n", encoding="utf-8")
    with Database(win.db.path, operator="王强") as other:
        assert import_members(other, source).created == 2
    win.data_changed()  # what the wizard calls after a written import
    qtbot.waitUntil(lambda: tab.count_label.text() == "122 members", timeout=10_000)

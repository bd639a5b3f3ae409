"""The Moderation tab as an operator uses it: triage the queue from the keyboard, read the countdowns and
the highlighted excerpt, decide several cases at once, take an appeal, scan messages for sensitive words."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import members as members_model
from app.models import moderation as mod
from app.models.content import utc_text
from app.models.database import Database
from app.services.lifecycle import credit_scores
from app.views.moderation_case_panel import highlighted_html
from app.views.moderation_queue_model import COLUMNS

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 2, 0, tzinfo=timezone.utc)          # Wed 18 Nov 2026, 10:00 in Shanghai
DUE = COLUMNS.index("due")


def ago(hours: float) -> str:
    return utc_text(NOW - timedelta(hours=hours))


@pytest.fixture
def people(db):
    return {name: members_model.create_member(db, members_model.Member(display_name=name))
            for name in ("王小明", "李静", "张伟", "陈晨", "赵敏")}


@pytest.fixture
def cases(db, people):
    """Four open cases; in urgency order: red overdue, red, yellow, blue."""
    ids = {}
    for key, name, level, category, opened, excerpt in (
            ("yellow", "张伟", "yellow", "rumour", ago(2), "听说明天停课，大家转发"),
            ("blue", "陈晨", "blue", "off_topic", ago(10), "有人一起打游戏吗"),
            ("red_due_soon", "李静", "red", "abuse", ago(1), "你这个笨蛋"),
            ("red_overdue", "王小明", "red", "spam", ago(5), "加微信 领红包，私聊我")):
        ids[key] = mod.open_case(db, mod.Case(source="report", member_id=people[name], excerpt=excerpt,
                                              category=category, level=level, opened_at=opened))
    return ids


def open_tab(window, qtbot, db):
    path = db.path
    db.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    page = window.findChild(type(window.pages[4]), "ModerationTab")
    page.tz = SHANGHAI
    page.clock = lambda: NOW
    page.db.clock = lambda: utc_text(NOW)
    window.tabs.setCurrentWidget(page)
    page.reload()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    return page


@pytest.fixture
def tab(window, qtbot, db, people, cases):
    page = open_tab(window, qtbot, db)
    page.people, page.cases = people, cases
    return page


def shown_ids(tab) -> list[int]:
    return [c.id for c in tab.model.rows]


def current(tab) -> mod.Case:
    return mod.get_case(tab.db, tab.panel.case.id)


def press(qtbot, widget, key: str) -> None:
    qtbot.keyClick(widget, key)


def test_the_queue_is_in_urgency_order_with_countdowns_in_the_tabs_zone(tab):
    c = tab.cases
    assert shown_ids(tab) == [c["red_overdue"], c["red_due_soon"], c["yellow"], c["blue"]]
    due = [tab.model.index(row, DUE).data() for row in range(4)]
    assert due == ["overdue 1h 00m", "3h 00m left", "22h 00m left", "2d 14h left"]
    overdue_index = tab.model.index(0, DUE)
    assert overdue_index.data(Qt.ItemDataRole.ForegroundRole).name() == "#c9302c"
    assert overdue_index.data(Qt.ItemDataRole.FontRole).bold()
    assert tab.model.index(1, DUE).data(Qt.ItemDataRole.FontRole) is None
    # Opened five hours before NOW: 21:00 UTC on the 17th is 05:00 on the 18th in Shanghai.
    assert tab.model.index(0, COLUMNS.index("opened")).data() == "11/18/2026 5:00\u202fAM"
    assert tab.model.index(0, COLUMNS.index("member")).data() == "王小明"
    assert tab.summary.text() == "4 open · 1 overdue"
    # The first case is chosen; its panel shows the deadline in Shanghai time with the countdown.
    assert tab.panel.case.id == c["red_overdue"]
    assert tab.panel.facts["due"].text() == "11/18/2026 9:00\u202fAM · overdue 1h 00m"


def test_the_countdown_repaints_without_re_reading(tab, qtbot, monkeypatch):
    calls = []
    monkeypatch.setattr(mod, "list_cases", lambda *a, **k: calls.append(a) or [])
    changed = []
    tab.model.dataChanged.connect(lambda top, bottom, roles: changed.append((top.column(), bottom.column())))
    tab.clock = lambda: NOW + timedelta(minutes=90)
    tab.timer.timeout.emit()
    assert changed == [(DUE, DUE)] and calls == []
    assert tab.model.index(1, DUE).data() == "1h 30m left"
    assert tab.model.index(0, DUE).data() == "overdue 2h 30m"
    assert tab.panel.facts["due"].text().endswith("overdue 2h 30m")
    assert tab.summary.text() == "4 open · 1 overdue"


def test_keyboard_triage_claim_warn_and_move_on(tab, qtbot):
    c, table = tab.cases, tab.table
    press(qtbot, table, "j")
    assert tab.panel.case.id == c["red_due_soon"]
    press(qtbot, table, "j")
    press(qtbot, table, "k")
    assert tab.panel.case.id == c["red_due_soon"]
    press(qtbot, table, "c")
    case = current(tab)
    assert (case.assignee, case.status) == ("李娜", "in_review")
    assert tab.panel.case.id == c["red_due_soon"] and tab.panel.facts["assignee"].text() == "李娜"
    assert not tab.panel.buttons["claim"].isEnabled()
    with qtbot.waitSignal(tab.data_written):
        press(qtbot, table, "w")
    decided = mod.get_case(tab.db, c["red_due_soon"])
    assert (decided.status, decided.action, decided.credit_delta) == ("resolved", "warning", -5)
    assert credit_scores(tab.db, NOW.date(), member_id=tab.people["李静"])[tab.people["李静"]][0] == 95
    # The open queue drops it and the next open case is chosen.
    assert c["red_due_soon"] not in shown_ids(tab)
    assert tab.panel.case.id == c["yellow"]
    assert tab.table.currentIndex().row() == shown_ids(tab).index(c["yellow"])


def test_mute_uses_the_days_set(tab, qtbot):
    assert tab.panel.mute_spin.value() == 3                             # the configured default
    press(qtbot, tab.table, "u")                                        # uphold: only for an appealed case
    assert tab.panel.error.isVisible() and tab.panel.error.text() == "That does not apply to a case that is new."
    assert current(tab).status == "new"
    tab.panel.mute_spin.setValue(7)
    press(qtbot, tab.table, "m")
    case = mod.get_case(tab.db, tab.cases["red_overdue"])
    assert (case.status, case.action, case.mute_days, case.sla_breached) == ("resolved", "mute", 7, 1)
    assert tab.panel.case.id == tab.cases["red_due_soon"]


def test_typing_in_the_note_or_a_filter_does_not_decide(tab, qtbot):
    first = tab.panel.case
    note = tab.panel.note_edit
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, "wow, bad")
    assert note.text() == "wow, bad"
    tab.level_filter.setFocus()
    qtbot.waitUntil(tab.level_filter.hasFocus)
    qtbot.keyClick(tab.level_filter, "b")         # the combo's own keyboard search: Blue
    assert tab.level_filter.currentData() == "blue"
    tab.panel.mute_spin.setFocus()
    qtbot.keyClick(tab.panel.mute_spin, "d")
    assert [mod.get_case(tab.db, i).status for i in tab.cases.values()] == ["new"] * 4
    assert tab.panel.case.id == tab.cases["blue"] and first.id != tab.cases["blue"]
    # Back in the queue the keys work again, and the note goes with the decision.
    note.setText("二次违规")
    tab.table.setFocus()
    press(qtbot, tab.table, "d")
    case = mod.get_case(tab.db, tab.cases["blue"])
    assert (case.status, case.action, case.note) == ("resolved", "delete_message", "二次违规")
    assert note.text() == ""


def test_filters(tab, qtbot):
    c = tab.cases
    tab.level_filter.setCurrentIndex(tab.level_filter.findData("red"))
    assert shown_ids(tab) == [c["red_overdue"], c["red_due_soon"]]
    tab.level_filter.setCurrentIndex(0)
    tab.category_filter.setCurrentIndex(tab.category_filter.findData("rumour"))
    assert shown_ids(tab) == [c["yellow"]]
    tab.category_filter.setCurrentIndex(0)
    mod.claim(tab.db, c["blue"], mod.get_case(tab.db, c["blue"]).version)
    tab.reload()
    tab.assignee_filter.setCurrentIndex(tab.assignee_filter.findData("\x00me"))
    assert shown_ids(tab) == [c["blue"]]
    tab.assignee_filter.setCurrentIndex(tab.assignee_filter.findData(""))
    assert shown_ids(tab) == [c["red_overdue"], c["red_due_soon"], c["yellow"]]
    tab.assignee_filter.setCurrentIndex(0)
    mod.dismiss(tab.db, c["yellow"], mod.get_case(tab.db, c["yellow"]).version)
    tab.reload()
    assert c["yellow"] not in shown_ids(tab)            # the default filter shows the open cases
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("dismissed"))
    assert shown_ids(tab) == [c["yellow"]]
    assert tab.model.index(0, DUE).data() == "Dismissed"
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("all"))
    assert len(shown_ids(tab)) == 4 and shown_ids(tab)[-1] == c["yellow"]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("resolved"))
    assert shown_ids(tab) == [] and tab.hint.isVisible() and "match" in tab.hint.text()


def test_the_selection_stays_on_the_same_case_across_reloads(tab, qtbot):
    press(qtbot, tab.table, "j")
    press(qtbot, tab.table, "j")
    chosen = tab.panel.case.id
    other = Database(tab.db.path, operator="王强")     # a teammate decides the first case
    try:
        mod.decide(other, tab.cases["red_overdue"], 1, "warning")
    finally:
        other.close()
    tab.reload()
    assert tab.panel.case.id == chosen == tab.cases["yellow"]
    assert tab.table.currentIndex().row() == shown_ids(tab).index(chosen)


def test_a_teammates_decision_first_shows_on_the_error_line_without_a_box(tab, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a: pytest.fail("no modal box in the triage flow"))
    case_id = tab.panel.case.id
    other = Database(tab.db.path, operator="王强", clock=lambda: utc_text(NOW + timedelta(minutes=2)))
    try:
        mod.decide(other, case_id, 1, "ban")
    finally:
        other.close()
    press(qtbot, tab.table, "w")
    case = mod.get_case(tab.db, case_id)
    assert (case.action, case.decided_by) == ("ban", "王强")           # theirs stands
    assert tab.panel.error.isVisible()
    assert tab.panel.error.text().startswith(f"王强 changed case #{case_id} at 11/18/2026 10:02\u202fAM")
    # Reloaded: the case is no longer open; pressing W again does not decide anything else.
    assert case_id not in shown_ids(tab)
    assert [mod.get_case(tab.db, i).status for i in tab.cases.values() if i != case_id] == ["new"] * 3


def test_matched_words_are_highlighted_in_the_excerpt(window, qtbot, db, people):
    text = "加微信 领红包 <b>now</b>"
    case_id = mod.open_case(db, mod.Case(source="report", member_id=people["王小明"], excerpt=text,
                                         category="spam", level="red", opened_at=ago(1),
                                         hits=[["加微信", "red", "spam", 0, 3], ["红包", "yellow", "fraud", 5, 7],
                                               ["now", "blue", "spam", 11, 14], ["b>", "blue", "spam", 16, 90]]))
    tab = open_tab(window, qtbot, db)
    assert tab.panel.case.id == case_id
    document = tab.panel.excerpt_view.document()
    assert document.toPlainText() == text                      # escaped: the tags are text, not markup

    def background(position: int) -> str:
        from PySide6.QtGui import QTextCursor
        cursor = QTextCursor(document)
        cursor.setPosition(position + 1)                        # the format of the character before
        return cursor.charFormat().background().color().name() if cursor.charFormat().background().style() \
            != Qt.BrushStyle.NoBrush else ""

    assert [background(i) for i in range(len(text))] == (
        ["#fbdadb"] * 3 + [""] * 2 + ["#fdf0c8"] * 2 + [""] * 4 + ["#d8e8fa"] * 3 + [""] * 2 + ["#d8e8fa"] * 2)
    html = highlighted_html("a<b", [["<b", "red", "spam", 1, 3], ["x", "blue", "spam", 2, 99]])
    assert "a<span" in html and "&lt;b</span>" in html and "#d8e8fa" not in html   # overlap: higher level
    assert highlighted_html("ab", [["x", "red", "spam", 5, 9]]) == "<p>ab</p>"        # beyond the text


def test_bulk_decide_three_selected_and_report_a_teammates_change(tab, qtbot):
    c = tab.cases
    targets = [c["red_due_soon"], c["yellow"], c["blue"]]
    for i, case_id in enumerate(targets):
        rect = tab.table.visualRect(tab.model.index(shown_ids(tab).index(case_id), 1))
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier, rect.center())
    assert sorted(x.id for x in tab.selected_cases()) == sorted(targets)
    assert tab.bulk_button.isEnabled()
    other = Database(tab.db.path, operator="王强", clock=lambda: utc_text(NOW + timedelta(minutes=5)))
    try:
        mod.decide(other, c["yellow"], 1, "ban")                  # meanwhile, a teammate bans one
    finally:
        other.close()
    qtbot.mouseClick(tab.bulk_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert "3" in dialog.count_label.text() and dialog.apply_button.text() == "Decide 3"
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("mute"))
    dialog.mute_spin.setValue(2)
    qtbot.keyClicks(dialog.note_edit, "flood")
    with qtbot.waitSignal(tab.data_written):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    muted = [mod.get_case(tab.db, i) for i in (c["red_due_soon"], c["blue"])]
    assert [(m.status, m.action, m.mute_days, m.note) for m in muted] == [("resolved", "mute", 2, "flood")] * 2
    banned = mod.get_case(tab.db, c["yellow"])
    assert (banned.action, banned.decided_by) == ("ban", "王强")      # not overwritten
    assert tab.message.text() == (f"Decided 2 of 3. Changed by a teammate meanwhile, left as they are: "
                                  f"#{c['yellow']} (王强 at 11/18/2026 10:05\u202fAM).")
    assert shown_ids(tab) == [c["red_overdue"]]


def test_bulk_dismiss_skips_a_case_no_longer_open(tab, qtbot):
    c = tab.cases
    mod.decide(tab.db, c["blue"], 1, "warning")
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("all"))
    tab.table.selectAll()
    dialog = tab.bulk_decide()
    assert "Selected cases: 4." in dialog.count_label.text()
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("dismiss"))
    assert not dialog.mute_spin.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert [mod.get_case(tab.db, i).status for i in (c["red_overdue"], c["red_due_soon"], c["yellow"], c["blue"])] == \
        ["dismissed"] * 3 + ["resolved"]
    assert tab.message.text() == f"Decided 3 of 4. No longer open: #{c['blue']}."
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("open"))
    assert tab.hint.isVisible() and not tab.bulk_button.isEnabled()


def test_appeal_then_overturn_keeps_both_decisions(tab, qtbot):
    member = tab.people["王小明"]
    case_id = tab.cases["red_overdue"]
    press(qtbot, tab.table, "r")                                        # remove from the group
    assert credit_scores(tab.db, NOW.date(), member_id=member)[member][0] == 60
    assert members_model.get_member(tab.db, member).status == "left"
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("all"))
    tab.select_case(case_id)
    tab.table.setFocus()
    assert tab.panel.buttons["appeal"].isEnabled() and not tab.panel.buttons["uphold"].isEnabled()
    press(qtbot, tab.table, "a")
    dialog = tab.dialog
    assert dialog is not None and dialog.objectName() == "AppealDialog"
    qtbot.keyClicks(dialog.reason_edit, "not me, my account was stolen")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert current(tab).status == "appealed" and tab.panel.case.id == case_id
    assert tab.panel.buttons["overturn"].isEnabled() and not tab.panel.buttons["appeal"].isEnabled()
    assert tab.panel.overturn_combo.currentData() == "none"
    tab.table.setFocus()
    press(qtbot, tab.table, "o")
    case = mod.get_case(tab.db, case_id)
    assert (case.status, case.action, case.credit_delta) == ("overturned", "none", 0)
    assert credit_scores(tab.db, NOW.date(), member_id=member).get(member, (100,))[0] == 100
    assert members_model.get_member(tab.db, member).status == "active"
    assert [(e.kind, e.action) for e in mod.case_log(tab.db, case_id)] == [
        ("decision", "remove"), ("appeal", "remove"), ("overturned", "none")]
    tab.select_case(case_id)
    log = tab.panel.log_table
    rows = [[log.item(r, col).text() for col in range(5)] for r in range(log.rowCount())]
    assert rows == [["11/18/2026 10:00\u202fAM", "李娜", "Decided: Remove from group", "-40", ""],
                    ["11/18/2026 10:00\u202fAM", "李娜", "Appealed: Remove from group", "-40",
                     "not me, my account was stolen"],
                    ["11/18/2026 10:00\u202fAM", "李娜", "Appeal: overturned: No action", "", ""]]


def test_an_empty_file_says_how_cases_arrive(window, qtbot, db):
    tab = open_tab(window, qtbot, db)
    assert tab.hint.isVisible() and "Scan messages" in tab.hint.text() and "New case" in tab.hint.text()
    assert tab.panel.case is None and not tab.panel.buttons["decide:warning"].isEnabled()
    assert tab.summary.text() == "0 open · 0 overdue"
    press(qtbot, tab.table, "w")                                        # nothing to decide, nothing breaks
    qtbot.mouseClick(tab.scan_button, Qt.MouseButton.LeftButton)
    assert "no sensitive words yet" in tab.message.text() and tab.scan_job is None


_keys = iter(range(1, 10**9))


def add_messages(db, member_id: int, texts: list[str]) -> None:
    with db.transaction() as conn:
        source = conn.execute("INSERT INTO event_sources(file_name, format, imported_at, imported_by) "
                              "VALUES ('chat.json', 'telegram', ?, 't')", (db.clock(),)).lastrowid
        conn.executemany("INSERT INTO events(member_id, ts, kind, platform, source, source_key, text) "
                         "VALUES (?, ?, 'message', 'wechat', ?, ?, ?)",
                         [(member_id, ago(3), source, next(_keys), text) for text in texts])


def test_scan_messages_in_the_background(window, qtbot, db, people):
    from app.services.word_matcher import normalize
    mod.save_word_lists(db, [mod.WordEntry(w, normalize(w), level, category) for w, level, category in (
        ("加微信", "red", "spam"), ("笨蛋", "yellow", "abuse"))], [], replace=False)
    add_messages(db, people["张伟"], ["大家好", "加 微 信 送资料", "你是笨蛋", "今天天气不错"])
    tab = open_tab(window, qtbot, db)
    assert tab.model.rows == []
    with qtbot.waitSignal(tab.data_written, timeout=60_000):
        qtbot.mouseClick(tab.scan_button, Qt.MouseButton.LeftButton)
        assert tab.scan_job is not None and not tab.scan_button.isEnabled()
    qtbot.waitUntil(lambda: tab.scan_job is None, timeout=10_000)
    assert tab.message.text() == "Scanned 4 messages: 2 cases opened (Red 1, Yellow 1, Blue 0)."
    assert [(c.level, c.source, c.excerpt) for c in tab.model.rows] == [
        ("red", "word_hit", "加 微 信 送资料"), ("yellow", "word_hit", "你是笨蛋")]
    assert tab.scan_button.isEnabled() and not tab.scan_progress.isVisible()
    assert tab.panel.case.hits[0][:3] == ["加微信", "red", "spam"]


def test_new_case_from_a_members_report_joins_the_queue(tab, qtbot):
    from tests.gui.conftest import type_into
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.case_id is None
    picker = dialog.member_picker
    type_into(qtbot, picker.edit, "赵敏")
    qtbot.waitUntil(lambda: picker.found.isVisible() and picker.found.count() == 1)
    item = picker.found.item(0)
    qtbot.mouseClick(picker.found.viewport(), Qt.MouseButton.LeftButton, pos=picker.found.visualItemRect(item).center())
    assert picker.member_id == tab.people["赵敏"]
    type_into(qtbot, dialog.excerpt_edit, "在群里发赌博链接")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("fraud"))
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("red"))
    with qtbot.waitSignal(tab.data_written):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    case = current(tab)
    assert (case.member_id, case.excerpt, case.level, case.opened_at) == (
        tab.people["赵敏"], "在群里发赌博链接", "red", utc_text(NOW))
    assert shown_ids(tab).index(case.id) == 2                          # red, due in 4 h: after the red ones due sooner
    assert tab.summary.text() == "5 open · 1 overdue"


def test_edit_changes_the_level_and_the_deadline(tab, qtbot):
    press(qtbot, tab.table, "j")
    press(qtbot, tab.table, "j")                                       # the yellow case
    case_id = tab.panel.case.id
    qtbot.mouseClick(tab.panel.buttons["edit"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog.case_id == case_id
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("red"))
    with qtbot.waitSignal(tab.data_written):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.panel.case.id == case_id and tab.panel.facts["level"].text() == "Red"
    assert tab.panel.facts["due"].text() == "11/18/2026 12:00\u202fPM · 2h 00m left"   # opened 08:00 + 4 h
    assert shown_ids(tab).index(case_id) == 1


def test_a_log_row_opens_its_case_in_the_queue(tab, qtbot):
    case_id = tab.panel.case.id
    press(qtbot, tab.table, "b")
    tab.left.setCurrentWidget(tab.log_panel)
    log = tab.log_panel.log_table
    assert log.rowCount() == 1 and log.item(0, 2).text() == f"#{case_id}"
    rect = log.visualItemRect(log.item(0, 2))
    qtbot.mouseClick(log.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())   # QTest's double click
    qtbot.mouseDClick(log.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # is the second click only
    assert tab.left.currentIndex() == 0 and tab.panel.case.id == case_id
    assert tab.status_filter.currentData() == "all"                  # the decided case is shown, not hidden
    assert tab.table.currentIndex().row() == shown_ids(tab).index(case_id)


@pytest.mark.parametrize("from_menu", [False, True])
def test_settings_change_the_default_mute(tab, qtbot, from_menu):
    window = tab.window()
    if from_menu:
        from PySide6.QtGui import QAction
        from app.views.moderation_settings_dialog import ModerationSettingsDialog
        window.findChild(QAction, "actionModerationSettings").trigger()
        dialog = window.findChild(ModerationSettingsDialog)
    else:
        qtbot.mouseClick(tab.settings_button, Qt.MouseButton.LeftButton)
        dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.mute_spin.setValue(14)
    with qtbot.waitSignal(tab.data_written):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert mod.get_config(tab.db)["mute_days"] == 14 and tab.panel.mute_spin.value() == 14


def test_a_case_decided_by_a_teammate_leaves_no_other_case_chosen_in_its_place(tab, qtbot):
    press(qtbot, tab.table, "j")
    gone = tab.panel.case.id
    assert gone == tab.cases["red_due_soon"]
    other = Database(tab.db.path, operator="王强")
    try:
        mod.dismiss(other, gone, 1)
    finally:
        other.close()
    tab.reload()
    assert gone not in shown_ids(tab) and tab.panel.case is None
    assert tab.table.selectionModel().selectedRows() == []
    press(qtbot, tab.table, "j")                    # the person moves on when they choose to
    assert tab.panel.case.id == shown_ids(tab)[0]


def test_the_word_list_editor_opens_from_the_tab(tab, qtbot):
    from app.views.moderation_words_dialog import WordListDialog
    qtbot.mouseClick(tab.words_button, Qt.MouseButton.LeftButton)
    assert isinstance(tab.dialog, WordListDialog) and tab.dialog.isVisible()
    tab.dialog.reject()
    assert tab.dialog is None

"""The moderation dialogs (case, sensitive words, settings) and the log & figures panel, driven as a
person would: typing, clicking, picking from lists."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QLabel, QMessageBox, QPushButton

from app.models import members as members_model
from app.models import moderation as mod
from app.models.database import Database

LEFT = Qt.MouseButton.LeftButton
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 20, 6, 30, tzinfo=timezone.utc)          # 14:30 in Shanghai


def member(db, name: str, nickname: str = "") -> int:
    return members_model.create_member(db, members_model.Member(display_name=name, nickname=nickname))


def click(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible()
    qtbot.mouseClick(widget, LEFT)


def button(dialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None, name
    return found


def case_count(db) -> int:
    return db.conn.execute("SELECT count(*) FROM moderation_cases").fetchone()[0]


def choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


@pytest.fixture
def no_questions(monkeypatch):
    def refuse(_parent, _title, text, *args):
        raise AssertionError(f"unexpected question: {text}")
    monkeypatch.setattr(QMessageBox, "question", refuse)
    monkeypatch.setattr(QMessageBox, "warning", refuse)


# -- the case dialog ------------------------------------------------------------------------------
@pytest.fixture
def case_dialog(db, show):
    from app.views.moderation_case_dialog import CaseDialog
    return lambda case=None: show(CaseDialog(db, case, clock=lambda: NOW, tz=SHANGHAI))


def pick_member(qtbot, type_text, picker, text: str, expected: str) -> None:
    type_text(picker.edit, text)
    qtbot.waitUntil(lambda: picker.found.isVisible() and picker.found.count() >= 1)
    item = next(picker.found.item(r) for r in range(picker.found.count()) if picker.found.item(r).text() == expected)
    qtbot.mouseClick(picker.found.viewport(), LEFT, pos=picker.found.visualItemRect(item).center())
    assert picker.member_id is not None and not picker.found.isVisible()


def test_a_typed_report_is_saved_with_its_deadline_in_utc(db, case_dialog, qtbot, type_text, no_questions):
    wang = member(db, "王小明", "小明同学")
    member(db, "王芳")
    dialog = case_dialog()
    assert dialog.objectName() == "caseDialog" and dialog.windowTitle() == "New case"
    assert dialog.pages.count() == 1                      # no history for a new case
    pick_member(qtbot, type_text, dialog.member_picker, "王小", "王小明 · 小明同学")
    type_text(dialog.reporter_picker.edit, "群友老李")     # not on the roster: kept as typed
    type_text(dialog.excerpt_edit, "加微信领福利，私聊我")
    dialog.message_time_edit.setDateTime(QDateTime(QDate(2026, 11, 20), QTime(13, 5)))   # Shanghai time
    choose(dialog.platform_combo, "wechat")
    choose(dialog.category_combo, "spam")
    assert dialog.category_combo.currentText() == "Spam / ads"
    assert dialog.due_label.text() == "Due in 72 h — 11/23/2026 2:30\u202fPM"     # blue by default; en_US times
    choose(dialog.level_combo, "red")
    assert dialog.due_label.text() == "Due in 4 h — 6:30\u202fPM"
    click(qtbot, dialog.save_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    case = mod.get_case(db, dialog.case_id)
    assert (case.source, case.member_id, case.reporter_id, case.reporter, case.platform, case.category) == (
        "report", wang, None, "群友老李", "wechat", "spam")
    assert (case.level, case.status, case.excerpt) == ("red", "new", "加微信领福利，私聊我")
    assert case.message_at == "2026-11-20T05:05:00Z"
    assert (case.opened_at, case.due_at) == ("2026-11-20T06:30:00Z", "2026-11-20T10:30:00Z")


def test_a_reporter_from_the_roster_and_an_observation(db, case_dialog, qtbot, type_text, no_questions):
    wang, li = member(db, "王小明"), member(db, "李雷")
    dialog = case_dialog()
    choose(dialog.source_combo, "observation")
    pick_member(qtbot, type_text, dialog.member_picker, "王小明", "王小明")
    reporter = dialog.reporter_picker                    # by keyboard: Return picks the first match
    type_text(reporter.edit, "李")
    qtbot.waitUntil(lambda: reporter.found.isVisible() and reporter.found.count() == 1)
    qtbot.keyClick(reporter.edit, Qt.Key.Key_Return)
    assert reporter.member_id == li and reporter.edit.text() == "李雷" and not reporter.found.isVisible()
    assert dialog.isVisible() and not dialog.errors.isVisible()     # Return did not press Save
    type_text(dialog.excerpt_edit, "连续刷屏")
    dialog.assignee_combo.setEditText("李娜")
    click(qtbot, dialog.save_button)
    case = mod.get_case(db, dialog.case_id)
    assert (case.source, case.member_id, case.reporter_id, case.reporter, case.assignee) == (
        "observation", wang, li, "", "李娜")


def test_missing_member_and_excerpt_are_refused(db, case_dialog, qtbot, type_text, no_questions):
    member(db, "王小明")
    dialog = case_dialog()
    type_text(dialog.member_picker.edit, "王小明")         # typed but never picked from the matches
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.errors.isVisible()
    assert dialog.errors.text() == ("Pick the member concerned from the roster matches.\n"
                                    "Enter the message or content excerpt.")
    assert "border" in dialog.member_picker.edit.styleSheet() and "border" in dialog.excerpt_edit.styleSheet()
    assert case_count(db) == 0
    pick_member(qtbot, type_text, dialog.member_picker, "", "王小明")   # the matches are still listed
    click(qtbot, dialog.save_button)
    assert dialog.errors.text() == "Enter the message or content excerpt."
    assert case_count(db) == 0


def test_editing_a_case_raises_its_level_and_moves_the_deadline(db, case_dialog, qtbot, type_text, no_questions):
    wang = member(db, "王小明")
    case = mod.Case(source="report", member_id=wang, excerpt="广告链接", category="spam", level="blue",
                    opened_at="2026-11-20T05:00:00Z")
    mod.open_case(db, case)
    assert mod.get_case(db, case.id).due_at == "2026-11-23T05:00:00Z"
    dialog = case_dialog(mod.get_case(db, case.id))
    assert dialog.windowTitle() == f"Case #{case.id}" and dialog.pages.count() == 2
    assert dialog.member_picker.edit.text() == "王小明" and dialog.member_picker.member_id == wang
    assert not dialog.source_combo.isVisible() and dialog.source_label.text() == "Member report"
    history = dialog.history_view.table
    assert history.rowCount() == 1 and history.item(0, 1).text() == "李娜" and history.item(0, 2).text() == "Opened"
    assert "Level: Blue" in history.item(0, 3).text() and "Due: 11/23/2026 1:00\u202fPM" in history.item(0, 3).text()
    choose(dialog.level_combo, "red")
    assert dialog.due_label.text() == "Due 5:00\u202fPM (2h 30m left)"       # 05:00Z + 4 h, shown in Shanghai
    type_text(dialog.note_edit, "升级处理")
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = mod.get_case(db, case.id)
    assert (saved.level, saved.due_at, saved.note, saved.version) == ("red", "2026-11-20T09:00:00Z", "升级处理", 2)
    assert saved.message_at is None and saved.excerpt == "广告链接"    # untouched fields stay as they were


def test_a_teammates_edit_is_compared_and_mine_taken_over_theirs(db, db_path, case_dialog, qtbot, no_questions):
    wang = member(db, "王小明")
    case = mod.Case(source="report", member_id=wang, excerpt="广告链接", category="spam", level="blue")
    mod.open_case(db, case)
    dialog = case_dialog(mod.get_case(db, case.id))
    other = Database(db_path, operator="王芳")
    try:
        theirs = mod.get_case(other, case.id)
        theirs.note = "我来处理"
        mod.save_case(other, theirs)
    finally:
        other.close()
    choose(dialog.level_combo, "yellow")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    assert "王芳" in dialog.conflict_dialog.findChild(QLabel, "conflictMessage").text()
    click(qtbot, dialog.conflict_dialog.findChild(QPushButton, "conflictTakeMine"))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    saved = mod.get_case(db, case.id)
    assert (saved.level, saved.note, saved.version) == ("yellow", "我来处理", 3)   # their note, my level


# -- the word list dialog -------------------------------------------------------------------------
@pytest.fixture
def words_dialog(db, show):
    from app.views.moderation_words_dialog import WordListDialog
    return lambda: show(WordListDialog(db))


def shown_rows(view) -> list[list[str]]:
    """What the view shows, row by row (after its filter and sort)."""
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def type_new_word(qtbot, type_text, dialog, word: str) -> None:
    view = dialog.word_table
    click(qtbot, button(dialog, "addWord"))
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None and view.currentIndex().column() == 0
    type_text(editor, word)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def pick_cell(qtbot, view, row: int, column: int, data) -> None:
    """Double-click a combo cell and pick *data* from its editor."""
    cell = view.visualRect(view.model().index(row, column)).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=cell)
    qtbot.mouseDClick(view.viewport(), LEFT, pos=cell)
    combo = view.indexWidget(view.currentIndex())
    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def select_row(qtbot, view, row: int) -> None:
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(view.model().index(row, 0)).center())


def test_words_are_added_and_a_duplicate_form_is_refused(db, words_dialog, qtbot, type_text, no_questions):
    dialog = words_dialog()
    view = dialog.word_table
    type_new_word(qtbot, type_text, dialog, "加 微 信")
    assert shown_rows(view) == [["加 微 信", "Yellow", "Other", "加微信"]]     # the normalised form, read-only
    assert not view.model().flags(view.model().index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    pick_cell(qtbot, view, 0, 1, "red")
    pick_cell(qtbot, view, 0, 2, "spam")
    assert shown_rows(view)[0][:3] == ["加 微 信", "Red", "Spam / ads"]
    type_new_word(qtbot, type_text, dialog, "ＷｅＣｈａｔ")
    type_new_word(qtbot, type_text, dialog, "wechat")
    assert dialog.counts.text() == "3 words · Red 1 · Yellow 2 · Blue 0 · 0 allowed phrases"
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.text() == ("Nothing was saved:\n"
                                    "Words, rows 2 and 3 are the same word once normalised (“wechat”).")
    assert mod.list_words(db) == [] and mod.word_list_version(db) == 0

    select_row(qtbot, view, 2)
    click(qtbot, button(dialog, "deleteWords"))
    assert dialog.counts.text() == "2 words · Red 1 · Yellow 1 · Blue 0 · 0 allowed phrases"
    dialog.pages.setCurrentIndex(1)
    click(qtbot, button(dialog, "addAllowed"))
    editor = dialog.allow_table.indexWidget(dialog.allow_table.currentIndex())
    type_text(editor, "微信支付")
    click(qtbot, dialog.save_button)                      # the phrase is still being typed: it counts
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(w.word, w.norm, w.level, w.category) for w in mod.list_words(db)] == [
        ("ＷｅＣｈａｔ", "wechat", "yellow", "other"), ("加 微 信", "加微信", "red", "spam")]
    assert mod.list_allowed(db) == [("微信支付", "微信支付")]
    assert mod.word_list_version(db) == 1


def test_an_empty_word_and_a_word_without_letters_are_named(db, words_dialog, qtbot, type_text, no_questions):
    dialog = words_dialog()
    type_new_word(qtbot, type_text, dialog, "刷单")
    type_new_word(qtbot, type_text, dialog, "***")
    click(qtbot, button(dialog, "addWord"))
    qtbot.keyClick(dialog.word_table.indexWidget(dialog.word_table.currentIndex()), Qt.Key.Key_Escape)
    click(qtbot, dialog.save_button)
    assert dialog.errors.text() == ("Nothing was saved:\nWords, row 2: “***” has no letters or digits to match.\n"
                                    "Words, row 3: the word is empty.")
    assert mod.list_words(db) == []


def test_a_csv_with_chinese_levels_is_merged(db, words_dialog, qtbot, tmp_path, monkeypatch, no_questions):
    from PySide6.QtWidgets import QFileDialog

    mod.save_word_lists(db, [mod.WordEntry("加微信", "加微信", "blue", "other")], [], replace=True)
    path = tmp_path / "敏感词.csv"
    path.write_text("敏感词,级别,分类\n加微信,红,广告\n刷单,黄,fraud\n傻X,蓝,辱骂\n微信支付,白名单,\n",
                    encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = words_dialog()
    click(qtbot, button(dialog, "importWords"))
    qtbot.waitUntil(lambda: "Save to keep them" in dialog.status.text(), timeout=10_000)
    assert dialog.status.text() == ("From 敏感词.csv: 2 words added, 1 changed, 1 allowed phrases added. "
                                    "Save to keep them.")
    assert shown_rows(dialog.word_table) == [["加微信", "Red", "Spam / ads", "加微信"],
                                             ["刷单", "Yellow", "Fraud", "刷单"], ["傻X", "Blue", "Abuse", "傻x"]]
    assert shown_rows(dialog.allow_table) == [["微信支付", "微信支付"]]
    assert mod.list_words(db)[0].level == "blue"          # nothing written before Save
    qtbot.keyClicks(dialog.filter_edit, "x")
    assert [row[0] for row in shown_rows(dialog.word_table)] == ["傻X"]
    assert dialog.word_table.model().headerData(0, Qt.Orientation.Vertical) == "3"     # the row's own number
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)                             # Return does not save
    assert dialog.isVisible() and dialog.word_table.hasFocus()
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sorted((w.word, w.level, w.category) for w in mod.list_words(db)) == [
        ("傻X", "blue", "abuse"), ("刷单", "yellow", "fraud"), ("加微信", "red", "spam")]
    assert mod.list_allowed(db) == [("微信支付", "微信支付")]


def test_a_bad_file_shows_its_rows_and_imports_nothing(db, words_dialog, qtbot, tmp_path, monkeypatch,
                                                      no_questions):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "words.csv"
    path.write_text("word,level,category\n加微信,红,spam\n刷单,紫,fraud\n,黄,\n加 微 信,黄,spam\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = words_dialog()
    click(qtbot, button(dialog, "importWords"))
    qtbot.waitUntil(lambda: dialog.errors.isVisible() and dialog.import_button.isEnabled(), timeout=10_000)
    lines = dialog.errors.text().split("\n")
    assert lines[0] == "words.csv has 3 bad rows; nothing was imported:"
    assert [line.split(":")[0] for line in lines[1:]] == ["row 3", "row 4", "row 5"]
    assert "紫" in lines[1] and "empty" in lines[2] and "row 2" in lines[3]
    assert shown_rows(dialog.word_table) == [] and not dialog.status.isVisible()


def test_a_teammates_save_meanwhile_is_reported(db, db_path, words_dialog, qtbot, type_text, no_questions):
    dialog = words_dialog()
    other = Database(db_path, operator="王芳")
    try:
        mod.save_word_lists(other, [mod.WordEntry("刷单", "刷单", "yellow", "fraud")], [], replace=True,
                            expected_version=0)
    finally:
        other.close()
    type_new_word(qtbot, type_text, dialog, "加微信")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.reload_button.isVisible()
    assert dialog.errors.text().startswith("王芳 saved the word lists at ")
    assert [w.word for w in mod.list_words(db)] == ["刷单"]
    click(qtbot, dialog.reload_button)
    assert [row[0] for row in shown_rows(dialog.word_table)] == ["刷单"]
    assert not dialog.reload_button.isVisible() and not dialog.errors.isVisible()
    type_new_word(qtbot, type_text, dialog, "加微信")
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sorted(w.word for w in mod.list_words(db)) == ["刷单", "加微信"]


def test_sorting_by_a_column_keeps_the_row_numbers(db, words_dialog, qtbot, no_questions):
    mod.save_word_lists(db, [mod.WordEntry("b词", "b词", "blue", "other"), mod.WordEntry("a词", "a词", "red", "spam")],
                        [], replace=True)
    dialog = words_dialog()
    view = dialog.word_table
    assert [row[:2] for row in shown_rows(view)] == [["a词", "Red"], ["b词", "Blue"]]     # the file's order
    view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)          # by level
    assert [row[:2] for row in shown_rows(view)] == [["b词", "Blue"], ["a词", "Red"]]
    assert [view.model().headerData(r, Qt.Orientation.Vertical) for r in range(2)] == ["2", "1"]
    select_row(qtbot, view, 0)                            # the blue word, wherever it sits in the file
    click(qtbot, button(dialog, "deleteWords"))
    assert [row[1] for row in shown_rows(view)] == ["Red"]


# -- the settings dialog --------------------------------------------------------------------------
@pytest.fixture
def settings_dialog(db, show):
    from app.views.moderation_settings_dialog import ModerationSettingsDialog
    return lambda: show(ModerationSettingsDialog(db))


def retype(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def type_in_cell(qtbot, type_text, table, row: int, column: int, text: str) -> None:
    cell = table.visualItemRect(table.item(row, column)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=cell)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=cell)
    editor = table.indexWidget(table.currentIndex())
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def add_rule(qtbot, type_text, dialog, title: str) -> int:
    table = dialog.rule_table
    click(qtbot, button(dialog, "addRule"))
    editor = table.indexWidget(table.currentIndex())
    type_text(editor, title)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    return table.currentRow()


def test_sla_credit_and_rules_are_saved(db, settings_dialog, qtbot, type_text, no_questions):
    dialog = settings_dialog()
    assert dialog.objectName() == "moderationSettingsDialog"
    red = dialog.findChild(type(dialog.sla_spins["red"]), "slaRed")
    assert red.value() == 4
    retype(qtbot, red, "2")
    retype(qtbot, dialog.findChild(type(dialog.credit_spins["warning"]), "credit_warning"), "-8")
    retype(qtbot, dialog.mute_spin, "7")
    dialog.pages.setCurrentWidget(dialog.rules_page)
    add_rule(qtbot, type_text, dialog, "禁止广告引流")
    row = add_rule(qtbot, type_text, dialog, "文明交流")
    type_in_cell(qtbot, type_text, dialog.rule_table, row, 2, "不得人身攻击")
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    config = mod.get_config(db)
    assert config["sla_hours"] == {"red": 2, "yellow": 24, "blue": 72}
    assert isinstance(config["sla_hours"]["red"], int)
    assert (config["credit"]["warning"], config["credit"]["ban"], config["mute_days"]) == (-8, -60, 7)
    assert [(r.code, r.title, r.description) for r in mod.list_rules(db)] == [
        ("1", "禁止广告引流", ""), ("2", "文明交流", "不得人身攻击")]


def test_duplicate_rule_numbers_save_nothing(db, settings_dialog, qtbot, type_text, no_questions):
    dialog = settings_dialog()
    retype(qtbot, dialog.sla_spins["red"], "3")
    dialog.pages.setCurrentWidget(dialog.rules_page)
    add_rule(qtbot, type_text, dialog, "禁止广告引流")
    row = add_rule(qtbot, type_text, dialog, "文明交流")
    type_in_cell(qtbot, type_text, dialog.rule_table, row, 0, "1")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.text() == "Nothing was saved:\nRules, rows 1 and 2 both have the number 1."
    assert mod.get_config(db)["sla_hours"]["red"] == 4 and mod.list_rules(db) == []


def test_a_rule_without_a_title_saves_nothing(db, settings_dialog, qtbot, type_text, no_questions):
    mod.save_rule(db, mod.Rule(code="1", title="禁止广告引流"))
    dialog = settings_dialog()
    retype(qtbot, dialog.credit_spins["ban"], "-99")
    dialog.pages.setCurrentWidget(dialog.rules_page)
    type_in_cell(qtbot, type_text, dialog.rule_table, 0, 1, " ")
    click(qtbot, dialog.save_button)
    assert dialog.errors.text() == "Nothing was saved:\nRules, row 1: enter a title."
    assert mod.get_config(db)["credit"]["ban"] == -60
    assert [r.title for r in mod.list_rules(db)] == ["禁止广告引流"]


def test_categories_are_added_and_a_used_one_is_removed_after_a_warning(db, settings_dialog, qtbot, type_text,
                                                                       monkeypatch):
    wang = member(db, "王小明")
    mod.open_case(db, mod.Case(source="report", member_id=wang, excerpt="跑题", category="off_topic", level="blue"))
    dialog = settings_dialog()
    dialog.pages.setCurrentWidget(dialog.categories_page)
    names = [dialog.category_list.item(r).text() for r in range(dialog.category_list.count())]
    assert names == ["Spam / ads (spam)", "Abuse (abuse)", "Rumour (rumour)", "Fraud (fraud)",
                     "Off-topic (off_topic)", "Other (other)"]
    type_text(dialog.category_edit, "政治敏感")
    click(qtbot, button(dialog, "addCategory"))
    dialog.category_edit.clear()
    qtbot.keyClicks(dialog.category_edit, "SPAM")
    qtbot.keyClick(dialog.category_edit, Qt.Key.Key_Return)      # Return adds (it does not save the dialog)
    assert dialog.isVisible() and dialog.errors.text() == "There is already a category “SPAM”."
    off_topic = dialog.category_list.item(4)
    qtbot.mouseClick(dialog.category_list.viewport(), LEFT,
                     pos=dialog.category_list.visualItemRect(off_topic).center())
    asked = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or next(answers))
    click(qtbot, button(dialog, "removeCategory"))
    assert dialog.category_list.count() == 7 and "1 open cases" in asked[0] and "Off-topic" in asked[0]
    click(qtbot, button(dialog, "removeCategory"))
    assert dialog.categories() == ["spam", "abuse", "rumour", "fraud", "other", "政治敏感"]
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert mod.get_config(db)["categories"] == ["spam", "abuse", "rumour", "fraud", "other", "政治敏感"]


def test_a_renamed_category_takes_its_cases_and_words_along(db, settings_dialog, qtbot, type_text):
    wang = member(db, "王小明")
    case = mod.Case(source="report", member_id=wang, excerpt="跑题", category="off_topic", level="blue")
    mod.open_case(db, case)
    mod.save_word_lists(db, [mod.WordEntry("股票", "股票", "blue", "off_topic")], [], replace=False)
    dialog = settings_dialog()
    dialog.pages.setCurrentWidget(dialog.categories_page)
    off_topic = dialog.category_list.item(4)
    qtbot.mouseClick(dialog.category_list.viewport(), LEFT,
                     pos=dialog.category_list.visualItemRect(off_topic).center())
    dialog.category_edit.clear()
    type_text(dialog.category_edit, "闲聊")
    click(qtbot, button(dialog, "renameCategory"))
    assert mod.get_case(db, case.id).category == "off_topic"        # nothing written before Save
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert mod.get_config(db)["categories"][4] == "闲聊"
    assert mod.get_case(db, case.id).category == "闲聊"
    assert [w.category for w in mod.list_words(db)] == ["闲聊"]
    case = mod.get_case(db, case.id)
    case.note = "edited after the rename"
    mod.save_case(db, case)                                        # the case is still valid


def test_a_teammates_settings_change_is_not_overwritten_silently(db, db_path, settings_dialog, qtbot,
                                                                 no_questions):
    dialog = settings_dialog()
    other = Database(db_path, operator="王芳")
    try:
        mod.set_config(other, {"mute_days": 5})
    finally:
        other.close()
    retype(qtbot, dialog.sla_spins["blue"], "48")
    click(qtbot, dialog.save_button)                       # a different setting: both changes are kept
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (mod.get_config(db)["sla_hours"]["blue"], mod.get_config(db)["mute_days"]) == (48, 5)

    dialog = settings_dialog()
    other = Database(db_path, operator="王芳")
    try:
        mod.set_config(other, {"sla_hours": {"blue": 36}})
    finally:
        other.close()
    retype(qtbot, dialog.sla_spins["blue"], "24")
    click(qtbot, dialog.save_button)                       # the same setting: the person chooses
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible())
    conflict = dialog.conflict_dialog
    assert "王芳 changed these settings at " in conflict.findChild(QLabel, "conflictMessage").text()
    assert dialog.isVisible() and mod.get_config(db)["sla_hours"]["blue"] == 36
    click(qtbot, conflict.findChild(QPushButton, "conflictTakeMine"))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert (mod.get_config(db)["sla_hours"]["blue"], mod.get_config(db)["mute_days"]) == (24, 5)


# -- the log & figures panel ----------------------------------------------------------------------
class Clock:
    def __init__(self, moment: datetime):
        self.now = moment

    def __call__(self) -> str:
        return self.now.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def decided_db(db_path):
    """Three decided cases: red in 2 h, red in 6 h (breached), yellow in 10 h; 王小明 has two."""
    clock = Clock(datetime(2026, 11, 18, 1, 0, tzinfo=timezone.utc))
    database = Database(db_path, operator="李娜", create=True, clock=clock)
    wang, zhao = member(database, "王小明"), member(database, "赵六")

    def report(member_id: int, level: str) -> mod.Case:
        case = mod.Case(source="report", member_id=member_id, excerpt="加微信", category="spam", level=level)
        mod.open_case(database, case)
        return case

    first, second = report(wang, "red"), report(zhao, "red")
    clock.now += timedelta(hours=1)
    third = report(wang, "yellow")
    clock.now += timedelta(hours=1)
    mod.decide(database, first.id, 1, "warning", note="首次警告")
    clock.now += timedelta(hours=4)
    mod.decide(database, second.id, 1, "mute", mute_days=3)
    clock.now += timedelta(hours=5)
    mod.decide(database, third.id, 1, "delete_message")
    database.ids = (first.id, second.id, third.id)
    yield database
    database.close()


@pytest.fixture
def log_panel(qtbot):
    from app.views.moderation_log_panel import ModerationLogPanel

    panel = ModerationLogPanel()
    panel.tz = SHANGHAI
    panel.clock = lambda: datetime(2026, 11, 21, 0, 0, tzinfo=timezone.utc)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def double_click(qtbot, table, item) -> None:
    cell = table.visualItemRect(item).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=cell)    # QTest's double click is only the second click
    qtbot.mouseDClick(table.viewport(), LEFT, pos=cell)


def test_the_log_and_figures_show_the_decisions(decided_db, log_panel, qtbot):
    first, second, third = decided_db.ids
    log_panel.set_database(decided_db)
    table = log_panel.log_table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows == [
        ["11/18/2026 8:00\u202fPM", "李娜", f"#{third}", "王小明", "Decided", "Delete message", ""],
        ["11/18/2026 3:00\u202fPM", "李娜", f"#{second}", "赵六", "Decided", "Mute 3 days", ""],
        ["11/18/2026 11:00\u202fAM", "李娜", f"#{first}", "王小明", "Decided", "Warning", "首次警告"],
    ]
    assert log_panel.median_label.text() == "6 h (Red 4 h · Yellow 10 h · Blue —)"
    assert log_panel.breach_label.text() == "33% (Red 50% · Yellow 0% · Blue —)"
    assert log_panel.open_label.text() == "0 open · 0 overdue"
    assert log_panel.volume_label.text() == "3 cases opened · 3 decided"
    assert log_panel.category_table.item(0, 0).text() == "Spam / ads"
    assert log_panel.category_table.item(0, 1).text() == "3"
    offenders = log_panel.offender_table
    assert [[offenders.item(0, c).text() for c in range(3)]] == [["王小明", "2", "-15"]]
    assert offenders.rowCount() == 1

    with qtbot.waitSignal(log_panel.case_activated) as activated:
        double_click(qtbot, table, table.item(1, 3))
    assert activated.args == [second]
    with qtbot.waitSignal(log_panel.case_activated) as activated:
        double_click(qtbot, offenders, offenders.item(0, 0))
    assert activated.args == [third]                      # 王小明's newest case


def test_the_range_leaves_older_decisions_out(decided_db, log_panel):
    log_panel.clock = lambda: datetime(2026, 12, 25, 0, 0, tzinfo=timezone.utc)
    log_panel.set_database(decided_db)
    assert log_panel.range_combo.currentText() == "Last 30 days"
    assert log_panel.log_table.rowCount() == 0 and log_panel.median_label.text() == "— (Red — · Yellow — · Blue —)"
    log_panel.range_combo.setCurrentIndex(log_panel.range_combo.findData(90))
    assert log_panel.log_table.rowCount() == 3
    log_panel.range_combo.setCurrentIndex(log_panel.range_combo.count() - 1)    # all time
    assert log_panel.range_combo.currentText() == "All time" and log_panel.log_table.rowCount() == 3


def test_rules_can_be_renumbered_and_swapped(db, settings_dialog, qtbot, type_text, no_questions):
    for code, title in (("1", "禁止广告"), ("2", "文明交流"), ("3", "不刷屏")):
        mod.save_rule(db, mod.Rule(code=code, title=title))
    dialog = settings_dialog()
    dialog.pages.setCurrentWidget(dialog.rules_page)
    table = dialog.rule_table
    type_in_cell(qtbot, type_text, table, 0, 0, "2")       # 1 ↔ 2
    type_in_cell(qtbot, type_text, table, 1, 0, "1")
    type_in_cell(qtbot, type_text, table, 2, 0, "4")       # 3 → 4, and a new rule 3
    row = add_rule(qtbot, type_text, dialog, "不发链接")
    type_in_cell(qtbot, type_text, table, row, 0, "3")
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(r.code, r.title) for r in mod.list_rules(db)] == [
        ("1", "文明交流"), ("2", "禁止广告"), ("3", "不发链接"), ("4", "不刷屏")]

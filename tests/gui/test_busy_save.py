"""Busy file: a save that meets a teammate's write lock never freezes the window and never loses the
edit. It shows "Saving… retrying", lands when the lock is released, and after the retry window names
who holds the file and what they are doing; Cancel stops the retries and keeps the dialog."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from app.models import activities as am
from app.models import content
from app.models import members as members_model
from app.models import moderation as mod
from app.models import sessions
from app.models.dashboard_settings import get_config as dashboard_config
from app.models.database import Database
from app.views.dialog_parts import SaveRunner

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def teammate(db_path, db):
    """王芳's app on the same file: present in the sessions table, about to hold the write lock."""
    other = Database(db_path, operator="王芳")
    sessions.join(other)
    yield other
    if other.conn.in_transaction:
        other.conn.execute("ROLLBACK")
    other.close()


@pytest.fixture
def short_window(monkeypatch):
    monkeypatch.setattr(SaveRunner, "retry_seconds", 1.5)


def hold_lock(connection) -> None:
    connection.execute("BEGIN IMMEDIATE")


def click(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible()
    qtbot.mouseClick(widget, LEFT)


def status(dialog) -> QLabel:
    return dialog.findChild(QLabel, "saveStatus")


def cancel_button(dialog) -> QPushButton:
    return next(b for b in dialog.buttons.buttons() if b.objectName().lower().startswith("cancel"))


def nickname_edit(qtbot, type_text, dialog, text: str) -> None:
    dialog.nickname_edit.selectAll()
    qtbot.keyClick(dialog.nickname_edit, Qt.Key.Key_Backspace)
    type_text(dialog.nickname_edit, text)


# -- every editor waits out a short lock and then lands -----------------------------------------
def member_editor(db, type_text, qtbot):
    from app.views.member_dialog import MemberDialog
    member_id = members_model.create_member(db, members_model.Member(display_name="王小明"))
    dialog = MemberDialog(db, member_id)
    return dialog, lambda: nickname_edit(qtbot, type_text, dialog, "阿明"), \
        lambda: members_model.get_member(db, member_id).nickname == "阿明"


def item_editor(db, type_text, qtbot):
    from app.views.content_item_dialog import ContentItemDialog
    item_id = content.create_item(db, content.ContentItem(title="周报"))
    dialog = ContentItemDialog(db, item_id)
    return dialog, lambda: type_text(dialog.body_edit, "大纲"), lambda: content.get_item(db, item_id).body == "大纲"


def activity_editor(db, type_text, qtbot):
    from app.views.activity_dialog import ActivityDialog
    activity = am.Activity(name="夜跑", starts_at="2026-11-28T11:30:00Z", ends_at="2026-11-28T13:00:00Z")
    am.create_activity(db, activity)
    dialog = ActivityDialog(db, activity.id)
    return dialog, lambda: type_text(dialog.place_edit, "滨江公园"), \
        lambda: am.get_activity(db, activity.id).place == "滨江公园"


def case_editor(db, type_text, qtbot):
    from app.views.moderation_case_dialog import CaseDialog
    member_id = members_model.create_member(db, members_model.Member(display_name="王小明"))
    case = mod.Case(source="report", member_id=member_id, excerpt="广告链接", category="spam")
    mod.open_case(db, case)
    dialog = CaseDialog(db, mod.get_case(db, case.id))
    return dialog, lambda: type_text(dialog.note_edit, "已警告"), lambda: mod.get_case(db, case.id).note == "已警告"


def dashboard_settings(db, type_text, qtbot):
    from app.views.dashboard_settings_dialog import DashboardSettingsDialog
    dialog = DashboardSettingsDialog(db)
    return dialog, lambda: dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("Asia/Tokyo")), \
        lambda: dashboard_config(db)["time_zone"] == "Asia/Tokyo"


@pytest.mark.parametrize("editor", [member_editor, item_editor, activity_editor, case_editor, dashboard_settings])
def test_a_save_during_a_teammates_write_shows_saving_and_lands_when_they_commit(db, show, qtbot, type_text,
                                                                               teammate, editor):
    dialog, edit, landed = editor(db, type_text, qtbot)
    show(dialog)
    edit()
    hold_lock(teammate.conn)
    click(qtbot, dialog.save_button)
    assert dialog.saver.retrying and dialog.isVisible() and not landed()
    assert status(dialog).isVisible() and status(dialog).text() == "Saving… the file is busy, retrying (1)"
    assert not dialog.save_button.isEnabled() and cancel_button(dialog).isEnabled()
    qtbot.waitUntil(lambda: "retrying (2)" in status(dialog).text(), timeout=5_000)   # still trying, by timer
    teammate.conn.execute("COMMIT")
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert landed() and not status(dialog).isVisible()


# -- held for the whole window: who, what, and the edit kept ---------------------------------------
def test_a_lock_held_past_the_retry_window_names_the_teammate_and_keeps_the_edit(db, show, qtbot, type_text,
                                                                               teammate, short_window):
    dialog, edit, landed = member_editor(db, type_text, qtbot)
    show(dialog)
    edit()
    sessions.set_activity(teammate, "importing members")
    hold_lock(teammate.conn)
    click(qtbot, dialog.save_button)
    assert not dialog.nickname_edit.isEnabled() and dialog.nickname_edit.text() == "阿明"   # frozen, kept
    qtbot.waitUntil(lambda: not dialog.saver.retrying, timeout=10_000)
    text = status(dialog).text()
    assert "still busy after 1.5 seconds — 王芳 is importing members" in text
    assert "Your edit is kept here; press Save again" in text and status(dialog).isVisible()
    assert dialog.saver.attempts >= 3 and not landed()
    assert dialog.isVisible() and dialog.nickname_edit.isEnabled() and dialog.nickname_edit.text() == "阿明"
    assert dialog.save_button.isEnabled()

    teammate.conn.execute("ROLLBACK")                      # the import is over: Save again lands
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted and landed()


def test_a_teammate_with_the_file_open_is_named_even_when_not_saying_what(db, show, qtbot, type_text, teammate,
                                                                        short_window):
    dialog, edit, _landed = member_editor(db, type_text, qtbot)
    show(dialog)
    edit()
    hold_lock(teammate.conn)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.saver.retrying, timeout=10_000)
    assert "王芳 has the file open" in status(dialog).text()


def test_a_lock_held_by_another_program_says_so(db, db_path, show, qtbot, type_text, short_window):
    dialog, edit, landed = member_editor(db, type_text, qtbot)
    show(dialog)
    edit()
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        hold_lock(other)
        click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: not dialog.saver.retrying, timeout=10_000)
        assert "another program is using it" in status(dialog).text() and not landed()
    finally:
        other.execute("ROLLBACK")
        other.close()


# -- Cancel while retrying -----------------------------------------------------------------------
def test_cancel_while_retrying_stops_and_keeps_the_dialog(db, show, qtbot, type_text, teammate):
    dialog, edit, landed = member_editor(db, type_text, qtbot)
    show(dialog)
    edit()
    hold_lock(teammate.conn)
    click(qtbot, dialog.save_button)
    assert dialog.saver.retrying
    with qtbot.assertNotEmitted(dialog.rejected):
        click(qtbot, cancel_button(dialog))
    assert dialog.isVisible()
    assert not dialog.saver.retrying and not dialog.saver.timer.isActive()
    assert "you stopped the retries" in status(dialog).text()
    assert dialog.nickname_edit.isEnabled() and dialog.nickname_edit.text() == "阿明"
    teammate.conn.execute("COMMIT")
    assert not landed()                                    # stopped means stopped: nothing saved behind its back
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted and landed()


def test_cancel_when_not_saving_closes_the_dialog(db, show, qtbot, type_text):
    dialog, edit, landed = member_editor(db, type_text, qtbot)
    show(dialog)
    edit()
    click(qtbot, cancel_button(dialog))
    assert dialog.result() == QDialog.DialogCode.Rejected and not landed()


# -- long writes name themselves -------------------------------------------------------------------
def test_a_long_job_names_itself_for_teammates_while_it_runs(db):
    from app.views.job_names import announced

    sessions.join(db)
    ended = []
    on_ended = announced(db, "recomputing tiers and points", lambda: ended.append(True))
    assert [s.activity for s in sessions.all_sessions(db) if s.token == db.session_token] == [
        "recomputing tiers and points"]
    on_ended()
    assert [s.activity for s in sessions.all_sessions(db) if s.token == db.session_token] == [""] and ended


def test_on_a_share_rollback_journal_the_retry_lands_too(tmp_path, show, qtbot, type_text):
    """A shared folder uses the rollback journal (no WAL): the same wait, the same landing."""
    path = tmp_path / "share" / "community.cdesk"
    path.parent.mkdir()
    mine = Database(path, operator="李娜", create=True, journal_mode="delete")
    theirs = Database(path, operator="王芳", journal_mode="delete")
    try:
        assert (mine.journal_mode, theirs.journal_mode) == ("delete", "delete")
        dialog, edit, landed = member_editor(mine, type_text, qtbot)
        show(dialog)
        edit()
        hold_lock(theirs.conn)
        click(qtbot, dialog.save_button)
        assert dialog.saver.retrying and "retrying (1)" in status(dialog).text()
        theirs.conn.execute("COMMIT")
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
        assert landed()
    finally:
        theirs.close()
        mine.close()

"""A team on one file, seen from a real window: a teammate's commit (a second Database on the same file,
as another app would hold it) shows by itself within the poll interval, the person keeps the rows they
chose and their scroll position, their own writes cause no extra refresh, and the status bar says who
else has the file open."""
from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QScrollArea, QToolButton

from app.models import activities as am
from app.models import content
from app.models import members as members_model
from app.models import moderation as mod
from app.models import sessions
from app.models.content import ContentItem, utc_text
from app.models.database import Database
from app.views import live_refresh

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 2, 0, tzinfo=timezone.utc)          # Wed 18 Nov 2026, 10:00 in Shanghai
WAIT = 5_000                                                       # ms: far beyond poll + settle


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fast(monkeypatch):
    monkeypatch.setattr(live_refresh, "POLL_MS", 40)
    monkeypatch.setattr(live_refresh, "SETTLE_MS", 150)


@pytest.fixture
def seeded(demo_db):
    """The demo roster (120 members) with enough content items, cases and activities to scroll."""
    db = demo_db
    for day in range(1, 31):
        for hour in ("09:00", "20:00"):
            moment = datetime.fromisoformat(f"2026-11-{day:02d}T{hour}").replace(tzinfo=SHANGHAI)
            content.create_item(db, ContentItem(title=f"十一月 {day} 日 {hour}", planned_at=utc_text(moment),
                                                status="drafting"))
    opened = NOW - timedelta(hours=1)
    for number in range(40):
        mod.open_case(db, mod.Case(source="report", member_id=number + 1, excerpt=f"举报 {number}",
                                   level=("red", "yellow", "blue")[number % 3],
                                   opened_at=utc_text(opened - timedelta(minutes=number))))
    for number in range(40):
        starts = NOW + timedelta(days=number)
        am.create_activity(db, am.Activity(name=f"活动 {number:02d}", starts_at=utc_text(starts),
                                           ends_at=utc_text(starts + timedelta(hours=2))))
    return db


def open_file(window, qtbot, db, **options) -> Database:
    """Open *db*'s file in the window; returns a teammate's connection to it (王芳)."""
    path = db.path
    db.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    return Database(path, operator="王芳", **options)


@pytest.fixture
def team(fast, window, qtbot, seeded):
    """(window, the teammate's Database, the operators of the external changes announced so far)."""
    mate = open_file(window, qtbot, seeded)
    announced: list[str] = []
    window.live.external_change.connect(announced.append)
    yield window, mate, announced
    mate.close()


def click_row(qtbot, view, row: int, column: int = 1) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def selected_rows(view) -> list[int]:
    return sorted(index.row() for index in view.selectionModel().selectedRows())


def presence(window) -> QLabel:
    return window.findChild(QLabel, "statusPresence")


# -- teammates' changes, and the person's place ---------------------------------------------------
def test_a_teammates_member_edit_shows_and_the_chosen_member_and_scroll_position_stay(team, qtbot):
    win, mate, announced = team
    tab = win.pages[1]
    win.tabs.setCurrentWidget(tab)
    model, table = tab.model, tab.table
    qtbot.waitUntil(model.is_idle, timeout=10_000)
    table.verticalScrollBar().setValue(50)
    row = table.rowAt(table.viewport().height() // 2)
    qtbot.waitUntil(lambda: model.is_loaded(row))
    click_row(qtbot, table, row)
    chosen, scroll = model.member_id(row), table.verticalScrollBar().value()
    assert tab.selected_ranges() == [(row, row)] and scroll == 50
    # The teammate renames the chosen member and deletes the first one: every row after it moves up.
    member = members_model.get_member(mate, chosen)
    member.nickname = "王芳改的昵称"
    members_model.save_member(mate, member)
    members_model.delete_members(mate, [model.member_id(0)])
    nickname = model.keys.index("nickname")
    qtbot.waitUntil(lambda: model.is_idle() and model.member_id(row - 1) == chosen
                    and model.index(row - 1, nickname).data() == "王芳改的昵称", timeout=WAIT)
    qtbot.waitUntil(lambda: tab.selected_ranges() == [(row - 1, row - 1)])
    assert table.currentIndex().row() == row - 1
    assert table.verticalScrollBar().value() == scroll
    assert tab.count_label.text() == "119 members"
    assert announced == ["王芳"]
    assert win.statusBar().currentMessage() == "Updated with 王芳's changes"


def test_a_member_deleted_by_a_teammate_leaves_nothing_selected(team, qtbot):
    win, mate, announced = team
    tab = win.pages[1]
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.model.is_idle, timeout=10_000)
    click_row(qtbot, tab.table, 5)
    gone, follower = tab.model.member_id(5), tab.model.member_id(6)
    members_model.delete_members(mate, [gone])
    qtbot.waitUntil(lambda: tab.model.is_idle() and tab.model.member_id(5) == follower, timeout=WAIT)
    assert tab.selected_ranges() == []         # not the member who took its row
    assert announced == ["王芳"]


def test_a_teammates_new_content_item_shows_in_the_list_and_the_chosen_item_stays(team, qtbot):
    win, mate, _announced = team
    tab = win.pages[2]
    tab.tz, tab.clock = SHANGHAI, (lambda: NOW)
    win.tabs.setCurrentWidget(tab)
    tab.go_today()
    qtbot.mouseClick(tab.findChild(QToolButton, "viewList"), Qt.MouseButton.LeftButton)
    view, proxy = tab.list_view, tab.list_proxy
    assert proxy.rowCount() == 60
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)          # by title, Z to A: the person's own order
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    click_row(qtbot, view, 40)
    chosen = view.currentIndex().siblingAtColumn(0).data(Qt.ItemDataRole.UserRole + 1)
    scroll = view.verticalScrollBar().value()
    assert scroll > 0
    moment = datetime(2026, 11, 2, 12, 0, tzinfo=SHANGHAI)
    content.create_item(mate, ContentItem(title="十一月 9 日 王芳的新帖", planned_at=utc_text(moment),
                                          status="drafting"))    # sorts above the chosen row
    qtbot.waitUntil(lambda: proxy.rowCount() == 61, timeout=WAIT)
    assert selected_rows(view) == [41]
    assert view.currentIndex().row() == 41
    assert view.currentIndex().siblingAtColumn(0).data(Qt.ItemDataRole.UserRole + 1) == chosen
    assert view.verticalScrollBar().value() == scroll
    assert view.horizontalHeader().sortIndicatorSection() == 1
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_a_teammates_new_item_appears_in_the_week_and_the_chosen_chip_stays(team, qtbot):
    win, mate, _announced = team
    tab = win.pages[2]
    tab.tz, tab.clock = SHANGHAI, (lambda: NOW)
    win.tabs.setCurrentWidget(tab)
    tab.go_today()
    qtbot.mouseClick(tab.findChild(QToolButton, "viewWeek"), Qt.MouseButton.LeftButton)
    [mine] = mate.conn.execute("SELECT id FROM content_items WHERE title = '十一月 18 日 20:00'").fetchone()
    chip = tab.calendar.chip(mine)
    qtbot.mouseClick(chip.cell, Qt.MouseButton.LeftButton, pos=chip.rect.center())
    day = tab.calendar.cell(date(2026, 11, 18))
    assert day.selected == chip.key
    noon = datetime(2026, 11, 18, 12, 0, tzinfo=SHANGHAI)
    theirs = ContentItem(title="王芳的午间帖", planned_at=utc_text(noon), status="drafting")
    content.create_item(mate, theirs)
    qtbot.waitUntil(lambda: tab.calendar.chip(theirs.id) is not None, timeout=WAIT)
    items = [c.item_id for c in day.chips if not c.is_activity]
    assert items[1:] == [theirs.id, mine]                  # 09:00, the teammate's 12:00, the chosen 20:00
    assert day.selected == chip.key and day.selected_chip().item_id == mine


def test_a_teammates_decision_shows_in_the_queue_and_the_person_keeps_their_case_and_note(team, qtbot,
                                                                                          type_text):
    win, mate, announced = team
    tab = win.pages[4]
    win.tabs.setCurrentWidget(tab)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    table = tab.table
    assert tab.model.rowCount() == 40
    click_row(qtbot, table, 30)
    chosen = tab.current_id
    scroll = table.verticalScrollBar().value()
    assert scroll > 0 and tab.panel.case.id == chosen
    tab.panel.note_edit.setFocus()
    type_text(tab.panel.note_edit, "先核实截图")
    other = tab.model.case_at(0)
    mod.dismiss(mate, other.id, other.version)                   # leaves the open queue
    qtbot.waitUntil(lambda: tab.model.rowCount() == 39, timeout=WAIT)
    assert tab.current_id == chosen and tab.panel.case.id == chosen
    assert selected_rows(table) == [tab.model.row_of(chosen)] == [29]
    assert table.verticalScrollBar().value() == scroll
    # No dialog, no focus moved, the half-typed note kept.
    assert QApplication.activeModalWidget() is None
    assert QApplication.focusWidget() is tab.panel.note_edit
    assert tab.panel.note() == "先核实截图"
    assert announced == ["王芳"]
    # The chosen case decided by the teammate: it leaves the queue and nothing else is chosen.
    case = mod.get_case(mate, chosen)
    mod.decide(mate, chosen, case.version, "warning")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 38, timeout=WAIT)
    assert tab.current_id is None and tab.panel.case is None
    assert selected_rows(table) == []
    assert announced == ["王芳", "王芳"]


def test_a_teammates_rename_and_delete_of_the_chosen_activity(team, qtbot):
    win, mate, _announced = team
    tab = win.pages[3]
    win.tabs.setCurrentWidget(tab)
    table = tab.table
    click_row(qtbot, table, 30)
    chosen = tab.current.id
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    activity = am.get_activity(mate, chosen)
    activity.name = "王芳改名的活动"
    am.save_activity(mate, activity)
    qtbot.waitUntil(lambda: tab.title_label.text() == "王芳改名的活动", timeout=WAIT)
    assert tab.current.id == chosen
    assert table.currentIndex().row() == 30 and selected_rows(table) == [30]
    assert table.verticalScrollBar().value() == scroll
    am.delete_activity(mate, chosen, tab.current.version)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 39, timeout=WAIT)
    assert tab.current is None and tab.title_label.text() == "No activity chosen"
    assert selected_rows(table) == []           # not the activity that took its row


def test_an_open_member_editor_stays_as_it_is(team, qtbot, type_text):
    win, mate, announced = team
    tab = win.pages[1]
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.model.is_idle, timeout=10_000)
    click_row(qtbot, tab.table, 3)
    member_id = tab.model.member_id(3)
    tab.edit_selected()
    editor = tab.editor
    qtbot.waitExposed(editor)
    field = editor.findChild(QLineEdit, "fieldEmail")
    field.setFocus()
    field.selectAll()
    type_text(field, "wangfang@example.com")
    member = members_model.get_member(mate, member_id)
    member.nickname = "王芳的改动"
    members_model.save_member(mate, member)
    nickname = tab.model.keys.index("nickname")
    qtbot.waitUntil(lambda: tab.model.is_idle() and tab.model.index(3, nickname).data() == "王芳的改动",
                    timeout=WAIT)
    assert tab.editor is editor and editor.isVisible()
    assert field.text() == "wangfang@example.com"
    assert announced == ["王芳"]
    editor.reject()


def test_the_dashboard_recomputes_and_keeps_its_scroll_position(team, qtbot):
    win, mate, _announced = team
    tab = win.pages[0]
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.is_idle() and tab.dashboard is not None, timeout=30_000)
    bar = tab.findChild(QScrollArea, "dashboardCharts").verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    value, before = bar.value(), tab.dashboard
    members_model.delete_members(mate, [1, 2, 3])
    qtbot.waitUntil(lambda: tab.is_idle() and tab.dashboard is not before, timeout=30_000)
    assert tab.members.value.text() != "" and bar.value() == value


def test_the_report_preview_follows_and_keeps_the_chosen_sheet(team, qtbot):
    win, mate, _announced = team
    tab = win.pages[5]
    win.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.is_idle() and tab.preview is not None, timeout=30_000)
    table = tab.sheets_table
    assert table.rowCount() > 2
    click_row(qtbot, table, 2, column=0)
    chosen, before = table.item(2, 0).text(), tab.preview
    members_model.delete_members(mate, [1, 2, 3])
    qtbot.waitUntil(lambda: tab.is_idle() and tab.preview is not None and tab.preview is not before,
                    timeout=30_000)
    assert [table.item(row, 0).text() for row in selected_rows(table)] == [chosen]


# -- own writes, bursts, locks --------------------------------------------------------------------
def test_own_writes_do_not_cause_an_external_refresh(team, qtbot):
    win, mate, announced = team
    live = win.live
    content.create_item(win.db, ContentItem(title="自己写的"))             # the window's own connection
    worker = win.db.clone()                                               # a worker's connection: same session
    try:
        members_model.delete_members(worker, [7])
    finally:
        worker.close()
    polls = live.polls
    qtbot.waitUntil(lambda: live.polls >= polls + 10, timeout=WAIT)      # 10 polls: well past the settle time
    assert announced == []
    content.create_item(mate, ContentItem(title="王芳写的"))
    qtbot.waitUntil(lambda: announced == ["王芳"], timeout=WAIT)


def test_a_burst_of_commits_refreshes_once(team, qtbot, monkeypatch):
    win, mate, announced = team
    live = win.live
    live.settle_timer.setInterval(2000)          # the burst below spans several polls, all within this
    reloads = []
    page = win.pages[3]
    monkeypatch.setattr(page, "reload", lambda: reloads.append(page))
    for number in range(4):
        polls = live.polls
        am.create_activity(mate, am.Activity(name=f"连发 {number}", starts_at=utc_text(NOW),
                                             ends_at=utc_text(NOW + timedelta(hours=1))))
        qtbot.waitUntil(lambda: live.polls > polls, timeout=WAIT)         # a poll has seen this commit
    qtbot.waitUntil(lambda: bool(announced), timeout=WAIT)
    polls = live.polls
    qtbot.waitUntil(lambda: live.polls >= polls + 10, timeout=WAIT)
    assert announced == ["王芳"]
    assert reloads == [page]


def test_a_poll_that_meets_a_lock_is_skipped_without_waiting(fast, settings, window, qtbot, seeded):
    settings.setValue("storage/journal_mode", "delete")      # rollback journal: a writer's lock stops readers
    mate = open_file(window, qtbot, seeded, journal_mode="delete")
    live, dashboard, roster = window.live, window.pages[0], window.pages[1].model
    qtbot.waitUntil(lambda: dashboard.is_idle() and dashboard.dashboard is not None and roster.is_idle(),
                    timeout=30_000)                      # the window has read what it shows
    try:
        mate.conn.execute("BEGIN EXCLUSIVE")
        started = time.perf_counter()
        live.poll()
        assert time.perf_counter() - started < 1.0          # the busy timeout is 5 s: it did not wait
        skipped = live.skipped
        qtbot.waitUntil(lambda: live.skipped >= skipped + 3, timeout=WAIT)
        mate.conn.execute("ROLLBACK")
        announced = []
        live.external_change.connect(announced.append)
        content.create_item(mate, ContentItem(title="锁之后"))
        qtbot.waitUntil(lambda: announced == ["王芳"], timeout=WAIT)
    finally:
        mate.close()


# -- who is here ----------------------------------------------------------------------------------
def test_teammates_show_in_the_status_bar_while_they_have_the_file_open(team, qtbot):
    win, mate, announced = team
    label = presence(win)
    assert label.text() == "Only you"
    mine = [s for s in sessions.all_sessions(mate) if s.token == win.db.session_token]
    assert [s.operator for s in mine] == ["李娜"]
    assert sessions.join(mate, host="PC-王芳")
    qtbot.waitUntil(lambda: label.text() == "Also here: 王芳", timeout=WAIT)
    assert "王芳 — on PC-王芳 since" in label.toolTip()
    sessions.set_activity(mate, "importing members")
    qtbot.waitUntil(lambda: label.text() == "Also here: 王芳 (importing members)", timeout=WAIT)
    with Database(win.db.path, operator="张伟") as third:
        sessions.join(third, host="PC-张伟")
        qtbot.waitUntil(lambda: label.text() == "Also here: 王芳 (importing members), 张伟", timeout=WAIT)
        sessions.leave(mate)
        qtbot.waitUntil(lambda: label.text() == "Also here: 张伟", timeout=WAIT)
        sessions.leave(third)
    qtbot.waitUntil(lambda: label.text() == "Only you", timeout=WAIT)
    assert announced == []                   # presence is not a data change: nothing re-read


@pytest.fixture
def stopped_clock(monkeypatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(live_refresh, "MONOTONIC", clock)
    monkeypatch.setattr(live_refresh, "HEARTBEAT_MS", 40)
    return clock


def test_a_teammate_whose_app_stopped_beating_disappears(stopped_clock, team, qtbot):
    win, mate, _announced = team
    label = presence(win)
    assert sessions.join(mate)
    qtbot.waitUntil(lambda: label.text() == "Also here: 王芳", timeout=WAIT)
    stopped_clock.now += sessions.GONE_AFTER_SECONDS - 5    # not beating for a while: still counted here
    beats = win.live.beats
    qtbot.waitUntil(lambda: win.live.beats >= beats + 3, timeout=WAIT)     # the sessions were read again
    assert label.text() == "Also here: 王芳"
    stopped_clock.now += 6                                   # three beats missed (their app hung or crashed)
    qtbot.waitUntil(lambda: label.text() == "Only you", timeout=WAIT)
    assert sessions.heartbeat(mate)                          # it beats again
    qtbot.waitUntil(lambda: label.text() == "Also here: 王芳", timeout=WAIT)


def test_closing_the_file_stops_polling_and_leaves_the_sessions_table(team, qtbot):
    win, mate, _announced = team
    token, live = win.db.session_token, win.live
    assert token in [s.token for s in sessions.all_sessions(mate)]
    timers = (live.poll_timer, live.heartbeat_timer, live.settle_timer)
    assert live.running
    win.close_database()
    assert win.live is None and not live.running
    assert not any(timer.isActive() for timer in timers)
    assert token not in [s.token for s in sessions.all_sessions(mate)]

"""The Content tab as an operator uses it: drag items between days and to and from the idea backlog,
change status from the calendar, switch month/week/list, see cadence and mix warnings."""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QDrag, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models import content
from app.models.content import Channel, ContentItem
from app.models.hot_topics import HotTopic, save_topic

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 2, 0, tzinfo=timezone.utc)          # Wed 18 Nov 2026, 10:00 in Shanghai


def utc(day: str, at: str = "10:00") -> str:
    """Local (Shanghai) day and time -> the stored UTC text."""
    return content.utc_text(datetime.fromisoformat(f"{day}T{at}").replace(tzinfo=SHANGHAI))


@pytest.fixture
def tab(window, qtbot, db):
    path = db.path
    db.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    page = window.findChild(type(window.pages[2]), "ContentTab")
    page.tz = SHANGHAI
    page.clock = lambda: NOW
    window.tabs.setCurrentWidget(page)
    page.go_today()
    return page


def add(tab, title: str, planned: str | None, **values) -> ContentItem:
    item = ContentItem(title=title, planned_at=planned, **values)
    content.create_item(tab.db, item)
    tab.reload()
    return item


def drop_on(target, mime) -> None:
    """What Qt delivers when a drag is released over *target*: an enter event, then the drop."""
    position = QPoint(target.width() // 2, target.height() // 2)
    enter = QDragEnterEvent(position, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(position), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)


def drag_chip(qtbot, monkeypatch, chip):
    """Press and move the mouse on a chip in its day cell; returns the MIME data of the drag it starts."""
    started = []

    def fake_exec(drag, *_args):
        started.append(drag.mimeData())
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    start = chip.rect.center()
    qtbot.mousePress(chip.cell, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(chip.cell, start + QPoint(30, 8))
    assert started, "moving the pressed mouse should start a drag"
    return started[0]


def last_change(db, item_id: int) -> tuple[str, str, str]:
    row = db.conn.execute("SELECT action, before, after FROM changes WHERE table_name = 'content_items' "
                          "AND row_id = ? ORDER BY id DESC LIMIT 1", (item_id,)).fetchone()
    return tuple(row)


def test_month_view_shows_items_as_chips_on_their_local_day(tab):
    item = add(tab, "周四干货:配速怎么练", utc("2026-11-19", "20:00"), status="scheduled", pillar_id=2)
    assert len(tab.calendar.cells) == 42
    chip = tab.calendar.chip(item.id)
    assert chip is not None and chip.cell is tab.calendar.cell(date(2026, 11, 19))
    assert "8:00\u202fPM" in chip.title and "配速" in chip.title      # en_US time: the suite runs in en_US
    assert chip.color.name() == "#2f7ed8"   # the professional pillar's colour


def test_dragging_a_chip_to_another_day_reschedules_it_and_logs_the_move(tab, qtbot, monkeypatch):
    item = add(tab, "跑者故事:老王的第一个全马", utc("2026-11-20", "19:30"), status="drafting")
    mime = drag_chip(qtbot, monkeypatch, tab.calendar.chip(item.id))
    drop_on(tab.calendar.cell(date(2026, 11, 24)), mime)

    moved = content.get_item(tab.db, item.id)
    assert moved.planned_at == utc("2026-11-24", "19:30")     # the day changes, the time of day stays
    assert moved.version == 2
    assert last_change(tab.db, item.id)[0] == "reschedule"
    assert tab.calendar.chip(item.id).cell is tab.calendar.cell(date(2026, 11, 24))


def test_an_idea_dragged_from_the_backlog_onto_a_day_is_planned_at_the_default_time(tab):
    idea = add(tab, "投票:你最想要的周边", None)
    row = tab.backlog.row_for(idea.id)
    assert row is not None
    drop_on(tab.calendar.cell(date(2026, 11, 26)), tab.backlog.mimeData([row]))

    planned = content.get_item(tab.db, idea.id)
    assert planned.planned_at == utc("2026-11-26", "10:00")
    assert tab.backlog.row_for(idea.id) is None
    assert tab.calendar.chip(idea.id) is not None


def test_a_chip_dropped_on_the_backlog_loses_its_date(tab, qtbot, monkeypatch):
    item = add(tab, "装备评测:碳板鞋", utc("2026-11-21"), status="scheduled")
    mime = drag_chip(qtbot, monkeypatch, tab.calendar.chip(item.id))
    drop_on(tab.backlog.viewport(), mime)

    back = content.get_item(tab.db, item.id)
    assert back.planned_at is None and back.status == "drafting"
    assert tab.backlog.row_for(item.id) is not None and tab.calendar.chip(item.id) is None


def test_status_changes_from_the_calendar_menu(tab):
    item = add(tab, "周末约跑话题", utc("2026-11-20"), status="drafting")
    menu = tab.menu_for(item.id)
    menu.findChild(QAction, "status-review").trigger()

    assert content.get_item(tab.db, item.id).status == "review"
    action, before, after = last_change(tab.db, item.id)
    assert action == "status" and '"drafting"' in before and '"review"' in after
    assert "◎" in tab.calendar.chip(item.id).title


def test_an_undated_idea_cannot_be_marked_scheduled_from_the_menu(tab):
    idea = add(tab, "灵感:夜跑安全指南", None)
    menu = tab.menu_for(idea.id)
    assert not menu.findChild(QAction, "status-scheduled").isEnabled()
    assert menu.findChild(QAction, "status-drafting").isEnabled()


def test_week_and_month_views_switch_and_navigate(tab, qtbot):
    item = add(tab, "直播:冬季跑步穿搭", utc("2026-11-18", "20:00"), status="scheduled", format="live")
    qtbot.mouseClick(tab.findChild(type(tab.previous_button), "viewWeek"), Qt.MouseButton.LeftButton)
    assert tab.mode == "week" and len(tab.calendar.cells) == 7
    assert min(tab.calendar.cells) == date(2026, 11, 16)
    chip = tab.calendar.chip(item.id)
    assert chip.detailed and "Live stream" in chip.details      # the week view shows more per item
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert min(tab.calendar.cells) == date(2026, 11, 23) and tab.calendar.chip(item.id) is None
    qtbot.mouseClick(tab.today_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.findChild(type(tab.previous_button), "viewMonth"), Qt.MouseButton.LeftButton)
    assert tab.mode == "month" and len(tab.calendar.cells) == 42
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert date(2026, 12, 1) in tab.calendar.cells and tab.calendar.cell(date(2026, 12, 1)).in_period
    assert not tab.calendar.cell(date(2026, 11, 30)).in_period


def test_a_crowded_day_links_to_its_week(tab, qtbot):
    for hour in range(8, 20):
        add(tab, f"打卡 {hour}", utc("2026-11-19", f"{hour:02d}:00"))
    cell = tab.calendar.cell(date(2026, 11, 19))
    assert cell.hidden > 0 and len(cell.chips) + cell.hidden == 12
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton, pos=cell.more_rect.center())
    assert tab.mode == "week" and len(tab.calendar.cell(date(2026, 11, 19)).chips) == 12


def test_moving_a_scheduled_item_into_the_past_asks_first(tab, monkeypatch):
    item = add(tab, "品牌故事:燃跑的第一年", utc("2026-11-25"), status="scheduled")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or next(answers))
    target = tab.calendar.cell(date(2026, 11, 16))
    chip = tab.calendar.chip(item.id)

    drop_on(target, chip.mime_data())
    assert content.get_item(tab.db, item.id).planned_at == utc("2026-11-25")    # "No": nothing moved
    drop_on(target, chip.mime_data())
    assert content.get_item(tab.db, item.id).planned_at == utc("2026-11-16")    # "Yes": moved
    assert len(asked) == 2 and "past" in asked[0]


def test_a_drop_on_an_item_a_teammate_moved_meanwhile_is_a_conflict_not_an_overwrite(tab, monkeypatch):
    item = add(tab, "周二干货:力量训练", utc("2026-11-17"), status="drafting")
    stale = tab.calendar.chip(item.id).mime_data()
    content.reschedule(tab.db, item.id, 1, utc("2026-11-27"))          # the teammate's move
    shown = []

    def answer(reply):
        def ask(_parent, _title, text, *args):
            shown.append(text)
            return reply
        monkeypatch.setattr(QMessageBox, "question", ask)

    answer(QMessageBox.StandardButton.No)                             # keep theirs
    drop_on(tab.calendar.cell(date(2026, 11, 19)), stale)
    assert content.get_item(tab.db, item.id).planned_at == utc("2026-11-27")
    assert len(shown) == 1 and "李娜 changed “周二干货:力量训练” at" in shown[0] and "anyway?" in shown[0]
    assert tab.calendar.chip(item.id).cell is tab.calendar.cell(date(2026, 11, 27))

    answer(QMessageBox.StandardButton.Yes)                            # my move, applied to their version
    drop_on(tab.calendar.cell(date(2026, 11, 19)), stale)
    moved = content.get_item(tab.db, item.id)
    assert (moved.planned_at, moved.version) == (utc("2026-11-19"), 3) and len(shown) == 2
    assert tab.calendar.chip(item.id).cell is tab.calendar.cell(date(2026, 11, 19))


def test_filters_narrow_the_calendar_and_the_list(tab, qtbot):
    brand = add(tab, "品牌故事", utc("2026-11-19"), pillar_id=1)
    know_how = add(tab, "干货", utc("2026-11-19", "20:00"), pillar_id=2)
    tab.pillar_filter.setCurrentIndex(tab.pillar_filter.findData(2))
    tab.pillar_filter.activated.emit(tab.pillar_filter.currentIndex())
    assert tab.calendar.chip(know_how.id) is not None and tab.calendar.chip(brand.id) is None
    qtbot.mouseClick(tab.findChild(type(tab.previous_button), "viewList"), Qt.MouseButton.LeftButton)
    assert tab.list_proxy.rowCount() == 1
    assert tab.list_proxy.index(0, 1).data() == "干货"


def test_the_list_view_shows_results_and_rates(tab, qtbot):
    item = add(tab, "公众号长文:半马备赛", utc("2026-11-10"), status="published")
    content.set_results(tab.db, item.id, 1, reads=2000, comments=40, likes=100, shares=60)
    tab.reload()
    qtbot.mouseClick(tab.findChild(type(tab.previous_button), "viewList"), Qt.MouseButton.LeftButton)
    row = [tab.list_proxy.index(0, column).data() for column in range(tab.list_proxy.columnCount())]
    assert "2,000" in row and "10.0%" in row and "3.0%" in row


def test_cadence_marks_a_too_dense_week_and_an_empty_stretch(tab):
    channel = Channel(name="跑步打卡群", min_per_week=1, max_per_week=2, max_gap_days=3)
    content.save_channel(tab.db, channel)
    for day in ("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"):
        add(tab, f"打卡 {day}", utc(day), channel_id=channel.id)
    add(tab, "打卡 11-12", utc("2026-11-12"), channel_id=channel.id)

    badge = tab.calendar.week_badges[date(2026, 11, 2)]
    assert "跑步打卡群" in badge.toolTip() and "4" in badge.toolTip()
    assert tab.calendar.cell(date(2026, 11, 8)).gap_text        # 11-06 .. 11-11: six empty days, three allowed
    assert not tab.calendar.cell(date(2026, 11, 12)).gap_text
    assert any("跑步打卡群" in line for line in tab.cadence_lines())


def test_the_pillar_mix_compares_the_visible_month_with_the_targets(tab):
    for index in range(3):
        add(tab, f"干货 {index}", utc(f"2026-11-{10 + index}"), pillar_id=2)
    add(tab, "品牌故事", utc("2026-11-20"), pillar_id=1)
    add(tab, "十月的内容", utc("2026-10-20"), pillar_id=3)       # outside the month: not counted
    rows = {label: (count, share, target) for label, _c, count, share, target in tab.mix_chart.rows}
    assert rows["Professional know-how"] == (3, 0.75, 0.3)
    assert rows["Brand story"] == (1, 0.25, 0.2)
    assert rows["Interaction & UGC"][0] == 0


def test_overdue_hot_topics_show_in_red(tab):
    topic = HotTopic(title="马拉松赛事猝死事件", kind="social", relevance=4, timeliness=5, spread=5,
                     noted_at="2026-11-15T02:00:00Z")
    save_topic(tab.db, topic)
    tab.reload()
    topics = tab.topic_table
    assert topics.count() == 1
    assert "马拉松" in topics.item(0).text() and "overdue" in topics.item(0).text()
    assert topics.item(0).foreground().color().name() == "#b3261e"


def test_delete_from_the_menu_and_undo(tab, qtbot, monkeypatch):
    item = add(tab, "误建的条目", utc("2026-11-19"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    tab.menu_for(item.id).findChild(QAction, "menuDelete").trigger()
    assert content.get_item(tab.db, item.id).deleted_at is not None
    assert tab.calendar.chip(item.id) is None and tab.undo_button.isVisible()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert content.get_item(tab.db, item.id).deleted_at is None
    assert tab.calendar.chip(item.id) is not None


def test_export_runs_in_the_background_and_writes_a_calendar(tab, qtbot, tmp_path):
    icalendar = pytest.importorskip("icalendar")
    item = add(tab, "周四干货:冬训计划", utc("2026-11-19", "20:00"), status="scheduled")
    target = tmp_path / "plan.ics"
    tab.export_to(str(target), date(2026, 11, 1), date(2026, 11, 30))
    assert not tab.export_button.isEnabled() and tab.export_progress.isVisible()
    qtbot.waitUntil(lambda: tab.export_job is None, timeout=10_000)
    assert tab.export_button.isEnabled() and "1" in tab.message.text()
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["周四干货:冬训计划"]
    assert str(events[0]["UID"]).startswith(item.uid)


def test_the_export_button_asks_for_a_file_and_a_range(tab, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    add(tab, "品牌故事:燃跑三周年", utc("2026-11-25"), status="scheduled")
    target = tmp_path / "plan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[1], True))   # from today on
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.export_job is None, timeout=10_000)
    assert (tmp_path / "plan.xlsx").exists()


# -- activities on the calendar ----------------------------------------------------------------
def add_activity(tab, name: str, starts: str, ends: str, **values):
    from app.models import activities

    activity = activities.Activity(name=name, starts_at=starts, ends_at=ends, **values)
    activities.create_activity(tab.db, activity)
    tab.reload()
    return activity


def activity_days(tab, activity_id: int) -> list[date]:
    return [chip.cell.day for chip in tab.calendar.activity_chips(activity_id)]


def test_an_activity_shows_on_every_local_day_it_spans_in_month_and_week(tab, qtbot):
    from app.views.activity_labels import MODE_COLORS

    camp = add_activity(tab, "周末训练营", utc("2026-11-20", "19:00"), utc("2026-11-22", "12:00"), mode="offline",
                        format="offline_run", place="奥森南门")
    # 23:30 in Shanghai is 15:30 UTC: the activity belongs to the 19th, not the 20th.
    late = add_activity(tab, "深夜直播答疑", utc("2026-11-19", "23:30"), utc("2026-11-20", "00:00"), mode="online")
    item = add(tab, "周五约跑", utc("2026-11-20", "08:00"))
    assert activity_days(tab, camp.id) == [date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22)]
    assert activity_days(tab, late.id) == [date(2026, 11, 19)]          # ends at midnight: not on the 20th
    first, second = tab.calendar.activity_chips(camp.id)[:2]
    assert first.is_activity and first.title == "7:00\u202fPM 周末训练营" and second.title == "⋯ 周末训练营"
    assert first.color.name() == MODE_COLORS["offline"]
    assert first.item_id is None and tab.calendar.chip(item.id).cell is first.cell
    assert first.cell.chips[0] is first                    # activities first, then the day's items

    qtbot.mouseClick(tab.findChild(type(tab.previous_button), "viewWeek"), Qt.MouseButton.LeftButton)
    assert activity_days(tab, camp.id) == [date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22)]
    chip = tab.calendar.activity_chips(camp.id)[0]
    assert chip.detailed and "Group run" in chip.details and "奥森南门" in chip.details
    assert "周末训练营" in chip.entry.tooltip and "11/22/2026 12:00\u202fPM" in chip.entry.tooltip
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert activity_days(tab, camp.id) == []


def test_the_activities_toggle_hides_and_shows_them(tab, qtbot):
    camp = add_activity(tab, "线上打卡挑战", utc("2026-11-16", "08:00"), utc("2026-11-22", "22:00"),
                        format="check_in_challenge")
    item = add(tab, "打卡提醒", utc("2026-11-17"))
    toggle = tab.findChild(type(tab.include_backlog), "showActivities")
    assert toggle.isChecked() and len(activity_days(tab, camp.id)) == 7
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not toggle.isChecked() and activity_days(tab, camp.id) == []
    assert tab.calendar.chip(item.id) is not None           # items stay
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert len(activity_days(tab, camp.id)) == 7


def test_double_click_or_enter_on_an_activity_asks_to_open_it(tab, qtbot):
    salon = add_activity(tab, "跑步沙龙:冬训", utc("2026-11-21", "14:00"), utc("2026-11-21", "17:00"))
    chip = tab.calendar.activity_chips(salon.id)[0]
    opened = []                         # what the calendar asked to open as a content item
    tab.calendar.open_item.disconnect()
    tab.calendar.open_item.connect(opened.append)
    with qtbot.waitSignal(tab.activity_activated, timeout=2_000) as signal:
        qtbot.mouseDClick(chip.cell, Qt.MouseButton.LeftButton, pos=chip.rect.center())
    assert signal.args == [salon.id] and opened == []

    qtbot.mouseClick(chip.cell, Qt.MouseButton.LeftButton, pos=chip.rect.center())
    assert chip.cell.selected == ("activity", salon.id)
    with qtbot.waitSignal(tab.activity_activated, timeout=2_000) as signal:
        qtbot.keyClick(chip.cell, Qt.Key.Key_Return)
    assert signal.args == [salon.id] and opened == []
    # Down moves to the day's item below it; Enter on an item opens the item, not an activity.
    item = add(tab, "沙龙预告", utc("2026-11-21", "09:00"))
    cell = tab.calendar.cell(date(2026, 11, 21))
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton, pos=tab.calendar.activity_chips(salon.id)[0].rect.center())
    qtbot.keyClick(cell, Qt.Key.Key_Down)
    assert cell.selected == ("item", item.id)
    with qtbot.assertNotEmitted(tab.activity_activated):
        qtbot.keyClick(cell, Qt.Key.Key_Enter)
    assert opened == [item.id]


def test_dragging_an_activity_does_nothing(tab, qtbot, monkeypatch):
    from app.models import activities

    run = add_activity(tab, "周六长距离", utc("2026-11-21", "07:00"), utc("2026-11-21", "10:00"), mode="offline")
    started = []
    monkeypatch.setattr(QDrag, "exec", lambda drag, *a: started.append(drag) or Qt.DropAction.MoveAction)
    chip = tab.calendar.activity_chips(run.id)[0]
    qtbot.mousePress(chip.cell, Qt.MouseButton.LeftButton, pos=chip.rect.center())
    qtbot.mouseMove(chip.cell, chip.rect.center() + QPoint(30, 8))
    qtbot.mouseMove(tab.calendar.cell(date(2026, 11, 24)))
    qtbot.mouseRelease(tab.calendar.cell(date(2026, 11, 24)), Qt.MouseButton.LeftButton)
    assert started == []
    stored = activities.get_activity(tab.db, run.id)
    assert (stored.starts_at, stored.version) == (utc("2026-11-21", "07:00"), 1)
    assert activity_days(tab, run.id) == [date(2026, 11, 21)]
    item = add(tab, "周六集合提醒", utc("2026-11-21", "06:00"))
    assert drag_chip(qtbot, monkeypatch, tab.calendar.chip(item.id)) is not None   # items still drag

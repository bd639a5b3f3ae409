"""The Activities tab as an operator uses it: plan an activity from a template, register members by
search, tick tasks, take attendance, read the results."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from app.models import activities as am
from app.models import content
from app.models import members as members_model
from tests.gui.conftest import type_into

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 2, 0, tzinfo=timezone.utc)          # Wed 18 Nov 2026, 10:00 in Shanghai


def utc(day: str, at: str = "10:00") -> str:
    return content.utc_text(datetime.fromisoformat(f"{day}T{at}").replace(tzinfo=SHANGHAI))


@pytest.fixture
def people(db):
    ids = {}
    for name, nickname, phone in (("王小明", "小明跑者", "13800000001"), ("李静", "静静", "13800000002"),
                                  ("张伟", "大伟", "13800000003"), ("陈晨", "晨跑", "13800000004")):
        ids[name] = members_model.create_member(db, members_model.Member(display_name=name, nickname=nickname,
                                                                         phone=phone))
    return ids


@pytest.fixture
def tab(window, qtbot, db, people):
    path = db.path
    db.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    page = window.findChild(type(window.pages[3]), "ActivitiesTab")
    page.tz = SHANGHAI
    page.clock = lambda: NOW
    window.tabs.setCurrentWidget(page)
    page.people = people
    return page


def add(tab, name: str, start: str, end: str, **values) -> am.Activity:
    activity = am.Activity(name=name, starts_at=start, ends_at=end, **values)
    am.create_activity(tab.db, activity)
    tab.reload()
    return activity


def set_local(edit, day: str, at: str) -> None:
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(datetime.fromisoformat(f"{day}T{at}").astimezone().timestamp())))


def test_an_empty_file_says_how_to_start(tab):
    assert tab.hint.isVisible() and tab.model.rowCount() == 0
    assert not tab.detail_tabs.isEnabled()


@pytest.fixture
def chinese_locale():
    from PySide6.QtCore import QLocale
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)


def test_create_an_activity_from_a_template(tab, qtbot, chinese_locale):
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.template_box.isChecked()
    type_into(qtbot, dialog.name_edit, "周六滨江夜跑")
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("offline"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("offline_run"))
    set_local(dialog.start_edit, "2026-11-28", "19:30")
    assert dialog.end_edit.dateTime() > dialog.start_edit.dateTime()       # the end follows the start
    type_into(qtbot, dialog.place_edit, "徐汇滨江")
    dialog.pages.setCurrentIndex(1)
    qtbot.keyClick(dialog.capacity_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.capacity_spin, "30")
    dialog.planned_spin.setValue(1200.50)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is None or not tab.dialog.isVisible()
    [activity] = am.list_activities(tab.db)
    assert (activity.name, activity.mode, activity.format, activity.place) == ("周六滨江夜跑", "offline", "offline_run",
                                                                               "徐汇滨江")
    assert activity.capacity == 30 and activity.budget_planned_fen == 120050
    tasks = am.tasks_for(tab.db, activity.id)
    assert {t.phase for t in tasks} == {"warm_up", "on_site", "review"}
    assert any("路线" in t.title for t in tasks)          # the group-run template, in Chinese
    assert tab.current.id == activity.id and tab.title_label.text() == "周六滨江夜跑"
    phases = [tab.tasks_panel.tree.topLevelItem(i) for i in range(3)]
    assert sum(p.childCount() for p in phases) == len(tasks)


def test_the_dialog_refuses_an_end_before_the_start(tab, qtbot):
    dialog = tab.new_activity()
    type_into(qtbot, dialog.name_edit, "直播答疑")
    set_local(dialog.start_edit, "2026-11-28", "20:00")
    set_local(dialog.end_edit, "2026-11-28", "19:00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.isVisible() and "ends before it starts" in dialog.errors.text()
    assert am.list_activities(tab.db) == []


def test_tick_tasks_and_see_the_overdue_ones(tab, qtbot):
    activity = add(tab, "打卡挑战", utc("2026-11-20"), utc("2026-11-27"))
    for title, due in (("发海报", "2026-11-10"), ("统计完成名单", "2026-11-27")):
        am.save_task(tab.db, am.Task(activity_id=activity.id, phase="warm_up", title=title, due_date=due))
    tab.reload()
    assert tab.overdue_label.isVisible() and "1" in tab.overdue_label.text()
    tree = tab.tasks_panel.tree
    [poster] = [t for t in am.tasks_for(tab.db, activity.id) if t.title == "发海报"]
    item = tab.tasks_panel.item_for(poster.id)
    assert item.foreground(0).color().name() == "#c9302c"
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(tree, item))
    assert [t.done_at is not None for t in am.tasks_for(tab.db, activity.id) if t.title == "发海报"] == [True]
    assert not tab.overdue_label.isVisible()
    type_into(qtbot, tab.tasks_panel.title_edit, "确认补给")
    qtbot.mouseClick(tab.tasks_panel.add_button, Qt.MouseButton.LeftButton)
    assert "确认补给" in [t.title for t in am.tasks_for(tab.db, activity.id)]


def check_box_center(tree, item) -> QPoint:
    """Where the check box of *item*'s first column is drawn (asked of the style, as Qt hit-tests it)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
    index = tree.indexFromItem(item, 0)
    option = QStyleOptionViewItem()
    tree.itemDelegate().initStyleOption(option, index)
    option.rect = tree.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree).center()


def test_register_by_search_take_attendance_and_walk_ins(tab, qtbot, monkeypatch):
    activity = add(tab, "跑步沙龙", utc("2026-11-15", "14:00"), utc("2026-11-15", "16:00"), capacity=2)
    panel = tab.registrations_panel
    tab.detail_tabs.setCurrentWidget(panel)
    type_into(qtbot, panel.search_edit, "小明")
    qtbot.waitUntil(lambda: panel.found.isVisible() and panel.found.count() == 1)
    qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, panel.search_edit, "1380000000")          # by phone: all four
    qtbot.waitUntil(lambda: panel.found.count() == 4)
    panel.found.clearSelection()
    for row in range(panel.found.count()):
        if any(n in panel.found.item(row).text() for n in ("李静", "张伟")):
            panel.found.item(row).setSelected(True)
    qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    names = [r.display_name for r in am.registrations_for(tab.db, activity.id)]
    assert names[0] == "王小明" and sorted(names[1:]) == sorted(["李静", "张伟"])
    assert panel.warning.isVisible() and "3" in panel.warning.text()        # over the capacity of 2
    # registering someone twice keeps one row
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    type_into(qtbot, panel.search_edit, "王小明")
    qtbot.waitUntil(lambda: panel.found.count() == 1)
    qtbot.mouseClick(panel.register_button, Qt.MouseButton.LeftButton)
    assert len(am.registrations_for(tab.db, activity.id)) == 3
    # 王小明 and 李静 came; 陈晨 walked in; the rest did not come
    panel.table.clearSelection()
    model = panel.table.selectionModel()
    for name in ("王小明", "李静"):
        model.select(panel.table.model().index(panel.row_of(tab.people[name]), 0),
                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(panel.action_buttons["markAttended"], Qt.MouseButton.LeftButton)
    type_into(qtbot, panel.search_edit, "陈晨")
    qtbot.waitUntil(lambda: panel.found.count() == 1)
    qtbot.mouseClick(panel.walk_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.rest_button, Qt.MouseButton.LeftButton)
    status = {r.display_name: (r.status, r.walk_in) for r in am.registrations_for(tab.db, activity.id)}
    assert status == {"王小明": ("attended", 0), "李静": ("attended", 0), "张伟": ("no_show", 0),
                      "陈晨": ("attended", 1)}
    events = dict(tab.db.conn.execute("SELECT member_id, kind FROM events WHERE platform = 'activity'").fetchall())
    assert events == {tab.people["王小明"]: "attendance", tab.people["李静"]: "attendance",
                      tab.people["陈晨"]: "attendance", tab.people["张伟"]: "no_show"}
    row = tab.model.row_of(activity.id)
    assert tab.model.data(tab.model.index(row, 5)) == "4" and tab.model.data(tab.model.index(row, 6)) == "3"
    assert tab.model.data(tab.model.index(row, 7)) == "75.0%"


def test_status_change_and_delete(tab, qtbot, monkeypatch):
    activity = add(tab, "周末抽奖", utc("2026-11-21"), utc("2026-11-21", "12:00"))
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("promoting"))
    tab.status_combo.activated.emit(tab.status_combo.currentIndex())
    assert am.get_activity(tab.db, activity.id).status == "promoting"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert am.get_activity(tab.db, activity.id).deleted_at is not None
    assert tab.model.rowCount() == 0 and tab.current is None


def test_search_and_filters(tab, qtbot):
    add(tab, "线上直播答疑", utc("2026-11-10", "20:00"), utc("2026-11-10", "21:00"), mode="online", status="closed")
    add(tab, "滨江夜跑", utc("2026-11-28", "19:30"), utc("2026-11-28", "21:00"), mode="offline")
    assert tab.model.rowCount() == 2
    type_into(qtbot, tab.search_edit, "夜跑")
    assert [r[0].name for r in tab.model.rows] == ["滨江夜跑"]
    tab.search_edit.clear()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("closed"))
    assert [r[0].name for r in tab.model.rows] == ["线上直播答疑"]


def test_read_the_results(tab, qtbot):
    earlier = add(tab, "第一次夜跑", utc("2026-11-01", "19:30"), utc("2026-11-01", "21:00"))
    am.register(tab.db, earlier.id, [tab.people["王小明"]], status="attended", walk_in=True)
    activity = add(tab, "跑步沙龙", utc("2026-11-15", "14:00"), utc("2026-11-15", "16:00"), budget_planned_fen=30000,
                   budget_actual_fen=25000, goal_attendance=3, goal_registrations=3, invited_tiers=["核心群"])
    tab.db.conn.execute("UPDATE members SET tier = '核心群' WHERE id IN (?, ?)",
                        (tab.people["王小明"], tab.people["李静"]))
    am.register(tab.db, activity.id, [tab.people[n] for n in ("王小明", "李静", "张伟")])
    am.set_attendance(tab.db, activity.id, [tab.people["王小明"], tab.people["李静"]], "attended")
    am.set_converted(tab.db, activity.id, [tab.people["李静"]], True)
    tab.reload()
    tab.select_activity(activity.id)
    tab.detail_tabs.setCurrentWidget(tab.results_panel)
    values = {key: label.text() for key, label in tab.results_panel.values.items()}
    assert values["registered"] == "3" and values["attended"] == "2" and values["participation"] == "66.7%"
    assert values["conversions"] == "1" and values["conversion_rate"] == "50.0%"
    assert values["cost_per_attendee"] == "¥125.00" and "250.00" in values["cost"]
    assert values["returning"] == "1" and values["new"] == "1"
    goals = tab.results_panel.goals.text()
    assert "3 of 3" in goals and "2 of 3" in goals
    tiers = tab.results_panel.tiers
    assert [tiers.item(0, c).text() for c in range(5)] == ["核心群", "2", "2", "2", "100.0%"]


def test_compare_two_variants_in_plain_words(tab, qtbot):
    activity = add(tab, "双海报测试", utc("2026-11-15", "14:00"), utc("2026-11-15", "16:00"))
    panel = tab.variants_panel
    tab.detail_tabs.setCurrentWidget(panel)
    assert "at least two" in panel.verdict.text()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [v.label for v in am.variants_for(tab.db, activity.id)] == ["A", "B"]

    def enter(row: int, column: int, text: str) -> None:
        panel.table.setCurrentCell(row, column)
        panel.table.editItem(panel.table.item(row, column))
        editor = panel.table.focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)           # Qt commits the edit from the event loop
        qtbot.waitUntil(lambda: panel.table.state() != QAbstractItemView.State.EditingState)

    enter(0, 2, "200")
    enter(0, 3, "20")
    enter(1, 2, "200")
    enter(1, 3, "26")
    assert [(v.audience, v.conversions) for v in am.variants_for(tab.db, activity.id)] == [(200, 20), (200, 26)]
    assert panel.table.item(1, 4).text() == "13.0%"
    assert "not significant" in panel.verdict.text() and "+3.0" in panel.verdict.text()
    enter(1, 3, "60")
    assert "converts better" in panel.verdict.text() and "B converts better" in panel.verdict.text()


def test_time_slots_name_the_best_attended_slot(tab, qtbot):
    for day, at, came in (("2026-11-06", "20:00", 9), ("2026-11-07", "10:00", 4)):   # Fri 20:00, Sat 10:00
        activity = add(tab, f"夜跑 {day}", utc(day, at), utc(day, "22:00" if at == "20:00" else "12:00"))
        ids = [members_model.create_member(tab.db, members_model.Member(display_name=f"跑友{day}{i}"))
               for i in range(10)]
        am.register(tab.db, activity.id, ids)
        am.set_attendance(tab.db, activity.id, ids[:came], "attended")
    tab.left.setCurrentWidget(tab.time_slots)
    grid = tab.time_slots.heat_map.grid
    assert (grid[4][20].registered, grid[4][20].attended) == (10, 9) and grid[5][10].attended == 4
    best = tab.time_slots.best.text()
    assert best.index("20:00") < best.index("10:00") and "90%" in best


def test_an_activity_opened_on_the_content_calendar_shows_here(tab, window):
    activity = add(tab, "周六滨江夜跑", utc("2026-11-21", "19:30"), utc("2026-11-21", "21:00"))
    add(tab, "另一个活动", utc("2026-11-10", "19:30"), utc("2026-11-10", "21:00"), status="closed")
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("closed"))      # hides the one asked for
    window.tabs.setCurrentWidget(window.pages[2])
    window.pages[2].activity_activated.emit(activity.id)
    assert window.tabs.currentWidget() is tab
    assert tab.current.id == activity.id and tab.title_label.text() == "周六滨江夜跑"


def test_export_the_activities_to_a_workbook(tab, qtbot, tmp_path, monkeypatch):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog
    activity = add(tab, "跑步沙龙", utc("2026-11-15", "14:00"), utc("2026-11-15", "16:00"), budget_actual_fen=20000)
    am.register(tab.db, activity.id, [tab.people["王小明"], tab.people["李静"]])
    am.set_attendance(tab.db, activity.id, [tab.people["王小明"]], "attended")
    target = tmp_path / "activities"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.exporter.job is None, timeout=10_000)
    assert tab.export_button.isEnabled() and "1" in tab.message.text()
    sheet = openpyxl.load_workbook(tmp_path / "activities.xlsx")["Activities"]
    row = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]]))
    assert (row["Name"], row["Registered"], row["Attended"], row["Participation rate"],
            row["Cost per attendee (¥)"]) == ("跑步沙龙", 2, 1, 0.5, 200)

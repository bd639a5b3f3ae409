"""Quick exports of the table views (case queue, content list, activity list): the file holds what the view
shows — its visible columns in their order, its rows in its filter and sort order — typed (numbers, dates) in
the .xlsx, and hostile text (formulas, control characters, 40,000 characters) stays harmless text."""
from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.models import activities as am
from app.models import content
from app.models import members as members_model
from app.models import moderation as mod
from app.services.jobs import Cancelled
from app.services.safe_export import EXCEL_CELL_LIMIT, TRUNCATION_MARKER
from app.views import view_export
from app.views.view_export import ViewSnapshot, write_snapshot

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 2, 0, tzinfo=timezone.utc)          # Wed 18 Nov 2026, 10:00 in Shanghai
FORMULA = '=HYPERLINK("http://x")'
LONG = "长文\x01开头\x07" + "字" * 40_000
LONG_IN_EXCEL = ("长文开头" + "字" * 40_000)[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARKER)] + TRUNCATION_MARKER


def utc(day: str, at: str = "10:00") -> str:
    return content.utc_text(datetime.fromisoformat(f"{day}T{at}").replace(tzinfo=SHANGHAI))


def shanghai(stamp: str) -> datetime:
    return content.parse_utc(stamp).astimezone(SHANGHAI).replace(tzinfo=None)


def open_page(window, qtbot, db, name: str):
    path = db.path
    db.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    page = window.findChild(QWidget, name)
    page.tz = SHANGHAI
    page.clock = lambda: NOW
    window.tabs.setCurrentWidget(page)
    return page


def click_header(qtbot, view, column: int) -> None:
    header = view.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def shown(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def export(qtbot, monkeypatch, tab, button, target: Path) -> list:
    """Click the export button, pick *target* in the (patched) file dialog, wait for the job."""
    asked = []

    def ask(_parent, _title, suggested, choices):
        asked.append((suggested, [suffix for _label, suffix in choices]))
        return str(target)

    monkeypatch.setattr(view_export, "ask_save_path", ask)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and asked[-1][1] == [".xlsx", ".csv"]
    qtbot.waitUntil(lambda: tab.exporter.job is None, timeout=10_000)
    return asked


def sheet_rows(path: Path):
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows())
    return [c.value for c in rows[0]], rows[1:], sheet


def csv_rows(path: Path) -> list[list]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                      # UTF-8 with BOM: Excel reads the Chinese
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def assert_text(cell, value: str) -> None:
    assert cell.data_type == "s" and cell.value == value


# -- the case queue ----------------------------------------------------------------------------

@pytest.fixture
def cases_tab(window, qtbot, demo_db):
    db = demo_db
    plus_one = members_model.create_member(db, members_model.Member(display_name="+1"))
    ids = {}
    for key, member, level, category, hours, excerpt, assignee in (
            ("formula", plus_one, "red", "spam", 5, FORMULA, ""),
            ("sum", 7, "red", "spam", 1, "@SUM(A1)", "\tx"),
            ("long", 8, "yellow", "spam", 2, LONG, ""),
            ("other", 9, "blue", "off_topic", 3, "有人一起打游戏吗", "")):
        opened = content.utc_text(NOW - timedelta(hours=hours))
        ids[key] = mod.open_case(db, mod.Case(source="report", member_id=member, excerpt=excerpt,
                                              category=category, level=level, opened_at=opened, assignee=assignee))
    page = open_page(window, qtbot, db, "ModerationTab")
    page.db.clock = lambda: content.utc_text(NOW)
    page.reload()
    page.ids = ids
    return page


def test_the_case_queue_exports_what_it_shows(cases_tab, qtbot, monkeypatch, tmp_path):
    tab = cases_tab
    tab.category_filter.setCurrentIndex(tab.category_filter.findData("spam"))      # the person narrows it
    order = [c.id for c in tab.model.rows]
    assert order == [tab.ids["formula"], tab.ids["sum"], tab.ids["long"]]          # urgency order
    titles = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]

    asked = export(qtbot, monkeypatch, tab, tab.findChild(QWidget, "exportCases"), tmp_path / "cases.xlsx")
    assert asked[0][0].suffix == ".xlsx"
    assert tab.message.text() == f"Exported 3 rows to {tmp_path / 'cases.xlsx'}."
    headers, rows, _sheet = sheet_rows(tmp_path / "cases.xlsx")
    assert headers == titles == ["Level", "Due", "Status", "Category", "Member", "Excerpt", "Source", "Assignee",
                                 "Opened"]
    column = {title: index for index, title in enumerate(headers)}
    cases = [mod.get_case(tab.db, case_id) for case_id in order]
    assert [r[column["Excerpt"]].value for r in rows[:2]] == [FORMULA, "@SUM(A1)"]
    assert_text(rows[0][column["Excerpt"]], FORMULA)
    assert_text(rows[0][column["Member"]], "+1")
    assert_text(rows[1][column["Excerpt"]], "@SUM(A1)")
    assert_text(rows[1][column["Assignee"]], "\tx")
    assert_text(rows[2][column["Excerpt"]], LONG_IN_EXCEL)
    assert len(rows[2][column["Excerpt"]].value) == EXCEL_CELL_LIMIT
    # Dates are dates (the tab's zone), the deadline rather than a countdown that goes stale in a file.
    assert [r[column["Opened"]].value for r in rows] == [shanghai(c.opened_at) for c in cases]
    assert [r[column["Due"]].value for r in rows] == [shanghai(c.due_at) for c in cases]
    assert rows[0][column["Opened"]].is_date
    assert [r[column["Level"]].value for r in rows] == ["Red", "Red", "Yellow"]

    export(qtbot, monkeypatch, tab, tab.findChild(QWidget, "exportCases"), tmp_path / "cases.csv")
    lines = csv_rows(tmp_path / "cases.csv")
    assert lines[0] == titles
    excerpts = [line[5] for line in lines[1:]]
    assert excerpts == ["'" + FORMULA, "'@SUM(A1)", LONG]                        # CSV keeps the whole text
    assert lines[1][4] == "'+1" and lines[2][7] == "'\tx"


def test_a_target_in_a_missing_folder_is_refused_with_a_dialog(cases_tab, qtbot, monkeypatch, tmp_path):
    tab = cases_tab
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text))
    target = tmp_path / "gone" / "cases.xlsx"
    export(qtbot, monkeypatch, tab, tab.findChild(QWidget, "exportCases"), target)
    assert len(warned) == 1 and "does not exist" in warned[0]
    assert not target.parent.exists()
    assert tab.message.text() == "The export failed."
    assert tab.findChild(QWidget, "exportCases").isEnabled()


# -- the content list --------------------------------------------------------------------------

@pytest.fixture
def content_tab(window, qtbot, demo_db):
    db = demo_db
    items = {}
    for key, title, owner, day, pillar, results in (
            ("formula", FORMULA, "\tx", "2026-11-05", 2, (500, 10, 30, 10)),
            ("plus", "+1", "@SUM(A1)", "2026-11-12", 2, (2000, 40, 100, 60)),
            ("long", LONG, "小李", "2026-11-20", 2, None),
            ("other", "品牌故事", "小李", "2026-11-21", 1, (100, 1, 1, 1))):
        item = content.ContentItem(title=title, owner=owner, planned_at=utc(day), pillar_id=pillar,
                                   status="scheduled")
        content.create_item(db, item)
        if results:
            reads, comments, likes, shares = results
            content.set_results(db, item.id, item.version, reads=reads, comments=comments, likes=likes,
                                shares=shares)
        items[key] = item.id
    page = open_page(window, qtbot, db, "ContentTab")
    page.go_today()
    page.items = items
    return page


def test_the_content_list_exports_its_columns_and_order(content_tab, qtbot, monkeypatch, tmp_path):
    tab = content_tab
    button = tab.findChild(QWidget, "exportContentView")
    assert not button.isVisible()                                 # the list's export shows with the list
    qtbot.mouseClick(tab.findChild(QWidget, "viewList"), Qt.MouseButton.LeftButton)
    assert button.isVisible() and tab.findChild(QWidget, "exportContent").isVisible()
    tab.pillar_filter.setCurrentIndex(tab.pillar_filter.findData(2))
    tab.pillar_filter.activated.emit(tab.pillar_filter.currentIndex())
    view, header = tab.list_view, tab.list_view.horizontalHeader()
    reads = 7
    click_header(qtbot, view, reads)
    if header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        click_header(qtbot, view, reads)
    assert header.sortIndicatorSection() == reads
    titles = shown(view, 1)
    assert titles == ["+1", FORMULA, LONG]                     # by reads, most first; "no reads" last
    # Columns as the person arranged them: Title first, Format hidden.
    header.moveSection(header.visualIndex(1), 0)
    header.hideSection(4)

    export(qtbot, monkeypatch, tab, button, tmp_path / "list.xlsx")
    assert tab.message.text() == f"Exported 3 rows to {tmp_path / 'list.xlsx'}."
    assert button.isEnabled() and tab.findChild(QWidget, "exportContent").isEnabled()
    headers, rows, _sheet = sheet_rows(tmp_path / "list.xlsx")
    assert headers == ["Title", "When", "Channel", "Pillar", "Status", "Owner", "Reads", "Interaction rate",
                       "Share rate"]
    assert_text(rows[0][0], "+1")
    assert_text(rows[1][0], FORMULA)
    assert_text(rows[2][0], LONG_IN_EXCEL)
    assert_text(rows[0][5], "@SUM(A1)")
    assert_text(rows[1][5], "\tx")
    assert [r[1].value for r in rows] == [datetime(2026, 11, 12, 10, 0), datetime(2026, 11, 5, 10, 0),
                                          datetime(2026, 11, 20, 10, 0)]
    assert [(r[6].value, r[6].data_type) for r in rows[:2]] == [(2000, "n"), (500, "n")]
    assert rows[2][6].value is None                               # no results yet: empty, not 0
    assert rows[0][7].value == pytest.approx(0.1) and rows[0][7].number_format == "0.0%"
    assert rows[0][8].value == pytest.approx(0.03) and rows[1][8].value == pytest.approx(0.02)
    assert rows[2][7].value == "—"

    export(qtbot, monkeypatch, tab, button, tmp_path / "list.csv")
    lines = csv_rows(tmp_path / "list.csv")
    assert lines[0] == headers
    assert [line[0] for line in lines[1:]] == ["'+1", "'" + FORMULA, LONG]
    assert [line[5] for line in lines[1:]] == ["'@SUM(A1)", "'\tx", "小李"]
    assert [line[6] for line in lines[1:]] == ["2000", "500", ""]
    assert b",2000," in (tmp_path / "list.csv").read_bytes()     # a number, not quoted text


# -- the activity list -------------------------------------------------------------------------

@pytest.fixture
def activities_tab(window, qtbot, demo_db):
    db = demo_db
    ids = {}
    for key, name, fmt_, mode, day, registered, attended in (
            ("formula", FORMULA, "salon", "offline", "2026-11-05", [1, 2, 3, 4], [1, 2, 3]),
            ("plus", "+1", "\tx", "offline", "2026-11-12", [5], [5]),
            ("sum", "@SUM(A1)", "salon", "offline", "2026-11-20", [6, 7], []),
            ("long", LONG, "salon", "offline", "2026-11-25", [], []),
            ("online", "线上答疑", "salon", "online", "2026-11-26", [8, 9, 10, 11, 12], [8])):
        activity = am.Activity(name=name, format=fmt_, mode=mode, starts_at=utc(day, "19:00"),
                               ends_at=utc(day, "21:00"))
        ids[key] = am.create_activity(db, activity)
        if registered:
            am.register(db, activity.id, registered)
        if attended:
            am.set_attendance(db, activity.id, attended, "attended")
    page = open_page(window, qtbot, db, "ActivitiesTab")
    page.ids = ids
    return page


def local(stamp: str) -> datetime:
    """What the list shows: the system's local time."""
    return datetime.fromtimestamp(content.parse_utc(stamp).timestamp())


def test_the_activity_list_exports_its_filtered_sorted_rows(activities_tab, qtbot, monkeypatch, tmp_path):
    tab = activities_tab
    tab.mode_filter.setCurrentIndex(tab.mode_filter.findData("offline"))
    registered = 5
    click_header(qtbot, tab.table, registered)
    if tab.table.horizontalHeader().sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        click_header(qtbot, tab.table, registered)
    names = shown(tab.table, 0)
    assert names == [FORMULA, "@SUM(A1)", "+1", LONG]

    button = tab.findChild(QWidget, "exportActivityView")
    export(qtbot, monkeypatch, tab, button, tmp_path / "activities.xlsx")
    assert tab.message.text() == f"Exported 4 rows to {tmp_path / 'activities.xlsx'}."
    headers, rows, _sheet = sheet_rows(tmp_path / "activities.xlsx")
    assert headers == ["Activity", "Starts", "Type", "Format", "Status", "Registered", "Attended", "Participation"]
    assert_text(rows[0][0], FORMULA)
    assert_text(rows[1][0], "@SUM(A1)")
    assert_text(rows[2][0], "+1")
    assert_text(rows[2][3], "\tx")
    assert_text(rows[3][0], LONG_IN_EXCEL)
    starts = [am.get_activity(tab.db, tab.ids[key]).starts_at for key in ("formula", "sum", "plus", "long")]
    assert [r[1].value for r in rows] == [local(s) for s in starts]
    assert [(r[5].value, r[5].data_type) for r in rows] == [(4, "n"), (2, "n"), (1, "n"), (0, "n")]
    assert [r[6].value for r in rows] == [3, 0, 1, 0]
    assert [r[7].value for r in rows] == [0.75, 0, 1, "—"]
    assert rows[0][7].number_format == "0.0%"
    assert [r[2].value for r in rows] == ["Offline"] * 4

    export(qtbot, monkeypatch, tab, button, tmp_path / "activities.csv")
    lines = csv_rows(tmp_path / "activities.csv")
    assert lines[0] == headers
    assert [line[0] for line in lines[1:]] == ["'" + FORMULA, "'@SUM(A1)", "'+1", LONG]
    assert lines[3][3] == "'\tx"
    assert [line[5] for line in lines[1:]] == ["4", "2", "1", "0"]
    # The activities workbook export (every activity, its own sheet) is still there.
    assert tab.findChild(QWidget, "exportActivities").isEnabled()


# -- the writer --------------------------------------------------------------------------------

def test_a_cancelled_export_writes_nothing(tmp_path):
    snapshot = ViewSnapshot(["A"], [[i] for i in range(2_000)])
    target = tmp_path / "rows.xlsx"
    with pytest.raises(Cancelled):
        write_snapshot(target, snapshot, sheet_title="Rows", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []

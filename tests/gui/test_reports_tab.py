"""The Reports tab as an operator uses it: choose a period and a sub-community, read the preview, generate the
workbook (in a child process) and open it; masking, a target that cannot be written, and Cancel."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app.models.dashboard_settings import get_config, set_config
from app.models.database import Database
from app.models.members import Member, create_member, sub_community_names
from app.services.demo import build_demo
from app.services.report import ReportRequest, default_file_name, preview_report
from app.views.tabs import reports as reports_view
from tests.gui.conftest import choose, type_date
from tests.helpers import sql

TODAY = date(2026, 11, 18)
NOW = datetime(2026, 11, 18, 2, 0, tzinfo=timezone.utc)          # Wed 18 Nov 2026, 10:00 in Shanghai
FULL_PHONE = re.compile(r"^1\d{10}$")
MASKED_PHONE = re.compile(r"^1\d\d\*{4}\d{4}$")


@pytest.fixture
def community(db):
    build_demo(db, members=120, seed=3, today=TODAY)
    set_config(db, {**get_config(db), "time_zone": "Asia/Shanghai"})
    return db


@pytest.fixture
def tab(window, qtbot, community):
    path = community.path
    community.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path)
    page = window.pages[5]
    assert page.objectName() == "ReportsTab" and window.tabs.tabText(5) == "Reports"
    page.clock = lambda: NOW
    window.tabs.setCurrentWidget(page)        # a hidden tab computes its preview when shown
    wait_preview(qtbot, page)
    return page


@pytest.fixture
def save_to(monkeypatch):
    """Answer the save dialog with the paths given, in turn; what it suggested is in .suggested."""
    class Answers:
        def __init__(self):
            self.paths: list[str] = []
            self.suggested: list[Path] = []

        def __call__(self, _parent, _title, suggested, choices):
            assert choices[0][1] == ".xlsx"
            self.suggested.append(Path(suggested))
            return self.paths.pop(0)

    answers = Answers()
    monkeypatch.setattr(reports_view, "ask_save_path", answers)
    return answers


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def wait_preview(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.is_idle() and tab.preview is not None, timeout=30_000)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def sheets_shown(tab) -> list[tuple[str, str]]:
    table = tab.sheets_table
    return [(table.item(row, 0).text(), table.item(row, 1).text()) for row in range(table.rowCount())]


def direct_preview(path: Path, request: ReportRequest):
    with Database(path, operator="t") as other:
        return preview_report(other, request)


def cell_texts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                for cell in row if isinstance(cell, str)]
    finally:
        book.close()


def wait_written(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.open_button.isVisible(), timeout=60_000)


def test_the_preview_shows_what_the_service_will_write(tab, db_path):
    assert tab.period_combo.currentText() == "Last 30 days"
    assert tab.from_date.date() == QDate(2026, 10, 20) and tab.to_date.date() == QDate(2026, 11, 18)
    assert tab.from_date.objectName() == "reportFromDate" and tab.to_date.objectName() == "reportToDate"
    assert [tab.scope_combo.itemText(i) for i in range(tab.scope_combo.count())][0] == "Whole community"
    assert tab.scope_combo.count() == 6                       # and the demo's five sub-communities
    expected = direct_preview(db_path, ReportRequest(date(2026, 10, 20), date(2026, 11, 18)))
    assert sheets_shown(tab) == [(s.title, f"{s.rows:,}") for s in expected.sheets]
    assert sheets_shown(tab)[0][0] == "Summary" and sheets_shown(tab)[-1][0] == "Definitions"
    assert tab.figures_shown() == expected.figures and len(expected.figures) >= 5
    assert tab.preview_title.text() == expected.title
    assert tab.period_text.text() == expected.period == "2026-10-20 – 2026-11-18 (30 days)"
    assert tab.scope_text.text() == "Whole community"
    assert tab.language_text.text() == "English (the app's language)"
    assert tab.masking_text.text() == "masked"
    assert tab.preview_status.text() == "" and tab.self_test() == []
    assert tab.generate_button.isEnabled() and not tab.no_file.isVisible()


def test_a_period_and_a_sub_community_change_the_preview(tab, qtbot, db_path):
    whole = tab.preview
    with Database(db_path, operator="t") as other:
        sub_id, name = sub_community_names(other)[0]
    choose(qtbot, tab.period_combo, "Last month")
    assert tab.preview_status.text() == "Computing the preview…"
    choose(qtbot, tab.scope_combo, name)
    wait_preview(qtbot, tab)
    assert tab.from_date.date() == QDate(2026, 10, 1) and tab.to_date.date() == QDate(2026, 10, 31)
    expected = direct_preview(db_path, ReportRequest(date(2026, 10, 1), date(2026, 10, 31), sub_id))
    assert tab.preview == expected
    assert sheets_shown(tab) == [(s.title, f"{s.rows:,}") for s in expected.sheets]
    assert tab.figures_shown() == expected.figures
    assert tab.scope_text.text() == expected.scope and name in expected.scope
    assert tab.period_text.text() == "2026-10-01 – 2026-10-31 (31 days)"
    assert expected.figures != whole.figures                  # a smaller group, another month


def test_a_custom_range_that_cannot_be_used_is_said_in_the_preview(tab, qtbot):
    choose(qtbot, tab.period_combo, "Custom range")
    type_date(qtbot, tab.from_date, "2026-09-01")
    type_date(qtbot, tab.to_date, "2026-09-30")
    qtbot.waitUntil(lambda: tab.is_idle() and tab.preview is not None
                    and tab.preview.period.startswith("2026-09-01 – 2026-09-30"), timeout=30_000)
    type_date(qtbot, tab.from_date, "2026-10-05")             # after the end
    qtbot.waitUntil(lambda: "after it ends" in tab.preview_status.text(), timeout=5_000)
    assert tab.preview is None and tab.sheets_table.rowCount() == 0
    assert tab.preview_status.styleSheet() == "color: #c9302c;"
    assert tab.self_test() == ["the report preview failed: the range starts on 2026-10-05 after it ends on 2026-09-30"]


def test_the_preview_follows_the_file_and_the_apps_language(tab, qtbot, window, settings, db_path):
    before = dict(tab.figures_shown())["New members"]
    with Database(db_path, operator="王强") as other:
        create_member(other, Member(display_name="新来的", join_date="2026-11-17"))
    window.data_changed()                                     # a teammate's change: every tab re-reads
    assert tab.preview_status.text() == "Computing the preview…"
    qtbot.waitUntil(lambda: tab.is_idle() and dict(tab.figures_shown())["New members"] != before, timeout=30_000)
    assert int(dict(tab.figures_shown())["New members"]) == int(before) + 1

    settings.setValue("ui/language", "zh_CN")
    tab.reload()
    qtbot.waitUntil(lambda: tab.is_idle() and tab.preview is not None and tab.preview.title.startswith("运营报告"),
                    timeout=30_000)
    expected = direct_preview(db_path, ReportRequest(date(2026, 10, 20), date(2026, 11, 18), language="zh_CN"))
    assert sheets_shown(tab) == [(s.title, f"{s.rows:,}") for s in expected.sheets]
    assert tab.figures_shown() == expected.figures
    assert tab.language_text.text() == "中文 (the app's language)"
    assert default_file_name(tab.report_request()) == "运营报告_2026-10-20_2026-11-18.xlsx"


def test_unmasking_warns_and_says_so_in_the_preview(tab, qtbot):
    assert tab.mask_check.isChecked() and not tab.mask_warning.isVisible()
    click(qtbot, tab.mask_check)
    assert not tab.mask_check.isChecked() and tab.mask_warning.isVisible()
    assert "change log" in tab.mask_warning.text()
    qtbot.waitUntil(lambda: tab.is_idle() and tab.preview is not None and not tab.preview.masked, timeout=30_000)
    assert tab.masking_text.text() == "in full"
    click(qtbot, tab.mask_check)
    assert tab.mask_check.isChecked() and not tab.mask_warning.isVisible()


def test_generate_writes_the_workbook_and_offers_to_open_it(tab, qtbot, tmp_path, save_to, monkeypatch, db_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    target = tmp_path / "out" / "weekly.xlsx"
    target.parent.mkdir()
    save_to.paths = [str(target), str(tmp_path / "out" / "second.xlsx")]
    click(qtbot, tab.generate_button)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert save_to.suggested == [Path(documents) / "operations-report_2026-10-20_2026-11-18.xlsx"]
    assert save_to.suggested[0].name == default_file_name(tab.report_request())
    assert tab.progress.isVisible() and tab.cancel_button.isVisible() and not tab.generate_button.isEnabled()
    wait_written(qtbot, tab)
    assert target.is_file()
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [s.title for s in tab.preview.sheets]
    assert [s.rows for s in tab.report_contents.sheets] == [s.rows for s in tab.preview.sheets]
    assert tab.result_label.text() == f"Report written to {target} ({len(book.sheetnames)} sheets)."
    assert not tab.progress.isVisible() and not tab.cancel_button.isVisible() and tab.generate_button.isEnabled()
    phones = [text for text in cell_texts(target) if MASKED_PHONE.match(text) or FULL_PHONE.match(text)]
    assert phones and all(MASKED_PHONE.match(p) for p in phones)      # masked by default
    assert sql(db_path, "SELECT count(*) FROM changes WHERE action = 'export_unmasked'") == [(0,)]

    click(qtbot, tab.open_button)
    click(qtbot, tab.folder_button)
    assert opened == [QUrl.fromLocalFile(str(target)), QUrl.fromLocalFile(str(target.parent))]

    click(qtbot, tab.generate_button)                        # the next report is suggested in the same folder
    assert save_to.suggested[1].parent == target.parent
    wait_written(qtbot, tab)
    assert (tmp_path / "out" / "second.xlsx").is_file()


def test_an_unmasked_report_holds_full_numbers_and_is_logged(tab, qtbot, tmp_path, save_to, db_path):
    click(qtbot, tab.mask_check)
    target = tmp_path / "full.xlsx"
    save_to.paths = [str(target)]
    click(qtbot, tab.generate_button)
    wait_written(qtbot, tab)
    phones = [text for text in cell_texts(target) if MASKED_PHONE.match(text) or FULL_PHONE.match(text)]
    assert phones and all(FULL_PHONE.match(p) for p in phones)
    assert sql(db_path, "SELECT operator FROM changes WHERE action = 'export_unmasked'") == [("李娜",)]


def test_a_folder_that_does_not_exist_is_explained_and_nothing_is_written(tab, qtbot, tmp_path, save_to,
                                                                         warnings):
    target = tmp_path / "missing" / "report.xlsx"
    save_to.paths = [str(target)]
    click(qtbot, tab.generate_button)
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert warnings[0][0] == "Operations report" and "does not exist" in warnings[0][1]
    assert not target.exists() and not target.parent.exists()
    assert not tab.open_button.isVisible() and tab.generate_button.isEnabled()
    assert tab.result_label.text() == "The report was not written."


def test_cancel_leaves_no_file(tab, qtbot, tmp_path, save_to):
    folder = tmp_path / "reports"
    folder.mkdir()
    save_to.paths = [str(folder / "report.xlsx")]
    click(qtbot, tab.generate_button)
    assert tab.report_job is not None and tab.cancel_button.isVisible()
    click(qtbot, tab.cancel_button)
    qtbot.waitUntil(lambda: tab.report_job is None, timeout=60_000)
    assert tab.result_label.text() == "Report cancelled; no file was written."
    assert list(folder.iterdir()) == []
    assert not tab.open_button.isVisible() and tab.generate_button.isEnabled()


def test_without_a_file_the_choices_are_disabled(tab, window):
    window.close_database()
    assert tab.no_file.isVisible() and "Open a community file" in tab.no_file.text()
    for widget in (tab.period_combo, tab.scope_combo, tab.mask_check, tab.generate_button, tab.sheets_table):
        assert not widget.isEnabled()
    assert tab.sheets_table.rowCount() == 0 and tab.preview is None and tab.preview_title.text() == ""

"""File ▸ Import members…: the wizard driven as a person would, against a real demo file."""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QStyle, QStyleOptionButton, QWizard

from app.views.import_wizard import IGNORE, KEEP, ImportWizard
from tests.helpers import scalar

HEADER = ["姓名", "手机号", "微信号", "入群时间", "所属分组", "备注", "鞋码"]
ROWS = [
    ["周杰", "138 1111 2222", "zhoujie_run", "2024/3/5", "跑步", "晨跑", "42"],
    ["吴敏", "13822223333", "", "2024年3月6日", "瑜伽", "", "37"],
    ["郑爽", "12345", "", "2024-03-07", "跑步", "手机号写错了", "39"],      # spreadsheet row 4: bad phone
    ["孙丽", "13833334444", "sunli88", "2024.3.8", "健身|跑步", "", "38"],
]
NEXT = QWizard.WizardButton.NextButton
COMMIT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton


def member_count(path: Path) -> int:
    return scalar(path, "SELECT count(*) FROM members WHERE deleted_at IS NULL")


def query(path: Path, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as stream:
        csv.writer(stream).writerows([HEADER, *rows])
    return path


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> Path:
    """50,000 valid members: enough rows that an import can be cancelled mid-way."""
    path = tmp_path_factory.mktemp("big") / "big.csv"
    rows = ([f"会员{n:05d}", f"1990{n:07d}", f"wx_big_{n}", "2024-01-15", "跑步", "", str(35 + n % 10)]
            for n in range(50_000))
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def open_wizard(win, qtbot) -> ImportWizard:
    action = win.findChild(QAction, "actionImportMembers")
    file_menu = win.menuBar().actions()[0].menu()
    assert action in file_menu.actions() and action.isEnabled()
    action.trigger()
    wizard = win.import_wizard
    assert wizard is not None and wizard.objectName() == "ImportWizard"
    qtbot.waitUntil(wizard.isVisible, timeout=5_000)
    return wizard


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, checkbox) -> None:
    """Click the check box's indicator (the widget may be wider than its label)."""
    option = QStyleOptionButton()
    checkbox.initStyleOption(option)
    box = checkbox.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, checkbox)
    assert checkbox.isVisible() and checkbox.isEnabled()
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=box.center())


def choose_file(wizard: ImportWizard, qtbot, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, wizard.findChild(object, "importBrowse"))
    qtbot.waitUntil(lambda: wizard.button(NEXT).isEnabled(), timeout=10_000)


def go_to_check(wizard: ImportWizard, qtbot) -> None:
    click(qtbot, wizard.button(NEXT))           # file -> columns
    assert wizard.currentPage() is wizard.mapping_page
    click(qtbot, wizard.button(NEXT))           # columns -> check
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=60_000)


def test_import_needs_an_open_file(window):
    action = window.findChild(QAction, "actionImportMembers")
    assert action is not None and not action.isEnabled()


def test_gbk_file_imported_with_invalid_rows_rejected(open_window, qtbot, monkeypatch, tmp_path):
    win = open_window
    db_path = win.db.path
    before = member_count(db_path)
    source = write_csv(tmp_path / "members.csv", ROWS, "gb18030")
    wizard = open_wizard(win, qtbot)

    # 1. The file: the encoding is detected, the preview reads Chinese, numbered as in the file.
    choose_file(wizard, qtbot, monkeypatch, source)
    assert wizard.findChild(object, "importFile").text() == str(source)
    encoding = wizard.findChild(QComboBox, "importEncoding")
    assert encoding.isEnabled() and encoding.currentText() == "gb18030"
    preview = wizard.findChild(object, "importPreview")
    assert [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())] == HEADER
    assert preview.rowCount() == 4
    assert preview.item(0, 0).text() == "周杰" and preview.item(2, 5).text() == "手机号写错了"
    assert preview.verticalHeaderItem(0).text() == "2"

    # A wrong encoding is refused with the reason and blocks Next; the right one reads again.
    encoding.setCurrentIndex(encoding.findText("utf-8"))
    message = wizard.findChild(object, "importFileMessage")
    qtbot.waitUntil(lambda: "cannot be read as utf-8" in message.text(), timeout=10_000)
    assert not wizard.button(NEXT).isEnabled() and preview.rowCount() == 0
    encoding.setCurrentIndex(encoding.findText("gb18030"))
    qtbot.waitUntil(lambda: wizard.button(NEXT).isEnabled(), timeout=10_000)
    assert preview.item(0, 0).text() == "周杰"

    # 2. The columns: preselected from the headers; a field twice, or no name column, is refused.
    click(qtbot, wizard.button(NEXT))
    combos = [wizard.findChild(QComboBox, f"mapColumn{i}") for i in range(len(HEADER))]
    assert [c.currentData() for c in combos] == ["display_name", "phone", "wechat_id", "join_date",
                                                 "sub_communities", "notes", KEEP]
    assert combos[0].currentText() == "Name" and combos[6].currentText() == "Keep as custom field"
    mapping = wizard.findChild(object, "importMapping")
    assert mapping.item(6, 0).text() == "鞋码" and mapping.item(6, 1).text() == "42"
    mapping_message = wizard.findChild(object, "importMappingMessage")
    combos[2].setCurrentIndex(combos[2].findData("phone"))
    assert not wizard.button(NEXT).isEnabled()
    assert "Phone is chosen for more than one column" in mapping_message.text()
    combos[2].setCurrentIndex(combos[2].findData("wechat_id"))
    combos[0].setCurrentIndex(combos[0].findData(IGNORE))
    assert not wizard.button(NEXT).isEnabled() and "Name" in mapping_message.text()
    combos[0].setCurrentIndex(combos[0].findData("display_name"))
    assert wizard.button(NEXT).isEnabled() and not mapping_message.isVisible()

    # 3. The check: the invalid row by its spreadsheet row number; nothing goes in until skipping is chosen.
    click(qtbot, wizard.button(NEXT))
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=30_000)
    problems = wizard.findChild(object, "importProblems").model()
    assert problems.rowCount() == 1
    assert problems.index(0, 0).data() == 4 and "phone" in problems.index(0, 1).data()
    assert "3 new members" in wizard.findChild(object, "importSummary").text()
    assert "鞋码" in wizard.findChild(object, "importNotes").toPlainText()
    blocked = wizard.findChild(object, "importBlocked")
    assert blocked.isVisible() and "nothing would be written" in blocked.text()
    assert not wizard.button(COMMIT).isEnabled()
    assert member_count(db_path) == before      # the check wrote nothing
    skip = wizard.findChild(object, "importSkipInvalid")
    tick(qtbot, skip)
    assert skip.isChecked() and wizard.button(COMMIT).isEnabled() and not blocked.isVisible()

    # 4. The import: the members land, the bad row goes to a rejects file, the window refreshes.
    with qtbot.waitSignals([wizard.imported, win.overview_loaded], timeout=30_000):
        click(qtbot, wizard.button(COMMIT))
    run = wizard.run_page
    qtbot.waitUntil(lambda: wizard.button(FINISH).isEnabled(), timeout=10_000)
    assert run.state == "done"
    assert member_count(db_path) == before + 3
    assert query(db_path, "SELECT phone, wechat_id, join_date FROM members WHERE display_name = '周杰'") == [
        ("13811112222", "zhoujie_run", "2024-03-05")]
    assert query(db_path, "SELECT f.value FROM member_custom_fields f JOIN members m ON m.id = f.member_id "
                          "WHERE m.display_name = '孙丽' AND f.name = '鞋码'") == [("38",)]
    assert not query(db_path, "SELECT id FROM members WHERE display_name = '郑爽'")
    rejects = tmp_path / "members.rejects.csv"
    assert rejects.exists()
    assert str(rejects) in wizard.findChild(object, "importRejects").text()
    with rejects.open(encoding="utf-8-sig", newline="") as stream:
        rejected = list(csv.reader(stream))
    assert len(rejected) == 2 and rejected[1][0] == "4" and "phone" in rejected[1][1]
    assert rejected[1][2:] == ROWS[2]
    assert "3 new members" in wizard.findChild(object, "importResult").text()
    roster = query(db_path, "SELECT count(*) FROM members WHERE deleted_at IS NULL AND status != 'left'")[0][0]
    qtbot.waitUntil(lambda: win.pages[0].members.value.text() == f"{roster:,}", timeout=15_000)   # recomputed
    click(qtbot, wizard.button(FINISH))
    assert wizard.result() == QWizard.DialogCode.Accepted
    qtbot.waitUntil(lambda: win.import_wizard is None, timeout=5_000)


def test_typed_xlsx_path_and_unreadable_files(open_window, qtbot, tmp_path):
    win = open_window
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["昵称", "邮箱", "身高", "备用"])
    sheet.append(["小鹿", "lu@example.com", 165, "A"])
    book = tmp_path / "members.xlsx"
    workbook.save(book)
    broken = tmp_path / "broken.xlsx"
    broken.write_text("this is not a workbook", encoding="utf-8")
    wizard = open_wizard(win, qtbot)
    path_edit = wizard.findChild(object, "importFile")
    message = wizard.findChild(object, "importFileMessage")

    qtbot.keyClicks(path_edit, str(broken))
    qtbot.waitUntil(lambda: "not an .xlsx file" in message.text(), timeout=10_000)
    assert not wizard.button(NEXT).isEnabled()

    path_edit.clear()
    qtbot.keyClicks(path_edit, str(tmp_path / "missing.csv"))
    qtbot.waitUntil(lambda: "does not exist" in message.text(), timeout=10_000)
    assert not wizard.button(NEXT).isEnabled()

    path_edit.clear()
    qtbot.keyClicks(path_edit, str(book))
    qtbot.waitUntil(lambda: wizard.button(NEXT).isEnabled(), timeout=10_000)
    assert not wizard.findChild(QComboBox, "importEncoding").isEnabled()   # no encoding in .xlsx
    assert wizard.findChild(object, "importPreview").item(0, 2).text() == "165"
    click(qtbot, wizard.button(NEXT))
    combos = [wizard.findChild(QComboBox, f"mapColumn{i}") for i in range(4)]
    assert [c.currentData() for c in combos] == ["nickname", "email", KEEP, KEEP]
    click(qtbot, wizard.button(NEXT))
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))   # changed my mind while it checks
    assert wizard.currentPage() is wizard.mapping_page and wizard.check_page.report is None
    combos[2].setCurrentIndex(combos[2].findData(IGNORE))
    # Keeping one unmatched column and ignoring another is fine: each column has its own choice.
    mapping_message = wizard.findChild(object, "importMappingMessage")
    assert wizard.button(NEXT).isEnabled() and not mapping_message.isVisible()
    combos[3].setCurrentIndex(combos[3].findData(IGNORE))
    click(qtbot, wizard.button(NEXT))
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=30_000)
    assert wizard.check_page.report.unknown_columns == []            # none kept as custom fields
    assert "Ignored columns: 身高、备用" in wizard.findChild(object, "importNotes").toPlainText()
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    combos[3].setCurrentIndex(combos[3].findData(KEEP))             # keep 备用, still ignore 身高
    assert wizard.button(NEXT).isEnabled() and not mapping_message.isVisible()
    click(qtbot, wizard.button(NEXT))
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=30_000)
    assert wizard.check_page.report.unknown_columns == ["备用"]
    assert wizard.check_page.report.unknown_kept
    notes = wizard.findChild(object, "importNotes").toPlainText()
    assert "Kept as custom fields: 备用" in notes and "Ignored columns: 身高" in notes
    assert wizard.button(COMMIT).isEnabled()           # no invalid rows: nothing to skip
    assert not wizard.findChild(object, "importBlocked").isVisible()
    with qtbot.waitSignals([wizard.imported, win.overview_loaded], timeout=30_000):
        click(qtbot, wizard.button(COMMIT))
    qtbot.waitUntil(lambda: wizard.button(FINISH).isEnabled(), timeout=10_000)
    assert wizard.run_page.state == "done"
    assert query(win.db.path, "SELECT f.name, f.value FROM member_custom_fields f JOIN members m "
                              "ON m.id = f.member_id WHERE m.email = 'lu@example.com'") == [("备用", "A")]
    assert not query(win.db.path, "SELECT 1 FROM member_custom_fields WHERE name = '身高'")
    run_notes = wizard.findChild(object, "importRunNotes").toPlainText()
    assert "Kept as custom fields: 备用" in run_notes and "Ignored columns: 身高" in run_notes
    wizard.reject()
    assert not wizard.isVisible()


def test_cancel_writes_nothing(open_window, qtbot, monkeypatch, big_csv):
    win = open_window
    db_path = win.db.path
    before = member_count(db_path)
    changes_before = query(db_path, "SELECT count(*) FROM changes")[0][0]
    wizard = open_wizard(win, qtbot)
    choose_file(wizard, qtbot, monkeypatch, big_csv)
    go_to_check(wizard, qtbot)
    assert "50,000 rows checked" in wizard.findChild(object, "importSummary").text()
    imported = []
    wizard.imported.connect(imported.append)
    run = wizard.run_page
    with qtbot.waitSignal(run.rows_read, timeout=30_000) as progress:
        click(qtbot, wizard.button(COMMIT))
    assert progress.args[0] > 0
    progress_bar = wizard.findChild(object, "importProgress")
    assert progress_bar.maximum() == 0                 # total unknown: a busy indicator
    assert not wizard.button(FINISH).isEnabled()       # cannot finish while it runs
    click(qtbot, wizard.findChild(object, "importCancel"))
    qtbot.waitUntil(lambda: run.state == "cancelled", timeout=30_000)
    qtbot.waitUntil(lambda: wizard.button(FINISH).isEnabled(), timeout=5_000)
    assert "Cancelled — nothing was written" in wizard.findChild(object, "importRunStatus").text()
    assert member_count(db_path) == before
    assert query(db_path, "SELECT count(*) FROM changes")[0][0] == changes_before
    assert not imported and not (big_csv.parent / "big.rejects.csv").exists()


def test_closing_the_wizard_mid_import_cancels_it_first(open_window, qtbot, monkeypatch, big_csv):
    win = open_window
    db_path = win.db.path
    before = member_count(db_path)
    wizard = open_wizard(win, qtbot)
    choose_file(wizard, qtbot, monkeypatch, big_csv)
    go_to_check(wizard, qtbot)
    run = wizard.run_page
    with qtbot.waitSignal(run.rows_read, timeout=30_000):
        click(qtbot, wizard.button(COMMIT))
    with qtbot.waitSignal(wizard.finished, timeout=30_000) as closed:
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        assert wizard.isVisible()                      # stays open until the import has rolled back
    assert int(closed.args[0]) == QWizard.DialogCode.Rejected.value
    assert run.state == "cancelled"
    assert member_count(db_path) == before


def test_a_failed_import_is_shown_on_the_page(open_window, qtbot, monkeypatch, tmp_path):
    win = open_window
    db_path = win.db.path
    before = member_count(db_path)
    source = write_csv(tmp_path / "members.csv", [ROWS[0], ROWS[1]], "gb18030")
    wizard = open_wizard(win, qtbot)
    choose_file(wizard, qtbot, monkeypatch, source)
    go_to_check(wizard, qtbot)
    assert wizard.button(COMMIT).isEnabled()
    source.unlink()                                    # the file went away after the check
    click(qtbot, wizard.button(COMMIT))
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.state == "failed", timeout=30_000)
    status = wizard.findChild(object, "importRunStatus")
    assert "The import failed" in status.text() and "members.csv does not exist" in status.text()
    qtbot.waitUntil(lambda: wizard.button(FINISH).isEnabled(), timeout=10_000)  # after the job has ended
    assert member_count(db_path) == before and wizard.report is None

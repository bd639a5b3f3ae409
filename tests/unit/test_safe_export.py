"""Safe exports: CSV injection guard, Excel-friendly CSV/.xlsx and atomic replacement."""
from __future__ import annotations

import os
import re
import stat
import sys
import zipfile
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from openpyxl.worksheet._writer import ALL_TEMP_FILES

from app.services import safe_export
from app.services.safe_export import (
    EXCEL_CELL_LIMIT,
    FORMULA_PREFIXES,
    TRUNCATION_MARKER,
    ExportError,
    Sheet,
    display_width,
    safe_cell_text,
    write_csv,
    write_xlsx,
    write_xlsx_sheets,
)
from app.services.tabular import read_table

HOSTILE = ['=HYPERLINK("http://x","click")', "@SUM(1)", "+1+1", "-2+3", "=1+1", "\tTAB", "\rCR",
           "=cmd|' /C calc'!A0", "#N/A", "#DIV/0!"]


def _leftovers(folder: Path, keep: set[str]) -> set[str]:
    return {p.name for p in folder.iterdir()} - keep


def _sheet_xml(path: Path, number: int = 1) -> bytes:
    return zipfile.ZipFile(path).read(f"xl/worksheets/sheet{number}.xml")


# --------------------------------------------------------------------------- safe_cell_text


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1", "'=1+1"), ("+86 138", "'+86 138"), ("-5", "'-5"), ("@SUM(1)", "'@SUM(1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("张三", "张三"), ("a=b", "a=b"), ("", ""), ("'quoted", "'quoted"),
])
def test_safe_cell_text(value, expected):
    assert safe_cell_text(value) == expected


@given(st.text())
def test_safe_cell_text_never_leaves_a_formula_start(text):
    guarded = safe_cell_text(text)
    assert not guarded.startswith(FORMULA_PREFIXES)
    assert guarded in (text, "'" + text)


# --------------------------------------------------------------------------- CSV


def test_csv_has_bom_crlf_quoted_text_and_plain_numbers(tmp_path):
    path = tmp_path / "members.csv"
    written = write_csv(path, ["姓名", "积分", "余额", "加入日期", "最近活动", "标签", "VIP"], [
        ["张三", -5, 1.5, date(2024, 3, 5), datetime(2024, 3, 5, 14, 2), ["跑步", "骑行"], True],
        [None, Decimal("2.50"), float("nan"), None, None, (), False],
    ])
    assert written == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 3 and data.count(b"\n") == 3
    assert data.decode("utf-8-sig").splitlines() == [
        '"姓名","积分","余额","加入日期","最近活动","标签","VIP"',
        '"张三",-5,1.5,"2024-03-05","2024-03-05 14:02:00","跑步, 骑行","TRUE"',
        '"",2.50,"nan","","","","FALSE"',
    ]


def test_csv_guards_hostile_text_but_not_numbers(tmp_path):
    path = tmp_path / "hostile.csv"
    write_csv(path, ["=name"], [[text] for text in HOSTILE] + [[-5]])
    table = read_table(path)
    assert table.headers == ["'=name"]
    values = [row.values[0] for row in table.rows]
    assert values == [safe_cell_text(text) for text in HOSTILE] + ["-5"]
    assert not any(value.startswith(FORMULA_PREFIXES) for value in values[:-1])
    assert path.read_bytes().decode("utf-8-sig").splitlines()[-1] == "-5"


_HEADER = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6)


@st.composite
def text_tables(draw):
    width = draw(st.integers(1, 4))
    headers = draw(st.lists(_HEADER, min_size=width, max_size=width, unique=True))
    rows = draw(st.lists(st.lists(st.text(max_size=20), min_size=width, max_size=width), max_size=8))
    return headers, rows


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(text_tables())
def test_csv_round_trip_of_arbitrary_text(tmp_path, table):
    headers, rows = table
    path = tmp_path / "round.csv"
    write_csv(path, headers, rows)
    back = read_table(path)
    assert (back.encoding, back.delimiter, back.headers) == ("utf-8-sig", ",", headers)
    expected = [[safe_cell_text(cell) for cell in row] for row in rows]
    non_blank = [row for row in expected if any(cell.strip() for cell in row)]
    assert [row.values for row in back.rows] == non_blank


def test_csv_failure_leaves_the_old_file_and_no_temp_file(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("old contents", encoding="utf-8")

    def rows():
        yield ["张三"]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        write_csv(path, ["姓名"], rows())
    assert path.read_text(encoding="utf-8") == "old contents"
    assert _leftovers(tmp_path, {"members.csv"}) == set()


def test_file_open_in_excel_gives_a_clear_error(tmp_path, monkeypatch):
    path = tmp_path / "members.csv"
    path.write_text("old contents", encoding="utf-8")

    def locked(source, target):
        raise PermissionError(13, "The process cannot access the file", str(target))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match=r"members\.csv is open in another program \(Excel/WPS\?\); "
                                          "close it or choose another name"):
        write_csv(path, ["姓名"], [["张三"]])
    assert path.read_text(encoding="utf-8") == "old contents"
    assert _leftovers(tmp_path, {"members.csv"}) == set()


def test_missing_folder_gives_a_clear_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_csv(tmp_path / "nowhere" / "a.csv", ["a"], [])


def test_target_that_is_a_folder_gives_a_clear_error(tmp_path):
    (tmp_path / "a.csv").mkdir()
    with pytest.raises(ExportError):
        write_csv(tmp_path / "a.csv", ["a"], [])
    assert _leftovers(tmp_path, {"a.csv"}) == set()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_read_only_folder_gives_a_clear_error(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="no permission"):
            write_csv(folder / "a.csv", ["a"], [])
    finally:
        folder.chmod(0o700)


def test_folder_without_write_permission_gives_a_clear_error(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(safe_export.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="no permission to write in .*choose another folder"):
        write_xlsx(tmp_path / "a.xlsx", ["a"], [])
    assert _leftovers(tmp_path, set()) == set()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_exports_get_normal_permissions(tmp_path):
    fresh = tmp_path / "fresh.csv"
    write_csv(fresh, ["a"], [])
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    existing = tmp_path / "existing.xlsx"
    existing.write_bytes(b"")
    existing.chmod(0o664)
    write_xlsx(existing, ["a"], [])
    assert stat.S_IMODE(existing.stat().st_mode) == 0o664


# --------------------------------------------------------------------------- XLSX


def test_hostile_text_stays_text_in_xlsx(tmp_path):
    path = tmp_path / "hostile.xlsx"
    write_xlsx(path, ["=name", "note"], [[text, "ok"] for text in HOSTILE])
    sheet = openpyxl.load_workbook(path).active
    assert (sheet["A1"].value, sheet["A1"].data_type) == ("=name", "s")
    for row, text in enumerate(HOSTILE, start=2):
        cell = sheet.cell(row, 1)
        assert (cell.value, cell.data_type) == (text, "s")
        assert cell.quotePrefix == text.startswith(FORMULA_PREFIXES)
    xml = _sheet_xml(path)
    assert b"<f>" not in xml and b"<f " not in xml
    assert b'HYPERLINK("http://x","click")' in xml.replace(b"&quot;", b'"')
    assert [row.values[0] for row in read_table(path).rows] == HOSTILE


def test_xlsx_header_is_bold_frozen_and_filtered(tmp_path):
    path = tmp_path / "m.xlsx"
    write_xlsx(path, ["姓名", "手机号", "备注"], [["张三", "13800138000", ""]] * 5, sheet_title="成员")
    sheet = openpyxl.load_workbook(path)["成员"]
    assert all(cell.font.b for cell in sheet[1])
    assert not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C6"


def test_xlsx_column_widths_count_cjk_double(tmp_path):
    path = tmp_path / "w.xlsx"
    write_xlsx(path, ["a", "b", "c", "d"],
               [["张" * 10, "x" * 10, "y" * 500, "短"], ["", "", "", "第一行\n第二行更长一些"]])
    widths = {key: dim.width for key, dim in openpyxl.load_workbook(path).active.column_dimensions.items()}
    assert widths["A"] == 22 and widths["B"] == 12
    assert widths["C"] == safe_export.MAX_COLUMN_WIDTH
    assert widths["D"] == display_width("第二行更长一些") + 2 == 16


def test_display_width():
    assert display_width("张三") == 4
    assert display_width("ＡＢ") == 4
    assert display_width("ab") == 2
    assert display_width(None) == 0
    assert display_width(date(2024, 3, 5)) == 10
    assert display_width(12345) == 5


def test_xlsx_dates_numbers_and_odd_values(tmp_path):
    path = tmp_path / "types.xlsx"
    aware = datetime(2024, 3, 5, 14, 2, tzinfo=timezone(timedelta(hours=8)))
    write_xlsx(path, ["d", "dt", "aware", "t", "n", "f", "big", "bool", "list", "none", "nan", "dec"], [
        [date(2024, 3, 5), datetime(2024, 3, 5, 14, 2), aware, time(8, 30), -5, 2.5,
         110101199003070000, True, ["跑步", "骑行"], None, float("inf"), Decimal("1.25")],
    ])
    sheet = openpyxl.load_workbook(path).active
    cells = {sheet.cell(1, col).value: sheet.cell(2, col) for col in range(1, 13)}
    assert cells["d"].value == datetime(2024, 3, 5) and cells["d"].number_format == "yyyy-mm-dd"
    assert cells["dt"].value == datetime(2024, 3, 5, 14, 2)
    assert cells["dt"].number_format == "yyyy-mm-dd hh:mm"
    assert cells["aware"].value == datetime(2024, 3, 5, 14, 2)
    assert cells["t"].value == time(8, 30)
    assert (cells["n"].value, cells["n"].data_type) == (-5, "n")
    assert cells["f"].value == 2.5
    assert (cells["big"].value, cells["big"].data_type) == ("110101199003070000", "s")
    assert cells["bool"].value is True
    assert cells["list"].value == "跑步, 骑行"
    assert cells["none"].value is None
    assert (cells["nan"].value, cells["nan"].data_type) == ("inf", "s")
    assert cells["dec"].value == 1.25


def test_xlsx_strips_illegal_characters_and_truncates_long_text(tmp_path):
    path = tmp_path / "odd.xlsx"
    long_text = "长" * (EXCEL_CELL_LIMIT + 100)
    write_xlsx(path, ["h\x07"], [["a\x00b\x1bc\x0bd"], [long_text], ["=" + "x" * EXCEL_CELL_LIMIT], ["\ud800"]])
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].value == "h"
    assert sheet["A2"].value == "abcd"
    assert len(sheet["A3"].value) == EXCEL_CELL_LIMIT
    assert sheet["A3"].value.endswith(TRUNCATION_MARKER) and sheet["A3"].value.startswith("长长")
    assert sheet["A4"].data_type == "s" and len(sheet["A4"].value) == EXCEL_CELL_LIMIT
    assert sheet["A5"].value == "\ufffd"


def test_several_sheets_with_awkward_titles(tmp_path):
    path = tmp_path / "multi.xlsx"
    write_xlsx_sheets(path, [
        Sheet("成员/名单:2024?", ["姓名"], [["张三"]]),
        Sheet("x" * 40, ["a"], iter([[1], [2]])),
        Sheet("成员/名单:2024?", ["b"], []),
    ])
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[:2] == ["成员_名单_2024_", "x" * 31]
    assert len(set(workbook.sheetnames)) == 3
    assert workbook.worksheets[1]["A3"].value == 2
    assert workbook.worksheets[2].auto_filter.ref == "A1:A1"


def test_no_sheets_still_makes_a_valid_workbook(tmp_path):
    path = tmp_path / "empty.xlsx"
    write_xlsx_sheets(path, [])
    assert openpyxl.load_workbook(path).sheetnames == ["Sheet1"]


def test_xlsx_failure_leaves_the_old_file_and_no_temp_file(tmp_path):
    path = tmp_path / "members.xlsx"
    write_xlsx(path, ["姓名"], [["旧"]])
    before = path.read_bytes()

    def rows():
        for index in range(2000):
            if index == 1500:
                raise RuntimeError("export cancelled")
            yield [f"成员{index}"]

    openpyxl_temp_files = set(ALL_TEMP_FILES)
    with pytest.raises(RuntimeError, match="export cancelled"):
        write_xlsx(path, ["姓名"], rows())
    assert path.read_bytes() == before
    assert set(ALL_TEMP_FILES) == openpyxl_temp_files
    assert _leftovers(tmp_path, {"members.xlsx"}) == set()


def test_xlsx_open_in_excel_gives_a_clear_error(tmp_path, monkeypatch):
    path = tmp_path / "成员.xlsx"
    write_xlsx(path, ["姓名"], [["旧"]])
    before = path.read_bytes()
    monkeypatch.setattr(os, "replace", lambda source, target: (_ for _ in ()).throw(PermissionError(13, "denied")))
    with pytest.raises(ExportError, match="成员.xlsx is open in another program"):
        write_xlsx(path, ["姓名"], [["新"]])
    assert path.read_bytes() == before
    assert _leftovers(tmp_path, {"成员.xlsx"}) == set()


def test_xlsx_streams_many_rows_from_a_generator(tmp_path):
    path = tmp_path / "big.xlsx"
    count = 10_000
    write_xlsx(path, ["姓名", "手机号", "加入日期"],
               ([f"成员{i}", f"138{i:08d}", date(2024, 1, 1) + timedelta(days=i % 365)] for i in range(count)))
    rows = list(read_table(path).rows)
    assert len(rows) == count
    assert rows[-1].number == count + 1
    assert rows[-1].values == [f"成员{count - 1}", f"138{count - 1:08d}", datetime(2024, 1, 1) + timedelta(days=(count - 1) % 365)]


_XLSX_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=30)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=40, deadline=None)
@given(st.lists(st.lists(_XLSX_TEXT, min_size=2, max_size=2), min_size=1, max_size=5))
def test_xlsx_round_trip_of_arbitrary_text(tmp_path, rows):
    path = tmp_path / "round.xlsx"
    write_xlsx(path, ["a", "b"], rows)
    expected = [[safe_export.excel_safe_text(cell) or None for cell in row] for row in rows]
    non_blank = [row for row in expected if any(cell and cell.strip() for cell in row)]
    assert [row.values for row in read_table(path).rows] == non_blank
    assert b"<f>" not in _sheet_xml(path)


def test_xlsx_prints_landscape_one_page_wide_with_the_header_on_every_page(tmp_path):
    path = tmp_path / "printed.xlsx"
    safe_export.write_xlsx(path, [f"Column {i}" for i in range(18)], [[f"value {i}"] * 18 for i in range(300)])
    sheet = openpyxl.load_workbook(path).active
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$1:$1"


def test_every_workbook_font_names_the_cjk_face(tmp_path):
    """Excel/WPS/LibreOffice pick a Chinese face when the cell font names one (with the GB2312 charset)."""
    target = tmp_path / "cjk.xlsx"
    safe_export.write_xlsx(target, ["姓名", "备注"], [["李娜", "核心成员"], ["Wang Fang", 3]])
    styles = zipfile.ZipFile(target).read("xl/styles.xml").decode()
    fonts = re.findall(r"<font>(.*?)</font>", styles)
    assert fonts, styles
    for font in fonts:
        assert f'<name val="{safe_export.CELL_FONT_NAME}"/>' in font and '<charset val="134"/>' in font
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert sheet["A2"].value == "李娜" and sheet["A2"].font.name == safe_export.CELL_FONT_NAME

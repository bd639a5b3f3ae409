"""Reading users' CSV/.xlsx tables: encodings, delimiters, numbering and hostile .xlsx files."""
from __future__ import annotations

import codecs
import re
import time
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from defusedxml import EntitiesForbidden

from app.services import tabular
from app.services.fields import parse_date
from app.services.tabular import (
    ENCODINGS,
    Row,
    TableError,
    detect_encoding,
    read_table,
    sheet_names,
    sniff_delimiter,
)

HEADERS = ["姓名", "手机号", "标签", "备注"]
RECORDS = [
    ["张伟", "13800138000", "跑步，骑行", "喜欢夜跑"],
    ["李娜", "13900139000", "瑜伽", "“引号”和,逗号"],
    ["王芳", "", "", "繁體字與𠀀生僻字"],
]


def _table_text(delimiter: str) -> str:
    lines = []
    for record in [HEADERS, *RECORDS]:
        lines.append(delimiter.join(f'"{cell}"' if "," in cell else cell for cell in record))
    return "\r\n".join(lines) + "\r\n"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(("raw", "expected"), [
    (codecs.BOM_UTF8 + "姓名".encode(), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + "姓名".encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + "姓名".encode("utf-16-be"), "utf-16"),
    ("name,phone\r\n张三,1\r\n".encode("utf-16-le"), "utf-16-le"),
    ("name,phone\r\n张三,1\r\n".encode("utf-16-be"), "utf-16-be"),
    (b"name,phone\r\n", "utf-8"),
    ("姓名,手机".encode(), "utf-8"),
    ("姓名,手机".encode()[:-1], "utf-8"),          # sample cut inside a multibyte character
    ("姓名,手机".encode("gbk"), "gb18030"),
    ("姓名,手机,𠀀".encode("gb18030"), "gb18030"),
    (b"", "utf-8"),
])
def test_detect_encoding(raw, expected):
    assert detect_encoding(raw) == expected


def test_encodings_offered_to_the_wizard():
    assert ENCODINGS == ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "big5")
    for name in ENCODINGS:
        codecs.lookup(name)


@pytest.mark.parametrize(("encoding", "delimiter", "detected"), [
    ("utf-8", ",", "utf-8"),
    ("utf-8-sig", ",", "utf-8-sig"),
    ("gb18030", ",", "gb18030"),
    ("utf-16", "\t", "utf-16"),              # Excel "Unicode text": UTF-16 LE with BOM, tabs
    ("utf-16-le", "\t", "utf-16-le"),
])
def test_the_same_chinese_table_reads_identically_in_every_encoding(tmp_path, encoding, delimiter, detected):
    path = _write(tmp_path / "members.csv", _table_text(delimiter).encode(encoding))
    table = read_table(path)
    assert (table.kind, table.encoding, table.delimiter) == ("csv", detected, delimiter)
    assert table.headers == HEADERS
    assert [row.values for row in table.rows] == RECORDS
    assert [row.number for row in table.rows] == [2, 3, 4]


def test_gbk_file_reads_identically(tmp_path):
    records = [[cell.replace("𠀀", "") for cell in record] for record in RECORDS]
    text = "\r\n".join(",".join(f'"{c}"' if "," in c else c for c in r) for r in [HEADERS, *records])
    table = read_table(_write(tmp_path / "gbk.csv", text.encode("gbk")))
    assert table.encoding == "gb18030"
    assert [row.values for row in table.rows] == records


def test_explicit_encoding_is_used(tmp_path):
    path = _write(tmp_path / "big5.csv", "姓名,備註\r\n張偉,繁體\r\n".encode("big5"))
    table = read_table(path, encoding="big5")
    assert table.encoding == "big5"
    assert table.headers == ["姓名", "備註"]
    assert table.preview() == [Row(2, ["張偉", "繁體"])]


def test_wrong_explicit_encoding_names_the_byte_and_line(tmp_path):
    path = _write(tmp_path / "gbk.csv", "name,note\r\nab,张三\r\n".encode("gbk"))
    with pytest.raises(TableError, match=r"gbk\.csv cannot be read as utf-8: invalid bytes D5 at byte "
                                         r"offset 14 \(line 2\)"):
        read_table(path, encoding="utf-8")


def test_undecodable_bytes_beyond_the_first_chunk_are_located(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "DECODE_CHUNK_BYTES", 16)
    data = b"name,note\r\n" + b"a,b\r\n" * 10 + b"c,\xff\r\n"
    with pytest.raises(TableError, match=r"byte offset 63 \(line 12\)"):
        read_table(_write(tmp_path / "bad.csv", data), encoding="utf-8")


def test_truncated_multibyte_character_at_end_of_file_is_reported(tmp_path):
    data = "name\r\n张".encode()[:-1]
    with pytest.raises(TableError, match="line 2"):
        read_table(_write(tmp_path / "cut.csv", data), encoding="utf-8")


def test_unknown_encoding_is_refused(tmp_path):
    with pytest.raises(TableError, match="unknown text encoding"):
        read_table(_write(tmp_path / "a.csv", b"a,b\r\n"), encoding="klingon")


def test_gbk_after_a_long_ascii_start_falls_back_from_utf8(tmp_path):
    ascii_part = "name,note\r\n" + "x,plain ascii\r\n" * 10_000     # longer than the sample
    path = _write(tmp_path / "late.csv", (ascii_part + "张三,中文备注\r\n").encode("gbk"))
    table = read_table(path)
    assert table.encoding == "gb18030"
    assert list(table.rows)[-1] == Row(10_002, ["张三", "中文备注"])


def test_bom_is_stripped_even_when_encoding_is_forced(tmp_path):
    path = _write(tmp_path / "bom.csv", codecs.BOM_UTF8 + "姓名,手机\r\n张三,1\r\n".encode())
    assert read_table(path, encoding="utf-8").headers == ["姓名", "手机"]


# --------------------------------------------------------------------------- CSV shape


def test_empty_file_is_refused(tmp_path):
    with pytest.raises(TableError, match="empty"):
        read_table(_write(tmp_path / "empty.csv", b""))


def test_file_of_blank_lines_has_no_header(tmp_path):
    with pytest.raises(TableError, match="no header row"):
        read_table(_write(tmp_path / "blank.csv", b"\r\n , ,\r\n\r\n"))


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(TableError, match="does not exist"):
        read_table(tmp_path / "nope.csv")


@pytest.mark.parametrize(("text", "delimiter"), [
    ("a,b,c\r\n1,2,3\r\n", ","),
    ("a;b;c\r\n1;2,5;3\r\n", ";"),
    ("a\tb\tc\r\n1\t2,5\t3\r\n", "\t"),
    ('name,note\r\n张三,"a;b;c"\r\n李四,"x;y;z"\r\n', ","),
    ("single\r\nvalue\r\n", ","),
])
def test_delimiter_is_sniffed(tmp_path, text, delimiter):
    table = read_table(_write(tmp_path / "d.csv", text.encode()))
    assert table.delimiter == delimiter
    assert len(table.headers) == len(next(iter(table)).values)


def test_sniffer_prefers_the_consistent_delimiter():
    sample = "name\tnote\r\nZhang, San\tx\r\nLi\ty, z, w\r\nWang\tq\r\n"
    assert sniff_delimiter(sample) == "\t"


def test_ragged_rows_are_padded_and_truncated(tmp_path):
    path = _write(tmp_path / "ragged.csv", b"a,b,c\r\n1\r\n1,2,3,4,5\r\n,,,,x\r\n")
    table = read_table(path)
    assert list(table.rows) == [Row(2, ["1", "", ""]), Row(3, ["1", "2", "3"])]


def test_blank_lines_are_skipped_but_counted(tmp_path):
    text = 'a,b\r\n\r\n1,2\r\n , \r\n"multi\r\nline",3\r\n\r\n4,5\r\n\r\n\r\n'
    table = read_table(_write(tmp_path / "gaps.csv", text.encode()))
    assert list(table.rows) == [Row(3, ["1", "2"]), Row(5, ["multi\r\nline", "3"]), Row(7, ["4", "5"])]
    assert table.count_rows() == 3


def test_header_after_leading_blank_lines(tmp_path):
    table = read_table(_write(tmp_path / "late.csv", b"\r\n,\r\nname,phone\r\nx,1\r\n"))
    assert (table.header_row, table.headers) == (3, ["name", "phone"])
    assert list(table.rows) == [Row(4, ["x", "1"])]


def test_headers_are_trimmed_and_trailing_empty_headers_dropped(tmp_path):
    table = read_table(_write(tmp_path / "h.csv", b" name , phone ,,\r\nx,1,,\r\n"))
    assert table.headers == ["name", "phone"]
    assert list(table.rows) == [Row(2, ["x", "1"])]


def test_rows_can_be_read_more_than_once_and_stream(tmp_path):
    table = read_table(_write(tmp_path / "twice.csv", b"a\r\n1\r\n2\r\n3\r\n"))
    assert isinstance(table.rows, Iterator)
    assert table.preview(2) == [Row(2, ["1"]), Row(3, ["2"])]
    assert [row.values for row in table] == [["1"], ["2"], ["3"]]
    assert [row.values for row in table.rows] == [["1"], ["2"], ["3"]]


def test_a_100k_row_file_streams(tmp_path):
    lines = ["姓名,手机号,标签"] + [f"成员{i},138{i:08d},跑步" for i in range(100_000)]
    path = _write(tmp_path / "big.csv", ("\r\n".join(lines) + "\r\n").encode("gb18030"))
    started = time.perf_counter()
    table = read_table(path)
    first = next(iter(table.rows))
    assert first == Row(2, ["成员0", "13800000000", "跑步"])
    assert table.count_rows() == 100_000
    assert time.perf_counter() - started < 10


def test_oversized_csv_field_is_a_table_error(tmp_path):
    path = _write(tmp_path / "huge_field.csv", b"a,b\r\n1," + b"x" * 200_000 + b"\r\n")
    with pytest.raises(TableError, match="line 2"):
        list(read_table(path).rows)


# --------------------------------------------------------------------------- XLSX helpers


def _workbook(path: Path, rows: list[list], title: str = "成员") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _rewrite_member(path: Path, member: str, change) -> None:
    """Rewrite one part of an .xlsx zip (the way a broken or hostile tool would)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    parts[member] = change(parts[member])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


# --------------------------------------------------------------------------- XLSX


def test_xlsx_cells_keep_their_types(tmp_path):
    joined = datetime(2024, 3, 5, 14, 2)
    path = _workbook(tmp_path / "m.xlsx", [
        ["姓名", "手机号", "入群时间", "序号", "分数"],
        ["张三", 13800138000, joined, 45356, 4.5],
    ])
    table = read_table(path)
    assert (table.kind, table.encoding, table.headers) == ("xlsx", None, ["姓名", "手机号", "入群时间", "序号", "分数"])
    [row] = table.rows
    assert row == Row(2, ["张三", 13800138000, joined, 45356, 4.5])
    assert isinstance(row.values[2], datetime)
    assert parse_date(row.values[2]) == date(2024, 3, 5)
    assert parse_date(row.values[3]) == date(2024, 3, 5)     # an Excel serial number


def test_xlsx_date_formatted_serials_come_back_as_datetimes(tmp_path):
    path = _workbook(tmp_path / "d.xlsx", [["加入日期"], [45356], [61]])
    workbook = openpyxl.load_workbook(path)
    for cell in workbook.active["A"][1:]:
        cell.number_format = "yyyy/m/d"
    workbook.save(path)
    values = [row.values[0] for row in read_table(path).rows]
    assert values == [datetime(2024, 3, 5), datetime(1900, 3, 1)]


def test_xlsx_blank_rows_keep_real_row_numbers_and_trailing_blanks_are_dropped(tmp_path):
    path = _workbook(tmp_path / "gaps.xlsx", [["a", "b"], [1, 2], [None, None], ["", "  "], [3, None]])
    workbook = openpyxl.load_workbook(path)
    workbook.active["A20"] = ""           # a trailing "empty" cell far below
    workbook.active.cell(30, 2).number_format = "0.00"
    workbook.save(path)
    assert list(read_table(path).rows) == [Row(2, [1, 2]), Row(5, [3, None])]


def test_wrong_dimension_element_does_not_lose_rows_or_columns(tmp_path):
    header = [f"列{c}" for c in range(1, 7)]
    data = [[f"r{r}c{c}" for c in range(1, 7)] for r in range(2, 51)]
    path = _workbook(tmp_path / "dim.xlsx", [header, *data])
    sheet_xml = "xl/worksheets/sheet1.xml"
    _rewrite_member(path, sheet_xml, lambda xml: re.sub(rb'<dimension ref="[^"]*"/>',
                                                        b'<dimension ref="A1:B2"/>', xml))
    assert b'<dimension ref="A1:B2"/>' in zipfile.ZipFile(path).read(sheet_xml)
    # Control: trusting the dimension, openpyxl's read-only mode would return a 2x2 sheet.
    trusting = openpyxl.load_workbook(path, read_only=True)
    assert [len(r) for r in trusting.active.iter_rows(values_only=True)] == [2, 2]
    trusting.close()

    table = read_table(path)
    assert table.headers == header
    rows = list(table.rows)
    assert [row.number for row in rows] == list(range(2, 51))
    assert [row.values for row in rows] == data


def test_named_sheet_and_sheet_names(tmp_path):
    path = _workbook(tmp_path / "two.xlsx", [["first"], [1]])
    workbook = openpyxl.load_workbook(path)
    second = workbook.create_sheet("名单")
    second.append(["姓名"])
    second.append(["张三"])
    workbook.save(path)
    assert sheet_names(path) == ["成员", "名单"]
    assert read_table(path).headers == ["first"]
    assert list(read_table(path, sheet="名单").rows) == [Row(2, ["张三"])]
    with pytest.raises(TableError, match="no sheet named '缺失'.*成员, 名单"):
        read_table(path, sheet="缺失")


def test_empty_workbook_has_no_header(tmp_path):
    with pytest.raises(TableError, match="no header row"):
        read_table(_workbook(tmp_path / "empty.xlsx", []))


def test_non_zip_renamed_to_xlsx_is_refused(tmp_path):
    path = _write(tmp_path / "fake.xlsx", "姓名,手机\r\n".encode("gbk"))
    with pytest.raises(TableError, match="fake.xlsx is not an .xlsx file"):
        read_table(path)


def test_zip_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(TableError, match="not an .xlsx file"):
        read_table(path)


def test_old_xls_is_refused_with_advice(tmp_path):
    path = _write(tmp_path / "old.xls", tabular.OLE_MAGIC + b"\0" * 504)
    with pytest.raises(TableError, match="save it as .xlsx"):
        read_table(path)


def test_zip_bomb_is_refused_quickly(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(64):
                member.write(block)
    assert path.stat().st_size < 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(TableError, match="zip bomb"):
        read_table(path)
    assert time.perf_counter() - started < 1


def test_too_large_or_too_many_parts_are_refused(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "ok.xlsx", [["a"], [1]])
    monkeypatch.setattr(tabular, "MAX_XLSX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(TableError, match="MB limit"):
        read_table(path)
    monkeypatch.undo()
    monkeypatch.setattr(tabular, "MAX_XLSX_ENTRIES", 3)
    with pytest.raises(TableError, match="too many parts"):
        read_table(path)


def test_xml_entity_expansion_is_refused(tmp_path):
    path = _workbook(tmp_path / "lol.xlsx", [["name"], ["x"]])
    doctype = (b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
               b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>')

    def add_entities(xml: bytes) -> bytes:
        xml = re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
        return doctype + xml.replace(b"<t>x</t>", b"<t>&c;</t>")

    _rewrite_member(path, "xl/worksheets/sheet1.xml", add_entities)
    with pytest.raises(TableError, match="damaged or not a normal .xlsx") as refused:
        list(read_table(path).rows)
    assert any(isinstance(error, EntitiesForbidden) for error in _error_chain(refused.value))


def _error_chain(error: BaseException | None):
    while error is not None:
        yield error
        error = error.__cause__ or error.__context__


def test_xlsx_is_refused_without_defusedxml(tmp_path, monkeypatch):
    assert tabular.xml_attacks_defused() is True      # the installed environment is protected
    path = _workbook(tmp_path / "ok.xlsx", [["a"], [1]])
    monkeypatch.setattr(tabular, "xml_attacks_defused", lambda: False)
    with pytest.raises(TableError, match="defusedxml"):
        read_table(path)


def test_damaged_sheet_xml_is_a_table_error(tmp_path):
    path = _workbook(tmp_path / "broken.xlsx", [["a"], [1]])
    _rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2])
    with pytest.raises(TableError, match="damaged"):
        list(read_table(path).rows)


def test_xlsx_without_xlsx_extension_is_detected(tmp_path):
    source = _workbook(tmp_path / "m.xlsx", [["a"], [1]])
    renamed = source.rename(tmp_path / "download")
    assert read_table(renamed).kind == "xlsx"

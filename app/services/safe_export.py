"""Write CSV and .xlsx files that are safe to open in Excel/WPS and never left half-written.

Text that Excel would run as a formula (CSV injection) is neutralised: CSV cells get a
leading apostrophe, .xlsx cells are stored as text cells. Files are written to a temporary
file in the target folder and moved into place, so a crash never leaves a broken export.
"""
from __future__ import annotations

import csv
import itertools
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.utils import get_column_letter

from app.models.errors import UserError
from app.services import fast_rows
from app.services.fast_rows import FastRows

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARKER = "…[truncated]"
EXCEL_EXACT_INT_LIMIT = 10**15          # Excel keeps 15 significant digits
WIDTH_SAMPLE_ROWS = 1000
MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH = 6, 60
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TIME_FORMAT = "hh:mm"
NEW_FILE_MODE = 0o644

# Cells name a CJK face (charset 134 = GB2312) so Excel, WPS and LibreOffice draw Chinese with a Chinese
# font rather than a fallback; Latin text in it reads well too. Every font the exports use derives from it.
CELL_FONT_NAME = "Microsoft YaHei"
CELL_FONT_SIZE = 11


def cell_font(**style: Any) -> Font:
    return Font(name=CELL_FONT_NAME, charset=134, family=2, size=style.pop("size", CELL_FONT_SIZE), **style)


_HEADER_FONT = cell_font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="8EA9C8"))
_HEADER_ALIGNMENT = Alignment(vertical="center")
_XML_UNSAFE = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_TITLE_LIMIT = 31


class ExportError(UserError, OSError):
    """The export could not be written; the message is meant for the user (a %1 template, translatable)."""


# --------------------------------------------------------------------------- cell text

def safe_cell_text(value: str) -> str:
    """Prefix text Excel would treat as a formula with an apostrophe (OWASP CSV injection advice)."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def excel_safe_text(value: str) -> str:
    """Drop characters XML cannot hold and cut text to Excel's cell limit with a visible marker."""
    text = _XML_UNSAFE.sub("\ufffd", ILLEGAL_CHARACTERS_RE.sub("", value))
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARKER)] + TRUNCATION_MARKER
    return text


def _list_text(value: Iterable[Any]) -> str:
    return ", ".join("" if item is None else str(item) for item in value)


# --------------------------------------------------------------------------- atomic files

@contextmanager
def _atomic_target(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; move it over ``path`` only if the body succeeds."""
    temporary = _temporary_sibling(path)
    try:
        yield temporary
        _keep_permissions(temporary, path)
        _replace(temporary, path)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and not isinstance(error, ExportError):
            raise ExportError("could not write %1: %2", path.name, error.strerror or error) from error
        raise


def write_file_atomic(path: str | Path, data: bytes | str, *, encoding: str = "utf-8") -> None:
    """Write *data* (text is encoded as given, newlines kept as they are) to *path* all or nothing."""
    path = Path(path)
    payload = data.encode(encoding) if isinstance(data, str) else data
    with _atomic_target(path) as temporary:
        temporary.write_bytes(payload)


def _temporary_sibling(path: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except FileNotFoundError:
        raise ExportError("the folder %1 does not exist", path.parent) from None
    except PermissionError:
        raise ExportError("no permission to write in %1; choose another folder", path.parent) from None
    os.close(handle)
    return Path(name)


def _keep_permissions(temporary: Path, path: Path) -> None:
    """mkstemp makes owner-only files; give the export the old file's mode or a normal one."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = NEW_FILE_MODE
    os.chmod(temporary, mode)


def _replace(temporary: Path, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except PermissionError:
        raise ExportError("%1 is open in another program (Excel/WPS?); close it or choose another name",
                          path.name) from None
    except IsADirectoryError:
        raise ExportError("%1 is a folder; choose another name", path.name) from None


# --------------------------------------------------------------------------- CSV

def write_csv(path: str | Path, headers: Sequence[Any], rows: Iterable[Sequence[Any]]) -> int:
    """Write UTF-8-with-BOM, CRLF CSV that Excel on Chinese Windows opens correctly.

    Text is always quoted and guarded by safe_cell_text; numbers stay unquoted numbers.
    Returns the number of data rows written.
    """
    path = Path(path)
    written = 0
    with _atomic_target(path) as temporary:
        with temporary.open("w", encoding="utf-8-sig", errors="replace", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
            writer.writerow([_csv_value(header) for header in headers])
            for row in rows:
                writer.writerow([_csv_value(value) for value in row])
                written += 1
    return written


def _csv_value(value: Any) -> str | int | float | Decimal:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, Decimal)) or (isinstance(value, float) and math.isfinite(value)):
        return value
    return safe_cell_text(_plain_text(value))


def _plain_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return _list_text(value)
    return str(value)


# --------------------------------------------------------------------------- XLSX

@dataclass
class Sheet:
    title: str
    headers: Sequence[Any]
    rows: Iterable[Sequence[Any]]
    # Column index (0-based) -> Excel number format for its numbers and dates, e.g. "0.0%".
    formats: dict[int, str] = field(default_factory=dict)


def write_xlsx(path: str | Path, headers: Sequence[Any], rows: Iterable[Sequence[Any]],
               sheet_title: str = "Sheet1") -> None:
    """Write one sheet; see write_xlsx_sheets."""
    write_xlsx_sheets(path, [Sheet(sheet_title, headers, rows)])


def write_xlsx_sheets(path: str | Path, sheets: Iterable[Sheet]) -> None:
    """Write a streaming .xlsx: bold frozen header, autofilter, fitted widths, text never a formula."""
    def fill(workbook: Workbook) -> None:
        for sheet in sheets:
            write_sheet(workbook, sheet)
        if not workbook.worksheets:
            write_sheet(workbook, Sheet("Sheet1", [], []))

    write_workbook(path, fill)


def write_workbook(path: str | Path, fill: Callable[[Workbook], Any]) -> Any:
    """fill(workbook) adds the sheets of a write-only workbook (tables with write_sheet); the file is written
    atomically and nothing is left behind when fill or the save fails. Returns what fill returned."""
    workbook = Workbook(write_only=True)
    _use_cjk_default_font(workbook)
    with _atomic_target(Path(path)) as temporary:
        try:
            result = fill(workbook)
            fast_rows.save(workbook, str(temporary))
        except BaseException:
            _discard_unsaved_sheets(workbook)
            raise
    return result


def _use_cjk_default_font(workbook: Workbook) -> None:
    """Make the workbook's default (font 0, the Normal style) the CJK cell font: plain values carry it."""
    font = cell_font()
    workbook._fonts = IndexedList([font])
    workbook._named_styles["Normal"].font = font


def _discard_unsaved_sheets(workbook: Workbook) -> None:
    """Finish and delete the per-sheet temp files openpyxl (and FastRows) stream rows into."""
    for rows in workbook.__dict__.get("_fast_rows", []):
        rows.discard()
    for worksheet in workbook.worksheets:
        writer = worksheet._writer
        if writer is None or not os.path.exists(writer.out):
            continue
        try:
            if not worksheet.closed:
                worksheet.close()
        except Exception:   # the stream may be mid-element; deleting the file is what matters
            pass
        writer.cleanup()


def write_sheet(workbook: Workbook, sheet: Sheet) -> tuple[Any, int]:
    """Add *sheet* to a write-only workbook as a table; returns the worksheet and its data row count."""
    worksheet = workbook.create_sheet(sheet_title(sheet.title))
    rows = iter(sheet.rows)
    sample = [list(row) for row in itertools.islice(rows, WIDTH_SAMPLE_ROWS)]
    _fit_column_widths(worksheet, sheet.headers, sample)
    set_printing(worksheet, bool(sheet.headers))
    if sheet.headers:
        worksheet.freeze_panes = "A2"
        worksheet.append([header_cell(worksheet, header) for header in sheet.headers])
    fast = FastRows(worksheet, 2 if sheet.headers else 1, sheet.formats, DEFAULT_FORMATS, FORMULA_PREFIXES)
    data_rows = 0
    for row in itertools.chain(sample, rows):
        fast.append([fast_value(value) for value in row])
        data_rows += 1
    if sheet.headers:
        last_column = get_column_letter(len(sheet.headers))
        worksheet.auto_filter.ref = f"A1:{last_column}{data_rows + 1}"
    return worksheet, data_rows


DEFAULT_FORMATS = {datetime: DATETIME_FORMAT, date: DATE_FORMAT, time: TIME_FORMAT}


def fast_value(value: Any) -> Any:
    """A value FastRows writes as it is: safe text, an exact number, a wall-clock date or time."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return excel_safe_text(value)
    if isinstance(value, (int, Decimal)):
        return value if abs(value) < EXCEL_EXACT_INT_LIMIT else str(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (datetime, time)):
        return value.replace(tzinfo=None) if value.tzinfo is not None else value
    if isinstance(value, date):
        return value
    return excel_safe_text(_plain_text(value))


def set_printing(worksheet: Any, has_header: bool) -> None:
    """Printed as a person expects: landscape, all columns on one page wide, the header on every page."""
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = 9   # A4
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True   # fitToWidth is ignored without it
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    if has_header:
        worksheet.print_title_rows = "1:1"


def sheet_title(title: str) -> str:
    cleaned = _SHEET_TITLE_FORBIDDEN.sub("_", title)[:_SHEET_TITLE_LIMIT].strip("'")
    return cleaned or "Sheet"


def header_cell(worksheet: Any, header: Any) -> Cell:
    """A table header: bold text on a light fill with a rule under it."""
    cell = text_cell(worksheet, _plain_text(header))
    cell.font, cell.fill, cell.border, cell.alignment = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER, _HEADER_ALIGNMENT
    return cell


def text_cell(worksheet: Any, value: str) -> Cell:
    """A cell that Excel shows as text even when it looks like a formula or an error code."""
    text = excel_safe_text(value)
    cell = WriteOnlyCell(worksheet, value=text)
    cell.data_type = "s"              # set after the value: openpyxl makes "=..." a formula
    if text.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True       # also keeps it text if the user edits the cell in Excel
    return cell


def xlsx_value(worksheet: Any, value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _string_value(worksheet, value)
    if isinstance(value, (int, Decimal)):
        return value if abs(value) < EXCEL_EXACT_INT_LIMIT else text_cell(worksheet, str(value))
    if isinstance(value, float):
        return value if math.isfinite(value) else text_cell(worksheet, str(value))
    if isinstance(value, (datetime, date, time)):
        return _date_cell(worksheet, value)
    return _string_value(worksheet, _plain_text(value))


def _string_value(worksheet: Any, value: str) -> str | Cell:
    """Plain text passes as str (fast path); risky text becomes an explicit text cell."""
    text = excel_safe_text(value)
    if text.startswith(FORMULA_PREFIXES) or text in ERROR_CODES:
        return text_cell(worksheet, text)
    return text


def _date_cell(worksheet: Any, value: datetime | date | time) -> Cell:
    if isinstance(value, (datetime, time)) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)   # Excel has no time zones; keep the wall-clock time
    cell = WriteOnlyCell(worksheet, value=value)
    cell.number_format = (DATETIME_FORMAT if isinstance(value, datetime)
                          else TIME_FORMAT if isinstance(value, time) else DATE_FORMAT)
    return cell


# --------------------------------------------------------------------------- column widths

def _fit_column_widths(worksheet: Any, headers: Sequence[Any], sample: list[list[Any]]) -> None:
    column_count = max([len(headers), *(len(row) for row in sample)], default=0)
    for index in range(column_count):
        values = itertools.chain([headers[index] if index < len(headers) else None],
                                 (row[index] for row in sample if index < len(row)))
        widest = max(display_width(value) for value in values)
        width = min(max(widest + 2, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH)
        worksheet.column_dimensions[get_column_letter(index + 1)].width = width


def display_width(value: Any) -> int:
    """Approximate width in Excel character units; CJK and full-width characters count 2."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = _plain_text(value)
    return max((_line_width(line) for line in text.splitlines()), default=0)


def _line_width(line: str) -> int:
    visible = line[: MAX_COLUMN_WIDTH * 2]
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in visible)

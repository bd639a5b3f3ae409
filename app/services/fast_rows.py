"""Large tables for write-only openpyxl workbooks, several times faster than openpyxl's own cell writer.

openpyxl builds an XML element per cell (~5 µs each); a 100,000-row sheet of a dozen columns spends
most of its time there. Here the data rows are written as SpreadsheetML text to a temporary file
while the sheet streams, as inline strings with the workbook's own cell styles; openpyxl writes
everything else (header row, widths, freeze panes, filter, print setup, charts), and save() splices
the rows into the saved sheet. Values arrive already made safe by safe_export (text cut to the cell
limit, no XML-illegal characters); text that looks like a formula is a text cell with the
quote-prefix style, so Excel never evaluates it.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import weakref
import zipfile
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter, range_boundaries

_EPOCH = datetime(1899, 12, 30)
_EPOCH_DATE = _EPOCH.date()
_CHUNK = 1 << 20


class FastRows:
    """The data rows of one write-only sheet, below the rows openpyxl itself wrote (*first_row* on)."""

    def __init__(self, worksheet: Any, first_row: int, column_formats: dict[int, str],
                 default_formats: dict[type, str], text_prefixes: tuple[str, ...]):
        self.ws = worksheet
        self.row = first_row - 1
        self.columns = 0
        self._letters: list[str] = []
        self._column_formats = column_formats
        self._default_formats = default_formats
        self._prefixes = text_prefixes
        self._styles: dict[str | bool, int] = {}
        handle, self.path = tempfile.mkstemp(prefix="community-desk-rows-", suffix=".xml")
        self._out = os.fdopen(handle, "w", encoding="utf-8")
        # A workbook dropped without save() or a discard must not leave its rows in the temp folder.
        self._cleanup = weakref.finalize(self, _remove, self._out, self.path)
        registry = worksheet.parent.__dict__.setdefault("_fast_rows", [])
        registry.append(self)

    # -- styles from the workbook's own table ------------------------------------------------
    def _style(self, number_format: str | bool) -> int:
        """The cellXfs index for a number format (or, for True, the quote-prefix text style)."""
        style = self._styles.get(number_format)
        if style is None:
            cell = WriteOnlyCell(self.ws, value="")
            if number_format is True:
                cell.quotePrefix = True
            else:
                cell.number_format = number_format
            style = self._styles[number_format] = cell.style_id
        return style

    def _letter(self, index: int) -> str:
        while len(self._letters) <= index:
            self._letters.append(get_column_letter(len(self._letters) + 1))
        return self._letters[index]

    # -- rows ---------------------------------------------------------------------------------
    def append(self, values: list[Any]) -> None:
        self.row += 1
        row = self.row
        parts = [f'<row r="{row}">']
        for index, value in enumerate(values):
            if value is None:
                continue
            ref = f"{self._letter(index)}{row}"
            parts.append(self._cell(ref, index, value))
        parts.append("</row>")
        self.columns = max(self.columns, len(values))
        self._out.write("".join(parts))

    def _cell(self, ref: str, index: int, value: Any) -> str:
        kind = type(value)
        if kind is str:
            if not value:
                return f'<c r="{ref}" t="inlineStr"></c>'      # as openpyxl writes it: reads back as ''
            if value.startswith(self._prefixes):
                return f'<c r="{ref}" s="{self._style(True)}" t="inlineStr">{_inline(value)}</c>'
            return f'<c r="{ref}" t="inlineStr">{_inline(value)}</c>'
        if kind is bool:
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if kind in (int, float, Decimal):
            number_format = self._column_formats.get(index)
            style = f' s="{self._style(number_format)}"' if number_format else ""
            return f'<c r="{ref}"{style}><v>{value!r}</v></c>' if kind is float else \
                f'<c r="{ref}"{style}><v>{value}</v></c>'
        if kind in (datetime, date, time):
            number_format = self._column_formats.get(index) or self._default_formats[kind]
            return f'<c r="{ref}" s="{self._style(number_format)}"><v>{_serial(value)!r}</v></c>'
        if isinstance(value, Cell):
            return self._styled_cell(ref, value)
        return self._cell(ref, index, str(value))

    def _styled_cell(self, ref: str, cell: Cell) -> str:
        """A cell safe_export built itself (a guarded text cell, a dated cell)."""
        style = cell.style_id
        value = cell.value
        if value is None:
            return f'<c r="{ref}" s="{style}"/>'
        if cell.data_type == "s":
            return f'<c r="{ref}" s="{style}" t="inlineStr">{_inline(str(value))}</c>'
        if cell.data_type == "d" or isinstance(value, (datetime, date, time)):
            return f'<c r="{ref}" s="{style}"><v>{_serial(value)!r}</v></c>'
        if cell.data_type == "b":
            return f'<c r="{ref}" s="{style}" t="b"><v>{int(bool(value))}</v></c>'
        return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'

    def close(self) -> None:
        if not self._out.closed:
            self._out.close()

    def discard(self) -> None:
        self._cleanup()


def _remove(stream: Any, path: str) -> None:
    stream.close()
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


_ENTITIES = {"\r": "&#13;"}


def _inline(text: str) -> str:
    """An inline string element; leading or trailing spaces and line breaks survive."""
    escaped = escape(text, _ENTITIES)
    if text[:1].isspace() or text[-1:].isspace():
        return f'<is><t xml:space="preserve">{escaped}</t></is>'
    return f"<is><t>{escaped}</t></is>"


def _serial(value: datetime | date | time) -> float | int:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.replace(tzinfo=None)
        delta = value - _EPOCH
        return delta.days + delta.seconds / 86400 + delta.microseconds / 86_400_000_000
    if isinstance(value, date):
        return (value - _EPOCH_DATE).days
    return (value.hour * 3600 + value.minute * 60 + value.second) / 86400


def save(workbook: Workbook, path: str) -> None:
    """workbook.save, with each FastRows' rows put into its saved sheet; the result is written to *path*."""
    pending: list[FastRows] = workbook.__dict__.get("_fast_rows", [])
    saved = path + ".openpyxl" if pending else path
    try:
        for rows in pending:
            rows.close()
        workbook.save(saved)
        if pending:
            _splice(saved, path, {rows.ws.path.lstrip("/"): rows for rows in pending})
    finally:
        for rows in pending:
            rows.discard()
        pending.clear()
        if saved != path and os.path.exists(saved):
            os.unlink(saved)


def _splice(saved: str, path: str, sheets: dict[str, FastRows]) -> None:
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            rows = sheets.get(info.filename)
            if rows is None:
                target.writestr(info, source.read(info.filename))
            else:
                _write_sheet(source.read(info.filename).decode("utf-8"), rows, target, info.filename)


def _write_sheet(xml: str, rows: FastRows, target: zipfile.ZipFile, name: str) -> None:
    """The saved sheet with the rows inserted at the end of sheetData and the dimension widened."""
    for empty in ("<sheetData/>", "<sheetData />"):
        xml = xml.replace(empty, "<sheetData></sheetData>")
    head, separator, tail = xml.partition("</sheetData>")
    if not separator:
        raise ValueError(f"{name}: no sheetData to put the rows in")
    start = head.find('<dimension ref="')
    if rows.row > 0 and start >= 0:
        end = head.index('"', start + 16)
        written = range_boundaries(head[start + 16:end])[2] if ":" in head[start + 16:end] else 1
        last = f"{get_column_letter(max(rows.columns, written))}{rows.row}"
        head = head[:start] + f'<dimension ref="A1:{last}' + head[end:]
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with target.open(info, "w", force_zip64=True) as out:
        out.write(head.encode("utf-8"))
        with open(rows.path, "rb") as source:
            shutil.copyfileobj(source, out, _CHUNK)
        out.write(separator.encode("utf-8"))
        out.write(tail.encode("utf-8"))


__all__ = ["FastRows", "save"]

"""Read a user's CSV or .xlsx table safely and as a stream of numbered rows.

CSV files come from Excel/WPS on Chinese Windows (GB18030/GBK, UTF-8 with BOM, or UTF-16
tab-separated "Unicode text"); .xlsx files are untrusted zips of XML, so they are checked
for zip bombs and read with defusedxml and without trusting the sheet's stated size.
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import zipfile
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from app.models.errors import UserError
from app.texts import translatable

ENCODINGS: tuple[str, ...] = ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "big5")
CSV_DELIMITERS: tuple[str, ...] = (",", "\t", ";")
SAMPLE_BYTES = 64 * 1024
DECODE_CHUNK_BYTES = 1024 * 1024
SNIFF_RECORDS = 50

MAX_XLSX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024
MAX_XLSX_COMPRESSION_RATIO = 200
RATIO_CHECK_MIN_BYTES = 10 * 1024 * 1024
MAX_XLSX_ENTRIES = 10_000

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # old .xls and password-protected workbooks



def xml_attacks_defused() -> bool:
    """openpyxl parses sheet XML with defusedxml (no entity expansion) only when it is installed."""
    import openpyxl     # slow to import: only when a workbook is read

    return bool(openpyxl.DEFUSEDXML)

Kind = Literal["csv", "xlsx"]
Record = tuple[int, list[Any]]
Records = Generator[Record, None, None]


class TableError(UserError, ValueError):
    """The file cannot be read as a table; the message is meant for the user (a %1 template, translatable)."""


@dataclass(frozen=True)
class Row:
    number: int          # spreadsheet row (CSV: record) number; the header is usually 1
    values: list[Any]    # exactly len(headers) values


class Table:
    """Headers plus a re-readable stream of data rows.

    Every access to ``rows`` (or iteration over the table) starts a fresh pass over the
    file, so a wizard can preview a few rows and later import all of them.
    Blank rows are skipped but keep their place in the numbering.
    CSV cells are str ('' when empty); .xlsx cells are None, str, int, float, bool or datetime.
    """

    def __init__(self, *, path: Path, kind: Kind, headers: list[str], header_row: int,
                 encoding: str | None, delimiter: str | None,
                 records: Callable[[], Records]) -> None:
        self.path = path
        self.kind: Kind = kind
        self.headers = headers
        self.header_row = header_row
        self.encoding = encoding
        self.delimiter = delimiter
        self._records = records

    @property
    def rows(self) -> Iterator[Row]:
        return self._data_rows()

    def __iter__(self) -> Iterator[Row]:
        return self._data_rows()

    def _data_rows(self) -> Generator[Row, None, None]:
        width = len(self.headers)
        padding = "" if self.kind == "csv" else None
        for number, values in self._records():
            if number <= self.header_row:
                continue
            fitted = values[:width] + [padding] * (width - len(values))
            if not _is_blank(fitted):
                yield Row(number, fitted)

    def preview(self, limit: int = 20) -> list[Row]:
        rows = self._data_rows()
        try:
            return list(itertools.islice(rows, limit))
        finally:
            rows.close()

    def count_rows(self) -> int:
        """Number of non-blank data rows (reads the whole file)."""
        return sum(1 for _ in self._data_rows())


def read_table(path: str | Path, encoding: str | None = None, *, sheet: str | None = None) -> Table:
    """Open a .csv/.txt/.tsv or .xlsx file; ``encoding`` (CSV only) overrides detection."""
    path = Path(path)
    kind = _table_kind(path)
    return _read_xlsx_table(path, sheet) if kind == "xlsx" else _read_csv_table(path, encoding)


def _read_csv_table(path: Path, encoding: str | None) -> Table:
    chosen = _resolve_csv_encoding(path, encoding)
    delimiter = sniff_delimiter(_decoded_sample(path, chosen))
    header_row, headers = _find_header(path, _csv_records(path, chosen, delimiter))
    return Table(path=path, kind="csv", headers=headers, header_row=header_row, encoding=chosen,
                 delimiter=delimiter, records=lambda: _csv_records(path, chosen, delimiter))


def _read_xlsx_table(path: Path, sheet: str | None) -> Table:
    check_xlsx_container(path)
    with _open_workbook(path) as workbook:
        worksheet = _pick_worksheet(path, workbook, sheet)
        header_row, headers = _find_header(path, _worksheet_records(path, worksheet))
    return Table(path=path, kind="xlsx", headers=headers, header_row=header_row,
                 encoding=None, delimiter=None, records=lambda: _xlsx_records(path, sheet))


def _find_header(path: Path, records: Records) -> tuple[int, list[str]]:
    try:
        for number, values in records:
            if not _is_blank(values):
                return number, _header_texts(values)
    finally:
        records.close()
    raise TableError("%1 has no header row (the file is empty)", path.name)


def _header_texts(values: list[Any]) -> list[str]:
    headers = ["" if value is None else str(value).strip() for value in values]
    if headers:
        headers[0] = headers[0].lstrip("\ufeff").strip()
    while headers and not headers[-1]:
        headers.pop()
    return headers


def _is_blank(values: list[Any]) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in values)


def _table_kind(path: Path) -> Kind:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    head = _read_head(path, len(OLE_MAGIC))
    if head.startswith(OLE_MAGIC):
        raise TableError("%1 is an old .xls or password-protected workbook; "
                         "save it as .xlsx or CSV (UTF-8) and try again", path.name)
    if suffix == ".xls" or (head.startswith(ZIP_MAGIC) and suffix not in {".csv", ".txt", ".tsv"}):
        return "xlsx"
    return "csv"


def _read_head(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(size)
    except FileNotFoundError:
        raise TableError("%1 does not exist", path.name) from None
    except OSError as error:
        raise TableError("cannot open %1: %2", path.name, error.strerror or error) from None


# --------------------------------------------------------------------------- encodings

def detect_encoding(raw: bytes) -> str:
    """Guess the encoding of the start of a text file.

    BOMs win; BOM-less UTF-16 is recognised by its NUL bytes; then strict UTF-8 (a multibyte
    character cut off at the end of the sample is allowed); otherwise GB18030, the superset
    of GBK that Excel on Chinese Windows writes.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    bomless_utf16 = _bomless_utf16(raw)
    if bomless_utf16:
        return bomless_utf16
    if _is_utf8_prefix(raw):
        return "utf-8"
    return "gb18030"


def _bomless_utf16(raw: bytes) -> str | None:
    """ASCII text in UTF-16 has a NUL in every other byte: odd positions for LE, even for BE."""
    sample = raw[: SAMPLE_BYTES - SAMPLE_BYTES % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    nul_even = sample[0::2].count(0)
    nul_odd = sample[1::2].count(0)
    if nul_odd >= pairs * 0.2 and nul_even <= nul_odd * 0.05:
        return "utf-16-le"
    if nul_even >= pairs * 0.2 and nul_odd <= nul_even * 0.05:
        return "utf-16-be"
    return None


def _is_utf8_prefix(raw: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _resolve_csv_encoding(path: Path, encoding: str | None) -> str:
    if encoding:
        name = _known_encoding(encoding)
        _check_decodes(path, name)
        return name
    sample = _read_head(path, SAMPLE_BYTES)
    if not sample:
        raise TableError("%1 is empty", path.name)
    detected = detect_encoding(sample)
    try:
        _check_decodes(path, detected)
    except TableError:
        if detected != "utf-8":
            raise
        return _fall_back_to_gb18030(path)
    return detected


def _fall_back_to_gb18030(path: Path) -> str:
    """The sample looked like UTF-8 (e.g. all ASCII) but the rest of the file is not."""
    try:
        _check_decodes(path, "gb18030")
    except TableError:
        _check_decodes(path, "utf-8")   # re-raise with the UTF-8 position, the likelier intent
    return "gb18030"


def _known_encoding(encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise TableError("unknown text encoding: %1", encoding) from None
    return encoding


def _check_decodes(path: Path, encoding: str) -> None:
    """Decode the whole file in chunks; raise TableError naming the first bad byte."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    read = 0
    with path.open("rb") as stream:
        while chunk := stream.read(DECODE_CHUNK_BYTES):
            read += len(chunk)
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                raise _decode_error(path, encoding, read) from None
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise _decode_error(path, encoding, read) from None


def _decode_error(path: Path, encoding: str, bytes_read: int) -> TableError:
    with path.open("rb") as stream:
        prefix = stream.read(bytes_read)
    try:
        prefix.decode(encoding)
        start, bad = bytes_read, b""
    except UnicodeDecodeError as error:
        start, bad = error.start, prefix[error.start:error.end]
    line = prefix[:start].decode(encoding, errors="replace").count("\n") + 1
    shown = bad[:4].hex(" ").upper() or translatable("tabular", "end of file")
    return TableError("%1 cannot be read as %2: invalid bytes %3 at byte offset %4 (line %5); choose another encoding",
                      path.name, encoding, shown, start, line)


def _decoded_sample(path: Path, encoding: str) -> str:
    sample = _read_head(path, SAMPLE_BYTES)
    complete = len(sample) < SAMPLE_BYTES
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(sample, final=complete)
    if not complete and "\n" in text:
        text = text[: text.rindex("\n") + 1]
    return text.lstrip("\ufeff")


# --------------------------------------------------------------------------- CSV

def sniff_delimiter(sample: str) -> str:
    """Pick , tab or ; - whichever splits the first records into the most consistent columns."""
    for strict in (True, False):
        scores = {delimiter: _delimiter_score(sample, delimiter, strict) for delimiter in CSV_DELIMITERS}
        usable = [(score, -order, delimiter) for order, (delimiter, score) in enumerate(scores.items())
                  if score is not None]
        if usable:
            return max(usable)[2]
    return ","


def _delimiter_score(sample: str, delimiter: str, strict: bool) -> tuple[float, int] | None:
    """(share of records as wide as the header, header width), or None if unusable."""
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter, strict=strict)
    try:
        widths = [len(record) for record in itertools.islice(reader, SNIFF_RECORDS * 2) if record]
    except csv.Error:
        return None
    widths = widths[:SNIFF_RECORDS]
    if not widths or widths[0] < 2:
        return None
    return sum(width == widths[0] for width in widths) / len(widths), widths[0]


def _csv_records(path: Path, encoding: str, delimiter: str) -> Records:
    with path.open(encoding=encoding, newline="") as stream:
        reader = csv.reader(stream, delimiter=delimiter)
        number = 0
        try:
            for number, record in enumerate(reader, start=1):
                yield number, record
        except csv.Error as error:
            raise TableError("%1: unreadable CSV at line %2: %3", path.name, reader.line_num, error) from None
        except UnicodeDecodeError:
            raise TableError("%1 changed while reading or is not %2 (after record %3)",
                             path.name, encoding, number) from None


# --------------------------------------------------------------------------- XLSX

def check_xlsx_container(path: Path) -> None:
    """Refuse files that are not zips, zip bombs and zips with absurd numbers of entries.

    zipfile stops at each member's declared size, so the declared sizes checked here bound
    what openpyxl can ever decompress.
    """
    members = _zip_members(path)
    if len(members) > MAX_XLSX_ENTRIES:
        raise TableError("%1 has too many parts (%2) to be a normal .xlsx file", path.name, len(members))
    total = sum(member.file_size for member in members)
    if total > MAX_XLSX_UNCOMPRESSED_BYTES:
        raise TableError("%1 would unpack to %2 MB, more than the %3 MB limit", path.name, total // (1024 * 1024),
                         MAX_XLSX_UNCOMPRESSED_BYTES // (1024 * 1024))
    for member in members:
        if _looks_like_bomb(member):
            raise TableError("%1 looks like a zip bomb (%2 is compressed more than %3:1); refusing to open it",
                             path.name, member.filename, MAX_XLSX_COMPRESSION_RATIO)
    if "[Content_Types].xml" not in {member.filename for member in members}:
        raise TableError("%1 is not an .xlsx file", path.name)


def _zip_members(path: Path) -> list[zipfile.ZipInfo]:
    _read_head(path, 0)   # a missing or unreadable file gets its own message
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise TableError("%1 is not an .xlsx file", path.name) from None


def _looks_like_bomb(member: zipfile.ZipInfo) -> bool:
    if member.file_size <= RATIO_CHECK_MIN_BYTES:
        return False
    return member.file_size > MAX_XLSX_COMPRESSION_RATIO * max(member.compress_size, 1)


def sheet_names(path: str | Path) -> list[str]:
    """Worksheet names of an .xlsx file, in workbook order."""
    path = Path(path)
    check_xlsx_container(path)
    with _open_workbook(path) as workbook:
        return [worksheet.title for worksheet in workbook.worksheets]


def _pick_worksheet(path: Path, workbook: Any, sheet: str | None) -> Any:
    names = [worksheet.title for worksheet in workbook.worksheets]
    if not names:
        raise TableError("%1 has no worksheets", path.name)
    if sheet is None:
        return workbook.worksheets[0]
    if sheet not in names:
        raise TableError("%1 has no sheet named %2 (sheets: %3)", path.name, repr(sheet), ', '.join(names))
    return workbook[sheet]


@contextmanager
def _open_workbook(path: Path) -> Iterator[Any]:
    """A read-only, values-only workbook; openpyxl's parse errors become TableError."""
    if not xml_attacks_defused():
        raise TableError("refusing to open .xlsx files: the defusedxml package is not "
                         "installed, so hostile XML could not be blocked")
    import openpyxl

    with path.open("rb") as stream:
        try:
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
        except Exception as error:
            raise _xlsx_error(path, error) from error
        try:
            yield workbook
        finally:
            workbook.close()


def _xlsx_records(path: Path, sheet: str | None) -> Records:
    check_xlsx_container(path)   # the file may have been replaced since read_table
    with _open_workbook(path) as workbook:
        yield from _worksheet_records(path, _pick_worksheet(path, workbook, sheet))


def _worksheet_records(path: Path, worksheet: Any) -> Records:
    # The <dimension> element may understate the sheet; without it openpyxl reads to the end.
    worksheet.reset_dimensions()
    try:
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            yield number, list(values)
    except TableError:
        raise
    except Exception as error:
        raise _xlsx_error(path, error) from error


def _xlsx_error(path: Path, error: Exception) -> TableError:
    reason = type(error).__name__ if not str(error) else f"{type(error).__name__}: {error}"
    return TableError("%1 is damaged or not a normal .xlsx file (%2)", path.name, reason[:200])

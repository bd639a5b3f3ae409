"""Quick export of a table view: what it shows (its visible columns in their on-screen order, its rows in the
view's sort and filter order) to .xlsx or .csv, with the safety rules of app.services.safe_export.

The view is read on the GUI thread (models are not thread-safe) into plain Python values; the file is written
by a background job with progress and Cancel (ExportRunner). A column may give typed values (numbers, dates,
the full text the view elides) through a TypedColumn; every other cell is the text the view displays.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QTableView, QWidget

from app.models.errors import UserError
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.views.export_runner import ExportRunner
from app.views.file_dialogs import ask_save_path
from app.views.i18n import fmt
from app.views.locale_format import number

PERCENT_FORMAT = "0.0%"
PLACEHOLDERS = ("", "—", "-")       # what a view shows for "no value": exported as shown
PROGRESS_EVERY = 500
SUFFIXES = (".xlsx", ".csv")

Reader = Callable[[QModelIndex], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ViewExport", text)


@dataclass(frozen=True)
class TypedColumn:
    """How one column gives its cells' values: read(index of the view's model) -> a number, a date or datetime,
    or the full text; None -> the displayed text. number_format: the .xlsx format of its numbers and dates."""
    read: Reader
    number_format: str | None = None


def role_value(role: int, number_format: str | None = None) -> TypedColumn:
    """The value the model gives in *role* (e.g. its sort role) — unless the view shows a placeholder there
    ("", "—"): a sort role answers 0 for "no value" so that it sorts, and that 0 is not a figure."""
    def read(index: QModelIndex) -> Any:
        if _shown(index) in PLACEHOLDERS:
            return None
        return index.data(role)
    return TypedColumn(read, number_format)


@dataclass
class ViewSnapshot:
    headers: list[str]
    rows: list[list[Any]]
    formats: dict[int, str] = field(default_factory=dict)    # exported column -> .xlsx number format


def visible_columns(view: QTableView) -> list[int]:
    """The model's columns the view shows, in the order the person sees them (moved, not hidden)."""
    header = view.horizontalHeader()
    logical = (header.logicalIndex(visual) for visual in range(header.count()))
    return [column for column in logical if column >= 0 and not header.isSectionHidden(column)]


def snapshot_view(view: QTableView, typed: Mapping[int, TypedColumn] | None = None) -> ViewSnapshot:
    """Read what *view* shows. *typed* is keyed by the model's (logical) column."""
    model = view.model()
    typed = typed or {}
    columns = visible_columns(view)
    headers = [_text(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
               for column in columns]
    readers = [typed.get(column) for column in columns]
    rows = []
    for row in range(model.rowCount()):
        cells = []
        for column, reader in zip(columns, readers):
            index = model.index(row, column)
            value = reader.read(index) if reader is not None else None
            cells.append(_shown(index) if value is None else _plain(value))
        rows.append(cells)
    formats = {position: reader.number_format for position, reader in enumerate(readers)
               if reader is not None and reader.number_format}
    return ViewSnapshot(headers, rows, formats)


def _shown(index: QModelIndex) -> str:
    return _text(index.data(Qt.ItemDataRole.DisplayRole))


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _plain(value: Any) -> Any:
    """A datetime with a zone becomes its wall-clock time (what the view shows; Excel has no zones)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


def write_snapshot(path: str | Path, snapshot: ViewSnapshot, *, sheet_title: str,
                   progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled) -> int:
    """Write the snapshot to a .xlsx or .csv file (by its suffix), all or nothing; returns the rows written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError("cannot export to %1: choose a .xlsx or .csv file", path.name)
    from app.services.safe_export import ExportError, Sheet, write_csv, write_xlsx_sheets   # openpyxl: slow

    rows = _counted(snapshot.rows, progress, cancelled)
    try:
        if suffix == ".csv":
            write_csv(path, snapshot.headers, rows)
        else:
            write_xlsx_sheets(path, [Sheet(sheet_title, snapshot.headers, rows, snapshot.formats)])
    except ExportError as exc:
        raise UserError("%1", exc) from exc
    return len(snapshot.rows)


def _counted(rows: Sequence[list[Any]], progress: Progress, cancelled: CancelCheck) -> Iterator[list[Any]]:
    total = len(rows)
    progress(0, total)
    for done, row in enumerate(rows, 1):
        if done % PROGRESS_EVERY == 0:
            check_cancel(cancelled)
            progress(done, total)
        yield row
    check_cancel(cancelled)
    progress(total, total)


# -- the GUI side ------------------------------------------------------------------------------

def ask_export_path(parent: QWidget, title: str, suggested: Path) -> str | None:
    """Where to write the view (None: cancelled); Excel or CSV."""
    return ask_save_path(parent, title, suggested, [(_tr("Excel workbook (*.xlsx)"), ".xlsx"),
                                                    (_tr("CSV file (*.csv)"), ".csv")])


def start_view_export(runner: ExportRunner, jobs, db, view: QTableView, path: str, *, sheet_title: str,
                      failed: Callable[[str, str], None], typed: Mapping[int, TypedColumn] | None = None):
    """Snapshot *view* now and write it to *path* in the background; the runner shows progress and Cancel and
    finishes with "Exported N rows to PATH."; failed(message, details) after a failure."""
    snapshot = snapshot_view(view, typed)

    def job(_db, progress, cancelled):
        return write_snapshot(path, snapshot, sheet_title=sheet_title, progress=progress, cancelled=cancelled)

    return runner.start(jobs, db, job, path, lambda count: fmt(_tr("Exported %1 rows to %2."), number(count), path),
                        failed)

"""Import members from a CSV or .xlsx file, step by step.

1. File: choose the file and (for CSV) its text encoding; the first rows are previewed.
2. Columns: say what each column holds (preselected from the headers).
3. Check: a dry run validates every row and shows what would happen.
4. Import: the real import, with progress and cancel (a cancelled import writes nothing).

Reading the file and both runs of the import service happen on the window's JobRunner,
never on the GUI thread: a file may have 100,000 rows.
"""
from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
                               QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard,
                               QWizardPage)

from app.models.database import Database
from app.models.errors import UserError
from app.services.fields import HEADER_SYNONYMS, map_headers
from app.services.member_import import IGNORE as IGNORE_COLUMN
from app.services.member_import import ImportOptions, ImportReport, Rejected, read_members_table
from app.services.tabular import ENCODINGS, XLSX_SUFFIXES, Row, Table, TableError
from app.views.i18n import error_text, fmt, text
from app.views.job_names import announced
from app.views.locale_format import number
from app.views.worker import Job, JobRunner, ProcessJob

IMPORT_TARGET = "app.services.member_import:import_members"

PREVIEW_ROWS = 20
SAMPLE_CHARS = 60
SHOWN_NOTES = 500
READ_DELAY_MS = 300           # typing a path: read the file once the typing pauses

KEEP = ":keep"                # mapping choice: an unrecognised column becomes a custom field
IGNORE = ":ignore"            # mapping choice: the column is not imported

ERROR_STYLE = "color: #c62828; font-weight: bold;"
translate = QCoreApplication.translate     # module-level strings: context "ImportWizard" (lupdate reads it)


def field_label(name: str) -> str:
    """The translated label of a canonical member field (the keys of HEADER_SYNONYMS)."""
    labels = {
        "display_name": translate("ImportWizard", "Name"),
        "nickname": translate("ImportWizard", "Nickname"),
        "phone": translate("ImportWizard", "Phone"),
        "wechat_id": translate("ImportWizard", "WeChat ID"),
        "email": translate("ImportWizard", "Email"),
        "join_date": translate("ImportWizard", "Join date"),
        "sub_communities": translate("ImportWizard", "Sub-communities"),
        "tags": translate("ImportWizard", "Tags"),
        "tier": translate("ImportWizard", "Tier"),
        "notes": translate("ImportWizard", "Notes"),
        "source_channel": translate("ImportWizard", "Source channel"),
        "status": translate("ImportWizard", "Status"),
        "roles": translate("ImportWizard", "Roles"),
        "platform": translate("ImportWizard", "Platform"),
        "handle": translate("ImportWizard", "Platform handle"),
    }
    return labels.get(name, name)


def cell_text(value: Any) -> str:
    """A cell as a person would read it (CSV cells are text; .xlsx cells may be numbers or dates)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def column_title(headers: list[str], index: int) -> str:
    return headers[index] or fmt(translate("ImportWizard", "(column %1)"), index + 1)


def _set_error(label: QLabel, text: str) -> None:
    label.setStyleSheet(ERROR_STYLE if text else "")
    label.setText(text)
    label.setVisible(bool(text))


# --------------------------------------------------------------------------- the wizard

class ImportWizard(QWizard):
    """Import members into *db*; jobs run on *jobs* (which clones the database per job)."""

    imported = Signal(object)   # the ImportReport, once an import has been written

    def __init__(self, db: Database, jobs: JobRunner, parent=None):
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Import members"))
        self.db = db
        self.jobs = jobs
        self.table: Table | None = None
        self.preview_rows: list[Row] = []
        self.report: ImportReport | None = None   # the written import's report
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            self.addPage(page)
        self.resize(820, 600)

    def options(self, *, dry_run: bool, skip_invalid: bool) -> ImportOptions:
        assert self.table is not None
        # Each column is kept or ignored by its own mapping value (None / IGNORE_COLUMN).
        return ImportOptions(encoding=self.table.encoding, mapping=self.mapping_page.mapping(),
                             keep_unknown=True, skip_invalid=skip_invalid, dry_run=dry_run)

    def reject(self) -> None:
        """Cancel (or Escape, or closing the window): a running import is cancelled first.

        The window stays open until the import has rolled back (or, if it was already
        committing, has finished), so the person sees what happened.
        """
        if self.run_page.running:
            self.run_page.cancel(close_when_done=True)
            return
        self.file_page.stop()
        self.check_page.stop()
        super().reject()


# --------------------------------------------------------------------------- 1. the file

class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file with a header row and one member per row."))
        self._generation = 0
        self._loading = False
        self._job: Job | None = None

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importFile")
        self.path_edit.setPlaceholderText(self.tr("Path of a .csv, .txt, .tsv or .xlsx file"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setObjectName("importBrowse")
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)

        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("importEncoding")
        self.encoding_combo.addItems(list(ENCODINGS))
        self.encoding_combo.setCurrentIndex(-1)
        self.encoding_combo.setToolTip(self.tr("The text encoding of a CSV file. It is detected; choose "
                                               "another one if the preview shows garbled text."))

        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Encoding:"), encoding_row)

        self.message = QLabel()
        self.message.setObjectName("importFileMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setMaximumSectionSize(280)
        self.preview.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.preview.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(READ_DELAY_MS)
        self._delay.timeout.connect(self.read_file)
        self.path_edit.textChanged.connect(self._path_edited)
        self.browse_button.clicked.connect(self.browse)
        self.encoding_combo.currentIndexChanged.connect(self._encoding_chosen)
        self._show_table(None, [], "")

    # -- choosing -----------------------------------------------------------------------
    def path(self) -> Path | None:
        text = self.path_edit.text().strip().strip('"').strip("'").strip()
        return Path(text).expanduser() if text else None

    def browse(self) -> None:
        current = self.path()
        start = str(current.parent if current else self.wiz.db.path.parent)
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the member file"), start,
                                                self.tr("Tables (*.csv *.txt *.tsv *.xlsx)"))
        if chosen:
            self.path_edit.setText(chosen)
            self._delay.stop()
            self.read_file()

    def _path_edited(self) -> None:
        self._generation += 1          # whatever is being read is no longer wanted
        self.wiz.table = None
        self._loading = self.path() is not None
        self.completeChanged.emit()
        self._delay.start()

    def _encoding_chosen(self, index: int) -> None:
        if index >= 0:
            self.read_file(self.encoding_combo.itemText(index))

    # -- reading (on the job runner) ----------------------------------------------------
    def read_file(self, encoding: str | None = None) -> None:
        """Read the chosen file's headers and first rows; *encoding* None = detect it."""
        self._delay.stop()
        self._generation += 1
        self.wiz.table = None
        path = self.path()
        if path is None:
            self._loading = False
            self._show_table(None, [], "")
            self.completeChanged.emit()
            return
        self._loading = True
        self.encoding_combo.setEnabled(path.suffix.lower() not in XLSX_SUFFIXES)
        self.message.setStyleSheet("")
        self.message.setText(fmt(self.tr("Reading %1…"), path.name))
        self.message.show()
        self.completeChanged.emit()
        generation = self._generation
        self._job = self.wiz.jobs.start(self.wiz.db, lambda db, progress, cancelled: _read(generation, path, encoding),
                                        on_done=self._file_read, on_failed=self._read_failed)

    def _file_read(self, result: tuple[int, Table | None, list[Row], str]) -> None:
        generation, table, rows, error = result
        if generation != self._generation:
            return                     # the person has chosen something else meanwhile
        self._loading = False
        self._job = None
        self._show_table(table, rows, error)
        self.completeChanged.emit()

    def _read_failed(self, message: str, details: str) -> None:
        self._loading = False
        self._job = None
        self._show_table(None, [], "\n\n".join(part for part in (message, details) if part))
        self.completeChanged.emit()

    def stop(self) -> None:
        self._delay.stop()
        self._generation += 1
        if self._job is not None:
            self._job.cancel()

    # -- showing ------------------------------------------------------------------------
    def _show_table(self, table: Table | None, rows: list[Row], error: str) -> None:
        self.wiz.table = table
        self.wiz.preview_rows = rows
        if error:
            _set_error(self.message, error)
        elif table is None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Choose a file to see its first rows."))
            self.message.show()
        else:
            self.message.setStyleSheet("")
            self.message.setText(fmt(self.tr("%1 columns; the first %2 rows are shown. "
                                             "Row numbers are the file's own."), len(table.headers), len(rows)))
            self.message.show()
        if table is not None:
            with QSignalBlocker(self.encoding_combo):
                if table.kind == "xlsx":
                    self.encoding_combo.setCurrentIndex(-1)
                else:
                    if self.encoding_combo.findText(table.encoding or "") < 0:
                        self.encoding_combo.addItem(table.encoding or "")   # e.g. utf-16-le
                    self.encoding_combo.setCurrentText(table.encoding or "")
            self.encoding_combo.setEnabled(table.kind != "xlsx")
        headers = table.headers if table else []
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([column_title(headers, i) for i in range(len(headers))])
        self.preview.setVerticalHeaderLabels([str(row.number) for row in rows])
        for r, row in enumerate(rows):
            for c, value in enumerate(row.values):
                self.preview.setItem(r, c, QTableWidgetItem(cell_text(value)))
        self.preview.resizeColumnsToContents()

    def isComplete(self) -> bool:
        return self.wiz.table is not None and not self._loading


def _read(generation: int, path: Path, encoding: str | None) -> tuple[int, Table | None, list[Row], str]:
    """Open the table and read its first rows (runs on a worker thread)."""
    try:
        table = read_members_table(path, encoding)
        return generation, table, table.preview(PREVIEW_ROWS), ""
    except (UserError, TableError) as exc:
        return generation, None, [], error_text(exc)
    except OSError as exc:
        return generation, None, [], f"{path.name}: {exc.strerror or exc}"


# --------------------------------------------------------------------------- 2. the columns

class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Choose what each column holds. Columns that are not member fields can be "
                                 "kept as custom fields or ignored."))
        self.combos: list[QComboBox] = []
        self._built_for: tuple | None = None
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("importMapping")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Sample value"),
                                              self.tr("Import as")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # the combos take the focus, not the cells
        self.message = QLabel()
        self.message.setObjectName("importMappingMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        table = self.wiz.table
        assert table is not None
        key = (str(table.path), table.encoding, tuple(table.headers))
        if key == self._built_for:
            return                     # back and forth over the same file keeps the choices
        self._built_for = key
        headers = table.headers
        preselected = map_headers(headers)
        self.table.setRowCount(len(headers))
        self.combos = []
        for index in range(len(headers)):
            title = QTableWidgetItem(column_title(headers, index))
            if not headers[index]:
                title.setForeground(self.palette().placeholderText())
            self.table.setItem(index, 0, title)
            sample = self._sample(index)
            item = QTableWidgetItem(sample if len(sample) <= SAMPLE_CHARS else sample[:SAMPLE_CHARS - 1] + "…")
            item.setToolTip(sample)
            self.table.setItem(index, 1, item)
            combo = QComboBox()
            combo.setObjectName(f"mapColumn{index}")
            for name in HEADER_SYNONYMS:
                combo.addItem(field_label(name), name)
            combo.insertSeparator(combo.count())
            combo.addItem(self.tr("Keep as custom field"), KEEP)
            combo.addItem(self.tr("Ignore"), IGNORE)
            field = preselected.get(index)
            # A column without a header cannot become a custom field (it has no name).
            combo.setCurrentIndex(combo.findData(field or (KEEP if headers[index] else IGNORE)))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.table.resizeRowsToContents()
        self._changed()

    def _sample(self, index: int) -> str:
        for row in self.wiz.preview_rows:
            text = cell_text(row.values[index])
            if text:
                return text
        return ""

    def choice(self, index: int) -> str:
        return self.combos[index].currentData()

    def mapping(self) -> dict[int, str | None]:
        """The service's mapping: a field, None (keep as a custom field) or IGNORE_COLUMN, per column."""
        service = {KEEP: None, IGNORE: IGNORE_COLUMN}
        return {i: service.get(self.choice(i), self.choice(i)) for i in range(len(self.combos))}

    def ignored_columns(self) -> list[str]:
        """The named columns chosen to be ignored (for the check's and the import's notes)."""
        assert self.wiz.table is not None
        headers = self.wiz.table.headers
        return [headers[i] for i in range(len(self.combos)) if self.choice(i) == IGNORE and headers[i]]

    def problem(self) -> str:
        """Why the mapping cannot be used ('' when it can)."""
        assert self.wiz.table is not None
        headers = self.wiz.table.headers
        columns: dict[str, list[int]] = {}
        for index in range(len(self.combos)):
            columns.setdefault(self.choice(index), []).append(index)
        for name in HEADER_SYNONYMS:
            if len(columns.get(name, [])) > 1:
                return fmt(self.tr("%1 is chosen for more than one column (%2). Choose it for one column only."),
                           field_label(name), "、".join(column_title(headers, i) for i in columns[name]))
        if not columns.get("display_name") and not columns.get("nickname"):
            return fmt(self.tr("Choose the column that holds each member's %1 or %2."),
                       field_label("display_name"), field_label("nickname"))
        return ""

    def _changed(self) -> None:
        _set_error(self.message, self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problem()


# --------------------------------------------------------------------------- 3. the check

class ProblemsModel(QAbstractTableModel):
    """Invalid rows: the spreadsheet row number and the reason."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Rejected] = []

    def set_rows(self, rows: list[Rejected]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rejected = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return rejected.row if index.column() == 0 else text(rejected.reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ImportWizard", "Row") if section == 0 else translate("ImportWizard", "Reason")
        return None


def summary_text(report: ImportReport) -> str:
    if report.dry_run:
        text = translate("ImportWizard", "%1 rows checked: %2 new members, %3 merged into existing members, "
                          "%4 duplicate rows merged, %5 invalid rows.")
    else:
        text = translate("ImportWizard", "%1 rows read: %2 new members, %3 merged into existing members, "
                          "%4 duplicate rows merged, %5 invalid rows skipped.")
    return fmt(text, number(report.rows), number(report.created), number(report.merged_into_existing),
               number(report.merged_in_file), number(len(report.rejected)))


def notes_text(report: ImportReport, ignored: Sequence[str] = ()) -> str:
    """The report's notes, then which columns became custom fields and which (*ignored*) were dropped."""
    lines = [text(note) for note in report.notes[:SHOWN_NOTES]]
    if len(report.notes) > SHOWN_NOTES:
        lines.append(fmt(translate("ImportWizard", "… and %1 more notes"), number(len(report.notes) - SHOWN_NOTES)))
    if report.unknown_columns:
        fate = (translate("ImportWizard", "Kept as custom fields: %1") if report.unknown_kept
                else translate("ImportWizard", "Ignored columns: %1"))
        lines.append(fmt(fate, "、".join(report.unknown_columns)))
    if ignored:
        lines.append(fmt(translate("ImportWizard", "Ignored columns: %1"), "、".join(ignored)))
    return "\n".join(lines)


class CheckPage(QWizardPage):
    checked = Signal(object)     # the dry run's report

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setObjectName("importCheckPage")
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Every row is checked before anything is written."))
        self.setCommitPage(True)
        self.report: ImportReport | None = None
        self._job: ProcessJob | None = None
        self._run = 0                  # which check the latest result must belong to
        self._ignored: list[str] = []  # the checked mapping's ignored columns

        self.progress = QProgressBar()
        self.progress.setObjectName("importCheckProgress")
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setObjectName("importCheckStatus")
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_model = ProblemsModel(self)
        self.problems = QTableView()
        self.problems.setObjectName("importProblems")
        self.problems.setModel(self.problems_model)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_label = QLabel(self.tr("Invalid rows:"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("importNotes")
        self.notes.setReadOnly(True)
        self.notes_label = QLabel(self.tr("Merges and notes:"))
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and write the invalid ones to a rejects file"))
        self.skip_invalid.setObjectName("importSkipInvalid")
        self.blocked = QLabel()
        self.blocked.setObjectName("importBlocked")
        self.blocked.setWordWrap(True)

        layout = QVBoxLayout(self)
        self.checking = QWidget()      # shown while the check runs
        top = QHBoxLayout(self.checking)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.status)
        top.addWidget(self.progress, 1)
        layout.addWidget(self.checking)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.blocked)
        self.skip_invalid.toggled.connect(self._update_state)

    def initializePage(self) -> None:
        self.stop()
        self.report = None
        self.problems_model.set_rows([])
        self.notes.clear()
        _set_error(self.summary, "")
        self.progress.setRange(0, 0)
        self.checking.show()
        self.status.setText(self.tr("Checking the rows…"))
        self._update_state()
        table = self.wiz.table
        assert table is not None
        # skip_invalid in the dry run, so the counts say what the valid rows would do.
        options = self.wiz.options(dry_run=True, skip_invalid=True)
        self._ignored = self.wiz.mapping_page.ignored_columns()
        path = table.path
        self._run += 1
        run = self._run
        # A large file keeps the CPU busy for seconds: a child process keeps the window responsive.
        self._job = self.wiz.jobs.start_process(
            self.wiz.db, IMPORT_TARGET, {"path": path, "options": options},
            on_done=lambda report, run=run: self._checked((run, report)), on_failed=self._failed,
            on_progress=self._progressed)

    def cleanupPage(self) -> None:     # Back: the check is no longer wanted
        self.stop()

    def stop(self) -> None:
        self._run += 1
        if self._job is not None:
            job, self._job = self._job, None
            job.cancel()
            for signal in (job.signals.finished, job.signals.failed, job.signals.progress):
                signal.disconnect()

    def _progressed(self, done: int, total: int) -> None:
        if self._job is not None:
            self.status.setText(fmt(self.tr("Checking the rows… %1 read"), number(done)))

    def _checked(self, result: tuple[int, ImportReport]) -> None:
        run, report = result
        if run != self._run:
            return                     # a check the person went back from
        self._job = None
        self.report = report
        self.checking.hide()
        self.summary.setStyleSheet("")
        self.summary.setText(summary_text(report) if report.rows else self.tr("The file has no member rows."))
        self.summary.show()
        self.problems_model.set_rows(report.rejected)
        self.notes.setPlainText(notes_text(report, self._ignored))
        self._update_state()
        self.checked.emit(report)

    def _failed(self, message: str, details: str) -> None:
        if self._job is None:
            return                     # a check the person went back from
        self._job = None
        self.checking.hide()
        _set_error(self.summary, "\n\n".join(part for part in (message, details) if part))
        self._update_state()

    def _update_state(self) -> None:
        invalid = bool(self.report and self.report.rejected)
        self.skip_invalid.setVisible(invalid)
        self.problems_label.setVisible(invalid)
        self.problems.setVisible(invalid)
        if invalid and not self.skip_invalid.isChecked():
            _set_error(self.blocked, fmt(self.tr("%1 rows are invalid, so nothing would be written. Fix them in "
                                                 "the file, or tick the box above to import the valid rows."),
                                         number(len(self.report.rejected))))
        else:
            _set_error(self.blocked, "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.report
        return (report is not None and report.rows > 0
                and (not report.rejected or self.skip_invalid.isChecked()))


# --------------------------------------------------------------------------- 4. the import

class RunPage(QWizardPage):
    rows_read = Signal(int, int)   # the running import's progress, relayed on the GUI thread
    ended = Signal(str)            # "done", "cancelled" or "failed"

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setObjectName("importRunPage")
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The members are written in one step: a cancelled import changes nothing."))
        self.job: ProcessJob | None = None
        self.state = ""                # "", "running", "done", "cancelled", "failed"
        self._close_when_done = False
        self._ignored: list[str] = []  # the imported mapping's ignored columns

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("importCancel")
        self.status = QLabel()
        self.status.setObjectName("importRunStatus")
        self.status.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejects = QLabel()
        self.rejects.setObjectName("importRejects")
        self.rejects.setWordWrap(True)
        self.rejects.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("importRunNotes")
        self.notes.setReadOnly(True)

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.result)
        layout.addWidget(self.rejects)
        layout.addWidget(self.notes, 1)
        self.cancel_button.clicked.connect(self._cancel_clicked)

    @property
    def running(self) -> bool:
        return self.state == "running"

    def initializePage(self) -> None:
        table = self.wiz.table
        assert table is not None
        options = self.wiz.options(dry_run=False, skip_invalid=self.wiz.check_page.skip_invalid.isChecked())
        self._ignored = self.wiz.mapping_page.ignored_columns()
        path = table.path
        self.state = "running"
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Importing…"))
        for label in (self.result, self.rejects):
            label.clear()
            label.hide()
        self.notes.hide()
        self.completeChanged.emit()
        self.job = self.wiz.jobs.start_process(self.wiz.db, IMPORT_TARGET, {"path": path, "options": options},
                                               on_done=self._imported, on_failed=self._failed,
                                               on_progress=self._progressed, on_cancelled=self._cancelled,
                                               on_ended=announced(self.wiz.db, "importing members", self._job_ended))

    def _cancel_clicked(self) -> None:
        self.cancel()

    def cancel(self, *, close_when_done: bool = False) -> None:
        self._close_when_done = self._close_when_done or close_when_done
        if self.running and self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        if not self.running:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)       # total unknown: a busy indicator
        if self.cancel_button.isEnabled():
            self.status.setText(fmt(self.tr("Importing… %1 rows read"), number(done)))
        self.rows_read.emit(done, total)

    def _imported(self, report: ImportReport) -> None:
        self.state = "done"
        self.wiz.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("The import is complete."))
        self.result.setText(summary_text(report))
        self.result.show()
        if report.rejects_file:
            self.rejects.setText(fmt(self.tr("The invalid rows were written to %1"), report.rejects_file))
            self.rejects.show()
        notes = notes_text(report, self._ignored)
        self.notes.setPlainText(notes)
        self.notes.setVisible(bool(notes))
        if report.written:
            self.wiz.imported.emit(report)

    def _cancelled(self) -> None:
        self.state = "cancelled"
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        _set_error(self.status, self.tr("Cancelled — nothing was written."))

    def _failed(self, message: str, details: str) -> None:
        self.state = "failed"
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        _set_error(self.status, fmt(self.tr("The import failed: %1"), message))
        if details:                    # a bug: show everything, never swallow it
            self.notes.setPlainText(details)
            self.notes.show()

    def _job_ended(self) -> None:
        self.job = None
        self.cancel_button.setEnabled(False)
        self.cancel_button.hide()
        self.completeChanged.emit()
        self.ended.emit(self.state)
        if self._close_when_done:
            self.wiz.done(QWizard.DialogCode.Accepted if self.state == "done" else QWizard.DialogCode.Rejected)

    def isComplete(self) -> bool:
        return self.state in ("done", "cancelled", "failed")

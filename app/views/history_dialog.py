"""View ▸ History…: the changes log filtered by record type, record, person, dates and text, read a page
at a time off the GUI thread; the selected change in detail (before / after / now per field) and
Restore, which writes its earlier values back as a new change."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMenu, QMessageBox, QSplitter, QTableView,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.models.database import Database
from app.models.errors import ConflictError
from app.services import history
from app.services.fields import FieldError, parse_date
from app.services.history import Change, Current, FieldChange
from app.services.metrics import local_zone, utc_bounds
from app.views import history_labels as hl
from app.views.dialog_parts import ERROR_STYLE, button_row, push_button, report_job_failure
from app.views.i18n import fmt
from app.views.member_table_model import local_time
from app.views.worker import JobRunner

NEAR_END = 20                   # rows from the end at which the next page is read
TYPING_PAUSE_MS = 350           # the record and text filters apply when typing pauses


@dataclass(frozen=True)
class Filters:
    table: str | None = None
    record: str = ""             # an id or a name (history.find_records)
    operator: str | None = None
    since: str | None = None     # UTC text bounds
    until: str | None = None
    text: str = ""


@dataclass
class Row:
    change: Change
    fields: list[FieldChange]
    when: str
    record: str
    action: str
    summary: str


@dataclass(frozen=True)
class PageResult:
    changes: list[Change]
    records: list[tuple[str, int]] | None
    labels: dict[tuple[str, int], str]
    names: dict[str, dict[Any, str]]


def read_page(db: Database, filters: Filters, records: list[tuple[str, int]] | None, after_id: int | None,
              limit: int) -> PageResult:
    """One page and the names it shows, in a few queries (runs on a worker)."""
    if filters.record and records is None:
        records = history.find_records(db, filters.record, filters.table)
    changes = history.query(db, table=filters.table, records=records, operator=filters.operator,
                            since=filters.since, until=filters.until, text=filters.text or None,
                            after_id=after_id, limit=limit)
    return PageResult(changes, records, history.record_labels(db, changes), history.reference_names(db, changes))


class HistoryModel(QAbstractTableModel):
    """The changes matching the filters, newest first, read a page at a time as the view scrolls."""
    page_loaded = Signal()
    failed = Signal(str, str)

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None, page_size: int = history.PAGE_SIZE):
        super().__init__(parent)
        self.jobs = jobs
        self.page_size = page_size
        self.db: Database | None = None
        self.filters = Filters()
        self.rows: list[Row] = []
        self.loading = False
        self.exhausted = True
        self._records: list[tuple[str, int]] | None = None
        self._generation = 0

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("Record"), self.tr("Action"), self.tr("What changed")]

    # -- loading ------------------------------------------------------------------------------
    def load(self, db: Database | None, filters: Filters) -> None:
        """Start again from the newest change that matches *filters*."""
        self.beginResetModel()
        self.db, self.filters = db, filters
        self.rows, self._records = [], None
        self._generation += 1
        self.loading, self.exhausted = False, db is None
        self.endResetModel()
        self._fetch()

    def is_idle(self) -> bool:
        return not self.loading

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self.exhausted and not self.loading

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        if self.db is None or self.exhausted or self.loading:
            return
        self.loading = True
        generation, filters, records = self._generation, self.filters, self._records
        after = self.rows[-1].change.id if self.rows else None
        size = self.page_size
        self.jobs.start(self.db, lambda db, _progress, _cancelled: read_page(db, filters, records, after, size),
                        on_done=lambda page: self._page(generation, page),
                        on_failed=lambda message, details: self._failed(generation, message, details))

    def detach(self) -> None:
        """The window is closing (and will be deleted): pages still being read are dropped when they arrive."""
        self._generation += 1

    def _page(self, generation: int, page: PageResult) -> None:
        if generation != self._generation:      # the filters changed meanwhile, or the window closed
            return
        self.loading = False
        self._records = page.records
        self.exhausted = len(page.changes) < self.page_size
        if page.changes:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.changes) - 1)
            self.rows += [self._row(change, page) for change in page.changes]
            self.endInsertRows()
        self.page_loaded.emit()

    def _failed(self, generation: int, message: str, details: str) -> None:
        if generation == self._generation:
            self.loading, self.exhausted = False, True
            self.failed.emit(message, details)

    @staticmethod
    def _row(change: Change, page: PageResult) -> Row:
        fields = history.describe(change, page.names)
        return Row(change, fields, local_time(change.at), hl.record_text(change, page.labels.get(
            (change.table, change.row_id), "")), hl.action_label(change), hl.summary(change, fields))

    # -- the table ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (row.when, row.change.operator, row.record, row.action, row.summary)
            return values[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.change.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class HistoryDialog(QDialog):
    """The History window (non-modal): filters, the paged list, the selected change and Restore."""
    restored = Signal(int)   # the id of the new change, after an old value was written back

    def __init__(self, db: Database, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1100, 720)
        self.db, self.jobs = db, jobs
        self.closed = False                     # jobs that end after closing find nothing to update
        self.current_row: Row | None = None
        self.current: Current | None = None     # the selected change's record as it is now
        self.details_loading = False
        self.typing_timer = QTimer(self)
        self.typing_timer.setSingleShot(True)
        self.typing_timer.setInterval(TYPING_PAUSE_MS)
        self.typing_timer.timeout.connect(self.reload)
        self.model = HistoryModel(jobs, self)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.failed.connect(self._job_failed)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._list())
        splitter.addWidget(self._details())
        splitter.setSizes([460, 260])
        layout.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        layout.addWidget(self.status)
        self._fill_choices()
        self.reload()

    # -- construction -------------------------------------------------------------------------
    def _filters(self) -> QHBoxLayout:
        self.table_combo = QComboBox()
        self.table_combo.setObjectName("historyTable")
        self.record_edit = QLineEdit()
        self.record_edit.setObjectName("historyRecord")
        self.record_edit.setPlaceholderText(self.tr("id or name"))
        self.record_edit.setClearButtonEnabled(True)
        self.operator_combo = QComboBox()
        self.operator_combo.setObjectName("historyOperator")
        self.from_edit, self.to_edit = self._date_edit("historyFrom"), self._date_edit("historyTo")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("historySearch")
        self.search_edit.setPlaceholderText(self.tr("text in the values"))
        self.search_edit.setClearButtonEnabled(True)
        self.refresh_button = push_button("historyRefresh", self.tr("Refresh"), self.reload)
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.table_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.operator_combo.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.record_edit, self.search_edit, self.from_edit, self.to_edit):
            edit.textChanged.connect(lambda _t: self.typing_timer.start())
            edit.returnPressed.connect(self.reload)
        row = QHBoxLayout()
        for text, widget in ((self.tr("Record type"), self.table_combo), (self.tr("Record"), self.record_edit),
                             (self.tr("Person"), self.operator_combo), (self.tr("From"), self.from_edit),
                             (self.tr("To"), self.to_edit), (self.tr("Search"), self.search_edit)):
            form = QFormLayout()
            form.addRow(text, widget)
            row.addLayout(form)
        row.addWidget(self.refresh_button)
        return row

    def _date_edit(self, name: str) -> QLineEdit:
        """A day typed as people write it (2025-03-05, 2025/3/5, 2025年3月5日); empty: no bound."""
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(self.tr("any day"))
        edit.setClearButtonEnabled(True)
        edit.setMaximumWidth(130)
        return edit

    def _list(self) -> QTableView:
        self.view = QTableView()
        self.view.setObjectName("historyTableView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 90), (2, 220), (3, 110)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._selected(current))
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
        return self.view

    def _details(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.details_title = QLabel()
        self.details_title.setObjectName("historyDetailsTitle")
        self.details_title.setWordWrap(True)
        layout.addWidget(self.details_title)
        self.details = QTableWidget(0, 4)
        self.details.setObjectName("historyDetails")
        self.details.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After"), self.tr("Now")])
        self.details.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.details.verticalHeader().setVisible(False)
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.details.setWordWrap(True)
        self.details.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.details.customContextMenuRequested.connect(self._details_menu)
        layout.addWidget(self.details)
        self.restore_button = push_button("historyRestore", self.tr("Restore old value…"),
                                          lambda: self.ask_restore(None))
        self.restore_button.setToolTip(self.tr("Put back every value this change replaced, as a new change "
                                               "(right-click a field to put back that one only)"))
        self.restore_button.setEnabled(False)
        layout.addLayout(button_row(self.restore_button))
        return box

    def _fill_choices(self) -> None:
        """Record types and people that occur in the log (read in a few index seeks)."""
        for combo in (self.table_combo, self.operator_combo):
            combo.blockSignals(True)
            combo.clear()
        self.table_combo.addItem(self.tr("All"), None)
        types = sorted(history.tables(self.db), key=lambda t: (t not in hl.TABLE_LABELS, hl.table_label(t)))
        for table in types:
            self.table_combo.addItem(hl.table_label(table), table)
        self.operator_combo.addItem(self.tr("Everyone"), None)
        for name in history.operators(self.db):
            self.operator_combo.addItem(name, name)
        for combo in (self.table_combo, self.operator_combo):
            combo.blockSignals(False)

    # -- filtering and paging -----------------------------------------------------------------
    def filters(self) -> Filters | None:
        """What the filter row asks for (None while a typed day cannot be read)."""
        start, end = self._day(self.from_edit), self._day(self.to_edit)
        if start is False or end is False:
            return None
        zone = local_zone()
        since = utc_bounds(start, start, zone)[0] if start else None
        until = utc_bounds(end, end, zone)[1] if end else None
        return Filters(self.table_combo.currentData(), self.record_edit.text().strip(),
                       self.operator_combo.currentData(), since, until, self.search_edit.text().strip())

    @staticmethod
    def _day(edit: QLineEdit) -> date | None | bool:
        """The day typed, None for none, False when it cannot be read (the field turns red)."""
        text = edit.text().strip()
        try:
            day = parse_date(text) if text else None
        except FieldError:
            edit.setStyleSheet(f"QLineEdit {{ {ERROR_STYLE} }}")
            return False
        edit.setStyleSheet("")
        return day

    def file_open(self) -> bool:
        """False once the window has closed the file or this dialog (a job's result may still arrive after that)."""
        if self.closed:
            return False
        try:
            self.db.conn.total_changes
        except sqlite3.ProgrammingError:
            return False
        return True

    def reload(self) -> None:
        """Read the list again from the newest change (the filters changed, or the file did)."""
        self.typing_timer.stop()
        if not self.file_open():
            self.close()
            return
        self._show_details(None)
        filters = self.filters()
        if filters is None:
            self.status.setText(self.tr("Type a day like 2025-03-05, 2025/3/5 or 2025年3月5日."))
            return
        self.status.setText(self.tr("Reading the history…"))
        self.model.load(self.db, filters)

    def is_idle(self) -> bool:
        return self.model.is_idle() and not self.typing_timer.isActive() and not self.details_loading

    def teammate_changed(self, _operator: str = "") -> None:
        """A teammate committed: show their changes at once if the person is at the top with nothing
        selected; otherwise keep their place and say so."""
        if self.view.verticalScrollBar().value() == 0 and self.current_row is None:
            self.reload()
        else:
            self.status.setText(self.tr("Teammates made new changes; press Refresh to see them."))

    def _scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        row_height = max(self.view.verticalHeader().defaultSectionSize(), 1)
        if bar.maximum() - value <= NEAR_END * row_height and self.model.canFetchMore():
            self.model.fetchMore()

    def _page_loaded(self) -> None:
        count = self.model.rowCount()
        more = "" if self.model.exhausted else self.tr(" (scroll for more)")
        self.status.setText(fmt(self.tr("%1 changes shown%2"), count, more) if count
                            else self.tr("No change matches these filters."))
        # A page that does not fill the window (a filter matching few rows among many): read on.
        if (self.isVisible() and self.view.verticalHeader().length() < self.view.viewport().height()
                and self.model.canFetchMore()):
            self.model.fetchMore()

    def _job_failed(self, message: str, details: str) -> None:
        self.status.setText(message)
        report_job_failure(self, self.tr("History"), message, details)

    # -- the selected change ------------------------------------------------------------------
    def _selected(self, index: QModelIndex) -> None:
        self._show_details(self.model.rows[index.row()] if index.isValid() else None)

    def select_change(self, change_id: int) -> bool:
        """Select the listed change *change_id* (True if it is listed)."""
        for number, row in enumerate(self.model.rows):
            if row.change.id == change_id:
                self.view.selectRow(number)
                return True
        return False

    def _show_details(self, row: Row | None) -> None:
        self.current_row, self.current = row, None
        self.restore_button.setEnabled(False)
        self.details.setRowCount(0)
        if row is None:
            self.details_title.setText(self.tr("Select a change to see it in full."))
            return
        self.details_title.setText(f"{row.when} · {row.change.operator} · {row.record} · {row.action}")
        if not self.file_open():
            return
        self.details_loading = True
        self._fill_details(row, None)
        change = row.change
        self.jobs.start(self.db, lambda db, _p, _c: history.current_values(db, change),
                        on_done=lambda current: self._current_loaded(row, current),
                        on_failed=self._details_failed)

    def done(self, result: int) -> None:
        self.closed = True
        self.current_row = None
        self.model.detach()
        super().done(result)

    def _details_failed(self, message: str, details: str) -> None:
        self.details_loading = False
        if not self.closed:
            self._job_failed(message, details)

    def _current_loaded(self, row: Row, current: Current | None) -> None:
        self.details_loading = False
        if row is not self.current_row:
            return
        self.current = current
        self._fill_details(row, current)
        self.restore_button.setEnabled(bool(self.restorable_fields()))

    def _fill_details(self, row: Row, current: Current | None) -> None:
        change = row.change
        self.details.setRowCount(len(row.fields))
        for number, field in enumerate(row.fields):
            name, before, after = hl.field_texts(change, field)
            now = ""
            if current is not None and field.field in current.values:
                value = current.values[field.field]
                now = hl.value_text(change.table, field.field, value, history.text(value, field.field))
            elif current is None and not self.details_loading:
                now = self.tr("(gone)")
            for column, text in enumerate((name, before if field.had_before else "", after, now)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, field.field)
                self.details.setItem(number, column, item)
        self.details.resizeRowsToContents()

    def restorable_fields(self) -> list[str]:
        """The fields of the selected change that can be put back now (the record exists, not deleted)."""
        row, current = self.current_row, self.current
        if row is None or current is None or self.db.read_only:
            return []
        fields = [f.field for f in row.fields if f.restorable]
        if current.deleted:
            fields = [f for f in fields if f == "deleted_at"]
        return fields

    def field_menu(self, number: int) -> QMenu | None:
        """The context menu of one field in the details: restore that value only."""
        if self.current_row is None or not 0 <= number < len(self.current_row.fields):
            return None
        field = self.current_row.fields[number].field
        menu = QMenu(self)
        menu.setObjectName("historyFieldMenu")
        action = QAction(self.tr("Restore this value…"), menu)
        action.setObjectName("historyRestoreField")
        action.setEnabled(field in self.restorable_fields())
        action.triggered.connect(lambda _checked=False: self.ask_restore(field))
        menu.addAction(action)
        return menu

    def _details_menu(self, position: QPoint) -> None:
        item = self.details.itemAt(position)
        menu = self.field_menu(item.row()) if item is not None else None
        if menu is not None:
            menu.popup(self.details.viewport().mapToGlobal(position))

    # -- restoring ----------------------------------------------------------------------------
    def ask_restore(self, field: str | None) -> QMessageBox | None:
        """Ask before restoring *field* (None: every field the change replaced). Returns the box (window-modal)."""
        row, current = self.current_row, self.current
        fields = self.restorable_fields()
        if row is None or not fields or (field is not None and field not in fields):
            return None
        chosen_fields = [f for f in row.fields if f.field == field] if field else \
            [f for f in row.fields if f.field in fields and f.had_before]
        lines = []
        for one in chosen_fields:
            name, before, _after = hl.field_texts(row.change, one)
            lines.append(f"{name}: {before}")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore old value"),
                          fmt(self.tr("Put back the value before this change on %1?\n\n%2"), row.record,
                              "\n".join(lines)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("historyRestoreConfirm")
        box.setInformativeText(self.tr("The restore is saved as a new change; the change shown stays in the "
                                       "history."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))

        def chosen(button) -> None:
            box.deleteLater()
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.restore(row.change.id, field, current)

        box.buttonClicked.connect(chosen)
        box.open()
        return box

    def restore(self, change_id: int, field: str | None, seen: Current | None) -> None:
        """Write the earlier value(s) back on a worker, onto the record as *seen* (a newer one is a conflict)."""
        version = seen.version if seen else None
        settings = seen.values if seen is not None and seen.version is None else None

        def job(db: Database, _progress, _cancelled):
            try:
                return history.restore(db, change_id, field, expected_version=version, seen_settings=settings)
            except ConflictError as exc:      # SettingsConflict too
                return exc
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        self.jobs.start(self.db, job, on_done=self._restored, on_failed=self._restore_failed)

    def _restore_failed(self, message: str, details: str) -> None:
        if self.closed:
            report_job_failure(self.parent(), self.tr("Restore old value"), message, details)
            return
        self.status.setText(message)
        report_job_failure(self, self.tr("Restore old value"), message, details)
        self.restore_button.setEnabled(bool(self.restorable_fields()))

    def _restored(self, result: int | ConflictError) -> None:
        if not self.file_open():
            return
        if isinstance(result, ConflictError):
            who = result.current.get("updated_by") or self.tr("someone")
            when = local_time(result.current.get("updated_at"))
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed by someone else"),
                              fmt(self.tr("%1 changed this record at %2, after you looked at it. Nothing was "
                                          "restored; look at its values now and restore again if you still "
                                          "want to."), who, when), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("historyConflict")
            box.finished.connect(box.deleteLater)
            box.open()
            self.status.setText(self.tr("Nothing restored: the record changed meanwhile."))
            if self.current_row is not None:
                self._show_details(self.current_row)
            return
        self.status.setText(self.tr("Restored as a new change."))
        self.restored.emit(result)
        self._fill_choices_keeping()
        self.reload()

    def _fill_choices_keeping(self) -> None:
        """Fill the record-type and person choices again (the restore may add one), keeping what is chosen."""
        table, operator = self.table_combo.currentData(), self.operator_combo.currentData()
        self._fill_choices()
        for combo, value in ((self.table_combo, table), (self.operator_combo, operator)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)


def show_history(window) -> HistoryDialog | None:
    """View ▸ History…: the window's History dialog (one at a time), shown and raised; None with no file open.
    A restore refreshes the window's tabs; opening another file closes the dialog."""
    if window.db is None:
        return None
    dialog = window.findChild(HistoryDialog, "historyDialog")
    if dialog is not None and dialog.isVisible() and dialog.db is window.db:
        dialog.raise_()
        dialog.activateWindow()
        return dialog
    if dialog is not None:
        dialog.close()
    dialog = HistoryDialog(window.db, window.jobs, window)
    dialog.restored.connect(lambda _change_id: window.data_changed())
    window.database_changed.connect(dialog.close)
    window.database_closing.connect(dialog.close)
    live = getattr(window, "live", None)      # polls the file for teammates' commits
    if live is not None:
        live.external_change.connect(dialog.teammate_changed)
    dialog.show()
    return dialog


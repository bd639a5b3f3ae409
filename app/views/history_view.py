"""A record's change history as a dialog page: when, who, what kind of change, what changed - and
Restore, which writes the selected change's earlier values back as a new change."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QMessageBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.models.database import Database
from app.models.errors import UserError
from app.services import history
from app.views.dialog_parts import button_row, push_button
from app.views.i18n import error_text, fmt

RESTORE_LOCK_WAIT = 1.0   # seconds a restore waits for a teammate's write before saying the file is busy


class HistoryView(QWidget):
    restored = Signal(int)   # the id of the new change, after an old value was written back

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None, *, db: Database | None = None,
                 table: str | None = None, record_id: Callable[[], int | None] | None = None):
        """name: the object-name prefix ("member" -> memberHistory, memberHistoryEmpty, memberHistoryRestore).
        db, table, record_id (the record shown, read when needed): offer Restore for the selected change."""
        super().__init__(parent)
        self.name = name
        self.db, self.record_table, self.record_id = db, table, record_id
        self.change_ids: list[int] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName(f"{name}History")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Change")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"{name}HistoryEmpty")
        layout.addWidget(self.empty)
        self.restore_button = push_button(f"{name}HistoryRestore", self.tr("Restore old value…"), self.ask_restore)
        self.restore_button.setToolTip(self.tr("Put back the values the selected change replaced, as a new change"))
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(db is not None)
        layout.addLayout(button_row(self.restore_button))

    def show_rows(self, rows: list[tuple[str, str, str, str]]) -> None:
        """rows: (local time, operator, action, change), newest first - one per logged change of the record."""
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()   # one record's changes, not a big table
        self.empty.setVisible(not rows)
        self.change_ids = self._change_ids(len(rows))
        self._selection_changed()

    def _change_ids(self, count: int) -> list[int]:
        """The log ids of the rows shown (newest first, as the editors list them)."""
        record = self.record_id() if self.record_id else None
        if self.db is None or record is None or not count:
            return []
        ids = [r[0] for r in self.db.conn.execute(
            "SELECT id FROM changes WHERE table_name = ? AND row_id = ? ORDER BY id DESC",
            (self.record_table, record))]
        return ids[len(ids) - count:] if len(ids) >= count else []   # a teammate's newer change: not shown yet

    def selected_change(self) -> int | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1 or not self.change_ids:
            return None
        return self.change_ids[rows.pop()]

    def _selection_changed(self) -> None:
        change_id = self.selected_change()
        can = False
        if change_id is not None and not self.db.read_only:
            change = history.get_change(self.db, change_id)
            can = bool(history.restorable_fields(change, self.db))
        self.restore_button.setEnabled(can)

    def ask_restore(self) -> QMessageBox | None:
        """Ask before restoring the selected change (window-modal; Yes restores). Returns the box."""
        change_id = self.selected_change()
        if change_id is None:
            return None
        row = self.change_ids.index(change_id)
        what = self.table.item(row, 3).text() if self.table.item(row, 3) else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore old value"),
                          fmt(self.tr("Put back the values this change replaced?\n\n%1"), what),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName(f"{self.name}HistoryConfirm")
        box.setInformativeText(self.tr("The restore is saved as a new change. The form then shows the record as "
                                       "saved; edits you have not saved are replaced."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))

        def chosen(button) -> None:
            box.deleteLater()
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.restore(change_id)

        box.buttonClicked.connect(chosen)
        box.open()
        return box

    def restore(self, change_id: int) -> int | None:
        """Write change *change_id*'s earlier values back; the id of the new change, or None (shown why)."""
        try:
            with self.db.busy_timeout(RESTORE_LOCK_WAIT):
                new_id = history.restore(self.db, change_id)
        except UserError as exc:     # gone, deleted, nothing to restore, a busy file
            QMessageBox.warning(self, self.tr("Restore old value"), error_text(exc))
            return None
        self.restored.emit(new_id)
        return new_id

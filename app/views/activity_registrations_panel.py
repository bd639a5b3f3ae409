"""Who registered and who came: add members by search (or as walk-ins), tick attendance, no-shows and
conversions, take mistaken registrations off the list, import a registration or check-in list."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from app.models import activities as am
from app.models.errors import RowMissingError, UserError
from app.services.checkin_import import find_members
from app.views.activity_labels import REGISTRATION_LABELS, label
from app.views.dialog_parts import ERROR_STYLE
from app.views.i18n import error_text, fmt
from app.views.member_table_model import local_time
from app.views.roster_search import roster_search_edit

MEMBER_ROLE = Qt.ItemDataRole.UserRole
SEARCH_LIMIT = 20
STATUS_COLORS = {"attended": "#2e7d32", "no_show": "#c9302c", "cancelled": "#888888"}


class RegistrationsPanel(QWidget):
    changed = Signal()             # registrations were written
    import_requested = Signal()    # "Import a list…"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityRegistrations")
        self.db = None
        self.activity: am.Activity | None = None
        self.rows: list[am.Registration] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        self.search_edit = roster_search_edit(self, "registrationSearch",
                                              self.tr("Add members: type a name, nickname, phone or handle"),
                                              self.search)
        self.register_button = QPushButton(self.tr("Register"))
        self.register_button.setObjectName("registerMembers")
        self.register_button.clicked.connect(lambda: self.add_found(walk_in=False))
        self.walk_in_button = QPushButton(self.tr("Walk-in"))
        self.walk_in_button.setObjectName("walkInMembers")
        self.walk_in_button.setToolTip(self.tr("Came without registering: recorded as attended."))
        self.walk_in_button.clicked.connect(lambda: self.add_found(walk_in=True))
        self.import_button = QPushButton(self.tr("Import a list…"))
        self.import_button.setObjectName("importRegistrations")
        self.import_button.clicked.connect(self.import_requested)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.register_button)
        search_row.addWidget(self.walk_in_button)
        search_row.addWidget(self.import_button)
        layout.addLayout(search_row)
        self.found = QListWidget()
        self.found.setObjectName("registrationMatches")
        self.found.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.found.setMaximumHeight(130)
        self.found.itemDoubleClicked.connect(lambda _item: self.add_found(walk_in=False))
        self.found.hide()
        layout.addWidget(self.found)
        self.summary = QLabel()
        self.summary.setObjectName("registrationSummary")
        self.warning = QLabel()
        self.warning.setObjectName("capacityWarning")
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("registrationTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Nickname"), self.tr("Tier"), self.tr("Status"),
                                              self.tr("Walk-in"), self.tr("Converted"), self.tr("Registered at")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.action_buttons = {}
        for name, text, slot in (
                ("markAttended", self.tr("Attended"), lambda: self.set_status("attended")),
                ("markNoShow", self.tr("No-show"), lambda: self.set_status("no_show")),
                ("markRegistered", self.tr("Registered"), lambda: self.set_status("registered")),
                ("markCancelled", self.tr("Cancelled"), lambda: self.set_status("cancelled")),
                ("markConverted", self.tr("Converted"), lambda: self.set_converted(True)),
                ("markNotConverted", self.tr("Not converted"), lambda: self.set_converted(False)),
                ("removeRegistration", self.tr("Remove"), self.remove)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.action_buttons[name] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.rest_button = QPushButton(self.tr("The rest did not come"))
        self.rest_button.setObjectName("markRestNoShow")
        self.rest_button.setToolTip(self.tr("After the activity: everyone still only registered becomes a no-show."))
        self.rest_button.clicked.connect(self.mark_rest_no_show)
        actions.addWidget(self.rest_button)
        layout.addLayout(actions)

    # -- showing ------------------------------------------------------------------------
    def show_activity(self, db, activity: am.Activity | None) -> None:
        self.db, self.activity = db, activity
        self.setEnabled(activity is not None)
        self.search_edit.clear()
        self.found.clear()
        self.found.hide()
        self.refresh()

    def refresh(self) -> None:
        self.rows = am.registrations_for(self.db, self.activity.id) if self.activity else []
        self.table.setRowCount(len(self.rows))
        for row, reg in enumerate(self.rows):
            cells = [reg.display_name, reg.nickname, reg.tier or "", label(REGISTRATION_LABELS, reg.status),
                     "✓" if reg.walk_in else "", "✓" if reg.converted else "", local_time(reg.registered_at)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(MEMBER_ROLE, reg.member_id)
                if column == 3 and reg.status in STATUS_COLORS:
                    item.setForeground(QBrush(QColor(STATUS_COLORS[reg.status])))
                self.table.setItem(row, column, item)
        counts = {status: sum(1 for r in self.rows if r.status == status) for status in am.REGISTRATION}
        registered = len(self.rows) - counts["cancelled"]
        parts = [fmt(self.tr("%1 registered"), registered), fmt(self.tr("%1 attended"), counts["attended"]),
                 fmt(self.tr("%1 no-shows"), counts["no_show"]),
                 fmt(self.tr("%1 walk-ins"), sum(1 for r in self.rows if r.walk_in))]
        capacity = self.activity.capacity if self.activity else None
        if capacity:
            parts.append(fmt(self.tr("capacity %1"), capacity))
        self.summary.setText(" · ".join(parts))
        over = capacity is not None and registered > capacity
        self.warning.setText(fmt(self.tr("Over capacity: %1 registered for %2 places."), registered, capacity)
                             if over else "")
        self.warning.setVisible(over)

    def row_of(self, member_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.member_id == member_id), -1)

    # -- searching the roster -----------------------------------------------------------
    def search(self) -> None:
        text = self.search_edit.text().strip()
        self.found.clear()
        if not text or self.db is None:
            self.found.hide()
            return
        found = find_members(self.db, text, SEARCH_LIMIT)
        on_list = {r.member_id for r in self.rows}
        for candidate in found:
            text = " · ".join(p for p in (candidate.display_name, candidate.nickname) if p)
            if candidate.member_id in on_list:
                text += "  " + self.tr("(on the list)")
            item = QListWidgetItem(text)
            item.setData(MEMBER_ROLE, candidate.member_id)
            self.found.addItem(item)
        ids = [c.member_id for c in found]
        if not ids:
            self.found.addItem(self.tr("No member matches."))
        self.found.show()
        if ids:
            self.found.setCurrentRow(0)

    def add_found(self, *, walk_in: bool) -> None:
        ids = [item.data(MEMBER_ROLE) for item in self.found.selectedItems() if item.data(MEMBER_ROLE)]
        if not ids or self.activity is None:
            return
        try:
            if walk_in:
                on_list = [i for i in ids if self.row_of(i) >= 0]
                added, _ = am.register(self.db, self.activity.id, [i for i in ids if i not in on_list],
                                       status="attended", walk_in=True)
                if on_list:      # registered after all: they came
                    am.set_attendance(self.db, self.activity.id, on_list, "attended")
            else:
                added, already = am.register(self.db, self.activity.id, ids)
                if already and not added:
                    QMessageBox.information(self, self.tr("Registrations"),
                                            self.tr("Already registered: a member is on the list once."))
        except (UserError, RowMissingError) as exc:
            QMessageBox.warning(self, self.tr("Registrations"), error_text(exc))
            return
        self.search_edit.clear()
        self.refresh()
        self.changed.emit()

    # -- changing the list --------------------------------------------------------------
    def selected_members(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r].member_id for r in rows if r < len(self.rows)]

    def _write(self, action) -> None:
        ids = self.selected_members()
        if not ids or self.activity is None:
            return
        try:
            action(ids)
        except (UserError, RowMissingError) as exc:
            QMessageBox.warning(self, self.tr("Registrations"), error_text(exc))
            return
        self.refresh()
        for member_id in ids:        # keep the selection on the same people
            row = self.row_of(member_id)
            if row >= 0:
                self.table.selectionModel().select(
                    self.table.model().index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self.changed.emit()

    def set_status(self, status: str) -> None:
        self._write(lambda ids: am.set_attendance(self.db, self.activity.id, ids, status))

    def set_converted(self, converted: bool) -> None:
        self._write(lambda ids: am.set_converted(self.db, self.activity.id, ids, converted))

    def remove(self) -> None:
        ids = self.selected_members()
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove registrations"),
            fmt(self.tr("Take %1 members off this activity's list? Their attendance is removed too."), len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda ids: am.unregister(self.db, self.activity.id, ids))

    def mark_rest_no_show(self) -> None:
        if self.activity is None:
            return
        changed = am.mark_no_shows(self.db, self.activity.id)
        self.refresh()
        if changed:
            self.changed.emit()

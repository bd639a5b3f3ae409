"""The period choice the Dashboard and Reports tabs share: a preset (last 7/30/90 days, this month, last
month) or a custom range typed in two date fields, as local calendar days (app.services.dashboard_periods)."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.services.dashboard_periods import DEFAULT_PERIOD, period_range

DATE_EDIT_DELAY_MS = 300        # typing a date: wait for the person to finish before recomputing


class PeriodPicker(QWidget):
    """"Period: [combo] [from] – [to]" in one row; `changed(delay_ms)` after a new choice (0: act now) or
    while a custom date is typed (DATE_EDIT_DELAY_MS: wait for the next key)."""
    changed = Signal(int)

    def __init__(self, today: Callable[[], date], *, combo_name: str, from_name: str, to_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.combo = QComboBox()
        self.combo.setObjectName(combo_name)
        for text, kind in ((self.tr("Last 7 days"), "last7"), (self.tr("Last 30 days"), "last30"),
                           (self.tr("Last 90 days"), "last90"), (self.tr("This month"), "this_month"),
                           (self.tr("Last month"), "last_month"), (self.tr("Custom range"), "custom")):
            self.combo.addItem(text, kind)
        self.combo.setCurrentIndex(self.combo.findData(DEFAULT_PERIOD))
        self.combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.from_date = self._date_edit(from_name)
        self.to_date = self._date_edit(to_name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Period:")))
        row.addWidget(self.combo)
        row.addWidget(self.from_date)
        row.addWidget(QLabel("–"))
        row.addWidget(self.to_date)
        self.show_dates(*period_range(DEFAULT_PERIOD, self.today()))
        self._update_date_editing()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(lambda _d: self._date_typed())
        return edit

    def kind(self) -> str:
        return self.combo.currentData()

    def range(self) -> tuple[date, date]:
        """The chosen first and last day (a preset is counted from today, and the fields follow it);
        UserError for a custom range that cannot be used."""
        kind = self.kind()
        if kind == "custom":
            return period_range(kind, self.today(), self.from_date.date().toPython(), self.to_date.date().toPython())
        start, end = period_range(kind, self.today())
        self.show_dates(start, end)
        return start, end

    def show_dates(self, start: date, end: date) -> None:
        """Put *start* and *end* in the fields without signalling a change."""
        for edit, day in ((self.from_date, start), (self.to_date, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _update_date_editing(self) -> None:
        custom = self.kind() == "custom"
        for edit in (self.from_date, self.to_date):
            edit.setReadOnly(not custom)
            edit.setCalendarPopup(custom)
            edit.setButtonSymbols(QDateEdit.ButtonSymbols.UpDownArrows if custom
                                  else QDateEdit.ButtonSymbols.NoButtons)
            edit.setToolTip("" if custom else self.tr("Choose “Custom range” to type the dates"))

    def _kind_changed(self) -> None:
        self._update_date_editing()
        if self.kind() != "custom":
            self.show_dates(*period_range(self.kind(), self.today()))
        self.changed.emit(0)

    def _date_typed(self) -> None:
        if self.kind() == "custom":
            self.changed.emit(DATE_EDIT_DELAY_MS)

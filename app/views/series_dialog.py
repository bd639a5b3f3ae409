"""New recurring series: the item fields once, a repeat rule, a live preview; OK creates every item at once."""
from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QMessageBox, QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from app.models import content
from app.models.content import ContentItem
from app.models.database import Database
from app.models.errors import UserError
from app.services import recurrence
from app.services.recurrence import FREQUENCIES, Recurrence
from app.views.dialog_parts import ERROR_STYLE
from app.views.content_item_dialog import MAX_DURATION, ItemBasics, resolve_channel
from app.views.i18n import error_text, fmt
from app.views.i18n import text as translated

PREVIEW_STYLE = "color: palette(text);"


def local_zone() -> tzinfo:
    """The system's time zone with its DST rules (a fixed offset only if the zone has no IANA name)."""
    try:
        return ZoneInfo(bytes(QTimeZone.systemTimeZoneId().data()).decode())
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SeriesDialog(QDialog):
    created = Signal(int, int)   # series id, number of items created

    def __init__(self, db: Database, parent: QWidget | None = None, *, tz: tzinfo | None = None):
        super().__init__(parent)
        self.setObjectName("SeriesDialog")
        self.setWindowTitle(self.tr("New recurring series"))
        self.db = db
        self.tz = tz or local_zone()
        self.limit = int(content.get_config(db)["max_series_items"])
        self.resize(560, 560)

        layout = QVBoxLayout(self)
        self.basics = ItemBasics(db)
        self.basics.show_item(ContentItem(owner=db.operator))
        layout.addWidget(self.basics)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("seriesDuration")
        self.duration_spin.setRange(1, MAX_DURATION)
        self.duration_spin.setValue(ContentItem().duration_minutes)
        self.duration_spin.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Duration:"), self.duration_spin)

        self.freq_combo = QComboBox()
        self.freq_combo.setObjectName("seriesFrequency")
        freq_labels = {"daily": self.tr("Daily"), "weekly": self.tr("Weekly"), "monthly": self.tr("Monthly")}
        for freq in FREQUENCIES:
            self.freq_combo.addItem(freq_labels[freq], freq)
        self.freq_combo.setCurrentIndex(FREQUENCIES.index("weekly"))
        form.addRow(self.tr("Repeat:"), self.freq_combo)
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("seriesInterval")
        self.interval_spin.setRange(1, 99)
        form.addRow(self.tr("Every:"), self.interval_spin)

        self.weekdays_row = QWidget()
        days = QHBoxLayout(self.weekdays_row)
        days.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self.weekday_boxes: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.setObjectName(f"seriesWeekday{weekday}")
            self.weekday_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        form.addRow(self.tr("On:"), self.weekdays_row)
        self.month_day_spin = QSpinBox()
        self.month_day_spin.setObjectName("seriesMonthDay")
        self.month_day_spin.setRange(1, 31)
        self.month_day_spin.setToolTip(self.tr("Months without this day are skipped."))
        form.addRow(self.tr("Day of the month:"), self.month_day_spin)

        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("seriesTime")
        self.time_edit.setDisplayFormat("HH:mm")
        default_time = QTime.fromString(str(content.get_config(db).get("default_time", "10:00")), "HH:mm")
        self.time_edit.setTime(default_time if default_time.isValid() else QTime(10, 0))
        form.addRow(self.tr("At:"), self.time_edit)
        today = QDate.currentDate()
        self.start_edit = self._date_edit("seriesStart", today)
        form.addRow(self.tr("First day:"), self.start_edit)
        self.until_box = QCheckBox(self.tr("Until"))
        self.until_box.setObjectName("seriesUntilEnabled")
        self.until_edit = self._date_edit("seriesUntil", today.addMonths(1))
        self.count_box = QCheckBox(self.tr("At most"))
        self.count_box.setObjectName("seriesCountEnabled")
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("seriesCount")
        self.count_spin.setRange(1, 100_000)
        self.count_spin.setValue(10)
        self.count_spin.setSuffix(self.tr(" times"))
        ends = QHBoxLayout()
        ends.addWidget(self.until_box)
        ends.addWidget(self.until_edit)
        ends.addSpacing(12)
        ends.addWidget(self.count_box)
        ends.addWidget(self.count_spin)
        ends.addStretch(1)
        form.addRow(self.tr("Ends:"), ends)
        layout.addLayout(form)

        self.preview = QLabel()
        self.preview.setObjectName("seriesPreview")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.errors = QLabel()
        self.errors.setObjectName("seriesErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setVisible(False)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("createSeries")
        self.ok_button.setText(self.tr("Create items"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancelSeries")
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.until_box.setChecked(True)
        self.weekday_boxes[today.dayOfWeek() - 1].setChecked(True)
        self.month_day_spin.setValue(today.day())
        for signal in (self.freq_combo.currentIndexChanged, self.interval_spin.valueChanged,
                       self.month_day_spin.valueChanged, self.time_edit.timeChanged, self.start_edit.dateChanged,
                       self.until_box.toggled, self.until_edit.dateChanged, self.count_box.toggled,
                       self.count_spin.valueChanged, *(box.toggled for box in self.weekday_boxes)):
            signal.connect(self.refresh)
        self.refresh()

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # -- the rule -----------------------------------------------------------------------
    def rule(self) -> Recurrence:
        """The rule as the form says (UserError when it cannot be one)."""
        freq = self.freq_combo.currentData()
        at = self.time_edit.time()
        return Recurrence(
            freq=freq, start=_pydate(self.start_edit.date()), at=time(at.hour(), at.minute()),
            interval=self.interval_spin.value(),
            weekdays=tuple(d for d, box in enumerate(self.weekday_boxes) if box.isChecked()) if freq == "weekly"
            else (),
            month_day=self.month_day_spin.value() if freq == "monthly" else None,
            until=_pydate(self.until_edit.date()) if self.until_box.isChecked() else None,
            count=self.count_spin.value() if self.count_box.isChecked() else None)

    def refresh(self, *_args) -> None:
        """Show or hide the fields of the chosen frequency and preview the rule (OK only for a valid one)."""
        freq = self.freq_combo.currentData()
        self.weekdays_row.setEnabled(freq == "weekly")
        self.month_day_spin.setEnabled(freq == "monthly")
        self.interval_spin.setSuffix({"daily": self.tr(" day(s)"), "weekly": self.tr(" week(s)"),
                                      "monthly": self.tr(" month(s)")}[freq])
        self.until_edit.setEnabled(self.until_box.isChecked())
        self.count_spin.setEnabled(self.count_box.isChecked())
        try:
            rule = self.rule()
            count = len(recurrence.expand(rule, self.limit))
        except UserError as exc:
            self.preview.setText(fmt(self.tr("Cannot create this series: %1."), error_text(exc)))
            self.preview.setStyleSheet(ERROR_STYLE)
            self.ok_button.setEnabled(False)
            return
        self.preview.setText(fmt(self.tr("%1 — creates %2 item(s)."), translated(recurrence.describe_text(rule)), count))
        self.preview.setStyleSheet(PREVIEW_STYLE)
        self.ok_button.setEnabled(True)

    # -- creating -----------------------------------------------------------------------
    def create(self) -> None:
        template = ContentItem(owner=self.db.operator, status="drafting", duration_minutes=self.duration_spin.value())
        new_channel, errors = self.basics.read_into(template)
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))
        if errors:
            return
        try:
            rule = self.rule()
            with self.db.transaction():
                resolve_channel(self.db, template, new_channel)
                series_id, ids = recurrence.create_recurring(self.db, template.title, rule, template, self.tz)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.created.emit(series_id, len(ids))
        self.accept()

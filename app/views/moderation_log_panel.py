"""The moderation log (who decided what, when) and the figures of a range: median time to decision,
SLA breach rate, open and overdue cases, cases by category, repeat offenders.

Ranges are local days in the panel's zone (.tz); .clock gives "now" (tests set both, like the tab).
Double-clicking a log row or an offender emits case_activated with the case to show.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.models import moderation as mod
from app.views.locale_format import date_time, percent
from app.views.tables import Selection, read_only_table
from app.models.content import parse_utc, utc_text
from app.services.metrics import utc_bounds, zone
from app.services.moderation_stats import ModerationFigures, moderation_figures
from app.views.i18n import fmt
from app.views.moderation_labels import (CATEGORY_LABELS, DECISION_LABELS, LEVEL_COLORS, LEVEL_LABELS, action_text,
                                         label)

CASE_ROLE = Qt.ItemDataRole.UserRole
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
RANGES = (7, 30, 90, None)          # days; None: all time
LOG_LIMIT = 1000
BAR_WIDTH = 10


def _table(name: str, headers: list[str]) -> QTableWidget:
    return read_only_table(name, headers, selection=Selection.SingleSelection, fit_columns=False)


def _item(text: str, data=None, role=CASE_ROLE, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(role, data)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ModerationLogPanel(QWidget):
    case_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("moderationLogPanel")
        self.db = None
        self.tz = zone(None)
        self.clock = lambda: datetime.now(timezone.utc)
        self.figures: ModerationFigures | None = None
        self._build()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Range:")))
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("rangeCombo")
        for days in RANGES:
            self.range_combo.addItem(self.tr("All time") if days is None else fmt(self.tr("Last %1 days"), days), days)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.range_combo)
        top.addStretch(1)
        layout.addLayout(top)

        figures = QGroupBox(self.tr("Figures"))
        grid = QGridLayout(figures)
        self.median_label = self._figure("figureMedian")
        self.breach_label = self._figure("figureBreach")
        self.open_label = self._figure("figureOpen")
        self.volume_label = self._figure("figureVolume")
        grid.addWidget(QLabel(self.tr("Median time to decision:")), 0, 0)
        grid.addWidget(self.median_label, 0, 1)
        grid.addWidget(QLabel(self.tr("SLA breached:")), 1, 0)
        grid.addWidget(self.breach_label, 1, 1)
        grid.addWidget(QLabel(self.tr("Now:")), 2, 0)
        grid.addWidget(self.open_label, 2, 1)
        grid.addWidget(QLabel(self.tr("In the range:")), 3, 0)
        grid.addWidget(self.volume_label, 3, 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(figures)

        tables = QSplitter(Qt.Orientation.Horizontal)
        self.category_table = _table("categoryTable", [self.tr("Category"), self.tr("Cases"), ""])
        self.offender_table = _table("offenderTable", [self.tr("Member"), self.tr("Cases"), self.tr("Credit moved")])
        self.offender_table.setToolTip(self.tr("Members with two or more decisions against them in the range; "
                                               "double-click to open their newest case."))
        self.offender_table.itemDoubleClicked.connect(self._offender_activated)
        tables.addWidget(self._titled(self.tr("Cases by category"), self.category_table))
        tables.addWidget(self._titled(self.tr("Repeat offenders"), self.offender_table))
        layout.addWidget(tables, 1)

        self.log_table = _table("logTable", [self.tr("Time"), self.tr("Who"), self.tr("Case"), self.tr("Member"),
                                             self.tr("What"), self.tr("Action"), self.tr("Note")])
        self.log_table.setToolTip(self.tr("Double-click a row to open its case."))
        self.log_table.itemDoubleClicked.connect(self._log_activated)
        layout.addWidget(self._titled(self.tr("Moderation log"), self.log_table), 2)

    def _figure(self, name: str) -> QLabel:
        label_ = QLabel("—")
        label_.setObjectName(name)
        label_.setWordWrap(True)
        label_.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label_

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(widget, 1)
        return box

    # -- reading ------------------------------------------------------------------------
    def set_database(self, db) -> None:
        self.db = db
        self.refresh()

    def bounds(self) -> tuple[str, str]:
        """The chosen range as [low, high) UTC text: whole local days up to today."""
        days = self.range_combo.currentData()
        if days is None:
            return "", "9999"
        today = self.clock().astimezone(self.tz).date()
        return utc_bounds(today - timedelta(days=days - 1), today, self.tz)

    def refresh(self) -> None:
        """Re-read the figures and the log of the chosen range (small SQL)."""
        if self.db is None:
            self.figures = None
            for table in (self.category_table, self.offender_table, self.log_table):
                table.setRowCount(0)
            for figure in (self.median_label, self.breach_label, self.open_label, self.volume_label):
                figure.setText("—")
            return
        low, high = self.bounds()
        self.figures = moderation_figures(self.db, low, high, now=utc_text(self.clock()))
        self._show_figures(self.figures)
        self._show_log(mod.moderation_log(self.db, low or None, high, limit=LOG_LIMIT))

    # -- showing ------------------------------------------------------------------------
    def _show_figures(self, figures: ModerationFigures) -> None:
        per_level = " · ".join(f"{label(LEVEL_LABELS, level)} {self._hours(figures.median_hours_by_level[level])}"
                               for level in mod.LEVELS)
        self.median_label.setText(fmt(self.tr("%1 (%2)"), self._hours(figures.median_hours_to_decision), per_level))
        per_level = " · ".join(f"{label(LEVEL_LABELS, level)} {self._rate(figures.breach_rate_by_level[level])}"
                               for level in mod.LEVELS)
        self.breach_label.setText(fmt(self.tr("%1 (%2)"), self._rate(figures.sla_breach_rate), per_level))
        self.open_label.setText(fmt(self.tr("%1 open · %2 overdue"), figures.open_now, figures.overdue_now))
        self.open_label.setStyleSheet(f"color: {LEVEL_COLORS['red']};" if figures.overdue_now else "")
        self.volume_label.setText(fmt(self.tr("%1 cases opened · %2 decided"), figures.cases_opened,
                                      figures.cases_decided))
        most = max(figures.by_category.values(), default=0)
        self.category_table.setRowCount(len(figures.by_category))
        for row, (category, count) in enumerate(figures.by_category.items()):
            bar = "▇" * max(1, round(BAR_WIDTH * count / most)) if most else ""
            self.category_table.setItem(row, 0, _item(label(CATEGORY_LABELS, category)))
            self.category_table.setItem(row, 1, _item(str(count), align_right=True))
            self.category_table.setItem(row, 2, _item(bar))
        self.offender_table.setRowCount(len(figures.repeat_offenders))
        for row, offender in enumerate(figures.repeat_offenders):
            name = offender.name or fmt(self.tr("member #%1"), offender.member_id)
            self.offender_table.setItem(row, 0, _item(name, offender.member_id, MEMBER_ROLE))
            self.offender_table.setItem(row, 1, _item(str(offender.cases), align_right=True))
            self.offender_table.setItem(row, 2, _item(f"{offender.credit_moved:+d}", align_right=True))
        for table in (self.category_table, self.offender_table):
            table.resizeColumnToContents(0)

    def _show_log(self, entries: list[mod.LogEntry]) -> None:
        table = self.log_table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = [self._local(entry.at), entry.by, f"#{entry.case_id}",
                     entry.member_name or fmt(self.tr("member #%1"), entry.member_id),
                     label(DECISION_LABELS, entry.kind), action_text(entry.action, entry.mute_days), entry.note]
            for column, text in enumerate(cells):
                item = _item(text, entry.case_id)
                if column == 2 and entry.level in LEVEL_COLORS:
                    item.setForeground(QBrush(QColor(LEVEL_COLORS[entry.level])))
                    item.setToolTip(label(LEVEL_LABELS, entry.level))
                table.setItem(row, column, item)
        for column in range(len(cells) - 1 if entries else 0):   # the note stretches
            table.resizeColumnToContents(column)
        table.setUpdatesEnabled(True)

    def _local(self, stamp: str) -> str:
        return date_time(parse_utc(stamp), self.tz)

    def _hours(self, value: float | None) -> str:
        return "—" if value is None else fmt(self.tr("%1 h"), f"{value:g}")

    @staticmethod
    def _rate(value: float | None) -> str:
        return "—" if value is None else percent(value, 0)

    # -- activating ---------------------------------------------------------------------
    def _log_activated(self, item: QTableWidgetItem) -> None:
        case_id = item.data(CASE_ROLE)
        if case_id is not None:
            self.case_activated.emit(int(case_id))

    def _offender_activated(self, item: QTableWidgetItem) -> None:
        member_id = self.offender_table.item(item.row(), 0).data(MEMBER_ROLE)
        if member_id is None or self.db is None:
            return
        cases = mod.list_cases(self.db, mod.CaseFilter(member_id=member_id))
        if cases:
            newest = max(cases, key=lambda case: (case.opened_at, case.id))
            self.case_activated.emit(newest.id)

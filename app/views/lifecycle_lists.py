"""Lifecycle lists: the at-risk list with recall logging, and the 星火计划 KOL shortlist and cohort.

Both panels read through the services (app.services.at_risk, app.services.kol). reload() runs its
queries on the window's JobRunner when one is given (the KOL shortlist is a GROUP BY over the
events), otherwise on the calling thread. A newer reload makes an older one's result stale: it is
dropped. `loaded` is emitted when the shown data is fresh; `changed` after this panel wrote.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.models.errors import UserError
from app.services import at_risk, kol
from app.services import lifecycle as lc
from app.services.lifecycle_texts import reason_text
from app.views.i18n import error_text, fmt
from app.views.i18n import text as translated
from app.views.locale_format import date_text, date_time, number, percent
from app.views.tables import read_only_table
from app.views.dialog_parts import report_job_failure

MEMBER_ROLE = Qt.ItemDataRole.UserRole


def _local(text: str | None) -> str:
    """A stored UTC timestamp in local time, or a stored day, in the interface locale."""
    if not text:
        return ""
    try:
        if len(text) <= 10:
            return date_text(date.fromisoformat(text))
        return date_time(text)
    except ValueError:
        return text


def _number(value: float) -> str:
    return number(value, 0 if float(value).is_integer() else 1)


def _item(text: str, member_id: int | None = None, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if member_id is not None:
        item.setData(MEMBER_ROLE, member_id)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _selected_ids(table: QTableWidget) -> list[int]:
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return [table.item(row, 0).data(MEMBER_ROLE) for row in rows]


class _Panel(QWidget):
    """What both panels share: the database, the job runner, stale-result handling, failures."""
    changed = Signal()
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = None
        self.jobs = None
        self._generation = 0

    def set_database(self, db, jobs=None) -> None:
        """The open file (None: closed) and the window's JobRunner (None: queries run synchronously)."""
        self.db, self.jobs = db, jobs
        self.reload()

    def _run(self, fn: Callable[..., Any], show: Callable[[Any], None]) -> None:
        self._generation += 1
        generation = self._generation

        def done(result: Any) -> None:
            if generation == self._generation:
                show(result)
                self.loaded.emit()

        if self.jobs is None:
            try:
                result = fn(self.db, lambda *_: None, lambda: False)
            except UserError as exc:
                self._job_failed(error_text(exc), "")
                return
            done(result)
        else:
            self.jobs.start(self.db, fn, on_done=done, on_failed=self._job_failed)

    def _job_failed(self, message: str, details: str) -> None:
        report_job_failure(self, self.windowTitle() or self.tr("Community Desk"), message, details)


# -- at risk --------------------------------------------------------------------------------
class AtRiskPanel(_Panel):
    """Members with an open churn flag; log the recall action taken; the return rate."""
    LIMIT = 2000   # rows shown; the summary counts them all

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AtRiskPanel")
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("No one is at risk. Run Recompute after importing activity."))
        self.empty.setObjectName("atRiskEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.table = read_only_table("atRiskTable", [
            self.tr("Member"), self.tr("Tier"), self.tr("Flagged"), self.tr("Reason"), self.tr("Last activity"),
            self.tr("Recall"), self.tr("Recalled at"), self.tr("Recalled by"), self.tr("Outcome")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Recall action:")))
        self.action = QComboBox()
        self.action.setObjectName("recallAction")
        self.action.setEditable(True)
        self.action.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.action.addItems([self.tr("Message sent"), self.tr("Gift offered"), self.tr("Called")])
        self.action.setToolTip(self.tr("Choose an action or type another"))
        row.addWidget(self.action, 1)
        self.log_button = QPushButton(self.tr("Log recall"))
        self.log_button.setObjectName("logRecall")
        self.log_button.setEnabled(False)
        self.log_button.clicked.connect(self.log_recall)
        row.addWidget(self.log_button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("recallSummary")
        layout.addWidget(self.summary)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._show(None)

    def outcome_text(self, state: str) -> str:
        return {at_risk.NO_RECALL: "", at_risk.PENDING: self.tr("Waiting"),
                at_risk.CAME_BACK: self.tr("Active again (settled at the next recompute)"),
                at_risk.NOT_RETURNED: self.tr("Did not return")}[state]

    def reload(self) -> None:
        if self.db is None:
            self._show(None)
            return
        limit = self.LIMIT

        def load(db, _progress, _cancelled):
            with db.read_transaction():
                return at_risk.at_risk_list(db, limit), at_risk.recall_summary(db)

        self._run(load, self._show)

    def _show(self, result: tuple[list[at_risk.AtRiskRow], at_risk.RecallSummary] | None) -> None:
        rows, summary = result or ([], None)
        self.table.setSortingEnabled(False)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row.name, row.tier, _local(row.flagged_at), translated(reason_text(row.reason)), _local(row.last_activity),
                      row.recall_action or "", _local(row.recall_at), row.recall_by or "",
                      self.outcome_text(row.state)]
            for c, text in enumerate(values):
                self.table.setItem(r, c, _item(text, row.member_id if c == 0 else None))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(self.db is not None and not rows)
        self._selection_changed()
        self.summary.setText(self.summary_text(summary, len(rows)))

    def summary_text(self, s: at_risk.RecallSummary | None, shown: int) -> str:
        if s is None:
            return ""
        rate = "—" if s.rate is None else percent(s.rate, 0)
        text = fmt(self.tr("At risk: %1 · recalls logged: %2 · returned: %3 · did not return: %4 · "
                           "waiting: %5 · return rate: %6"),
                   number(s.at_risk), number(s.logged), number(s.returned), number(s.not_returned),
                   number(s.pending), rate)
        if shown < s.at_risk:
            text += " " + fmt(self.tr("(showing the %1 oldest flags)"), number(shown))
        return text

    def _selection_changed(self) -> None:
        self.log_button.setEnabled(self.db is not None and bool(self.table.selectionModel().selectedRows()))

    def selected_member_ids(self) -> list[int]:
        return _selected_ids(self.table)

    def log_recall(self) -> None:
        """Record the chosen action for every selected member, all or none."""
        ids = self.selected_member_ids()
        action = self.action.currentText().strip()
        if self.db is None or not ids:
            return
        if not action:
            self._job_failed(self.tr("Choose or type the recall action first."), "")
            return
        try:
            with self.db.transaction():
                for member_id in ids:
                    lc.log_recall(self.db, member_id, action)
        except UserError as exc:
            self._job_failed(error_text(exc), "")
            return
        self.changed.emit()
        self.reload()


# -- KOL shortlist and cohort ---------------------------------------------------------------
class KolPanel(_Panel):
    """星火计划: the top N members by weighted activity, and the cohort accepted month by month."""

    def __init__(self, parent: QWidget | None = None, as_of: date | None = None):
        super().__init__(parent)
        self.setObjectName("KolPanel")
        self.as_of = as_of   # None: today (UTC) at each reload
        day = as_of or lc.today_utc()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Cohort month:")))
        self.month = QDateEdit(QDate(day.year, day.month, 1))
        self.month.setObjectName("kolMonth")
        self.month.setDisplayFormat("yyyy-MM")
        row.addWidget(self.month)
        row.addWidget(QLabel(self.tr("Top:")))
        self.top_n = QSpinBox()
        self.top_n.setObjectName("kolTopN")
        self.top_n.setRange(1, 1000)
        self.top_n.setValue(20)
        self.top_n.setKeyboardTracking(False)
        self.top_n.valueChanged.connect(self.reload)
        row.addWidget(self.top_n)
        row.addStretch(1)
        self.accept_button = QPushButton(self.tr("Accept into KOL cohort"))
        self.accept_button.setObjectName("acceptKol")
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.accept_selected)
        row.addWidget(self.accept_button)
        layout.addLayout(row)
        self.table = read_only_table("kolTable", [self.tr("Member"), self.tr("Messages"), self.tr("Long posts"),
                                         self.tr("Events attended"), self.tr("Score")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 2)
        self.status = QLabel()
        self.status.setObjectName("kolStatus")
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("KOL cohort (messages / events attended per month since acceptance)")))
        self.cohort_table = read_only_table("cohortTable", [])
        layout.addWidget(self.cohort_table, 2)
        self._show(None)

    def selected_month(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def reload(self) -> None:
        if self.db is None:
            self._show(None)
            return
        top, as_of = self.top_n.value(), self.as_of or lc.today_utc()

        def load(db, _progress, _cancelled):
            with db.read_transaction():
                return lc.kol_shortlist(db, top, as_of), kol.cohort(db, as_of=as_of), kol.month_of(as_of)

        self._run(load, self._show)

    def _show(self, result) -> None:
        shortlist, cohort, last = result or ([], [], None)
        self.table.clearSelection()
        self.table.setRowCount(len(shortlist))
        for r, c in enumerate(shortlist):
            self.table.setItem(r, 0, _item(c.name, c.member_id))
            for col, value in enumerate((c.messages, c.long_posts, c.attended, c.score), start=1):
                self.table.setItem(r, col, _item(_number(value), number=True))
        self._selection_changed()
        months = kol.months_between(min(row.month for row in cohort), last) if cohort else []
        headers = [self.tr("Month"), self.tr("Member"), self.tr("Score at acceptance"), self.tr("Accepted by"),
                   *months]
        self.cohort_table.clear()
        self.cohort_table.setColumnCount(len(headers))
        self.cohort_table.setHorizontalHeaderLabels(headers)
        self.cohort_table.setRowCount(len(cohort))
        for r, row in enumerate(cohort):
            parts = row.parts
            score = _item(_number(row.score), number=True)
            score.setToolTip(fmt(self.tr("%1 messages, %2 long posts, %3 events attended"),
                                 parts.get("messages", 0), parts.get("long_posts", 0), parts.get("attended", 0)))
            cells = [_item(row.month, row.member_id), _item(row.name), score, _item(row.accepted_by)]
            for col, item in enumerate(cells):
                self.cohort_table.setItem(r, col, item)
            for offset, ym in enumerate(months):
                if ym in row.activity:
                    messages, attended = row.activity[ym]
                    self.cohort_table.setItem(r, 4 + offset, _item(f"{messages} / {attended}", number=True))

    def _selection_changed(self) -> None:
        self.accept_button.setEnabled(self.db is not None and bool(self.table.selectionModel().selectedRows()))

    def selected_member_ids(self) -> list[int]:
        return _selected_ids(self.table)

    def accept_selected(self) -> None:
        ids = self.selected_member_ids()
        if self.db is None or not ids:
            return
        month = self.selected_month()
        try:
            added = kol.accept_into_cohort(self.db, month, ids, as_of=self.as_of)
        except UserError as exc:
            self._job_failed(error_text(exc), "")
            return
        skipped = len(ids) - added
        text = fmt(self.tr("Accepted %1 into the %2 cohort."), added, month)
        if skipped:
            text += " " + fmt(self.tr("%1 already in it."), skipped)
        self.status.setText(text)
        if added:
            self.changed.emit()
        self.reload()

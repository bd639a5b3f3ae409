"""The Activities tab: the list of activities (and the time-slot insight) on the left; the chosen
activity's plan, checklist, registrations, results and A/B variants on the right."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from app.models import activities as am
from app.models.errors import ConflictError, RowMissingError, UserError
from app.models.content import utc_text
from app.services.activity_results import time_slots
from app.services.metrics import zone
from app.views.activity_dialog import ActivityDialog, language
from app.views.activity_labels import MODE_LABELS, STATUS_LABELS, format_label, labels, mode_label, status_label
from app.views.activity_list_model import COLUMNS as LIST_COLUMNS
from app.views.activity_list_model import ID_ROLE, SORT_ROLE, ActivityListModel
from app.views.activity_registrations_panel import RegistrationsPanel
from app.views.activity_results_panel import ResultsPanel
from app.views.activity_tasks_panel import TasksPanel
from app.views.activity_variants_panel import VariantsPanel
from app.views.conflict import who_and_when
from app.views.content_item_dialog import to_qdatetime
from app.views.content_list_model import when_text
from app.views.dialog_parts import ERROR_STYLE, report_job_failure
from app.views.export_runner import ExportRunner
from app.views.file_dialogs import ask_save_path
from app.views.i18n import error_text, fmt
from app.views.locale_format import date_text, money, number, time_text
from app.views.tabs.base import TabPage, hint_label
from app.views.time_slot_view import TimeSlotPanel
from app.views.view_export import PERCENT_FORMAT, TypedColumn, ask_export_path, role_value, start_view_export
from app.views import view_state


class ActivitiesTab(TabPage):
    data_written = Signal()      # this tab wrote to the file (the window re-reads the other tabs)

    def __init__(self):
        super().__init__()
        self.setObjectName("ActivitiesTab")
        self.db = None
        self.jobs = None
        self.tz = zone(None)
        self.clock = lambda: datetime.now(timezone.utc)
        self.current: am.Activity | None = None
        self._build()

    def today(self) -> date:
        return self.clock().astimezone(self.tz).date()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueTasks")
        self.overdue_label.setStyleSheet(ERROR_STYLE)
        self.overdue_label.setWordWrap(True)
        self.overdue_label.hide()
        layout.addWidget(self.overdue_label)
        self.hint = hint_label("activitiesHint", self.tr(
            "No activities yet: press “New activity” to plan one — a check-in challenge, a salon, a live AMA, a "
            "group run — with its warm-up, day and review checklist."))
        layout.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.left = QTabWidget()
        self.left.setObjectName("activitiesLeft")
        self.left.addTab(self._build_list(), self.tr("Activities"))
        self.time_slots = TimeSlotPanel()
        self.left.addTab(self.time_slots, self.tr("Time slots"))
        self.left.currentChanged.connect(lambda _i: self._refresh_time_slots())
        splitter.addWidget(self.left)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([520, 680])
        layout.addWidget(splitter, 1)
        status_row = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("activitiesMessage")
        self.exporter = ExportRunner(self, progress_name="activityExportProgress",
                                     cancel_name="cancelActivityExport", cancel_text=self.tr("Cancel"))
        self.exporter.started.connect(self.message.setText)
        self.exporter.finished.connect(self._export_finished)
        self.exporter.progress.setMaximumWidth(200)
        status_row.addWidget(self.message, 1)
        status_row.addWidget(self.exporter.progress)
        status_row.addWidget(self.exporter.cancel_button)
        layout.addLayout(status_row)

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("activitySearch")
        self.search_edit.setPlaceholderText(self.tr("Search name, owner, place"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("activityStatusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code, text in labels(STATUS_LABELS).items():
            self.status_filter.addItem(text, code)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.mode_filter = QComboBox()
        self.mode_filter.setObjectName("activityModeFilter")
        self.mode_filter.addItem(self.tr("All types"), None)
        for code, text in labels(MODE_LABELS).items():
            self.mode_filter.addItem(text, code)
        self.mode_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(self.tr("New activity…"))
        self.new_button.setObjectName("newActivity")
        self.new_button.clicked.connect(lambda: self.new_activity())
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.status_filter)
        row.addWidget(self.mode_filter)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportActivities")
        self.export_button.setToolTip(self.tr("A workbook with one row per activity and its figures."))
        self.export_button.clicked.connect(self.export)
        self.export_view_button = QPushButton(self.tr("Export list…"))
        self.export_view_button.setObjectName("exportActivityView")
        self.export_view_button.setToolTip(self.tr("The list as shown (this search, these filters, this order) "
                                                   "to Excel or CSV"))
        self.export_view_button.clicked.connect(self.export_view)
        row.addStretch(1)
        row.addWidget(self.new_button)
        row.addWidget(self.export_button)
        row.addWidget(self.export_view_button)
        return row

    def _build_list(self) -> QWidget:
        self.model = ActivityListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("activityTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 200)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._row_chosen(current))
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        return self.table

    def _build_detail(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        self.title_label.setObjectName("activityTitle")
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("activityFacts")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        actions = QHBoxLayout()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("activityQuickStatus")
        for code, text in labels(STATUS_LABELS).items():
            self.status_combo.addItem(text, code)
        self.status_combo.activated.connect(lambda _i: self.change_status(self.status_combo.currentData()))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editActivity")
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteActivity")
        self.delete_button.clicked.connect(self.delete_current)
        actions.addWidget(QLabel(self.tr("Status:")))
        actions.addWidget(self.status_combo)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("activityDetailTabs")
        self.tasks_panel = TasksPanel()
        self.tasks_panel.today = self.today
        self.tasks_panel.language = language
        self.tasks_panel.changed.connect(self._tasks_written)
        self.registrations_panel = RegistrationsPanel()
        self.registrations_panel.changed.connect(self._registrations_written)
        self.registrations_panel.import_requested.connect(self.import_list)
        self.results_panel = ResultsPanel()
        self.variants_panel = VariantsPanel()
        self.variants_panel.changed.connect(self.data_written)
        self.detail_tabs.addTab(self.tasks_panel, self.tr("Checklist"))
        self.detail_tabs.addTab(self.registrations_panel, self.tr("Registrations"))
        self.detail_tabs.addTab(self.results_panel, self.tr("Results"))
        self.detail_tabs.addTab(self.variants_panel, self.tr("A/B variants"))
        layout.addWidget(self.detail_tabs, 1)
        self.detail = box
        return box

    # -- TabPage ------------------------------------------------------------------------
    def set_database(self, db, jobs) -> None:
        self.close_dialog()
        self.db, self.jobs = db, jobs
        self.current = None
        self.refresh()

    def reload(self) -> None:
        """Re-read (a teammate's commit, another tab's write), keeping the chosen activity, the selection and
        the scroll position; if the chosen activity is gone, none is chosen rather than another."""
        place = view_state.capture(self.table, ID_ROLE)
        if place.current is None and not self.proxy.rowCount():   # an empty list: choose as when the file opens
            self.refresh()
            return
        self.current = None
        self._read_list()
        view_state.restore(self.table, place)    # choosing the activity again re-reads its detail
        if self.current is None:
            self.show_activity(None)

    def current_filter(self) -> am.ActivityFilter:
        return am.ActivityFilter(text=self.search_edit.text(), status=self.status_filter.currentData(),
                                 mode=self.mode_filter.currentData())

    def refresh(self) -> None:
        """Re-read the list (keeping the chosen activity) and the chosen activity."""
        keep = self.current.id if self.current else None
        self._read_list()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_activity(keep)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
            self._row_chosen(self.proxy.index(0, 0))
        else:
            self.show_activity(None)

    def _read_list(self) -> None:
        """The list, the hint, the overdue line and the time slots (the chosen row is the caller's)."""
        self.model.load(self.db, self.current_filter())
        self.hint.setVisible(self.db is not None and not self.model.rows and not self.search_edit.text()
                             and self.status_filter.currentData() is None and self.mode_filter.currentData() is None)
        self.new_button.setEnabled(self.db is not None)
        self._enable_exports(self.db is not None and self.exporter.job is None)
        self._refresh_overdue()
        self._refresh_time_slots()

    def _refresh_overdue(self) -> None:
        overdue = am.overdue_tasks(self.db, self.today()) if self.db is not None else []
        if overdue:
            names = sorted({name for _task, name in overdue})
            self.overdue_label.setText(fmt(self.tr("%1 overdue tasks in %2"), len(overdue), "、".join(names[:5])
                                           + ("…" if len(names) > 5 else "")))
            self.overdue_label.setToolTip("\n".join(f"{date_text(date.fromisoformat(t.due_date))}  {name}: {t.title}"
                                                    for t, name in overdue[:30]))
        self.overdue_label.setVisible(bool(overdue))

    def _refresh_time_slots(self) -> None:
        """Only while the time-slot page is shown (it reads every past activity)."""
        if self.db is not None and self.left.currentWidget() is self.time_slots:
            self.time_slots.show_grid(time_slots(self.db, self.tz, utc_text(self.clock())))

    def select_activity(self, activity_id: int) -> bool:
        """Choose an activity in the list (clearing filters that hide it); False if it does not exist."""
        row = self.model.row_of(activity_id)
        if row < 0 and self.db is not None:
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            for combo in (self.status_filter, self.mode_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.model.load(self.db, self.current_filter())
            row = self.model.row_of(activity_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self._row_chosen(index)
        return True

    def _row_chosen(self, index) -> None:
        if not index.isValid():
            self.show_activity(None)
            return
        activity_id = self.proxy.data(index, ID_ROLE)
        try:
            self.show_activity(am.get_activity(self.db, activity_id))
        except RowMissingError:
            self.show_activity(None)

    def show_activity(self, activity: am.Activity | None) -> None:
        self.current = activity
        for widget in (self.status_combo, self.edit_button, self.delete_button, self.detail_tabs):
            widget.setEnabled(activity is not None)
        if activity is None:
            self.title_label.setText(self.tr("No activity chosen"))
            self.facts_label.clear()
        else:
            self.title_label.setText(activity.name)
            self.facts_label.setText(self._facts(activity))
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(activity.status), 0))
        self.tasks_panel.show_activity(self.db, activity)
        self.registrations_panel.show_activity(self.db, activity)
        self.results_panel.show_activity(self.db, activity)
        self.variants_panel.show_activity(self.db, activity)

    def _facts(self, activity: am.Activity) -> str:
        start, end = to_qdatetime(activity.starts_at).toPython(), to_qdatetime(activity.ends_at).toPython()
        until = time_text(end) if start.date() == end.date() else f"{date_text(end.date())} {time_text(end)}"
        when = f"{when_text(start)}–{until}"
        parts = [when, f"{mode_label(activity.mode)} · {format_label(activity.format)}"]
        if activity.place or activity.link:
            parts.append(" · ".join(p for p in (activity.place, activity.link) if p))
        if activity.owner:
            parts.append(fmt(self.tr("Owner: %1"), activity.owner))
        budget = [fmt(self.tr("budget %1"), money(activity.budget_planned_fen))
                  if activity.budget_planned_fen is not None else "",
                  fmt(self.tr("spent %1"), money(activity.budget_actual_fen))
                  if activity.budget_actual_fen is not None else ""]
        if any(budget):
            parts.append(" · ".join(b for b in budget if b))
        return "\n".join(parts)

    # -- writing ------------------------------------------------------------------------
    def _written(self) -> None:
        self.refresh()
        self.data_written.emit()

    def _tasks_written(self) -> None:
        self._refresh_overdue()
        self.data_written.emit()

    def _registrations_written(self) -> None:
        self.results_panel.show_activity(self.db, self.current)
        self.model.load(self.db, self.current_filter())
        if self.current is not None:
            self.select_activity(self.current.id)
        self.data_written.emit()

    def new_activity(self, starts_at: datetime | None = None) -> ActivityDialog | None:
        if self.db is None:
            return None
        return self._open(ActivityDialog(self.db, None, self, starts_at=starts_at))

    def edit_current(self) -> ActivityDialog | None:
        if self.db is None or self.current is None:
            return None
        return self._open(ActivityDialog(self.db, self.current.id, self))

    def _open(self, dialog: ActivityDialog) -> ActivityDialog:
        dialog.saved.connect(self._saved)
        return self.show_dialog(dialog)

    def _saved(self, activity_id: int) -> None:
        self.current = am.Activity(id=activity_id)
        self._written()
        self.select_activity(activity_id)

    def change_status(self, status: str) -> None:
        if self.current is None or status == self.current.status:
            return
        activity_id = self.current.id
        self._write_current(lambda version: am.set_status(self.db, activity_id, version, status),
                            fmt(self.tr("Set its status to %1"), status_label(status)))
        self._written()

    def _write_current(self, write: Callable[[int], object], change: str) -> bool:
        """write(version) at the version shown; True when written. If a teammate saved the activity
        meanwhile, the person is told who and when and may apply *change* to their version anyway."""
        version = self.current.version
        while True:
            try:
                write(version)
            except ConflictError as exc:
                who, when = who_and_when(exc)
                answer = QMessageBox.question(
                    self, self.tr("Changed by someone else"),
                    fmt(self.tr("%1 changed “%2” at %3, before your change reached the file.\n\n%4 anyway?"),
                        who, exc.current.get("name", ""), when, change),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                version = exc.current["version"]
            except (UserError, RowMissingError) as exc:
                QMessageBox.warning(self, self.tr("Activities"), error_text(exc))
                return False
            else:
                return True

    def delete_current(self) -> None:
        if self.current is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete activity"),
            fmt(self.tr("Delete “%1”? Its attendance no longer counts for members until it is restored "
                        "(Edit ▸ History keeps the record)."), self.current.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        activity_id = self.current.id
        if self._write_current(lambda version: am.delete_activity(self.db, activity_id, version),
                               self.tr("Delete it")):
            self.message.setText(fmt(self.tr("Deleted “%1”."), self.current.name))
            self.current = None
        self._written()

    def import_list(self) -> None:
        if self.current is None or self.db is None:
            return
        from app.views.checkin_import_dialog import CheckinImportDialog   # loaded when first used
        dialog = CheckinImportDialog(self.db, self.current.id, self.jobs, self)
        dialog.imported.connect(lambda *_a: self._registrations_written())
        self.show_dialog(dialog)

    # -- export -------------------------------------------------------------------------
    def export(self) -> None:
        if self.db is None or self.exporter.job is not None:
            return
        suggested = Path(self.db.path).with_name(f"{Path(self.db.path).stem}-activities-{self.today():%Y%m%d}.xlsx")
        path = ask_save_path(self, self.tr("Export activities"), suggested,
                             [(self.tr("Excel workbook (*.xlsx)"), ".xlsx")])
        if path:
            self.export_to(path)

    def export_to(self, path: str):
        """Write every activity (all dates) in the background; progress and Cancel under the list."""
        from app.services.activity_export import export_activities
        tz = self.tz

        def job(db, progress, cancelled):
            return export_activities(db, path, tz=tz, progress=progress, cancelled=cancelled)

        self._enable_exports(False)
        return self.exporter.start(self.jobs, self.db, job, path,
                                   lambda n: fmt(self.tr("Exported %1 activities to %2."), number(n), path),
                                   self._export_failed)

    def export_view(self) -> None:
        if self.db is None or self.exporter.job is not None:
            return
        suggested = Path(self.db.path).with_name(
            f"{Path(self.db.path).stem}-activity-list-{self.today():%Y%m%d}.xlsx")
        path = ask_export_path(self, self.tr("Export the activity list"), suggested)
        if path:
            self.export_view_to(path)

    def export_view_to(self, path: str):
        """Write the list as shown (search, filters, sort, columns) in the background; figures typed."""
        job = start_view_export(self.exporter, self.jobs, self.db, self.table, path,
                                sheet_title=self.tr("Activities"), failed=self._export_failed,
                                typed=self._typed_list_columns())
        self._enable_exports(False)
        return job

    def _typed_list_columns(self) -> dict[int, TypedColumn]:
        rows, to_source = self.model.rows, self.proxy.mapToSource

        def starts(index):   # the list shows the system's local time (to_qdatetime)
            return to_qdatetime(rows[to_source(index).row()][0].starts_at).toPython()

        return {LIST_COLUMNS.index("starts"): TypedColumn(starts),
                LIST_COLUMNS.index("registered"): role_value(SORT_ROLE, "#,##0"),
                LIST_COLUMNS.index("attended"): role_value(SORT_ROLE, "#,##0"),
                LIST_COLUMNS.index("participation"): role_value(SORT_ROLE, PERCENT_FORMAT)}

    def _enable_exports(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.export_view_button.setEnabled(enabled)

    def _export_finished(self, message: str) -> None:
        self._enable_exports(self.db is not None)
        self.message.setText(message)

    def _export_failed(self, message: str, details: str) -> None:
        report_job_failure(self, self.tr("Activities"), message, details)

    # -- self-test ----------------------------------------------------------------------
    def self_test(self) -> list[str]:
        problems = super().self_test()
        if self.db is not None and self.model.rowCount() != len(am.list_activities(self.db, self.current_filter())):
            problems.append("the activities list does not match the file")
        return problems

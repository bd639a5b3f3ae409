"""Members tab: the roster the operators live in — search, filters, sorting, editing, bulk actions, export.

The table is a MemberTableModel (app/views/member_table_model.py): rows come from SQL in
blocks, so a million members scroll like a hundred. Writes that touch a selection run in the
window's JobRunner (the selection may span rows that were never loaded, and a large delete
or bulk change can take longer than a frame); the single-member editor saves on the GUI
thread, which is one short transaction.

Beside the roster, two lifecycle views (app/views/lifecycle_lists.py) share the tab: the
at-risk list and the 星火计划 KOL shortlist. They are read when first shown and again, when
shown, after the file changed. "Recompute lifecycle" runs app.services.lifecycle:recompute in a
child process (CPU-bound: it must not hold the GUI thread's GIL) with progress and Cancel; it
writes in one transaction, so a cancel or a failure leaves the file as it was.
"""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (QDate, QItemSelection, QItemSelectionModel, QMetaMethod, QModelIndex, Qt, QTimer,
                            Signal)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox, QProgressBar,
                               QTableView, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from app.models import member_query as mq
from app.models import members as members_model
from app.models.database import Database
from app.models.errors import UserError
from app.models.schema import MEMBER_STATUSES
from app.services.member_export import EXPORT_COLUMNS, export_members
from app.services.overview import Overview
from app.views.dialog_parts import push_button, report_job_failure
from app.views.export_runner import ExportRunner
from app.views.file_dialogs import ask_save_path
from app.views.i18n import fmt
from app.views.i18n import text as translated
from app.views.job_names import announced
from app.views.labels import segment_labels, status_label
from app.views.lifecycle_lists import AtRiskPanel, KolPanel
from app.views.locale_format import number
from app.views.member_table_model import MemberTableModel, column_titles, role_labels
from app.views.tabs.base import TabPage

SEARCH_DELAY_MS = 150
RECOMPUTE_TARGET = "app.services.lifecycle:recompute"
# Column widths in average character widths (names are short, e-mails and tags are long).
COLUMN_CHARS = {"display_name": 10, "nickname": 14, "phone": 13, "wechat_id": 14, "email": 24, "join_date": 11,
                "sub_communities": 16, "tags": 16, "tier": 8, "status": 8, "segment": 10, "roles": 12,
                "source_channel": 10, "updated_at": 16}


def _ranges_to_rows(ranges: list[tuple[int, int]]) -> int:
    return sum(bottom - top + 1 for top, bottom in ranges)


def _resolve_ids(db: Database, flt: mq.MemberFilter, sort: str, descending: bool,
                 ranges: list[tuple[int, int]]) -> list[int]:
    """Member ids of row ranges of a view (for selections that reach rows never loaded)."""
    ids: list[int] = []
    for top, bottom in ranges:
        ids.extend(mq.page_ids(db.conn, flt, sort, descending, top, bottom - top + 1))
    return ids


def _filter_choices(db: Database, progress, cancelled) -> tuple[list, list, list]:
    return (members_model.sub_community_names(db), members_model.tag_names(db), members_model.tier_names(db))


class MembersTab(TabPage):
    import_requested = Signal()   # the window owns the import wizard
    data_written = Signal()       # this tab changed the file beyond the roster (the window re-reads every tab)

    def __init__(self):
        super().__init__()
        self.setObjectName("MembersTab")
        self.db: Database | None = None
        self.jobs = None
        self.editor = None     # the MemberDialog open
        self.write_job = None
        self._choices: tuple[list, list, list] = ([], [], [])
        self.recompute_job = None
        self._recompute_generation = 0
        self._reselect: set[int] = set()
        self._current_member: int | None = None    # the current row's member, made current again with _reselect
        self._selecting = False
        self._stale_panels: set[QWidget] = set()   # lifecycle views to read again when next shown
        self._fresh_panel: QWidget | None = None     # the view that just wrote (and re-read itself)

        self.model = MemberTableModel(self)
        layout = QVBoxLayout(self)
        roster = QWidget()
        roster.setObjectName("rosterPage")
        roster_layout = QVBoxLayout(roster)
        roster_layout.addLayout(self._build_search_row())
        roster_layout.addLayout(self._build_filter_row())
        roster_layout.addLayout(self._build_action_row())
        roster_layout.addWidget(self._build_table(), 1)
        roster_layout.addLayout(self._build_export_row())
        self.at_risk_panel = AtRiskPanel()
        self.kol_panel = KolPanel()
        self.views = QTabWidget()
        self.views.setObjectName("memberViews")
        self.views.setDocumentMode(True)
        self.views.addTab(roster, self.tr("Roster"))
        self.views.addTab(self.at_risk_panel, self.tr("At risk"))
        self.views.addTab(self.kol_panel, self.tr("KOL shortlist (星火计划)"))
        for panel in self.panels():
            panel.changed.connect(lambda panel=panel: self._panel_wrote(panel))
        self.views.currentChanged.connect(lambda _index: self._load_shown_panel())
        layout.addWidget(self.views, 1)
        layout.addLayout(self._build_recompute_row())

        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("memberSearchTimer")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())

        self.model.count_changed.connect(self._count_changed)
        self.model.modelReset.connect(self._update_count_label)
        self.model.modelReset.connect(self._update_viewport)
        self.model.rowsInserted.connect(self._update_viewport)
        self.model.rows_loaded.connect(self._restore_selection)
        self.model.failed.connect(self._job_failed)
        self._update_enabled()
        self._update_count_label()

    # -- construction -------------------------------------------------------------------
    def _build_search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("memberSearch")
        self.search.setPlaceholderText(self.tr("Search name, nickname, phone, WeChat, email, handle"))
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("memberCount")
        row.addWidget(self.count_label)
        return row

    def _combo(self, name: str, all_text: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(all_text, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        return combo

    def _date_filter(self, name: str, caption: str, initial: QDate) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(caption)
        check.setObjectName(f"{name}On")
        edit = QDateEdit(initial)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(lambda _on: self.apply_filter())
        edit.dateChanged.connect(lambda _d: self.apply_filter() if check.isChecked() else None)
        return check, edit

    def _build_filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.sub_filter = self._combo("filterSubCommunity", self.tr("All sub-communities"))
        self.tier_filter = self._combo("filterTier", self.tr("All tiers"))
        self.status_filter = self._combo("filterStatus", self.tr("All statuses"))
        for status in MEMBER_STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.role_filter = self._combo("filterRole", self.tr("All roles"))
        for role, label in role_labels().items():
            self.role_filter.addItem(label, role)
        self.tag_filter = self._combo("filterTag", self.tr("All tags"))
        self.segment_filter = self._combo("segmentFilter", self.tr("All segments"))
        for code, label in segment_labels().items():
            self.segment_filter.addItem(label, code)
        self.segment_filter.addItem(self.tr("Not scored"), mq.NOT_SCORED)
        self.segment_filter.setToolTip(self.tr("RFM segment from the last lifecycle recompute"))
        today = QDate.currentDate()
        self.from_check, self.from_date = self._date_filter("filterJoinedFrom", self.tr("Joined from"),
                                                            today.addYears(-1))
        self.to_check, self.to_date = self._date_filter("filterJoinedTo", self.tr("to"), today)
        self.deleted_check = QCheckBox(self.tr("Show deleted"))
        self.deleted_check.setObjectName("filterDeleted")
        self.deleted_check.setToolTip(self.tr("Deleted members stay recoverable here; select them and press Restore."))
        self.deleted_check.toggled.connect(self._deleted_toggled)
        for widget in (self.sub_filter, self.tier_filter, self.status_filter, self.role_filter, self.tag_filter,
                       self.segment_filter, self.from_check, self.from_date, self.to_check, self.to_date):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.deleted_check)
        return row

    def _build_action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = push_button("addMember", self.tr("Add…"), self.add_member)
        self.edit_button = push_button("editMember", self.tr("Edit…"), self.edit_selected)
        self.delete_button = push_button("deleteMember", self.tr("Delete…"), self.delete_or_restore)
        self.bulk_button = QToolButton()
        self.bulk_button.setObjectName("bulkActions")
        self.bulk_button.setText(self.tr("Bulk actions"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk_menu = QMenu(self.bulk_button)
        self.bulk_menu.setObjectName("bulkMenu")
        self.add_tag_action = self.bulk_menu.addAction(self.tr("Add tag…"), self.bulk_add_tag)
        self.add_tag_action.setObjectName("bulkAddTag")
        self.remove_tag_action = self.bulk_menu.addAction(self.tr("Remove tag…"), self.bulk_remove_tag)
        self.remove_tag_action.setObjectName("bulkRemoveTag")
        self.move_action = self.bulk_menu.addAction(self.tr("Move to sub-community…"), self.bulk_move)
        self.move_action.setObjectName("bulkMove")
        self.status_action = self.bulk_menu.addAction(self.tr("Set status…"), self.bulk_status)
        self.status_action.setObjectName("bulkStatus")
        self.bulk_button.setMenu(self.bulk_menu)
        self.refresh_button = push_button("refreshMembers", self.tr("Refresh"), self.reload)
        self.refresh_button.setToolTip(self.tr("Read the roster (and the at-risk and KOL views) again from the "
                                               "file (F5)"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.import_button = push_button("importMembers", self.tr("Import…"), self.import_requested.emit)
        self.import_button.setToolTip(self.tr("Import members from a CSV or Excel file"))
        self.export_button = push_button("exportMembers", self.tr("Export…"), self.export)
        self.export_button.setToolTip(self.tr("Export the members shown (search, filters and sort order) "
                                              "to Excel or CSV"))
        for widget in (self.add_button, self.edit_button, self.delete_button, self.bulk_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        return row

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: nothing ever measures a million rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)   # join order (id) until a column is chosen
        char = self.fontMetrics().averageCharWidth()
        for column, key in enumerate(self.model.keys):
            header.resizeSection(column, COLUMN_CHARS.get(key, 10) * char + 16)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._update_viewport())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        return self.table

    def _build_export_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("memberMessage")
        row.addWidget(self.message, 1)
        self.exporter = ExportRunner(self, progress_name="exportProgress", cancel_name="exportCancel",
                                     cancel_text=self.tr("Cancel export"))
        self.exporter.started.connect(self.message.setText)
        self.exporter.finished.connect(self._export_finished)
        self.export_progress, self.export_cancel = self.exporter.progress, self.exporter.cancel_button
        self.export_cancel.clicked.connect(lambda: self.message.setText(self.tr("Cancelling the export…")))
        row.addWidget(self.export_progress)
        row.addWidget(self.export_cancel)
        return row

    def _build_recompute_row(self) -> QHBoxLayout:
        """Under every view: the lifecycle recompute (points, RFM, tiers, churn) and what it did."""
        row = QHBoxLayout()
        self.recompute_status = QLabel()
        self.recompute_status.setObjectName("recomputeStatus")
        self.recompute_status.setWordWrap(True)
        self.recompute_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.recompute_status, 1)
        self.recompute_progress = QProgressBar()
        self.recompute_progress.setObjectName("recomputeProgress")
        self.recompute_progress.setVisible(False)
        row.addWidget(self.recompute_progress, 0, Qt.AlignmentFlag.AlignTop)
        self.recompute_cancel = push_button("recomputeCancel", self.tr("Cancel"), self.cancel_recompute)
        self.recompute_cancel.setToolTip(self.tr("Stop the recompute; nothing is changed"))
        self.recompute_cancel.setVisible(False)
        row.addWidget(self.recompute_cancel, 0, Qt.AlignmentFlag.AlignTop)
        self.recompute_button = push_button("recompute", self.tr("Recompute lifecycle"), self.recompute)
        self.recompute_button.setToolTip(self.tr("Award points and recompute RFM segments, tiers and churn flags "
                                                 "from the imported activity"))
        row.addWidget(self.recompute_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # -- TabPage ------------------------------------------------------------------------
    def set_database(self, db, jobs) -> None:
        self.db, self.jobs = db, jobs
        if self.editor is not None:
            self.editor.reject()
            self.editor = None
        self.search_timer.stop()
        self._reset_filter_widgets()
        self._set_choices(([], [], []))
        self.message.clear()
        self._reselect = set()
        self.model.set_database(db, jobs, self._current_filter())
        if db is not None:
            self.refresh_choices()
        if self.recompute_job is not None:   # ran on the file being closed; it rolls back
            self.recompute_job.cancel()
        self._recompute_generation += 1      # its outcome no longer concerns this view
        self._end_recompute()
        self.recompute_status.clear()
        if db is None:
            self._stale_panels.clear()
            for panel in self.panels():
                panel.set_database(None, None)
        else:
            self._panels_changed()
        self._update_enabled()
        self._update_count_label()

    def show_overview(self, overview: Overview | None) -> None:
        """The roster reads the file itself; the overview adds nothing it does not already show."""

    def self_test(self) -> list[str]:
        problems = super().self_test()
        if self.db is not None and self.model.total is not None and self.model.rowCount() != self.model.total:
            problems.append(f"MembersTab shows {self.model.rowCount()} rows for {self.model.total} members")
        return problems

    # -- filters ------------------------------------------------------------------------
    def _reset_filter_widgets(self) -> None:
        widgets = (self.search, self.sub_filter, self.tier_filter, self.status_filter, self.role_filter,
                   self.tag_filter, self.segment_filter, self.from_check, self.to_check, self.deleted_check,
                   self.from_date, self.to_date)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.sub_filter, self.tier_filter, self.status_filter, self.role_filter, self.tag_filter,
                      self.segment_filter):
            combo.setCurrentIndex(0)
        for check in (self.from_check, self.to_check, self.deleted_check):
            check.setChecked(False)
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._update_delete_button()

    def _current_filter(self) -> mq.MemberFilter:
        def iso(check: QCheckBox, edit: QDateEdit) -> str | None:
            return edit.date().toString("yyyy-MM-dd") if check.isChecked() else None

        return mq.MemberFilter(
            text=self.search.text().strip(),
            sub_community_id=self.sub_filter.currentData(),
            tier=self.tier_filter.currentData(),
            status=self.status_filter.currentData(),
            role=self.role_filter.currentData(),
            tag_id=self.tag_filter.currentData(),
            segment=self.segment_filter.currentData(),
            joined_from=iso(self.from_check, self.from_date),
            joined_to=iso(self.to_check, self.to_date),
            deleted=self.deleted_check.isChecked(),
        )

    def apply_filter(self) -> None:
        self.search_timer.stop()
        flt = self._current_filter()
        if flt != self.model.filter:
            self._reselect = set()
            self.model.set_filter(flt)
            self._update_count_label()

    def _deleted_toggled(self, _on: bool) -> None:
        self._update_delete_button()
        self._update_enabled()
        self.apply_filter()

    def refresh_choices(self) -> None:
        """Re-read sub-communities, tags and tiers for the filter combos (off the GUI thread)."""
        if self.db is None or self.jobs is None:
            return
        db = self.db
        self.jobs.start(db, _filter_choices,
                        on_done=lambda choices: self._set_choices(choices) if self.db is db else None,
                        on_failed=self._job_failed)

    def _set_choices(self, choices: tuple[list, list, list]) -> None:
        self._choices = choices
        subs, tags, tiers = choices
        changed = False
        changed |= self._refill(self.sub_filter, [(name, sid) for sid, name in subs])
        changed |= self._refill(self.tag_filter, [(name, tid) for tid, name in tags])
        changed |= self._refill(self.tier_filter, [(tier, tier) for tier in tiers])
        if changed:
            self.apply_filter()

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> bool:
        """Replace the items after 'All …', keeping the chosen one; True if the choice vanished."""
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        return current is not None and index < 0

    # -- the count and the buttons ------------------------------------------------------
    def _count_changed(self) -> None:
        self._update_count_label()
        self._update_viewport()
        if self._reselect:
            self._restore_selection()

    def _update_count_label(self) -> None:
        model = self.model
        if self.db is None:
            self.count_label.setText(self.tr("No community file is open"))
            return
        count = model.total
        if count is None:
            self.count_label.setText(self.tr("Counting…"))
        elif model.filter.deleted:
            self.count_label.setText(fmt(self.tr("%1 deleted members (recoverable)"), number(count)))
        elif model.filter == mq.MemberFilter() or model.roster_total is None:
            self.count_label.setText(fmt(self.tr("%1 members"), number(count)))
        else:
            self.count_label.setText(fmt(self.tr("%1 of %2 members"), number(count), number(model.roster_total)))

    def _update_delete_button(self) -> None:
        if self.deleted_check.isChecked():
            self.delete_button.setText(self.tr("Restore"))
            self.delete_button.setToolTip(self.tr("Put the selected members back on the roster"))
        else:
            self.delete_button.setText(self.tr("Delete…"))
            self.delete_button.setToolTip(self.tr("Move the selected members to the deleted view "
                                                  "(recoverable)"))

    def _update_enabled(self) -> None:
        has_db = self.db is not None
        ranges = self.selected_ranges() if has_db else []
        selected = bool(ranges)
        busy = self.write_job is not None
        in_bin = self.deleted_check.isChecked()
        for widget in (self.search, self.sub_filter, self.tier_filter, self.status_filter, self.role_filter,
                       self.tag_filter, self.segment_filter, self.from_check, self.to_check, self.deleted_check,
                       self.table):
            widget.setEnabled(has_db)
        self.from_date.setEnabled(has_db and self.from_check.isChecked())
        self.to_date.setEnabled(has_db and self.to_check.isChecked())
        self.add_button.setEnabled(has_db and not in_bin)
        self.edit_button.setEnabled(has_db and not in_bin and len(ranges) == 1 and ranges[0][0] == ranges[0][1])
        self.delete_button.setEnabled(has_db and selected and not busy)
        self.bulk_button.setEnabled(has_db and selected and not busy and not in_bin)
        self.export_button.setEnabled(has_db and self.export_job is None)
        self.import_button.setEnabled(has_db)
        self.refresh_button.setEnabled(has_db)
        self.recompute_button.setEnabled(has_db and self.recompute_job is None)

    # -- the view -----------------------------------------------------------------------
    def _update_viewport(self, *_args) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        first = max(self.table.rowAt(0), 0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        if last < 0:
            last = rows - 1
        self.model.set_viewport(first, last)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_viewport()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column >= 0 and not self.model.is_sortable(column):
            # Only indexed columns sort at scale; put the indicator back where the rows are sorted.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder
                                    if self.model.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            self.message.setText(fmt(self.tr("The roster cannot be sorted by %1."),
                                     self.model.headerData(column, Qt.Orientation.Horizontal)))
        else:
            self._reselect = set()
            self.message.clear()

    def selected_ranges(self) -> list[tuple[int, int]]:
        """Selected rows as merged (top, bottom) ranges — never one index per row."""
        spans = sorted((r.top(), r.bottom()) for r in self.table.selectionModel().selection())
        merged: list[list[int]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], bottom)
            else:
                merged.append([top, bottom])
        return [(top, bottom) for top, bottom in merged]

    def _known_ids(self, ranges: list[tuple[int, int]]) -> list[int] | None:
        """Ids of the selected rows as the person sees them, or None if some are not loaded."""
        if _ranges_to_rows(ranges) > 20_000:
            return None
        ids = []
        for top, bottom in ranges:
            for row in range(top, bottom + 1):
                if not self.model.is_loaded(row):
                    return None
                ids.append(self.model.member_id(row))
        return ids

    def _selection_changed(self, *_args) -> None:
        if not self._selecting:
            self._reselect = set()
        self._update_enabled()

    def _restore_selection(self) -> None:
        """After a write: select again the members that were selected, where their rows are loaded."""
        if not self._reselect:
            return
        rows = sorted(row for row, member_id in self.model.cached_rows().items() if member_id in self._reselect)
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        start = previous = None
        for row in rows + [None]:
            if start is not None and (row is None or row != previous + 1):
                selection.select(self.model.index(start, 0), self.model.index(previous, last_column))
                start = None
            if row is not None and start is None:
                start = row
            previous = row
        self._selecting = True
        try:
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._restore_current()
        finally:
            self._selecting = False
        self._update_enabled()

    def _restore_current(self) -> None:
        """Make the noted member's row current again, once loaded, without scrolling to it."""
        if self._current_member not in self._reselect:
            return
        row = self.model.row_of(self._current_member)
        current = self.table.currentIndex()
        if row is None or current.row() == row:
            return
        bars = (self.table.verticalScrollBar(), self.table.horizontalScrollBar())
        values = [bar.value() for bar in bars]
        self.table.selectionModel().setCurrentIndex(self.model.index(row, max(current.column(), 0)),
                                                    QItemSelectionModel.SelectionFlag.NoUpdate)
        for bar, value in zip(bars, values):
            bar.setValue(value)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and not self.deleted_check.isChecked():
            self.edit_row(index.row())

    # -- editing ------------------------------------------------------------------------
    def add_member(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        ranges = self.selected_ranges()
        if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
            self.edit_row(ranges[0][0])

    def edit_row(self, row: int) -> None:
        member_id = self.model.member_id(row)
        if member_id is None:
            self.message.setText(self.tr("That row is still loading; try again in a moment."))
            return
        self._open_editor(member_id)

    def _open_editor(self, member_id: int | None) -> None:
        if self.db is None:
            return
        if self.editor is not None:
            self.editor.raise_()
            self.editor.activateWindow()
            return
        subs, tags, tiers = self._choices
        from app.views.member_dialog import MemberDialog    # a dialog's modules load when first opened

        self.editor = MemberDialog(self.db, member_id, self, tiers=tiers,
                                   tags=[n for _i, n in tags], sub_communities=[n for _i, n in subs])
        self.editor.saved.connect(self._member_saved)
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()

    def _editor_closed(self, _result: int) -> None:
        if self.editor is not None:
            editor, self.editor = self.editor, None
            editor.deleteLater()
            if editor.lifecycle_changed:   # points, manual tier or a recall were written on its Lifecycle page
                self._written()

    def _member_saved(self, member_id: int) -> None:
        self._reselect = {member_id}
        self.message.setText(self.tr("Saved."))
        self.after_write()

    def after_write(self) -> None:
        """Fresh rows and counts, same scroll position; filter choices may have grown."""
        self.model.refresh()
        self._update_count_label()
        self.refresh_choices()

    def reload(self) -> None:
        """Re-read (a teammate's commit, another tab's write): same filter, sort and scroll position; the
        selected members stay selected wherever their rows now are, and none is selected in place of one
        that is gone."""
        if self.db is not None:
            self._keep_place()
            self.after_write()
            self._panels_changed()

    def _keep_place(self) -> None:
        """Note the selected members by id (the model keeps the scroll position: no row is read for it).
        A selection reaching rows never loaded stays as rows."""
        current = self.table.currentIndex()
        self._current_member = self.model.member_id(current.row()) if current.isValid() else None
        if not self._reselect:
            ids = self._known_ids(self.selected_ranges())
            if ids is not None:
                self._reselect = set(ids)

    def _written(self) -> None:
        """This tab wrote more than the roster shows: every tab re-reads (through the window if there is one)."""
        if self.isSignalConnected(QMetaMethod.fromSignal(self.data_written)):
            self.data_written.emit()
        else:
            self.reload()

    # -- the lifecycle views ------------------------------------------------------------
    def panels(self) -> tuple[AtRiskPanel, KolPanel]:
        return self.at_risk_panel, self.kol_panel

    def _panels_changed(self) -> None:
        """The file changed: read the shown lifecycle view now, the others when they are shown."""
        self._stale_panels = {panel for panel in self.panels() if panel is not self._fresh_panel}
        self._load_shown_panel()

    def _load_shown_panel(self) -> None:
        panel = self.views.currentWidget()
        if panel not in self._stale_panels or self.db is None or not self.isVisible():
            return
        self._stale_panels.discard(panel)
        if panel.db is not self.db or panel.jobs is not self.jobs:
            panel.set_database(self.db, self.jobs)   # reads
        else:
            panel.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._load_shown_panel()

    def _panel_wrote(self, panel: QWidget) -> None:
        """A recall was logged or KOLs accepted (roles change): the panel re-read itself; the rest re-read."""
        self._fresh_panel = panel
        try:
            self._written()
        finally:
            self._fresh_panel = None

    # -- recompute ----------------------------------------------------------------------
    def recompute(self) -> None:
        """Run the lifecycle recompute in a child process; progress and Cancel under the views."""
        if self.db is None or self.jobs is None or self.recompute_job is not None:
            return
        self._recompute_generation += 1
        generation = self._recompute_generation
        job = self.jobs.start_process(
            self.db, RECOMPUTE_TARGET, {},
            on_done=lambda report: self._recompute_done(generation, report),
            on_failed=lambda message, details: self._recompute_failed(generation, message, details),
            on_progress=lambda done, total: self._recompute_progress(generation, done, total),
            on_cancelled=lambda: self._recompute_cancelled(generation),
            on_ended=announced(self.db, "recomputing tiers and points", lambda: self._recompute_ended(generation)))
        self.recompute_job = job
        self.recompute_progress.setRange(0, 0)
        self.recompute_progress.setVisible(True)
        self.recompute_cancel.setEnabled(True)
        self.recompute_cancel.setVisible(True)
        self.recompute_status.setText(self.tr("Recomputing points, RFM segments, tiers and churn flags…"))
        self._update_enabled()

    def cancel_recompute(self) -> None:
        if self.recompute_job is not None:
            self.recompute_job.cancel()
            self.recompute_cancel.setEnabled(False)
            self.recompute_status.setText(self.tr("Cancelling the recompute…"))

    def _recompute_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._recompute_generation and total > 0:
            self.recompute_progress.setRange(0, total)
            self.recompute_progress.setValue(min(done, total))

    def _recompute_done(self, generation: int, report) -> None:
        if generation != self._recompute_generation:
            return
        self._end_recompute()
        self.recompute_status.setText("\n".join([fmt(self.tr("Lifecycle recomputed (as of %1):"), report.as_of),
                                                 *map(translated, report.lines())]))
        self._written()

    def _recompute_cancelled(self, generation: int) -> None:
        if generation == self._recompute_generation:
            self._end_recompute()
            self.recompute_status.setText(self.tr("Recompute cancelled; nothing was changed."))

    def _recompute_failed(self, generation: int, message: str, details: str) -> None:
        if generation != self._recompute_generation:
            return
        self._end_recompute()
        self.recompute_status.setText(self.tr("The recompute failed; nothing was changed."))
        if details:  # a bug: the global hook logs it and shows the traceback
            raise RuntimeError(f"{message}\n{details}")
        QMessageBox.warning(self, self.tr("Recompute lifecycle"),
                            fmt(self.tr("The recompute failed; nothing was changed.\n\n%1"), message))

    def _recompute_ended(self, generation: int) -> None:
        if generation == self._recompute_generation:
            self._end_recompute()

    def _end_recompute(self) -> None:
        """Back to idle (the job is over, or the file it ran on was closed)."""
        self.recompute_job = None
        self.recompute_progress.setVisible(False)
        self.recompute_cancel.setVisible(False)
        self._update_enabled()

    # -- writes on the selection (JobRunner) --------------------------------------------
    def _run_on_selection(self, describe: Callable[[int], str],
                          action: Callable[[Database, list[int]], int]) -> None:
        ranges = self.selected_ranges()
        if self.db is None or not ranges or self.write_job is not None:
            return
        known = self._known_ids(ranges)
        flt, sort, descending = self.model.filter, self.model.sort_key, self.model.descending
        too_many = fmt(self.tr("%1 members are too many for one change in this SQLite build; select fewer "
                               "(for example one sub-community or tag at a time). Nothing was changed."),
                       number(_ranges_to_rows(ranges)))

        def job(db: Database, progress, cancelled):
            ids = known if known is not None else _resolve_ids(db, flt, sort, descending, ranges)
            try:
                return action(db, ids), ids
            except sqlite3.OperationalError as exc:
                if "too many SQL variables" in str(exc):   # the whole change rolled back
                    raise UserError(too_many) from exc
                raise

        def done(result: tuple[int, list[int]]) -> None:
            self.write_job = None
            changed, ids = result
            self._reselect = set(ids)
            self.message.setText(describe(changed))
            self.after_write()
            self._update_enabled()

        def failed(message: str, details: str) -> None:
            self.write_job = None
            self._update_enabled()
            self._job_failed(message, details)

        self.write_job = self.jobs.start(self.db, job, on_done=done, on_failed=failed)
        self.message.setText(self.tr("Working…"))
        self._update_enabled()

    def delete_or_restore(self) -> None:
        ranges = self.selected_ranges()
        if not ranges:
            return
        count = _ranges_to_rows(ranges)
        if self.deleted_check.isChecked():
            self._run_on_selection(lambda n: fmt(self.tr("Restored %1 members."), number(n)),
                                   members_model.restore_members)
            return
        answer = QMessageBox.question(
            self, self.tr("Delete members"),
            fmt(self.tr("Delete %1 selected members?\n\nThey move to the deleted view (Show deleted) "
                        "and can be restored from there."), number(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run_on_selection(lambda n: fmt(self.tr("Deleted %1 members (recoverable under Show deleted)."),
                                             number(n)), members_model.delete_members)

    def _ask_item(self, title: str, label: str, items: list[str], editable: bool) -> str | None:
        if not items and not editable:
            QMessageBox.information(self, title, self.tr("There is nothing to choose from yet."))
            return None
        text, ok = QInputDialog.getItem(self, title, label, items, 0, editable)
        text = text.strip() if ok else ""
        return text or None

    def bulk_add_tag(self) -> None:
        self._bulk_tag(add=True)

    def bulk_remove_tag(self) -> None:
        self._bulk_tag(add=False)

    def _bulk_tag(self, *, add: bool) -> None:
        count = number(_ranges_to_rows(self.selected_ranges()))
        if add:
            title, prompt = self.tr("Add tag"), fmt(self.tr("Tag to add to %1 members:"), count)
        else:
            title, prompt = self.tr("Remove tag"), fmt(self.tr("Tag to remove from %1 members:"), count)
        tag = self._ask_item(title, prompt, [n for _i, n in self._choices[1]], add)
        if not tag:
            return
        done = self.tr("Tag %1 added to %2 members.") if add else self.tr("Tag %1 removed from %2 members.")
        self._run_on_selection(lambda n: fmt(done, tag, number(n)),
                               lambda db, ids: members_model.bulk_tag(db, ids, tag, add=add))

    def bulk_move(self) -> None:
        count = _ranges_to_rows(self.selected_ranges())
        name = self._ask_item(self.tr("Move to sub-community"),
                              fmt(self.tr("Move %1 members into (they leave their other sub-communities):"),
                                  number(count)),
                              [n for _i, n in self._choices[0]], True)
        if name:
            self._run_on_selection(lambda n: fmt(self.tr("%1 members moved to %2."), number(n), name),
                                   lambda db, ids: members_model.bulk_move_sub_community(db, ids, name))

    def bulk_status(self) -> None:
        count = _ranges_to_rows(self.selected_ranges())
        labels = [status_label(s) for s in MEMBER_STATUSES]
        label = self._ask_item(self.tr("Set status"), fmt(self.tr("New status for %1 members:"), number(count)),
                               labels, False)
        if label in labels:
            status = MEMBER_STATUSES[labels.index(label)]
            self._run_on_selection(lambda n: fmt(self.tr("Status set to %1 for %2 members."), label, number(n)),
                                   lambda db, ids: members_model.bulk_set_status(db, ids, status))

    # -- export -------------------------------------------------------------------------
    def export_headers(self) -> list[str]:
        titles = column_titles()
        titles["updated_at"] = self.tr("Last changed (UTC)")
        return [titles[key] for key in EXPORT_COLUMNS]

    def export(self) -> None:
        if self.db is None or self.export_job is not None:
            return
        suggested = Path(self.db.path).with_name(f"{Path(self.db.path).stem}-members-{date.today():%Y%m%d}.xlsx")
        path = ask_save_path(self, self.tr("Export members"), suggested,
                             [(self.tr("Excel workbook (*.xlsx)"), ".xlsx"), (self.tr("CSV file (*.csv)"), ".csv")])
        if not path:
            return
        flt, sort, descending = self.model.filter, self.model.sort_key, self.model.descending
        headers = self.export_headers()

        def job(db: Database, progress, cancelled):
            return export_members(db, path, flt=flt, sort=sort, descending=descending, headers=headers,
                                  progress=progress, cancelled=cancelled)

        self.exporter.start(self.jobs, self.db, job, path,
                            lambda n: fmt(self.tr("Exported %1 members to %2."), number(n), path), self._job_failed)
        self._update_enabled()

    @property
    def export_job(self):
        return self.exporter.job

    def _export_finished(self, message: str) -> None:
        self.message.setText(message)
        self._update_enabled()

    # -- failures -----------------------------------------------------------------------
    def _job_failed(self, message: str, details: str) -> None:
        report_job_failure(self, self.tr("Members"), message, details)

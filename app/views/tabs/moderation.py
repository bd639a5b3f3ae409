"""The Moderation tab: the triage queue (urgency order, SLA countdown, filters) and the log & figures on
the left; the chosen case with its decision buttons on the right. Triage works from the keyboard:
J / K move, C claims, N W D M R B decide, X dismisses, A appeals, U / O uphold or overturn an appeal."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QScrollArea, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from app.models import moderation as mod
from app.models.content import parse_utc, utc_text
from app.models.errors import ConflictError, LockedError, RowMissingError, UserError
from app.services.metrics import zone
from app.views.dialog_parts import ERROR_STYLE, busy_cause, is_busy, push_button, report_job_failure
from app.views.export_runner import ExportRunner
from app.views.i18n import error_text, fmt
from app.views.job_names import announced
from app.views.locale_format import number
from app.views.moderation_bulk_dialog import DISMISS, BulkDecideDialog
from app.views.moderation_case_panel import ACTION_KEYS, COMMAND_KEYS, AppealDialog, CasePanel, KeepLetters
from app.views.moderation_labels import CATEGORY_LABELS, LEVEL_LABELS, STATUS_LABELS, label, labels
from app.views.moderation_log_panel import ModerationLogPanel
from app.views.moderation_queue_model import COLUMNS, ID_ROLE, CaseQueueModel, local_text
from app.views.tabs.base import TabPage, hint_label
from app.views.view_export import TypedColumn, ask_export_path, start_view_export
from app.views import view_state

TICK_MS = 30_000
ME = "\x00me"          # the assignee filter's "Me" (the operator's name is read when filtering)
SCAN_TARGET = "app.services.moderation_scan:scan_messages"


class ModerationTab(TabPage):
    data_written = Signal()      # this tab wrote to the file (the window re-reads the other tabs)

    def __init__(self):
        super().__init__()
        self.setObjectName("ModerationTab")
        self.db = None
        self.jobs = None
        self.tz = zone(None)
        self.clock = lambda: datetime.now(timezone.utc)
        self.scan_job = None
        self.current_id: int | None = None
        self._open_due: list[str] = []
        self.keep_letters = KeepLetters(self)
        self._build()
        self._build_shortcuts()
        self.timer = QTimer(self)
        self.timer.setObjectName("countdownTimer")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        layout.addLayout(self._build_commands())
        self.hint = hint_label("moderationHint")
        layout.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.left = QTabWidget()
        self.left.setObjectName("moderationLeft")
        self.left.addTab(self._build_queue(), self.tr("Queue"))
        self.log_panel = ModerationLogPanel()
        self.log_panel.case_activated.connect(self.show_case_from_log)
        self.left.addTab(self.log_panel, self.tr("Log && figures"))
        self.left.currentChanged.connect(lambda _i: self._refresh_log())
        splitter.addWidget(self.left)
        self.panel = CasePanel()
        self.panel.requested.connect(self.run)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 520])
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setObjectName("moderationMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.exporter.started.connect(self.message.setText)
        self.exporter.finished.connect(self._export_finished)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.installEventFilter(self.keep_letters)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return combo

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status_filter = self._combo("statusFilter")
        self.status_filter.blockSignals(True)
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("All statuses"), "all")
        for code, text in labels(STATUS_LABELS).items():
            self.status_filter.addItem(text, code)
        self.status_filter.blockSignals(False)
        self.level_filter = self._combo("levelFilter")
        self.level_filter.blockSignals(True)
        self.level_filter.addItem(self.tr("All levels"), None)
        for code, text in labels(LEVEL_LABELS).items():
            self.level_filter.addItem(text, code)
        self.level_filter.blockSignals(False)
        self.category_filter = self._combo("categoryFilter")
        self.assignee_filter = self._combo("assigneeFilter")
        self.summary = QLabel()
        self.summary.setObjectName("queueSummary")
        for widget in (QLabel(self.tr("Show:")), self.status_filter, self.level_filter, self.category_filter,
                       self.assignee_filter):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.summary)
        return row

    def _build_commands(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = push_button("newCase", self.tr("New case…"), self.new_case)
        self.new_button.setToolTip(self.tr("A member's report or your own observation."))
        self.scan_button = push_button("scanButton", self.tr("Scan messages"), self.scan)
        self.scan_button.setToolTip(self.tr("Scan the imported chat messages not scanned yet for sensitive words."))
        self.scan_progress = QProgressBar()
        self.scan_progress.setObjectName("scanProgress")
        self.scan_progress.setMaximumWidth(160)
        self.scan_progress.hide()
        self.scan_cancel = push_button("scanCancel", self.tr("Cancel"), self.cancel_scan)
        self.scan_cancel.hide()
        self.words_button = push_button("wordsButton", self.tr("Sensitive words…"), self.edit_words)
        self.settings_button = push_button("moderationSettingsButton", self.tr("Settings…"), self.edit_settings)
        self.settings_button.setToolTip(self.tr("Deadlines (SLA) per level, credit moves, categories, community rules"))
        self.bulk_button = push_button("bulkDecide", self.tr("Decide selected…"), self.bulk_decide)
        self.export_button = push_button("exportCases", self.tr("Export…"), self.export)
        self.export_button.setToolTip(self.tr("The queue as shown (these filters, this order) to Excel or CSV"))
        self.exporter = ExportRunner(self, progress_name="caseExportProgress", cancel_name="cancelCaseExport",
                                     cancel_text=self.tr("Cancel"))
        self.exporter.progress.setMaximumWidth(160)
        for widget in (self.new_button, self.scan_button, self.scan_progress, self.scan_cancel, self.words_button,
                       self.settings_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.exporter.progress, self.exporter.cancel_button, self.export_button, self.bulk_button):
            row.addWidget(widget)
        return row

    def _build_queue(self) -> QWidget:
        self.model = CaseQueueModel(lambda: self.clock(), lambda: self.tz, self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {"level": 80, "due": 130, "status": 90, "category": 90, "member": 100, "excerpt": 260,
                  "source": 120, "assignee": 80, "opened": 120}
        for column, name in enumerate(COLUMNS):
            self.table.setColumnWidth(column, widths[name])
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._row_chosen(current))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.run("edit"))
        return self.table

    def _build_shortcuts(self) -> None:
        keys = {"J": self.next_case, "K": self.previous_case}
        keys.update({key: partial(self.run, command) for command, key in COMMAND_KEYS.items()})
        keys.update({key: partial(self.run, f"decide:{action}") for action, key in ACTION_KEYS.items()})
        self.shortcuts: dict[str, QShortcut] = {}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[key] = shortcut

    # -- TabPage ------------------------------------------------------------------------
    def set_database(self, db, jobs) -> None:
        self.close_dialog()
        self.db, self.jobs = db, jobs
        self.current_id = None
        self.message.clear()
        self.log_panel.tz, self.log_panel.clock = self.tz, self.clock
        self.log_panel.set_database(db)
        if db is not None:
            self.panel.mute_spin.setValue(mod.get_config(db)["mute_days"])
        self.refresh()

    def reload(self) -> None:
        """Re-read (a teammate's commit, another tab's write), keeping the chosen case, the selection and the
        scroll position; if the chosen case has left the queue, none is chosen rather than another."""
        place = view_state.capture(self.table, ID_ROLE)
        if place.current is None and not self.model.rows:   # an empty queue: choose as when the file opens
            self.refresh()
            return
        error = self.panel.error.text()          # what the person was told about the chosen case
        self._read_queue()
        view_state.restore(self.table, place)    # choosing the case again re-reads it into the panel
        if not self.table.currentIndex().isValid():
            self._show(None)
        elif self.current_id == place.current:
            self.panel.show_error(error)
        self._selection_changed()
        self._refresh_log()

    # -- the queue ----------------------------------------------------------------------
    def current_filter(self) -> mod.CaseFilter:
        status = self.status_filter.currentData()
        statuses = mod.OPEN_STATUSES if status == "open" else () if status == "all" else (status,)
        level, category = self.level_filter.currentData(), self.category_filter.currentData()
        assignee = self.assignee_filter.currentData()
        if assignee == ME:
            assignee = self.db.operator if self.db is not None else ""
        return mod.CaseFilter(statuses=statuses, levels=(level,) if level else (),
                              categories=(category,) if category else (), assignee=assignee)

    def _fill_choices(self) -> None:
        """The category and assignee filters list what the file holds; the chosen entry is kept."""
        categories, names = [], []
        if self.db is not None:
            categories = list(mod.get_config(self.db)["categories"])
            categories += sorted({r[0] for r in self.db.conn.execute("SELECT DISTINCT category FROM moderation_cases")}
                                 - set(categories))
            names = [n for n in mod.assignees(self.db) if n != self.db.operator]
        self._refill(self.category_filter, [(self.tr("All categories"), None)]
                     + [(label(CATEGORY_LABELS, c), c) for c in categories])
        self._refill(self.assignee_filter, [(self.tr("All assignees"), None), (self.tr("Me"), ME),
                                            (self.tr("Unassigned"), "")] + [(n, n) for n in names])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, next((i for i, (_t, d) in enumerate(items) if d == chosen), 0)))
        combo.blockSignals(False)

    def refresh(self) -> None:
        """Re-read the queue and the chosen case: the same case if it is still listed, else the one now
        in its place."""
        keep, keep_row = self.current_id, self.table.currentIndex().row()
        self._read_queue()
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rows:
            row = min(max(keep_row, 0), len(self.model.rows) - 1)
        if row >= 0:
            self._choose_row(row)
        else:
            self._show(None)
        self._selection_changed()
        self._refresh_log()

    def _read_queue(self) -> None:
        """The filters' choices, the queue, the summary and the hint (the chosen row is the caller's)."""
        self._fill_choices()
        self.model.load(self.db, self.current_filter() if self.db is not None else None)
        self._open_due = mod.open_deadlines(self.db) if self.db is not None else []
        self._show_summary()
        self._show_hint()
        for widget in (self.new_button, self.scan_button, self.words_button, self.settings_button):
            widget.setEnabled(self.db is not None and (widget is not self.scan_button or self.scan_job is None))
        self.export_button.setEnabled(self.db is not None and not self.exporter.running)

    def _show_summary(self) -> None:
        if self.db is None:
            self.summary.clear()
            return
        now = utc_text(self.clock())
        overdue = sum(1 for due in self._open_due if due < now)
        self.summary.setText(fmt(self.tr("%1 open · %2 overdue"), len(self._open_due), overdue))
        self.summary.setStyleSheet(ERROR_STYLE if overdue else "")

    def _show_hint(self) -> None:
        if self.db is None or self.model.rows:
            self.hint.hide()
            return
        any_case = self.db.conn.execute("SELECT 1 FROM moderation_cases LIMIT 1").fetchone() is not None
        self.hint.setText(self.tr("No cases match these filters.") if any_case else self.tr(
            "No cases yet. Cases arrive three ways: a report a member sends you and an operator's own "
            "observation (New case…), and sensitive-word hits when you scan imported chat messages (Scan "
            "messages; set up the words first with Sensitive words…)."))
        self.hint.show()

    def _refresh_log(self) -> None:
        """Only while the log page is shown (it reads the figures)."""
        if self.db is not None and self.left.currentWidget() is self.log_panel:
            self.log_panel.tz, self.log_panel.clock = self.tz, self.clock
            self.log_panel.refresh()

    def tick(self) -> None:
        """The timer: repaint the countdowns from memory (no query)."""
        self.model.tick()
        self.panel.tick(self.clock())
        self._show_summary()

    def _choose_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _row_chosen(self, index) -> None:
        self.panel.show_error("")
        self._show(self.model.case_at(index.row()) if index.isValid() else None)

    def _show(self, case: mod.Case | None) -> None:
        self.current_id = case.id if case is not None else None
        self.panel.show_case(self.db, case, now=self.clock(), tz=self.tz,
                             member_name=self.model.member_name(case.member_id) if case is not None else "")

    def _selection_changed(self) -> None:
        self.bulk_button.setEnabled(self.db is not None and len(self.selected_cases()) > 1)

    def selected_cases(self) -> list[mod.Case]:
        return [self.model.case_at(i.row()) for i in sorted(self.table.selectionModel().selectedRows(),
                                                            key=lambda i: i.row())]

    def next_case(self) -> None:
        self._step(1)

    def previous_case(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.model.rows:
            return
        row = self.table.currentIndex().row()
        row = 0 if row < 0 else min(max(row + delta, 0), len(self.model.rows) - 1)
        self._choose_row(row)

    def select_case(self, case_id: int) -> bool:
        """Choose a case in the queue, clearing the filters if they hide it; False if it does not exist."""
        if self.model.row_of(case_id) < 0 and self.db is not None:
            for combo in (self.status_filter, self.level_filter, self.category_filter, self.assignee_filter):
                combo.blockSignals(True)
            self.status_filter.setCurrentIndex(self.status_filter.findData("all"))
            for combo in (self.level_filter, self.category_filter, self.assignee_filter):
                combo.setCurrentIndex(0)
            for combo in (self.status_filter, self.level_filter, self.category_filter, self.assignee_filter):
                combo.blockSignals(False)
            self.current_id = case_id
            self.refresh()
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self._choose_row(row)
        return True

    def show_case_from_log(self, case_id: int) -> None:
        self.left.setCurrentIndex(0)
        self.select_case(case_id)

    # -- triage -------------------------------------------------------------------------
    def run(self, command: str) -> None:
        """A decision button or its key, on the chosen case."""
        case = self.panel.case
        if self.db is None or case is None:
            return
        if not self.panel.applies(command):
            if command == "claim" and case.is_open:
                self.panel.show_error(self.tr("This case is already yours."))
            else:
                self.panel.show_error(fmt(self.tr("That does not apply to a case that is %1."),
                                          label(STATUS_LABELS, case.status).lower()))
            return
        note = self.panel.note()
        if command == "edit":
            self.edit_case(case)
        elif command == "appeal":
            self.ask_appeal(case)
        elif command == "claim":
            self._write(lambda: mod.claim(self.db, case.id, case.version), case, move_on=False)
        elif command == "dismiss":
            self._write(lambda: mod.dismiss(self.db, case.id, case.version, note=note), case)
        elif command == "uphold":
            self._write(lambda: mod.decide_appeal(self.db, case.id, case.version, upheld=True, note=note), case)
        elif command == "overturn":
            action = self.panel.overturn_action()
            self._write(lambda: mod.decide_appeal(
                self.db, case.id, case.version, upheld=False, action=action, note=note,
                mute_days=self.panel.mute_days() if action == "mute" else None), case)
        else:
            action = command.split(":", 1)[1]
            self._write(lambda: mod.decide(self.db, case.id, case.version, action, note=note,
                                           mute_days=self.panel.mute_days() if action == "mute" else None), case)

    def _next_open_after(self, case_id: int) -> int | None:
        rows = self.model.rows
        at = self.model.row_of(case_id)
        order = rows[at + 1:] + rows[:max(at, 0)]
        return next((c.id for c in order if c.is_open and c.id != case_id), None)

    def _write(self, write, case: mod.Case, *, move_on: bool = True) -> bool:
        """Make one triage write; a conflict or a refusal shows on the panel's error line (no box), and
        the queue re-reads either way. A written decision moves on to the next open case."""
        after = (self._next_open_after(case.id) if move_on else None) or case.id
        error = ""
        try:
            write()
        except ConflictError as exc:
            error = fmt(self.tr("%1 changed case #%2 at %3, before you: it now shows their version. Look again "
                                "and decide."), exc.current.get("updated_by") or self.tr("A teammate"), case.id,
                        local_text(exc.current.get("updated_at"), self.tz) or "?")
        except LockedError:
            error = fmt(self.tr("The community file is busy — %1; nothing was written. Your note is kept: decide "
                                "again in a moment."), busy_cause(self.db))
        except (UserError, RowMissingError) as exc:
            error = error_text(exc)
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            error = self.tr("The community file is busy (a teammate is saving a large change); nothing was "
                            "written. Try again in a moment.")
        self.current_id = case.id if error else after
        self.refresh()
        if error:
            self.panel.show_error(error)
            return False
        self.panel.note_edit.clear()
        self.data_written.emit()
        return True

    def ask_appeal(self, case: mod.Case) -> AppealDialog:
        dialog = AppealDialog(case.id, self)
        dialog.accepted.connect(lambda: self._write(
            lambda: mod.appeal(self.db, case.id, case.version, note=dialog.reason()), case, move_on=False))
        return self.show_dialog(dialog)

    def bulk_decide(self) -> BulkDecideDialog | None:
        cases = self.selected_cases()
        if self.db is None or len(cases) < 2:
            return None
        dialog = BulkDecideDialog(len(cases), self.panel.mute_days(), self)
        dialog.accepted.connect(lambda: self._bulk_write(dialog, cases))
        return self.show_dialog(dialog)

    def _bulk_write(self, dialog: BulkDecideDialog, cases: list[mod.Case]) -> None:
        action = dialog.action()
        pairs = [(c.id, c.version) for c in cases]
        try:
            if action == DISMISS:
                result = mod.bulk_decide(self.db, pairs, "none", note=dialog.note(), dismiss_cases=True)
            else:
                result = mod.bulk_decide(self.db, pairs, action, note=dialog.note(), mute_days=dialog.mute_days())
        except LockedError:
            self.message.setText(fmt(self.tr("The community file is busy — %1; nothing was decided. Try again in a "
                                              "moment."), busy_cause(self.db)))
            self.message.setStyleSheet(ERROR_STYLE)
            return
        except UserError as exc:
            self.message.setText(error_text(exc))
            self.message.setStyleSheet(ERROR_STYLE)
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            self.message.setText(self.tr("The community file is busy (a teammate is saving a large change); "
                                         "nothing was decided. Try again in a moment."))
            self.message.setStyleSheet(ERROR_STYLE)
            return
        parts = [fmt(self.tr("Decided %1 of %2."), len(result.decided), len(pairs))]
        if result.conflicts:
            parts.append(fmt(self.tr("Changed by a teammate meanwhile, left as they are: %1."), ", ".join(
                fmt(self.tr("#%1 (%2 at %3)"), case_id, by or "?", local_text(at, self.tz) if at else "?")
                for case_id, by, at in result.conflicts)))
        if result.skipped:
            parts.append(fmt(self.tr("No longer open: %1."), ", ".join(f"#{i}" for i in result.skipped)))
        self.message.setText(" ".join(parts))
        self.message.setStyleSheet(ERROR_STYLE if result.conflicts or result.skipped else "")
        self.refresh()
        if result.decided:
            self.data_written.emit()

    # -- dialogs ------------------------------------------------------------------------
    def _saved(self, case_id: int | None = None) -> None:
        if case_id is not None:
            self.current_id = case_id
        self.refresh()
        if case_id is not None:
            self.select_case(case_id)
        self.data_written.emit()

    def new_case(self):
        if self.db is None:
            return None
        from app.views.moderation_case_dialog import CaseDialog   # loaded when first used
        dialog = CaseDialog(self.db, None, self, clock=self.clock, tz=self.tz)
        dialog.accepted.connect(lambda: self._saved(dialog.case_id))
        return self.show_dialog(dialog)

    def edit_case(self, case: mod.Case):
        from app.views.moderation_case_dialog import CaseDialog
        dialog = CaseDialog(self.db, case, self, clock=self.clock, tz=self.tz)
        dialog.accepted.connect(lambda: self._saved(dialog.case_id or case.id))
        return self.show_dialog(dialog)

    def edit_words(self):
        if self.db is None:
            return None
        from app.views.moderation_words_dialog import WordListDialog
        dialog = WordListDialog(self.db, self)
        dialog.accepted.connect(lambda: (self.message.setText(self.tr(
            "Word lists saved. Scan messages to check the messages not scanned yet.")), self._saved()))
        return self.show_dialog(dialog)

    def edit_settings(self):
        if self.db is None:
            return None
        from app.views.moderation_settings_dialog import ModerationSettingsDialog
        dialog = ModerationSettingsDialog(self.db, self)
        dialog.accepted.connect(self.settings_saved)
        return self.show_dialog(dialog)

    def settings_saved(self) -> None:
        """Moderation settings changed (here or from Edit ▸ Moderation settings…)."""
        if self.db is not None:
            self.panel.mute_spin.setValue(mod.get_config(self.db)["mute_days"])
        self._saved()

    # -- scanning -----------------------------------------------------------------------
    def scan(self):
        """Scan the messages not scanned yet, in a child process, with progress and Cancel."""
        if self.db is None or self.scan_job is not None:
            return None
        if not mod.list_words(self.db):
            self._no_words()
            return None
        self.scan_button.setEnabled(False)
        self.scan_progress.setRange(0, 0)
        self.scan_progress.show()
        self.scan_cancel.show()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Scanning messages…"))
        self.scan_job = self.jobs.start_process(self.db, SCAN_TARGET, {}, on_done=self._scanned,
                                                on_failed=self._scan_failed, on_progress=self._scan_progress,
                                                on_cancelled=self._scan_cancelled,
                                                on_ended=announced(self.db, "scanning messages", self._scan_ended))
        return self.scan_job

    def cancel_scan(self) -> None:
        if self.scan_job is not None:
            self.scan_job.cancel()

    def _no_words(self) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("There are no sensitive words yet: add them with Sensitive words… (or import "
                                     "a word list there), then scan."))

    def _scan_progress(self, done: int, total: int) -> None:
        self.scan_progress.setRange(0, max(total, 1))
        self.scan_progress.setValue(min(done, max(total, 1)))
        self.message.setText(fmt(self.tr("Scanning messages… %1 of %2"), number(done), number(total)))

    def _scanned(self, report) -> None:
        if report.no_words:
            self._no_words()
            return
        levels = ", ".join(f"{label(LEVEL_LABELS, level)} {report.cases[level]}" for level in mod.LEVELS)
        self.message.setText(fmt(self.tr("Scanned %1 messages: %2 cases opened (%3)."), number(report.scanned),
                                 number(report.opened), levels))
        self.refresh()
        self.data_written.emit()

    def _scan_failed(self, message: str, details: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(fmt(self.tr("The scan stopped and opened nothing: %1"), message))
        if details:  # a bug: the global hook logs it and shows the traceback
            raise RuntimeError(f"{message}\n{details}")

    def _scan_cancelled(self) -> None:
        self.message.setText(self.tr("Scan cancelled — nothing was written."))

    def _scan_ended(self) -> None:
        self.scan_job = None
        self.scan_progress.hide()
        self.scan_cancel.hide()
        self.scan_button.setEnabled(self.db is not None)

    # -- export -------------------------------------------------------------------------
    def export(self) -> None:
        if self.db is None or self.exporter.running:
            return
        today = self.clock().astimezone(self.tz).date()
        suggested = Path(self.db.path).with_name(f"{Path(self.db.path).stem}-cases-{today:%Y%m%d}.xlsx")
        path = ask_export_path(self, self.tr("Export the case queue"), suggested)
        if path:
            self.export_to(path)

    def export_to(self, path: str):
        """Write the queue as shown in the background: the due time instead of the countdown (a file is read
        later), the whole excerpt instead of its first line."""
        self.message.setStyleSheet("")
        job = start_view_export(self.exporter, self.jobs, self.db, self.table, path, sheet_title=self.tr("Cases"),
                                failed=self._export_failed, typed=self._typed_columns())
        self.export_button.setEnabled(False)
        return job

    def _typed_columns(self) -> dict[int, TypedColumn]:
        tz, case_at = self.tz, self.model.case_at

        def due(index):
            case = case_at(index.row())
            return parse_utc(case.due_at).astimezone(tz) if case.is_open and case.due_at else None

        def opened(index):
            stamp = case_at(index.row()).opened_at
            return parse_utc(stamp).astimezone(tz) if stamp else None

        return {COLUMNS.index("due"): TypedColumn(due), COLUMNS.index("opened"): TypedColumn(opened),
                COLUMNS.index("excerpt"): TypedColumn(lambda index: case_at(index.row()).excerpt or None)}

    def _export_finished(self, message: str) -> None:
        self.export_button.setEnabled(self.db is not None)
        self.message.setText(message)

    def _export_failed(self, message: str, details: str) -> None:
        report_job_failure(self, self.tr("Moderation"), message, details)

    # -- self-test ----------------------------------------------------------------------
    def self_test(self) -> list[str]:
        problems = super().self_test()
        if self.db is not None and self.model.rowCount() != len(mod.list_cases(self.db, self.current_filter())):
            problems.append("the moderation queue does not match the file")
        return problems

"""Activities ▸ Import a list…: a registration or check-in list (a CSV/.xlsx file or pasted names) matched
to the roster; every uncertain or unknown entry is decided by the operator before anything is written.

Reading, matching and writing run on the JobRunner (a 5,000-line list against a large roster takes a
second or two) with progress and Cancel; the review is a table model (checkin_review_model), so long
lists show at once.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton, QRadioButton, QTableView,
                               QVBoxLayout, QWidget)

from app.models import activities as am
from app.models import sessions
from app.models.database import Database
from app.services import checkin_import as ci
from app.views.checkin_review_model import DECISION, LINE, STATUS, TEXT, DecisionDelegate, ReviewModel, member_label
from app.views.i18n import fmt
from app.views.locale_format import number
from app.views.roster_search import roster_search_edit
from app.views.worker import Job, JobRunner

SEARCH_LIMIT = 20


class CheckinImportDialog(QDialog):
    imported = Signal(object)    # the ApplyReport of a written import

    def __init__(self, db: Database, activity_id: int, jobs: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CheckinImportDialog")
        self.db, self.activity_id, self.jobs = db, activity_id, jobs
        self.activity = am.get_activity(db, activity_id)
        self.setWindowTitle(fmt(self.tr("Import a list — %1"), self.activity.name))
        self.job: Job | None = None
        self.parsed: ci.ParsedList | None = None
        self.report: ci.ApplyReport | None = None
        self.search_row = -1
        self.model = ReviewModel(self)
        self.model.decisions_changed.connect(self._decisions_changed)
        self.model.search_requested.connect(self.begin_search)
        layout = QVBoxLayout(self)
        layout.addLayout(self._source_box())
        layout.addLayout(self._review_box(), 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("checkinProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("checkinStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("checkinImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("checkinClose")
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 640)

    # -- building -------------------------------------------------------------------------
    def _source_box(self) -> QGridLayout:
        grid = QGridLayout()
        self.file_radio = QRadioButton(self.tr("A file (CSV or Excel)"))
        self.file_radio.setObjectName("checkinFromFile")
        self.paste_radio = QRadioButton(self.tr("Pasted names, nicknames, phones or @handles"))
        self.paste_radio.setObjectName("checkinFromText")
        self.paste_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.paste_radio)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("checkinFile")
        self.path_edit.setPlaceholderText(self.tr("a .csv or .xlsx file with a name, nickname, phone or handle column"))
        self.path_edit.textEdited.connect(lambda _t: self.file_radio.setChecked(True))
        self.path_edit.textChanged.connect(lambda _t: self.clear_review())
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("checkinBrowse")
        browse.clicked.connect(self.browse)
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setObjectName("checkinPaste")
        self.paste_edit.setPlaceholderText(self.tr("One person per line, e.g.\n1. 张伟\n2. @Luna\n13800138000"))
        self.paste_edit.setMaximumHeight(120)
        self.paste_edit.textChanged.connect(self._pasted)
        self.file_radio.toggled.connect(lambda _on: self.clear_review())
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("checkinKind")
        self.kind_combo.addItem(self.tr("Registration list: who signed up"), "registered")
        self.kind_combo.addItem(self.tr("Check-in list: who came (the unregistered become walk-ins)"), "attended")
        started = self.activity.starts_at <= datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.kind_combo.setCurrentIndex(1 if started else 0)
        self.match_button = QPushButton(self.tr("Match"))
        self.match_button.setObjectName("checkinMatch")
        self.match_button.clicked.connect(self.start_match)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo, 1)
        kind_row.addWidget(self.match_button)
        grid.addWidget(self.file_radio, 0, 0)
        grid.addLayout(file_row, 0, 1)
        grid.addWidget(self.paste_radio, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.paste_edit, 1, 1)
        grid.addWidget(QLabel(self.tr("The list is a")), 2, 0)
        grid.addLayout(kind_row, 2, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _review_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.table = QTableView()
        self.table.setObjectName("checkinReview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.CurrentChanged
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setItemDelegateForColumn(DECISION, DecisionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((LINE, 50), (TEXT, 220), (STATUS, 130)):
            self.table.setColumnWidth(column, width)
        box.addWidget(self.table, 1)
        box.addWidget(self._search_panel())
        actions = QHBoxLayout()
        self.pending_label = QLabel()
        self.pending_label.setObjectName("checkinPending")
        self.only_pending = QCheckBox(self.tr("Only rows that need a decision"))
        self.only_pending.setObjectName("checkinOnlyPending")
        self.only_pending.toggled.connect(lambda _on: self._filter_rows())
        self.new_selected = QPushButton(self.tr("Selected: add as new members"))
        self.new_selected.setObjectName("checkinNewSelected")
        self.new_selected.clicked.connect(lambda: self.decide_selected(ci.NEW))
        self.skip_selected = QPushButton(self.tr("Selected: skip"))
        self.skip_selected.setObjectName("checkinSkipSelected")
        self.skip_selected.clicked.connect(lambda: self.decide_selected(ci.SKIP))
        self.skip_unknown = QPushButton(self.tr("Skip all unknown"))
        self.skip_unknown.setObjectName("checkinSkipUnknown")
        self.skip_unknown.setToolTip(self.tr("Nobody on the roster is like them: leave them out of this import."))
        self.skip_unknown.clicked.connect(self.skip_all_unknown)
        actions.addWidget(self.pending_label)
        actions.addWidget(self.only_pending)
        actions.addStretch(1)
        for button in (self.new_selected, self.skip_selected, self.skip_unknown):
            actions.addWidget(button)
        box.addLayout(actions)
        self._set_review_enabled(False)
        return box

    def _search_panel(self) -> QWidget:
        self.search_panel = QWidget()
        self.search_panel.setObjectName("checkinSearchPanel")
        layout = QVBoxLayout(self.search_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search_label = QLabel()
        self.search_edit = roster_search_edit(self, "checkinSearch", self.tr("Type a name, nickname, phone or handle"),
                                              self.search)
        self.use_button = QPushButton(self.tr("Use this member"))
        self.use_button.setObjectName("checkinUseMember")
        self.use_button.clicked.connect(self.use_found)
        row.addWidget(self.search_label)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self.search_results = QListWidget()
        self.search_results.setObjectName("checkinSearchResults")
        self.search_results.setMaximumHeight(120)
        self.search_results.itemDoubleClicked.connect(lambda _item: self.use_found())
        layout.addWidget(self.search_results)
        self.search_panel.hide()
        return self.search_panel

    # -- the source -----------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a list"), str(Path.home()),
                                              self.tr("Lists (*.csv *.xlsx *.txt *.tsv);;All files (*)"))
        if path:
            self.path_edit.setText(path)
            self.file_radio.setChecked(True)

    def _pasted(self) -> None:
        if self.paste_edit.toPlainText():
            self.paste_radio.setChecked(True)
        self.clear_review()

    def list_status(self) -> str:
        return self.kind_combo.currentData()

    # -- matching -------------------------------------------------------------------------
    def start_match(self) -> None:
        if self.job is not None:
            return
        path, text = self.path_edit.text().strip(), self.paste_edit.toPlainText()
        from_file = self.file_radio.isChecked()
        if from_file and not path:
            self.status.setText(self.tr("Choose a file first."))
            return
        if not from_file and not text.strip():
            self.status.setText(self.tr("Paste the names first, one per line."))
            return

        def job(db, progress, cancelled):
            parsed = ci.read_list(path, progress=progress, cancelled=cancelled) if from_file else ci.parse_pasted(text)
            return parsed, ci.match_entries(db, parsed.entries, progress=progress, cancelled=cancelled)

        self.clear_review()
        self._busy(self.tr("Reading and matching the list…"))
        self.job = self.jobs.start(self.db, job, on_done=self._matched, on_failed=self._failed,
                                   on_progress=self._progress, on_cancelled=self._cancelled, on_ended=self._ended)

    def _busy(self, text: str) -> None:
        self.match_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(text)

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(fmt(self.tr("Matching %1 of %2…"), number(done), number(total)))
        else:
            self.status.setText(fmt(self.tr("%1 rows read…"), number(done)))

    def _matched(self, result) -> None:
        self.report = None
        self.parsed, matches = result
        self.model.reset(matches)
        self._set_review_enabled(bool(matches))
        self._filter_rows()
        self.status.setText(self._match_summary(matches))

    def _match_summary(self, matches: list[ci.Match]) -> str:
        if not matches:
            parts = [self.tr("The list has no names to match.")]
        else:
            counts = {s: sum(1 for m in matches if m.status == s) for s in (ci.MATCHED, ci.UNCERTAIN, ci.UNKNOWN)}
            parts = [fmt(self.tr("%1 people in the list: %2 matched, %3 need a decision, %4 unknown."),
                         len(matches), counts[ci.MATCHED], counts[ci.UNCERTAIN], counts[ci.UNKNOWN])]
        parsed = self.parsed
        if parsed.duplicates:
            parts.append(fmt(self.tr("%1 repeated lines were counted once."), parsed.duplicates))
        if parsed.empty:
            parts.append(fmt(self.tr("%1 rows without a name, phone or handle were left out."), parsed.empty))
        if parsed.first_column_only:
            parts.append(fmt(self.tr("No column is named like a name, nickname, phone, WeChat ID, email or handle, "
                                     "so the first column (“%1”) was matched, its first row included."),
                             parsed.headers[0]))
        elif parsed.columns:
            parts.append(fmt(self.tr("Matched on: %1."), "、".join(parsed.columns)))
        return " ".join(parts)

    def _failed(self, message: str, details: str) -> None:
        self.status.setText(fmt(self.tr("Nothing was done: %1"), message))
        if details:
            raise RuntimeError(f"{message}\n{details}")

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled — nothing was written."))

    def _ended(self) -> None:
        self.job = None
        self.progress.hide()
        self.match_button.setEnabled(True)
        self._decisions_changed()

    # -- the review -----------------------------------------------------------------------
    def clear_review(self) -> None:
        if self.job is not None:
            return
        self.parsed = None
        self.model.reset([])
        self.search_panel.hide()
        self.search_row = -1
        self._set_review_enabled(False)

    def decide_selected(self, value: str) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        self.model.decide([r for r in sorted(rows) if self.model.matches[r].status != ci.MATCHED], value)

    def skip_all_unknown(self) -> None:
        self.model.decide([row for row, match in enumerate(self.model.matches)
                           if match.status == ci.UNKNOWN and self.model.decisions[row] is None], ci.SKIP)

    def _decisions_changed(self) -> None:
        waiting = self.model.pending()
        self.pending_label.setText(fmt(self.tr("%1 rows need a decision"), waiting) if waiting else "")
        self.import_button.setEnabled(bool(self.model.matches) and not waiting and self.job is None
                                      and self.report is None)
        if self.only_pending.isChecked():
            self._filter_rows()

    def _filter_rows(self) -> None:
        only = self.only_pending.isChecked()
        for row, value in enumerate(self.model.decisions):
            self.table.setRowHidden(row, only and value is not None)

    def _set_review_enabled(self, enabled: bool) -> None:
        for widget in (self.table, self.only_pending, self.new_selected, self.skip_selected, self.skip_unknown):
            widget.setEnabled(enabled)

    # -- searching the roster for one row -------------------------------------------------
    def begin_search(self, row: int) -> None:
        if row == self.search_row and self.search_panel.isVisible():
            return      # the combo wrote "Search…" back again as it closed
        self.search_row = row
        text = self.model.matches[row].text
        self.search_label.setText(fmt(self.tr("Find “%1”:"), text))
        self.search_panel.show()
        self.search_results.clear()
        self.search_edit.setText(text)
        QTimer.singleShot(0, self.search_edit.setFocus)

    def search(self) -> None:
        self.search_results.clear()
        text = self.search_edit.text().strip()
        if not text:
            return
        found = ci.find_members(self.db, text, SEARCH_LIMIT)
        for candidate in found:
            item = QListWidgetItem(member_label(candidate.member_id, candidate.display_name, candidate.nickname))
            item.setData(Qt.ItemDataRole.UserRole, candidate.member_id)
            self.search_results.addItem(item)
        if found:
            self.search_results.setCurrentRow(0)
        else:
            self.search_results.addItem(self.tr("No member matches."))

    def use_found(self) -> None:
        item = self.search_results.currentItem()
        member_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if member_id is None or not (0 <= self.search_row < self.model.rowCount()):
            return
        self.model.add_found(self.search_row, member_id, item.text())
        self.search_panel.hide()
        self.search_row = -1

    # -- importing ------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.job is not None or self.model.pending() or not self.model.matches:
            return
        pairs, status = self.model.resolutions(), self.list_status()

        def job(db, _progress, cancelled):
            with sessions.doing(db, "importing check-ins"):     # the clone shares this app's session
                return ci.apply(db, self.activity_id, pairs, status=status, cancelled=cancelled)

        self._busy(self.tr("Importing…"))
        self._set_review_enabled(False)
        self.job = self.jobs.start(self.db, job, on_done=self._imported, on_failed=self._import_failed,
                                   on_cancelled=self._import_cancelled, on_ended=self._ended)

    def _imported(self, report: ci.ApplyReport) -> None:
        self.report = report
        if self.list_status() == "attended":
            text = fmt(self.tr("Imported: %1 checked in, %2 walk-ins, %3 already there, %4 new members, %5 skipped."),
                       report.checked_in, report.walk_ins, report.already, report.new_members, report.skipped)
        else:
            text = fmt(self.tr("Imported: %1 registered, %2 already registered, %3 new members, %4 skipped."),
                       report.registered, report.already, report.new_members, report.skipped)
        if report.repeated:
            text += " " + fmt(self.tr("%1 listed more than once, counted once."), report.repeated)
        self.status.setText(text)
        self.imported.emit(report)

    def _import_failed(self, message: str, details: str) -> None:
        self._set_review_enabled(True)
        self._failed(message, details)

    def _import_cancelled(self) -> None:
        self._set_review_enabled(True)
        self._cancelled()

    # -- closing --------------------------------------------------------------------------
    def reject(self) -> None:
        if self.job is not None:     # never close over a running job: cancel it first
            self.job.cancel()
            return
        super().reject()

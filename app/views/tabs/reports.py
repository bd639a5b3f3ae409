"""Reports tab: the operations report workbook (app.services.report) for a period and a sub-community.

A preview of what the workbook will hold is computed off the GUI thread whenever a choice changes;
Generate… asks where to save and writes the file in a child process, with progress and Cancel.
"""
from __future__ import annotations

import sys
from datetime import date, datetime, timezone
from pathlib import Path

from PySide6.QtCore import QDir, QProcess, QSettings, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QMessageBox, QScrollArea,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app import paths
from app.models.errors import UserError
from app.models.members import sub_community_names
from app.services.metrics import community_zone, local_zone
from app.services.overview import Overview
from app.services.report import (REPORT_TARGET, ReportPreview, ReportRequest, check_request, default_file_name,
                                 preview_from_dict, preview_report, report_language)
from app.views.dialog_parts import ERROR_STYLE, push_button, report_job_failure
from app.views.export_runner import ExportRunner
from app.views.file_dialogs import ask_save_path
from app.views.i18n import error_text, fmt
from app.views.language import effective_language, stored_language
from app.views.locale_format import number
from app.views.period_picker import PeriodPicker
from app.views.tabs.base import TabPage

PREVIEW_DELAY_MS = 300          # a choice changed: wait this long for the next before computing the preview
FOLDER_KEY = "reports/folder"   # QSettings: the folder the last report was saved in
LANGUAGE_NAMES = {"en": "English", "zh_CN": "中文"}     # each in its own language
WARNING_STYLE = "color: #b26a00;"
MUTED_STYLE = "color: #555;"


def default_reports_folder() -> Path:
    """Where reports go while no folder is remembered: the Documents folder (else the home folder)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _preview_job(request: ReportRequest):
    """The job: what the workbook for *request* would hold (runs on the pool with its own connection)."""
    return lambda db, progress, cancelled: preview_report(db, request, progress=progress, cancelled=cancelled)


class ReportsTab(TabPage):
    previewed = Signal(object)       # the ReportPreview now shown
    written = Signal(str)            # the path of a report just written

    def __init__(self, settings: QSettings | None = None):
        super().__init__()
        self.setObjectName("ReportsTab")
        self.settings = settings if settings is not None else paths.settings()
        self.db = None
        self.jobs = None
        self.tz = local_zone()
        self.clock = lambda: datetime.now(timezone.utc)
        self.preview: ReportPreview | None = None     # the preview shown
        self.preview_error = ""                         # why the last preview could not be computed
        self.preview_job = None
        self.report_path: str | None = None             # the report last written
        self.report_contents: ReportPreview | None = None   # what it holds
        self._writing_path: str | None = None
        self._generation = 0
        self._stale = False                             # the choices or the file changed while hidden
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start_preview)
        self._build()
        self._set_file_open(False)

    def today(self) -> date:
        """Today in the community's time zone."""
        return self.clock().astimezone(self.tz).date()

    def is_idle(self) -> bool:
        return self.preview_job is None and not self._timer.isActive()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Operations report"))
        heading.setObjectName("reportHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("One Excel workbook for managers: the KPIs against the previous period and the "
                               "targets, members, content, activities, moderation, and how each figure is "
                               "computed. It opens in Excel, WPS and LibreOffice without this app."))
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        self.no_file = QLabel(self.tr("Open a community file (File ▸ Open…) to build a report from it."))
        self.no_file.setObjectName("reportNoFile")
        self.no_file.setStyleSheet(WARNING_STYLE)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.no_file)
        layout.addLayout(self._build_choices())
        layout.addWidget(self._build_mask_choice())
        layout.addWidget(self._build_preview(), 1)
        layout.addLayout(self._build_generate_row())

    def _build_choices(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period = PeriodPicker(self.today, combo_name="reportPeriodCombo", from_name="reportFromDate",
                                   to_name="reportToDate")
        self.period.changed.connect(lambda _delay: self.request_preview())
        self.period_combo, self.from_date, self.to_date = self.period.combo, self.period.from_date, self.period.to_date
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("reportScopeCombo")
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_combo.addItem(self.tr("Whole community"), None)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.request_preview())
        row.addWidget(self.period)
        row.addSpacing(12)
        self.scope_label = QLabel(self.tr("Sub-community:"))
        self.scope_label.setBuddy(self.scope_combo)
        row.addWidget(self.scope_label)
        row.addWidget(self.scope_combo)
        row.addStretch(1)
        return row

    def _build_mask_choice(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.mask_check = QCheckBox(self.tr("Mask phone numbers, WeChat IDs and emails"))
        self.mask_check.setObjectName("reportMaskCheck")
        self.mask_check.setChecked(True)
        self.mask_check.setToolTip(self.tr("Phone numbers appear as 138****5678; WeChat IDs and emails partly"))
        self.mask_check.toggled.connect(self._mask_toggled)
        self.mask_warning = QLabel(self.tr("⚠ Full contact details go into the file, and the export is recorded "
                                           "in the change log with your name."))
        self.mask_warning.setObjectName("reportMaskWarning")
        self.mask_warning.setStyleSheet(WARNING_STYLE)
        self.mask_warning.setVisible(False)
        column.addWidget(self.mask_check, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.mask_warning)
        return box

    def _build_preview(self) -> QGroupBox:
        box = QGroupBox(self.tr("What the workbook will hold"))
        box.setObjectName("reportPreview")
        self.preview_box = box
        column = QVBoxLayout(box)
        self.preview_title = QLabel()
        self.preview_title.setObjectName("reportTitle")
        font = self.preview_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.preview_title.setFont(font)
        self.preview_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_status = QLabel()
        self.preview_status.setObjectName("reportPreviewStatus")
        self.preview_status.setWordWrap(True)
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        self.period_text = self._fact(facts, 0, 0, self.tr("Period:"), "reportPeriodText")
        self.scope_text = self._fact(facts, 1, 0, self.tr("Scope:"), "reportScopeText")
        self.language_text = self._fact(facts, 0, 2, self.tr("Language:"), "reportLanguage")
        self.language_text.setToolTip(self.tr("The report follows the app's language"))
        self.masking_text = self._fact(facts, 1, 2, self.tr("Contact details:"), "reportMasking")
        facts.setColumnMinimumWidth(1, 320)
        facts.setColumnStretch(4, 1)
        title_row = QHBoxLayout()
        title_row.addWidget(self.preview_title)
        title_row.addStretch(1)
        title_row.addWidget(self.preview_status)
        column.addLayout(title_row)
        column.addLayout(facts)
        tables = QHBoxLayout()
        tables.addLayout(self._captioned(self.tr("Sheets"), self._build_sheets_table()), 1)
        tables.addSpacing(12)
        tables.addLayout(self._captioned(self.tr("Headline figures"), self._build_figures()), 1)
        column.addLayout(tables, 1)
        return box

    def _captioned(self, caption: str, widget: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        label = QLabel(caption)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        column.addWidget(label)
        column.addWidget(widget, 1)
        return column

    def _fact(self, grid: QGridLayout, row: int, column: int, caption: str, name: str) -> QLabel:
        value = QLabel()
        value.setObjectName(name)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(QLabel(caption), row, column)
        grid.addWidget(value, row, column + 1)
        return value

    def _build_sheets_table(self) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setObjectName("reportSheetsTable")
        table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Rows")])
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.sheets_table = table
        return table

    def _build_figures(self) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName("reportFiguresArea")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("reportFigures")
        self.figures_form = QFormLayout(inner)
        self.figures_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        area.setWidget(inner)
        inner.setAutoFillBackground(False)
        area.viewport().setAutoFillBackground(False)
        return area

    def _build_generate_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.generate_button = push_button("generateReport", self.tr("Generate…"), self.generate)
        self.generate_button.setToolTip(self.tr("Choose where to save the workbook, then write it"))
        self.exporter = ExportRunner(self, progress_name="reportProgress", cancel_name="cancelReport",
                                     cancel_text=self.tr("Cancel"),
                                     started_text=self.tr("Writing the report to %1…"),
                                     cancelled_text=self.tr("Report cancelled; no file was written."),
                                     failed_text=self.tr("The report was not written."))
        self.progress, self.cancel_button = self.exporter.progress, self.exporter.cancel_button
        self.progress.setMaximumWidth(220)
        self.cancel_button.setToolTip(self.tr("Stop writing; no file is left behind"))
        self.cancel_button.clicked.connect(lambda _c=False: self.result_label.setText(
            self.tr("Cancelling the report…")))
        self.exporter.started.connect(self._show_result)
        self.exporter.succeeded.connect(self._report_written)
        self.exporter.finished.connect(self._generation_finished)
        self.result_label = QLabel()
        self.result_label.setObjectName("reportResult")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = push_button("openReport", self.tr("Open the file"), self.open_report)
        self.folder_button = push_button("showReportFolder", self.tr("Show in folder"), self.show_report_folder)
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
        row.addWidget(self.generate_button)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        row.addWidget(self.result_label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        return row

    # -- the choices --------------------------------------------------------------------
    def language(self) -> str:
        """The report's language: the window's (the language setting, else the system's)."""
        return report_language(effective_language(stored_language(self.settings)))

    def report_request(self) -> ReportRequest:
        """The report the choices describe; UserError for a custom range that cannot be used."""
        start, end = self.period.range()
        return ReportRequest(start, end, self.scope_combo.currentData(), self.mask_check.isChecked(),
                             self.language())

    def _mask_toggled(self, masked: bool) -> None:
        self.mask_warning.setVisible(not masked)
        self.request_preview()

    def _fill_scopes(self) -> None:
        chosen = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Whole community"), None)
        for sub_id, name in (sub_community_names(self.db) if self.db is not None else []):
            self.scope_combo.addItem(name, sub_id)
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(chosen)))
        self.scope_combo.blockSignals(False)

    def _apply_zone(self) -> None:
        try:
            self.tz = community_zone(self.db) if self.db is not None else local_zone()
        except UserError:          # a zone this computer does not know: count days in its own
            self.tz = local_zone()

    def _set_file_open(self, is_open: bool) -> None:
        self.no_file.setVisible(not is_open)
        for widget in (self.period, self.scope_label, self.scope_combo, self.mask_check, self.generate_button,
                       self.preview_box):
            widget.setEnabled(is_open)
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
        if not self.exporter.running:
            self.result_label.clear()
        if not is_open:
            self._show_preview(None)
            self.preview_status.clear()

    # -- TabPage ------------------------------------------------------------------------
    def set_database(self, db, jobs) -> None:
        self._cancel_preview()
        if self.exporter.running:      # it reads the file being closed
            self.exporter.cancel()
        self.db, self.jobs = db, jobs
        self.preview_error = ""
        self.report_path = None
        self._apply_zone()
        self._fill_scopes()
        self._set_file_open(db is not None)
        self.request_preview(0)

    def reload(self) -> None:
        if self.db is None:
            return
        self._apply_zone()
        self._fill_scopes()
        self.request_preview()

    def show_overview(self, overview: Overview | None) -> None:
        """The preview reads the file itself; the overview adds nothing to it."""

    def self_test(self) -> list[str]:
        problems = super().self_test()
        if self.preview_error:
            problems.append(f"the report preview failed: {self.preview_error}")
        return problems

    # -- the preview --------------------------------------------------------------------
    def request_preview(self, delay_ms: int = PREVIEW_DELAY_MS) -> None:
        """Compute the preview again after *delay_ms* (a newer request replaces this one); while the tab
        is hidden, when it is next shown."""
        if self.db is None:
            return
        self._cancel_preview()
        self._stale = True
        self.preview_status.setStyleSheet(MUTED_STYLE)
        self.preview_status.setText(self.tr("Computing the preview…"))
        if self.isVisible():
            self._timer.start(delay_ms)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self.db is not None and self.is_idle():
            self._timer.start(0)

    def _cancel_preview(self) -> None:
        self._timer.stop()
        self._generation += 1
        if self.preview_job is not None:
            self.preview_job.cancel()
            self.preview_job = None

    def _start_preview(self) -> None:
        if self.db is None or self.jobs is None:
            return
        self._cancel_preview()
        self._stale = False
        try:
            request = self.report_request()
        except UserError as exc:
            self._preview_failed(self._generation, error_text(exc), "")
            return
        generation = self._generation
        self.preview_status.setStyleSheet(MUTED_STYLE)
        self.preview_status.setText(self.tr("Computing the preview…"))
        self.preview_job = self.jobs.start(
            self.db, _preview_job(request),
            on_done=lambda preview: self._previewed(generation, request.language, preview),
            on_failed=lambda message, details: self._preview_failed(generation, message, details),
            on_ended=lambda: self._preview_ended(generation))

    def _preview_ended(self, generation: int) -> None:
        if generation == self._generation:
            self.preview_job = None

    def _previewed(self, generation: int, language: str, preview: ReportPreview) -> None:
        if generation != self._generation:
            return
        self.preview_error = ""
        self.preview_status.clear()
        self._show_preview(preview, language)
        self.previewed.emit(preview)

    def _preview_failed(self, generation: int, message: str, details: str) -> None:
        if generation != self._generation:
            return
        self.preview_error = message
        self._show_preview(None)
        self.preview_status.setStyleSheet(ERROR_STYLE)
        self.preview_status.setText(message)
        if details:  # a bug: the global hook logs it and shows the traceback
            raise RuntimeError(f"{message}\n{details}")

    def _show_preview(self, preview: ReportPreview | None, language: str = "") -> None:
        """Show *preview* of a report in *language* (None: empty the preview)."""
        self.preview = preview
        self.preview_title.setText(preview.title if preview else "")
        self.period_text.setText(preview.period if preview else "")
        self.scope_text.setText(preview.scope if preview else "")
        self.language_text.setText(fmt(self.tr("%1 (the app's language)"), LANGUAGE_NAMES[language])
                                   if preview else "")
        self.masking_text.setText("" if preview is None else self.tr("masked") if preview.masked
                                  else self.tr("in full"))
        self.masking_text.setStyleSheet("" if preview is None or preview.masked else WARNING_STYLE)
        sheets = preview.sheets if preview else []
        self.sheets_table.setRowCount(len(sheets))
        for row, sheet in enumerate(sheets):
            rows = QTableWidgetItem(number(sheet.rows))
            rows.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sheets_table.setItem(row, 0, QTableWidgetItem(sheet.title))
            self.sheets_table.setItem(row, 1, rows)
        while self.figures_form.rowCount():
            self.figures_form.removeRow(0)
        for label, value in (preview.figures if preview else []):
            shown = QLabel(value)
            font = shown.font()
            font.setBold(True)
            shown.setFont(font)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures_form.addRow(fmt(self.tr("%1:"), label), shown)

    def figures_shown(self) -> list[tuple[str, str]]:
        """The headline figures as shown: (label, value) in order."""
        form = self.figures_form
        return [(form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text().removesuffix(":"),
                 form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget().text())
                for row in range(form.rowCount())]

    # -- writing the workbook -----------------------------------------------------------
    def save_folder(self) -> Path:
        """The folder the last report went to (or the one chosen in Settings), else the Documents folder."""
        stored = str(self.settings.value(FOLDER_KEY, "") or "")
        if stored and Path(stored).is_dir():
            return Path(stored)
        return default_reports_folder()

    def generate(self) -> None:
        """Generate…: ask where to save, then write the report the choices describe."""
        if self.db is None or self.exporter.running:
            return
        try:
            request = self.report_request()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Operations report"), error_text(exc))
            return
        suggested = self.save_folder() / default_file_name(request)
        path = ask_save_path(self, self.tr("Save the operations report"), suggested,
                             [(self.tr("Excel workbook (*.xlsx)"), ".xlsx")])
        if path:
            self.generate_to(path, request)

    def generate_to(self, path: str, request: ReportRequest):
        """Write *request* to *path* in a child process; the job (None when the request is refused)."""
        try:
            check_request(self.db, path, request)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Operations report"), error_text(exc))
            return None
        if Path(path).parent.is_dir():
            self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
        self.generate_button.setEnabled(False)
        self._writing_path = path
        shown = QDir.toNativeSeparators(path)
        return self.exporter.start_process(
            self.jobs, self.db, REPORT_TARGET, {"path": path, "request": request.as_kwargs()}, shown,
            lambda result: fmt(self.tr("Report written to %1 (%2 sheets)."), shown, len(result["sheets"])),
            self._generate_failed)

    @property
    def report_job(self):
        return self.exporter.job

    def _report_written(self, result: dict) -> None:
        self.report_path, self.report_contents = self._writing_path, preview_from_dict(result)
        for button in (self.open_button, self.folder_button):
            button.setVisible(True)
        self.written.emit(self.report_path)

    def _show_result(self, text: str) -> None:
        self.result_label.setStyleSheet("")
        self.result_label.setText(text)

    def _generation_finished(self, message: str) -> None:
        self.generate_button.setEnabled(self.db is not None)
        self._show_result(message)

    def _generate_failed(self, message: str, details: str) -> None:
        report_job_failure(self, self.tr("Operations report"), message, details)

    def open_report(self) -> None:
        if self.report_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.report_path))

    def show_report_folder(self) -> None:
        """The file selected in Explorer or Finder; elsewhere its folder."""
        if not self.report_path:
            return
        native = QDir.toNativeSeparators(self.report_path)
        if sys.platform.startswith("win") and QProcess.startDetached("explorer", ["/select,", native])[0]:
            return
        if sys.platform == "darwin" and QProcess.startDetached("open", ["-R", native])[0]:
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.report_path).parent)))

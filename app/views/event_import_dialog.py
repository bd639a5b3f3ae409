"""File ▸ Import activity…: a chat export or an events CSV, imported off the GUI thread with Cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout)

from app.models.database import Database
from app.views.i18n import fmt
from app.views.job_names import announced
from app.views.locale_format import number
from app.views.worker import JobRunner, ProcessJob

FORMATS = ("auto", "telegram", "discord-json", "discord-csv", "wechat-csv", "qq-txt", "csv")


class EventImportDialog(QDialog):
    imported = Signal(object)   # the EventImportReport of a written import

    def __init__(self, db: Database, jobs: JobRunner, parent=None):
        super().__init__(parent)
        self.setObjectName("EventImportDialog")
        self.setWindowTitle(self.tr("Import activity"))
        self.db, self.jobs = db, jobs
        self.job: ProcessJob | None = None
        self.report = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Messages, joins and leaves from a chat export, or check-ins and purchases "
                                        "from a spreadsheet. Importing the same export again adds nothing twice.")))
        form = QFormLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("eventFile")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("eventBrowse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("eventFormat")
        labels = {"auto": self.tr("Recognise automatically"), "telegram": self.tr("Telegram Desktop (result.json)"),
                  "discord-json": self.tr("DiscordChatExporter (JSON)"),
                  "discord-csv": self.tr("DiscordChatExporter (CSV)"), "wechat-csv": self.tr("WeChat (CSV)"),
                  "qq-txt": self.tr("QQ (text export)"), "csv": self.tr("Events spreadsheet (CSV)")}
        for code in FORMATS:
            self.format_combo.addItem(labels[code], code)
        form.addRow(self.tr("Format"), self.format_combo)
        self.date_format = QLineEdit()
        self.date_format.setObjectName("eventDateFormat")
        self.date_format.setPlaceholderText(self.tr("only for Discord CSV, e.g. %d-%b-%y %I:%M %p"))
        form.addRow(self.tr("Date format"), self.date_format)
        self.tz_edit = QLineEdit()
        self.tz_edit.setObjectName("eventTimeZone")
        self.tz_edit.setPlaceholderText(self.tr("this computer's time zone, or e.g. Asia/Shanghai"))
        form.addRow(self.tr("Time zone"), self.tz_edit)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setObjectName("eventProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("eventStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setObjectName("eventRun")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("eventCancel")
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an export"), str(Path.home()),
                                              self.tr("Exports (*.json *.csv *.txt);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def start(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.status.setText(self.tr("Choose a file first."))
            return
        options = dict(path=path, fmt=self.format_combo.currentData(),
                       date_format=self.date_format.text().strip() or None, tz=self.tz_edit.text().strip() or None)
        self.run_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Importing…"))
        # Parsing a large export is CPU-bound: a child process keeps the window responsive.
        self.job = self.jobs.start_process(self.db, "app.services.moderation_scan:import_and_scan", options,
                                           on_done=self._done, on_failed=self._failed, on_progress=self._progress,
                                           on_cancelled=self._cancelled,
                                           on_ended=announced(self.db, "importing chat events", self._ended))

    def _progress(self, done: int, _total: int) -> None:
        self.status.setText(fmt(self.tr("%1 events read…"), number(done)))

    def _done(self, report) -> None:
        self.report = report
        self.status.setText(fmt(self.tr("%1 events read: %2 added, %3 already imported, %4 without a sender ID "
                                        "skipped, %5 new members."),
                                number(report.read), number(report.added), number(report.duplicates),
                                number(report.skipped_without_sender), number(report.new_members)))
        scan = report.scan
        if scan is not None and not scan.no_words:
            self.status.setText(self.status.text() + " " + fmt(
                self.tr("Sensitive-word scan: %1 messages, %2 cases opened."), number(scan.scanned), number(scan.opened)))
        self.imported.emit(report)

    def _failed(self, message: str, details: str) -> None:
        self.status.setText(fmt(self.tr("Nothing was imported: %1"), message))
        if details:
            raise RuntimeError(f"{message}\n{details}")

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled — nothing was written."))

    def _ended(self) -> None:
        self.job = None
        self.progress.hide()
        self.run_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def cancel_or_close(self) -> None:
        if self.job is not None:
            self.job.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self.job is not None:  # never close over a running import: cancel it first
            self.job.cancel()
            return
        super().reject()

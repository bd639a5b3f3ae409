"""An export running in the background: its progress bar, its Cancel button and how it ends."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton

from app.views.i18n import fmt


class ExportRunner(QObject):
    """Owns the progress bar and Cancel button (place them in a row); `finished` says how it ended."""
    started = Signal(str)       # "Exporting to …"
    finished = Signal(str)      # the line to show: done, cancelled or failed

    def __init__(self, parent: QObject, *, progress_name: str, cancel_name: str, cancel_text: str):
        super().__init__(parent)
        self.job = None
        self.progress = QProgressBar()
        self.progress.setObjectName(progress_name)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.setObjectName(cancel_name)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, jobs, db, fn, path: str, done_text: Callable[[int], str],
              failed: Callable[[str, str], None]):
        """Run fn(db, progress, cancelled) -> count as a job; failed(message, details) after a failure."""
        def on_failed(message: str, details: str) -> None:
            self._finish(self.tr("The export failed."))
            failed(message, details)

        self.job = jobs.start(db, fn, on_done=lambda count: self._finish(done_text(count)), on_failed=on_failed,
                              on_progress=self._progress,
                              on_cancelled=lambda: self._finish(self.tr("Export cancelled; no file was written.")))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.started.emit(fmt(self.tr("Exporting to %1…"), path))
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self, message: str) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.finished.emit(message)

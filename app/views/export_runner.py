"""An export running in the background: its progress bar, its Cancel button and how it ends."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton

from app.views.i18n import fmt


class ExportRunner(QObject):
    """Owns the progress bar and Cancel button (place them in a row); `finished` says how it ended."""
    started = Signal(str)       # "Exporting to …"
    succeeded = Signal(object)  # the job's result, just before `finished`
    finished = Signal(str)      # the line to show: done, cancelled or failed

    def __init__(self, parent: QObject, *, progress_name: str, cancel_name: str, cancel_text: str,
                 started_text: str | None = None, cancelled_text: str | None = None,
                 failed_text: str | None = None):
        """The *_text lines replace the export wording (started_text has %1 for the path)."""
        super().__init__(parent)
        self.job = None
        self.started_text = started_text or self.tr("Exporting to %1…")
        self.cancelled_text = cancelled_text or self.tr("Export cancelled; no file was written.")
        self.failed_text = failed_text or self.tr("The export failed.")
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

    def start(self, jobs, db, fn, path: str, done_text: Callable[[Any], str],
              failed: Callable[[str, str], None]):
        """Run fn(db, progress, cancelled) -> result as a job; done_text(result) is the line after it,
        failed(message, details) is called after a failure."""
        return self._run(lambda **handlers: jobs.start(db, fn, **handlers), path, done_text, failed)

    def start_process(self, jobs, db, target: str, kwargs: dict, path: str, done_text: Callable[[Any], str],
                      failed: Callable[[str, str], None]):
        """The same for 'module:function' run in a child process (JobRunner.start_process)."""
        return self._run(lambda **handlers: jobs.start_process(db, target, kwargs, **handlers),
                         path, done_text, failed)

    def _run(self, launch, path: str, done_text: Callable[[Any], str], failed: Callable[[str, str], None]):
        def on_done(result) -> None:
            self.succeeded.emit(result)
            self._finish(done_text(result))

        def on_failed(message: str, details: str) -> None:
            self._finish(self.failed_text)
            failed(message, details)

        self.job = launch(on_done=on_done, on_failed=on_failed, on_progress=self._progress,
                          on_cancelled=lambda: self._finish(self.cancelled_text))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.started.emit(fmt(self.started_text, path))
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

"""Run a service job on the thread pool with its own database connection.

The job function gets (db, progress, cancelled) and runs off the GUI thread; its
result, failure, progress and cancellation come back as Qt signals on the GUI thread.
"""
from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.models.database import Database
from app.models.errors import UserError
from app.services.jobs import Cancelled


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)    # message for the person, traceback ('' for user-level problems)
    cancelled = Signal()
    done = Signal()              # after any of the three outcomes


class Job(QRunnable):
    def __init__(self, db: Database, fn: Callable[..., Any]):
        super().__init__()
        self.setAutoDelete(False)
        self._db = db
        self._fn = fn
        self._cancel = threading.Event()
        self.signals = JobSignals()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            db = self._db.clone()
        except UserError as exc:
            self.signals.failed.emit(str(exc), "")
            self.signals.done.emit()
            return
        try:
            result = self._fn(db, self.signals.progress.emit, self._cancel.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.failed.emit(str(exc), "")
        except Exception as exc:  # shown to the person with its traceback, never swallowed
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
        else:
            self.signals.finished.emit(result)
        finally:
            db.close()
        self.signals.done.emit()


class JobRunner(QObject):
    """Keeps running jobs alive and lets the window wait for them (tests, shutdown)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.running: set[Job] = set()

    def start(self, db: Database, fn: Callable[..., Any], *, on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[str, str], None] | None = None) -> Job:
        job = Job(db, fn)
        if on_done:
            job.signals.finished.connect(on_done)
        if on_failed:
            job.signals.failed.connect(on_failed)
        job.signals.done.connect(lambda: self.running.discard(job))
        self.running.add(job)
        self.pool.start(job)
        return job

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        for job in list(self.running):
            job.cancel()

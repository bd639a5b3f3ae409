"""Run a service job on the thread pool with its own database connection.

The job function gets (db, progress, cancelled) and runs off the GUI thread; its
result, failure, progress and cancellation come back as Qt signals on the GUI thread.
"""
from __future__ import annotations

import multiprocessing
import queue
import sqlite3
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.models.database import Database, is_damage
from app.models.errors import UserError
from app.services.jobs import Cancelled, run_in_child, yield_cpu_to_the_window
from app.views.i18n import error_text, text, tr


class DamageReports(QObject):
    """Any reader that finds the file itself damaged says so here (from any thread); the window opens the file
    read-only once and offers its backups, instead of each tab showing an error."""
    found = Signal(str)

    def report(self, exc: sqlite3.Error) -> None:
        self.found.emit(str(exc))


damage_reports = DamageReports()


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)    # message for the person, traceback ('' for user-level problems)
    cancelled = Signal()
    done = Signal()              # after any of the outcomes


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
        yield_cpu_to_the_window()
        try:
            db = self._db.clone()
        except UserError as exc:
            self.signals.failed.emit(error_text(exc), "")
            self.signals.done.emit()
            return
        try:
            result = self._fn(db, self.signals.progress.emit, self._cancel.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.failed.emit(error_text(exc), "")
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                self.signals.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
            else:   # the file, not the code: the window opens it read-only and offers its backups
                damage_reports.report(exc)
                self.signals.cancelled.emit()
        except Exception as exc:  # shown to the person with its traceback, never swallowed
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
        else:
            self.signals.finished.emit(result)
        finally:
            db.close()
        self.signals.done.emit()


class ProcessJob(QRunnable):
    """A job run in a child process (see app.services.jobs.run_in_child); same signals as Job.

    For CPU-heavy work: the child has its own interpreter, so it can never hold the GUI
    thread's GIL. Cancel sets an event the child checks; it rolls back and says so.
    """

    def __init__(self, db: Database, target: str, kwargs: dict):
        super().__init__()
        self.setAutoDelete(False)
        self._args = (str(db.path), db.operator, db.journal_mode, target, kwargs, db.session_token)
        context = multiprocessing.get_context("spawn")
        self._context = context
        self._cancel = context.Event()
        self.signals = JobSignals()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        messages = self._context.Queue()
        child = self._context.Process(target=run_in_child, args=(messages, self._cancel, *self._args),
                                      daemon=True)
        child.start()
        outcome = None
        while outcome is None:
            try:
                message = messages.get(timeout=0.2)
            except queue.Empty:
                if not child.is_alive():
                    outcome = ("failed", tr("ProcessJob", "the job stopped unexpectedly (exit code %1); nothing "
                                                            "was written", child.exitcode), "")
                continue
            if message[0] == "progress":
                self.signals.progress.emit(message[1], message[2])
            else:
                outcome = message
        child.join(timeout=10)
        if outcome[0] == "done":
            self.signals.finished.emit(outcome[1])
        elif outcome[0] == "cancelled":
            self.signals.cancelled.emit()
        else:
            self.signals.failed.emit(text(outcome[1]), outcome[2])   # a str, or a Translatable the child sent
        self.signals.done.emit()


class JobRunner(QObject):
    """Keeps running jobs alive and lets the window wait for them (tests, shutdown)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.running: set[Job] = set()

    def start(self, db: Database, fn: Callable[..., Any], **handlers) -> Job:
        """Run fn(db, progress, cancelled) on the pool; handlers as in _launch."""
        return self._launch(Job(db, fn), **handlers)

    def _launch(self, job, *, on_done: Callable[[Any], None] | None = None,
                on_failed: Callable[[str, str], None] | None = None,
                on_progress: Callable[[int, int], None] | None = None,
                on_cancelled: Callable[[], None] | None = None,
                on_ended: Callable[[], None] | None = None):
        """Connect every handler before the job starts: a quick job may end before start() returns."""
        for signal, handler in ((job.signals.finished, on_done), (job.signals.failed, on_failed),
                                (job.signals.progress, on_progress), (job.signals.cancelled, on_cancelled),
                                (job.signals.done, on_ended)):
            if handler is not None:
                signal.connect(handler)
        job.signals.done.connect(lambda: self.running.discard(job))
        self.running.add(job)
        self.pool.start(job)
        return job

    def start_process(self, db: Database, target: str, kwargs: dict, **handlers) -> ProcessJob:
        """Run 'module:function'(db, progress=, cancelled=, **kwargs) in a child process."""
        return self._launch(ProcessJob(db, target, kwargs), **handlers)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        for job in list(self.running):
            job.cancel()

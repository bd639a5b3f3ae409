"""Pieces every editing dialog has: the error line under the form, the Save / Cancel buttons, and the
save runner that waits out a busy file without freezing the window or losing the edit."""
from __future__ import annotations

import sqlite3
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.models import sessions
from app.models.database import Database
from app.models.errors import ConflictError, DatabaseError, LockedError, RowMissingError, UserError
from app.views.i18n import error_text, fmt
from app.views.job_names import activity_text

ERROR_STYLE = "color: #c9302c;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def error_label(name: str) -> QLabel:
    """A hidden, wrapping, red line for what stops a save."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def push_button(name: str, text: str, slot: Callable[[], object]) -> QPushButton:
    """A button with the object name tests and scripts use; a click calls slot() (no checked flag)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def save_cancel_buttons(dialog: QDialog, save_name: str, cancel_name: str) -> QDialogButtonBox:
    """Save calls dialog.save(), Cancel rejects; the buttons get the object names tests and scripts use."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName(save_name)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(cancel_name)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def busy_cause(db: Database) -> str:
    """Who else holds the file and what they are doing ("王芳 is importing members"), for a busy message."""
    try:
        with db.busy_timeout(0.1):
            others = [s for s in sessions.all_sessions(db) if s.token != db.session_token]
    except (sqlite3.Error, DatabaseError):
        others = []
    doing = [fmt(_tr("%1 is %2"), s.operator, activity_text(s.activity)) for s in others if s.activity]
    if doing:
        return "; ".join(doing)
    names = list(dict.fromkeys(s.operator for s in others))
    if names:
        return fmt(_tr("%1 has the file open (perhaps saving a large change)"), "、".join(names))
    return _tr("another program is using it (a backup or sync tool, perhaps)")


class SaveRunner(QObject):
    """Runs an editing dialog's save without freezing the window or throwing the edit away.

    run() calls write() with a short lock wait. On a busy file (LockedError) the dialog shows
    "Saving… the file is busy, retrying (n)" with the form kept but frozen and Save disabled, and
    write() is tried again on a timer with backoff for retry_seconds; then a message names who holds
    the file and says the edit is kept. stop() (the dialog's Cancel while retrying) ends the retries.
    A teammate's newer save goes to on_conflict; a row deleted meanwhile is shown on the error line
    (*gone* says which row); a value the model refuses goes to show_refusal (default: a message box)."""

    retry_seconds = 15.0
    lock_wait = 0.25              # seconds one attempt waits for the lock
    first_wait_ms, max_wait_ms = 250, 2000

    def __init__(self, dialog: QDialog, db: Database, buttons: QDialogButtonBox, *,
                 show_errors: Callable[[list[str]], None], show_refusal: Callable[[str], None] | None = None):
        super().__init__(dialog)
        self.dialog, self.db, self.buttons, self.show_errors = dialog, db, buttons, show_errors
        self.show_refusal = show_refusal or (lambda text: QMessageBox.warning(dialog, dialog.windowTitle(), text))
        self.label = QLabel()
        self.label.setObjectName("saveStatus")
        self.label.setWordWrap(True)
        self.label.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._attempt)
        self.attempts = 0
        self._job: tuple | None = None
        self._frozen: list[QWidget] = []
        self._deadline = 0.0
        self._wait_ms = self.first_wait_ms

    @property
    def retrying(self) -> bool:
        return self._job is not None

    def run(self, write: Callable[[], None], *, on_written: Callable[[], None],
            on_conflict: Callable[[ConflictError], None] | None = None, gone: str = "",
            on_error: Callable[[Exception], bool] | None = None) -> None:
        """Save now, or keep retrying while the file is busy. *on_error* may take another exception
        (True: handled); anything else is raised."""
        if self.retrying:
            return
        self._job = (write, on_written, on_conflict, gone, on_error)
        self.attempts = 0
        self._deadline = time.monotonic() + self.retry_seconds
        self._wait_ms = self.first_wait_ms
        self.label.setVisible(False)
        self._attempt()

    def stop(self) -> bool:
        """Stop retrying (the edit stays in the form); False if no save was waiting."""
        if not self.retrying:
            return False
        self._finish()
        self._show_status(_tr("Not saved: you stopped the retries. Your edit is kept here; press Save to try "
                              "again."))
        return True

    def _attempt(self) -> None:
        write, on_written, on_conflict, gone, on_error = self._job
        self.attempts += 1
        try:
            with self.db.busy_timeout(self.lock_wait):
                write()
        except LockedError:
            self._busy()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                self._finish()
                raise
            self._busy()
        except ConflictError as exc:
            self._finish()
            if on_conflict is None:
                raise
            on_conflict(exc)
        except RowMissingError:
            self._finish()
            self.show_errors([gone])
        except UserError as exc:
            self._finish()
            self.show_refusal(error_text(exc))
        except Exception as exc:
            self._finish()
            if on_error is None or not on_error(exc):
                raise
        else:
            self._finish()
            on_written()

    def _busy(self) -> None:
        if time.monotonic() + self._wait_ms / 1000 > self._deadline:
            self._finish()
            self._show_status(fmt(_tr("Not saved: the community file is still busy after %1 seconds — %2. "
                                      "Your edit is kept here; press Save again when the file is free."),
                                  f"{self.retry_seconds:g}", busy_cause(self.db)))
            return
        self._freeze()
        self._show_status(fmt(_tr("Saving… the file is busy, retrying (%1)"), self.attempts), error=False)
        self.timer.start(self._wait_ms)
        self._wait_ms = min(self._wait_ms * 2, self.max_wait_ms)

    def _show_status(self, text: str, *, error: bool = True) -> None:
        self.label.setText(text)
        self.label.setStyleSheet(ERROR_STYLE if error else "")
        self.label.setVisible(True)

    def _freeze(self) -> None:
        """Nothing in the form can change while its save is pending (a later edit would be lost)."""
        if self._frozen:
            return
        keep = {self.label, self.buttons}
        self._frozen = [w for w in self.dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                        if w not in keep and not w.isWindow() and w.isEnabled()]
        self._frozen += [b for b in self.buttons.buttons()
                         if self.buttons.buttonRole(b) != QDialogButtonBox.ButtonRole.RejectRole and b.isEnabled()]
        for widget in self._frozen:
            widget.setEnabled(False)

    def _finish(self) -> None:
        self.timer.stop()
        self._job = None
        for widget in self._frozen:
            widget.setEnabled(True)
        self._frozen = []
        self.label.setVisible(False)


def report_job_failure(parent: QWidget, title: str, message: str, details: str) -> None:
    """A job's failure: a user-level problem (no traceback) in a warning dialog; a bug is raised for the
    global exception hook, which logs it and shows the traceback."""
    if details:
        raise RuntimeError(f"{message}\n{details}")
    QMessageBox.warning(parent, title, message)


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons side by side at the left of a row (under a table: add, delete...)."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row

"""Pieces every editing dialog has: the error line under the form and the Save / Cancel buttons."""
from __future__ import annotations

import sqlite3
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.models.errors import ConflictError, RowMissingError, UserError

ERROR_STYLE = "color: #c9302c;"


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


def write_guarded(dialog: QDialog, write: Callable[[], None], *, show_errors: Callable[[list[str]], None],
                  gone: str, on_conflict: Callable[[ConflictError], None]) -> bool:
    """Run an editing dialog's save; True when it was written. A teammate's newer save goes to
    on_conflict; a busy file and a row deleted meanwhile are shown on the error line (*gone* says
    which row); a value the model refuses is shown in a message box. Nothing is written in any of these."""
    try:
        write()
    except ConflictError as exc:
        on_conflict(exc)
    except sqlite3.OperationalError as exc:
        if not is_busy(exc):
            raise
        show_errors([QCoreApplication.translate("dialogs", "The community file is busy (a teammate is saving a "
                                                "large change); nothing was saved. Press Save again in a moment.")])
    except RowMissingError:
        show_errors([gone])
    except UserError as exc:
        QMessageBox.warning(dialog, dialog.windowTitle(), str(exc))
    else:
        return True
    return False


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

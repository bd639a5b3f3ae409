"""Pieces every editing dialog has: the error line under the form and the Save / Cancel buttons."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

ERROR_STYLE = "color: #c9302c;"


def error_label(name: str) -> QLabel:
    """A hidden, wrapping, red line for what stops a save."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def save_cancel_buttons(dialog: QDialog, save_name: str, cancel_name: str) -> QDialogButtonBox:
    """Save calls dialog.save(), Cancel rejects; the buttons get the object names tests and scripts use."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName(save_name)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(cancel_name)
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons

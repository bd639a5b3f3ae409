"""A line edit that searches the roster as the operator types (debounced: one query per pause)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

TYPING_PAUSE_MS = 150


def roster_search_edit(owner: QWidget, name: str, placeholder: str, search: Callable[[], None]) -> QLineEdit:
    """A clearable line edit that calls search() once typing pauses; the timer belongs to *owner*."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(TYPING_PAUSE_MS)
    timer.timeout.connect(search)
    edit.textChanged.connect(lambda _text: timer.start())
    return edit

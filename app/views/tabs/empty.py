"""A tab whose records do not exist in the file yet: it says so, and shows nothing invented."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.views.tabs.base import TabPage


class EmptyStateTab(TabPage):
    def __init__(self, name: str, message: str):
        super().__init__()
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)

"""Notices above the tabs about the open file (damaged, synced folder, conflicted copies): a line of text with
its actions and a close button, one row per topic."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.views.dialog_parts import push_button

STYLES = {
    "warning": "QFrame#{name} {{ background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; }}",
    "error": "QFrame#{name} {{ background: #fde2e1; border: 1px solid #d9534f; border-radius: 4px; }}",
}


class NoticeArea(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticeArea")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 0)
        self._rows: dict[str, QFrame] = {}
        self.setVisible(False)

    def show_notice(self, key: str, text: str, *, level: str = "warning", tooltip: str = "",
                    actions: tuple[tuple[str, str, Callable[[], object]], ...] = (), closable: bool = True) -> QFrame:
        """Show (or replace) the notice *key*; actions are (object name, text, slot)."""
        self.remove(key)
        name = f"notice_{key}"
        row = QFrame()
        row.setObjectName(name)
        row.setStyleSheet(STYLES[level].format(name=name))
        line = QHBoxLayout(row)
        label = QLabel(text)
        label.setObjectName(f"{name}_text")
        label.setWordWrap(True)
        label.setToolTip(tooltip)
        line.addWidget(label, 1)
        for object_name, caption, slot in actions:
            line.addWidget(push_button(object_name, caption, slot))
        if closable:
            close = QToolButton()
            close.setObjectName(f"{name}_close")
            close.setText("×")
            close.setToolTip(self.tr("Hide this notice"))
            close.clicked.connect(lambda _checked=False: self.remove(key))
            line.addWidget(close)
        self._layout.addWidget(row)
        self._rows[key] = row
        self.setVisible(True)
        return row

    def remove(self, key: str) -> None:
        row = self._rows.pop(key, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        self.setVisible(bool(self._rows))

    def clear(self) -> None:
        for key in list(self._rows):
            self.remove(key)

    def text(self, key: str) -> str | None:
        row = self._rows.get(key)
        return row.findChild(QLabel).text() if row is not None else None

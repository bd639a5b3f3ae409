"""A record's change history as a dialog page: when, who, what kind of change, what changed."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)


class HistoryView(QWidget):
    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None):
        """name: the object-name prefix ("member" -> memberHistory, memberHistoryEmpty)."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName(f"{name}History")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Change")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        layout.addWidget(self.table)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"{name}HistoryEmpty")
        layout.addWidget(self.empty)

    def show_rows(self, rows: list[tuple[str, str, str, str]]) -> None:
        """rows: (local time, operator, action, change), newest first."""
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()   # one record's changes, not a big table
        self.empty.setVisible(not rows)

"""Read-only QTableWidget lists (figures, logs, shortlists) set up one way."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

Selection = QAbstractItemView.SelectionMode


def read_only_table(name: str, headers: list[str], *, selection: Selection = Selection.ExtendedSelection,
                    fit_columns: bool = True) -> QTableWidget:
    """Whole-row selection, no row numbers. fit_columns: columns sized to their contents; otherwise the
    person sizes them, the last one stretches and rows keep one compact line."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    if fit_columns:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(22)
        table.setWordWrap(False)
    return table

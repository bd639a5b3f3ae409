"""Table models for the sensitive-word editor: one row per word (or allowed phrase) with its level and
category as codes, and the normalised form the matcher compares, kept in step with the text.

Plain Python lists behind a QAbstractTableModel, a filter proxy and combo delegates: thousands of
words open, filter and sort without a widget or item per cell.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyledItemDelegate, QWidget

from app.services.word_matcher import normalize

CODE_ROLE = Qt.ItemDataRole.UserRole
DISPLAY, EDIT, BACKGROUND = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.BackgroundRole
Index = QModelIndex | QPersistentModelIndex


class EntryModel(QAbstractTableModel):
    """Rows of editable values (column 0 the text, then codes) plus the read-only normalised form.

    labels: column -> code -> shown text; tints: column -> code -> background colour."""
    edited = Signal()            # a value was changed, added or removed by the person

    def __init__(self, headers: list[str], labels: dict[int, Callable[[str], str]] | None = None,
                 tints: dict[int, dict[str, str]] | None = None, parent=None):
        super().__init__(parent)
        self.headers = headers
        self.norm_column = len(headers) - 1
        self.labels = labels or {}
        self.brushes = {column: {code: QBrush(QColor(color)) for code, color in colors.items()}
                        for column, colors in (tints or {}).items()}
        self.rows: list[list[str]] = []      # [text, code..., norm]

    # -- reading ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == DISPLAY:
            shown = self.labels.get(index.column())
            return shown(value) if shown else value
        if role in (EDIT, CODE_ROLE):
            return value
        if role == BACKGROUND and index.column() in self.brushes:
            return self.brushes[index.column()].get(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return str(section + 1)          # row numbers, as the error line names them

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.isValid() and index.column() != self.norm_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def column_values(self, column: int) -> list[str]:
        return [row[column] for row in self.rows]

    def row_of_norm(self) -> dict[str, int]:
        return {row[self.norm_column]: number for number, row in enumerate(self.rows)}

    # -- writing ------------------------------------------------------------------------
    def setData(self, index: Index, value, role: int = EDIT) -> bool:
        if not index.isValid() or role not in (EDIT, CODE_ROLE) or index.column() == self.norm_column:
            return False
        row = self.rows[index.row()]
        value = str(value)
        if row[index.column()] == value:
            return False
        row[index.column()] = value
        if index.column() == 0:
            row[self.norm_column] = normalize(value)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.norm_column))
        self.edited.emit()
        return True

    def reset(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def append(self, rows: list[list[str]]) -> int:
        """Add rows (values without the normalised form, which is computed); returns the first new row."""
        first = len(self.rows)
        if rows:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows += [[*values, normalize(values[0])] for values in rows]
            self.endInsertRows()
            self.edited.emit()
        return first

    def update_codes(self, row: int, codes: list[str]) -> bool:
        """Set the code columns of *row*; True if anything changed."""
        values = self.rows[row]
        if values[1:self.norm_column] == codes:
            return False
        values[1:self.norm_column] = codes
        self.dataChanged.emit(self.index(row, 1), self.index(row, self.norm_column - 1))
        self.edited.emit()
        return True

    def remove(self, rows: set[int]) -> None:
        for row in sorted(rows, reverse=True):     # one call per row: a few at a time in practice
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
        if rows:
            self.edited.emit()


class EntryFilter(QSortFilterProxyModel):
    """Shows the rows whose text or normalised form contains the filter; new empty rows always show."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.key = ""
        self.setSortRole(EDIT)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):           # Qt 6.10+
            self.beginFilterChange()
            self.text, self.key = text.strip().casefold(), normalize(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.text, self.key = text.strip().casefold(), normalize(text)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        if not self.text:
            return True
        row = self.sourceModel().rows[source_row]
        return not row[0] or self.text in row[0].casefold() or bool(self.key and self.key in row[-1])


class CodeDelegate(QStyledItemDelegate):
    """A combo editor for a cell that stores a code and shows its label."""

    def __init__(self, options: Callable[[], list[tuple[str, str]]], name: str, parent=None):
        super().__init__(parent)
        self.options = options      # () -> [(label, code)]
        self.name = name

    def createEditor(self, parent: QWidget, _option, _index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName(self.name)
        for text, code in self.options():
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        combo.activated.connect(lambda _i: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, combo: QComboBox, index: QModelIndex) -> None:
        code = index.data(CODE_ROLE)
        combo.blockSignals(True)
        if combo.findData(code) < 0:            # a category removed from the settings since
            combo.addItem(index.data(DISPLAY), code)
        combo.setCurrentIndex(combo.findData(code))
        combo.blockSignals(False)

    def setModelData(self, combo: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, combo.currentData(), EDIT)


def commit_open_editor(view: QAbstractItemView) -> None:
    """Keep what is typed into a cell that is still being edited (Save clicked while typing)."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    index = view.currentIndex()
    editor = view.indexWidget(index) if index.isValid() else None
    if editor is not None:
        view.itemDelegateForIndex(index).setModelData(editor, view.model(), index)

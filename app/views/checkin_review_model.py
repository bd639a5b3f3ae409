"""The review of an imported list: one row per entry with its match and the operator's decision.

A table model (cells made on demand, so a 5,000-line list shows at once) and the Decision column's
delegate: a combo of the row's candidates, "Add as new member", "Skip" and "Search the roster…".
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from app.services import checkin_import as ci
from app.views.i18n import fmt, tr

SEARCH = "search"            # the combo's "Search the roster…" item: not a decision
LINE, TEXT, STATUS, DECISION = range(4)
STATUS_COLORS = {ci.MATCHED: "#2e7d32", ci.UNCERTAIN: "#b26a00", ci.UNKNOWN: "#c9302c"}
UNDECIDED_COLOR = "#888888"


class ReviewModel(QAbstractTableModel):
    decisions_changed = Signal()
    search_requested = Signal(int)     # a row whose operator chose "Search the roster…"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matches: list[ci.Match] = []
        self.decisions: list[ci.Decision | None] = []
        self.found: dict[int, list[tuple[int, str]]] = {}    # row -> members picked by search
        self._pending = 0

    # -- contents -------------------------------------------------------------------------
    def reset(self, matches: list[ci.Match]) -> None:
        self.beginResetModel()
        self.matches = matches
        self.decisions = [m.member_id if m.status == ci.MATCHED else None for m in matches]
        self.found = {}
        self._pending = self.decisions.count(None)
        self.endResetModel()
        self.decisions_changed.emit()

    def pending(self) -> int:
        return self._pending

    def resolutions(self) -> list[tuple[ci.Entry, ci.Decision]]:
        return [(match.entry, value) for match, value in zip(self.matches, self.decisions)]

    def decide(self, rows: Iterable[int], value: ci.Decision) -> int:
        """Set the decision of *rows* (one change signal for all); returns how many changed."""
        changed = [r for r in rows if 0 <= r < len(self.decisions) and self.decisions[r] != value]
        for row in changed:
            self._pending -= self.decisions[row] is None
            self.decisions[row] = value
        if changed:
            self.dataChanged.emit(self.index(min(changed), DECISION), self.index(max(changed), DECISION))
            self.decisions_changed.emit()
        return len(changed)

    def add_found(self, row: int, member_id: int, label: str) -> None:
        picked = self.found.setdefault(row, [])
        if all(m != member_id for m, _t in picked):
            picked.append((member_id, fmt(self.tr("%1 (found by search)"), label)))
        self.decide([row], member_id)

    def options(self, row: int) -> list[tuple[str, object]]:
        """(label, value) of the row's combo; "Choose…" first while there is no decision."""
        match = self.matches[row]
        out: list[tuple[str, object]] = []
        if self.decisions[row] is None:
            out.append((self.tr("Choose…"), None))
        if match.status == ci.MATCHED:
            out.append((member_label(match.member_id, match.member_name, match.member_nickname),
                        match.member_id))
        for candidate in match.candidates:
            out.append((fmt("%1 (%2)", member_label(candidate.member_id, candidate.display_name,
                                                     candidate.nickname), self.why_text(candidate.why)),
                        candidate.member_id))
        out += [(text, member_id) for member_id, text in self.found.get(row, [])]
        out.append((self.tr("Add as new member"), ci.NEW))
        out.append((self.tr("Skip"), ci.SKIP))
        out.append((self.tr("Search the roster…"), SEARCH))
        return out

    def why_text(self, why: str) -> str:
        kind, _, name = why.partition(":")
        field = {"display_name": self.tr("name"), "nickname": self.tr("nickname"), "phone": self.tr("phone"),
                 "wechat_id": self.tr("WeChat ID"), "email": self.tr("email"),
                 "handle": self.tr("handle")}.get(name, name)
        return fmt(self.tr("same %1"), field) if kind == "same" else fmt(self.tr("similar %1"), field)

    def status_text(self, status: str) -> str:
        return {ci.MATCHED: self.tr("Matched"), ci.UNCERTAIN: self.tr("Needs a decision"),
                ci.UNKNOWN: self.tr("Unknown")}[status]

    def decision_text(self, row: int) -> str:
        value = self.decisions[row]
        if value is None:
            return self.tr("Choose…")
        return next((text for text, option in self.options(row) if option == value), str(value))

    # -- the Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Line"), self.tr("In the list"), self.tr("Status"), self.tr("Member"))[section]
        return None

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == DECISION else flags

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        match = self.matches[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == LINE:
                return str(match.entry.line)
            if column == TEXT:
                return match.entry.text
            if column == STATUS:
                return self.status_text(match.status)
            return self.decision_text(row)
        undecided = column == DECISION and self.decisions[row] is None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS:
                return QBrush(QColor(STATUS_COLORS[match.status]))
            return QBrush(QColor(UNDECIDED_COLOR)) if undecided else None
        if role == Qt.ItemDataRole.FontRole and undecided:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT and match.entry.row:
                return " | ".join(match.entry.row)
            if column == STATUS and match.status == ci.MATCHED:
                return self.why_text(match.why)
            if column == DECISION:
                return self.tr("Click to choose a member, add a new one or skip.")
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != DECISION or value is None:
            return False
        if value == SEARCH:
            self.search_requested.emit(index.row())
            return False
        self.decide([index.row()], value)
        return True


def member_label(member_id: int, name: str, nickname: str) -> str:
    return " · ".join(p for p in (name, nickname) if p) or tr("labels", "member #%1", member_id)


class DecisionDelegate(QStyledItemDelegate):
    """The Decision column's editor: a combo of the row's options, written back as soon as one is picked."""

    def createEditor(self, parent: QWidget, _option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("checkinDecisionCombo")
        for text, value in index.model().options(index.row()):
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        combo.activated.connect(lambda _i: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(index.model().decisions[index.row()])))
        editor.blockSignals(False)

    def setModelData(self, editor: QComboBox, model: ReviewModel, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

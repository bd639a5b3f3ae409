"""The content list view's model: the filtered items of the visible period (and, optionally, the backlog)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.views.content_calendar import CalendarEntry
from app.views.content_labels import format_label, status_label

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("when", "title", "channel", "pillar", "format", "status", "owner", "reads", "interaction", "share")


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class ContentListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[CalendarEntry] = []

    def titles(self) -> list[str]:
        return [self.tr("When"), self.tr("Title"), self.tr("Channel"), self.tr("Pillar"), self.tr("Format"),
                self.tr("Status"), self.tr("Owner"), self.tr("Reads"), self.tr("Interaction rate"),
                self.tr("Share rate")]

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        item = entry.item
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DecorationRole and column == "pillar":
            return QColor(entry.color)
        if role == Qt.ItemDataRole.BackgroundRole and column == "title":
            tint = QColor(entry.color)
            tint.setAlpha(36)
            return QBrush(tint)
        if role == SORT_ROLE:
            return {"when": entry.start.timestamp() if item.planned_at else 0, "reads": item.reads or 0,
                    "interaction": item.interaction_rate or 0.0, "share": item.share_rate or 0.0}.get(
                column, self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("reads", "interaction", "share"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "when": f"{entry.start:%Y-%m-%d %a %H:%M}" if item.planned_at else self.tr("(no date)"),
            "title": item.title, "channel": entry.channel, "pillar": entry.pillar,
            "format": format_label(item.format), "status": status_label(item.status), "owner": item.owner,
            "reads": "" if item.reads is None else f"{item.reads:,}",
            "interaction": _rate(item.interaction_rate), "share": _rate(item.share_rate),
        }[column]

"""The content list view's model: the filtered items of the visible period (and, optionally, the backlog)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.views.content_calendar import CalendarEntry
from app.views.content_labels import format_label, status_label
from app.views.locale_format import date_text, number, percent, time_text

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("when", "title", "channel", "pillar", "format", "status", "owner", "reads", "interaction", "share")


def _rate(value: float | None) -> str:
    return "—" if value is None else percent(value)


def when_text(start: datetime) -> str:
    """A local start with its weekday: 11/22/2026 Sun 2:00 PM, 2026/11/22 周日 14:00."""
    weekday = QLocale().dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{date_text(start.date())} {weekday} {time_text(start)}"


class ContentListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[CalendarEntry] = []
        self.rows: list[tuple[tuple, tuple]] = []

    def titles(self) -> list[str]:
        return [self.tr("When"), self.tr("Title"), self.tr("Channel"), self.tr("Pillar"), self.tr("Format"),
                self.tr("Status"), self.tr("Owner"), self.tr("Reads"), self.tr("Interaction rate"),
                self.tr("Share rate")]

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.rows = [self._row(entry) for entry in entries]
        self.endResetModel()

    def _row(self, entry: CalendarEntry) -> tuple[tuple, tuple]:
        """(display texts, sort keys) of one entry, computed once."""
        item = entry.item
        interaction, share = item.interaction_rate, item.share_rate
        texts = (when_text(entry.start) if item.planned_at else self.tr("(no date)"),
                 item.title, entry.channel, entry.pillar, format_label(item.format), status_label(item.status),
                 item.owner, "" if item.reads is None else number(item.reads), _rate(interaction), _rate(share))
        keys = (entry.start.timestamp() if item.planned_at else 0.0, *texts[1:7], item.reads or 0,
                interaction or 0.0, share or 0.0)
        return texts, keys

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
            return self.rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("reads", "interaction", "share"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][0][index.column()]
        return None

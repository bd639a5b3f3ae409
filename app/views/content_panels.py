"""The content tab's side panels: the idea backlog, the pillar mix against its targets, and the hot topics."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QSizePolicy, QWidget

from app.views.content_calendar import ITEM_MIME, dragged_item, item_mime
from app.views.content_labels import STATUS_GLYPHS, priority_label, status_label, topic_kind_label
from app.views.i18n import fmt
from app.views.i18n import text as translated
from app.views.locale_format import date_time

ITEM_ID = Qt.ItemDataRole.UserRole
ITEM_VERSION = Qt.ItemDataRole.UserRole + 1


class BacklogList(QListWidget):
    """Ideas without a date: drag one onto a day to plan it; drop a calendar chip here to unschedule it."""
    unscheduled = Signal(int, int)            # item id, version read
    open_item = Signal(int)
    item_menu = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backlogList")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.itemDoubleClicked.connect(lambda row: self.open_item.emit(row.data(ITEM_ID)))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def set_items(self, rows: list[tuple[int, int, str, str, str]]) -> None:
        """rows: (id, version, title, status, colour)."""
        if rows == getattr(self, "_rows", None):
            return          # unchanged: no rebuild, no repaint
        self._rows = rows
        self.clear()
        for item_id, version, title, status, color in rows:
            row = QListWidgetItem(f"{STATUS_GLYPHS.get(status, '')} {title}")
            row.setData(ITEM_ID, item_id)
            row.setData(ITEM_VERSION, version)
            row.setToolTip(f"{title}\n{status_label(status)}")
            tint = QColor(color)
            tint.setAlpha(40)
            row.setBackground(QBrush(tint))
            row.setForeground(QBrush(QColor("#222")))
            self.addItem(row)

    def row_for(self, item_id: int) -> QListWidgetItem | None:
        for index in range(self.count()):
            if self.item(index).data(ITEM_ID) == item_id:
                return self.item(index)
        return None

    def _menu(self, position: QPoint) -> None:
        row = self.itemAt(position)
        if row is not None:
            self.item_menu.emit(row.data(ITEM_ID), self.viewport().mapToGlobal(position))

    # -- dragging out -------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, items):
        row = items[0]
        return item_mime(row.data(ITEM_ID), row.data(ITEM_VERSION))

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    # -- dropping in (a calendar chip back to the backlog) -----------------------------
    def dragEnterEvent(self, event) -> None:
        if dragged_item(event.mimeData()) is not None and event.source() is not self:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        carried = dragged_item(event.mimeData())
        if carried is None or event.source() is self:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.unscheduled.emit(*carried)


class PillarMixChart(QWidget):
    """One bar per pillar: the planned share of the visible period, with a tick at the target share."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pillarMix")
        self.rows: list[tuple[str, str, int, float, float]] = []   # label, colour, count, share, target
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, str, int, float, float]]) -> None:
        if rows == self.rows:
            return
        self.rows = rows
        self.setFixedHeight(max(1, len(rows)) * 40 + 8)
        self.setToolTip("\n".join(self.describe()))
        self.update()

    def describe(self) -> list[str]:
        return [fmt(self.tr("%1: %2 items, %3% planned, target %4%"), label, count, round(share * 100),
                    round(target * 100)) for label, _color, count, share, target in self.rows]

    def sizeHint(self) -> QSize:
        return QSize(260, max(1, len(self.rows)) * 40 + 8)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() - 16
        metrics = painter.fontMetrics()
        for index, (label, color, count, share, target) in enumerate(self.rows):
            top = 4 + index * 40
            painter.setPen(QColor("#222"))
            figures = fmt(self.tr("%1% / %2%"), round(share * 100), round(target * 100))
            figures_width = metrics.horizontalAdvance(figures)
            name = metrics.elidedText(fmt(self.tr("%1 (%2)"), label, count), Qt.TextElideMode.ElideRight,
                                      width - figures_width - 8)
            painter.drawText(8, top + metrics.ascent(), name)
            painter.drawText(8 + width - figures_width, top + metrics.ascent(), figures)
            bar = QRectF(8, top + metrics.height() + 3, width, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ececec"))
            painter.drawRoundedRect(bar, 3, 3)
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * min(share, 1.0), bar.height()), 3, 3)
            off = abs(share - target) > 0.1
            painter.setPen(QPen(QColor("#b3261e" if off else "#222"), 2))
            x = bar.left() + bar.width() * min(target, 1.0)
            painter.drawLine(int(x), int(bar.top()) - 3, int(x), int(bar.bottom()) + 3)
        painter.end()


class HotTopicList(QListWidget):
    """Open hot topics by urgency, two lines each; overdue responses in red. Double-click to open one."""
    open_topic = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hotTopicList")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemDoubleClicked.connect(lambda row: self.open_topic.emit(row.data(ITEM_ID)))

    def set_rows(self, rows, now: datetime) -> None:
        """rows: app.services.hot_topics.TopicRow list."""
        key = ([(r.topic.id, r.topic.version, r.item_id, r.item_status, r.overdue, r.late_plan) for r in rows],
               now.replace(second=0, microsecond=0))
        if key == getattr(self, "_key", None):
            return          # unchanged (to the minute): no rebuild, no repaint
        self._key = key
        self.clear()
        for row in rows:
            rating = row.rating
            answered = row.item_status in ("published", "reviewed")
            if rating.deadline is None:
                due = self.tr("no deadline")
            elif answered:
                due = fmt(self.tr("deadline was %1"), date_time(rating.deadline))
            else:
                hours = (rating.deadline - now).total_seconds() / 3600
                left = fmt(self.tr("overdue by %1 h"), int(-hours)) if hours < 0 else fmt(self.tr("%1 h left"), int(hours))
                due = fmt(self.tr("respond by %1 (%2)"), date_time(rating.deadline), left)
            response = status_label(row.item_status) if row.item_status else self.tr("no response planned")
            if row.late_plan:
                response += " · " + self.tr("planned after the deadline")
            text = (f"{priority_label(rating.priority)} — {row.topic.title}\n"
                    f"{topic_kind_label(row.topic.kind)} · {due} · {response}")
            entry = QListWidgetItem(text)
            entry.setData(ITEM_ID, row.topic.id)
            entry.setToolTip(translated(rating.reason))
            if row.overdue:
                entry.setForeground(QBrush(QColor("#b3261e")))
            self.addItem(entry)

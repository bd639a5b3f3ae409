"""The content calendar grid: a month (six weeks) or one week of day cells holding item chips.

Chips are dragged between days (and to and from the idea backlog) with one MIME type that carries the
item's id and the version it was read at, so a drop on a stale item becomes a conflict, not an overwrite.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QByteArray, QEvent, QLocale, QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.models.content import ContentItem
from app.views.content_labels import STATUS_GLYPHS, format_label, status_label
from app.views.i18n import fmt

ITEM_MIME = "application/x-community-desk-content-item"
MONTH_CHIPS = 4          # chips shown in a month cell before "+N more"


def item_mime(item_id: int, version: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(ITEM_MIME, QByteArray(f"{item_id}:{version}".encode()))
    return mime


def dragged_item(mime: QMimeData) -> tuple[int, int] | None:
    """(item id, version) carried by a drag, or None when it is not one of ours."""
    if not mime.hasFormat(ITEM_MIME):
        return None
    try:
        item_id, version = bytes(mime.data(ITEM_MIME).data()).decode().split(":")
        return int(item_id), int(version)
    except ValueError:
        return None


@dataclass
class CalendarEntry:
    """An item as the calendar shows it: local start time and resolved names."""
    item: ContentItem
    start: datetime          # local, aware
    color: str
    channel: str
    pillar: str

    @property
    def tooltip(self) -> str:
        item = self.item
        lines = [f"<b>{_escape(item.title)}</b>",
                 f"{self.start:%Y-%m-%d %H:%M} · {status_label(item.status)}",
                 " · ".join(p for p in (self.channel, self.pillar, format_label(item.format), item.owner) if p)]
        return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class ItemChip(QWidget):
    """One item on the calendar: time, status glyph and title (and, in the week view, its channel, format,
    status and owner) on its pillar's colour. Painted, not styled: a month shows hundreds of these."""
    open_requested = Signal(int)
    menu_requested = Signal(int, QPoint)
    PAD = 3
    BAR = 4

    def __init__(self, entry: CalendarEntry, *, detailed: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("itemChip")
        self.entry = entry
        self.item_id = entry.item.id
        self.version = entry.item.version
        self.detailed = detailed
        self._press: QPoint | None = None
        self.color = QColor(entry.color)
        self.tint = QColor(self.color)
        self.tint.setAlpha(48)
        self.title = f"{entry.start:%H:%M} {STATUS_GLYPHS.get(entry.item.status, '')} {entry.item.title}"
        self.details = (" · ".join(p for p in (entry.channel, format_label(entry.item.format),
                                              status_label(entry.item.status), entry.item.owner) if p)
                        if detailed else "")
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(detailed)
        self.setSizePolicy(policy)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip():
            self.setToolTip(self.entry.tooltip)     # built when first wanted, not for every chip drawn
        return super().event(event)

    def _text_width(self, width: int) -> int:
        return max(10, width - self.BAR - 2 * self.PAD)

    def hasHeightForWidth(self) -> bool:
        return self.detailed

    def heightForWidth(self, width: int) -> int:
        metrics = self.fontMetrics()
        if not self.detailed:
            return metrics.height() + 2 * self.PAD - 2
        title = metrics.boundingRect(QRect(0, 0, self._text_width(width), 10_000), TEXT_FLAGS, self.title)
        return title.height() + metrics.height() + 2 * self.PAD

    def sizeHint(self) -> QSize:
        return QSize(80, self.heightForWidth(self.width() if self.width() > 20 else 120))

    def minimumSizeHint(self) -> QSize:
        return QSize(20, self.fontMetrics().height() + 2 * self.PAD - 2)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.tint)
        painter.setPen(self.color)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.fillRect(QRect(0, 0, self.BAR, self.height()), self.color)
        metrics = self.fontMetrics()
        left, width = self.BAR + self.PAD, self._text_width(self.width())
        painter.setPen(QColor("#1d1d1d"))
        if not self.detailed:
            shown = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(left, 0, width, self.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        else:
            title = painter.boundingRect(QRect(left, self.PAD - 1, width, 10_000), TEXT_FLAGS, self.title)
            painter.drawText(title, TEXT_FLAGS, self.title)
            painter.setPen(QColor("#555555"))
            painter.drawText(QRect(left, title.bottom() + 1, width, metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft), metrics.elidedText(
                                 self.details, Qt.TextElideMode.ElideRight, width))
        painter.end()

    def mime_data(self) -> QMimeData:
        return item_mime(self.item_id, self.version)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(self.mime_data())
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.open_requested.emit(self.item_id)

    def contextMenuEvent(self, event) -> None:
        self.menu_requested.emit(self.item_id, event.globalPos())


class DayCell(QWidget):
    """One day: its number, its chips; accepts dropped items. Painted background (no style sheets)."""
    dropped = Signal(int, int, object)        # item id, version read, the day
    new_requested = Signal(object)            # double-click on the empty part: a new item that day
    more_requested = Signal(object)           # "+N more": show that day's week

    def __init__(self, day: date, *, in_period: bool, is_today: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.day = day
        self.setObjectName(f"day-{day.isoformat()}")
        self.setAcceptDrops(True)
        self.in_period = in_period
        self.is_today = is_today
        self.gap_text = ""
        self.drop_target = False
        self.chips: list[ItemChip] = []
        self.number = str(day.day) if day.day != 1 else QLocale().toString(day, "MMM d")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(3, self.fontMetrics().height() + 3, 3, 2)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)

    def _apply_style(self, drop_target: bool) -> None:
        self.drop_target = drop_target
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        background = "#ffffff" if self.in_period else "#f4f4f4"
        if self.gap_text:
            background = "#fff4e0"
        if self.drop_target:
            background = "#dcebff"
        painter.fillRect(self.rect(), QColor(background))
        painter.setPen(QPen(QColor("#2f7ed8"), 2) if self.is_today else QPen(QColor("#d6d6d6"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -1, -1) if not self.is_today
                         else QRectF(self.rect()).adjusted(1, 1, -1, -1))
        font = painter.font()
        font.setBold(self.is_today)
        painter.setFont(font)
        painter.setPen(QColor("#222222" if self.in_period else "#999999"))
        painter.drawText(QRect(4, 2, self.width() - 8, self.fontMetrics().height()),
                         int(Qt.AlignmentFlag.AlignLeft), self.number)
        painter.end()

    def set_gap(self, text: str) -> None:
        """Mark the day as part of an empty stretch longer than a channel allows (text: why)."""
        self.gap_text = text
        self.setToolTip(text)
        self.update()

    def add_chip(self, chip: ItemChip) -> None:
        self.chips.append(chip)
        self._layout.insertWidget(self._layout.count() - 1, chip)

    def add_more(self, hidden: int) -> None:
        more = QLabel(f'<a href="more">{fmt(self.tr("+%1 more"), hidden)}</a>')
        more.setObjectName("moreLink")
        more.linkActivated.connect(lambda _link: self.more_requested.emit(self.day))
        self._layout.insertWidget(self._layout.count() - 1, more)

    # -- dropping -----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if dragged_item(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._apply_style(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if dragged_item(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()

    def dragLeaveEvent(self, event) -> None:
        self._apply_style(False)

    def dropEvent(self, event) -> None:
        self._apply_style(False)
        carried = dragged_item(event.mimeData())
        if carried is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(carried[0], carried[1], self.day)

    def mouseDoubleClickEvent(self, event) -> None:
        self.new_requested.emit(self.day)


def _set_look(label: QLabel, color: str, *, bold: bool) -> None:
    """Colour and weight through palette and font (a style sheet per label is slow to build)."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), QColor(color))
    label.setPalette(palette)
    font = label.font()
    font.setBold(bold)
    label.setFont(font)


def period_days(mode: str, anchor: date) -> tuple[date, date, date, date]:
    """(first shown, last shown, first of the period, last of the period) for month or week mode."""
    monday = anchor - timedelta(days=anchor.weekday())
    if mode == "week":
        return monday, monday + timedelta(days=6), monday, monday + timedelta(days=6)
    first = anchor.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    shown_first = first - timedelta(days=first.weekday())
    return shown_first, shown_first + timedelta(days=41), first, following - timedelta(days=1)


class CalendarView(QWidget):
    """Month (6×7) or week (1×7) grid; the tab fills it with show()."""
    item_dropped = Signal(int, int, object)   # id, version, day
    open_item = Signal(int)
    item_menu = Signal(int, QPoint)
    new_item_on = Signal(object)
    week_requested = Signal(object)           # a day whose week should be shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contentCalendar")
        self.mode = "month"
        self.cells: dict[date, DayCell] = {}
        self.week_badges: dict[date, QLabel] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(2)

    def _clear(self) -> None:
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()           # gone now, not when the event loop gets round to deleting it
                widget.setParent(None)
                widget.deleteLater()
        self.cells.clear()
        self.week_badges.clear()
        for index in range(8):
            self._grid.setColumnStretch(index, 0)
        for index in range(8):
            self._grid.setRowStretch(index, 0)

    def show_period(self, mode: str, anchor: date, today: date, entries: dict[date, list[CalendarEntry]],
                    week_flags: dict[date, str], gap_texts: dict[date, str]) -> None:
        """Rebuild the grid. week_flags: Monday -> a short badge tooltip text ('' = fine);
        gap_texts: day -> why it is part of an empty stretch."""
        self.setUpdatesEnabled(False)
        try:
            self._clear()
            self.mode = mode
            shown_first, shown_last, first, last = period_days(mode, anchor)
            locale = QLocale()
            corner = QLabel(self.tr("Week"))
            corner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(corner, 0, 0)
            for column in range(7):
                day = shown_first + timedelta(days=column)
                text = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
                if mode == "week":
                    text = f"{text} {day.month}/{day.day}"
                header = QLabel(text)
                header.setAlignment(Qt.AlignmentFlag.AlignCenter)
                _set_look(header, "#444444", bold=True)
                self._grid.addWidget(header, 0, column + 1)
                self._grid.setColumnStretch(column + 1, 1)
            weeks = (shown_last - shown_first).days // 7 + 1
            for row in range(weeks):
                monday = shown_first + timedelta(days=7 * row)
                self._grid.addWidget(self._week_badge(monday, week_flags.get(monday, "")), row + 1, 0)
                self._grid.setRowStretch(row + 1, 1)
                for column in range(7):
                    day = monday + timedelta(days=column)
                    cell = DayCell(day, in_period=first <= day <= last, is_today=day == today)
                    cell.dropped.connect(self.item_dropped)
                    cell.new_requested.connect(self.new_item_on)
                    cell.more_requested.connect(self.week_requested)
                    if day in gap_texts:
                        cell.set_gap(gap_texts[day])
                    self._fill(cell, entries.get(day, []))
                    self.cells[day] = cell
                    self._grid.addWidget(cell, row + 1, column + 1)
        finally:
            self.setUpdatesEnabled(True)

    def _week_badge(self, monday: date, flag: str) -> QLabel:
        number = monday.isocalendar()[1]
        badge = QLabel(f"{number}" + ("\n⚠" if flag else ""))
        badge.setObjectName(f"week-{monday.isoformat()}")
        badge.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        badge.setMinimumWidth(28)
        _set_look(badge, "#b3261e" if flag else "#888888", bold=bool(flag))
        badge.setToolTip(flag)
        self.week_badges[monday] = badge
        return badge

    def _fill(self, cell: DayCell, entries: list[CalendarEntry]) -> None:
        detailed = self.mode == "week"
        shown = entries if detailed or len(entries) <= MONTH_CHIPS else entries[:MONTH_CHIPS - 1]
        for entry in shown:
            chip = ItemChip(entry, detailed=detailed)
            chip.open_requested.connect(self.open_item)
            chip.menu_requested.connect(self.item_menu)
            cell.add_chip(chip)
        if len(shown) < len(entries):
            cell.add_more(len(entries) - len(shown))

    # -- for the tab and tests ----------------------------------------------------------
    def cell(self, day: date) -> DayCell:
        return self.cells[day]

    def chip(self, item_id: int) -> ItemChip | None:
        for cell in self.cells.values():
            for chip in cell.chips:
                if chip.item_id == item_id:
                    return chip
        return None

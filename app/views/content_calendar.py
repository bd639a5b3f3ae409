"""The content calendar grid: a month (six weeks) or one week of day cells holding item chips.

Chips are dragged between days (and to and from the idea backlog) with one MIME type that carries the
item's id and the version it was read at, so a drop on a stale item becomes a conflict, not an overwrite.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QByteArray, QLocale, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QMouseEvent, QPainter
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget)

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


def chip_style(color: str, hovered_border: bool = False) -> str:
    tint = QColor(color)
    tint.setAlpha(48)
    return (f"QFrame#itemChip {{ background: rgba({tint.red()},{tint.green()},{tint.blue()},{tint.alpha()});"
            f" border: 1px solid {color}; border-left: 4px solid {color}; border-radius: 3px; }}"
            f" QLabel {{ background: transparent; border: none; }}")


class ElidedLabel(QLabel):
    """One line of text that ends in "…" when the cell is too narrow (the full text is in the tooltip)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()


class ItemChip(QFrame):
    """One item on the calendar: time, status glyph and title; drag it to another day."""
    open_requested = Signal(int)
    menu_requested = Signal(int, QPoint)

    def __init__(self, entry: CalendarEntry, *, detailed: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("itemChip")
        self.entry = entry
        self.item_id = entry.item.id
        self.version = entry.item.version
        self._press: QPoint | None = None
        self.setStyleSheet(chip_style(entry.color))
        self.setToolTip(entry.tooltip)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 1, 3, 1)
        layout.setSpacing(0)
        glyph = STATUS_GLYPHS.get(entry.item.status, "")
        title = f"{entry.start:%H:%M} {glyph} {entry.item.title}"
        self.title_label = QLabel(title) if detailed else ElidedLabel(title)
        if detailed:   # the week view has room: the whole title, wrapped
            self.title_label.setWordWrap(True)
            self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_label.setObjectName("chipTitle")
        layout.addWidget(self.title_label)
        if detailed:
            details = " · ".join(p for p in (entry.channel, format_label(entry.item.format),
                                             status_label(entry.item.status), entry.item.owner) if p)
            detail_label = ElidedLabel(details)
            detail_label.setObjectName("chipDetails")
            detail_label.setStyleSheet("color: #555;")
            layout.addWidget(detail_label)

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


class DayCell(QFrame):
    """One day: its number, its chips; accepts dropped items."""
    dropped = Signal(int, int, object)        # item id, version read, the day
    new_requested = Signal(object)            # double-click on the empty part: a new item that day
    more_requested = Signal(object)           # "+N more": show that day's week

    def __init__(self, day: date, *, in_period: bool, is_today: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.day = day
        self.setObjectName(f"day-{day.isoformat()}")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.in_period = in_period
        self.is_today = is_today
        self.gap_text = ""
        self.chips: list[ItemChip] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(3, 2, 3, 2)
        self._layout.setSpacing(2)
        self.header = QLabel(str(day.day) if day.day != 1 else QLocale().toString(day, "MMM d"))
        self.header.setObjectName("dayNumber")
        self._layout.addWidget(self.header)
        self._layout.addStretch(1)
        self._apply_style(False)

    def _apply_style(self, drop_target: bool) -> None:
        background = "#ffffff" if self.in_period else "#f4f4f4"
        if self.gap_text:
            background = "#fff4e0"
        if drop_target:
            background = "#dcebff"
        border = "2px solid #2f7ed8" if self.is_today else "1px solid #d6d6d6"
        self.setStyleSheet(f"DayCell {{ background: {background}; border: {border}; }}")
        weight = "bold" if self.is_today else "normal"
        color = "#222" if self.in_period else "#999"
        self.header.setStyleSheet(f"color: {color}; font-weight: {weight};")

    def set_gap(self, text: str) -> None:
        """Mark the day as part of an empty stretch longer than a channel allows (text: why)."""
        self.gap_text = text
        self.setToolTip(text)
        self._apply_style(False)

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
                header.setStyleSheet("font-weight: bold; color: #444;")
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
        badge.setStyleSheet("color: #b3261e; font-weight: bold;" if flag else "color: #888;")
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

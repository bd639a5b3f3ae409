"""The content calendar grid: a month (six weeks) or one week of day cells holding item chips.

Chips are dragged between days (and to and from the idea backlog) with one MIME type that carries the
item's id and the version it was read at, so a drop on a stale item becomes a conflict, not an overwrite.

Activities show too, as outlined chips with a painted flag in their type's colour, on every local day they
span. They are not dragged (activities are planned on the Activities tab): a double-click, or Enter on the
selected chip, asks for the activity to be opened there.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QByteArray, QEvent, QLocale, QMimeData, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFontMetrics, QMouseEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QToolTip, QWidget

from app.models.activities import Activity
from app.models.content import ContentItem
from app.views import activity_labels
from app.views.content_labels import STATUS_GLYPHS, format_label, status_label
from app.views.i18n import fmt
from app.views.locale_format import date_time, time_text

ITEM_MIME = "application/x-community-desk-content-item"
MONTH_LINES = 3          # chip lines a month cell has at least (more when it is taller)


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
                 f"{date_time(self.start, self.start.tzinfo)} · {status_label(item.status)}",
                 " · ".join(p for p in (self.channel, self.pillar, format_label(item.format), item.owner) if p)]
        return "<br>".join(lines)


@dataclass
class ActivityEntry:
    """An activity as the calendar shows it: local start and end, its type's colour."""
    activity: Activity
    start: datetime          # local, aware
    end: datetime
    color: str

    def days(self, first: date, last: date) -> list[date]:
        """The local days it spans, within [first, last] (an end at midnight does not reach the next day)."""
        final = max(self.start.date(), (self.end - timedelta(microseconds=1)).date())
        day, out = max(self.start.date(), first), []
        while day <= min(final, last):
            out.append(day)
            day += timedelta(days=1)
        return out

    @property
    def details(self) -> str:
        activity = self.activity
        return " · ".join(p for p in (activity_labels.mode_label(activity.mode),
                                      activity_labels.format_label(activity.format),
                                      activity_labels.status_label(activity.status),
                                      activity.place or activity.link, activity.owner) if p)

    @property
    def tooltip(self) -> str:
        same_day = self.start.date() == self.end.date()
        until = time_text(self.end) if same_day else date_time(self.end, self.end.tzinfo)
        return "<br>".join([f"<b>{_escape(self.activity.name)}</b>",
                            f"{date_time(self.start, self.start.tzinfo)} – {until}", _escape(self.details)])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
PAD, BAR, SPACING = 3, 4, 2
FLAG_INSET = 13          # an activity chip's text starts after its painted flag


def chip_title(entry: CalendarEntry) -> str:
    item = entry.item
    return f"{time_text(entry.start)} {STATUS_GLYPHS.get(item.status, '')} {item.title}"


def chip_details(entry: CalendarEntry) -> str:
    item = entry.item
    return " · ".join(p for p in (entry.channel, format_label(item.format), status_label(item.status), item.owner)
                      if p)


def activity_chip_title(entry: ActivityEntry, day: date) -> str:
    """Its start time on its first day; on the days it continues, "⋯" instead."""
    when = time_text(entry.start) if day == entry.start.date() else "⋯"
    return f"{when} {entry.activity.name}"


@dataclass
class Chip:
    """One item as its day cell draws it: time, status glyph and title (and, in the week view, channel,
    format, status and owner) on its pillar's colour; or one activity, outlined in its type's colour.
    Chips are painted by the cell, not widgets of their own: a month holds up to 168 of them and the view
    is rebuilt on every change. Texts are made once, when the cell lays its chips out, not on every paint."""
    cell: "DayCell"
    entry: CalendarEntry | ActivityEntry
    rect: QRect
    detailed: bool
    title: str
    details: str = ""

    @property
    def is_activity(self) -> bool:
        return isinstance(self.entry, ActivityEntry)

    @property
    def item_id(self) -> int | None:
        return None if self.is_activity else self.entry.item.id

    @property
    def activity_id(self) -> int | None:
        return self.entry.activity.id if self.is_activity else None

    @property
    def key(self) -> tuple[str, int]:
        return ("activity", self.activity_id) if self.is_activity else ("item", self.item_id)

    @property
    def version(self) -> int:
        return (self.entry.activity if self.is_activity else self.entry.item).version

    @property
    def color(self) -> QColor:
        return QColor(self.entry.color)

    def mime_data(self) -> QMimeData:
        return item_mime(self.item_id, self.version)


class DayCell(QWidget):
    """One day: its activities' and items' chips, painted; drag an item's chip out, drop an item in,
    double-click a chip (or click it and press Enter) to open it, double-click the empty part to add an
    item, right-click an item's chip for its menu."""
    dropped = Signal(int, int, object)        # item id, version read, the day
    new_requested = Signal(object)            # double-click on the empty part: a new item that day
    more_requested = Signal(object)           # "+N more": show that day's week
    open_requested = Signal(int)
    activity_requested = Signal(int)          # an activity's chip was double-clicked (or Enter)
    menu_requested = Signal(int, QPoint)

    def __init__(self, day: date, *, in_period: bool, is_today: bool, detailed: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.detailed = detailed
        self.gaps: list = []
        self._describe_gaps = None
        self.drop_target = False
        self.entries: list[CalendarEntry] = []
        self.activities: list[ActivityEntry] = []
        self.selected: tuple[str, int] | None = None     # the chip Enter opens (Chip.key)
        self.chips: list[Chip] = []
        self.hidden = 0
        self.more_rect = QRect()
        self._press: tuple[QPoint, Chip] | None = None
        self._content_height = 0
        self.reset(day, in_period=in_period, is_today=is_today)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.chip_font = font

    # -- content and geometry -----------------------------------------------------------
    def set_entries(self, entries: list[CalendarEntry], activities: list[ActivityEntry] = ()) -> None:
        """The day's items and activities (activities are drawn first, like all-day events)."""
        self.entries = entries
        self.activities = list(activities)
        before = self._content_height
        self._place()
        if self.detailed and self._content_height != before:
            self.updateGeometry()       # a week cell grows with its chips (month cells have a fixed minimum)
        self.update()

    def reset(self, day: date, *, in_period: bool, is_today: bool) -> None:
        """Show *day* (cells are reused as the calendar moves)."""
        if day != getattr(self, "day", None):
            self.selected = None
        self.day = day
        self.setObjectName(f"day-{day.isoformat()}")
        self.in_period = in_period
        self.is_today = is_today
        self.number = str(day.day) if day.day != 1 else QLocale().toString(day, "MMM d")

    def set_gaps(self, gaps: list, describe) -> None:
        """Mark the day as part of empty stretches longer than a channel allows; describe(gaps) says why."""
        self.gaps, self._describe_gaps = gaps, describe
        self.update()

    @property
    def gap_text(self) -> str:
        return self._describe_gaps(self.gaps) if self.gaps and self._describe_gaps else ""

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 3

    def _line_height(self) -> int:
        return QFontMetrics(self.chip_font).height() + 2

    def _chip_height(self, title: str, width: int, inset: int = BAR + PAD) -> int:
        metrics = QFontMetrics(self.chip_font)
        if not self.detailed:
            return self._line_height()
        bounds = metrics.boundingRect(QRect(0, 0, max(10, width - inset - PAD), 10_000), TEXT_FLAGS, title)
        return bounds.height() + metrics.height() + 2 * PAD

    def _place(self) -> None:
        """Lay the chips out top-down; a month cell shows as many as fit (the last line: "+N more")."""
        width = max(self.width(), 60) - 6
        everything = [*self.activities, *self.entries]
        shown = everything
        if not self.detailed:
            height = max(self.height(), self.minimumSizeHint().height())
            lines = max(MONTH_LINES, (height - self._header_height()) // (self._line_height() + SPACING))
            if len(shown) > lines:
                shown = shown[:lines - 1]
        self.hidden = len(everything) - len(shown)
        top = self._header_height()
        self.chips = []
        for entry in shown:
            if isinstance(entry, ActivityEntry):
                title, inset = activity_chip_title(entry, self.day), FLAG_INSET
                details = entry.details if self.detailed else ""
            else:
                title, inset = chip_title(entry), BAR + PAD
                details = chip_details(entry) if self.detailed else ""
            height = self._chip_height(title, width, inset)
            self.chips.append(Chip(self, entry, QRect(3, top, width, height), self.detailed, title, details))
            top += height + SPACING
        self.more_rect = QRect(3, top, width, self.fontMetrics().height() + 2) if self.hidden else QRect()
        self._content_height = top + (self.more_rect.height() if self.hidden else 0) + 2

    def resizeEvent(self, event) -> None:
        self._place()
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        if not self.detailed:
            return QSize(60, self._header_height() + MONTH_LINES * (self._line_height() + SPACING) + 2)
        return QSize(60, max(self._content_height, 120))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def chip_at(self, position: QPoint) -> Chip | None:
        return next((chip for chip in self.chips if chip.rect.contains(position)), None)

    def selected_chip(self) -> Chip | None:
        return next((chip for chip in self.chips if chip.key == self.selected), None)

    def _select(self, chip: Chip | None) -> None:
        key = chip.key if chip else None
        if key != self.selected:
            self.selected = key
            self.update()

    def _activate(self, chip: Chip) -> None:
        if chip.is_activity:
            self.activity_requested.emit(chip.activity_id)
        else:
            self.open_requested.emit(chip.item_id)

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        background = "#ffffff" if self.in_period else "#f4f4f4"
        if self.gaps:
            background = "#fff4e0"
        if self.drop_target:
            background = "#dcebff"
        painter.fillRect(self.rect(), QColor(background))
        if self.is_today:
            painter.setPen(QPen(QColor("#2f7ed8"), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        else:
            painter.setPen(QColor("#d6d6d6"))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        metrics = self.fontMetrics()
        font = painter.font()
        font.setBold(self.is_today)
        painter.setFont(font)
        painter.setPen(QColor("#222222" if self.in_period else "#999999"))
        painter.drawText(QRect(4, 2, self.width() - 8, metrics.height()), int(Qt.AlignmentFlag.AlignLeft),
                         self.number)
        painter.setFont(self.chip_font)
        for chip in self.chips:
            if chip.is_activity:
                self._paint_activity_chip(painter, chip)
            else:
                self._paint_chip(painter, chip)
            if chip.key == self.selected and self.hasFocus():
                painter.setPen(QPen(QColor("#1d1d1d"), 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(chip.rect.adjusted(-1, -1, 0, 0))
        if self.hidden:
            painter.setPen(self.palette().color(self.palette().ColorRole.Link))
            painter.drawText(self.more_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             fmt(self.tr("+%1 more"), self.hidden))
        painter.end()

    def _paint_chip(self, painter: QPainter, chip: Chip) -> None:
        box, color = chip.rect, chip.color
        tint = QColor(color)
        tint.setAlpha(48)
        painter.fillRect(box, tint)
        painter.setPen(color)
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.fillRect(QRect(box.left(), box.top(), BAR, box.height()), color)
        painter.setPen(QColor("#1d1d1d"))
        self._paint_texts(painter, chip, BAR + PAD)

    @staticmethod
    def _paint_texts(painter: QPainter, chip: Chip, inset: int) -> None:
        """The title (elided on one line in the month, wrapped in the week, then the details line)."""
        box, metrics = chip.rect, painter.fontMetrics()
        left, width = box.left() + inset, max(10, box.width() - inset - PAD)
        if not chip.detailed:
            painter.drawText(QRect(left, box.top(), width, box.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(chip.title, Qt.TextElideMode.ElideRight, width))
            return
        title = painter.boundingRect(QRect(left, box.top() + PAD - 1, width, 10_000), TEXT_FLAGS, chip.title)
        painter.drawText(title, TEXT_FLAGS, chip.title)
        painter.setPen(QColor("#555555"))
        painter.drawText(QRect(left, title.bottom() + 1, width, metrics.height()), int(Qt.AlignmentFlag.AlignLeft),
                         metrics.elidedText(chip.details, Qt.TextElideMode.ElideRight, width))

    def _paint_activity_chip(self, painter: QPainter, chip: Chip) -> None:
        """Outlined, on white, a small flag in the activity type's colour: not to be taken for an item."""
        box, color = chip.rect, chip.color
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(color, 1.5))
        painter.drawRoundedRect(QRectF(box).adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
        line = painter.fontMetrics().height()
        flag_top = box.top() + (box.height() - line) / 2 if not chip.detailed else box.top() + PAD
        pole = box.left() + PAD + 1.5
        painter.setPen(QPen(color, 1.4))
        painter.drawLine(QPointF(pole, flag_top + 2), QPointF(pole, flag_top + line - 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF([QPointF(pole, flag_top + 2), QPointF(pole + 7, flag_top + 4.5),
                                       QPointF(pole, flag_top + 7)]))
        painter.restore()
        painter.setPen(QColor(color).darker(160))
        self._paint_texts(painter, chip, FLAG_INSET)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            chip = self.chip_at(event.pos())
            text = chip.entry.tooltip if chip else self.gap_text
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # -- the mouse ----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        chip = self.chip_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton:
            self._select(chip)
            if chip is not None and not chip.is_activity:      # activities are moved on their own tab
                self._press = (event.position().toPoint(), chip)
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, chip = self._press
        if (event.position().toPoint() - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        self.unsetCursor()
        drag = QDrag(self)
        drag.setMimeData(chip.mime_data())
        drag.setPixmap(self.grab(chip.rect))
        drag.setHotSpot(start - chip.rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        self.unsetCursor()
        if event.button() == Qt.MouseButton.LeftButton and self.more_rect.contains(event.position().toPoint()):
            self.more_requested.emit(self.day)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        chip = self.chip_at(event.position().toPoint())
        if chip is not None:
            self._activate(chip)
        elif not self.more_rect.contains(event.position().toPoint()):
            self.new_requested.emit(self.day)

    def keyPressEvent(self, event) -> None:
        """Enter opens the selected chip; Up and Down move the selection within the day."""
        chip = self.selected_chip()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and chip is not None:
            self._activate(chip)
        elif event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.chips:
            index = self.chips.index(chip) if chip is not None else -1
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self._select(self.chips[max(0, min(len(self.chips) - 1, index + step))])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def contextMenuEvent(self, event) -> None:
        chip = self.chip_at(event.pos())
        if chip is not None and not chip.is_activity:
            self.menu_requested.emit(chip.item_id, event.globalPos())

    # -- dropping -----------------------------------------------------------------------
    def _set_drop_target(self, on: bool) -> None:
        self.drop_target = on
        self.update()

    def dragEnterEvent(self, event) -> None:
        if dragged_item(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_drop_target(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if dragged_item(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()

    def dragLeaveEvent(self, event) -> None:
        self._set_drop_target(False)

    def dropEvent(self, event) -> None:
        self._set_drop_target(False)
        carried = dragged_item(event.mimeData())
        if carried is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(carried[0], carried[1], self.day)


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
    activity_activated = Signal(int)          # an activity's chip double-clicked (or Enter): open it
    item_menu = Signal(int, QPoint)
    new_item_on = Signal(object)
    week_requested = Signal(object)           # a day whose week should be shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contentCalendar")
        self.mode = "month"
        self.cells: dict[date, DayCell] = {}
        self.week_badges: dict[date, QLabel] = {}
        self._headers: list[QLabel] = []
        self._badges: list[QLabel] = []
        self._cells: list[DayCell] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(2)

    def _build(self, mode: str) -> None:
        """The grid's widgets for *mode* (7 or 42 cells); kept and refilled while the mode stays."""
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()           # gone now, not when the event loop gets round to deleting it
                widget.setParent(None)
                widget.deleteLater()
        self.mode = mode
        rows = 1 if mode == "week" else 6
        for row in range(1, 7):
            self._grid.setRowStretch(row, 0)      # rows of the other mode take no space
        corner = QLabel(self.tr("Week"))
        corner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._grid.addWidget(corner, 0, 0)
        self._headers, self._badges, self._cells = [], [], []
        for column in range(7):
            header = QLabel()
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            _set_look(header, "#444444", bold=True)
            self._grid.addWidget(header, 0, column + 1)
            self._grid.setColumnStretch(column + 1, 1)
            self._headers.append(header)
        for row in range(rows):
            badge = QLabel()
            badge.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            badge.setMinimumWidth(28)
            badge.flagged = None
            self._grid.addWidget(badge, row + 1, 0)
            self._grid.setRowStretch(row + 1, 1)
            self._badges.append(badge)
            for column in range(7):
                cell = DayCell(date.min, in_period=False, is_today=False, detailed=mode == "week", parent=self)
                cell.dropped.connect(self.item_dropped)
                cell.new_requested.connect(self.new_item_on)
                cell.more_requested.connect(self.week_requested)
                cell.open_requested.connect(self.open_item)
                cell.activity_requested.connect(self.activity_activated)
                cell.menu_requested.connect(self.item_menu)
                self._grid.addWidget(cell, row + 1, column + 1)
                self._cells.append(cell)

    def show_period(self, mode: str, anchor: date, today: date, entries: dict[date, list[CalendarEntry]],
                    week_flags: dict[date, str], gaps: dict[date, list], describe_gaps,
                    activities: dict[date, list[ActivityEntry]] | None = None) -> None:
        """Fill the grid. week_flags: Monday -> the badge's tooltip ('' = fine); gaps: day -> the empty
        stretches it lies in, described (for the tooltip) by describe_gaps(gaps) when wanted;
        activities: day -> the activities on it (see ActivityEntry.days)."""
        activities = activities or {}
        if mode != self.mode or not self._cells:
            self._build(mode)
        shown_first, _shown_last, first, last = period_days(mode, anchor)
        locale = QLocale()
        for column, header in enumerate(self._headers):
            day = shown_first + timedelta(days=column)
            text = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            header.setText(f"{text} {day.month}/{day.day}" if mode == "week" else text)
        self.cells, self.week_badges = {}, {}
        for row, badge in enumerate(self._badges):
            monday = shown_first + timedelta(days=7 * row)
            self._show_badge(badge, monday, week_flags.get(monday, ""))
        for index, cell in enumerate(self._cells):
            day = shown_first + timedelta(days=index)
            cell.reset(day, in_period=first <= day <= last, is_today=day == today)
            cell.set_gaps(gaps.get(day, []), describe_gaps)
            cell.set_entries(entries.get(day, []), activities.get(day, ()))
            self.cells[day] = cell

    def _show_badge(self, badge: QLabel, monday: date, flag: str) -> None:
        badge.setText(f"{monday.isocalendar()[1]}" + ("\n⚠" if flag else ""))
        badge.setObjectName(f"week-{monday.isoformat()}")
        if badge.flagged != bool(flag):
            _set_look(badge, "#b3261e" if flag else "#888888", bold=bool(flag))
            badge.flagged = bool(flag)
        badge.setToolTip(flag)
        self.week_badges[monday] = badge

    # -- for the tab and tests ----------------------------------------------------------
    def cell(self, day: date) -> DayCell:
        return self.cells[day]

    def chip(self, item_id: int) -> Chip | None:
        for cell in self.cells.values():
            for chip in cell.chips:
                if chip.item_id == item_id:
                    return chip
        return None

    def activity_chips(self, activity_id: int) -> list[Chip]:
        """The activity's chips, one per shown day it spans, in day order."""
        return [chip for day in sorted(self.cells) for chip in self.cells[day].chips
                if chip.activity_id == activity_id]

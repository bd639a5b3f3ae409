"""The weekday × hour attendance-rate grid of past activities: a painted heat map (one widget, no
per-cell widgets) with the best slots named underneath."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from app.views.i18n import fmt
from app.views.locale_format import number, percent

# (activities, registered, attended) per local weekday (Monday 0) and start hour
Grid = list[list[tuple[int, int, int]]]
EMPTY = QColor("#f2f2f2")
LOW, HIGH = QColor("#fde0c5"), QColor("#1b7f3b")
LABEL_WIDTH, HEADER_HEIGHT = 56, 22
MAX_ROW_HEIGHT = 40
DAY_HOURS = (6, 23)          # always shown; earlier or later hours only when an activity started then


def blend(rate: float) -> QColor:
    rate = min(max(rate, 0.0), 1.0)
    return QColor(*(round(a + (b - a) * rate) for a, b in
                    zip(LOW.getRgb()[:3], HIGH.getRgb()[:3])))


def weekday_names() -> list[str]:
    locale = QLocale()
    return [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]


class HeatMap(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeSlotHeatMap")
        self.setMouseTracking(True)
        self.setMinimumSize(LABEL_WIDTH + 24 * 14, HEADER_HEIGHT + 7 * 18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMaximumHeight(HEADER_HEIGHT + 7 * MAX_ROW_HEIGHT)
        self.grid: Grid = [[(0, 0, 0)] * 24 for _ in range(7)]
        self.first_hour, self.last_hour = DAY_HOURS
        self.low, self.high = 0.0, 1.0

    def sizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 18 * 30, HEADER_HEIGHT + 7 * 30)

    def set_grid(self, grid: Grid) -> None:
        """Show *grid*: the hours 06–23 (wider when an activity started outside them), coloured from
        the lowest to the highest rate seen, so that differences show even when all rates are high."""
        self.grid = grid
        used = [h for row in grid for h, cell in enumerate(row) if cell[0]]
        self.first_hour = min([DAY_HOURS[0], *used])
        self.last_hour = max([DAY_HOURS[1], *used])
        rates = [cell[2] / cell[1] for row in grid for cell in row if cell[1]]
        self.low, self.high = (min(rates), max(rates)) if rates else (0.0, 1.0)
        self.update()

    def shade(self, rate: float) -> QColor:
        span = self.high - self.low
        return blend((rate - self.low) / span if span > 0.001 else 1.0)

    def _hours(self) -> int:
        return self.last_hour - self.first_hour + 1

    def cell_rect(self, weekday: int, hour: int) -> QRect:
        width = (self.width() - LABEL_WIDTH) / self._hours()
        height = (self.height() - HEADER_HEIGHT) / 7
        return QRect(round(LABEL_WIDTH + (hour - self.first_hour) * width), round(HEADER_HEIGHT + weekday * height),
                     max(1, round(width) - 1), max(1, round(height) - 1))

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        if x < LABEL_WIDTH or y < HEADER_HEIGHT:
            return None
        hour = self.first_hour + int((x - LABEL_WIDTH) / ((self.width() - LABEL_WIDTH) / self._hours()))
        weekday = int((y - HEADER_HEIGHT) / ((self.height() - HEADER_HEIGHT) / 7))
        return (weekday, hour) if 0 <= weekday < 7 and self.first_hour <= hour <= self.last_hour else None

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        names = weekday_names()
        for hour in range(self.first_hour, self.last_hour + 1, 2):
            rect = self.cell_rect(0, hour)
            painter.drawText(QRect(rect.left(), 0, rect.width() * 2, HEADER_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}")
        for weekday in range(7):
            rect = self.cell_rect(weekday, 0)
            painter.drawText(QRect(0, rect.top(), LABEL_WIDTH - 6, rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, names[weekday])
            for hour in range(self.first_hour, self.last_hour + 1):
                activities, registered, attended = self.grid[weekday][hour]
                cell = self.cell_rect(weekday, hour)
                rate = attended / registered if registered else None
                painter.fillRect(cell, EMPTY if rate is None else self.shade(rate))
                if rate is not None and cell.width() >= 22:
                    dark = self.shade(rate).lightness() < 140
                    painter.setPen(QColor("white") if dark else QColor("#333333"))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, number(rate * 100, 0))
                    painter.setPen(self.palette().windowText().color())
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is None:
            QToolTip.hideText()
            return
        weekday, hour = cell
        activities, registered, attended = self.grid[weekday][hour]
        if not activities:
            text = fmt(self.tr("%1 %2:00 · no past activity"), weekday_names()[weekday], f"{hour:02d}")
        else:
            rate = percent(attended / registered) if registered else "—"
            text = fmt(self.tr("%1 %2:00 · %3 activities · %4 of %5 registered came (%6)"),
                       weekday_names()[weekday], f"{hour:02d}", activities, attended, registered, rate)
        QToolTip.showText(event.globalPosition().toPoint(), text, self)


def best_slots(grid: Grid, *, least_registered: int = 10, top: int = 3) -> list[tuple[int, int, float, int]]:
    """The slots with the highest attendance rate among those with enough registrations:
    (weekday, hour, rate, activities), best first."""
    slots = [(w, h, cell[2] / cell[1], cell[0]) for w, row in enumerate(grid) for h, cell in enumerate(row)
             if cell[1] >= least_registered]
    return sorted(slots, key=lambda s: (-s[2], -s[3], s[0], s[1]))[:top]


class TimeSlotPanel(QWidget):
    """The heat map, its legend and a sentence naming the best slots."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeSlotPanel")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Attendance rate (attended ÷ registered) of past activities by the weekday and hour "
                               "they started. Hover a cell for its figures; grey: no activity at that time."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.heat_map = HeatMap()
        layout.addWidget(self.heat_map, 1)
        self.legend = QLabel()
        self.legend.setObjectName("timeSlotLegend")
        layout.addWidget(self.legend)
        self.best = QLabel()
        self.best.setObjectName("bestSlots")
        self.best.setWordWrap(True)
        layout.addWidget(self.best)
        layout.addStretch(1)

    def show_grid(self, grid: Grid) -> None:
        self.heat_map.set_grid(grid)
        low, high = self.heat_map.low, self.heat_map.high
        self.legend.setText(fmt(self.tr('Colour: <span style="background:%1">&nbsp;%2&nbsp;</span> lowest rate … '
                                        '<span style="background:%3;color:white">&nbsp;%4&nbsp;</span> highest'),
                                LOW.name(), percent(low, 0), HIGH.name(), percent(high, 0)))
        best = best_slots(grid)
        if not best:
            self.best.setText(self.tr("Not enough past activities with registrations to compare time slots yet."))
            return
        names = weekday_names()
        slots = "; ".join(fmt(self.tr("%1 %2:00 (%3, %4 activities)"), names[w], f"{h:02d}", percent(rate, 0), n)
                          for w, h, rate, n in best)
        self.best.setText(fmt(self.tr("Best attended slots: %1"), slots))

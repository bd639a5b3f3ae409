"""One dashboard chart: its title, the chart image, Save PNG… and Copy.

Charts are drawn off the GUI thread: matplotlib (imported there when the first chart is drawn) renders each chart
with its Agg canvas into an image on a one-thread pool, and the card shows the image. Drawing a dozen charts takes
0.2-0.5 s of Python, which on the GUI thread froze the window whenever the dashboard was refreshed (issue 12).
"""
from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMessageBox, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget)

from app.services.jobs import yield_cpu_to_the_window
from app.views.dashboard_texts import chart_title
from app.views.file_dialogs import ask_save_path
from app.views.i18n import fmt

SAVE_DPI = 150
MIN_CANVAS_HEIGHT = 280


RESIZE_DELAY_MS = 120


def chart_figure(chart_id: str, data, theme, size: QSize | None, ratio: float = 1.0):
    """A Figure of its own with the chart drawn (*data* None: empty), *size* device-independent pixels (None: the
    default size) at *ratio*; safe on any thread."""
    from matplotlib.figure import Figure

    from app.services.dashboard_charts import FIGURE_DPI, FIGURE_SIZE_INCHES, draw_chart
    from app.views.dashboard_texts import chart_tr
    from app.views.labels import segment_label

    inches = (max(size.width(), 1) / FIGURE_DPI, max(size.height(), 1) / FIGURE_DPI) if size else FIGURE_SIZE_INCHES
    figure = Figure(figsize=inches, dpi=FIGURE_DPI * ratio)
    if data is None:
        figure.set_facecolor(theme.background if theme else "none")
    else:
        draw_chart(chart_id, figure, data, theme, tr=chart_tr, segment_label=segment_label)
    return figure


def render_chart(chart_id: str, data, theme, size: QSize, ratio: float):
    """(the Figure, the chart drawn as a QImage of *size* device-independent pixels at *ratio*): runs on any
    thread (QImage is not tied to the GUI thread)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = chart_figure(chart_id, data, theme, size, ratio)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    width, height = canvas.get_width_height(physical=True)
    image = QImage(bytes(canvas.buffer_rgba()), width, height, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    return figure, image


class _Rendered(QObject):
    done = Signal(int, object, object)      # generation, Figure, QImage (None: the drawing failed)


class _RenderJob(QRunnable):
    def __init__(self, generation: int, args: tuple):
        super().__init__()
        self.setAutoDelete(False)       # Python owns it: kept in _RUNNING until it has reported
        self.generation, self.args = generation, args
        self.signals = _Rendered()
        self.signals.done.connect(lambda *_: _RUNNING.discard(self))

    def run(self) -> None:
        yield_cpu_to_the_window()
        try:
            figure, image = render_chart(*self.args)
        except Exception:        # shown as an empty chart; the traceback goes to the log
            import logging

            logging.getLogger(__name__).exception("drawing chart %s failed", self.args[0])
            figure, image = None, None
        self.signals.done.emit(self.generation, figure, image)


def _render_pool() -> QThreadPool:
    """One thread draws every chart in turn: several at once would only fight over the GIL."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL


_POOL: QThreadPool | None = None
_RUNNING: set = set()


class ChartView(QWidget):
    """Paints the last drawn chart image, scaled while a redraw for a new size is on its way."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image: QImage | None = None

    def paintEvent(self, event) -> None:
        if self.image is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.rect(), self.image)
        painter.end()


class ChartCard(QFrame):
    """objectName chart_{id}; buttons chart_{id}Save and chart_{id}Copy."""

    saved = Signal(str)          # the PNG's path
    copied = Signal()
    drawn = Signal()             # a new image of the chart is shown

    def __init__(self, chart_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart_id = chart_id
        self.data = None             # the Dashboard drawn
        self.theme = None            # the ChartTheme it was drawn with
        self.figure = None
        self.canvas = None
        self._stale = False          # data arrived that is not drawn yet
        self._generation = 0         # the drawing that may replace the shown image
        self._pending = None         # the drawing on its way
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.timeout.connect(self._resized)
        self.save_folder = Path.home()
        self.file_stem = chart_id
        name = f"chart_{chart_id}"
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 4, 6, 6)
        header = QHBoxLayout()
        self.title = QLabel(chart_title(chart_id))
        self.title.setObjectName(f"{name}Title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.save_button = self._tool_button(f"{name}Save", self.tr("Save PNG…"),
                                             self.tr("Save this chart as a PNG image"), self.save_png)
        self.copy_button = self._tool_button(f"{name}Copy", self.tr("Copy"),
                                             self.tr("Copy this chart to the clipboard as an image"), self.copy_image)
        header.addWidget(self.title, 1)
        header.addWidget(self.save_button)
        header.addWidget(self.copy_button)
        self.layout_.addLayout(header)
        self.placeholder = QLabel(self.tr("Computing…"))
        self.placeholder.setObjectName(f"{name}Placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumHeight(MIN_CANVAS_HEIGHT)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.layout_.addWidget(self.placeholder, 1)
        self._update_buttons()

    def _tool_button(self, name: str, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _update_buttons(self) -> None:
        for button in (self.save_button, self.copy_button):
            button.setEnabled(self.data is not None)

    # -- drawing ------------------------------------------------------------------------
    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        self.canvas = ChartView()
        self.canvas.setObjectName(f"chart_{self.chart_id}Canvas")
        self.canvas.setMinimumHeight(MIN_CANVAS_HEIGHT)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout_.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.hide()

    def show_data(self, data, theme) -> None:
        """Show *data* (a Dashboard) in *theme* (a ChartTheme); None empties the chart.

        The chart is drawn when the card is next painted, so charts scrolled out of sight cost nothing
        until they are scrolled into view (or saved, or copied)."""
        self.data, self.theme = data, theme
        self._update_buttons()
        if data is None:
            self._stale = False
            self._generation += 1
            if self.canvas is not None:
                self.canvas.image = None
                self.canvas.update()
            return
        self._stale = True
        self.update()

    def set_theme(self, theme) -> None:
        self.theme = theme
        if self.data is not None:
            self._stale = True
            self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._draw_if_stale)   # not while painting: the first draw adds the canvas

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.data is not None and self.canvas is not None:
            self._resize_timer.start(RESIZE_DELAY_MS)

    def _resized(self) -> None:
        if self.canvas is not None and self.canvas.image is not None and self.data is not None:
            shown = self.canvas.image.deviceIndependentSize().toSize()
            if shown != self.canvas.size():
                self._stale = True
                self.update()

    def _draw_if_stale(self) -> None:
        if self._stale and self.data is not None:
            self.redraw()

    @property
    def drawing(self) -> bool:
        """A drawing of this chart is on its way."""
        return self._pending is not None

    def redraw(self) -> None:
        """Draw the chart for its current size off the GUI thread; the image replaces the shown one when done."""
        self._stale = False
        self._generation += 1
        shown = self.canvas if self.canvas is not None else self.placeholder
        size = shown.size() if shown.width() > 1 else QSize(self.width(), MIN_CANVAS_HEIGHT)
        job = _RenderJob(self._generation, (self.chart_id, self.data, self.theme, size,
                                            self.devicePixelRatioF()))
        job.signals.done.connect(self._drawn)
        self._pending = job
        _RUNNING.add(job)
        _render_pool().start(job)

    def _drawn(self, generation: int, figure, image) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self._ensure_canvas()       # the first image replaces the "Computing…" placeholder
        self.figure = figure
        self.canvas.image = image
        self.canvas.update()
        self.drawn.emit()

    # -- Save PNG… and Copy -------------------------------------------------------------
    def _savefig(self, target) -> None:
        """The chart at SAVE_DPI (drawn here, on the person's click: a figure of its own)."""
        size = self.canvas.size() if self.canvas is not None and self.canvas.width() > 1 else None
        figure = chart_figure(self.chart_id, self.data, self.theme, size)
        # A saved or copied chart travels alone (a report, a chat): it carries its title.
        figure.suptitle(self.title.text(), color=self.theme.foreground, fontsize="large")
        figure.savefig(target, format="png", dpi=SAVE_DPI, facecolor=self.theme.background)

    def save_png(self) -> str | None:
        """Ask where, write the chart as a PNG; the path written (None: cancelled or failed)."""
        if self.data is None:
            return None
        path = ask_save_path(self, self.tr("Save chart as PNG"), self.save_folder / f"{self.file_stem}.png",
                             [(self.tr("PNG image (*.png)"), ".png")])
        if path is None:
            return None
        try:
            self._savefig(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save PNG"),
                                fmt(self.tr("Could not write %1: %2"), path, exc.strerror or exc))
            return None
        self.save_folder = Path(path).parent
        self.saved.emit(path)
        return path

    def image(self) -> QImage:
        """The chart as it is saved (same resolution and background)."""
        buffer = io.BytesIO()
        self._savefig(buffer)
        return QImage.fromData(buffer.getvalue(), "PNG")

    def copy_image(self) -> None:
        if self.data is None:
            return
        QGuiApplication.clipboard().setImage(self.image())
        self.copied.emit()

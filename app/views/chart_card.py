"""One dashboard chart: its title, the matplotlib canvas, Save PNG… and Copy.

matplotlib is imported when the first chart is drawn (it is slow to import), so the window opens fast.
"""
from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMessageBox, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget)

from app.views.dashboard_texts import chart_title
from app.views.file_dialogs import ask_save_path
from app.views.i18n import fmt

SAVE_DPI = 150
MIN_CANVAS_HEIGHT = 280


def _canvas_class():
    """FigureCanvasQTAgg that lets the wheel scroll the dashboard instead of swallowing it."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class Canvas(FigureCanvasQTAgg):
        def wheelEvent(self, event) -> None:
            event.ignore()

    return Canvas


class ChartCard(QFrame):
    """objectName chart_{id}; buttons chart_{id}Save and chart_{id}Copy."""

    saved = Signal(str)          # the PNG's path
    copied = Signal()

    def __init__(self, chart_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart_id = chart_id
        self.data = None             # the Dashboard drawn
        self.theme = None            # the ChartTheme it was drawn with
        self.figure = None
        self.canvas = None
        self._stale = False          # data arrived that is not drawn yet
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
        from matplotlib.figure import Figure

        from app.services.dashboard_charts import FIGURE_DPI, FIGURE_SIZE_INCHES

        self.figure = Figure(figsize=FIGURE_SIZE_INCHES, dpi=FIGURE_DPI)
        self.canvas = _canvas_class()(self.figure)
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
            if self.canvas is not None:
                self.figure.clear()
                self.figure.set_facecolor(theme.background if theme else "none")
                self.canvas.draw_idle()
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

    def _draw_if_stale(self) -> None:
        if self._stale and self.data is not None:
            self.redraw()

    def redraw(self) -> None:
        from app.services.dashboard_charts import draw_chart
        from app.views.dashboard_texts import chart_tr
        from app.views.labels import segment_label

        self._stale = False
        self._ensure_canvas()
        draw_chart(self.chart_id, self.figure, self.data, self.theme, tr=chart_tr, segment_label=segment_label)
        self.canvas.draw_idle()

    # -- Save PNG… and Copy -------------------------------------------------------------
    def _savefig(self, target) -> None:
        if self._stale:
            self.redraw()
        # A saved or copied chart travels alone (a report, a chat): it carries its title.
        title = self.figure.suptitle(self.title.text(), color=self.theme.foreground, fontsize="large")
        try:
            self.figure.savefig(target, format="png", dpi=SAVE_DPI, facecolor=self.theme.background)
        finally:
            title.remove()

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

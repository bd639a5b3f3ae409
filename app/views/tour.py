"""A short guided tour of the six tabs: for each, the tab is shown and a callout bubble under its title says
what it is for, with Back, Next and Skip tour. Esc ends it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRectF, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (QFrame, QGraphicsDropShadowEffect, QHBoxLayout, QLabel, QMainWindow, QPushButton,
                               QVBoxLayout, QWidget)

from app.views.i18n import fmt

CONTEXT = "GuidedTour"
ARROW = 10            # the height of the bubble's pointer
WIDTH = 380
MARGIN = 8            # from the window's edges

# (the tab page's objectName, what the tab is for): in the window's tab order.
STEPS = (
    ("DashboardTab", QT_TRANSLATE_NOOP("GuidedTour", "The community's health at a glance: members, daily and "
                                                     "monthly actives, retention and more, each against its "
                                                     "target. Choose a period or a sub-community at the top.")),
    ("MembersTab", QT_TRANSLATE_NOOP("GuidedTour", "Everyone in the community with their tier, points and RFM "
                                                   "segment. Import a spreadsheet here, and recompute the "
                                                   "lifecycle to see who is at risk and who could be a KOL.")),
    ("ContentTab", QT_TRANSLATE_NOOP("GuidedTour", "The content calendar: plan posts by channel and pillar, drag "
                                                   "them to another day, and keep an eye on the cadence and the "
                                                   "pillar mix.")),
    ("ActivitiesTab", QT_TRANSLATE_NOOP("GuidedTour", "Run events from warm-up to review: the checklist, "
                                                      "registrations and check-ins, then participation, cost per "
                                                      "attendee and A/B results.")),
    ("ModerationTab", QT_TRANSLATE_NOOP("GuidedTour", "Reports and sensitive-word hits become cases with a "
                                                      "deadline. Work the queue with one key per decision: J and "
                                                      "K move, N W D M R B decide.")),
    ("ReportsTab", QT_TRANSLATE_NOOP("GuidedTour", "The operations report as an Excel workbook for managers, for "
                                                   "any period. Help ▸ User guide explains every tab in more "
                                                   "detail.")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain_title(text: str) -> str:
    """A tab or menu title without its mnemonic: '&File' -> 'File', 'A && B' -> 'A & B'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class TourBubble(QFrame):
    """The callout: a rounded box with a pointer up to the tab it talks about."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("tourBubble")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.arrow_x = WIDTH // 2
        self.setFixedWidth(WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12 + ARROW, 16, 12)
        layout.setSpacing(6)
        self.step_label = QLabel()
        self.step_label.setObjectName("tourStep")
        self.step_label.setEnabled(False)
        self.title_label = QLabel()
        self.title_label.setObjectName("tourTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.text_label = QLabel()
        self.text_label.setObjectName("tourText")
        self.text_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("tourSkip")
        self.skip_button.setFlat(True)
        self.back_button = QPushButton()
        self.back_button.setObjectName("tourBack")
        self.next_button = QPushButton()
        self.next_button.setObjectName("tourNext")
        self.next_button.setDefault(True)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        for widget in (self.step_label, self.title_label, self.text_label):
            layout.addWidget(widget)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(18)
        shadow.setOffset(0, 3)
        shadow.setColor(QColor(0, 0, 0, 90))
        self.setGraphicsEffect(shadow)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(1, ARROW + 1, -1, -1)
        x = max(box.left() + 16, min(box.right() - 16, self.arrow_x))
        path = QPainterPath()
        path.addRoundedRect(box, 8, 8)
        pointer = QPainterPath()
        pointer.moveTo(QPointF(x - ARROW, box.top() + 1))
        pointer.lineTo(QPointF(x, 1))
        pointer.lineTo(QPointF(x + ARROW, box.top() + 1))
        pointer.closeSubpath()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawPath(path.united(pointer).simplified())


class GuidedTour(QObject):
    """Steps through the window's six tabs; `finished` when it ends (done, skipped or Esc)."""
    finished = Signal()

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.tabs = window.tabs
        self.step = -1
        self.bubble = TourBubble(window)
        self.bubble.hide()
        self.bubble.back_button.clicked.connect(self.back)
        self.bubble.next_button.clicked.connect(self.next)
        self.bubble.skip_button.clicked.connect(self.end)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.activated.connect(self.end)
        self.escape.setEnabled(False)

    def steps(self) -> list[tuple[int, str]]:
        """(tab index, text) per step, in tab order; a tab the window lacks is left out."""
        found = []
        for name, text in STEPS:
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).objectName() == name:
                    found.append((index, text))
        return sorted(found)

    def is_running(self) -> bool:
        return self.step >= 0

    def start(self) -> None:
        if self.step < 0:
            self.window.installEventFilter(self)     # the bubble follows the window's size
            self.escape.setEnabled(True)
        self.go(0)

    def go(self, step: int) -> None:
        steps = self.steps()
        if not 0 <= step < len(steps):
            self.end()
            return
        self.step = step
        index, text = steps[step]
        self.tabs.setCurrentIndex(index)
        bubble = self.bubble
        bubble.step_label.setText(fmt(_tr("Step %1 of %2"), step + 1, len(steps)))
        bubble.title_label.setText(plain_title(self.tabs.tabText(index)))
        bubble.text_label.setText(_tr(text))
        bubble.skip_button.setText(_tr("Skip tour"))
        bubble.back_button.setText(_tr("Back"))
        bubble.back_button.setEnabled(step > 0)
        last = step == len(steps) - 1
        bubble.next_button.setText(_tr("Done") if last else _tr("Next"))
        self.place()
        bubble.show()
        bubble.raise_()
        bubble.next_button.setFocus()

    def next(self) -> None:
        self.go(self.step + 1)

    def back(self) -> None:
        if self.step > 0:
            self.go(self.step - 1)

    def end(self) -> None:
        if self.step < 0:
            return
        self.step = -1
        self.bubble.hide()
        self.window.removeEventFilter(self)
        self.escape.setEnabled(False)
        self.finished.emit()

    def place(self) -> None:
        """Under the current step's tab title, inside the window, the pointer at the title's middle."""
        if self.step < 0:
            return
        index = self.steps()[self.step][0]
        bar = self.tabs.tabBar()
        rect = bar.tabRect(index)
        anchor = bar.mapTo(self.window, QPoint(rect.center().x(), rect.bottom()))
        bubble = self.bubble
        bubble.setFixedHeight(bubble.layout().totalHeightForWidth(WIDTH))
        x = max(MARGIN, min(anchor.x() - WIDTH // 2, self.window.width() - WIDTH - MARGIN))
        bubble.move(x, anchor.y() + 2)
        bubble.arrow_x = anchor.x() - x
        bubble.update()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.place()
        return False

"""A dashboard KPI card: the figure, its change against the previous period, and its target with a
traffic-light state (coloured left border). The formatting rules live in plain functions."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from app.models.dashboard_settings import LOWER_IS_BETTER, SHARE_TARGETS
from app.services.dashboard_scope import RATE_KEYS
from app.views.i18n import fmt
from app.views.locale_format import number, percent

NONE = "–"
STATE_COLORS = {"met": "#2e9d4f", "near": "#e0a030", "missed": "#d9534f", "none": "#9e9e9e"}
TONE_COLORS = {"good": "#2e9d4f", "bad": "#d9534f", "flat": "#8a8a8a"}
HOURS_KEYS = frozenset({"median_hours_to_decision"})
EDGE_WIDTH = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("KpiCard", text)


def kpi_texts() -> dict[str, tuple[str, str]]:
    """Each KPI key -> (caption, definition for its tooltip), translated; in the order the cards show."""
    return {
        "members": (_tr("Members"), _tr("Members who had joined by the last day of the period and had not left.")),
        "new_members": (_tr("New members"), _tr("Members whose join date falls in the period.")),
        "dau_avg": (_tr("Daily actives (avg)"), _tr("DAU: members with at least one message that day, averaged over "
                                                "the days of the period.")),
        "mau": (_tr("Monthly actives"), _tr("MAU: members with at least one message in the 30 days ending on the last "
                                        "day of the period.")),
        "stickiness": (_tr("Stickiness"), _tr("Average DAU divided by MAU (0 when MAU is 0).")),
        "speaking_rate": (_tr("Speaking rate"), _tr("Members with at least one message in the period, divided by "
                                                "members.")),
        "retention_30d": (_tr("30-day retention"), _tr("Of the members who joined from the first day of the period to "
                                                   "30 days before its last day, the share with a message on or "
                                                   "after their 30th day.")),
        "interaction_rate": (_tr("Interaction rate"), _tr("Comments, likes and shares divided by reads, for the "
                                                      "content published in the period.")),
        "participation_rate": (_tr("Activity participation"), _tr("Members who attended divided by members who "
                                                               "registered, for the activities in the period.")),
        "median_hours_to_decision": (_tr("Time to decision"), _tr("Median hours from a moderation case opening to "
                                                              "its decision, for cases decided in the period.")),
        "sla_breach_rate": (_tr("SLA breaches"), _tr("Share of the cases opened in the period that were decided "
                                                 "after their deadline, or are still open past it.")),
        "messages": (_tr("Messages"), _tr("Message events in the period.")),
    }


def _plain(value: float) -> str:
    """12 or 12.5: whole numbers without a decimal point."""
    return number(value, 0 if float(value).is_integer() else 1)


def format_value(key: str, value: float | None) -> str:
    """Counts with thousands separators, dau_avg with one decimal, rates as 45.2%, hours as 5.3 h."""
    if value is None:
        return NONE
    if key in RATE_KEYS:
        return percent(float(value))
    if key in HOURS_KEYS:
        return fmt(_tr("%1 h"), number(value, 1))
    if key == "dau_avg":
        return number(value, 1)
    return number(value)


def format_change(key: str, value: float | None, previous: float | None) -> tuple[str, int | None]:
    """("▲ 12.5%", +1) for counts (relative change), ("▼ 3.1 pt", -1) for rates (percentage points),
    ("0.0%", 0) when flat, ("–", None) when not comparable (a value missing, or a count from zero)."""
    if value is None or previous is None:
        return NONE, None
    if key in RATE_KEYS:
        amount = round((value - previous) * 100, 1)
        text = fmt(_tr("%1 pt"), number(abs(amount), 1))
    elif previous == 0:
        return (percent(0.0), 0) if value == 0 else (NONE, None)
    else:
        amount = round((value - previous) / abs(previous) * 100, 1)
        text = percent(abs(amount) / 100)
    if amount == 0:
        return text, 0
    return ("▲ " if amount > 0 else "▼ ") + text, 1 if amount > 0 else -1


def change_tone(key: str, sign: int | None) -> str:
    """'good' when the figure moved the way that helps, 'bad' the other way, 'flat' otherwise."""
    if not sign:
        return "flat"
    return "good" if (sign > 0) != (key in LOWER_IS_BETTER) else "bad"


def format_target(key: str, target: float | None) -> str:
    """"Target ≥ 45%", "Target ≤ 24 h", or "no target"."""
    if target is None:
        return _tr("no target")
    if key in SHARE_TARGETS:
        shown = percent(float(target), 0 if round(target * 100, 1).is_integer() else 1)
    elif key in HOURS_KEYS:
        shown = fmt(_tr("%1 h"), _plain(target))
    else:
        shown = _plain(target)
    return fmt(_tr("Target %1 %2"), "≤" if key in LOWER_IS_BETTER else "≥", shown)


class KpiCard(QFrame):
    """objectName kpi_{key}; child labels kpi_{key}Value, kpi_{key}Delta, kpi_{key}Target."""

    def __init__(self, key: str, caption: str, definition: str):
        super().__init__()
        self.key = key
        self.state = "none"
        self.tone = "flat"
        name = f"kpi_{key}"
        self.setObjectName(name)
        self.setToolTip(definition)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(EDGE_WIDTH + 9, 6, 8, 6)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setObjectName(f"{name}Caption")
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.value = QLabel(NONE)
        self.value.setObjectName(f"{name}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.delta = QLabel(NONE)
        self.delta.setObjectName(f"{name}Delta")
        self.target = QLabel(_tr("no target"))
        self.target.setObjectName(f"{name}Target")
        self.target.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        bottom.addWidget(self.delta)
        bottom.addStretch(1)
        bottom.addWidget(self.target)
        layout.addLayout(bottom)
        self.show_figure(None, None, None, "none")

    def show_figure(self, value: float | None, previous: float | None, target: float | None, state: str,
                    period_words: str = "") -> None:
        self.value.setText(format_value(self.key, value))
        text, sign = format_change(self.key, value, previous)
        self.tone = change_tone(self.key, sign)
        self.delta.setText(text)
        self.delta.setStyleSheet(f"color: {TONE_COLORS[self.tone]};")
        self.delta.setToolTip(fmt(_tr("Previous period: %1"), format_value(self.key, previous)) +
                              (f" ({period_words})" if period_words else ""))
        self.target.setText(format_target(self.key, target))
        self.set_state(state)

    def set_state(self, state: str) -> None:
        self.state = state
        self.setProperty("state", state)
        self.update()

    def paintEvent(self, event) -> None:
        """A rounded card in the palette's colours (so it follows a light/dark switch) with the
        state's colour as a thick left edge. Painted, not style-sheeted: a style sheet would freeze
        the labels' palette at the colours of the moment it was set."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATE_COLORS[self.state]))
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), EDGE_WIDTH + 3, rect.height()), 3, 3)
        painter.drawRect(QRectF(rect.left() + 3, rect.top(), EDGE_WIDTH, rect.height()))
        painter.end()

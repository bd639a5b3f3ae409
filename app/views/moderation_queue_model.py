"""The moderation queue: one row per case in urgency order, with a live SLA countdown.

The rows come from list_cases (thousands at most, so they are read whole); the countdown column is
repainted by tick() from the rows in memory, never by re-reading the file.
"""
from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.models import moderation as mod
from app.models.content import parse_utc
from app.views.locale_format import date_time
from app.views.row_model import RowTableModel
from app.views.moderation_labels import (ACTION_LABELS, CATEGORY_LABELS, LEVEL_COLORS, LEVEL_LABELS, LEVEL_TINTS,
                                         SOURCE_LABELS, STATUS_LABELS, action_text, countdown, label)

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("level", "due", "status", "category", "member", "excerpt", "source", "assignee", "opened")
DUE_COLUMN = COLUMNS.index("due")
OVERDUE_COLOR = QColor("#c9302c")
EXCERPT_CHARS = 160


def local_text(stamp: str | None, tz: tzinfo) -> str:
    """Stored UTC text as a date and time in *tz*, in the interface locale ('' for none)."""
    return date_time(parse_utc(stamp), tz) if stamp else ""


def one_line(text: str, limit: int = EXCERPT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def decision_text(case: mod.Case) -> str:
    """What a decided case shows instead of its countdown."""
    if case.status == "dismissed":
        return label(STATUS_LABELS, "dismissed")
    return action_text(case.action, case.mute_days) or label(ACTION_LABELS, "none")


class CaseQueueModel(RowTableModel):
    """Rows: the cases (mod.Case) in urgency order."""

    def __init__(self, now: Callable[[], datetime], tz: Callable[[], tzinfo], parent=None):
        super().__init__(parent)
        self.titles = [self.tr("Level"), self.tr("Due"), self.tr("Status"), self.tr("Category"), self.tr("Member"),
                       self.tr("Excerpt"), self.tr("Source"), self.tr("Assignee"), self.tr("Opened")]
        self.now, self.tz = now, tz
        self.names: dict[int, str] = {}
        self._now: datetime | None = None

    def load(self, db, flt: mod.CaseFilter | None) -> None:
        self.beginResetModel()
        if db is None:
            self.rows, self.names = [], {}
        else:
            self.rows = mod.list_cases(db, flt)
            ids = sorted({c.member_id for c in self.rows})
            self.names = {r[0]: r[1] for r in db.select_in(
                "SELECT id, coalesce(nullif(display_name, ''), nickname, '') FROM members WHERE id IN ({})", ids)}
        self._now = None
        self.endResetModel()

    def tick(self) -> None:
        """The clock moved: repaint the countdown column only."""
        self._now = None
        if self.rows:
            self.dataChanged.emit(self.index(0, DUE_COLUMN), self.index(len(self.rows) - 1, DUE_COLUMN),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                   Qt.ItemDataRole.FontRole])

    def _current_time(self) -> datetime:
        if self._now is None:          # one reading of the clock per repaint
            self._now = self.now()
        return self._now

    def case_at(self, row: int) -> mod.Case:
        return self.rows[row]

    def row_of(self, case_id: int) -> int:
        return next((i for i, c in enumerate(self.rows) if c.id == case_id), -1)

    def member_name(self, member_id: int | None) -> str:
        return self.names.get(member_id, f"#{member_id}") if member_id is not None else ""

    def countdown_of(self, case: mod.Case) -> tuple[str, bool]:
        """(text, overdue) of an open case; (decision, False) of a decided one."""
        if not case.is_open:
            return decision_text(case), False
        return countdown(case.due_at, self._current_time())

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        case = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(case, column)
        if column == "level":
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(LEVEL_TINTS[case.level])
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(LEVEL_COLORS[case.level])
        if column == "due" and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            if not self.countdown_of(case)[1]:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOR
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "excerpt":
            return case.excerpt[:1000]
        return None

    def _text(self, case: mod.Case, column: str) -> str:
        if column == "level":
            return label(LEVEL_LABELS, case.level)
        if column == "due":
            return self.countdown_of(case)[0]
        if column == "status":
            return label(STATUS_LABELS, case.status)
        if column == "category":
            return label(CATEGORY_LABELS, case.category)
        if column == "member":
            return self.member_name(case.member_id)
        if column == "excerpt":
            return one_line(case.excerpt)
        if column == "source":
            return label(SOURCE_LABELS, case.source)
        if column == "assignee":
            return case.assignee
        return local_text(case.opened_at, self.tz())

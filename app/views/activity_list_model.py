"""The activities list: one row per activity with its registration figures (one grouped query)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from app.models import activities as am
from app.views.activity_labels import MODE_COLORS, format_label, mode_label, status_label
from app.views.content_item_dialog import to_qdatetime
from app.views.content_list_model import when_text
from app.views.locale_format import number, percent
from app.views.row_model import RowTableModel

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "starts", "mode", "format", "status", "registered", "attended", "participation")


class ActivityListModel(RowTableModel):
    """Rows: (activity, registered, attended)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.titles = [self.tr("Activity"), self.tr("Starts"), self.tr("Type"), self.tr("Format"), self.tr("Status"),
                       self.tr("Registered"), self.tr("Attended"), self.tr("Participation")]

    def load(self, db, flt: am.ActivityFilter) -> None:
        self.beginResetModel()
        if db is None:
            self.rows = []
        else:
            counts = {r[0]: (r[1], r[2]) for r in db.conn.execute(
                "SELECT activity_id, sum(status != 'cancelled'), sum(status = 'attended') "
                "FROM activity_registrations GROUP BY activity_id")}
            self.rows = [(a, *counts.get(a.id, (0, 0))) for a in am.list_activities(db, flt)]
        self.endResetModel()

    def activity_id(self, row: int) -> int:
        return self.rows[row][0].id

    def row_of(self, activity_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r[0].id == activity_id), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        activity, registered, attended = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return activity.id
        rate = attended / registered if registered else None
        if role == SORT_ROLE:
            return {"name": activity.name, "starts": activity.starts_at, "mode": activity.mode,
                    "format": activity.format, "status": am.STATUSES.index(activity.status),
                    "registered": registered, "attended": attended, "participation": -1 if rate is None else rate}[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return activity.name
            if column == "starts":
                return when_text(to_qdatetime(activity.starts_at).toPython())
            if column == "mode":
                return mode_label(activity.mode)
            if column == "format":
                return format_label(activity.format)
            if column == "status":
                return status_label(activity.status)
            if column in ("registered", "attended"):
                return number(registered if column == "registered" else attended)
            return percent(rate)
        if role == Qt.ItemDataRole.DecorationRole and column == "mode":
            return QColor(MODE_COLORS.get(activity.mode, "#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("registered", "attended", "participation"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

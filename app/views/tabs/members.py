"""Members tab: the roster by status (the full roster view builds on this)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from app.models.schema import MEMBER_STATUSES
from app.services.overview import Overview
from app.views.i18n import fmt
from app.views.labels import status_label
from app.views.tabs.base import TabPage


class MembersTab(TabPage):
    def __init__(self):
        super().__init__()
        self.setObjectName("MembersTab")
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("membersSummary")
        layout.addWidget(self.summary)
        self.status_table = QTableWidget(len(MEMBER_STATUSES), 2)
        self.status_table.setObjectName("statusTable")
        self.status_table.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Members")])
        self.status_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.status_table, 1)
        self.show_overview(None)

    def show_overview(self, overview: Overview | None) -> None:
        if overview is None:
            self.summary.setText(self.tr("No community file is open."))
        else:
            self.summary.setText(fmt(self.tr("%1 members on the roster."), f"{overview.members:,}"))
        for row, status in enumerate(MEMBER_STATUSES):
            self.status_table.setItem(row, 0, QTableWidgetItem(status_label(status)))
            count = overview.by_status.get(status, 0) if overview else 0
            item = QTableWidgetItem(f"{count:,}" if overview else "–")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.status_table.setItem(row, 1, item)

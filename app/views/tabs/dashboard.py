"""Dashboard tab: the community in counts (charts come with the metrics service)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from app.services.overview import Overview
from app.views.tabs.base import TabPage


class KpiCard(QFrame):
    def __init__(self, name: str, caption: str):
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.value)
        layout.addWidget(QLabel(caption))

    def set_value(self, value: int | None) -> None:
        self.value.setText("–" if value is None else f"{value:,}")


class DashboardTab(TabPage):
    def __init__(self):
        super().__init__()
        self.setObjectName("DashboardTab")
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("communityName")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        layout.addWidget(self.title)
        cards = QGridLayout()
        self.members = KpiCard("kpiMembers", self.tr("Members on the roster"))
        self.new_members = KpiCard("kpiNewMembers", self.tr("Joined in the last 30 days"))
        self.groups = KpiCard("kpiSubCommunities", self.tr("Sub-communities"))
        self.changes = KpiCard("kpiChanges", self.tr("Changes logged"))
        for column, card in enumerate((self.members, self.new_members, self.groups, self.changes)):
            cards.addWidget(card, 0, column)
        layout.addLayout(cards)
        self.group_table = QTableWidget(0, 2)
        self.group_table.setObjectName("subCommunityTable")
        self.group_table.setHorizontalHeaderLabels([self.tr("Sub-community"), self.tr("Members")])
        self.group_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.group_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.group_table, 1)
        self.show_overview(None)

    def show_overview(self, overview: Overview | None) -> None:
        self.title.setText(overview.community_name if overview else self.tr("No community file is open"))
        self.members.set_value(overview.members if overview else None)
        self.new_members.set_value(overview.new_last_30_days if overview else None)
        self.groups.set_value(len(overview.sub_communities) if overview else None)
        self.changes.set_value(overview.changes_logged if overview else None)
        groups = overview.sub_communities if overview else []
        self.group_table.setRowCount(len(groups))
        for row, (name, count) in enumerate(groups):
            self.group_table.setItem(row, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(f"{count:,}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.group_table.setItem(row, 1, item)

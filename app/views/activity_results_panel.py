"""What an activity achieved: participation, cost per attendee, conversions, returning vs new
attendees, goals met, and how the invited tiers showed up."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.models import activities as am
from app.services.activity_results import ActivityResults, activity_results
from app.views.i18n import fmt
from app.views.locale_format import money, number, percent

MET, MISSED = "#2e7d32", "#c9302c"


class ResultsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityResults")
        self.results: ActivityResults | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        figures = QGroupBox(self.tr("Figures"))
        form = QFormLayout(figures)
        self.values: dict[str, QLabel] = {}
        for key, title in (("registered", self.tr("Registered:")), ("attended", self.tr("Attended:")),
                           ("participation", self.tr("Participation rate:")),
                           ("no_shows", self.tr("No-shows:")), ("walk_ins", self.tr("Walk-ins:")),
                           ("conversions", self.tr("Conversions:")), ("conversion_rate", self.tr("Conversion rate:")),
                           ("cost", self.tr("Cost:")), ("cost_per_attendee", self.tr("Cost per attendee:")),
                           ("returning", self.tr("Returning attendees:")), ("new", self.tr("First-time attendees:"))):
            label = QLabel("—")
            label.setObjectName(f"result_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = label
            form.addRow(title, label)
        layout.addWidget(figures)
        self.goals = QLabel()
        self.goals.setObjectName("resultGoals")
        self.goals.setWordWrap(True)
        self.goals.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.goals)
        tiers_box = QGroupBox(self.tr("Invited tiers"))
        tiers_layout = QVBoxLayout(tiers_box)
        self.tiers = QTableWidget(0, 5)
        self.tiers.setObjectName("resultTiers")
        self.tiers.setHorizontalHeaderLabels([self.tr("Tier"), self.tr("Members"), self.tr("Registered"),
                                              self.tr("Attended"), self.tr("Show-up")])
        self.tiers.verticalHeader().hide()
        self.tiers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.no_tiers = QLabel(self.tr("No tiers were invited (edit the activity to choose them)."))
        tiers_layout.addWidget(self.tiers)
        tiers_layout.addWidget(self.no_tiers)
        layout.addWidget(tiers_box)
        layout.addStretch(1)

    def show_activity(self, db, activity: am.Activity | None) -> None:
        self.setEnabled(activity is not None)
        self.results = activity_results(db, activity.id) if activity is not None else None
        self._show(self.results)

    def _show(self, r: ActivityResults | None) -> None:
        if r is None:
            for label in self.values.values():
                label.setText("—")
            self.goals.clear()
            self.tiers.setRowCount(0)
            return
        cost = "—" if r.cost_fen is None else fmt(
            self.tr("%1 (%2)"), money(r.cost_fen), self.tr("spent") if r.cost_is_actual else self.tr("planned"))
        per_attendee = r.cost_per_attendee_fen
        texts = {"registered": number(r.registered), "attended": number(r.attended),
                 "participation": percent(r.participation_rate), "no_shows": number(r.no_shows),
                 "walk_ins": number(r.walk_ins), "conversions": number(r.conversions),
                 "conversion_rate": percent(r.conversion_rate), "cost": cost,
                 "cost_per_attendee": money(per_attendee),
                 "returning": number(r.returning), "new": number(r.new)}
        for key, text in texts.items():
            self.values[key].setText(text)
        names = {"registrations": self.tr("registrations"), "attendance": self.tr("attendance"),
                 "conversions": self.tr("conversions")}
        goals = [fmt(self.tr('<span style="color:%1">%2: %3 of %4 %5</span>'), MET if g.met else MISSED,
                     names.get(g.name, g.name), number(g.actual), number(g.goal),
                     "✓" if g.met else "✗") for g in r.goals]
        self.goals.setText(self.tr("Goals: ") + " · ".join(goals) if goals else self.tr("No goals set."))
        self.tiers.setRowCount(len(r.tiers))
        for row, tier in enumerate(r.tiers):
            for column, text in enumerate((tier.tier, number(tier.members), number(tier.registered),
                                           number(tier.attended), percent(tier.show_up_rate))):
                self.tiers.setItem(row, column, QTableWidgetItem(text))
        self.tiers.setVisible(bool(r.tiers))
        self.no_tiers.setVisible(not r.tiers)

"""One member's lifecycle: tier and why, manual tier, RFM, points (积分), credit (信用分), churn and recall.

Reads are one small snapshot (app.services.member_lifecycle.lifecycle_summary); every write is one
short transaction in the lifecycle model/service, so both run on the GUI thread. After a write the
panel reloads itself and emits `changed`.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.models import lifecycle as lm
from app.models.database import Database
from app.models.errors import UserError
from app.services import lifecycle as lc
from app.services.lifecycle_texts import reason_text, rule_text
from app.services.member_lifecycle import MemberLifecycle, lifecycle_summary
from app.views.dialog_parts import ERROR_STYLE
from app.views.i18n import error_text, fmt
from app.views.i18n import text as translated
from app.views.labels import code_label, segment_label
from app.views.locale_format import money
from app.views.member_table_model import local_time

CONTEXT = "MemberLifecyclePanel"
# Stored codes -> English source labels; translated at display time (segments: app.views.labels).
LEDGER_KIND_LABELS = {
    "earned": QT_TRANSLATE_NOOP("MemberLifecyclePanel", "earned"),
    "spent": QT_TRANSLATE_NOOP("MemberLifecyclePanel", "spent"),
    "correction": QT_TRANSLATE_NOOP("MemberLifecyclePanel", "correction"),
}
# The default credit levels; a community may configure its own names, shown as typed.
CREDIT_LEVEL_LABELS = {
    "poor": QT_TRANSLATE_NOOP("MemberLifecyclePanel", "poor"),
    "fair": QT_TRANSLATE_NOOP("MemberLifecyclePanel", "fair"),
    "good": QT_TRANSLATE_NOOP("MemberLifecyclePanel", "good"),
    "very good": QT_TRANSLATE_NOOP("MemberLifecyclePanel", "very good"),
    "excellent": QT_TRANSLATE_NOOP("MemberLifecyclePanel", "excellent"),
}
PASS_COLOUR = QColor("#2e7d32")
FAIL_COLOUR = QColor("#c62828")
FAIL_BACKGROUND = QColor("#fdecea")
INFO_STYLE = "color: #2e7d32;"


def _label(labels: dict[str, str], code: str) -> str:
    return code_label(CONTEXT, labels, code)


def _item(text: object, *, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(name: str, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.setMinimumHeight(120)
    return table


class MemberLifecyclePanel(QWidget):
    changed = Signal()   # after any write (manual tier, redeem, correction, recall)

    def __init__(self, db: Database, member_id: int, parent: QWidget | None = None, *,
                 as_of: date | None = None):
        super().__init__(parent)
        self.setObjectName("MemberLifecyclePanel")
        self.db = db
        self.member_id = member_id
        self.as_of = as_of            # None: today (UTC), as the engine counts
        self.summary: MemberLifecycle | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setObjectName("lifecycleMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        outer.addWidget(self.message)
        scroll = QScrollArea()
        scroll.setObjectName("lifecycleScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.addWidget(self._tier_box())
        body.addWidget(self._rfm_box())
        body.addWidget(self._points_box())
        row = QHBoxLayout()
        row.addWidget(self._credit_box(), 1)
        row.addWidget(self._churn_box(), 2)
        body.addLayout(row)
        body.addStretch(1)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self.reload()

    # -- construction -------------------------------------------------------------------
    def _tier_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tier"))
        box.setObjectName("tierBox")
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.tier_label = QLabel()
        self.tier_label.setObjectName("currentTier")
        self.since_label = QLabel()
        self.since_label.setObjectName("tierSince")
        self.demotion_label = QLabel()
        self.demotion_label.setObjectName("pendingDemotion")
        self.override_label = QLabel()
        self.override_label.setObjectName("overrideState")
        self.override_label.setWordWrap(True)
        form.addRow(self.tr("Current tier:"), self.tier_label)
        form.addRow(self.tr("Since:"), self.since_label)
        form.addRow(self.tr("Pending demotion:"), self.demotion_label)
        form.addRow(self.tr("Manual tier:"), self.override_label)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Why this tier")))
        self.why_table = _table("whyTierTable", [self.tr("Rule"), self.tr("Value"), self.tr("Needed"),
                                                 self.tr("✓/✗")], 0)
        layout.addWidget(self.why_table)
        self.no_ladder_label = QLabel(self.tr("No tier ladder is configured, so there are no rules to check."))
        self.no_ladder_label.setObjectName("noLadder")
        layout.addWidget(self.no_ladder_label)

        controls = QHBoxLayout()
        self.tier_combo = QComboBox()
        self.tier_combo.setObjectName("overrideTier")
        self.override_reason = QLineEdit()
        self.override_reason.setObjectName("overrideReason")
        self.override_reason.setPlaceholderText(self.tr("Reason (required), e.g. event volunteer"))
        self.set_override_button = QPushButton(self.tr("Set manual tier"))
        self.set_override_button.setObjectName("setOverride")
        self.set_override_button.clicked.connect(self.set_override)
        self.clear_override_button = QPushButton(self.tr("Clear manual tier"))
        self.clear_override_button.setObjectName("clearOverride")
        self.clear_override_button.clicked.connect(self.clear_override)
        controls.addWidget(self.tier_combo)
        controls.addWidget(self.override_reason, 1)
        controls.addWidget(self.set_override_button)
        controls.addWidget(self.clear_override_button)
        layout.addLayout(controls)

        layout.addWidget(QLabel(self.tr("Tier history")))
        self.history_table = _table("tierHistoryTable", [self.tr("When"), self.tr("From"), self.tr("To"),
                                                         self.tr("Reason"), self.tr("By")], 3)
        layout.addWidget(self.history_table)
        return box

    def _rfm_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("RFM"))
        box.setObjectName("rfmBox")
        form = QFormLayout(box)
        self.rfm_scores_label = QLabel()
        self.rfm_scores_label.setObjectName("rfmScores")
        self.rfm_segment_label = QLabel()
        self.rfm_segment_label.setObjectName("rfmSegment")
        self.rfm_values_label = QLabel()
        self.rfm_values_label.setObjectName("rfmValues")
        self.rfm_values_label.setWordWrap(True)
        form.addRow(self.tr("Scores:"), self.rfm_scores_label)
        form.addRow(self.tr("Segment:"), self.rfm_segment_label)
        form.addRow(self.tr("Figures:"), self.rfm_values_label)
        return box

    def _points_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Points (积分)"))
        box.setObjectName("pointsBox")
        layout = QVBoxLayout(box)
        self.balance_label = QLabel()
        self.balance_label.setObjectName("pointsBalance")
        layout.addWidget(self.balance_label)
        self.ledger_table = _table("ledgerTable", [self.tr("When"), self.tr("Change"), self.tr("Reason"),
                                                   self.tr("Kind"), self.tr("By")], 2)
        layout.addWidget(self.ledger_table)
        self.ledger_note = QLabel()
        self.ledger_note.setObjectName("ledgerNote")
        layout.addWidget(self.ledger_note)

        redeem = QHBoxLayout()
        self.reward_combo = QComboBox()
        self.reward_combo.setObjectName("rewardCombo")
        self.redeem_button = QPushButton(self.tr("Redeem reward"))
        self.redeem_button.setObjectName("redeemReward")
        self.redeem_button.clicked.connect(self.redeem)
        redeem.addWidget(self.reward_combo, 1)
        redeem.addWidget(self.redeem_button)
        layout.addLayout(redeem)

        correction = QHBoxLayout()
        self.correction_spin = QSpinBox()
        self.correction_spin.setObjectName("correctionDelta")
        self.correction_spin.setRange(-1_000_000, 1_000_000)
        self.correction_spin.setToolTip(self.tr("Points to add (positive) or take away (negative)"))
        self.correction_reason = QLineEdit()
        self.correction_reason.setObjectName("correctionReason")
        self.correction_reason.setPlaceholderText(self.tr("Reason for the correction (required)"))
        self.correction_button = QPushButton(self.tr("Add correction"))
        self.correction_button.setObjectName("addCorrection")
        self.correction_button.clicked.connect(self.add_correction)
        correction.addWidget(self.correction_spin)
        correction.addWidget(self.correction_reason, 1)
        correction.addWidget(self.correction_button)
        layout.addLayout(correction)
        return box

    def _credit_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Credit (信用分)"))
        box.setObjectName("creditBox")
        form = QFormLayout(box)
        self.credit_score_label = QLabel()
        self.credit_score_label.setObjectName("creditScore")
        self.credit_level_label = QLabel()
        self.credit_level_label.setObjectName("creditLevel")
        self.credit_note = QLabel()
        self.credit_note.setObjectName("creditNote")
        self.credit_note.setWordWrap(True)
        form.addRow(self.tr("Score:"), self.credit_score_label)
        form.addRow(self.tr("Level:"), self.credit_level_label)
        form.addRow(self.credit_note)
        return box

    def _churn_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Churn"))
        box.setObjectName("churnBox")
        layout = QVBoxLayout(box)
        self.churn_label = QLabel()
        self.churn_label.setObjectName("churnFlag")
        self.churn_label.setWordWrap(True)
        layout.addWidget(self.churn_label)
        recall = QHBoxLayout()
        self.recall_edit = QLineEdit()
        self.recall_edit.setObjectName("recallAction")
        self.recall_edit.setPlaceholderText(self.tr("Recall action, e.g. private message + event invitation"))
        self.recall_button = QPushButton(self.tr("Log recall"))
        self.recall_button.setObjectName("logRecall")
        self.recall_button.clicked.connect(self.log_recall)
        recall.addWidget(self.recall_edit, 1)
        recall.addWidget(self.recall_button)
        layout.addLayout(recall)
        self.recall_label = QLabel()
        self.recall_label.setObjectName("recallOutcome")
        self.recall_label.setWordWrap(True)
        layout.addWidget(self.recall_label)
        return box

    # -- messages -----------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setVisible(bool(text))

    def clear_message(self) -> None:
        self._say("", error=False)

    # -- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the member's lifecycle again and show it (a small one-member snapshot)."""
        try:
            summary = lifecycle_summary(self.db, self.member_id, self.as_of)
        except UserError as exc:
            self.summary = None
            self.body.setEnabled(False)
            self._say(fmt(self.tr("Cannot show the lifecycle: %1"), error_text(exc)))
            return
        self.summary = summary
        self.body.setEnabled(True)
        self.clear_message()
        self._show_tier(summary)
        self._show_rfm(summary)
        self._show_points(summary)
        self._show_credit(summary)
        self._show_churn(summary)

    def _show_tier(self, s: MemberLifecycle) -> None:
        none = self.tr("none")
        self.tier_label.setText(s.tier or self.tr("(no tier)"))
        self.since_label.setText(s.tier_since or self.tr("not recorded"))
        self.demotion_label.setText(fmt(self.tr("on %1 if the rules still fail"), s.demote_on)
                                    if s.demote_on else none)
        if s.override_tier:
            text = fmt(self.tr("%1 — %2 (set by %3 at %4)"), s.override_tier, s.override_reason or "",
                       s.override_by or "", local_time(s.override_at))
            if s.override_tier != s.tier:
                text += " " + self.tr("— applies at the next recompute")
            self.override_label.setText(text)
        else:
            self.override_label.setText(self.tr("none (the rules decide)"))

        self.why_table.setRowCount(len(s.why))
        for row, check in enumerate(s.why):
            mark = _item("✓" if check.passed else "✗")
            mark.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setData(Qt.ItemDataRole.UserRole, check.passed)
            mark.setToolTip(self.tr("passed") if check.passed else self.tr("not met"))
            cells = [_item(translated(rule_text(check.rule))), _item(check.value, align_right=True),
                     _item(check.threshold, align_right=True), mark]
            for column, cell in enumerate(cells):
                cell.setForeground(QBrush(PASS_COLOUR if check.passed else FAIL_COLOUR))
                if not check.passed:
                    cell.setBackground(QBrush(FAIL_BACKGROUND))
                self.why_table.setItem(row, column, cell)
        self.why_table.setVisible(bool(s.ladder))
        self.no_ladder_label.setVisible(not s.ladder)

        keep = self.tier_combo.currentData()
        self.tier_combo.clear()
        for name in s.ladder:
            self.tier_combo.addItem(name, name)
        preferred = keep if keep in s.ladder else (s.override_tier or s.tier)
        index = self.tier_combo.findData(preferred)
        if index >= 0:
            self.tier_combo.setCurrentIndex(index)
        self.tier_combo.setEnabled(bool(s.ladder))
        self.set_override_button.setEnabled(bool(s.ladder))
        self.clear_override_button.setEnabled(bool(s.override_tier))

        self.history_table.setRowCount(len(s.history))
        for row, change in enumerate(s.history):
            for column, text in enumerate((local_time(change.at), change.from_tier or self.tr("(none)"),
                                           change.to_tier or self.tr("(none)"), translated(reason_text(change.reason)),
                                           change.by)):
                self.history_table.setItem(row, column, _item(text))

    def _show_rfm(self, s: MemberLifecycle) -> None:
        rfm = s.rfm
        if rfm is None:
            self.rfm_scores_label.setText(self.tr("not scored yet — run Recompute"))
            self.rfm_segment_label.setText("—")
            self.rfm_values_label.setText("—")
            return
        self.rfm_scores_label.setText(fmt(self.tr("R %1 · F %2 · M %3 (of 5)"), rfm.r, rfm.f, rfm.m))
        self.rfm_segment_label.setText(segment_label(rfm.segment))
        self.rfm_values_label.setText(fmt(
            self.tr("last active %1 days ago · %2 actions and %3 spent in %4 days · scored %5"),
            "—" if rfm.recency_days is None else rfm.recency_days, rfm.frequency, money(rfm.monetary_fen),
            s.rfm_window_days, local_time(rfm.computed_at)))

    def _show_points(self, s: MemberLifecycle) -> None:
        self.balance_label.setText(fmt(self.tr("Balance: %1 points"), s.points))
        self.ledger_table.setRowCount(len(s.ledger))
        for row, entry in enumerate(s.ledger):
            cells = [_item(local_time(entry.at)), _item(f"{entry.delta:+d}", align_right=True),
                     _item(translated(reason_text(entry.reason))),
                     _item(_label(LEDGER_KIND_LABELS, entry.kind)), _item(entry.by)]
            for column, cell in enumerate(cells):
                self.ledger_table.setItem(row, column, cell)
        self.ledger_note.setText(fmt(self.tr("Showing the latest %1 of %2 entries."), len(s.ledger), s.ledger_count)
                                 if s.ledger_count > len(s.ledger) else "")
        self.ledger_note.setVisible(s.ledger_count > len(s.ledger))

        keep = self.reward_combo.currentData()
        self.reward_combo.clear()
        for name, cost in s.rewards:
            self.reward_combo.addItem(fmt(self.tr("%1 — %2 points"), name, cost), name)
        index = self.reward_combo.findData(keep)
        if index >= 0:
            self.reward_combo.setCurrentIndex(index)
        self.redeem_button.setEnabled(bool(s.rewards))

    def _show_credit(self, s: MemberLifecycle) -> None:
        self.credit_score_label.setText(str(s.credit_score))
        self.credit_level_label.setText(_label(CREDIT_LEVEL_LABELS, s.credit_level))
        self.credit_note.setText("" if s.credit_scored else self.tr("No scored events yet: the starting score."))
        self.credit_note.setVisible(not s.credit_scored)

    def _show_churn(self, s: MemberLifecycle) -> None:
        flag = s.churn
        if flag is None:
            self.churn_label.setText(self.tr("No open churn flag."))
        else:
            text = fmt(self.tr("At risk since %1: %2"), flag.flagged_at, translated(reason_text(flag.reason)))
            if flag.recall_action:
                text += "\n" + fmt(self.tr("Recall logged: %1 (%2, %3)"), flag.recall_action,
                                   local_time(flag.recall_at), flag.recall_by or "")
            self.churn_label.setText(text)
        self.recall_edit.setEnabled(flag is not None)
        self.recall_button.setEnabled(flag is not None)

        recall = s.recall
        if recall is None:
            self.recall_label.setText(self.tr("No recall logged."))
            return
        if recall.returned is True:
            outcome = fmt(self.tr("came back (settled %1)"), recall.returned_at or "")
        elif recall.returned is False:
            outcome = self.tr("did not come back")
        elif recall.acted_since:
            outcome = self.tr("active since the recall — settled by the next recompute")
        else:
            outcome = self.tr("no activity since the recall yet")
        self.recall_label.setText(fmt(self.tr("Latest recall: %1 on %2 by %3 — %4"), recall.action,
                                      local_time(recall.at), recall.by or "", outcome))

    # -- writing ------------------------------------------------------------------------
    def _written(self, text: str) -> None:
        self.reload()
        self._say(text, error=False)
        self.changed.emit()

    def set_override(self) -> None:
        tier = self.tier_combo.currentData()
        reason = self.override_reason.text().strip()
        if not tier:
            self._say(self.tr("Choose the tier to set."))
            return
        if not reason:
            self._say(self.tr("Type a reason for the manual tier."))
            self.override_reason.setFocus()
            return
        try:
            lm.set_override(self.db, self.member_id, tier, reason)
        except UserError as exc:
            self._say(error_text(exc))
            return
        self.override_reason.clear()
        self._written(fmt(self.tr("Manual tier %1 set; it applies at the next recompute."), tier))

    def clear_override(self) -> None:
        try:
            lm.clear_override(self.db, self.member_id)
        except UserError as exc:
            self._say(error_text(exc))
            return
        self._written(self.tr("Manual tier cleared; the rules decide from the next recompute."))

    def redeem(self) -> None:
        reward = self.reward_combo.currentData()
        if not reward:
            self._say(self.tr("Choose a reward."))
            return
        try:
            left = lc.redeem(self.db, self.member_id, reward)
        except UserError as exc:
            self.reload()
            cost = dict(self.summary.rewards if self.summary else []).get(reward)
            have = self.summary.points if self.summary else 0
            if cost is not None and have < cost:
                self._say(fmt(self.tr("Not redeemed: %1 costs %2 points and the balance is %3."), reward, cost, have))
            else:
                self._say(error_text(exc))
            return
        self._written(fmt(self.tr("Redeemed %1; %2 points left."), reward, left))

    def add_correction(self) -> None:
        delta = self.correction_spin.value()
        reason = self.correction_reason.text().strip()
        if delta == 0:
            self._say(self.tr("A correction needs a number of points other than 0."))
            return
        if not reason:
            self._say(self.tr("Type a reason for the correction."))
            self.correction_reason.setFocus()
            return
        try:
            total = lc.correct(self.db, self.member_id, delta, reason)
        except UserError as exc:
            self.reload()
            have = self.summary.points if self.summary else 0
            if have + delta < 0:
                self._say(fmt(self.tr("Not corrected: the balance is %1, so %2 would make it negative."),
                              have, delta))
            else:
                self._say(error_text(exc))
            return
        self.correction_spin.setValue(0)
        self.correction_reason.clear()
        self._written(fmt(self.tr("Correction of %1 points recorded; balance %2."), f"{delta:+d}", total))

    def log_recall(self) -> None:
        action = self.recall_edit.text().strip()
        if not action:
            self._say(self.tr("Describe the recall action first."))
            self.recall_edit.setFocus()
            return
        try:
            lc.log_recall(self.db, self.member_id, action)
        except UserError as exc:
            self.reload()
            self._say(error_text(exc))
            return
        self.recall_edit.clear()
        self._written(self.tr("Recall logged."))

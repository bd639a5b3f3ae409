"""Decide selected…: one action (or Dismiss), mute days and a note for several cases at once.

The dialog only asks; the tab calls bulk_decide with the versions it read, so a case a teammate
changed meanwhile is reported rather than overwritten.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout)

from app.models import moderation as mod
from app.views.i18n import fmt
from app.views.moderation_labels import ACTION_LABELS, label

DISMISS = "dismiss"


class BulkDecideDialog(QDialog):
    def __init__(self, count: int, mute_days: int, parent=None):
        super().__init__(parent)
        self.setObjectName("BulkDecideDialog")
        self.setWindowTitle(self.tr("Decide selected cases"))
        layout = QVBoxLayout(self)
        self.count_label = QLabel(fmt(self.tr("Selected cases: %1. They are decided with one action; a case that "
                                              "is no longer open, or that a teammate changed meanwhile, is left as "
                                              "it is and listed."), count))
        self.count_label.setObjectName("bulkCount")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        form = QFormLayout()
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("bulkAction")
        for action in mod.ACTIONS:
            self.action_combo.addItem(label(ACTION_LABELS, action), action)
        self.action_combo.addItem(self.tr("Dismiss (no violation)"), DISMISS)
        self.action_combo.currentIndexChanged.connect(lambda _i: self._action_changed())
        form.addRow(self.tr("Action:"), self.action_combo)
        self.mute_spin = QSpinBox()
        self.mute_spin.setObjectName("bulkMuteDays")
        self.mute_spin.setRange(1, 3650)
        self.mute_spin.setValue(mute_days)
        self.mute_spin.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Mute for:"), self.mute_spin)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("bulkNote")
        form.addRow(self.tr("Note:"), self.note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setObjectName("bulkApply")
        self.apply_button.setText(fmt(self.tr("Decide %1"), count))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("bulkCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._action_changed()

    def _action_changed(self) -> None:
        self.mute_spin.setEnabled(self.action() == "mute")

    def action(self) -> str:
        """An action code, or "dismiss"."""
        return self.action_combo.currentData()

    def mute_days(self) -> int | None:
        return self.mute_spin.value() if self.action() == "mute" else None

    def note(self) -> str:
        return self.note_edit.text().strip()

"""Dashboard settings: the community's time zone (days are counted in it) and the KPI targets.

Shares are entered in percent and stored as 0..1; the lowest value of each input means "no target".
Save checks everything (app.models.dashboard_settings.set_config) and writes it in one transaction;
what it refuses is shown on the error line and the dialog stays open.
"""
from __future__ import annotations

import sqlite3

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QLabel, QVBoxLayout, QWidget)

from app.models.dashboard_settings import LOWER_IS_BETTER, SHARE_TARGETS, TARGET_KEYS, get_config, set_config
from app.models.database import Database
from app.models.errors import UserError
from app.views.dialog_parts import error_label, is_busy, save_cancel_buttons
from app.views.i18n import fmt
from app.views.kpi_card import HOURS_KEYS, kpi_texts
from app.views.time_zones import system_zone_name

COMMON_ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Asia/Seoul",
                "Asia/Kolkata", "Asia/Dubai", "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Moscow",
                "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo",
                "Australia/Sydney", "Pacific/Auckland", "UTC")
MAX_COUNT = 100_000_000
MAX_HOURS = 24 * 90


class DashboardSettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboardSettingsDialog")
        self.setWindowTitle(self.tr("Dashboard targets & time zone"))
        self.db = db
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.zone_combo = QComboBox()
        self.zone_combo.setObjectName("timeZoneCombo")
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.setMinimumWidth(280)
        here = system_zone_name()
        self.zone_combo.addItem(fmt(self.tr("This computer's time zone (%1)"), here) if here
                                else self.tr("This computer's time zone"), "")
        for name in COMMON_ZONES:
            self.zone_combo.addItem(name, name)
        self.zone_combo.setToolTip(self.tr("Days on the dashboard are calendar days in this zone. Type any IANA "
                                           "name, such as Asia/Shanghai."))
        form.addRow(self.tr("Time zone:"), self.zone_combo)
        hint = QLabel(self.tr("Dashboard days are calendar days in this zone; everyone who opens the file "
                              "shares it."))
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow("", hint)
        layout.addLayout(form)
        targets = QGroupBox(self.tr("Targets (the lowest value means no target)"))
        target_form = QFormLayout(targets)
        target_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.target_spins: dict[str, QDoubleSpinBox] = {}
        texts = kpi_texts()
        for key in TARGET_KEYS:
            spin = self._target_spin(key)
            caption = texts[key][0]
            target_form.addRow(("≤ " if key in LOWER_IS_BETTER else "≥ ") + caption, spin)
            self.target_spins[key] = spin
        layout.addWidget(targets)
        self.errors = error_label("dashboardSettingsErrors")
        layout.addWidget(self.errors)
        self.buttons = save_cancel_buttons(self, "saveDashboardSettings", "cancelDashboardSettings")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)
        self.load()

    def _target_spin(self, key: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(f"target_{key}")
        spin.setSpecialValueText(self.tr("no target"))
        spin.setMinimum(0)
        if key in SHARE_TARGETS:
            spin.setDecimals(1)
            spin.setMaximum(100)
            spin.setSuffix("%")
        elif key in HOURS_KEYS:
            spin.setDecimals(1)
            spin.setMaximum(MAX_HOURS)
            spin.setSuffix(self.tr(" h"))
        else:
            spin.setDecimals(1 if key == "dau_avg" else 0)
            spin.setMaximum(MAX_COUNT)
            spin.setGroupSeparatorShown(True)
        spin.setMinimumWidth(150)
        return spin

    # -- reading and writing ------------------------------------------------------------
    def load(self) -> None:
        cfg = get_config(self.db)
        name = cfg.get("time_zone") or ""
        index = self.zone_combo.findData(name)
        if index >= 0:
            self.zone_combo.setCurrentIndex(index)
        else:
            self.zone_combo.setEditText(name)
        for key, spin in self.target_spins.items():
            value = cfg["targets"].get(key)
            if value is None:
                spin.setValue(spin.minimum())
            else:
                spin.setValue(value * 100 if key in SHARE_TARGETS else value)

    def time_zone(self) -> str:
        """The zone name typed or chosen; '' for this computer's zone."""
        text = self.zone_combo.currentText().strip()
        index = self.zone_combo.findText(text)
        if index >= 0:
            return self.zone_combo.itemData(index)
        return text

    def config(self) -> dict:
        """What Save writes: a target of None removes it."""
        targets = {}
        for key, spin in self.target_spins.items():
            value = spin.value()
            if value <= spin.minimum():
                targets[key] = None
            elif key in SHARE_TARGETS:
                targets[key] = round(value / 100, 4)
            else:
                targets[key] = int(value) if float(value).is_integer() else round(value, 1)
        return {"time_zone": self.time_zone(), "targets": targets}

    def save(self) -> None:
        for spin in self.target_spins.values():
            spin.interpretText()
        try:
            set_config(self.db, self.config())
        except UserError as exc:
            self.show_error(str(exc))
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            self.show_error(self.tr("The community file is busy (a teammate is saving a large change); nothing "
                                    "was saved. Press Save again in a moment."))
            return
        self.accept()

    def show_error(self, message: str) -> None:
        self.errors.setText(message)
        self.errors.setVisible(True)

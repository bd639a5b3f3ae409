"""Dashboard settings: the community's time zone (days are counted in it) and the KPI targets.

Shares are entered in percent and stored as 0..1; the lowest value of each input means "no target".
Save checks everything (app.models.dashboard_settings.set_config) and writes what the person changed in
one transaction; what it refuses is shown on the error line and the dialog stays open. A teammate's
changes to other values are kept; if a teammate changed the same one since the dialog read it, nothing
is written and the conflict dialog shows it key by key (keep theirs, take mine, or merge).
"""
from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QLabel, QVBoxLayout, QWidget)

from app.models.dashboard_settings import (KEY, LOWER_IS_BETTER, SHARE_TARGETS, TARGET_KEYS, check_config, get_config,
                                           set_config)
from app.models.database import Database
from app.models.errors import UserError
from app.models.settings import deep_merge, rebase
from app.views.conflict import SettingsMergeMixin
from app.views.dialog_parts import SaveRunner, error_label, save_cancel_buttons
from app.views.i18n import error_text, fmt
from app.views.kpi_card import HOURS_KEYS, kpi_texts
from app.views.time_zones import system_zone_name

COMMON_ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Asia/Seoul",
                "Asia/Kolkata", "Asia/Dubai", "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Moscow",
                "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo",
                "Australia/Sydney", "Pacific/Auckland", "UTC")
MAX_COUNT = 100_000_000
MAX_HOURS = 24 * 90


def form_values(cfg: dict) -> dict:
    """The time zone and targets as this dialog's inputs show them (what config() reads back)."""
    targets = {}
    for key in TARGET_KEYS:
        value = cfg.get("targets", {}).get(key)
        if value is None or value <= 0:
            targets[key] = None
        elif key in SHARE_TARGETS:
            targets[key] = round(round(value * 100, 1) / 100, 4)
        else:
            shown = round(value, 1 if key == "dau_avg" or key in HOURS_KEYS else 0)
            targets[key] = int(shown) if float(shown).is_integer() else shown
    return {"time_zone": cfg.get("time_zone") or "", "targets": targets}


class DashboardSettingsDialog(SettingsMergeMixin, QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboardSettingsDialog")
        self.setWindowTitle(self.tr("Dashboard targets & time zone"))
        self.db = db
        self._loaded: dict = {}          # the settings as read: what the edits are measured against
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
        self.saver = SaveRunner(self, db, self.buttons, show_errors=lambda errors: self.show_error("\n".join(errors)),
                                show_refusal=self.show_error)
        layout.addWidget(self.saver.label)
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
        """(Re-)read the settings; edits in the dialog are replaced."""
        self._loaded = form_values(get_config(self.db))
        self._show_config(self._loaded)

    def _show_config(self, cfg: dict) -> None:
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
        edited, loaded = self.config(), self._loaded
        try:
            check_config(edited)
        except UserError as exc:
            self.show_error(error_text(exc))
            return

        def write() -> None:
            with self.db.transaction():
                current = get_config(self.db)
                changes = rebase(self.db, KEY, loaded, form_values(current), edited)
                if changes:
                    set_config(self.db, deep_merge(current, changes))

        self.saver.run(write, on_written=self.accept, on_conflict=self._ask_conflict)

    # -- someone else saved meanwhile ---------------------------------------------------
    def conflict_message(self) -> str:
        return self.tr("%1 changed the dashboard settings at %2 while you were editing; nothing was "
                       "saved yet.")

    def _save_merged(self, theirs: dict, chosen: dict) -> None:
        """Show the chosen values, measured from now on against their version, and save them."""
        chosen["targets"] = {k: v for k, v in chosen.get("targets", {}).items() if v is not None}
        self._show_config(chosen)
        self._loaded = theirs
        self.save()

    def _key_label(self, key: str) -> str:
        if key == "time_zone":
            return self.tr("Time zone")
        name = key.split(".", 1)[1]
        return fmt(self.tr("Target: %1"), kpi_texts().get(name, (name,))[0])

    def _key_text(self, key: str, value) -> str:
        if key == "time_zone":
            return value or self.tr("This computer's time zone")
        if value is None:
            return self.tr("no target")
        name = key.split(".", 1)[1]
        if name in SHARE_TARGETS:
            return f"{value * 100:g}%"
        return fmt(self.tr("%1 h"), value) if name in HOURS_KEYS else f"{value:g}"

    def show_error(self, message: str) -> None:
        self.errors.setText(message)
        self.errors.setVisible(True)

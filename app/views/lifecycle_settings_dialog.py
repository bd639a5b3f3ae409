"""Lifecycle settings: the tier ladder with its rules, the thresholds of the engine, the rewards catalogue.

Nothing is written until Save; Save validates everything first, then writes what the person changed
(the ladder, each setting) in one transaction (all or nothing). A teammate's changes to other settings
are kept; if a teammate changed the same setting since the dialog read it, nothing is written and the
conflict dialog shows it key by key (keep theirs, take mine, or merge).
"""
from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from app.models import lifecycle as lm
from app.models.database import Database
from app.models.errors import UserError
from app.models.settings import last_change, rebase
from app.views.conflict import SettingsMergeMixin
from app.views.dialog_parts import ERROR_STYLE, SaveRunner, push_button
from app.views.i18n import error_text, fmt

EARNING_KINDS = ("message", "check_in", "attendance")
KOL_WEIGHTS = ("messages", "long_posts", "attendance")
# Values a rule starts with when it is switched on for a tier that did not have it.
RULE_DEFAULTS = {
    "messages_in_days": {"days": 30, "min": 10},
    "original_posts_in_days": {"days": 30, "min": 2},
    "attended": {"min": 1},
    "points": {"min": 100},
    "rfm": {"min": 9},
    "member_days": {"min": 30},
}
RULE_MAX = {"rfm": 15}
# Ladders from the operators' playbooks, lowest tier first.
PRESETS: dict[str, list[tuple[str, dict]]] = {
    "基础群 → 进阶群 → 核心群": [
        ("基础群", {}),
        ("进阶群", {"messages_in_days": {"days": 30, "min": 10}}),
        ("核心群", {"messages_in_days": {"days": 30, "min": 40}, "attended": {"min": 2}}),
    ],
    "钻石 → 王者 → 至尊": [
        ("钻石", {}),
        ("王者", {"messages_in_days": {"days": 30, "min": 20}, "rfm": {"min": 9}}),
        ("至尊", {"messages_in_days": {"days": 30, "min": 40}, "rfm": {"min": 12}, "attended": {"min": 3},
                "member_days": {"min": 90}}),
    ],
}
TIER_KEY = Qt.ItemDataRole.UserRole


def _spin(name: str, low: int, high: int, value: int = 0, suffix: str = "", special: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    spin.setValue(value)
    if suffix:
        spin.setSuffix(suffix)
    if special:
        spin.setSpecialValueText(special)
    spin.setAccelerated(True)
    return spin


def _int(value, fallback: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return fallback


def form_values(cfg: dict) -> dict:
    """The settings this dialog edits, as its inputs show them (what config_changes() reads back): a value
    missing from the file gets the input's default, so only what the person changes differs."""
    churn, earning, credit, kol = (cfg.get(k) or {} for k in ("churn", "earning", "credit", "kol"))
    weights = kol.get("weights") or {}
    return {
        "grace_days": _int(cfg.get("grace_days")),
        "rfm_window_days": _int(cfg.get("rfm_window_days"), 90),
        "day_offset_hours": _int(cfg.get("day_offset_hours"), 8),
        "churn": {"days": _int(churn.get("days"), 30), "share": round(float(churn.get("share", 0.8)) * 100) / 100,
                  "silent_days": _int(churn.get("silent_days"), 30)},
        "earning": {kind: {"points": _int((earning.get(kind) or {}).get("points")),
                           "daily_cap": _int((earning.get(kind) or {}).get("daily_cap"))} for kind in EARNING_KINDS},
        "credit": {"start": _int(credit.get("start"), 100), "max": _int(credit.get("max"), 150)},
        "kol": {"days": _int(kol.get("days"), 90), "long_post_chars": _int(kol.get("long_post_chars"), 100),
                "weights": {key: _int(weights.get(key)) for key in KOL_WEIGHTS}},
        "rewards": [[str(name), int(cost)] for name, cost in cfg.get("rewards") or []],
    }


class LifecycleSettingsDialog(SettingsMergeMixin, QDialog):
    saved = Signal()   # after the ladder and the settings were written

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LifecycleSettingsDialog")
        self.setWindowTitle(self.tr("Lifecycle settings"))
        self.db = db
        self._rules: dict[int, dict] = {}      # tier key (stored on the list item) -> its rules
        self._next_key = 0
        self._loading = False
        self._loaded: dict = {}                 # {"ladder", "config"} as read: what edits are measured against
        self.resize(760, 520)

        layout = QVBoxLayout(self)
        self.pages = QTabWidget()
        self.pages.setObjectName("lifecyclePages")
        self.ladder_page = self._ladder_page()
        self.rules_page = self._rules_page()
        self.rewards_page = self._rewards_page()
        self.pages.addTab(self.ladder_page, self.tr("Tier ladder"))
        self.pages.addTab(self.rules_page, self.tr("Rules && thresholds"))
        self.pages.addTab(self.rewards_page, self.tr("Rewards catalogue"))
        layout.addWidget(self.pages, 1)
        self.error_label = QLabel()
        self.error_label.setObjectName("lifecycleError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("lifecycleSave")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("lifecycleCancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.saver = SaveRunner(self, db, self.buttons, show_errors=lambda errors: self._show_error("\n".join(errors)),
                                show_refusal=lambda text: self._show_error(fmt(self.tr("Nothing was saved: %1"), text)))
        layout.addWidget(self.saver.label)
        layout.addWidget(self.buttons)
        self.load()

    # -- construction: tier ladder ----------------------------------------------------------
    def _ladder_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        hint = QLabel(self.tr("Tiers run from the lowest (top) to the highest (bottom). A member gets the highest "
                              "tier whose rules all pass; a tier without rules always passes."))
        hint.setWordWrap(True)
        outer.addWidget(hint)

        presets = QHBoxLayout()
        preset_label = QLabel(self.tr("Preset ladder:"))
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("tierPreset")
        for title in PRESETS:
            self.preset_combo.addItem(title, title)
        preset_label.setBuddy(self.preset_combo)
        self.apply_preset_button = QPushButton(self.tr("Use preset"))
        self.apply_preset_button.setObjectName("applyPreset")
        self.apply_preset_button.setToolTip(self.tr("Replaces the tiers below; nothing is saved until you click Save."))
        self.apply_preset_button.clicked.connect(lambda: self.apply_preset(self.preset_combo.currentData()))
        presets.addWidget(preset_label)
        presets.addWidget(self.preset_combo)
        presets.addWidget(self.apply_preset_button)
        presets.addStretch(1)
        outer.addLayout(presets)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.tier_list = QListWidget()
        self.tier_list.setObjectName("tierList")
        self.tier_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tier_list.currentRowChanged.connect(self._show_tier)
        left.addWidget(self.tier_list, 1)
        buttons = QGridLayout()
        self.add_tier_button = push_button("addTier", self.tr("Add tier"), self.add_tier)
        self.remove_tier_button = push_button("removeTier", self.tr("Remove"), self.remove_tier)
        self.up_button = push_button("tierUp", self.tr("Move up"), lambda: self.move_tier(-1))
        self.down_button = push_button("tierDown", self.tr("Move down"), lambda: self.move_tier(1))
        buttons.addWidget(self.add_tier_button, 0, 0)
        buttons.addWidget(self.remove_tier_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        left.addLayout(buttons)
        body.addLayout(left, 2)

        right = QVBoxLayout()
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        name_form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("tierName")
        self.name_edit.setPlaceholderText(self.tr("e.g. 核心群"))
        self.name_edit.textChanged.connect(self._name_changed)
        name_form.addRow(self.tr("Tier name:"), self.name_edit)
        editor_layout.addLayout(name_form)
        group = QGroupBox(self.tr("Rules (all ticked rules must pass)"))
        grid = QGridLayout(group)
        grid.addWidget(QLabel(self.tr("Rule")), 0, 0)
        grid.addWidget(QLabel(self.tr("Window")), 0, 1)
        grid.addWidget(QLabel(self.tr("At least")), 0, 2)
        self.rule_boxes: dict[str, QCheckBox] = {}
        self.rule_spins: dict[str, dict[str, QSpinBox]] = {}
        self.rule_texts: dict[str, QLabel] = {}
        titles = self._rule_titles()
        for row, (rule, (_text, keys)) in enumerate(lm.RULES.items(), start=1):
            box = QCheckBox(titles.get(rule, rule))
            box.setObjectName(f"rule_{rule}")
            box.toggled.connect(self._rules_changed)
            self.rule_boxes[rule] = box
            grid.addWidget(box, row, 0)
            spins: dict[str, QSpinBox] = {}
            for key in keys:
                spin = _spin(f"rule_{rule}_{key}", 1, 3650, RULE_DEFAULTS.get(rule, {}).get(key, 30),
                             self.tr(" days") if key == "days" else "")
                spins[key] = spin
                grid.addWidget(spin, row, 1)
            spins["min"] = _spin(f"rule_{rule}_min", 0, RULE_MAX.get(rule, 1_000_000),
                                 RULE_DEFAULTS.get(rule, {}).get("min", 0))
            grid.addWidget(spins["min"], row, 2)
            for spin in spins.values():
                spin.valueChanged.connect(self._rules_changed)
            self.rule_spins[rule] = spins
            text = QLabel()
            text.setObjectName(f"rule_{rule}_text")
            self.rule_texts[rule] = text
            grid.addWidget(text, row, 3)
        grid.setColumnStretch(3, 1)
        editor_layout.addWidget(group)
        self.no_rules_label = QLabel()
        self.no_rules_label.setObjectName("tierRuleSummary")
        self.no_rules_label.setWordWrap(True)
        editor_layout.addWidget(self.no_rules_label)
        editor_layout.addStretch(1)
        right.addWidget(self.editor)
        body.addLayout(right, 5)
        outer.addLayout(body, 1)
        return page

    def _rule_titles(self) -> dict[str, str]:
        return {"messages_in_days": self.tr("Messages"),
                "original_posts_in_days": self.tr("Original posts"),
                "attended": self.tr("Events attended"),
                "points": self.tr("Points balance"),
                "rfm": self.tr("RFM score"),
                "member_days": self.tr("Days since joining")}

    # -- construction: rules and thresholds -------------------------------------------------
    def _rules_page(self) -> QWidget:
        inner = QWidget()
        grid = QGridLayout(inner)
        days = self.tr(" days")

        tiers = QGroupBox(self.tr("Tiers and scores"))
        form = QFormLayout(tiers)
        self.grace_spin = _spin("graceDays", 0, 3650, suffix=days)
        self.grace_spin.setToolTip(self.tr("A member keeps a tier this long after its rules stop passing."))
        self.rfm_window_spin = _spin("rfmWindowDays", 1, 3650, suffix=days)
        self.day_offset_spin = _spin("dayOffsetHours", -12, 14, suffix=self.tr(" h"))
        self.day_offset_spin.setToolTip(self.tr("Daily caps count local days: hours from UTC (China: 8)."))
        form.addRow(self.tr("Demotion grace:"), self.grace_spin)
        form.addRow(self.tr("RFM window:"), self.rfm_window_spin)
        form.addRow(self.tr("Day starts at UTC+:"), self.day_offset_spin)
        grid.addWidget(tiers, 0, 0)

        churn = QGroupBox(self.tr("Churn warnings"))
        form = QFormLayout(churn)
        self.churn_days_spin = _spin("churnDays", 1, 365, suffix=days)
        self.churn_share_spin = _spin("churnShare", 1, 100, 80, suffix=" %")
        self.churn_share_spin.setToolTip(self.tr("Flag a member whose recent activity falls below this share "
                                                 "of their usual activity."))
        self.churn_silent_spin = _spin("churnSilentDays", 1, 3650, suffix=days)
        form.addRow(self.tr("Compare the last:"), self.churn_days_spin)
        form.addRow(self.tr("Flag below (of usual):"), self.churn_share_spin)
        form.addRow(self.tr("Flag when silent for:"), self.churn_silent_spin)
        grid.addWidget(churn, 0, 1)

        earning = QGroupBox(self.tr("Earning points"))
        egrid = QGridLayout(earning)
        egrid.addWidget(QLabel(self.tr("Points each")), 0, 1)
        egrid.addWidget(QLabel(self.tr("Daily cap")), 0, 2)
        kind_titles = {"message": self.tr("Message:"), "check_in": self.tr("Check-in:"),
                       "attendance": self.tr("Attendance:")}
        self.earn_points: dict[str, QSpinBox] = {}
        self.earn_caps: dict[str, QSpinBox] = {}
        for row, kind in enumerate(EARNING_KINDS, start=1):
            points = _spin(f"earn_{kind}_points", 0, 100_000)
            cap = _spin(f"earn_{kind}_cap", 0, 1_000_000, special=self.tr("No cap"))
            cap.setToolTip(self.tr("Most points a member earns this way in one day (0 = no cap)."))
            label = QLabel(kind_titles[kind])
            label.setBuddy(points)
            egrid.addWidget(label, row, 0)
            egrid.addWidget(points, row, 1)
            egrid.addWidget(cap, row, 2)
            self.earn_points[kind] = points
            self.earn_caps[kind] = cap
        grid.addWidget(earning, 1, 0)

        credit = QGroupBox(self.tr("Credit score"))
        form = QFormLayout(credit)
        self.credit_start_spin = _spin("creditStart", 0, 100_000)
        self.credit_max_spin = _spin("creditMax", 1, 100_000)
        form.addRow(self.tr("Start value:"), self.credit_start_spin)
        form.addRow(self.tr("Maximum:"), self.credit_max_spin)
        grid.addWidget(credit, 2, 0)

        kol = QGroupBox(self.tr("KOL shortlist"))
        form = QFormLayout(kol)
        self.kol_days_spin = _spin("kolDays", 1, 3650, suffix=days)
        self.kol_chars_spin = _spin("kolLongPostChars", 1, 100_000, suffix=self.tr(" characters"))
        form.addRow(self.tr("Window:"), self.kol_days_spin)
        form.addRow(self.tr("Long post from:"), self.kol_chars_spin)
        weight_titles = {"messages": self.tr("Weight of a message:"),
                         "long_posts": self.tr("Weight of a long post:"),
                         "attendance": self.tr("Weight of an attendance:")}
        self.kol_weight_spins: dict[str, QSpinBox] = {}
        for key in KOL_WEIGHTS:
            spin = _spin(f"kolWeight_{key}", 0, 10_000)
            self.kol_weight_spins[key] = spin
            form.addRow(weight_titles[key], spin)
        grid.addWidget(kol, 1, 1, 2, 1)
        grid.setRowStretch(3, 1)

        scroll = QScrollArea()
        scroll.setObjectName("lifecycleRulesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    # -- construction: rewards --------------------------------------------------------------
    def _rewards_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("What members can spend their points on. Double-click a cell to edit it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.rewards_table = QTableWidget(0, 2)
        self.rewards_table.setObjectName("rewardsTable")
        self.rewards_table.setHorizontalHeaderLabels([self.tr("Reward"), self.tr("Cost (points)")])
        header = self.rewards_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.rewards_table.verticalHeader().setVisible(False)
        self.rewards_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.rewards_table, 1)
        row = QHBoxLayout()
        self.add_reward_button = push_button("addReward", self.tr("Add reward"), self.add_reward)
        self.remove_reward_button = push_button("removeReward", self.tr("Remove reward"), self.remove_reward)
        row.addWidget(self.add_reward_button)
        row.addWidget(self.remove_reward_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.rewards_table.itemSelectionChanged.connect(self._update_buttons)
        return page

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)read the ladder and the settings from the file into every page; edits are replaced."""
        self._loaded = self._file_state()
        self._show_state(self._loaded)

    def _file_state(self) -> dict:
        """The ladder and the settings in the file, as this dialog shows them (form_values)."""
        return {"ladder": [(t.name, t.rules) for t in lm.get_ladder(self.db)],
                "config": form_values(lm.get_config(self.db))}

    def _form_state(self) -> dict:
        return {"ladder": [(name.strip(), rules) for name, rules in self.tiers()], "config": self.config_changes()}

    def _show_state(self, state: dict) -> None:
        self.set_tiers(copy.deepcopy(state["ladder"]))
        self._show_config(state["config"])
        self.rewards_table.setRowCount(0)
        for name, cost in state["config"]["rewards"]:
            self.add_reward(name, cost, edit=False)
        self._hide_error()
        self._update_buttons()

    def _show_config(self, values: dict) -> None:
        """Put the settings, as form_values() gives them, into the spin boxes."""
        self.grace_spin.setValue(values["grace_days"])
        self.rfm_window_spin.setValue(values["rfm_window_days"])
        self.day_offset_spin.setValue(values["day_offset_hours"])
        self.churn_days_spin.setValue(values["churn"]["days"])
        self.churn_share_spin.setValue(round(values["churn"]["share"] * 100))
        self.churn_silent_spin.setValue(values["churn"]["silent_days"])
        for kind in EARNING_KINDS:
            self.earn_points[kind].setValue(values["earning"][kind]["points"])
            self.earn_caps[kind].setValue(values["earning"][kind]["daily_cap"])
        self.credit_start_spin.setValue(values["credit"]["start"])
        self.credit_max_spin.setValue(values["credit"]["max"])
        self.kol_days_spin.setValue(values["kol"]["days"])
        self.kol_chars_spin.setValue(values["kol"]["long_post_chars"])
        for key, spin in self.kol_weight_spins.items():
            spin.setValue(values["kol"]["weights"][key])

    # -- the ladder ------------------------------------------------------------------------
    def set_tiers(self, tiers: list[tuple[str, dict]]) -> None:
        """Put *tiers* (lowest first) into the editor, replacing what it holds."""
        self.tier_list.clear()
        self._rules.clear()
        for name, rules in tiers:
            self._append_tier(name, rules)
        self.tier_list.setCurrentRow(0 if tiers else -1)
        self._show_tier(self.tier_list.currentRow())

    def tiers(self) -> list[tuple[str, dict]]:
        """The ladder as edited (names as typed), lowest first."""
        out = []
        for row in range(self.tier_list.count()):
            item = self.tier_list.item(row)
            out.append((item.text(), copy.deepcopy(self._rules[item.data(TIER_KEY)])))
        return out

    def _append_tier(self, name: str, rules: dict, row: int | None = None) -> QListWidgetItem:
        key = self._next_key
        self._next_key += 1
        self._rules[key] = copy.deepcopy(rules)
        item = QListWidgetItem(name)
        item.setData(TIER_KEY, key)
        if row is None:
            self.tier_list.addItem(item)
        else:
            self.tier_list.insertItem(row, item)
        return item

    def apply_preset(self, title: str) -> None:
        self.set_tiers(PRESETS[title])
        self._hide_error()

    def add_tier(self) -> None:
        names = {self.tier_list.item(r).text().strip() for r in range(self.tier_list.count())}
        base = self.tr("New tier")
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        item = self._append_tier(name, {})
        self.tier_list.setCurrentItem(item)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def remove_tier(self) -> None:
        row = self.tier_list.currentRow()
        if row < 0:
            return
        item = self.tier_list.takeItem(row)
        self._rules.pop(item.data(TIER_KEY), None)
        self.tier_list.setCurrentRow(min(row, self.tier_list.count() - 1))
        self._show_tier(self.tier_list.currentRow())

    def move_tier(self, step: int) -> None:
        row = self.tier_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.tier_list.count():
            return
        item = self.tier_list.takeItem(row)
        self.tier_list.insertItem(target, item)
        self.tier_list.setCurrentRow(target)

    def _current_item(self) -> QListWidgetItem | None:
        return self.tier_list.currentItem()

    def _show_tier(self, row: int) -> None:
        item = self.tier_list.item(row) if row >= 0 else None
        self._loading = True
        try:
            self.editor.setEnabled(item is not None)
            self.name_edit.setText(item.text() if item else "")
            rules = self._rules.get(item.data(TIER_KEY), {}) if item else {}
            for rule, box in self.rule_boxes.items():
                params = {**RULE_DEFAULTS.get(rule, {}), **(rules.get(rule) or {})}
                box.setChecked(rule in rules)
                for key, spin in self.rule_spins[rule].items():
                    spin.setValue(_int(params.get(key), spin.minimum()))
        finally:
            self._loading = False
        self._refresh_rule_texts()
        self._update_buttons()

    def _name_changed(self, text: str) -> None:
        item = self._current_item()
        if self._loading or item is None:
            return
        item.setText(text)

    def _rules_changed(self, *_args) -> None:
        item = self._current_item()
        if not self._loading and item is not None:
            key = item.data(TIER_KEY)
            unknown = {rule: params for rule, params in self._rules[key].items() if rule not in lm.RULES}
            self._rules[key] = {**unknown, **self._editor_rules()}   # rules this version cannot edit stay
        self._refresh_rule_texts()

    def _editor_rules(self) -> dict:
        return {rule: {key: spin.value() for key, spin in self.rule_spins[rule].items()}
                for rule, box in self.rule_boxes.items() if box.isChecked()}

    def _refresh_rule_texts(self) -> None:
        for rule, box in self.rule_boxes.items():
            params = {key: spin.value() for key, spin in self.rule_spins[rule].items()}
            for spin in self.rule_spins[rule].values():
                spin.setEnabled(box.isChecked())
            label = self.rule_texts[rule]
            label.setText(fmt(self.tr("%1 ≥ %2"), lm.describe_rule(rule, params), params["min"]))
            label.setEnabled(box.isChecked())
        if self._current_item() is None:
            self.no_rules_label.setText(self.tr("Add a tier, or start from a preset ladder."))
        elif not self._editor_rules():
            self.no_rules_label.setText(self.tr("No rules: every member qualifies (fine for the base tier)."))
        else:
            self.no_rules_label.setText("")

    # -- rewards ---------------------------------------------------------------------------
    def add_reward(self, name: str = "", cost: int = 100, edit: bool = True) -> int:
        row = self.rewards_table.rowCount()
        self.rewards_table.insertRow(row)
        self.rewards_table.setItem(row, 0, QTableWidgetItem(name))
        cost_item = QTableWidgetItem()
        cost_item.setData(Qt.ItemDataRole.EditRole, int(cost))
        self.rewards_table.setItem(row, 1, cost_item)
        if edit:
            self.rewards_table.setCurrentCell(row, 0)
            self.rewards_table.editItem(self.rewards_table.item(row, 0))
        self._update_buttons()
        return row

    def remove_reward(self) -> None:
        self._commit_open_editor()
        rows = {index.row() for index in self.rewards_table.selectionModel().selectedRows()}
        if not rows and self.rewards_table.currentRow() >= 0:
            rows = {self.rewards_table.currentRow()}
        for row in sorted(rows, reverse=True):
            self.rewards_table.removeRow(row)
        self._update_buttons()

    def rewards(self) -> list[list]:
        """The catalogue as edited: [name, cost] pairs (names stripped)."""
        out = []
        for row in range(self.rewards_table.rowCount()):
            name_item, cost_item = self.rewards_table.item(row, 0), self.rewards_table.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            cost = cost_item.data(Qt.ItemDataRole.EditRole) if cost_item else None
            if isinstance(cost, str):      # typed text (never from our own int items), checked by validate_rewards
                try:
                    cost = int(cost.strip())
                except ValueError:
                    pass
            out.append([name, cost])
        return out

    def _commit_open_editor(self) -> None:
        """Keep what is typed into a cell that is still being edited."""
        table = self.rewards_table
        if table.state() != QAbstractItemView.State.EditingState:
            return
        index = table.currentIndex()
        editor = table.indexWidget(index) if index.isValid() else None
        if editor is not None:     # what commitData() does, but the editor stays open for more typing
            table.itemDelegateForIndex(index).setModelData(editor, table.model(), index)

    def _update_buttons(self) -> None:
        row, count = self.tier_list.currentRow(), self.tier_list.count()
        self.remove_tier_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_reward_button.setEnabled(self.rewards_table.rowCount() > 0)

    # -- saving ----------------------------------------------------------------------------
    def config_changes(self) -> dict:
        """The settings as edited, as one change for lm.set_config."""
        return {
            "grace_days": self.grace_spin.value(),
            "rfm_window_days": self.rfm_window_spin.value(),
            "day_offset_hours": self.day_offset_spin.value(),
            "churn": {"days": self.churn_days_spin.value(),
                      "share": self.churn_share_spin.value() / 100,
                      "silent_days": self.churn_silent_spin.value()},
            "earning": {kind: {"points": self.earn_points[kind].value(), "daily_cap": self.earn_caps[kind].value()}
                        for kind in EARNING_KINDS},
            "credit": {"start": self.credit_start_spin.value(), "max": self.credit_max_spin.value()},
            "kol": {"days": self.kol_days_spin.value(), "long_post_chars": self.kol_chars_spin.value(),
                    "weights": {key: spin.value() for key, spin in self.kol_weight_spins.items()}},
            "rewards": self.rewards(),
        }

    def _validate(self, tiers: list[tuple[str, dict]], changes: dict) -> None:
        """Raise UserError (and show the page at fault) unless everything can be written."""
        seen: set[str] = set()
        for row, (name, rules) in enumerate(tiers):
            if not name:
                self._point_at_tier(row)
                raise UserError(fmt(self.tr("Tier %1 has no name: every tier needs one."), row + 1))
            if name in seen:
                self._point_at_tier(row)
                raise UserError(fmt(self.tr("Two tiers are called “%1”: tier names must be different."), name))
            seen.add(name)
            try:
                lm.validate_rules(name, rules)
            except UserError:
                self._point_at_tier(row)
                raise
        try:
            lm.validate_rewards(changes["rewards"])
        except UserError:
            self.pages.setCurrentWidget(self.rewards_page)
            raise
        credit = changes["credit"]
        if credit["start"] > credit["max"]:
            self.pages.setCurrentWidget(self.rules_page)
            self.credit_start_spin.setFocus()
            raise UserError(fmt(self.tr("The credit score cannot start at %1, above its maximum of %2."),
                                credit["start"], credit["max"]))

    def _point_at_tier(self, row: int) -> None:
        self.pages.setCurrentWidget(self.ladder_page)
        self.tier_list.setCurrentRow(row)
        self.name_edit.setFocus()

    def save(self) -> None:
        self._commit_open_editor()
        state = self._form_state()
        try:
            self._validate(state["ladder"], state["config"])
        except UserError as exc:
            self._show_error(fmt(self.tr("Nothing was saved: %1"), error_text(exc)))
            return
        loaded = self._loaded

        def write() -> None:
            with self.db.transaction():
                changes = rebase(self.db, lm.CONFIG_KEY, loaded, self._file_state(), state,
                                 changed_by=lambda: last_change(self.db, lm.CONFIG_KEY,
                                                                actions=("set_ladder",)))
                if "ladder" in changes:
                    lm.set_ladder(self.db, state["ladder"])
                if "config" in changes:
                    lm.set_config(self.db, changes["config"])

        self.saver.run(write, on_written=self._written, on_conflict=self._ask_conflict)

    def _written(self) -> None:
        self._hide_error()
        self.saved.emit()
        self.accept()

    # -- someone else saved meanwhile -------------------------------------------------------
    def conflict_message(self) -> str:
        return self.tr("%1 changed the lifecycle settings at %2 while you were editing; nothing was "
                       "saved yet.")

    def _key_label(self, key: str) -> str:
        if key == "ladder":
            return self.tr("Tier ladder")
        if key == "config.rewards":
            return self.tr("Rewards catalogue")
        names = {"grace_days": self.tr("Demotion grace"), "rfm_window_days": self.tr("RFM window"),
                 "day_offset_hours": self.tr("Day starts at UTC+"), "churn": self.tr("Churn warnings"),
                 "earning": self.tr("Earning points"), "credit": self.tr("Credit score"),
                 "kol": self.tr("KOL shortlist"), "days": self.tr("days"), "share": self.tr("flag below"),
                 "silent_days": self.tr("silent for"), "points": self.tr("points each"),
                 "daily_cap": self.tr("daily cap"), "start": self.tr("start value"), "max": self.tr("maximum"),
                 "long_post_chars": self.tr("long post from"), "weights": self.tr("weight"),
                 "message": self.tr("message"), "check_in": self.tr("check-in"), "attendance": self.tr("attendance"),
                 "messages": self.tr("message"), "long_posts": self.tr("long post")}
        return " · ".join(names.get(part, part) for part in key.split(".")[1:])

    def _key_text(self, key: str, value) -> str:
        if key == "ladder":
            return " → ".join(name for name, _rules in value or [])
        if key == "config.rewards":
            return "、".join(fmt(self.tr("%1 (%2 points)"), name, cost) for name, cost in value or [])
        if key == "config.churn.share" and value is not None:
            return f"{round(value * 100)} %"
        return "∅" if value is None else str(value)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _hide_error(self) -> None:
        self.error_label.clear()
        self.error_label.setVisible(False)

"""Moderation settings: SLA hours per alert level, credit moves per action and the default mute,
the case categories, and the community rules (社区公约) a case can cite.

Nothing is written until Save; Save checks everything, then writes what the person changed (each
setting, the categories, the rules) in one transaction (all or nothing). A teammate's changes to other
settings are kept; if a teammate changed the same one since the dialog read it, nothing is written and
the conflict dialog shows it key by key (keep theirs, take mine, or merge).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QSpinBox, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from app.models import moderation as mod
from app.models.database import Database
from app.models.errors import UserError
from app.models.settings import deep_merge, last_change, rebase
from app.views.conflict import SettingsMergeMixin
from app.views.dialog_parts import SaveRunner, button_row, error_label, push_button, save_cancel_buttons
from app.views.i18n import error_text, fmt
from app.views.key_handlers import on_return
from app.views.moderation_labels import ACTION_LABELS, CATEGORY_LABELS, LEVEL_LABELS, label
from app.views.word_list_model import commit_open_editor

CODE_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole
VERSION_ROLE = Qt.ItemDataRole.UserRole + 1
SLA_NAMES = {"red": "slaRed", "yellow": "slaYellow", "blue": "slaBlue"}
MAX_SLA_HOURS = 24 * 90
NUMBER, TITLE, DESCRIPTION = range(3)


def _hours(value: float) -> int | float:
    """Whole hours are stored as whole numbers."""
    return int(value) if float(value).is_integer() else round(value, 1)


class ModerationSettingsDialog(SettingsMergeMixin, QDialog):
    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("moderationSettingsDialog")
        self.setWindowTitle(self.tr("Moderation settings"))
        self.db = db
        self._loaded: dict = {}          # {"config": ..., "rules": ...} as read: what the edits are measured against
        self._renames: dict[str, str] = {}   # category renamed in this dialog: first name -> new name
        self.resize(640, 520)

        layout = QVBoxLayout(self)
        self.pages = QTabWidget()
        self.pages.setObjectName("moderationSettingsPages")
        self.sla_page = self._sla_page()
        self.categories_page = self._categories_page()
        self.rules_page = self._rules_page()
        self.pages.addTab(self.sla_page, self.tr("SLA && credit"))
        self.pages.addTab(self.categories_page, self.tr("Categories"))
        self.pages.addTab(self.rules_page, self.tr("Community rules"))
        layout.addWidget(self.pages, 1)
        self.errors = error_label("moderationSettingsErrors")
        layout.addWidget(self.errors)
        self.buttons = save_cancel_buttons(self, "saveModerationSettings", "cancelModerationSettings")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.saver = SaveRunner(self, db, self.buttons, show_errors=self._show_errors, show_refusal=lambda text:
                                self._show_errors([fmt(self.tr("Nothing was saved: %1"), text)]))
        layout.addWidget(self.saver.label)
        layout.addWidget(self.buttons)
        self.load()

    # -- construction -------------------------------------------------------------------
    def _sla_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        sla = QGroupBox(self.tr("Decide a case within"))
        form = QFormLayout(sla)
        self.sla_spins: dict[str, QDoubleSpinBox] = {}
        for level in mod.LEVELS:
            spin = QDoubleSpinBox()
            spin.setObjectName(SLA_NAMES[level])
            spin.setRange(0.1, MAX_SLA_HOURS)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" h"))
            self.sla_spins[level] = spin
            form.addRow(fmt(self.tr("%1:"), label(LEVEL_LABELS, level)), spin)
        layout.addWidget(sla)
        credit = QGroupBox(self.tr("Credit score move per decision"))
        form = QFormLayout(credit)
        self.credit_spins: dict[str, QSpinBox] = {}
        for action in mod.ACTIONS:
            spin = QSpinBox()
            spin.setObjectName(f"credit_{action}")
            spin.setRange(-1000, 1000)
            self.credit_spins[action] = spin
            form.addRow(fmt(self.tr("%1:"), label(ACTION_LABELS, action)), spin)
        self.mute_spin = QSpinBox()
        self.mute_spin.setObjectName("muteDefault")
        self.mute_spin.setRange(1, 3650)
        self.mute_spin.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Default mute:"), self.mute_spin)
        layout.addWidget(credit)
        layout.addStretch(1)
        return page

    def _categories_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.category_list = QListWidget()
        self.category_list.setObjectName("categoryList")
        self.category_list.currentItemChanged.connect(self._category_picked)
        layout.addWidget(self.category_list, 1)
        row = QHBoxLayout()
        self.category_edit = QLineEdit()
        self.category_edit.setObjectName("categoryName")
        self.category_edit.setPlaceholderText(self.tr("Category name, e.g. 政治敏感"))
        on_return(self.category_edit, self.add_category)
        row.addWidget(self.category_edit, 1)
        self.add_category_button = push_button("addCategory", self.tr("Add"), self.add_category)
        self.rename_category_button = push_button("renameCategory", self.tr("Rename"), self.rename_category)
        self.remove_category_button = push_button("removeCategory", self.tr("Remove"), self.remove_category)
        for button in (self.add_category_button, self.rename_category_button, self.remove_category_button):
            row.addWidget(button)
        layout.addLayout(row)
        hint = QLabel(self.tr("A renamed category takes its cases and words with it. A removed category stays "
                              "on the cases and words that have it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return page

    def _rules_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.rule_table = QTableWidget(0, 3)
        self.rule_table.setObjectName("ruleTable")
        self.rule_table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Title"), self.tr("Description")])
        self.rule_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rule_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rule_table.horizontalHeader().setStretchLastSection(True)
        self.rule_table.setColumnWidth(TITLE, 200)
        layout.addWidget(self.rule_table, 1)
        self.add_rule_button = push_button("addRule", self.tr("Add rule"), self.add_rule)
        self.delete_rule_button = push_button("deleteRule", self.tr("Delete selected"), self.delete_rules)
        layout.addLayout(button_row(self.add_rule_button, self.delete_rule_button))
        return page

    # -- loading ------------------------------------------------------------------------
    def load(self) -> None:
        """(Re-)read the settings and the rules; edits in the dialog are replaced."""
        self._loaded = self._file_state()
        self._show_state(self._loaded)

    def _file_state(self) -> dict:
        """The settings and rules in the file, as this dialog shows them."""
        return {"config": form_values(mod.get_config(self.db)),
                "rules": [_rule_row(rule) for rule in mod.list_rules(self.db)]}

    def _form_state(self) -> dict:
        return {"config": self.config_changes(), "rules": [_rule_row(rule) for rule in self.rules()]}

    def _show_state(self, state: dict) -> None:
        self._renames = {}
        config = state["config"]
        for level, spin in self.sla_spins.items():
            spin.setValue(float(config["sla_hours"][level]))
        for action, spin in self.credit_spins.items():
            spin.setValue(int(config["credit"][action]))
        self.mute_spin.setValue(int(config["mute_days"]))
        self.category_list.clear()
        for code in config["categories"]:
            self._append_category(code)
        self.rule_table.setRowCount(0)
        for rule_id, code, title, description in state["rules"]:
            self._append_rule(mod.Rule(id=rule_id, code=code, title=title, description=description))
        self._show_errors([])

    # -- categories ---------------------------------------------------------------------
    def _append_category(self, code: str) -> QListWidgetItem:
        item = QListWidgetItem(self._category_text(code))
        item.setData(CODE_ROLE, code)
        self.category_list.addItem(item)
        return item

    @staticmethod
    def _category_text(code: str) -> str:
        shown = label(CATEGORY_LABELS, code)
        return shown if shown == code else f"{shown} ({code})"

    def categories(self) -> list[str]:
        return [self.category_list.item(row).data(CODE_ROLE) for row in range(self.category_list.count())]

    def _category_picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.category_edit.setText(item.data(CODE_ROLE))

    def _typed_category(self, ignore: str | None = None) -> str | None:
        name = self.category_edit.text().strip()
        if not name:
            self._show_errors([self.tr("Type the category's name first.")])
            return None
        if any(c.casefold() == name.casefold() for c in self.categories() if c != ignore):
            self._show_errors([fmt(self.tr("There is already a category “%1”."), name)])
            return None
        self._show_errors([])
        return name

    def add_category(self) -> None:
        name = self._typed_category()
        if name is not None:
            self.category_list.setCurrentItem(self._append_category(name))

    def rename_category(self) -> None:
        item = self.category_list.currentItem()
        if item is None:
            return
        old = item.data(CODE_ROLE)
        name = self._typed_category(ignore=old)
        if name is None or name == old:
            return
        # Cases and words move with the category when the dialog saves (chains a -> b -> c collapse).
        first = next((k for k, v in self._renames.items() if v == old), old)
        self._renames[first] = name
        item.setData(CODE_ROLE, name)
        item.setText(self._category_text(name))

    def remove_category(self) -> None:
        item = self.category_list.currentItem()
        if item is None:
            return
        if self.category_list.count() == 1:
            self._show_errors([self.tr("Keep at least one category.")])
            return
        if self._may_drop(item.data(CODE_ROLE)):
            self.category_list.takeItem(self.category_list.row(item))
            self.category_edit.clear()

    def _may_drop(self, code: str) -> bool:
        """Ask first when open cases use *code*: they keep it, but it is no longer offered."""
        open_cases = len(mod.list_cases(self.db, mod.CaseFilter(statuses=mod.OPEN_STATUSES, categories=(code,))))
        if not open_cases:
            return True
        question = self.tr("%1 open cases are in the category “%2”. They keep it, but it will no longer be "
                           "offered and those cases must be given another category before they are edited. "
                           "Remove it anyway?")
        answer = QMessageBox.question(self, self.windowTitle(), fmt(question, open_cases, label(CATEGORY_LABELS, code)),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- rules --------------------------------------------------------------------------
    def _append_rule(self, rule: mod.Rule) -> int:
        row = self.rule_table.rowCount()
        self.rule_table.insertRow(row)
        number = QTableWidgetItem(rule.code)
        number.setData(ID_ROLE, rule.id)
        number.setData(VERSION_ROLE, rule.version)
        self.rule_table.setItem(row, NUMBER, number)
        self.rule_table.setItem(row, TITLE, QTableWidgetItem(rule.title))
        self.rule_table.setItem(row, DESCRIPTION, QTableWidgetItem(rule.description))
        return row

    def add_rule(self) -> None:
        codes = [self.rule_table.item(r, NUMBER).text().strip() for r in range(self.rule_table.rowCount())]
        whole = [int(c) for c in codes if c.isdigit()]
        row = self._append_rule(mod.Rule(code=str(max(whole, default=0) + 1)))
        self.rule_table.setCurrentCell(row, TITLE)
        self.rule_table.setFocus()
        self.rule_table.editItem(self.rule_table.item(row, TITLE))

    def delete_rules(self) -> None:
        rows = sorted({index.row() for index in self.rule_table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.rule_table.removeRow(row)

    def rules(self) -> list[mod.Rule]:
        out = []
        for row in range(self.rule_table.rowCount()):
            number = self.rule_table.item(row, NUMBER)
            out.append(mod.Rule(id=number.data(ID_ROLE), code=number.text().strip(),
                                title=self.rule_table.item(row, TITLE).text().strip(),
                                description=self.rule_table.item(row, DESCRIPTION).text().strip(),
                                version=number.data(VERSION_ROLE) or 0))
        return out

    def rule_problems(self, rules: list[mod.Rule]) -> list[str]:
        errors = []
        seen: dict[str, int] = {}
        for row, rule in enumerate(rules, start=1):
            if not rule.code:
                errors.append(fmt(self.tr("Rules, row %1: enter the rule's number."), row))
            elif rule.code.casefold() in seen:
                errors.append(fmt(self.tr("Rules, rows %1 and %2 both have the number %3."), seen[rule.code.casefold()],
                                  row, rule.code))
            else:
                seen[rule.code.casefold()] = row
            if not rule.title:
                errors.append(fmt(self.tr("Rules, row %1: enter a title."), row))
        return errors

    # -- saving -------------------------------------------------------------------------
    def config_changes(self) -> dict:
        return {"sla_hours": {level: _hours(spin.value()) for level, spin in self.sla_spins.items()},
                "credit": {action: spin.value() for action, spin in self.credit_spins.items()},
                "categories": self.categories(),
                "mute_days": self.mute_spin.value()}

    def save(self) -> None:
        commit_open_editor(self.rule_table)
        rules = self.rules()
        errors = self.rule_problems(rules)
        if errors:
            self.pages.setCurrentWidget(self.rules_page)
            self._show_errors([self.tr("Nothing was saved:"), *errors])
            return
        state, loaded, renames = self._form_state(), self._loaded, dict(self._renames)
        try:
            mod.check_config(deep_merge(mod.get_config(self.db), state["config"]))
        except UserError as exc:
            self._show_errors([fmt(self.tr("Nothing was saved: %1"), error_text(exc))])
            return

        def write() -> None:
            with self.db.transaction():
                changes = rebase(self.db, mod.CONFIG_KEY, loaded, self._file_state(), state,
                                 changed_by=lambda: last_change(self.db, mod.CONFIG_KEY,
                                                                tables=("moderation_rules",)))
                if "rules" in changes:
                    self._write_rules([mod.Rule(id=i, code=c, title=t, description=d) for i, c, t, d in state["rules"]])
                config = changes.get("config", {})
                if "categories" in config:
                    for old, new in renames.items():
                        if old != new:
                            mod.rename_category(self.db, old, new)
                if config:
                    mod.set_config(self.db, config)

        self.saver.run(write, on_written=self._written, on_conflict=self._ask_conflict)

    def _written(self) -> None:
        self.saved.emit()
        self.accept()

    # -- someone else saved meanwhile ---------------------------------------------------
    def conflict_message(self) -> str:
        return self.tr("%1 changed these settings at %2 while you were editing; nothing was saved "
                       "yet.")

    def _save_merged(self, theirs: dict, chosen: dict) -> None:
        """Show the chosen values, measured from now on against their version, and save them."""
        renames = self._renames
        self._show_state(chosen)
        if chosen["config"]["categories"] != theirs["config"]["categories"]:
            self._renames = renames                # my categories won: their cases and words move with them
        self._loaded = theirs
        self.save()

    def _key_label(self, key: str) -> str:
        parts = key.split(".")
        if key == "rules":
            return self.tr("Community rules")
        if parts[1] == "sla_hours":
            return fmt(self.tr("Decide within, %1"), label(LEVEL_LABELS, parts[2]))
        if parts[1] == "credit":
            return fmt(self.tr("Credit move, %1"), label(ACTION_LABELS, parts[2]))
        return {"categories": self.tr("Categories"), "mute_days": self.tr("Default mute")}.get(parts[1], key)

    def _key_text(self, key: str, value) -> str:
        if value is None:
            return "∅"
        if key == "rules":
            return "、".join(f"{code} {title}" for _id, code, title, _description in value)
        if key == "config.categories":
            return "、".join(label(CATEGORY_LABELS, code) for code in value)
        if key.startswith("config.sla_hours."):
            return fmt(self.tr("%1 h"), value)
        if key == "config.mute_days":
            return fmt(self.tr("%1 days"), value)
        return str(value)

    def _write_rules(self, rules: list[mod.Rule]) -> None:
        """Delete the rules removed, then save the changed and new ones in an order that never puts two
        rules on one number (renumbering 2 → 3 and 3 → 4 saves 3 → 4 first; a swap parks one briefly)."""
        kept = {rule.id for rule in rules if rule.id is not None}
        for rule_id in [r.id for r in mod.list_rules(self.db) if r.id not in kept]:
            mod.delete_rule(self.db, rule_id)
        stored = {rule.id: rule for rule in mod.list_rules(self.db)}
        for rule in rules:                        # saved over the current version (the caller compared them)
            if rule.id in stored:
                rule.version = stored[rule.id].version
            elif rule.id is not None:             # deleted by a teammate meanwhile: added back
                rule.id, rule.version = None, 0
        pending = [rule for rule in rules if rule.id not in stored or (
            stored[rule.id].code, stored[rule.id].title, stored[rule.id].description) != (
            rule.code, rule.title, rule.description)]
        holder = {rule.code: rule.id for rule in mod.list_rules(self.db)}      # number -> rule id in the file
        while pending:
            free = [rule for rule in pending if holder.get(rule.code, rule.id) == rule.id]
            if not free:                          # a cycle: move one rule out of the way first
                parked = next((rule for rule in pending if rule.id == holder[pending[0].code]), None)
                if parked is None:                # cannot happen after rule_problems(); refuse, never guess
                    raise UserError("there is already a rule %1", pending[0].code)
                final, parked.code = parked.code, f"{parked.code}~{parked.id}"
                self._save_rule(parked, holder)
                parked.code = final
                continue
            for rule in free:
                self._save_rule(rule, holder)
                pending.remove(rule)

    def _save_rule(self, rule: mod.Rule, holder: dict[str, int]) -> None:
        for code in [code for code, rule_id in holder.items() if rule_id == rule.id and rule.id is not None]:
            del holder[code]
        mod.save_rule(self.db, rule)
        holder[rule.code] = rule.id

    def _show_errors(self, errors: list[str]) -> None:
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))


def form_values(cfg: dict) -> dict:
    """The settings this dialog edits, as its inputs show them (what config_changes() reads back)."""
    return {"sla_hours": {level: _hours(round(float(cfg["sla_hours"][level]), 1)) for level in mod.LEVELS},
            "credit": {action: int(cfg["credit"][action]) for action in mod.ACTIONS},
            "categories": list(cfg["categories"]), "mute_days": int(cfg["mute_days"])}


def _rule_row(rule: mod.Rule) -> tuple:
    """A rule as compared and shown: (id, number, title, description)."""
    return rule.id, rule.code, rule.title, rule.description

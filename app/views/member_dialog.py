"""Add or edit one member: validated fields, versioned save with a conflict choice, the change history."""
from __future__ import annotations

import copy
import sqlite3
from dataclasses import fields as dc_fields

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from app.models import members as members_model
from app.models.database import Database
from app.models.errors import ConflictError, RowMissingError
from app.models.members import RELATIONS, SCALARS, Member
from app.models.schema import MEMBER_STATUSES, ROLES
from app.services.fields import FieldError, normalise_phone, parse_date, split_list, validate_email
from app.services.merge import Comparison
from app.views.conflict import MergingEditor, ask_merge, who_and_when
from app.views.history_view import HistoryView
from app.views.dialog_parts import SaveRunner, error_label, save_cancel_buttons
from app.views.i18n import fmt
from app.views.labels import status_label
from app.views.member_lifecycle_panel import MemberLifecyclePanel
from app.views.member_table_model import column_titles, local_time, role_labels

INVALID_STYLE = "border: 1px solid #d9534f;"
EDITED = SCALARS + ("identities", "sub_communities", "tags", "roles")


def platform_labels() -> dict[str, str]:
    return {"wechat": QCoreApplication.translate("labels", "WeChat"),
            "qq": QCoreApplication.translate("labels", "QQ"),
            "telegram": QCoreApplication.translate("labels", "Telegram"),
            "discord": QCoreApplication.translate("labels", "Discord"),
            "forum": QCoreApplication.translate("labels", "Forum"),
            "other": QCoreApplication.translate("labels", "Other")}


class MemberDialog(MergingEditor, QDialog):
    saved = Signal(int)   # the member id, after a successful save

    def __init__(self, db: Database, member_id: int | None = None, parent: QWidget | None = None, *,
                 tiers: list[str] | None = None, tags: list[str] | None = None,
                 sub_communities: list[str] | None = None):
        super().__init__(parent)
        self.setObjectName("MemberDialog")
        self.db = db
        self.member_id = member_id
        self.original = Member()        # as read from the file: what the person's edits are measured against
        self._titles = column_titles()
        self._platforms = platform_labels()
        self.setWindowTitle(self.tr("New member") if member_id is None else self.tr("Edit member"))
        self.resize(720, 560)

        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("memberVersion")
        layout.addWidget(self.header)
        self.pages = QTabWidget()
        self.pages.setObjectName("memberPages")
        self.pages.addTab(self._profile_page(tiers or [], tags or [], sub_communities or []), self.tr("Profile"))
        self.pages.addTab(self._identity_page(), self.tr("Platforms and notes"))
        self.pages.addTab(self._history_page(), self.tr("History"))
        # An existing member's lifecycle (tier and why, RFM, points, credit, churn), read when first shown.
        self.lifecycle: MemberLifecyclePanel | None = None
        self.lifecycle_changed = False   # the Lifecycle page wrote (the roster re-reads when the dialog closes)
        self.lifecycle_page: QWidget | None = None
        if member_id is not None:
            self.lifecycle_page = QWidget()
            self.lifecycle_page.setObjectName("lifecyclePage")
            QVBoxLayout(self.lifecycle_page).setContentsMargins(0, 0, 0, 0)
            self.pages.addTab(self.lifecycle_page, self.tr("Lifecycle"))
            self.pages.currentChanged.connect(self._page_shown)
        layout.addWidget(self.pages, 1)
        self.errors = error_label("fieldErrors")
        layout.addWidget(self.errors)
        self.buttons = save_cancel_buttons(self, "saveMember", "cancelMember")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.saver = SaveRunner(self, db, self.buttons, show_errors=self._show_errors)
        layout.addWidget(self.saver.label)
        layout.addWidget(self.buttons)

        if member_id is None:
            self._show_member(Member())
        else:
            self.load()

    # -- the lifecycle page -------------------------------------------------------------
    def _page_shown(self, index: int) -> None:
        if self.lifecycle is None and self.lifecycle_page is not None \
                and self.pages.widget(index) is self.lifecycle_page:
            self.lifecycle = MemberLifecyclePanel(self.db, self.member_id, self.lifecycle_page)
            self.lifecycle.changed.connect(self._lifecycle_wrote)
            self.lifecycle_page.layout().addWidget(self.lifecycle)
            self.lifecycle.show()

    def _lifecycle_wrote(self) -> None:
        self.lifecycle_changed = True

    # -- construction -------------------------------------------------------------------
    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t, e=edit: e.setStyleSheet(""))
        return edit

    def _profile_page(self, tiers: list[str], tags: list[str], groups: list[str]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name_edit = self._line("fieldDisplayName")
        self.nickname_edit = self._line("fieldNickname")
        self.phone_edit = self._line("fieldPhone", self.tr("e.g. 138 0013 8000 or +44 20 7946 0958"))
        self.wechat_edit = self._line("fieldWeChat")
        self.email_edit = self._line("fieldEmail")
        self.join_edit = self._line("fieldJoinDate", self.tr("YYYY-MM-DD (2024/3/5 and 2024年3月5日 work too)"))
        self.source_edit = self._line("fieldSourceChannel")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("fieldStatus")
        for status in MEMBER_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.tier_edit = self._line("fieldTier")
        self.tier_edit.setCompleter(QCompleter(tiers, self.tier_edit))
        self.groups_edit = self._line("fieldSubCommunities", self.tr("separate with , or 、"))
        self.groups_edit.setToolTip(fmt(self.tr("Known: %1"), "、".join(groups)) if groups else "")
        self.tags_edit = self._line("fieldTags", self.tr("separate with , or 、"))
        self.tags_edit.setToolTip(fmt(self.tr("Known: %1"), "、".join(tags)) if tags else "")
        roles = QHBoxLayout()
        self.role_boxes: dict[str, QCheckBox] = {}
        for role, label in role_labels().items():
            box = QCheckBox(label)
            box.setObjectName(f"fieldRole_{role}")
            self.role_boxes[role] = box
            roles.addWidget(box)
        roles.addStretch(1)
        t = self._titles
        form.addRow(t["display_name"], self.name_edit)
        form.addRow(t["nickname"], self.nickname_edit)
        form.addRow(t["phone"], self.phone_edit)
        form.addRow(t["wechat_id"], self.wechat_edit)
        form.addRow(t["email"], self.email_edit)
        form.addRow(self.tr("Join date"), self.join_edit)
        form.addRow(t["source_channel"], self.source_edit)
        form.addRow(t["status"], self.status_combo)
        form.addRow(t["tier"], self.tier_edit)
        form.addRow(t["sub_communities"], self.groups_edit)
        form.addRow(t["tags"], self.tags_edit)
        form.addRow(t["roles"], roles)
        return page

    def _identity_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Platform identities (each handle belongs to one member)")))
        self.identity_table = _pair_table("identityTable", self.tr("Platform"), self.tr("Handle"))
        self.identity_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.identity_table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add identity"))
        add.setObjectName("addIdentity")
        add.clicked.connect(lambda: self.add_identity("wechat", ""))
        remove = QPushButton(self.tr("Remove identity"))
        remove.setObjectName("removeIdentity")
        remove.clicked.connect(self.remove_identity)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self._titles["notes"]))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("fieldNotes")
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(QLabel(self.tr("Custom fields (from imports; read-only here)")))
        self.custom_table = _pair_table("customFields", self.tr("Field"), self.tr("Value"))
        self.custom_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.custom_table)
        return page

    def _history_page(self) -> QWidget:
        self.history_view = HistoryView("member", self.tr("No changes are logged for this member yet."), db=self.db,
                                        table="members", record_id=lambda: self.member_id)
        self.history_view.restored.connect(lambda _change: (self.load(), self.saved.emit(self.member_id)))
        self.history = self.history_view.table
        return self.history_view

    # -- identities table ---------------------------------------------------------------
    def add_identity(self, platform: str, handle: str) -> int:
        row = self.identity_table.rowCount()
        self.identity_table.insertRow(row)
        combo = QComboBox()
        combo.setObjectName(f"identityPlatform{row}")
        for code, label in self._platforms.items():
            combo.addItem(label, code)
        combo.setCurrentIndex(max(combo.findData(platform), 0))
        self.identity_table.setCellWidget(row, 0, combo)
        self.identity_table.setItem(row, 1, QTableWidgetItem(handle))
        return row

    def remove_identity(self) -> None:
        rows = sorted({index.row() for index in self.identity_table.selectedIndexes()}, reverse=True)
        if not rows and self.identity_table.currentRow() >= 0:
            rows = [self.identity_table.currentRow()]
        for row in rows:
            self.identity_table.removeRow(row)

    def identities(self) -> list[tuple[str, str]]:
        found = []
        for row in range(self.identity_table.rowCount()):
            combo = self.identity_table.cellWidget(row, 0)
            item = self.identity_table.item(row, 1)
            handle = item.text().strip() if item else ""
            if handle:
                found.append((combo.currentData(), handle))
        return found

    # -- reading the member -------------------------------------------------------------
    def load(self) -> None:
        """(Re-)read the member from the file into the form; edits in the form are replaced."""
        member = members_model.get_member(self.db, self.member_id)
        self._show_member(member)

    def _show_member(self, member: Member) -> None:
        self.original = member
        self.name_edit.setText(member.display_name)
        self.nickname_edit.setText(member.nickname)
        self.phone_edit.setText(member.phone or "")
        self.wechat_edit.setText(member.wechat_id or "")
        self.email_edit.setText(member.email or "")
        self.join_edit.setText(member.join_date or "")
        self.source_edit.setText(member.source_channel)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(member.status), 0))
        self.tier_edit.setText(member.tier)
        self.groups_edit.setText("、".join(member.sub_communities))
        self.tags_edit.setText("、".join(member.tags))
        for role, box in self.role_boxes.items():
            box.setChecked(role in member.roles)
        self.identity_table.setRowCount(0)
        for platform, handle in member.identities:
            self.add_identity(platform, handle)
        self.notes_edit.setPlainText(member.notes)
        self.custom_table.setRowCount(len(member.custom))
        for row, (name, value) in enumerate(member.custom.items()):
            self.custom_table.setItem(row, 0, QTableWidgetItem(name))
            self.custom_table.setItem(row, 1, QTableWidgetItem(value))
        for edit in (self.name_edit, self.nickname_edit, self.phone_edit, self.email_edit, self.join_edit,
                     self.identity_table):
            edit.setStyleSheet("")
        self._show_errors([])
        if member.id is None:
            self.header.setText(self.tr("A new member: name or nickname is required."))
        else:
            self.header.setText(fmt(self.tr("#%1 · version %2 · last changed by %3 at %4"), member.id,
                                    member.version, member.updated_by, local_time(member.updated_at)))
            if member.deleted_at:
                self.header.setText(self.header.text() + " · " + fmt(self.tr("deleted at %1"),
                                                                     local_time(member.deleted_at)))
        self._show_history()

    def _show_history(self) -> None:
        entries = list(reversed(self.db.history("members", self.member_id))) if self.member_id else []
        self.history_view.show_rows([(local_time(entry["at"]), entry["operator"], self._action_label(entry["action"]),
                                      self._change_text(entry["before"], entry["after"])) for entry in entries])

    def _action_label(self, action: str) -> str:
        return {"insert": self.tr("Created"), "update": self.tr("Edited"), "delete": self.tr("Deleted"),
                "restore": self.tr("Restored"), "bulk": self.tr("Bulk change"),
                "import": self.tr("Imported")}.get(action, action)

    def _field_label(self, key: str) -> str:
        extra = {"deleted_at": self.tr("Deleted at"), "tag_add": self.tr("Tag added"),
                 "tag_remove": self.tr("Tag removed"), "custom": self.tr("Custom fields"),
                 "join_date": self.tr("Join date")}
        return extra.get(key) or self._titles.get(key, key)

    def _value_text(self, key: str, value) -> str:
        if value is None or value == "" or value == [] or value == {}:
            return "∅"
        if key == "status":
            return status_label(value)
        if key == "roles":
            labels = role_labels()
            return "、".join(labels.get(r, r) for r in value)
        if key == "identities":
            return "、".join(f"{self._platforms.get(p, p)}:{h}" for p, h in value)
        if key in ("deleted_at",):
            return local_time(value)
        if isinstance(value, list):
            return "、".join(str(v) for v in value)
        if isinstance(value, dict):
            return "; ".join(f"{k}={v}" for k, v in value.items())
        return str(value)

    def _change_text(self, before: dict | None, after: dict | None) -> str:
        before, after = before or {}, after or {}
        lines = []
        for key in list(dict.fromkeys([*before, *after])):
            if key in before:
                lines.append(f"{self._field_label(key)}: {self._value_text(key, before[key])} → "
                             f"{self._value_text(key, after.get(key))}")
            else:
                lines.append(f"{self._field_label(key)}: {self._value_text(key, after.get(key))}")
        return "\n".join(lines)

    # -- validation ---------------------------------------------------------------------
    def read_form(self) -> tuple[Member, list[str]]:
        """The member as the form says (based on the version read) and the problems found."""
        errors: list[str] = []
        invalid: list[QWidget] = []
        name = self.name_edit.text().strip()
        nickname = self.nickname_edit.text().strip()
        if not name and not nickname:
            errors.append(self.tr("Enter a name or a nickname."))
            invalid += [self.name_edit, self.nickname_edit]
        phone = self.phone_edit.text().strip() or None
        if phone:
            try:
                phone = normalise_phone(phone)
            except FieldError:
                errors.append(fmt(self.tr("Phone: %1 is not a valid phone number (a Chinese mobile has 11 digits "
                                          "starting with 1; other countries start with +)."), phone))
                invalid.append(self.phone_edit)
        email = self.email_edit.text().strip() or None
        if email:
            try:
                email = validate_email(email)
            except FieldError:
                errors.append(fmt(self.tr("Email: %1 is not an email address."), email))
                invalid.append(self.email_edit)
        joined = self.join_edit.text().strip() or None
        if joined:
            try:
                joined = parse_date(joined).isoformat()
            except FieldError:
                errors.append(fmt(self.tr("Join date: %1 is not a date (use YYYY-MM-DD)."), joined))
                invalid.append(self.join_edit)
        for edit in (self.name_edit, self.nickname_edit, self.phone_edit, self.email_edit, self.join_edit):
            edit.setStyleSheet(INVALID_STYLE if edit in invalid else "")
        member = Member(**{f.name: getattr(self.original, f.name) for f in dc_fields(Member)})
        member.display_name, member.nickname, member.phone, member.email = name, nickname, phone, email
        member.join_date = joined
        member.wechat_id = self.wechat_edit.text().strip() or None
        member.source_channel = self.source_edit.text().strip()
        member.status = self.status_combo.currentData()
        member.tier = self.tier_edit.text().strip()
        member.notes = self.notes_edit.toPlainText()
        member.sub_communities = split_list(self.groups_edit.text())
        member.tags = split_list(self.tags_edit.text())
        member.roles = [role for role in ROLES if self.role_boxes[role].isChecked()]
        member.identities = self.identities()
        member.custom = dict(self.original.custom)
        return member, errors

    def _show_errors(self, errors: list[str]) -> None:
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        member, errors = self.read_form()
        self._show_errors(errors)
        if errors:
            return
        self._write(member)

    def _write(self, member: Member) -> None:
        def write() -> None:
            if member.id is None:
                self.member_id = members_model.create_member(self.db, member)
            else:
                members_model.save_member(self.db, member)

        def written() -> None:
            self.saved.emit(self.member_id)
            self.accept()

        self.saver.run(write, on_written=written, on_conflict=lambda exc: self._ask_conflict(exc, member),
                       on_error=lambda exc: self._identity_taken(exc, member),
                       gone=self.tr("This member no longer exists in the file; the edit cannot be saved."))

    def _identity_taken(self, exc: Exception, member: Member) -> bool:
        if not isinstance(exc, sqlite3.IntegrityError) or "member_identities" not in str(exc):
            return False
        handles = "、".join(f"{self._platforms.get(p, p)}:{h}" for p, h in member.identities)
        self._show_errors([fmt(self.tr("A platform identity is already taken by another member (%1). "
                                       "Each platform handle can belong to one member only."), handles)])
        self.identity_table.setStyleSheet(INVALID_STYLE)
        self.pages.setCurrentIndex(1)
        return True

    # -- someone else saved meanwhile ---------------------------------------------------
    def _ask_conflict(self, exc: ConflictError, mine: Member) -> None:
        """Show base / theirs / mine field by field; the choice is saved again (version-checked)."""
        try:
            theirs = members_model.get_member(self.db, self.member_id)
        except RowMissingError:
            self._show_errors([self.tr("This member no longer exists in the file; the edit cannot be saved.")])
            return
        comparison = Comparison(_values(self.original), _values(theirs), _values(mine), EDITED)
        who, when = who_and_when(exc)
        self.conflict_dialog = ask_merge(
            self, comparison, fmt(self.tr("This member was changed by %1 at %2 while you were editing."), who, when),
            label=self._field_label, text=self._value_text, theirs_by=who, keep_theirs=self.load,
            save=lambda values: self._save_merged(theirs, values), closed=self._conflict_closed)

    def _save_merged(self, theirs: Member, values: dict) -> None:
        """Show the chosen values over their version, then save them at their version."""
        merged = copy.deepcopy(theirs)
        for name, value in values.items():
            setattr(merged, name, copy.deepcopy(value))
        self._show_member(merged)
        self.original = theirs
        self._write(merged)


def _values(member: Member) -> dict:
    """The edited fields in comparable form (lists sorted)."""
    relations = member.relations()
    return {name: relations[name] if name in RELATIONS else getattr(member, name) for name in EDITED}


def _pair_table(name: str, first: str, second: str) -> QTableWidget:
    """A two-column table whose second column takes the spare width."""
    table = QTableWidget(0, 2)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([first, second])
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    return table

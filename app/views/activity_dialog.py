"""Add or edit one activity: plan, budget, goals, invited tiers; a new one can start with its format's
checklist. Versioned save (a teammate's newer save is compared field by field); the change history on its own
page."""
from __future__ import annotations

from dataclasses import asdict, fields as dc_fields
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPlainTextEdit, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from app.models import activities as am
from app.models import lifecycle as lm
from app.models import members as members_model
from app.models.activities import Activity
from app.models.content import utc_text
from app.models.database import Database
from app.models.errors import ConflictError, RowMissingError
from app.services.activity_templates import template_tasks
from app.services.merge import Comparison
from app.views.activity_labels import (FORMAT_LABELS, MODE_LABELS, STATUS_LABELS, format_label, labels, mode_label,
                                       status_label)
from app.views.conflict import MergingEditor, ask_merge, who_and_when
from app.views.content_item_dialog import from_qdatetime, next_hour, to_qdatetime
from app.views.dialog_parts import SaveRunner, error_label, save_cancel_buttons
from app.views.history_view import HistoryView
from app.views.i18n import fmt
from app.views.locale_format import money
from app.views.member_table_model import local_time

NO_MONEY = -0.01          # a budget spin box at its minimum shows "—": not set
MAX_YUAN = 100_000_000
MAX_COUNT = 10_000_000
EDITED_FIELDS = [f.name for f in dc_fields(Activity) if f.name not in ("id", "uid", "deleted_at", "version")]


def language() -> str:
    """'zh' when the interface speaks Chinese (templates' titles follow it), else 'en'."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def _money_spin(name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setDecimals(2)
    spin.setRange(NO_MONEY, MAX_YUAN)
    spin.setSpecialValueText("—")
    spin.setGroupSeparatorShown(True)
    spin.setPrefix("¥ ")
    return spin


def _count_spin(name: str, none_text: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, MAX_COUNT)
    spin.setSpecialValueText(none_text)
    spin.setGroupSeparatorShown(True)
    return spin


class ActivityDialog(MergingEditor, QDialog):
    saved = Signal(int)   # the activity id, after a successful save

    def __init__(self, db: Database, activity_id: int | None = None, parent: QWidget | None = None, *,
                 starts_at: datetime | None = None):
        super().__init__(parent)
        self.setObjectName("ActivityDialog")
        self.db = db
        self.activity_id = activity_id
        self.original = Activity()
        self.setWindowTitle(self.tr("New activity") if activity_id is None else self.tr("Edit activity"))
        self.resize(680, 720)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("activityVersion")
        layout.addWidget(self.header)
        self.pages = QTabWidget()
        self.pages.addTab(self._plan_page(), self.tr("Plan"))
        self.pages.addTab(self._goals_page(), self.tr("Budget and goals"))
        self.history_view = HistoryView("activity", self.tr("No changes are logged for this activity yet."),
                                        db=self.db, table="activities", record_id=lambda: self.activity_id)
        self.history_view.restored.connect(lambda _change: (self.load(), self.saved.emit(self.activity_id)))
        self.pages.addTab(self.history_view, self.tr("History"))
        layout.addWidget(self.pages, 1)
        self.template_box = QCheckBox(self.tr("Start with the usual checklist for this format"))
        self.template_box.setObjectName("activityTemplate")
        self.template_box.setChecked(True)
        self.template_box.setVisible(activity_id is None)
        layout.addWidget(self.template_box)
        self.errors = error_label("activityErrors")
        layout.addWidget(self.errors)
        self.buttons = save_cancel_buttons(self, "saveActivity", "cancelActivity")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.saver = SaveRunner(self, db, self.buttons, show_errors=self._show_errors)
        layout.addWidget(self.saver.label)
        layout.addWidget(self.buttons)
        if activity_id is None:
            start = (starts_at or next_hour()).astimezone()
            self._show(Activity(owner=db.operator, starts_at=utc_text(start), ends_at=utc_text(start + timedelta(hours=2))))
        else:
            self.load()

    # -- construction -------------------------------------------------------------------
    def _plan_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("activityName")
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("activityMode")
        for code, text in labels(MODE_LABELS).items():
            self.mode_combo.addItem(text, code)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("activityFormat")
        self.format_combo.setEditable(True)
        self.format_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.format_combo.setToolTip(self.tr("Pick a format, or type your own."))
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("activitySubCommunity")
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("activityOwner")
        self.start_edit = self._time_edit("activityStart")
        self.end_edit = self._time_edit("activityEnd")
        self.start_edit.dateTimeChanged.connect(self._start_moved)
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("activityPlace")
        self.place_edit.setPlaceholderText(self.tr("Address or venue (offline)"))
        self.link_edit = QLineEdit()
        self.link_edit.setObjectName("activityLink")
        self.link_edit.setPlaceholderText(self.tr("Live room or meeting link (online)"))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("activityStatus")
        for code, text in labels(STATUS_LABELS).items():
            self.status_combo.addItem(text, code)
        self.review_edit = QPlainTextEdit()
        self.review_edit.setObjectName("activityReview")
        self.review_edit.setPlaceholderText(self.tr("What worked, what to change next time"))
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Type:"), self.mode_combo)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Sub-community:"), self.group_combo)
        form.addRow(self.tr("Owner:"), self.owner_edit)
        form.addRow(self.tr("Starts:"), self.start_edit)
        form.addRow(self.tr("Ends:"), self.end_edit)
        form.addRow(self.tr("Place:"), self.place_edit)
        form.addRow(self.tr("Link:"), self.link_edit)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Review note:"), self.review_edit)
        return page

    def _goals_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.capacity_spin = _count_spin("activityCapacity", self.tr("No limit"))
        self.planned_spin = _money_spin("activityBudgetPlanned")
        self.actual_spin = _money_spin("activityBudgetActual")
        self.goal_spins = {name: _count_spin(f"activity{name.title().replace('_', '')}", "—")
                           for name in am.GOAL_FIELDS}
        self.tiers_list = QListWidget()
        self.tiers_list.setObjectName("activityInvitedTiers")
        self.tiers_list.setToolTip(self.tr("Tick the tiers this activity invites; the results show their show-up."))
        form.addRow(self.tr("Capacity:"), self.capacity_spin)
        form.addRow(self.tr("Budget planned:"), self.planned_spin)
        form.addRow(self.tr("Budget spent:"), self.actual_spin)
        form.addRow(self.tr("Goal, registrations:"), self.goal_spins["goal_registrations"])
        form.addRow(self.tr("Goal, attendance:"), self.goal_spins["goal_attendance"])
        form.addRow(self.tr("Goal, conversions:"), self.goal_spins["goal_conversions"])
        form.addRow(self.tr("Invited tiers:"), self.tiers_list)
        return page

    def _time_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        return edit

    def _start_moved(self, new_start: QDateTime) -> None:
        """Moving the start keeps the planned length (the end follows)."""
        if self._last_start is not None:
            shift = self._last_start.secsTo(new_start)
            self.end_edit.setDateTime(self.end_edit.dateTime().addSecs(shift))
        self._last_start = new_start

    # -- reading ------------------------------------------------------------------------
    def load(self) -> None:
        self._show(am.get_activity(self.db, self.activity_id))

    def _show(self, activity: Activity) -> None:
        self.original = activity
        self.name_edit.setText(activity.name)
        self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(activity.mode), 0))
        self.format_combo.clear()
        for code, text in labels(FORMAT_LABELS).items():
            self.format_combo.addItem(text, code)
        index = self.format_combo.findData(activity.format)
        if index >= 0:
            self.format_combo.setCurrentIndex(index)
        else:
            self.format_combo.setEditText(activity.format)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("None"), None)
        for group_id, name in members_model.sub_community_names(self.db):
            self.group_combo.addItem(name, group_id)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(activity.sub_community_id), 0))
        self.owner_edit.setText(activity.owner)
        self._last_start = None
        self.start_edit.setDateTime(to_qdatetime(activity.starts_at))
        self.end_edit.setDateTime(to_qdatetime(activity.ends_at))
        self._last_start = self.start_edit.dateTime()
        self.place_edit.setText(activity.place)
        self.link_edit.setText(activity.link)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(activity.status), 0))
        self.review_edit.setPlainText(activity.review_note)
        self.capacity_spin.setValue(activity.capacity or 0)
        self.planned_spin.setValue(NO_MONEY if activity.budget_planned_fen is None else activity.budget_planned_fen / 100)
        self.actual_spin.setValue(NO_MONEY if activity.budget_actual_fen is None else activity.budget_actual_fen / 100)
        for name, spin in self.goal_spins.items():
            spin.setValue(getattr(activity, name) or 0)
        self.tiers_list.clear()
        ladder = [t.name for t in lm.get_ladder(self.db)]
        for name in ladder + [t for t in activity.invited_tiers if t not in ladder]:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in activity.invited_tiers else Qt.CheckState.Unchecked)
            self.tiers_list.addItem(item)
        self._show_errors([])
        if activity.id is None:
            self.header.setText(self.tr("A new activity: a name, a start and an end are required."))
        else:
            row = self.db.get_row("activities", activity.id)
            self.header.setText(fmt(self.tr("#%1 · version %2 · last changed by %3 at %4"), activity.id,
                                    activity.version, row["updated_by"], local_time(row["updated_at"])))
        self._show_history()

    def _show_history(self) -> None:
        entries = list(reversed(am.activity_history(self.db, self.activity_id))) if self.activity_id else []
        self.history_view.show_rows([(local_time(e["at"]), e["operator"], e["action"],
                                      _change_text(e["before"], e["after"])) for e in entries])

    def read_form(self) -> tuple[Activity, list[str]]:
        activity = Activity(**asdict(self.original))
        errors = []
        activity.name = self.name_edit.text().strip()
        if not activity.name:
            errors.append(self.tr("Enter a name."))
        activity.mode = self.mode_combo.currentData()
        format_text = self.format_combo.currentText().strip()
        index = self.format_combo.findText(format_text, Qt.MatchFlag.MatchExactly)
        activity.format = self.format_combo.itemData(index) if index >= 0 else format_text
        if not format_text:
            errors.append(self.tr("Enter a format."))
        activity.sub_community_id = self.group_combo.currentData()
        activity.owner = self.owner_edit.text().strip()
        activity.starts_at = from_qdatetime(self.start_edit.dateTime())
        activity.ends_at = from_qdatetime(self.end_edit.dateTime())
        if activity.ends_at <= activity.starts_at:
            errors.append(self.tr("The activity ends before it starts: move the end after the start."))
        activity.place = self.place_edit.text().strip()
        activity.link = self.link_edit.text().strip()
        activity.status = self.status_combo.currentData()
        activity.review_note = self.review_edit.toPlainText()
        activity.capacity = self.capacity_spin.value() or None
        activity.budget_planned_fen = _fen(self.planned_spin.value())
        activity.budget_actual_fen = _fen(self.actual_spin.value())
        for name, spin in self.goal_spins.items():
            setattr(activity, name, spin.value() or None)
        activity.invited_tiers = [self.tiers_list.item(i).text() for i in range(self.tiers_list.count())
                                  if self.tiers_list.item(i).checkState() == Qt.CheckState.Checked]
        return activity, errors

    def _show_errors(self, errors: list[str]) -> None:
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        activity, errors = self.read_form()
        self._show_errors(errors)
        if errors:
            return
        registered = 0
        if activity.id is not None:
            counts = am.registration_counts(self.db, activity.id)
            registered = sum(n for status, n in counts.items() if status != "cancelled")
        if activity.capacity is not None and registered > activity.capacity:
            answer = QMessageBox.question(
                self, self.tr("Save anyway?"),
                fmt(self.tr("%1 members are registered, more than the capacity of %2.\n\nSave anyway?"),
                    registered, activity.capacity),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._write(activity)

    def _write(self, activity: Activity) -> None:
        def write() -> None:
            if activity.id is None:
                start_day = to_qdatetime(activity.starts_at).date().toPython()
                tasks = template_tasks(activity.format, start_day, language()) if self.template_box.isChecked() else []
                self.activity_id = am.create_activity(self.db, activity, tasks)
            else:
                am.save_activity(self.db, activity)

        def written() -> None:
            self.saved.emit(self.activity_id)
            self.accept()

        self.saver.run(write, on_written=written, on_conflict=lambda exc: self._ask_conflict(exc, activity),
                       gone=self.tr("This activity no longer exists in the file; the edit cannot be saved."))

    # -- someone else saved meanwhile ---------------------------------------------------
    def _ask_conflict(self, exc: ConflictError, mine: Activity) -> None:
        """Show base / theirs / mine field by field; the choice is saved again (version-checked)."""
        try:
            theirs = am.get_activity(self.db, self.activity_id)
        except RowMissingError:
            self._show_errors([self.tr("This activity no longer exists in the file; the edit cannot be saved.")])
            return
        comparison = Comparison(asdict(self.original), asdict(theirs), asdict(mine), EDITED_FIELDS)
        groups = dict(members_model.sub_community_names(self.db))
        who, when = who_and_when(exc)
        self.conflict_dialog = ask_merge(
            self, comparison, fmt(self.tr("This activity was changed by %1 at %2 while you were editing."), who, when),
            label=self._field_label, text=lambda key, value: self._field_text(key, value, groups), theirs_by=who,
            keep_theirs=self.load, save=lambda values: self._save_merged(theirs, values),
            closed=self._conflict_closed)

    def _save_merged(self, theirs: Activity, values: dict) -> None:
        """Show the chosen values over their version, then save them at their version."""
        merged = Activity(**{**asdict(theirs), **values})
        self._show(merged)
        self.original = theirs
        self._write(merged)

    def _field_label(self, key: str) -> str:
        return {"name": self.tr("Name"), "mode": self.tr("Type"), "format": self.tr("Format"),
                "sub_community_id": self.tr("Sub-community"), "owner": self.tr("Owner"),
                "starts_at": self.tr("Starts"), "ends_at": self.tr("Ends"), "place": self.tr("Place"),
                "link": self.tr("Link"), "capacity": self.tr("Capacity"),
                "budget_planned_fen": self.tr("Budget planned"), "budget_actual_fen": self.tr("Budget spent"),
                "goal_registrations": self.tr("Goal, registrations"), "goal_attendance": self.tr("Goal, attendance"),
                "goal_conversions": self.tr("Goal, conversions"), "invited_tiers": self.tr("Invited tiers"),
                "status": self.tr("Status"), "review_note": self.tr("Review note")}.get(key, key)

    def _field_text(self, key: str, value, groups: dict[int, str]) -> str:
        """A value as the form shows it."""
        if value is None or value == "" or value == []:
            return "∅"
        if key == "mode":
            return mode_label(value)
        if key == "status":
            return status_label(value)
        if key == "sub_community_id":
            return groups.get(value, f"#{value}")
        if key.endswith("_fen"):
            return money(value)
        if key == "invited_tiers":
            return "、".join(value)
        return _value_text(key, value)


def _fen(value: float) -> int | None:
    return None if value < 0 else round(value * 100)


def _change_text(before: dict | None, after: dict | None) -> str:
    before, after = before or {}, after or {}
    lines = []
    for key in dict.fromkeys([*before, *after]):
        if key == "uid":
            continue
        new = _value_text(key, after.get(key))
        lines.append(f"{key}: {_value_text(key, before[key])} → {new}" if key in before else f"{key}: {new}")
    return "\n".join(lines)


def _value_text(key: str, value) -> str:
    if value is None or value == "":
        return "∅"
    if key.endswith("_at") and isinstance(value, str):
        return local_time(value)
    if key == "format":
        return format_label(value)
    return str(value)

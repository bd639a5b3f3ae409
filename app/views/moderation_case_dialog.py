"""Open a case by hand (a member's report or the operator's own observation), or edit an open one.

The member concerned and the reporter are picked by searching the roster; the reporter may also be
a name typed as it is (someone not on the roster). The message time is edited in the tab's zone and
stored as UTC text; the deadline line follows the level as it is changed. Saving an edited case is
versioned: a teammate's newer save is compared field by field (keep theirs, take mine or merge).
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Callable

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QTabWidget, QVBoxLayout,
                               QWidget)

from app.models import members as members_model
from app.models import moderation as mod
from app.models.content import parse_utc, utc_text
from app.models.database import Database
from app.models.errors import ConflictError, RowMissingError
from app.models.schema import PLATFORMS
from app.services.checkin_import import find_members
from app.services.merge import Comparison
from app.services.metrics import zone
from app.views.checkin_review_model import member_label
from app.views.conflict import MergingEditor, ask_merge, who_and_when
from app.views.content_item_dialog import swatch
from app.views.dialog_parts import SaveRunner, error_label, save_cancel_buttons
from app.views.history_view import HistoryView
from app.views.i18n import fmt
from app.views.key_handlers import RETURN_KEYS, KeyHandlers, on_return
from app.views.locale_format import date_time, time_text
from app.views.member_dialog import platform_labels
from app.views.moderation_labels import (ACTION_LABELS, CATEGORY_LABELS, LEVEL_COLORS, LEVEL_LABELS, SOURCE_LABELS,
                                         STATUS_LABELS, countdown, label)
from app.views.roster_search import roster_search_edit

MEMBER_ROLE = Qt.ItemDataRole.UserRole
SEARCH_LIMIT = 20
INVALID_STYLE = "border: 1px solid #d9534f;"
MANUAL_SOURCES = ("report", "observation")


# -- local time in a zone <-> stored UTC text -------------------------------------------------
def to_local_qdatetime(moment: datetime, tz) -> QDateTime:
    """An aware moment as the wall-clock time in *tz* (what the date-time edit shows)."""
    local = moment.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_local_qdatetime(moment: QDateTime, tz) -> str:
    """The wall-clock time shown in the edit, read in *tz*, as stored UTC text."""
    day, clock = moment.date(), moment.time()
    local = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=tz)
    return utc_text(local)


def local_text(stamp: str | None, tz, with_date: bool = True) -> str:
    if not stamp:
        return ""
    moment = parse_utc(stamp)
    return date_time(moment, tz) if with_date else time_text(moment.astimezone(tz))


def hours_text(hours: float) -> str:
    return f"{hours:g}"


# -- picking a member from the roster -----------------------------------------------------------
class MemberPicker(QWidget):
    """A roster search with its matches below it; clicking a match picks that member. Typing again
    drops the pick. What is typed without a pick is available as free text (typed_name)."""
    changed = Signal()

    def __init__(self, db: Database, name: str, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.member_id: int | None = None
        self._picked_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = roster_search_edit(self, f"{name}Search", placeholder, self.search)
        self.edit.textEdited.connect(self._typed)
        layout.addWidget(self.edit)
        self.found = QListWidget()
        self.found.setObjectName(f"{name}Matches")
        self.found.setMaximumHeight(110)
        self.found.itemClicked.connect(self.pick_item)
        self.found.itemActivated.connect(self.pick_item)
        self.found.hide()
        layout.addWidget(self.found)
        # Keyboard: Down goes to the matches, Return picks one (never the dialog's Save).
        KeyHandlers(self.edit, {Qt.Key.Key_Down: self._focus_matches,
                                **{key: self.pick_current for key in RETURN_KEYS}})
        on_return(self.found, self.pick_current)

    def _focus_matches(self) -> bool:
        if not self.found.isVisible():
            return False
        self.found.setFocus()
        return True

    def pick_current(self) -> None:
        item = self.found.currentItem() if self.found.isVisible() else None
        if item is not None:
            self.pick_item(item)

    def set_member(self, member_id: int | None, text: str = "") -> None:
        """Show *member_id* as picked (None: nothing picked, *text* typed)."""
        if member_id is not None and not text:
            try:
                member = members_model.get_member(self.db, member_id)
                text = member_label(member_id, member.display_name, member.nickname)
            except RowMissingError:   # a member removed since: shown by number
                text = fmt(self.tr("member #%1"), member_id)
        self.member_id = member_id
        self._picked_text = text if member_id is not None else ""
        self.edit.setText(text)
        self.edit.setStyleSheet("")
        self.found.hide()

    def typed_name(self) -> str:
        return "" if self.member_id is not None else self.edit.text().strip()

    def _typed(self, _text: str) -> None:
        self.edit.setStyleSheet("")
        if self.member_id is not None:
            self.member_id = None
            self.changed.emit()

    def search(self) -> None:
        text = self.edit.text().strip()
        self.found.clear()
        if not text or (self.member_id is not None and text == self._picked_text):
            self.found.hide()
            return
        for candidate in find_members(self.db, text, SEARCH_LIMIT):
            item = QListWidgetItem(member_label(candidate.member_id, candidate.display_name,
                                                candidate.nickname))
            item.setData(MEMBER_ROLE, candidate.member_id)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)
        else:
            self.found.addItem(self.tr("No member matches."))
        self.found.show()

    def pick_item(self, item: QListWidgetItem) -> None:
        member_id = item.data(MEMBER_ROLE)
        if member_id is None:
            return
        self.set_member(member_id, item.text())
        self.changed.emit()


# -- the dialog ---------------------------------------------------------------------------------
class CaseDialog(MergingEditor, QDialog):
    saved = Signal(int)   # the case id, after a successful save

    def __init__(self, db: Database, case: mod.Case | None, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None, tz=None):
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self.db = db
        self.clock = clock or (lambda: parse_utc(db.clock()))
        self.tz = tz or zone(None)
        self.config = mod.get_config(db)
        self.case_id: int | None = case.id if case else None
        self.original = mod.Case()            # as read from the file: what the edits are measured against
        self._shown_message_at: str | None = None   # the message time as first shown, and as stored
        self._stored_message_at: str | None = None
        self.setWindowTitle(self.tr("New case") if case is None or case.id is None else
                            fmt(self.tr("Case #%1"), case.id))
        self.resize(620, 660)

        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("caseVersion")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.pages = QTabWidget()
        self.pages.setObjectName("casePages")
        self.pages.addTab(self._details_page(), self.tr("Details"))
        self.history_view: HistoryView | None = None
        if self.case_id is not None:
            self.history_view = HistoryView("case", self.tr("No changes are logged for this case yet."), db=self.db,
                                            table="moderation_cases", record_id=lambda: self.case_id)
            self.history_view.restored.connect(lambda _change: (self.load(), self.saved.emit(self.case_id)))
            self.pages.addTab(self.history_view, self.tr("History"))
        layout.addWidget(self.pages, 1)
        self.errors = error_label("caseErrors")
        layout.addWidget(self.errors)
        self.buttons = save_cancel_buttons(self, "saveCase", "cancelCase")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.saver = SaveRunner(self, db, self.buttons, show_errors=self._show_errors)
        layout.addWidget(self.saver.label)
        layout.addWidget(self.buttons)

        if self.case_id is None:
            self._show_case(case or mod.Case(source="report", category=self.config["categories"][0]))
        else:
            self.load()

    # -- construction -------------------------------------------------------------------
    def _details_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("caseSource")
        for source in MANUAL_SOURCES:
            self.source_combo.addItem(label(SOURCE_LABELS, source), source)
        self.source_label = QLabel()
        self.source_label.setObjectName("caseSourceText")
        self.member_picker = MemberPicker(self.db, "caseMember",
                                          self.tr("Search the roster: name, nickname, phone or handle"))
        self.reporter_picker = MemberPicker(self.db, "caseReporter",
                                            self.tr("Optional: search the roster, or type the reporter's name"))
        self.reporter_picker.edit.setToolTip(self.tr("Pick a member from the matches, or leave the typed name "
                                                     "for someone who is not on the roster."))
        self.excerpt_edit = QPlainTextEdit()
        self.excerpt_edit.setObjectName("caseExcerpt")
        self.excerpt_edit.setPlaceholderText(self.tr("The message or content, as it was posted"))
        self.excerpt_edit.textChanged.connect(lambda: self.excerpt_edit.setStyleSheet(""))
        self.message_time_edit = QDateTimeEdit()
        self.message_time_edit.setObjectName("caseMessageAt")
        self.message_time_edit.setCalendarPopup(True)
        self.message_time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.platform_combo = QComboBox()
        self.platform_combo.setObjectName("casePlatform")
        self.platform_combo.addItem(self.tr("Unknown"), "")
        names = platform_labels()
        for code in PLATFORMS:
            self.platform_combo.addItem(names.get(code, code), code)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("caseCategory")
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("caseLevel")
        for level in mod.LEVELS:
            self.level_combo.addItem(swatch(LEVEL_COLORS[level]), label(LEVEL_LABELS, level), level)
        self.level_combo.currentIndexChanged.connect(lambda _i: self._refresh_due())
        self.due_label = QLabel()
        self.due_label.setObjectName("caseDue")
        self.rule_combo = QComboBox()
        self.rule_combo.setObjectName("caseRule")
        self.assignee_combo = QComboBox()
        self.assignee_combo.setObjectName("caseAssignee")
        self.assignee_combo.setEditable(True)
        self.assignee_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.assignee_combo.lineEdit().setPlaceholderText(self.tr("Unassigned"))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("caseNote")
        self.decision_label = QLabel()
        self.decision_label.setObjectName("caseDecision")
        self.decision_label.setWordWrap(True)

        source_row = QHBoxLayout()          # the choice for a new case, the source as text otherwise
        source_row.addWidget(self.source_combo, 1)
        source_row.addWidget(self.source_label, 1)
        form.addRow(self.tr("Source:"), source_row)
        form.addRow(self.tr("Member concerned:"), self.member_picker)
        form.addRow(self.tr("Reported by:"), self.reporter_picker)
        form.addRow(self.tr("Excerpt:"), self.excerpt_edit)
        form.addRow(self.tr("Message time:"), self.message_time_edit)
        form.addRow(self.tr("Platform:"), self.platform_combo)
        form.addRow(self.tr("Category:"), self.category_combo)
        form.addRow(self.tr("Alert level:"), self.level_combo)
        form.addRow("", self.due_label)
        form.addRow(self.tr("Rule broken:"), self.rule_combo)
        form.addRow(self.tr("Assignee:"), self.assignee_combo)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow("", self.decision_label)
        return page

    # -- showing a case -----------------------------------------------------------------
    def load(self) -> None:
        """(Re-)read the case from the file into the form; edits in the form are replaced."""
        self._show_case(mod.get_case(self.db, self.case_id))

    def _show_case(self, case: mod.Case) -> None:
        self.original = case
        self.config = mod.get_config(self.db)
        manual = case.id is None and case.source in MANUAL_SOURCES
        self.source_combo.setVisible(manual)
        self.source_combo.setCurrentIndex(max(self.source_combo.findData(case.source), 0))
        self.source_label.setVisible(not manual)
        self.source_label.setText(label(SOURCE_LABELS, case.source))
        self.member_picker.set_member(case.member_id)
        self.reporter_picker.set_member(case.reporter_id, "" if case.reporter_id else case.reporter)
        self.excerpt_edit.setPlainText(case.excerpt)
        moment = parse_utc(case.message_at) if case.message_at else self.clock()
        self.message_time_edit.setDateTime(to_local_qdatetime(moment, self.tz))
        self._shown_message_at = from_local_qdatetime(self.message_time_edit.dateTime(), self.tz)
        self._stored_message_at = case.message_at
        self.platform_combo.setCurrentIndex(max(self.platform_combo.findData(case.platform or ""), 0))
        self._fill_categories(case.category)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(case.level), 0))
        self._fill_rules(case.rule_id)
        self.assignee_combo.clear()
        self.assignee_combo.addItems(sorted({*mod.assignees(self.db), self.db.operator} - {""}))
        self.assignee_combo.setEditText(case.assignee)
        self.note_edit.setText(case.note)
        self._show_decision(case)
        self._refresh_due()
        self._show_errors([])
        if case.id is None:
            self.header.setText(self.tr("A new case: the member concerned and the excerpt are required."))
        else:
            self.header.setText(fmt(self.tr("#%1 · %2 · version %3 · last changed by %4 at %5"), case.id,
                                    label(STATUS_LABELS, case.status), case.version, case.updated_by,
                                    local_text(case.updated_at, self.tz)))
            self._show_history()

    def _fill_categories(self, current: str) -> None:
        self.category_combo.clear()
        for code in self.config["categories"]:
            self.category_combo.addItem(label(CATEGORY_LABELS, code), code)
        if current and self.category_combo.findData(current) < 0:   # a category removed since, or a word's own
            self.category_combo.addItem(label(CATEGORY_LABELS, current), current)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(current), 0))

    def _fill_rules(self, current: int | None) -> None:
        self.rule_combo.clear()
        self.rule_combo.addItem(self.tr("No rule cited"), None)
        for rule in mod.list_rules(self.db):
            self.rule_combo.addItem(rule.label(), rule.id)
        self.rule_combo.setCurrentIndex(max(self.rule_combo.findData(current), 0))

    def _show_decision(self, case: mod.Case) -> None:
        if case.action is None and case.status not in mod.DECIDED_STATUSES:
            self.decision_label.hide()
            return
        parts = [label(STATUS_LABELS, case.status)]
        if case.action:
            parts.append(label(ACTION_LABELS, case.action))
        if case.decided_by:
            parts.append(fmt(self.tr("decided by %1 at %2"), case.decided_by, local_text(case.decided_at, self.tz)))
        self.decision_label.setText(" · ".join(parts))
        self.decision_label.show()

    def _show_history(self) -> None:
        entries = list(reversed(self.db.history("moderation_cases", self.case_id)))
        self.history_view.show_rows([(local_text(e["at"], self.tz), e["operator"], self._action_label(e["action"]),
                                      self._change_text(e["before"], e["after"])) for e in entries])

    def _action_label(self, action: str) -> str:
        return {"insert": self.tr("Opened"), "update": self.tr("Edited"), "claim": self.tr("Claimed"),
                "decide": self.tr("Decided"), "dismiss": self.tr("Dismissed"), "appeal": self.tr("Appealed"),
                "uphold": self.tr("Appeal upheld"), "overturn": self.tr("Appeal overturned")}.get(action, action)

    def _change_text(self, before: dict | None, after: dict | None) -> str:
        before, after = before or {}, after or {}
        lines = []
        for key in dict.fromkeys([*before, *after]):
            if key in ("hits", "created_at"):
                continue
            new = self._value_text(key, after.get(key))
            name = self._field_label(key)
            if key in before:
                lines.append(f"{name}: {self._value_text(key, before[key])} → {new}")
            elif new != "∅":
                lines.append(f"{name}: {new}")
        return "\n".join(lines)

    def _field_label(self, key: str) -> str:
        return {"source": self.tr("Source"), "event_id": self.tr("Message"), "excerpt": self.tr("Excerpt"),
                "message_at": self.tr("Message time"), "platform": self.tr("Platform"),
                "member_id": self.tr("Member"), "reporter_id": self.tr("Reporter"), "reporter": self.tr("Reporter"),
                "category": self.tr("Category"), "level": self.tr("Level"), "rule_id": self.tr("Rule"),
                "assignee": self.tr("Assignee"), "status": self.tr("Status"), "opened_at": self.tr("Opened"),
                "due_at": self.tr("Due"), "decided_at": self.tr("Decided at"), "decided_by": self.tr("Decided by"),
                "sla_breached": self.tr("SLA breached"), "action": self.tr("Action"),
                "mute_days": self.tr("Mute days"), "note": self.tr("Note"),
                "credit_delta": self.tr("Credit move")}.get(key, key)

    def _value_text(self, key: str, value) -> str:
        if value is None or value == "":
            return "∅"
        tables = {"level": LEVEL_LABELS, "status": STATUS_LABELS, "category": CATEGORY_LABELS,
                  "action": ACTION_LABELS, "source": SOURCE_LABELS}
        if key in tables:
            return label(tables[key], value)
        if key.endswith("_at"):
            return local_text(value, self.tz)
        return str(value)

    # -- the deadline line --------------------------------------------------------------
    def _refresh_due(self) -> None:
        level = self.level_combo.currentData()
        if level is None:
            return
        case, now = self.original, self.clock()
        hours = self.config["sla_hours"][level]
        if case.id is None:
            due = now + timedelta(hours=hours)
            text = fmt(self.tr("Due in %1 h — %2"), hours_text(hours), self._when(due, now))
        elif not case.is_open:
            text = fmt(self.tr("Decided; the deadline was %1"), local_text(case.due_at, self.tz))
        else:
            due = parse_utc(self.due_for(level))
            left, _overdue = countdown(utc_text(due), now)
            text = fmt(self.tr("Due %1 (%2)"), self._when(due, now), left)
        self.due_label.setText(text)

    def _when(self, due: datetime, now: datetime) -> str:
        local, today = due.astimezone(self.tz), now.astimezone(self.tz).date()
        return time_text(local) if local.date() == today else date_time(local, self.tz)

    def due_for(self, level: str) -> str:
        """The deadline an open case gets at *level*: its current SLA clock's start + the level's hours."""
        case = self.original
        if level == case.level:
            return case.due_at
        start = case.opened_at
        if case.status == "appealed":
            appeals = [e.at for e in mod.case_log(self.db, case.id) if e.kind == "appeal"]
            start = appeals[-1] if appeals else start
        return mod.due_at(start, level, self.config)

    # -- reading the form ---------------------------------------------------------------
    def read_form(self) -> tuple[mod.Case, list[str]]:
        case = mod.Case(**asdict(self.original))
        errors = []
        if case.id is None:
            case.source = self.source_combo.currentData()
        case.member_id = self.member_picker.member_id
        if case.member_id is None:
            self.member_picker.edit.setStyleSheet(INVALID_STYLE)
            errors.append(self.tr("Pick the member concerned from the roster matches."))
        case.reporter_id = self.reporter_picker.member_id
        case.reporter = self.reporter_picker.typed_name()
        if case.reporter_id is not None and case.reporter_id == case.member_id:
            errors.append(self.tr("The reporter and the member concerned are the same person."))
        case.excerpt = self.excerpt_edit.toPlainText().strip()
        if not case.excerpt:
            self.excerpt_edit.setStyleSheet(INVALID_STYLE)
            errors.append(self.tr("Enter the message or content excerpt."))
        shown = from_local_qdatetime(self.message_time_edit.dateTime(), self.tz)
        case.message_at = self._stored_message_at if shown == self._shown_message_at and case.id else shown
        case.platform = self.platform_combo.currentData()
        case.category = self.category_combo.currentData()
        case.level = self.level_combo.currentData()
        case.rule_id = self.rule_combo.currentData()
        case.assignee = self.assignee_combo.currentText().strip()
        case.note = self.note_edit.text().strip()
        return case, errors

    def _show_errors(self, errors: list[str]) -> None:
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        case, errors = self.read_form()
        self._show_errors(errors)
        if not errors:
            self._write(case)

    def _write(self, case: mod.Case) -> None:
        def write() -> None:
            if case.id is None:
                case.opened_at = utc_text(self.clock())
                self.case_id = mod.open_case(self.db, case)
            else:
                mod.save_case(self.db, case)

        def written() -> None:
            self.saved.emit(self.case_id)
            self.accept()

        self.saver.run(write, on_written=written, on_conflict=lambda exc: self._ask_conflict(exc, case),
                       gone=self.tr("This case no longer exists in the file; the edit cannot be saved."))

    # -- someone else saved meanwhile ---------------------------------------------------
    def _ask_conflict(self, exc: ConflictError, mine: mod.Case) -> None:
        """Show base / theirs / mine field by field; the choice is saved again (version-checked)."""
        try:
            theirs = mod.get_case(self.db, self.case_id)
        except RowMissingError:
            self._show_errors([self.tr("This case no longer exists in the file; the edit cannot be saved.")])
            return
        comparison = Comparison(asdict(self.original), asdict(theirs), asdict(mine), mod.EDITABLE)
        who, when = who_and_when(exc)
        self.conflict_dialog = ask_merge(
            self, comparison, fmt(self.tr("This case was changed by %1 at %2 while you were editing."), who, when),
            label=self._field_label, text=self._field_text, theirs_by=who, keep_theirs=self.load,
            save=lambda values: self._save_merged(theirs, values), closed=self._conflict_closed)

    def _save_merged(self, theirs: mod.Case, values: dict) -> None:
        """Show the chosen values over their version, then save them at their version."""
        merged = mod.Case(**{**asdict(theirs), **values})
        self._show_case(merged)
        self.original = theirs
        self._write(merged)

    def _field_text(self, key: str, value) -> str:
        """A value as the form shows it: members and rules by name."""
        if value is not None and key in ("member_id", "reporter_id"):
            try:
                member = members_model.get_member(self.db, value)
            except RowMissingError:
                return fmt(self.tr("member #%1"), value)
            return member_label(value, member.display_name, member.nickname)
        if value is not None and key == "rule_id":
            return next((rule.label() for rule in mod.list_rules(self.db) if rule.id == value), f"#{value}")
        if key == "platform" and value:
            return platform_labels().get(value, value)
        return self._value_text(key, value)

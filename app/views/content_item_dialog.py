"""Add or edit one content item: validated fields, versioned save with a conflict choice, the change history.

ItemBasics (title, channel, pillar, format, owner) is shared with the recurring-series dialog.
Times are stored as UTC text and edited here in the system's local time.
"""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QSpinBox,
                               QTabWidget, QVBoxLayout, QWidget)

from app.models import content
from app.models import members as members_model
from app.models.content import ITEM_FIELDS, RESULT_FIELDS, STATUSES, ContentItem
from app.models.database import Database
from app.models.errors import ConflictError, RowMissingError, UserError
from app.services.merge import Comparison
from app.views.content_labels import FORMAT_LABELS, format_label, labels, pillar_label, status_label
from app.views.conflict import MergingEditor, ask_merge, who_and_when
from app.views.history_view import HistoryView
from app.views.dialog_parts import SaveRunner, error_label, save_cancel_buttons
from app.views.i18n import error_text, fmt
from app.views.locale_format import percent
from app.views.member_table_model import local_time

INVALID_STYLE = "border: 1px solid #d9534f;"
MAX_DURATION = 7 * 24 * 60
MAX_RESULT = 2_000_000_000


# -- local time <-> stored UTC text ---------------------------------------------------------
def to_qdatetime(stamp: str) -> QDateTime:
    """Stored UTC text -> a QDateTime in the system's local zone."""
    return QDateTime.fromSecsSinceEpoch(int(content.parse_utc(stamp).timestamp()))


def from_qdatetime(moment: QDateTime) -> str:
    """A QDateTime (any zone) -> stored UTC text."""
    return content.utc_text(datetime.fromtimestamp(moment.toSecsSinceEpoch(), timezone.utc))


def next_hour(now: datetime | None = None) -> datetime:
    """The next whole local hour (a new item's suggested time)."""
    now = (now or datetime.now()).astimezone()
    return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


def swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def _editable_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)   # typed text is read on save, never added here
    return combo


def _exact_index(combo: QComboBox, text: str) -> int:
    for index in range(combo.count()):
        if combo.itemText(index) == text:
            return index
    return -1


class ItemBasics(QWidget):
    """Title, channel, pillar, format and owner: the fields the item and the series dialogs share."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("itemTitle")
        self.title_edit.textEdited.connect(lambda _t: self.title_edit.setStyleSheet(""))
        self.channel_combo = _editable_combo("itemChannel")
        self.channel_combo.setToolTip(self.tr("Pick a channel, or type a new name to add one."))
        self.pillar_combo = QComboBox()
        self.pillar_combo.setObjectName("itemPillar")
        self.format_combo = _editable_combo("itemFormat")
        self.format_combo.setToolTip(self.tr("Pick a format, or type your own."))
        self.owner_combo = _editable_combo("itemOwner")
        self.form.addRow(self.tr("Title:"), self.title_edit)
        self.form.addRow(self.tr("Channel:"), self.channel_combo)
        self.form.addRow(self.tr("Pillar:"), self.pillar_combo)
        self.form.addRow(self.tr("Format:"), self.format_combo)
        self.form.addRow(self.tr("Owner:"), self.owner_combo)

    # -- showing ------------------------------------------------------------------------
    def show_item(self, item: ContentItem) -> None:
        self.title_edit.setText(item.title)
        self.title_edit.setStyleSheet("")
        self.format_combo.setStyleSheet("")
        self._fill_channels(item.channel_id)
        self._fill_pillars(item.pillar_id)
        self.format_combo.clear()
        for code, label in labels(FORMAT_LABELS).items():
            self.format_combo.addItem(label, code)
        index = self.format_combo.findData(item.format)
        if index >= 0:
            self.format_combo.setCurrentIndex(index)
        else:
            self.format_combo.setEditText(item.format)
        self.owner_combo.clear()
        self.owner_combo.addItems(sorted({*content.owners(self.db), self.db.operator} - {""}))
        self.owner_combo.setEditText(item.owner)

    def _fill_channels(self, current: int | None) -> None:
        self.channel_combo.clear()
        self.channel_combo.addItem(self.tr("No channel"), None)
        for channel in content.list_channels(self.db, include_archived=True):
            if not channel.archived or channel.id == current:
                self.channel_combo.addItem(channel.name, channel.id)
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(current), 0))

    def _fill_pillars(self, current: int | None) -> None:
        self.pillar_combo.clear()
        self.pillar_combo.addItem(self.tr("No pillar"), None)
        for pillar in content.list_pillars(self.db, include_archived=True):
            if not pillar.archived or pillar.id == current:
                self.pillar_combo.addItem(swatch(pillar.color), pillar_label(pillar), pillar.id)
        self.pillar_combo.setCurrentIndex(max(self.pillar_combo.findData(current), 0))

    # -- reading ------------------------------------------------------------------------
    def read_into(self, item: ContentItem) -> tuple[str | None, list[str]]:
        """Put the fields into *item*; returns a new channel name typed (or None) and the problems found."""
        errors = []
        item.title = self.title_edit.text().strip()
        self.title_edit.setStyleSheet("" if item.title else INVALID_STYLE)
        if not item.title:
            errors.append(self.tr("Enter a title."))
        new_channel = None
        channel_text = self.channel_combo.currentText().strip()
        index = _exact_index(self.channel_combo, channel_text)
        if not channel_text:
            item.channel_id = None
        elif index >= 0:
            item.channel_id = self.channel_combo.itemData(index)
        else:
            item.channel_id, new_channel = None, channel_text
        item.pillar_id = self.pillar_combo.currentData()
        format_text = self.format_combo.currentText().strip()
        index = _exact_index(self.format_combo, format_text)
        item.format = self.format_combo.itemData(index) if index >= 0 else format_text
        self.format_combo.setStyleSheet("" if format_text else INVALID_STYLE)
        if not format_text:
            errors.append(self.tr("Enter a format."))
        item.owner = self.owner_combo.currentText().strip()
        return new_channel, errors


def resolve_channel(db: Database, item: ContentItem, new_channel: str | None) -> None:
    """Create the channel typed in the dialog (inside the caller's transaction) and point *item* at it."""
    if new_channel:
        item.channel_id = content.channel_id(db, new_channel)


class ContentItemDialog(MergingEditor, QDialog):
    saved = Signal(int)   # the item id, after a successful save

    def __init__(self, db: Database, item_id: int | None = None, parent: QWidget | None = None, *,
                 planned_at: str | None = None, hot_topic_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("ContentItemDialog")
        self.db = db
        self.item_id = item_id
        self.original = ContentItem()      # as read from the file: what the edits are measured against
        self.setWindowTitle(self.tr("New content item") if item_id is None else self.tr("Edit content item"))
        self.resize(640, 620)

        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("itemVersion")
        layout.addWidget(self.header)
        self.pages = QTabWidget()
        self.pages.setObjectName("itemPages")
        self.pages.addTab(self._details_page(), self.tr("Details"))
        self.pages.addTab(self._history_page(), self.tr("History"))
        layout.addWidget(self.pages, 1)
        self.errors = error_label("itemErrors")
        layout.addWidget(self.errors)
        self.buttons = save_cancel_buttons(self, "saveItem", "cancelItem")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.saver = SaveRunner(self, db, self.buttons, show_errors=self._show_errors)
        layout.addWidget(self.saver.label)
        layout.addWidget(self.buttons)

        if item_id is None:
            self._show_item(ContentItem(planned_at=planned_at, owner=db.operator, hot_topic_id=hot_topic_id,
                                        status="drafting" if planned_at else "idea"))
        else:
            self.load()

    # -- construction -------------------------------------------------------------------
    def _details_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.basics = ItemBasics(self.db)
        layout.addWidget(self.basics)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("itemBody")
        self.body_edit.setPlaceholderText(self.tr("Draft, outline or notes"))
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("itemSubCommunity")
        self.no_date_box = QCheckBox(self.tr("No date (idea backlog)"))
        self.no_date_box.setObjectName("itemNoDate")
        self.no_date_box.toggled.connect(self._no_date_toggled)
        self.planned_edit = QDateTimeEdit()
        self.planned_edit.setObjectName("itemPlannedAt")
        self.planned_edit.setCalendarPopup(True)
        self.planned_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("itemDuration")
        self.duration_spin.setRange(1, MAX_DURATION)
        self.duration_spin.setSuffix(self.tr(" min"))
        when = QHBoxLayout()
        when.addWidget(self.planned_edit, 1)
        when.addWidget(QLabel(self.tr("Duration:")))
        when.addWidget(self.duration_spin)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("itemStatus")
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        form.addRow(self.tr("Sub-community:"), self.group_combo)
        form.addRow("", self.no_date_box)
        form.addRow(self.tr("Planned for:"), when)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Body / notes:"), self.body_edit)
        layout.addLayout(form, 1)
        layout.addWidget(self._results_group())
        return page

    def _results_group(self) -> QGroupBox:
        self.results_group = QGroupBox(self.tr("Results"))
        self.results_group.setObjectName("itemResults")
        self.results_group.setCheckable(True)
        self.results_group.setToolTip(self.tr("Tick to record the reads and reactions this item got."))
        grid = QFormLayout(self.results_group)
        titles = {"reads": self.tr("Reads:"), "comments": self.tr("Comments:"), "likes": self.tr("Likes:"),
                  "shares": self.tr("Shares:")}
        self.result_spins: dict[str, QSpinBox] = {}
        for name in RESULT_FIELDS:
            spin = QSpinBox()
            spin.setObjectName(f"item{name.capitalize()}")
            spin.setRange(0, MAX_RESULT)
            spin.setGroupSeparatorShown(True)
            spin.valueChanged.connect(self._refresh_rates)
            self.result_spins[name] = spin
            grid.addRow(titles[name], spin)
        self.interaction_rate_label = QLabel("—")
        self.interaction_rate_label.setObjectName("itemInteractionRate")
        self.share_rate_label = QLabel("—")
        self.share_rate_label.setObjectName("itemShareRate")
        grid.addRow(self.tr("Interaction rate:"), self.interaction_rate_label)
        grid.addRow(self.tr("Share rate:"), self.share_rate_label)
        self.results_group.toggled.connect(self._refresh_rates)
        return self.results_group

    def _history_page(self) -> QWidget:
        self.history_view = HistoryView("item", self.tr("No changes are logged for this item yet."), db=self.db,
                                        table="content_items", record_id=lambda: self.item_id)
        self.history_view.restored.connect(lambda _change: (self.load(), self.saved.emit(self.item_id)))
        self.history = self.history_view.table
        return self.history_view

    def _no_date_toggled(self, checked: bool) -> None:
        self.planned_edit.setEnabled(not checked)

    def _refresh_rates(self, *_args) -> None:
        probe = ContentItem(**self._results())
        self.interaction_rate_label.setText(percent(probe.interaction_rate))
        self.share_rate_label.setText(percent(probe.share_rate))

    def _results(self) -> dict:
        recorded = self.results_group.isChecked()
        return {name: spin.value() if recorded else None for name, spin in self.result_spins.items()}

    # -- reading the item ---------------------------------------------------------------
    def load(self) -> None:
        """(Re-)read the item from the file into the form; edits in the form are replaced."""
        self._show_item(content.get_item(self.db, self.item_id))

    def _show_item(self, item: ContentItem) -> None:
        self.original = item
        self.basics.show_item(item)
        self.body_edit.setPlainText(item.body)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("None"), None)
        for group_id, name in members_model.sub_community_names(self.db):
            self.group_combo.addItem(name, group_id)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(item.sub_community_id), 0))
        if item.planned_at:
            self.planned_edit.setDateTime(to_qdatetime(item.planned_at))
        else:
            self.planned_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(next_hour().timestamp())))
        self.no_date_box.setChecked(item.planned_at is None)
        self._no_date_toggled(item.planned_at is None)
        self.duration_spin.setValue(item.duration_minutes)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(item.status), 0))
        recorded = any(getattr(item, name) is not None for name in RESULT_FIELDS)
        self.results_group.setChecked(recorded)
        for name, spin in self.result_spins.items():
            spin.setValue(getattr(item, name) or 0)
        self._refresh_rates()
        self._show_errors([])
        if item.id is None:
            self.header.setText(self.tr("A new content item: a title is required."))
        else:
            self.header.setText(fmt(self.tr("#%1 · version %2 · last changed by %3 at %4"), item.id,
                                    item.version, item.updated_by, local_time(item.updated_at)))
        self._show_history()

    def _show_history(self) -> None:
        entries = list(reversed(content.item_history(self.db, self.item_id))) if self.item_id else []
        names = self._names()
        self.history_view.show_rows([(local_time(entry["at"]), entry["operator"], self._action_label(entry["action"]),
                                      self._change_text(entry["before"], entry["after"], names)) for entry in entries])

    def _names(self) -> dict[str, dict]:
        """Ids in the history -> names, for channels, pillars and sub-communities."""
        return {"channel_id": {c.id: c.name for c in content.list_channels(self.db, include_archived=True)},
                "pillar_id": {p.id: pillar_label(p) for p in content.list_pillars(self.db, include_archived=True)},
                "sub_community_id": dict(members_model.sub_community_names(self.db))}

    def _action_label(self, action: str) -> str:
        return {"insert": self.tr("Created"), "update": self.tr("Edited"), "delete": self.tr("Deleted"),
                "restore": self.tr("Restored"), "reschedule": self.tr("Rescheduled"),
                "status": self.tr("Status changed"), "results": self.tr("Results recorded")}.get(action, action)

    def _field_label(self, key: str) -> str:
        return {"title": self.tr("Title"), "body": self.tr("Body"), "channel_id": self.tr("Channel"),
                "pillar_id": self.tr("Pillar"), "format": self.tr("Format"), "owner": self.tr("Owner"),
                "sub_community_id": self.tr("Sub-community"), "planned_at": self.tr("Planned for"),
                "duration_minutes": self.tr("Duration"), "status": self.tr("Status"),
                "published_at": self.tr("Published at"), "reads": self.tr("Reads"),
                "comments": self.tr("Comments"), "likes": self.tr("Likes"), "shares": self.tr("Shares"),
                "series_id": self.tr("Series"), "hot_topic_id": self.tr("Hot topic"),
                "deleted_at": self.tr("Deleted at"), "uid": self.tr("Calendar id")}.get(key, key)

    def _value_text(self, key: str, value, names: dict[str, dict]) -> str:
        if value is None or value == "":
            return "∅"
        if key == "status":
            return status_label(value)
        if key == "format":
            return format_label(value)
        if key == "channel_id" and isinstance(value, str):      # typed in the form, created on save
            return fmt(self.tr("%1 (new)"), value)
        if key in names:
            return names[key].get(value, f"#{value}")
        if key in ("planned_at", "published_at", "deleted_at"):
            return local_time(value)
        return str(value)

    def _change_text(self, before: dict | None, after: dict | None, names: dict[str, dict]) -> str:
        before, after = before or {}, after or {}
        lines = []
        for key in dict.fromkeys([*before, *after]):
            if key == "uid":
                continue
            new = self._value_text(key, after.get(key), names)
            if key in before:
                lines.append(f"{self._field_label(key)}: {self._value_text(key, before[key], names)} → {new}")
            elif new != "∅":
                lines.append(f"{self._field_label(key)}: {new}")
        return "\n".join(lines)

    # -- validation ---------------------------------------------------------------------
    def read_form(self) -> tuple[ContentItem, str | None, list[str]]:
        """The item as the form says (based on the version read), a new channel name typed, the problems."""
        item = ContentItem(**asdict(self.original))
        new_channel, errors = self.basics.read_into(item)
        item.body = self.body_edit.toPlainText()
        item.sub_community_id = self.group_combo.currentData()
        item.planned_at = None if self.no_date_box.isChecked() else from_qdatetime(self.planned_edit.dateTime())
        item.duration_minutes = self.duration_spin.value()
        item.status = self.status_combo.currentData()
        for name, value in self._results().items():
            setattr(item, name, value)
        return item, new_channel, errors

    def _show_errors(self, errors: list[str]) -> None:
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))

    def _warning_text(self, warning: str) -> str:
        known = {"it is scheduled for a time in the past": self.tr("It is scheduled for a time in the past.")}
        return known.get(warning, warning)

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        item, new_channel, errors = self.read_form()
        self._show_errors(errors)
        if errors:
            return
        try:
            content.check_item(item)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        warnings = content.item_warnings(item, datetime.now(timezone.utc))
        if warnings:
            text = "\n".join(self._warning_text(w) for w in warnings)
            answer = QMessageBox.question(
                self, self.tr("Save anyway?"), fmt(self.tr("%1\n\nSave anyway?"), text),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._write(item, new_channel)

    def _write(self, item: ContentItem, new_channel: str | None) -> None:
        def write() -> None:
            with self.db.transaction():
                resolve_channel(self.db, item, new_channel)
                if item.id is None:
                    self.item_id = content.create_item(self.db, item)
                else:
                    content.save_item(self.db, item)

        def written() -> None:
            self.saved.emit(self.item_id)
            self.accept()

        self.saver.run(write, on_written=written, on_conflict=lambda exc: self._ask_conflict(exc, item, new_channel),
                       gone=self.tr("This item no longer exists in the file; the edit cannot be saved."))

    # -- someone else saved meanwhile ---------------------------------------------------
    def _ask_conflict(self, exc: ConflictError, mine: ContentItem, new_channel: str | None) -> None:
        """Show base / theirs / mine field by field; the choice is saved again (version-checked).
        A channel typed here (not yet created) takes part by its name."""
        try:
            theirs = content.get_item(self.db, self.item_id)
        except RowMissingError:
            self._show_errors([self.tr("This item no longer exists in the file; the edit cannot be saved.")])
            return
        mine_values = mine.values()
        if new_channel:
            mine_values["channel_id"] = new_channel
        comparison = Comparison(self.original.values(), theirs.values(), mine_values, ITEM_FIELDS)
        names = self._names()
        who, when = who_and_when(exc)
        self.conflict_dialog = ask_merge(
            self, comparison, fmt(self.tr("This item was changed by %1 at %2 while you were editing."), who, when),
            label=self._field_label, text=lambda key, value: self._value_text(key, value, names), theirs_by=who,
            keep_theirs=self.load, save=lambda values: self._save_merged(theirs, values),
            closed=self._conflict_closed)

    def _save_merged(self, theirs: ContentItem, values: dict) -> None:
        """Show the chosen values over their version, then save them at their version."""
        merged = ContentItem(**asdict(theirs))
        new_channel = values["channel_id"] if isinstance(values["channel_id"], str) else None
        for name, value in values.items():
            setattr(merged, name, None if name == "channel_id" and new_channel else value)
        self._show_item(merged)
        if new_channel:
            self.basics.channel_combo.setEditText(new_channel)
        self.original = theirs
        self._write(merged, new_channel)

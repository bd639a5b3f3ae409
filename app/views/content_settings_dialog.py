"""Content settings: channels with their cadence, pillars with colours and target shares, hot-topic
response hours and the default time of an item dropped on a day.

Nothing is written until OK; OK validates every row, then writes what the person changed (the
channels, the pillars, each setting) in one transaction (all or nothing). A teammate's changes to other
settings are kept; if a teammate changed the same one since the dialog read it, nothing is written and
the conflict dialog shows it key by key (keep theirs, take mine, or merge).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QColorDialog, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QTableWidget, QTimeEdit, QVBoxLayout, QWidget)

from app.models import content
from app.models.content import Channel, Pillar
from app.models.database import Database
from app.models.settings import last_change, rebase
from app.views.conflict import SettingsMergeMixin
from app.views.dialog_parts import ERROR_STYLE, SaveRunner, push_button
from app.views.content_item_dialog import swatch
from app.views.content_labels import PILLAR_LABELS, labels
from app.views.i18n import fmt
from app.views.locale_format import number

PRIORITIES = ("P1", "P2", "P3")
SUM_TOLERANCE = 0.05     # percentage points
OK_STYLE = "color: #2e7d32;"
CHANNEL_CELLS = ("channelName", "channelMin", "channelMax", "channelGap", "channelArchived")


def _spin(name: str, low: int, high: int, special: str = "", suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low, high)
    if special:
        spin.setSpecialValueText(special)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def _share(total: float) -> str:
    """A sum of shares in percent: 100, or 92.5 (one decimal at most)."""
    return number(total, 0 if round(total, 1).is_integer() else 1)


def _none_if_zero(value: int) -> int | None:
    return value or None


class ContentSettingsDialog(SettingsMergeMixin, QDialog):
    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ContentSettingsDialog")
        self.setWindowTitle(self.tr("Content settings"))
        self.db = db
        self.channels: list[Channel] = []     # one per channel row, in row order (id None: added here)
        self.pillars: list[Pillar] = []
        self._loaded: dict = {}          # {"config", "channels", "pillars"} as read: what edits are measured against
        self.resize(780, 620)

        layout = QVBoxLayout(self)
        layout.addWidget(self._channels_group(), 3)
        layout.addWidget(self._pillars_group(), 3)
        layout.addWidget(self._other_group())
        self.error_label = QLabel()
        self.error_label.setObjectName("contentSettingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("contentSettingsOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("contentSettingsCancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.saver = SaveRunner(self, db, self.buttons, show_errors=lambda errors: self._show_error("\n".join(errors)),
                                show_refusal=self._show_error)
        layout.addWidget(self.saver.label)
        layout.addWidget(self.buttons)
        self.load()

    # -- construction -------------------------------------------------------------------
    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)   # every cell is a widget
        return table

    def _channels_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Channels"))
        layout = QVBoxLayout(group)
        hint = QLabel(self.tr("Cadence per ISO week (Monday first); \"—\" means no rule. A removed channel is "
                              "archived: its items keep it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.channel_table = self._table("channelTable", [
            self.tr("Name"), self.tr("Min per week"), self.tr("Max per week"), self.tr("Longest empty stretch"),
            self.tr("Archived")])
        self.channel_table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.channel_table, 1)
        row = QHBoxLayout()
        self.add_channel_button = push_button("addChannel", self.tr("Add channel"), self.add_channel)
        self.remove_channel_button = push_button("removeChannel", self.tr("Remove"), self.remove_channel)
        self.remove_channel_button.setToolTip(self.tr("A channel added here is dropped; a saved one is archived."))
        self.channel_up_button = push_button("channelUp", self.tr("Move up"), lambda: self.move_channel(-1))
        self.channel_down_button = push_button("channelDown", self.tr("Move down"), lambda: self.move_channel(1))
        for button in (self.add_channel_button, self.remove_channel_button, self.channel_up_button,
                       self.channel_down_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return group

    def _pillars_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Content pillars"))
        layout = QVBoxLayout(group)
        self.pillar_table = self._table("pillarTable", [self.tr("Name"), self.tr("Colour"), self.tr("Target share"),
                                                        self.tr("Archived")])
        layout.addWidget(self.pillar_table, 1)
        row = QHBoxLayout()
        self.add_pillar_button = push_button("addPillar", self.tr("Add pillar"), self.add_pillar)
        row.addWidget(self.add_pillar_button)
        row.addStretch(1)
        self.share_sum_label = QLabel()
        self.share_sum_label.setObjectName("pillarShareSum")
        row.addWidget(self.share_sum_label)
        layout.addLayout(row)
        return group

    def _other_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Hot topics and the calendar"))
        form = QFormLayout(group)
        hours = QHBoxLayout()
        self.hour_spins: dict[str, QSpinBox] = {}
        for priority in PRIORITIES:
            spin = _spin(f"responseHours{priority}", 1, 24 * 30, suffix=self.tr(" h"))
            self.hour_spins[priority] = spin
            hours.addWidget(QLabel(priority))
            hours.addWidget(spin)
        hours.addStretch(1)
        form.addRow(self.tr("Respond to a hot topic within:"), hours)
        self.default_time_edit = QTimeEdit()
        self.default_time_edit.setObjectName("defaultTime")
        self.default_time_edit.setDisplayFormat("HH:mm")
        self.default_time_edit.setToolTip(self.tr("The time an item gets when it is dropped on a day without one."))
        form.addRow(self.tr("Default time of day:"), self.default_time_edit)
        return group

    # -- loading ------------------------------------------------------------------------
    def load(self) -> None:
        """(Re-)read channels, pillars and settings; edits in the dialog are replaced."""
        self._loaded = self._file_state()
        self._show_state(self._loaded)

    def _file_state(self) -> dict:
        return {"config": form_values(content.get_config(self.db)),
                "channels": [_channel_row(c) for c in content.list_channels(self.db, include_archived=True)],
                "pillars": [_pillar_row(p) for p in content.list_pillars(self.db, include_archived=True)]}

    def _form_state(self) -> dict:
        return {"config": self.config_changes(),
                "channels": [_channel_row(self._read_channel_row(r)) for r in range(self.channel_table.rowCount())],
                "pillars": [_pillar_row(self._read_pillar_row(r)) for r in range(self.pillar_table.rowCount())]}

    def _show_state(self, state: dict) -> None:
        self.channel_table.setRowCount(0)
        self.channels = []
        for row, values in enumerate(state["channels"], start=1):
            self._append_channel(Channel(*values[:1], values[1], row, *values[2:]))
        self.pillar_table.setRowCount(0)
        self.pillars = []
        for row, (pillar_id, key, name, color, share, archived) in enumerate(state["pillars"], start=1):
            self._append_pillar(Pillar(pillar_id, key, name, row, color, share, archived))
        config = state["config"]
        for priority, spin in self.hour_spins.items():
            spin.setValue(config["response_hours"][priority])
        self.default_time_edit.setTime(QTime.fromString(config["default_time"], "HH:mm"))
        self._hide_error()
        self._refresh_share_sum()
        self._update_buttons()

    # -- channels -----------------------------------------------------------------------
    def _append_channel(self, channel: Channel) -> int:
        row = self.channel_table.rowCount()
        self.channel_table.insertRow(row)
        self.channels.append(channel)
        name = QLineEdit()
        name.setFrame(False)
        name.textEdited.connect(lambda _t: self._hide_error())
        self.channel_table.setCellWidget(row, 0, name)
        none = self.tr("—")
        self.channel_table.setCellWidget(row, 1, _spin("", 0, 99, none))
        self.channel_table.setCellWidget(row, 2, _spin("", 0, 99, none))
        self.channel_table.setCellWidget(row, 3, _spin("", 0, 365, none, self.tr(" days")))
        self.channel_table.setCellWidget(row, 4, QCheckBox())
        self._name_channel_row(row)
        self._show_channel_row(row, channel)
        return row

    def _name_channel_row(self, row: int) -> None:
        for widget, name in zip(self._channel_widgets(row), CHANNEL_CELLS):
            widget.setObjectName(f"{name}{row}")

    def _channel_widgets(self, row: int) -> tuple[QLineEdit, QSpinBox, QSpinBox, QSpinBox, QCheckBox]:
        table = self.channel_table
        return tuple(table.cellWidget(row, column) for column in range(5))   # type: ignore[return-value]

    def _show_channel_row(self, row: int, channel: Channel) -> None:
        name, low, high, gap, archived = self._channel_widgets(row)
        name.setText(channel.name)
        low.setValue(channel.min_per_week or 0)
        high.setValue(channel.max_per_week or 0)
        gap.setValue(channel.max_gap_days or 0)
        archived.setChecked(bool(channel.archived))

    def _read_channel_row(self, row: int) -> Channel:
        name, low, high, gap, archived = self._channel_widgets(row)
        return replace(self.channels[row], name=name.text().strip(), position=row + 1,
                       min_per_week=_none_if_zero(low.value()), max_per_week=_none_if_zero(high.value()),
                       max_gap_days=_none_if_zero(gap.value()), archived=int(archived.isChecked()))

    def add_channel(self) -> None:
        row = self._append_channel(Channel())
        self.channel_table.setCurrentCell(row, 0)
        self.channel_table.cellWidget(row, 0).setFocus()
        self._update_buttons()

    def remove_channel(self) -> None:
        """Drop a channel added in this dialog; archive a saved one (its items keep pointing at it)."""
        row = self.channel_table.currentRow()
        if row < 0:
            return
        if self.channels[row].id is not None:
            self._channel_widgets(row)[4].setChecked(True)
            return
        for widget in self._channel_widgets(row):
            widget.setObjectName("")         # deleted later by the table: never found under its row's name
        self.channel_table.removeRow(row)
        del self.channels[row]
        for later in range(row, self.channel_table.rowCount()):
            self._name_channel_row(later)
        self.channel_table.setCurrentCell(min(row, self.channel_table.rowCount() - 1), 0)
        self._update_buttons()

    def move_channel(self, step: int) -> None:
        row = self.channel_table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.channel_table.rowCount():
            return
        first, second = self._read_channel_row(row), self._read_channel_row(target)
        self.channels[row], self.channels[target] = second, first
        self._show_channel_row(row, second)
        self._show_channel_row(target, first)
        self.channel_table.setCurrentCell(target, 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.channel_table.currentRow(), self.channel_table.rowCount()
        self.remove_channel_button.setEnabled(row >= 0)
        self.channel_up_button.setEnabled(row > 0)
        self.channel_down_button.setEnabled(0 <= row < count - 1)

    # -- pillars ------------------------------------------------------------------------
    def _append_pillar(self, pillar: Pillar) -> int:
        row = self.pillar_table.rowCount()
        self.pillar_table.insertRow(row)
        self.pillars.append(pillar)
        name = QLineEdit(pillar.name)
        name.setObjectName(f"pillarName{row}")
        name.setFrame(False)
        builtin = labels(PILLAR_LABELS).get(pillar.key or "")
        if builtin:
            name.setPlaceholderText(builtin)
            name.setToolTip(self.tr("Leave empty to keep the built-in name (translated with the app)."))
        name.textEdited.connect(lambda _t: self._hide_error())
        self.pillar_table.setCellWidget(row, 0, name)
        color = QPushButton(pillar.color)
        color.setObjectName(f"pillarColor{row}")
        color.setIcon(swatch(pillar.color))
        color.setProperty("color", pillar.color)
        color.clicked.connect(lambda _c=False, b=color: self.choose_color(b))
        self.pillar_table.setCellWidget(row, 1, color)
        share = QDoubleSpinBox()
        share.setObjectName(f"pillarShare{row}")
        share.setRange(0, 100)
        share.setDecimals(1)
        share.setSuffix(" %")
        share.setValue(pillar.target_share * 100)
        share.valueChanged.connect(self._refresh_share_sum)
        self.pillar_table.setCellWidget(row, 2, share)
        archived = QCheckBox()
        archived.setObjectName(f"pillarArchived{row}")
        archived.setChecked(bool(pillar.archived))
        archived.toggled.connect(self._refresh_share_sum)
        self.pillar_table.setCellWidget(row, 3, archived)
        return row

    def add_pillar(self) -> None:
        row = self._append_pillar(Pillar(position=len(self.pillars) + 1))
        self.pillar_table.setCurrentCell(row, 0)
        self.pillar_table.cellWidget(row, 0).setFocus()
        self._refresh_share_sum()

    def choose_color(self, button: QPushButton) -> None:
        chosen = QColorDialog.getColor(QColor(button.property("color")), self, self.tr("Pillar colour"))
        if chosen.isValid():
            self.set_color(button, chosen.name())

    def set_color(self, button: QPushButton, color: str) -> None:
        button.setProperty("color", color)
        button.setText(color)
        button.setIcon(swatch(color))

    def _read_pillar_row(self, row: int) -> Pillar:
        table = self.pillar_table
        return replace(self.pillars[row], name=table.cellWidget(row, 0).text().strip(), position=row + 1,
                       color=str(table.cellWidget(row, 1).property("color")),
                       target_share=round(table.cellWidget(row, 2).value() / 100, 4),
                       archived=int(table.cellWidget(row, 3).isChecked()))

    def share_sum(self) -> float:
        """The target shares of the active pillars, in percent."""
        table = self.pillar_table
        return sum(table.cellWidget(r, 2).value() for r in range(table.rowCount())
                   if not table.cellWidget(r, 3).isChecked())

    def _refresh_share_sum(self, *_args) -> None:
        total = self.share_sum()
        good = abs(total - 100) < SUM_TOLERANCE
        self.share_sum_label.setText(fmt(self.tr("Active pillars add up to %1% (must be 100%)"), _share(total)))
        self.share_sum_label.setStyleSheet(OK_STYLE if good else ERROR_STYLE)

    # -- validation and saving ----------------------------------------------------------
    def problems(self, channels: list[Channel], pillars: list[Pillar]) -> list[str]:
        errors = []
        seen: dict[str, int] = {}
        for row, channel in enumerate(channels, start=1):
            if not channel.name:
                errors.append(fmt(self.tr("Channels, row %1: enter a name."), row))
                continue
            if channel.name in seen:
                errors.append(fmt(self.tr("Channels, row %1: %2 is already the name of row %3."), row,
                                  channel.name, seen[channel.name]))
            seen.setdefault(channel.name, row)
            if channel.min_per_week and channel.max_per_week and channel.min_per_week > channel.max_per_week:
                errors.append(fmt(self.tr("Channels, row %1 (%2): at least %3 a week is more than at most %4."),
                                  row, channel.name, channel.min_per_week, channel.max_per_week))
        for row, pillar in enumerate(pillars, start=1):
            if pillar.key is None and not pillar.name:
                errors.append(fmt(self.tr("Pillars, row %1: enter a name."), row))
        total = self.share_sum()
        if abs(total - 100) >= SUM_TOLERANCE:
            errors.append(fmt(self.tr("The target shares of the active pillars add up to %1%; they must add up "
                                      "to 100%."), _share(total)))
        return errors

    def config_changes(self) -> dict:
        return {"response_hours": {p: spin.value() for p, spin in self.hour_spins.items()},
                "default_time": self.default_time_edit.time().toString("HH:mm")}

    def save(self) -> None:
        channels = [self._read_channel_row(r) for r in range(self.channel_table.rowCount())]
        pillars = [self._read_pillar_row(r) for r in range(self.pillar_table.rowCount())]
        errors = self.problems(channels, pillars)
        if errors:
            self._show_error("\n".join(errors))
            return
        state, loaded = self._form_state(), self._loaded

        def write() -> None:
            with self.db.transaction():
                changes = rebase(self.db, content.CONFIG_KEY, loaded, self._file_state(), state,
                                 changed_by=lambda: last_change(self.db, content.CONFIG_KEY,
                                                                tables=("content_channels", "content_pillars")))
                if "channels" in changes:
                    self._take_current_versions(channels, "content_channels")
                    for channel in channels:
                        content.save_channel(self.db, channel)
                if "pillars" in changes:
                    self._take_current_versions(pillars, "content_pillars")
                    for pillar in pillars:
                        content.save_pillar(self.db, pillar)
                if "config" in changes:
                    content.set_config(self.db, changes["config"])

        self.saver.run(write, on_written=self._written, on_conflict=self._ask_conflict)

    def _written(self) -> None:
        self.saved.emit()
        self.accept()

    # -- someone else saved meanwhile ---------------------------------------------------
    def conflict_message(self) -> str:
        return self.tr("%1 changed these settings at %2 while you were editing; nothing was saved "
                       "yet.")

    def _key_label(self, key: str) -> str:
        parts = key.split(".")
        if key in ("channels", "pillars"):
            return self.tr("Channels") if key == "channels" else self.tr("Content pillars")
        if parts[1] == "response_hours":
            return fmt(self.tr("Respond to a %1 hot topic within"), parts[2])
        return {"default_time": self.tr("Default time of day")}.get(parts[1], key)

    def _key_text(self, key: str, value) -> str:
        if value is None:
            return "∅"
        if key == "channels":
            return "、".join(name + (self.tr(" (archived)") if archived else "")
                            for _id, name, _low, _high, _gap, archived in value)
        if key == "pillars":
            return "、".join(fmt("%1 %2%", name or labels(PILLAR_LABELS).get(pillar_key or "", ""),
                                 f"{share * 100:g}") + (self.tr(" (archived)") if archived else "")
                            for _id, pillar_key, name, _color, share, archived in value)
        if key.startswith("config.response_hours."):
            return fmt(self.tr("%1 h"), value)
        return str(value)

    def _take_current_versions(self, rows: list, table: str) -> None:
        for row in rows:
            if row.id is not None:
                row.version = self.db.get_row(table, row.id)["version"]

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _hide_error(self) -> None:
        self.error_label.setVisible(False)


def form_values(cfg: dict) -> dict:
    """The settings this dialog edits, as its inputs show them (what config_changes() reads back)."""
    hours = cfg.get("response_hours") or {}
    default_time = QTime.fromString(str(cfg.get("default_time", "10:00")), "HH:mm")
    return {"response_hours": {p: int(hours.get(p, 24)) for p in PRIORITIES},
            "default_time": default_time.toString("HH:mm") if default_time.isValid() else "10:00"}


def _channel_row(channel: Channel) -> tuple:
    """A channel as compared and shown (its place is its index): id, name, cadence, archived."""
    return (channel.id, channel.name, channel.min_per_week or None, channel.max_per_week or None,
            channel.max_gap_days or None, int(bool(channel.archived)))


def _pillar_row(pillar: Pillar) -> tuple:
    share = round(round(pillar.target_share * 100, 1) / 100, 4)       # as the percent box holds it
    return pillar.id, pillar.key, pillar.name, pillar.color, share, int(bool(pillar.archived))

"""When a record was saved by someone else meanwhile: the fields side by side (started from, theirs, mine)
and the person's choice — keep theirs, take mine, or merge field by field. Nothing is decided for them.

The comparison itself is app.services.merge.Comparison; this module only shows it and reports the choice.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.models.errors import ConflictError, SettingsConflict
from app.models.settings import nest
from app.services.merge import MINE, THEIRS, Comparison
from app.views.i18n import fmt
from app.views.member_table_model import local_time

DIFFERS_COLOR = "#fff3cd"      # theirs and mine differ: the choice matters
CLASH_COLOR = "#f8d7da"        # both changed it differently and nothing is chosen yet
FIELD, BASE, THEIRS_COLUMN, MINE_COLUMN, CHOICE = range(5)
EMPTY = "∅"


def _tr(text: str) -> str:
    return QCoreApplication.translate("conflict", text)


def who_and_when(exc: ConflictError) -> tuple[str, str]:
    """The teammate who saved meanwhile and when (local time), for a message's %1 and %2."""
    return exc.current.get("updated_by") or _tr("someone"), local_time(exc.current.get("updated_at")) or "?"


class ConflictDialog(QDialog):
    """The three versions of the changed fields and the three ways out. Emits keep_theirs, or resolved with
    every field's value (Take mine, or Merge with the choices made); Cancel closes it and changes nothing."""
    keep_theirs = Signal()
    resolved = Signal(object)          # dict: field -> value to save

    def __init__(self, parent: QWidget | None, comparison: Comparison, message: str, *,
                 label: Callable[[str], str], text: Callable[[str, Any], str], theirs_by: str = ""):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(_tr("Changed by someone else"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.comparison = comparison
        self._label, self._text = label, text
        self.choices: dict[str, str | None] = comparison.defaults()
        self.choice_boxes: dict[str, QComboBox] = {}
        self.resize(760, 420)

        layout = QVBoxLayout(self)
        heading = QLabel(message)
        heading.setObjectName("conflictMessage")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        explain = QLabel(_tr("Keep theirs drops your edits. Take mine puts the fields you edited over their "
                             "version and keeps their other changes. Merge takes, field by field, the version "
                             "chosen in the last column."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("conflictTable")
        theirs_title = fmt(_tr("Theirs (%1)"), theirs_by) if theirs_by else _tr("Theirs")
        self.table.setHorizontalHeaderLabels([_tr("Field"), _tr("You started from"), theirs_title, _tr("Mine"),
                                              _tr("Use")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        for column in (BASE, THEIRS_COLUMN, MINE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHOICE, QHeaderView.ResizeMode.Fixed)
        layout.addWidget(self.table, 1)
        self.hint = QLabel(_tr("Fields in red were changed by both of you: choose theirs or mine for each "
                               "before you merge."))
        self.hint.setObjectName("conflictHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #c9302c;")
        layout.addWidget(self.hint)

        buttons = QDialogButtonBox()
        self.keep_button = self._button(buttons, "conflictKeepTheirs", _tr("Keep theirs"), self._keep_theirs)
        self.mine_button = self._button(buttons, "conflictTakeMine", _tr("Take mine"), self._take_mine)
        self.merge_button = self._button(buttons, "conflictMerge", _tr("Merge"), self._merge)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("conflictCancel")
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self._refresh()

    def _button(self, box: QDialogButtonBox, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the table ----------------------------------------------------------------------
    def _fill(self) -> None:
        rows = self.comparison.changed()
        self.table.setRowCount(len(rows))
        for row, change in enumerate(rows):
            self.table.setItem(row, FIELD, QTableWidgetItem(self._label(change.name)))
            for column, value in ((BASE, change.base), (THEIRS_COLUMN, change.theirs), (MINE_COLUMN, change.mine)):
                shown = self._shown(change.name, value)
                item = QTableWidgetItem(shown.replace("\n", " ↵ "))
                item.setToolTip(shown)
                self.table.setItem(row, column, item)
            if change.differs:
                self.table.setCellWidget(row, CHOICE, self._choice_box(change.name, change.clash))
            else:
                self.table.setItem(row, CHOICE, QTableWidgetItem(_tr("Same")))
        self.table.resizeRowsToContents()
        texts = [box.itemText(i) for box in self.choice_boxes.values() for i in range(box.count())]
        widest = max((self.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
        self.table.setColumnWidth(CHOICE, max(widest + 48, self.table.horizontalHeader().sectionSizeHint(CHOICE)))

    def _shown(self, name: str, value: Any) -> str:
        return self._text(name, value) or EMPTY

    def _choice_box(self, name: str, clash: bool) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"conflictChoice_{name}")
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if clash:
            box.addItem(_tr("Choose…"), None)
        box.addItem(_tr("Theirs"), THEIRS)
        box.addItem(_tr("Mine"), MINE)
        box.setCurrentIndex(box.findData(self.choices.get(name)))
        box.currentIndexChanged.connect(lambda _i, n=name, b=box: self._chosen(n, b.currentData()))
        self.choice_boxes[name] = box
        return box

    def choose(self, name: str, choice: str) -> None:
        """Set one field's choice ('theirs' or 'mine') as its box would."""
        box = self.choice_boxes[name]
        box.setCurrentIndex(box.findData(choice))

    def _chosen(self, name: str, choice: str | None) -> None:
        self.choices[name] = choice
        self._refresh()

    def _refresh(self) -> None:
        unresolved = set(self.comparison.unresolved(self.choices))
        for row in range(self.table.rowCount()):
            change = self.comparison.changed()[row]
            color = CLASH_COLOR if change.name in unresolved else DIFFERS_COLOR if change.differs else None
            brush = QBrush(QColor(color)) if color else QBrush()
            for column in range(CHOICE):
                self.table.item(row, column).setBackground(brush)
        self.merge_button.setEnabled(not unresolved)
        self.hint.setVisible(bool(unresolved))

    # -- the way out --------------------------------------------------------------------
    def _keep_theirs(self) -> None:
        self.accept()
        self.keep_theirs.emit()

    def _take_mine(self) -> None:
        self.accept()
        self.resolved.emit(self.comparison.take_mine())

    def _merge(self) -> None:
        values = self.comparison.merged(self.choices)
        self.accept()
        self.resolved.emit(values)


def ask_merge(parent: QWidget, comparison: Comparison, message: str, *, label: Callable[[str], str],
              text: Callable[[str, Any], str], keep_theirs: Callable[[], None],
              save: Callable[[dict], None], closed: Callable[[], None] | None = None,
              theirs_by: str = "") -> ConflictDialog | None:
    """Open (window-modal) the conflict dialog for *comparison*; returns it. When nobody else changed a
    compared field (the row moved on in something this editor does not show), there is nothing to choose:
    save() runs at once with the person's edits over the current version, and None is returned.
    *closed* runs when the dialog closes, before keep_theirs() or save()."""
    if not any(change.changed_by_them for change in comparison.fields):
        save(comparison.take_mine())
        return None
    dialog = ConflictDialog(parent, comparison, message, label=label, text=text, theirs_by=theirs_by)
    if closed is not None:
        dialog.finished.connect(lambda _result: closed())
    dialog.finished.connect(dialog.deleteLater)
    dialog.keep_theirs.connect(keep_theirs)
    dialog.resolved.connect(save)
    dialog.open()
    return dialog


def ask_settings_merge(parent: QWidget, exc: SettingsConflict, message: str, *, label: Callable[[str], str],
                       text: Callable[[str, Any], str], keep_theirs: Callable[[], None],
                       save: Callable[[dict], None], closed: Callable[[], None] | None = None) -> ConflictDialog | None:
    """The conflict dialog for settings, key by key (flat keys such as "config.sla_hours.red")."""
    comparison = Comparison(exc.base, exc.theirs, exc.mine, list(exc.mine))
    return ask_merge(parent, comparison, message, label=label, text=text, keep_theirs=keep_theirs, save=save,
                     closed=closed, theirs_by=who_and_when(exc)[0])


class MergingEditor:
    """For an editing dialog (before QDialog in its bases) that saves through a SaveRunner `self.saver` and may
    open a ConflictDialog (held in `conflict_dialog` while open): Cancel while a save retries stops the retries
    instead of closing."""
    conflict_dialog: ConflictDialog | None = None

    def reject(self) -> None:
        if not self.saver.stop():        # Cancel while a save waits for a busy file stops the retries
            super().reject()

    def _conflict_closed(self) -> None:
        self.conflict_dialog = None


class SettingsMergeMixin(MergingEditor):
    """A settings dialog's conflict: a SettingsConflict opens the key-by-key merge; the chosen values are shown
    and saved again, measured against their version. The dialog gives _key_label, _key_text, load, save,
    _show_state(values) and conflict_message() (%1 who, %2 when)."""

    def _ask_conflict(self, exc: SettingsConflict) -> None:
        who, when = who_and_when(exc)
        self.conflict_dialog = ask_settings_merge(
            self, exc, fmt(self.conflict_message(), who, when), label=self._key_label, text=self._key_text,
            keep_theirs=self.load, save=lambda values: self._save_merged(nest(exc.theirs), nest(values)),
            closed=self._conflict_closed)

    def _save_merged(self, theirs: dict, chosen: dict) -> None:
        self._show_state(chosen)
        self._loaded = theirs
        self.save()

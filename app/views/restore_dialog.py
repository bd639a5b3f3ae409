"""File ▸ Restore from backup…: pick one of this file's backups (or another backup file) and confirm."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, QTime
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel,
                               QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.services.backups import BackupInfo, list_backups
from app.views.dialog_parts import button_row, push_button
from app.views.i18n import fmt
from app.views.labels import code_label
from app.views.locale_format import date_text, number

KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("backups", "Daily (automatic)"),
    "manual": QT_TRANSLATE_NOOP("backups", "Backup now"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "Before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("backups", "Before an upgrade"),
}


def kind_label(kind: str) -> str:
    return code_label("backups", KIND_LABELS, kind)


def local_stamp(info: BackupInfo) -> str:
    """When it was taken, to the second (two backups may share a minute), in the interface locale."""
    taken = info.taken_at.astimezone()
    seconds = QLocale().timeFormat(QLocale.FormatType.ShortFormat).replace("mm", "mm:ss")
    return f"{date_text(taken.date())} {QLocale().toString(QTime(taken.hour, taken.minute, taken.second), seconds)}"


class RestoreDialog(QDialog):
    """Accepted with chosen_path() set to the backup to restore; the caller runs the restore."""

    def __init__(self, db_path: Path, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.db_path = db_path
        self.backups = list_backups(folder)
        self._chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(fmt(self.tr("Replace the contents of %1 with a backup. A backup of the current contents is "
                                   "taken first, so a restore can itself be undone. Everyone who has the file open "
                                   "sees the restored contents."), db_path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setObjectName("restoreBackups")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.backups):
            size = QTableWidgetItem(fmt(self.tr("%1 MB"), number(info.size / 1e6, 1)))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((QTableWidgetItem(local_stamp(info)), QTableWidgetItem(kind_label(info.kind)),
                                           size)):
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore_selected())
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("No backups of this file on this computer yet. Choose a backup file instead."))
        self.empty.setObjectName("restoreEmpty")
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)
        layout.addLayout(button_row(push_button("restoreOtherFile", self.tr("Other backup file…"), self._choose_file)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreConfirm")
        self.restore_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("restoreCancel")
        self.buttons.accepted.connect(self._restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        if self.backups:
            self.table.selectRow(0)

    def chosen_path(self) -> Path | None:
        return self._chosen

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            info = self.backups[rows[0].row()]
            self._confirm(info.path, fmt(self.tr("the backup of %1"), local_stamp(info)))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup file"), str(self.db_path.parent),
                                              self.tr("Community Desk backups (*.sqlite *.cdesk *.db);;All files (*)"))
        if path:
            self._confirm(Path(path), Path(path).name)

    def _confirm(self, path: Path, what: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from a backup"),
                          fmt(self.tr("Replace the contents of %1 with %2?"), self.db_path.name, what),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("restoreConfirmBox")
        box.setInformativeText(self.tr("Changes made after that backup are replaced for everyone who uses the file. "
                                       "The current contents are backed up first."))
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("restoreConfirmYes")

        def answered(button) -> None:
            box.deleteLater()
            if button is yes:
                self._chosen = path
                self.accept()

        box.buttonClicked.connect(answered)
        box.open()
        self.confirm_box = box

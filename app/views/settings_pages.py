"""The pages of the Settings dialog: each shows its settings with a description and the default, holds the
person's edits until the dialog applies them, and can put its own settings back to their defaults.

Per-user settings live in QSettings (this computer); the community file's own settings are edited by their
dialogs (lifecycle, content, moderation, dashboard), which the Community file page opens.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QMessageBox, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from app import paths
from app.paths import DEFAULT_JOURNAL_MODE, JOURNAL_KEY, OPERATOR_KEY, RECENT_KEY, stored_journal_mode
from app.services.backups import KEEP
from app.views.dialog_parts import push_button
from app.views.i18n import fmt
from app.views.labels import journal_label
from app.views.language import LANGUAGE_KEY, LANGUAGES, effective_language, language_name, stored_language
from app.views.tabs.reports import FOLDER_KEY, default_reports_folder

if TYPE_CHECKING:
    from app.views.main_window import MainWindow

CONTEXT = "SettingsPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def muted_label(text: str = "", name: str = "") -> QLabel:
    """A wrapping secondary line (descriptions, defaults, notes) in the palette's quieter colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if name:
        label.setObjectName(name)
    return label


def native(path: str | Path) -> str:
    return QDir.toNativeSeparators(str(path))


class SettingsPage(QWidget):
    """One page: load() shows what is stored, apply() writes what the person changed (only that)."""
    changed = Signal()
    can_restore = True        # "Restore defaults" applies to this page

    def __init__(self, name: str, title: str, settings: QSettings, window: "MainWindow | None"):
        super().__init__()
        self.setObjectName(name)
        self.title = title
        self.settings = settings
        self.window_ = window
        self.column = QVBoxLayout(self)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.column.addWidget(heading)

    def add_setting(self, name: str, title: str, description: str, editor: QWidget, default: str) -> QLabel:
        """A setting as a block: its name, what it does, the editor, and "Default: …" (returned)."""
        caption = QLabel(title)
        caption.setObjectName(f"{name}Title")
        font = QFont(caption.font())
        font.setBold(True)
        caption.setFont(font)
        caption.setBuddy(editor)
        self.column.addSpacing(8)
        self.column.addWidget(caption)
        self.column.addWidget(muted_label(description, f"{name}Description"))
        self.column.addWidget(editor)
        default_label = muted_label(fmt(_tr("Default: %1"), default), f"{name}Default")
        self.column.addWidget(default_label)
        return default_label

    def finish(self) -> None:
        self.column.addStretch(1)

    # what the dialog calls
    def is_changed(self) -> bool:
        return False

    def problem(self) -> str:
        """Why the edits on this page cannot be applied ('' when they can)."""
        return ""

    def restore_defaults(self) -> None:
        """Show the defaults (written only when the dialog applies)."""

    def apply(self) -> None:
        """Write the changed settings."""


class GeneralPage(SettingsPage):
    def __init__(self, settings: QSettings, window: "MainWindow | None"):
        super().__init__("generalPage", self.tr("General"), settings, window)
        self.language_combo = self._language_combo()
        self.add_setting("language", self.tr("Interface language"),
                         self.tr("The language of menus, dialogs and messages. New reports are written in it too."),
                         self.language_combo, self.language_combo.itemText(0))
        self.restart_note = muted_label(self.tr("A new interface language takes effect when Community Desk "
                                                "restarts."), "languageRestartNote")
        self.column.addWidget(self.restart_note)
        self.operator_edit = QLineEdit()
        self.operator_edit.setObjectName("operatorNameEdit")
        self.operator_edit.setMaxLength(60)
        self.add_setting("operator", self.tr("Operator name"),
                         self.tr("Shown to teammates who have the same file open, and recorded with every change "
                                 "you make."),
                         self.operator_edit, fmt(self.tr("your login name on this computer (%1)"), paths.os_user()))
        self.finish()
        self.stored_language = stored_language(settings)
        self.stored_operator = window.operator if window is not None else \
            str(settings.value(OPERATOR_KEY, "") or "") or paths.os_user()
        self._show(self.stored_language, self.stored_operator)
        self.language_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.operator_edit.textChanged.connect(lambda _text: self.changed.emit())

    def _language_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("languageCombo")
        combo.addItem(fmt(self.tr("Follow the system (%1)"), language_name(effective_language(""))), "")
        for language in LANGUAGES:
            combo.addItem(language_name(language), language)
        return combo

    def _show(self, language: str, operator: str) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.operator_edit.setText(operator)

    def language(self) -> str:
        """'' (follow the system), 'zh_CN' or 'en' as chosen."""
        return str(self.language_combo.currentData() or "")

    def operator(self) -> str:
        return self.operator_edit.text().strip()

    def language_changed(self) -> bool:
        return self.language() != self.stored_language

    def is_changed(self) -> bool:
        return self.language_changed() or self.operator() != self.stored_operator

    def problem(self) -> str:
        return "" if self.operator() else self.tr("Enter an operator name: it signs every change you make.")

    def restore_defaults(self) -> None:
        self._show("", paths.os_user())

    def apply(self) -> None:
        if self.language_changed():
            self.settings.setValue(LANGUAGE_KEY, self.language())
            self.stored_language = self.language()
        if self.operator() != self.stored_operator:
            if self.window_ is not None:
                self.window_.set_operator(self.operator())     # the status bar and the open file sign with it
            else:
                self.settings.setValue(OPERATOR_KEY, self.operator())
            self.stored_operator = self.operator()


class StoragePage(SettingsPage):
    def __init__(self, settings: QSettings, window: "MainWindow | None"):
        super().__init__("storagePage", self.tr("Storage"), settings, window)
        self.modes = QButtonGroup(self)
        choices = QWidget()
        grid = QGridLayout(choices)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnMinimumWidth(0, 20)
        grid.setColumnStretch(1, 1)
        rows = (("auto", "journalAuto", self.tr("Automatic"),
                 self.tr("WAL on a local disk; the rollback journal on a network share, a synced folder (Dropbox, "
                         "OneDrive, 坚果云…) or a USB disk. Right for almost everyone.")),
                ("wal", "journalWal", self.tr("WAL (write-ahead log)"),
                 self.tr("Fastest, and reading never waits for a write. Only for a file on this computer's own "
                         "disk: WAL needs shared memory on one machine and can damage a file on a share.")),
                ("delete", "journalDelete", self.tr("Rollback journal"),
                 self.tr("Safe on network shares and synced folders; saving is a little slower. Choose it when "
                         "the file is shared but the automatic check sees a local disk.")))
        self.mode_buttons: dict[str, QRadioButton] = {}
        for row, (mode, name, text, description) in enumerate(rows):
            button = QRadioButton(text)
            button.setObjectName(name)
            self.modes.addButton(button, row)
            self.mode_buttons[mode] = button
            grid.addWidget(button, row * 2, 0, 1, 2)
            grid.addWidget(muted_label(description, f"{name}Description"), row * 2 + 1, 1)
        self.add_setting("journal", self.tr("Journal mode"),
                         self.tr("How the community file keeps a save safe until it is complete."),
                         choices, self.tr("Automatic"))
        self.column.addWidget(muted_label(self.tr("Applies the next time a community file is opened. Everyone who "
                                                  "shares a file should use the same mode: change it while no one "
                                                  "else has the file open."), "journalNote"))
        db = window.db if window is not None else None
        if db is not None:
            self.column.addWidget(muted_label(fmt(self.tr("The open file uses: %1"),
                                                  journal_label(db.journal_mode, db.location)), "journalCurrent"))
        self._add_backups(window)
        self.finish()
        self.stored_mode = stored_journal_mode(settings)
        self.mode_buttons[self.stored_mode].setChecked(True)
        self.modes.idToggled.connect(lambda _id, checked: checked and self.changed.emit())

    def _add_backups(self, window: "MainWindow | None") -> None:
        root = window.backup_root() if window is not None else paths.backups_dir()
        self.backups_folder = Path(root) if root else None
        path = QLabel(native(root) if root else self.tr("No backups are taken in this session."))
        path.setObjectName("backupsFolderPath")
        path.setWordWrap(True)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_backups_button = push_button("openBackupsFolder", self.tr("Open folder"), self.open_backups_folder)
        self.open_backups_button.setEnabled(root is not None)
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(path, 1)
        row.addWidget(self.open_backups_button)
        caption = QLabel(self.tr("Backups"))
        font = QFont(caption.font())
        font.setBold(True)
        caption.setFont(font)
        self.column.addSpacing(8)
        self.column.addWidget(caption)
        self.column.addWidget(muted_label(self.tr("Every community file opened on this computer is backed up here, "
                                                  "each in its own folder: once a day when it is first opened, and "
                                                  "whenever you choose File ▸ Back up now."), "backupsDescription"))
        self.column.addWidget(line)
        self.column.addWidget(muted_label(
            fmt(self.tr("Kept per file: the last %1 daily backups, %2 made with Back up now, %3 taken before a "
                        "restore and %4 taken before the file was upgraded; older ones are deleted."),
                KEEP["daily"], KEEP["manual"], KEEP["before-restore"], KEEP["before-migration"]), "backupsKept"))

    def open_backups_folder(self) -> bool:
        """Show the backups folder in the file manager (made first if no backup was taken yet)."""
        if self.backups_folder is None:
            return False
        try:
            self.backups_folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Backups"), fmt(self.tr("Cannot create %1: %2"),
                                                             native(self.backups_folder), exc.strerror or str(exc)))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.backups_folder))):
            QMessageBox.information(self, self.tr("Backups"), fmt(self.tr("The backups are in %1"),
                                                                   native(self.backups_folder)))
            return False
        return True

    def mode(self) -> str:
        return next(mode for mode, button in self.mode_buttons.items() if button.isChecked())

    def is_changed(self) -> bool:
        return self.mode() != self.stored_mode

    def restore_defaults(self) -> None:
        self.mode_buttons[DEFAULT_JOURNAL_MODE].setChecked(True)

    def apply(self) -> None:
        self.settings.setValue(JOURNAL_KEY, self.mode())
        self.stored_mode = self.mode()


class ReportsPage(SettingsPage):
    def __init__(self, settings: QSettings, window: "MainWindow | None"):
        super().__init__("reportsPage", self.tr("Reports"), settings, window)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("reportsFolderEdit")
        self.folder_edit.setPlaceholderText(native(default_reports_folder()))
        self.folder_edit.setClearButtonEnabled(True)
        choose = push_button("chooseReportsFolder", self.tr("Choose…"), self.choose_folder)
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        self.add_setting("reportsFolder", self.tr("Folder for reports"),
                         self.tr("Where Reports ▸ Generate… first offers to save a workbook. Saving a report in "
                                 "another folder makes that folder the one offered next time."),
                         line, fmt(self.tr("your Documents folder (%1)"), native(default_reports_folder())))
        self.finish()
        self.stored_folder = str(settings.value(FOLDER_KEY, "") or "")
        self.folder_edit.setText(native(self.stored_folder) if self.stored_folder else "")
        self.folder_edit.textChanged.connect(lambda _text: self.changed.emit())

    def choose_folder(self) -> None:
        start = self.folder() or str(default_reports_folder())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for reports"), start)
        if folder:
            self.folder_edit.setText(native(folder))

    def folder(self) -> str:
        """The chosen folder ('' = the default)."""
        text = self.folder_edit.text().strip()
        return str(Path(QDir.fromNativeSeparators(text)).expanduser()) if text else ""

    def is_changed(self) -> bool:
        return self.folder() != (str(Path(self.stored_folder)) if self.stored_folder else "")

    def problem(self) -> str:
        if self.folder() and not Path(self.folder()).is_dir():
            return fmt(self.tr("The folder %1 does not exist. Choose one that does, or leave the box empty for the "
                               "default."), native(self.folder()))
        return ""

    def restore_defaults(self) -> None:
        self.folder_edit.clear()

    def apply(self) -> None:
        if self.folder():
            self.settings.setValue(FOLDER_KEY, self.folder())
        else:
            self.settings.remove(FOLDER_KEY)
        self.stored_folder = self.folder()


class CommunityFilePage(SettingsPage):
    """The open file's own settings (shared by everyone who opens it): a button per dialog that edits them."""
    can_restore = False

    def __init__(self, settings: QSettings, window: "MainWindow | None"):
        super().__init__("communityFilePage", self.tr("Community file"), settings, window)
        self.column.addWidget(muted_label(self.tr("These settings are kept in the community file itself, so "
                                                  "everyone who opens the file shares them. Each opens in its own "
                                                  "dialog and is saved there.")))
        self.note = muted_label("", "communityFileNote")
        self.column.addWidget(self.note)
        self.opened = None                  # the dialog opened last (while it is open)
        self.buttons: dict[str, QPushButton] = {}
        rows = (("lifecycle_settings_dialog", "openLifecycleSettings", self.tr("Lifecycle"),
                 self.tr("Tier ladder, points, RFM, churn and KOL thresholds, rewards.")),
                ("content_settings_dialog", "openContentSettings", self.tr("Content"),
                 self.tr("Channels and their cadence, pillars and their target mix, hot-topic response times.")),
                ("moderation_settings_dialog", "openModerationSettings", self.tr("Moderation"),
                 self.tr("Deadlines (SLA) per alert level, credit moves per action, categories, community "
                         "rules.")),
                ("dashboard_settings_dialog", "openDashboardSettings", self.tr("Dashboard targets and time zone"),
                 self.tr("KPI targets on the dashboard, and the time zone its days are counted in.")))
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for row, (opener, name, title, description) in enumerate(rows):
            caption = QLabel(title)
            font = QFont(caption.font())
            font.setBold(True)
            caption.setFont(font)
            grid.addWidget(caption, row * 2, 0)
            grid.addWidget(muted_label(description, f"{name}Description"), row * 2 + 1, 0)
            button = push_button(name, self.tr("Open…"), lambda o=opener: self.open_dialog(o))
            self.buttons[opener] = button
            grid.addWidget(button, row * 2, 1, 2, 1)
        self.column.addSpacing(8)
        self.column.addLayout(grid)
        self.finish()
        if window is not None:
            window.database_changed.connect(self.refresh)
            window.database_closing.connect(self._file_closing)
        self.refresh()

    def _file_closing(self) -> None:
        self.refresh(closing=True)

    def refresh(self, closing: bool = False) -> None:
        db = None if closing or self.window_ is None else self.window_.db
        if db is None:
            self.note.setText(self.tr("Open a community file to change its settings."))
        elif db.read_only:
            self.note.setText(fmt(self.tr("%1 is open read-only: its settings cannot be changed."), db.path.name))
        else:
            self.note.setText(fmt(self.tr("The open file: %1"), native(db.path)))
        for button in self.buttons.values():
            button.setEnabled(db is not None and not db.read_only and self.opened is None)

    def open_dialog(self, opener: str):
        """Open one of the file's settings dialogs (the window's own; the buttons wait until it closes)."""
        if self.window_ is None or self.window_.db is None:
            return None
        dialog = getattr(self.window_, opener)()
        if dialog is not None:
            self.opened = dialog
            dialog.finished.connect(self._dialog_closed)
            self.refresh()
        return dialog

    def _dialog_closed(self) -> None:
        self.opened = None
        self.refresh()


class RecentFilesPage(SettingsPage):
    def __init__(self, settings: QSettings, window: "MainWindow | None"):
        super().__init__("recentFilesPage", self.tr("Recent files"), settings, window)
        self.files_list = QListWidget()
        self.files_list.setObjectName("recentFilesList")
        self.clear_button = push_button("clearRecentFiles", self.tr("Clear the list"), self.clear)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.files_list)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        column.addLayout(row)
        self.add_setting("recentFiles", self.tr("Recently opened files"),
                         self.tr("The community files under File ▸ Open Recent, newest first. Clearing the list "
                                 "leaves the files themselves alone."),
                         box, self.tr("an empty list"))
        self.finish()
        self.stored_files = self._stored()
        self.cleared = False
        self._show(self.stored_files)

    def _stored(self) -> list[str]:
        if self.window_ is not None:
            return self.window_.recent_files()
        value = self.settings.value(RECENT_KEY, [])
        return [str(v) for v in ([value] if isinstance(value, str) else value or [])]

    def _show(self, files: list[str]) -> None:
        self.files_list.clear()
        self.files_list.addItems([native(f) for f in files])
        self.clear_button.setEnabled(bool(files))

    def clear(self) -> None:
        self.cleared = True
        self._show([])
        self.changed.emit()

    def is_changed(self) -> bool:
        return self.cleared and bool(self.stored_files)

    def restore_defaults(self) -> None:
        self.clear()

    def apply(self) -> None:
        self.settings.remove(RECENT_KEY)
        self.stored_files, self.cleared = [], False
        if self.window_ is not None:
            self.window_._refresh_recent_menu()    # File ▸ Open Recent empties now

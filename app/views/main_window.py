"""The main window: six tabs over one community file, File/Edit/View/Help menus, notices about the file, a
status bar (file, who else is here, operator, journal mode, last backup)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget)

from app import APP_NAME
from app.models.database import Database
from app.models.errors import CorruptError, UserError
from app.paths import DB_SUFFIX, OPERATOR_KEY, RECENT_KEY, stored_journal_mode
from app.services.backups import folder_for
from app.services.overview import Overview, community_overview
from app.views.i18n import error_text, fmt
from app.views.labels import journal_label
from app.views.live_refresh import LiveRefresh
from app.views.presence import presence_text, presence_tooltip
from app.views.notice_area import NoticeArea
from app.views.operator_dialog import OperatorDialog
from app.views.storage_guard import StorageGuard
from app.views.tabs.base import TabPage
from app.views.tabs.activities import ActivitiesTab
from app.views.tabs.content import ContentTab
from app.views.tabs.dashboard import DashboardTab
from app.views.tabs.members import MembersTab
from app.views.tabs.moderation import ModerationTab
from app.views.tabs.reports import ReportsTab
from app.views.worker import JobRunner

if TYPE_CHECKING:
    from app.views.import_wizard import ImportWizard

MAX_RECENT = 8


class MainWindow(QMainWindow):
    database_changed = Signal()
    database_closing = Signal()     # before the open file is closed (windows over it close too)
    overview_loaded = Signal(object)

    def __init__(self, settings: QSettings, operator: str, backup_dir: Path | None = None):
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings
        self.operator = operator
        self.backup_dir = backup_dir
        self.db: Database | None = None
        self.import_wizard: "ImportWizard | None" = None
        self.jobs = JobRunner(self)
        self.resize(1200, 780)
        self.notices = NoticeArea()
        self._build_tabs()
        self._build_menus()
        self._build_status_bar()
        self.storage = StorageGuard(self)
        self._update_title()

    # -- construction -------------------------------------------------------------------
    def _build_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.pages: list[TabPage] = [
            DashboardTab(),
            MembersTab(),
            ContentTab(),
            ActivitiesTab(),
            ModerationTab(),
            ReportsTab(self.settings),
        ]
        titles = [self.tr("Dashboard"), self.tr("Members"), self.tr("Content"), self.tr("Activities"),
                  self.tr("Moderation"), self.tr("Reports")]
        for page, title in zip(self.pages, titles):
            self.tabs.addTab(page, title)
        self.pages[1].import_requested.connect(self.import_members_dialog)
        self.pages[1].data_written.connect(self.data_changed)
        self.pages[2].data_written.connect(lambda: self._tab_written(self.pages[2]))
        self.pages[3].data_written.connect(lambda: self._tab_written(self.pages[3]))
        self.pages[4].data_written.connect(lambda: self._tab_written(self.pages[4]))
        self.pages[2].activity_activated.connect(self.show_activity)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notices)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _action(self, text: str, name: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.new_action = self._action(self.tr("&New…"), "actionNew", self.new_database, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open…"), "actionOpen", self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.backup_now_action = self._action(self.tr("&Back up now"), "actionBackupNow",
                                              lambda: self.storage.backup_now())
        self.backup_now_action.setStatusTip(self.tr("A checked copy in this computer's backups folder"))
        self.backup_action = self._action(self.tr("Back up &to…"), "actionBackup",
                                          lambda: self.storage.backup_to_dialog())
        self.restore_action = self._action(self.tr("&Restore from backup…"), "actionRestore",
                                           lambda: self.storage.restore_dialog())
        self.import_action = self._action(self.tr("&Import members…"), "actionImportMembers",
                                          self.import_members_dialog)
        self.import_events_action = self._action(self.tr("Import &activity…"), "actionImportEvents",
                                                 self.import_events_dialog)
        self.quit_action = self._action(self.tr("&Quit"), "actionQuit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_now_action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_events_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        self.operator_action = self._action(self.tr("Operator &name…"), "actionOperator", self.ask_operator)
        edit_menu.addAction(self.operator_action)
        self.lifecycle_settings_action = self._action(self.tr("&Lifecycle settings…"), "actionLifecycleSettings",
                                                      self.lifecycle_settings_dialog)
        self.lifecycle_settings_action.setStatusTip(self.tr("Tier ladder, points, RFM, churn and KOL thresholds, "
                                                            "rewards"))
        edit_menu.addAction(self.lifecycle_settings_action)
        self.content_settings_action = self._action(self.tr("&Content settings…"), "actionContentSettings",
                                                    self.content_settings_dialog)
        self.content_settings_action.setStatusTip(self.tr("Channels and their cadence, pillars and their target "
                                                          "mix, hot-topic response times"))
        edit_menu.addAction(self.content_settings_action)
        self.moderation_settings_action = self._action(self.tr("&Moderation settings…"), "actionModerationSettings",
                                                       self.moderation_settings_dialog)
        self.moderation_settings_action.setStatusTip(self.tr("Deadlines (SLA) per alert level, credit moves per "
                                                             "action, categories, community rules"))
        edit_menu.addAction(self.moderation_settings_action)
        self.dashboard_settings_action = self._action(self.tr("Dashboard targets && time zone…"),
                                                      "actionDashboardSettings", self.dashboard_settings_dialog)
        self.dashboard_settings_action.setStatusTip(self.tr("KPI targets on the dashboard, and the time zone its "
                                                            "days are counted in"))
        edit_menu.addAction(self.dashboard_settings_action)
        from app.views.settings_dialog import show_settings   # every setting on one dialog's pages

        self.settings_action = self._action(self.tr("&Settings…"), "actionSettings",
                                            lambda _checked=False: show_settings(self))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)    # macOS: app menu ▸ Settings…
        self.settings_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                                          or [QKeySequence("Ctrl+,")])
        self.settings_action.setStatusTip(self.tr("Language, operator name, storage, reports folder, recent files "
                                                  "and the open file's settings"))
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        self.history_action = self._action(self.tr("&History…"), "actionHistory",
                                           lambda _checked=False: self.show_history())
        self.history_action.setStatusTip(self.tr("Who changed what and when; restore an old value"))
        view_menu.addAction(self.history_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.guide_action = self._action(self.tr("&User guide"), "actionUserGuide", self.show_guide,
                                         QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), "actionShortcuts", self.show_shortcuts)
        self.tour_action = self._action(self.tr("Take the &tour"), "actionTour", self.start_tour)
        self.tour_action.setStatusTip(self.tr("A short walk through the six tabs"))
        self.about_action = self._action(self.tr("&About"), "actionAbout", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        for action in (self.guide_action, self.shortcuts_action, self.tour_action):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.help_dialog = None     # Help ▸ User guide, one per window
        self.tour = None            # the guided tour, made when first taken
        self._refresh_recent_menu()

    def _build_status_bar(self) -> None:
        self.db_label = QLabel()
        self.db_label.setObjectName("statusDatabase")
        self.operator_label = QLabel()
        self.operator_label.setObjectName("statusOperator")
        self.journal_label = QLabel()
        self.journal_label.setObjectName("statusJournal")
        self.presence_label = QLabel()
        self.presence_label.setObjectName("statusPresence")
        self.live: LiveRefresh | None = None      # polls the open file for teammates' commits and presence
        bar = self.statusBar()
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.presence_label)
        bar.addPermanentWidget(self.operator_label)
        bar.addPermanentWidget(self.journal_label)
        self._update_status()

    # -- state display ------------------------------------------------------------------
    def _update_title(self) -> None:
        name = self.db.path.name if self.db else self.tr("no file open")
        if self.db is not None and self.db.read_only:
            name = fmt(self.tr("%1 (read-only)"), name)
        self.setWindowTitle(f"{name} — {self.tr(APP_NAME)}")

    def _update_status(self) -> None:
        if self.db:
            self.db_label.setText(str(self.db.path))
            self.journal_label.setText(journal_label(self.db.journal_mode, self.db.location))
        else:
            self.db_label.setText(self.tr("No community file is open"))
            self.journal_label.setText("")
        self.operator_label.setText(fmt(self.tr("Operator: %1"), self.operator))
        present = self.live.present if self.live is not None else []
        self.presence_label.setText(presence_text(present) if self.db else "")
        self.presence_label.setToolTip(presence_tooltip(present) if self.db else "")
        self.backup_now_action.setEnabled(self.db is not None and not self.db.read_only)
        self.backup_action.setEnabled(self.db is not None and not self.db.read_only)
        self.restore_action.setEnabled(self.db is not None)
        self.import_action.setEnabled(self.db is not None)
        self.import_events_action.setEnabled(self.db is not None)
        self.lifecycle_settings_action.setEnabled(self.db is not None)
        self.content_settings_action.setEnabled(self.db is not None)
        self.moderation_settings_action.setEnabled(self.db is not None)
        self.dashboard_settings_action.setEnabled(self.db is not None)
        self.history_action.setEnabled(self.db is not None)

    def _teammate_changed(self, operator: str) -> None:
        """A teammate committed (LiveRefresh gathers a burst into one call): every tab re-reads, keeping the
        person's place; no dialog opens and the focus stays where it is."""
        self.data_changed()
        self.statusBar().showMessage(fmt(self.tr("Updated with %1's changes"), operator) if operator
                                     else self.tr("Updated with a teammate's changes"), 5000)

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.critical(self, title, message)

    # -- opening files ------------------------------------------------------------------
    def backup_root(self) -> Path | None:
        """This computer's backups folder (each file has its own folder in it)."""
        return self.backup_dir

    def open_database(self, path: str | Path, *, create: bool = False, read_only_reason: str | None = None) -> bool:
        """Open *path*; on failure show why and keep the current file open. *read_only_reason*: open a damaged
        file without writing (every write is refused with that reason)."""

        journal = stored_journal_mode(self.settings)
        if read_only_reason is not None and self.db is not None:
            self.close_database()       # the same file, reopened read-only: close ours first
        backup_dir = folder_for(Path(path), self.backup_dir) if self.backup_dir else None
        try:
            db = Database(path, operator=self.operator, create=create, journal_mode=journal,
                          backup_dir=backup_dir, read_only_reason=read_only_reason)
        except CorruptError as exc:
            if not self.storage.offer_restore_for(Path(path).expanduser().absolute(), exc):
                self.show_error(self.tr("Cannot open the community file"), error_text(exc))
            return self.db is not None and self.db.path == Path(path).expanduser().absolute()
        except UserError as exc:
            self.show_error(self.tr("Cannot open the community file"), error_text(exc))
            return False
        self.close_database()
        self.db = db
        self._remember_recent(db.path)
        self._update_title()
        self._update_status()
        for page in self.pages:
            page.set_database(db, self.jobs)
        self.live = LiveRefresh(db, self)
        self.live.external_change.connect(self._teammate_changed)
        self.live.presence_changed.connect(lambda _present: self._update_status())
        self.live.start()
        self.database_changed.emit()
        self.refresh()
        self.storage.file_opened(db)
        return True

    def close_database(self) -> None:
        if self.db is not None:
            self.database_closing.emit()
        if self.live is not None:       # no poll after the file is closed; teammates see this session leave
            live, self.live = self.live, None
            live.stop()
            live.deleteLater()
        self.jobs.cancel_all()
        self.jobs.wait()
        for page in self.pages:
            page.set_database(None, self.jobs)
            page.show_overview(None)
        if self.db:
            self.db.close()
            self.db = None

    def data_changed(self) -> None:
        """Something wrote to the file: every tab re-reads what it shows."""
        for page in self.pages:
            page.reload()
        self.refresh()

    def refresh(self) -> None:
        if self.db is None:
            return
        self.jobs.start(self.db, lambda db, progress, cancelled: community_overview(db),
                        on_done=self._show_overview, on_failed=self._job_failed)

    def _show_overview(self, overview: Overview) -> None:
        for page in self.pages:
            page.show_overview(overview)
        self.overview_loaded.emit(overview)

    def _job_failed(self, message: str, details: str) -> None:
        if details:  # a bug: the global hook logs it and shows the traceback
            raise RuntimeError(f"{message}\n{details}")
        self.show_error(self.tr("Community Desk"), message)

    def _file_filter(self) -> str:
        return fmt(self.tr("Community Desk files (*%1 *.db *.sqlite);;All files (*)"), DB_SUFFIX)

    def _start_folder(self) -> str:
        return str(self.db.path.parent) if self.db else str(Path.home())

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New community file"),
                                              str(Path(self._start_folder()) / f"community{DB_SUFFIX}"),
                                              self._file_filter())
        if not path:
            return
        if not Path(path).suffix:
            path += DB_SUFFIX
        if Path(path).exists() and Path(path).stat().st_size > 0:
            self.show_error(self.tr("Cannot create the community file"),
                            fmt(self.tr("%1 already exists. Choose a new name, or use Open."), path))
            return
        self.open_database(path, create=True)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open community file"), self._start_folder(),
                                              self._file_filter())
        if path:
            self.open_database(path)

    # -- recent files -------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember_recent(self, path: Path) -> None:
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        self.settings.setValue(RECENT_KEY, files[:MAX_RECENT])
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_database(p))
        self.recent_menu.setEnabled(bool(files))

    # -- other commands -----------------------------------------------------------------
    def import_members_dialog(self) -> "ImportWizard | None":
        """File ▸ Import members…: the wizard runs window-modal; a written import refreshes every tab."""
        if self.db is None:
            return None
        from app.views.import_wizard import ImportWizard  # loaded when first used

        wizard = ImportWizard(self.db, self.jobs, self)
        wizard.imported.connect(self._members_imported)
        wizard.finished.connect(self._import_wizard_closed)
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def import_events_dialog(self):
        """File ▸ Import activity…: chat exports and event spreadsheets, off the GUI thread."""
        if self.db is None:
            return None
        from app.views.event_import_dialog import EventImportDialog  # loaded when first used

        dialog = self._open_dialog(EventImportDialog(self.db, self.jobs, self))
        dialog.imported.connect(lambda _report: self.data_changed())
        self.event_import_dialog = dialog
        return dialog

    def lifecycle_settings_dialog(self):
        """Edit ▸ Lifecycle settings…: the ladder and thresholds; the next recompute applies them."""
        if self.db is None:
            return None
        from app.views.lifecycle_settings_dialog import LifecycleSettingsDialog  # loaded when first used

        dialog = self._open_dialog(LifecycleSettingsDialog(self.db, self))
        dialog.saved.connect(lambda: self.statusBar().showMessage(self.tr("Saved. Recompute to apply."), 10_000))
        return dialog

    def content_settings_dialog(self):
        """Edit ▸ Content settings…: channels, cadence rules, pillars and targets; the calendar re-reads them."""
        if self.db is None:
            return None
        from app.views.content_settings_dialog import ContentSettingsDialog  # loaded when first used

        dialog = self._open_dialog(ContentSettingsDialog(self.db, self))
        dialog.saved.connect(self.data_changed)
        return dialog

    def moderation_settings_dialog(self):
        """Edit ▸ Moderation settings…: SLA hours, credit moves, categories and the community rules."""
        if self.db is None:
            return None
        from app.views.moderation_settings_dialog import ModerationSettingsDialog  # loaded when first used

        dialog = self._open_dialog(ModerationSettingsDialog(self.db, self))
        dialog.accepted.connect(self._moderation_settings_saved)
        return dialog

    def dashboard_settings_dialog(self):
        """Edit ▸ Dashboard targets & time zone…: after Save the dashboard recomputes."""
        if self.db is None:
            return None
        return self.pages[0].open_settings()

    def _moderation_settings_saved(self) -> None:
        self.pages[4].settings_saved()     # the tab re-reads and says it wrote

    def _open_dialog(self, dialog):
        """Show *dialog* window-modal; it is deleted when closed."""
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_history(self) -> None:
        from app.views.history_dialog import show_history     # the dialog's module is slow to import

        show_history(self)

    def show_activity(self, activity_id: int) -> None:
        """Open an activity (chosen on the content calendar) on the Activities tab."""
        self.tabs.setCurrentWidget(self.pages[3])
        self.pages[3].select_activity(activity_id)

    def _tab_written(self, writer: TabPage) -> None:
        """A tab wrote (and re-read itself): the other tabs and the overview re-read."""
        for page in self.pages:
            if page is not writer:
                page.reload()
        self.refresh()

    def _members_imported(self, _report) -> None:
        self.data_changed()

    def _import_wizard_closed(self) -> None:
        wizard, self.import_wizard = self.import_wizard, None
        if wizard is not None:
            wizard.deleteLater()

    def backup_to(self, target: Path):
        return self.storage.backup_to(target)

    def ask_operator(self) -> bool:
        dialog = OperatorDialog(self.operator, self)
        if dialog.exec() != OperatorDialog.DialogCode.Accepted:
            return False
        self.set_operator(dialog.name())
        return True

    def set_operator(self, name: str) -> None:
        self.operator = name
        self.settings.setValue(OPERATOR_KEY, name)
        if self.db:
            self.db.operator = name
        self._update_status()

    # -- help -----------------------------------------------------------------------------
    def show_guide(self):
        """Help ▸ User guide (F1): the guide in the interface language, beside its contents."""
        from app.views.help_dialog import show_guide  # loaded when first used

        return show_guide(self)

    def show_shortcuts(self):
        """Help ▸ Keyboard shortcuts: the menus' shortcuts read from this window, and the tabs' keys."""
        from app.views.shortcuts_dialog import ShortcutsDialog  # loaded when first used

        return self._open_dialog(ShortcutsDialog(self))

    def start_tour(self):
        """Help ▸ Take the tour (and after the first run): each tab with a callout; Esc ends it."""
        from app.views.tour import GuidedTour  # loaded when first used

        if self.tour is None:
            self.tour = GuidedTour(self)
        self.tour.start()
        return self.tour

    def show_about(self):
        """Help ▸ About: version, runtime, where the data is, and the licences of what the app ships with."""
        from app.views.about_dialog import AboutDialog  # loaded when first used

        return self._open_dialog(AboutDialog(self.db.path if self.db else None, self))

    def closeEvent(self, event) -> None:
        self.close_database()
        super().closeEvent(event)

"""Edit ▸ Settings…: every setting the app has, on pages (a list on the left, the page on the right).

Nothing is written until OK or Apply; Cancel leaves every setting as it was. A new interface language takes
effect on restart: after it is applied the window shows a notice with "Restart now", which closes the window
(and with it the file, cleanly) and starts the app again with the same arguments.
"""
from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QProcess, QSettings
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QMessageBox, QScrollArea,
                               QStackedWidget, QVBoxLayout, QWidget)

from app.views.dialog_parts import error_label
from app.views.i18n import fmt, tr
from app.views.language import effective_language, language_name
from app.views.settings_pages import (CommunityFilePage, GeneralPage, RecentFilesPage, ReportsPage, SettingsPage,
                                      StoragePage)

if TYPE_CHECKING:
    from app.views.main_window import MainWindow

RESTART_NOTICE = "restart"          # the window's notice key
start_detached = QProcess.startDetached      # replaced in tests


def running_language() -> str:
    """The language this session's interface is in ('zh_CN' or 'en'): install_translators sets the default
    locale to it at start."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start the app again the way this session was started (a frozen build's
    sys.executable is the app itself; otherwise the interpreter with its original arguments, e.g. -m app)."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    return sys.executable, list(getattr(sys, "orig_argv", [sys.executable, *sys.argv])[1:])


def restart_application(window: QWidget) -> bool:
    """Close *window* (its file closes cleanly), then start the app again. False when the window stayed open
    (the person kept it) or the new process could not be started."""
    program, arguments = restart_command()
    if not window.close():
        return False
    result = start_detached(program, arguments, os.getcwd())
    started = result[0] if isinstance(result, tuple) else bool(result)
    if not started:
        QMessageBox.warning(None, tr("SettingsDialog", "Restart"),
                            tr("SettingsDialog", "Community Desk could not start again. Start it the way you "
                                                 "usually do."))
    return started


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, window: "MainWindow | None" = None, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else window)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.window_ = window
        self.general = GeneralPage(settings, window)
        self.pages: list[SettingsPage] = [self.general, StoragePage(settings, window), ReportsPage(settings, window),
                                          CommunityFilePage(settings, window), RecentFilesPage(settings, window)]
        self.page_list = QListWidget()
        self.page_list.setObjectName("settingsPageList")
        self.stack = QStackedWidget()
        self.stack.setObjectName("settingsStack")
        for page in self.pages:
            self.page_list.addItem(page.title)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            page.changed.connect(self._update_buttons)
        self.page_list.setFixedWidth(max(160, self.page_list.sizeHintForColumn(0) + 32))
        self.page_list.currentRowChanged.connect(self._page_chosen)
        self.error = error_label("settingsError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        for role, name in ((QDialogButtonBox.StandardButton.Ok, "settingsOk"),
                           (QDialogButtonBox.StandardButton.Cancel, "settingsCancel"),
                           (QDialogButtonBox.StandardButton.Apply, "settingsApply"),
                           (QDialogButtonBox.StandardButton.RestoreDefaults, "settingsRestoreDefaults")):
            self.buttons.button(role).setObjectName(name)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setToolTip(self.tr("Put the settings on this page back to their defaults "
                                               "(written when you press OK or Apply)"))
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(lambda _checked=False: self.apply())
        self.restore_button.clicked.connect(lambda _checked=False: self.current_page().restore_defaults())
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(780, 620)
        self.page_list.setCurrentRow(0)
        self._update_buttons()

    # -- pages --------------------------------------------------------------------------
    def page(self, name: str) -> SettingsPage:
        return next(page for page in self.pages if page.objectName() == name)

    def current_page(self) -> SettingsPage:
        return self.pages[self.stack.currentIndex()]

    def select_page(self, name: str) -> SettingsPage:
        page = self.page(name)
        self.page_list.setCurrentRow(self.pages.index(page))
        return page

    def _page_chosen(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.restore_button.setEnabled(self.pages[row].can_restore)

    def _update_buttons(self) -> None:
        self.apply_button.setEnabled(any(page.is_changed() for page in self.pages))
        self.error.setVisible(False)

    # -- applying -----------------------------------------------------------------------
    def _ok(self) -> None:
        if self.apply():
            self.accept()

    def apply(self) -> bool:
        """Write every changed setting; False (nothing written) when a page's edits cannot be used."""
        changed = [page for page in self.pages if page.is_changed()]
        for page in changed:
            problem = page.problem()
            if problem:
                self.select_page(page.objectName())
                self.error.setText(problem)
                self.error.setVisible(True)
                return False
        language_changed = self.general.language_changed()
        for page in changed:
            page.apply()
        self.settings.sync()            # a restart reads them at once
        if language_changed:
            self._announce_language(self.general.language())
        self._update_buttons()
        return True

    def _announce_language(self, language: str) -> None:
        """Say in the window that the language changes on restart, and offer to restart now."""
        window = self.window_
        if window is None:
            return
        chosen = effective_language(language)
        if chosen == running_language():
            window.notices.remove(RESTART_NOTICE)
            return
        window.notices.show_notice(
            RESTART_NOTICE,
            fmt(self.tr("The interface will be in %1 after Community Desk restarts."), language_name(chosen)),
            actions=(("restartNowButton", self.tr("Restart now"), lambda: restart_application(window)),))


def show_settings(window: "MainWindow", page: str | None = None) -> SettingsDialog:
    """Edit ▸ Settings…: the dialog, window-modal over *window* (deleted when closed)."""
    dialog = SettingsDialog(window.settings, window)
    if page:
        dialog.select_page(page)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog

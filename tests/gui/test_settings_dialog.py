"""Edit ▸ Settings…: every setting on pages, with defaults; OK/Apply write, Cancel writes nothing; the language
takes effect on restart (and "Restart now" relaunches); the journal mode applies on the next open; the
community file's own settings dialogs open from their page."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QMenu, QPushButton, QRadioButton

from app import paths
from app.views import settings_dialog as settings_module
from app.views.labels import journal_label
from app.views.language import install_translators
from app.views.settings_dialog import SettingsDialog, restart_command
from app.views.tabs.reports import default_reports_folder
from tests.gui.conftest import choose, type_into

LEFT = Qt.MouseButton.LeftButton
PAGES = ["General", "Storage", "Reports", "Community file", "Recent files"]


@pytest.fixture
def language_restored():
    """Tests that install Chinese leave the interface English and the default locale as they found it."""
    locale = QLocale()
    yield
    install_translators("en")
    QLocale.setDefault(locale)


def open_settings(window, qtbot) -> SettingsDialog:
    """Edit ▸ Settings…, as the menu does it."""
    action = window.findChild(QAction, "actionSettings")
    assert action in window.findChild(QMenu, "editMenu").actions()
    assert action.isEnabled()
    action.trigger()
    shown = [dialog for dialog in window.findChildren(SettingsDialog) if dialog.isVisible()]
    assert len(shown) == 1
    qtbot.waitExposed(shown[0])
    return shown[0]


def find(dialog, cls, name):
    widget = dialog.findChild(cls, name)
    assert widget is not None, name
    return widget


def click(qtbot, dialog, name) -> None:
    button = find(dialog, QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, LEFT)


def show_page(qtbot, dialog, title: str):
    """Click *title* in the list on the left; the page shown."""
    pages = find(dialog, QListWidget, "settingsPageList")
    item = pages.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(pages.viewport(), LEFT, pos=pages.visualItemRect(item).center())
    page = dialog.current_page()
    assert page.title == title
    qtbot.waitUntil(lambda: page.isVisible())
    return page


def pick(qtbot, dialog, name) -> None:
    """Click a radio button on its circle."""
    button = find(dialog, QRadioButton, name)
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    assert button.isChecked(), name


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog, "settingsOk")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def set_text(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_into(qtbot, edit, text)


def snapshot(settings: QSettings) -> dict[str, object]:
    return {key: settings.value(key) for key in settings.allKeys()}


def open_file(window, qtbot, path: Path, *, create: bool = False) -> None:
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert window.open_database(path, create=create)


def test_edit_menu_opens_settings_with_pages_defaults_and_descriptions(window, qtbot):
    action = window.findChild(QAction, "actionSettings")
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action.shortcut().toString() != ""            # Preferences, or Ctrl+, where the platform has none
    dialog = open_settings(window, qtbot)
    pages = find(dialog, QListWidget, "settingsPageList")
    assert [pages.item(row).text() for row in range(pages.count())] == PAGES
    assert dialog.current_page().title == "General"
    assert not find(dialog, QPushButton, "settingsApply").isEnabled()     # nothing changed yet
    combo = find(dialog, QComboBox, "languageCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Follow the system (English)", "简体中文", "English"]
    assert find(dialog, QLabel, "languageDefault").text() == "Default: Follow the system (English)"
    assert "restarts" in find(dialog, QLabel, "languageRestartNote").text()
    assert find(dialog, QLineEdit, "operatorNameEdit").text() == "李娜"
    assert find(dialog, QLabel, "operatorDefault").text() == \
        f"Default: your login name on this computer ({paths.os_user()})"
    show_page(qtbot, dialog, "Storage")
    assert find(dialog, QRadioButton, "journalAuto").isChecked()
    assert find(dialog, QLabel, "journalDefault").text() == "Default: Automatic"
    for name in ("journalAuto", "journalWal", "journalDelete"):
        assert find(dialog, QLabel, f"{name}Description").text()
    assert "7 daily" in find(dialog, QLabel, "backupsKept").text()
    show_page(qtbot, dialog, "Reports")
    assert find(dialog, QLabel, "reportsFolderDefault").text() == \
        f"Default: your Documents folder ({default_reports_folder()})"
    show_page(qtbot, dialog, "Community file")
    assert not find(dialog, QPushButton, "settingsRestoreDefaults").isEnabled()   # those dialogs have their own
    show_page(qtbot, dialog, "Recent files")
    assert find(dialog, QPushButton, "settingsRestoreDefaults").isEnabled()
    assert find(dialog, QLabel, "recentFilesDefault").text() == "Default: an empty list"
    click(qtbot, dialog, "settingsCancel")


def test_switching_to_chinese_stores_it_says_restart_and_a_fresh_window_is_chinese(
        window, qtbot, settings, tmp_path, monkeypatch, language_restored):
    open_file(window, qtbot, tmp_path / "c.cdesk", create=True)
    dialog = open_settings(window, qtbot)
    choose(qtbot, find(dialog, QComboBox, "languageCombo"), "简体中文")
    assert find(dialog, QPushButton, "settingsApply").isEnabled()
    assert window.notices.text("restart") is None               # nothing happens before OK
    ok(qtbot, dialog)
    assert settings.value("ui/language") == "zh_CN"
    assert window.notices.text("restart") == "The interface will be in 简体中文 after Community Desk restarts."
    # Restart now: the window (and its file) closes first, then the same command starts again.
    started = []

    def fake_start(program, arguments, folder):
        started.append((program, arguments, folder, window.isVisible(), window.db))
        return True, 4242
    monkeypatch.setattr(settings_module, "start_detached", fake_start)
    click(qtbot, window.notices, "restartNowButton")
    assert started == [(sys.executable, sys.orig_argv[1:], os.getcwd(), False, None)]
    # The next start installs the stored language: the menus are Chinese.
    install_translators(settings.value("ui/language"))
    file_title = QCoreApplication.translate("MainWindow", "&File")
    assert file_title != "&File"                                  # the .qm (make translations) holds it
    from app.views.main_window import MainWindow

    fresh = MainWindow(settings, "李娜", tmp_path / "backups")
    qtbot.addWidget(fresh)
    titles = [action.text() for action in fresh.menuBar().actions()]
    assert titles[:2] == [file_title, QCoreApplication.translate("MainWindow", "&Edit")]
    assert titles[1] != "&Edit"


def test_switching_back_to_english(qtbot, settings, tmp_path, language_restored):
    from app.views.main_window import MainWindow

    settings.setValue("ui/language", "zh_CN")
    install_translators("zh_CN")                  # this session runs in Chinese
    window = MainWindow(settings, "李娜", tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    assert window.menuBar().actions()[0].text() != "&File"
    dialog = open_settings(window, qtbot)
    combo = find(dialog, QComboBox, "languageCombo")
    assert combo.currentText() == "简体中文"
    choose(qtbot, combo, "English")
    ok(qtbot, dialog)
    assert settings.value("ui/language") == "en"
    assert "English" in window.notices.text("restart")
    install_translators("en")
    fresh = MainWindow(settings, "李娜", tmp_path / "backups")
    qtbot.addWidget(fresh)
    assert [action.text() for action in fresh.menuBar().actions()][:2] == ["&File", "&Edit"]


def test_choosing_the_running_language_again_takes_the_restart_notice_away(window, qtbot, settings):
    dialog = open_settings(window, qtbot)
    choose(qtbot, find(dialog, QComboBox, "languageCombo"), "简体中文")
    click(qtbot, dialog, "settingsApply")                        # Apply: written, the dialog stays
    assert dialog.isVisible() and settings.value("ui/language") == "zh_CN"
    assert window.notices.text("restart") is not None
    assert not find(dialog, QPushButton, "settingsApply").isEnabled()
    choose(qtbot, find(dialog, QComboBox, "languageCombo"), "English")
    ok(qtbot, dialog)
    assert settings.value("ui/language") == "en"
    assert window.notices.text("restart") is None                # English is what is running


def test_restart_command_repeats_how_the_app_was_started(monkeypatch, window):
    assert restart_command() == (sys.executable, sys.orig_argv[1:])
    monkeypatch.setattr(sys, "frozen", True, raising=False)       # a PyInstaller build: the executable is the app
    monkeypatch.setattr(sys, "executable", "/opt/community-desk/community-desk")
    monkeypatch.setattr(sys, "argv", ["/opt/community-desk/community-desk", "--db", "/data/c.cdesk"])
    assert restart_command() == ("/opt/community-desk/community-desk", ["--db", "/data/c.cdesk"])
    started = []
    monkeypatch.setattr(settings_module, "start_detached", lambda *args: started.append(args) or (True, 1))
    monkeypatch.setattr(window, "close", lambda: False)          # the window stays open (the person kept it)
    assert settings_module.restart_application(window) is False
    assert started == []


def test_journal_mode_choice_is_stored_and_used_on_the_next_open(window, qtbot, settings, tmp_path):
    path = tmp_path / "c.cdesk"
    open_file(window, qtbot, path, create=True)
    status = window.findChild(QLabel, "statusJournal")
    assert window.db.journal_mode == "wal" and status.text() == journal_label("wal", "local")
    dialog = open_settings(window, qtbot)
    show_page(qtbot, dialog, "Storage")
    assert find(dialog, QLabel, "journalCurrent").text() == "The open file uses: " + journal_label("wal", "local")
    pick(qtbot, dialog, "journalDelete")
    ok(qtbot, dialog)
    assert settings.value("storage/journal_mode") == "delete"
    assert status.text() == journal_label("wal", "local")      # the open file keeps its mode until reopened
    window.close_database()
    open_file(window, qtbot, path)
    assert window.db.journal_mode == "delete"
    assert status.text() == journal_label("delete", "local")
    dialog = open_settings(window, qtbot)
    show_page(qtbot, dialog, "Storage")
    assert find(dialog, QRadioButton, "journalDelete").isChecked()
    pick(qtbot, dialog, "journalAuto")
    ok(qtbot, dialog)
    window.close_database()
    open_file(window, qtbot, path)
    assert settings.value("storage/journal_mode") == "auto"
    assert status.text() == journal_label("wal", "local")


def test_a_hand_edited_journal_mode_falls_back_to_automatic(window, qtbot, settings, tmp_path):
    settings.setValue("storage/journal_mode", "fast please")
    open_file(window, qtbot, tmp_path / "c.cdesk", create=True)
    assert window.db.journal_mode == "wal"


def test_cancel_writes_nothing(window, qtbot, settings, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    open_file(window, qtbot, tmp_path / "c.cdesk", create=True)
    settings.setValue("storage/journal_mode", "wal")
    before = snapshot(settings)
    assert before["recent/files"]
    dialog = open_settings(window, qtbot)
    choose(qtbot, find(dialog, QComboBox, "languageCombo"), "简体中文")
    set_text(qtbot, find(dialog, QLineEdit, "operatorNameEdit"), "王强")
    show_page(qtbot, dialog, "Storage")
    pick(qtbot, dialog, "journalDelete")
    show_page(qtbot, dialog, "Reports")
    set_text(qtbot, find(dialog, QLineEdit, "reportsFolderEdit"), str(folder))
    show_page(qtbot, dialog, "Recent files")
    click(qtbot, dialog, "clearRecentFiles")
    assert find(dialog, QListWidget, "recentFilesList").count() == 0
    click(qtbot, dialog, "settingsCancel")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert snapshot(settings) == before
    assert window.operator == "李娜" and window.db.operator == "李娜"
    assert window.notices.text("restart") is None
    assert window.recent_menu.isEnabled()


def test_restore_defaults_puts_back_the_current_page_only(window, qtbot, settings, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    settings.setValue("ui/language", "zh_CN")
    settings.setValue("storage/journal_mode", "delete")
    settings.setValue("reports/folder", str(folder))
    dialog = open_settings(window, qtbot)
    combo = find(dialog, QComboBox, "languageCombo")
    assert combo.currentText() == "简体中文"
    click(qtbot, dialog, "settingsRestoreDefaults")
    assert combo.currentData() == "" and combo.currentText() == "Follow the system (English)"
    assert find(dialog, QLineEdit, "operatorNameEdit").text() == paths.os_user()
    assert settings.value("ui/language") == "zh_CN"              # shown, not written yet
    show_page(qtbot, dialog, "Storage")
    assert find(dialog, QRadioButton, "journalDelete").isChecked()   # General's restore left Storage alone
    click(qtbot, dialog, "settingsRestoreDefaults")
    assert find(dialog, QRadioButton, "journalAuto").isChecked()
    show_page(qtbot, dialog, "Reports")
    assert find(dialog, QLineEdit, "reportsFolderEdit").text() == str(folder)
    ok(qtbot, dialog)
    assert settings.value("ui/language") == ""
    assert settings.value("storage/journal_mode") == "auto"
    assert settings.value("reports/folder") == str(folder)
    assert settings.value("operator/name") == paths.os_user() == window.operator
    assert window.findChild(QLabel, "statusOperator").text() == f"Operator: {paths.os_user()}"


def test_operator_name_is_applied_to_the_window_and_the_open_file(window, qtbot, settings, tmp_path):
    open_file(window, qtbot, tmp_path / "c.cdesk", create=True)
    dialog = open_settings(window, qtbot)
    edit = find(dialog, QLineEdit, "operatorNameEdit")
    set_text(qtbot, edit, "  ")
    click(qtbot, dialog, "settingsOk")
    error = find(dialog, QLabel, "settingsError")
    assert dialog.isVisible() and error.isVisible() and "operator name" in error.text()
    assert settings.value("operator/name") is None
    set_text(qtbot, edit, "王强")
    assert not error.isVisible()
    ok(qtbot, dialog)
    assert settings.value("operator/name") == "王强"
    assert window.operator == "王强" and window.db.operator == "王强"
    assert window.findChild(QLabel, "statusOperator").text() == "Operator: 王强"


def test_reports_folder_is_checked_stored_and_used_by_the_reports_tab(window, qtbot, settings, tmp_path):
    reports = window.pages[5]
    assert reports.save_folder() == default_reports_folder()
    dialog = open_settings(window, qtbot)
    show_page(qtbot, dialog, "Reports")
    edit = find(dialog, QLineEdit, "reportsFolderEdit")
    set_text(qtbot, edit, str(tmp_path / "missing"))
    show_page(qtbot, dialog, "General")
    click(qtbot, dialog, "settingsOk")
    assert dialog.isVisible() and dialog.current_page().title == "Reports"    # taken to the problem
    assert "does not exist" in find(dialog, QLabel, "settingsError").text()
    assert settings.value("reports/folder") is None
    set_text(qtbot, edit, str(tmp_path))
    ok(qtbot, dialog)
    assert settings.value("reports/folder") == str(tmp_path)
    assert reports.save_folder() == tmp_path
    dialog = open_settings(window, qtbot)
    show_page(qtbot, dialog, "Reports")
    click(qtbot, dialog, "settingsRestoreDefaults")
    assert find(dialog, QLineEdit, "reportsFolderEdit").text() == ""
    ok(qtbot, dialog)
    assert not settings.contains("reports/folder")
    assert reports.save_folder() == default_reports_folder()


def test_clearing_recent_files_empties_the_menu(window, qtbot, settings, tmp_path):
    for name in ("a.cdesk", "b.cdesk"):
        open_file(window, qtbot, tmp_path / name, create=True)
    dialog = open_settings(window, qtbot)
    show_page(qtbot, dialog, "Recent files")
    files = find(dialog, QListWidget, "recentFilesList")
    assert [files.item(i).text() for i in range(files.count())] == [str(tmp_path / "b.cdesk"),
                                                                     str(tmp_path / "a.cdesk")]
    click(qtbot, dialog, "clearRecentFiles")
    assert not find(dialog, QPushButton, "clearRecentFiles").isEnabled()
    click(qtbot, dialog, "settingsApply")
    assert not settings.contains("recent/files")
    assert window.recent_files() == [] and not window.recent_menu.isEnabled()
    click(qtbot, dialog, "settingsCancel")


def test_backups_folder_opens_in_the_file_manager(window, qtbot, tmp_path, monkeypatch):
    opened = []

    class Desktop:
        @staticmethod
        def openUrl(url):
            opened.append(url)
            return True
    monkeypatch.setattr("app.views.settings_pages.QDesktopServices", Desktop)
    dialog = open_settings(window, qtbot)
    show_page(qtbot, dialog, "Storage")
    assert find(dialog, QLabel, "backupsFolderPath").text() == str(tmp_path / "backups")
    click(qtbot, dialog, "openBackupsFolder")
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "backups"))]
    assert (tmp_path / "backups").is_dir()                       # made, so the file manager has a folder to show
    click(qtbot, dialog, "settingsCancel")


COMMUNITY_DIALOGS = [("openLifecycleSettings", "LifecycleSettingsDialog"),
                     ("openContentSettings", "ContentSettingsDialog"),
                     ("openModerationSettings", "ModerationSettingsDialog"),
                     ("openDashboardSettings", "DashboardSettingsDialog")]


def test_community_file_buttons_open_the_four_settings_dialogs(window, qtbot, tmp_path):
    open_file(window, qtbot, tmp_path / "c.cdesk", create=True)
    dialog = open_settings(window, qtbot)
    page = show_page(qtbot, dialog, "Community file")
    assert find(dialog, QLabel, "communityFileNote").text() == f"The open file: {tmp_path / 'c.cdesk'}"
    for button, class_name in COMMUNITY_DIALOGS:
        click(qtbot, dialog, button)
        opened = page.opened
        assert type(opened).__name__ == class_name
        qtbot.waitExposed(opened)
        assert all(not b.isEnabled() for b in page.buttons.values())     # one at a time
        opened.reject()
        qtbot.waitUntil(lambda: all(b.isEnabled() for b in page.buttons.values()))
        assert page.opened is None
    click(qtbot, dialog, "settingsCancel")


def test_community_file_buttons_wait_for_a_writable_file(window, qtbot, tmp_path):
    dialog = open_settings(window, qtbot)
    show_page(qtbot, dialog, "Community file")
    assert find(dialog, QLabel, "communityFileNote").text() == "Open a community file to change its settings."
    assert all(not find(dialog, QPushButton, name).isEnabled() for name, _ in COMMUNITY_DIALOGS)
    click(qtbot, dialog, "settingsCancel")
    path = tmp_path / "c.cdesk"
    open_file(window, qtbot, path, create=True)
    window.close_database()
    assert window.open_database(path, read_only_reason="it is damaged")
    dialog = open_settings(window, qtbot)
    show_page(qtbot, dialog, "Community file")
    assert find(dialog, QLabel, "communityFileNote").text() == \
        "c.cdesk is open read-only: its settings cannot be changed."
    assert all(not find(dialog, QPushButton, name).isEnabled() for name, _ in COMMUNITY_DIALOGS)
    click(qtbot, dialog, "settingsCancel")

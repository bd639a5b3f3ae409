"""The Help menu as an operator uses it: F1 opens the guide in the interface language with its contents,
the shortcuts list is read from the window, the tour walks the six tabs, About names the version and the
licences of what the app ships with."""
from __future__ import annotations

from importlib import metadata

import PySide6
import pytest
from packaging.requirements import Requirement
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from app import __version__
from app.resources import resource_path
from app.views.about_dialog import COMPONENTS, NOT_BUNDLED, AboutDialog, licence_text
from app.views.help_dialog import HelpDialog, guide_path, sections
from app.views.language import install_translators
from app.views.shortcuts_dialog import ShortcutsDialog
from app.views.tour import STEPS

TAB_ORDER = ["DashboardTab", "MembersTab", "ContentTab", "ActivitiesTab", "ModerationTab", "ReportsTab"]


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    install_translators("en")


def test_f1_opens_the_user_guide_with_its_contents(window, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert dialog.language == "en"
    titles = dialog.section_titles()
    assert titles[:7] == ["Getting started", "Dashboard", "Members", "Content", "Activities", "Moderation",
                          "Reports"]
    assert {"Importing members and chat exports", "Working as a team on one file", "Backups and restore",
            "The command line"} <= set(titles)
    assert "Community Desk user guide" in dialog.browser.toPlainText()
    # the contents jump to a section
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    dialog.contents.setFocus()
    dialog.contents.setCurrentRow(titles.index("Backups and restore"))
    assert bar.value() > 0
    # find: Enter selects the next match
    qtbot.keyClicks(dialog.find_edit, "quick_check")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.find_status.text() == "“quick_check” is not in the guide"
    dialog.find_edit.clear()
    qtbot.keyClicks(dialog.find_edit, "KOL")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.browser.textCursor().selectedText() == "KOL"
    assert dialog.find_status.text() == ""
    # closed and opened again: the same guide, where the person left it
    place = bar.value()
    dialog.close()
    assert not dialog.isVisible()
    window.guide_action.trigger()
    assert window.help_dialog is dialog and dialog.isVisible()
    assert bar.value() == place


def test_the_guide_follows_the_interface_language(window, qtbot):
    install_translators("zh_CN")
    dialog = window.show_guide()
    qtbot.waitExposed(dialog)
    assert dialog.language == "zh_CN"
    assert dialog.section_titles()[:7] == ["开始使用", "数据看板", "成员", "内容", "活动", "审核", "报表"]
    assert "社群运营工作台 用户指南" in dialog.browser.toPlainText()


def test_the_two_guides_have_the_same_sections():
    english = sections(guide_path("en").read_text(encoding="utf-8"))
    chinese = sections(guide_path("zh_CN").read_text(encoding="utf-8"))
    assert [anchor for anchor, _ in english] == [anchor for anchor, _ in chinese]
    assert len(english) == 11 and len({anchor for anchor, _ in english}) == 11
    assert all(title for _, title in english + chinese)


def test_keyboard_shortcuts_are_read_from_the_window(window, qtbot):
    extra = QAction("Zoom &in", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+Z"))
    window.menuBar().actions()[2].menu().addAction(extra)        # View ▸ Zoom in
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    menus = [(keys, command) for group, keys, command in rows if group == "Menus"]
    assert ("Ctrl+O", "File ▸ Open…") in menus
    assert ("Ctrl+N", "File ▸ New…") in menus
    assert ("F1", "Help ▸ User guide") in menus
    assert ("Ctrl+Shift+Z", "View ▸ Zoom in") in menus
    commands = [command for _group, _keys, command in rows]
    assert ("Members tab", "F5", "Read the roster again") in rows
    assert ("Moderation tab (the queue)", "J", "Next case") in rows
    assert ("Moderation tab (the queue)", "B", "Decide: Ban") in rows
    assert ("Content tab (calendar)", "PgDown", "Next month or week") in rows
    assert len(commands) == len(set(commands))
    # every moderation key the tab really has is listed
    moderation = window.pages[4]
    listed = {keys for group, keys, _ in rows if group.startswith("Moderation")}
    assert listed == set(moderation.shortcuts)


def test_the_tour_walks_the_six_tabs_and_skip_ends_it(window, qtbot):
    assert [name for name, _text in STEPS] == TAB_ORDER
    assert [window.tabs.widget(i).objectName() for i in range(window.tabs.count())] == TAB_ORDER
    window.tabs.setCurrentIndex(3)
    window.tour_action.trigger()
    tour = window.tour
    bubble = tour.bubble
    qtbot.waitUntil(bubble.isVisible)
    seen = []
    for step in range(6):
        assert bubble.step_label.text() == f"Step {step + 1} of 6"
        assert bubble.title_label.text() == window.tabs.tabText(window.tabs.currentIndex())
        assert bubble.text_label.text() == STEPS[step][1]
        seen.append(window.tabs.currentWidget().objectName())
        tab_rect = window.tabs.tabBar().tabRect(window.tabs.currentIndex())
        tab_middle = window.tabs.tabBar().mapTo(window, tab_rect.center()).x()
        assert bubble.x() <= tab_middle <= bubble.x() + bubble.width()    # the callout is by its tab
        assert bubble.y() >= window.tabs.tabBar().mapTo(window, tab_rect.bottomLeft()).y()
        if step < 5:
            qtbot.mouseClick(bubble.next_button, Qt.MouseButton.LeftButton)
    assert seen == TAB_ORDER
    assert bubble.next_button.text() == "Done"
    qtbot.mouseClick(bubble.back_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget().objectName() == "ModerationTab"
    with qtbot.waitSignal(tour.finished, timeout=2_000):
        qtbot.mouseClick(bubble.skip_button, Qt.MouseButton.LeftButton)
    assert not bubble.isVisible() and not tour.is_running()
    assert window.tabs.currentWidget().objectName() == "ModerationTab"     # left where the person was


def test_done_and_escape_end_the_tour(window, qtbot):
    tour = window.start_tour()
    for _ in range(5):
        qtbot.mouseClick(tour.bubble.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tour.finished, timeout=2_000):
        qtbot.mouseClick(tour.bubble.next_button, Qt.MouseButton.LeftButton)    # Done
    assert not tour.bubble.isVisible()
    window.tour_action.trigger()           # taken again from the Help menu: from the start
    assert tour.is_running() and window.tabs.currentIndex() == 0
    window.activateWindow()
    qtbot.waitActive(window)
    with qtbot.waitSignal(tour.finished, timeout=2_000):
        qtbot.keyClick(tour.bubble.next_button, Qt.Key.Key_Escape)
    assert not tour.bubble.isVisible()


def test_the_tour_speaks_the_interface_language(window, qtbot):
    install_translators("zh_CN")
    tour = window.start_tour()
    assert tour.bubble.step_label.text() == QCoreApplication.translate("GuidedTour", "Step %1 of %2") \
        .replace("%1", "1").replace("%2", "6")
    assert tour.bubble.text_label.text() == QCoreApplication.translate("GuidedTour", STEPS[0][1])
    tour.end()


def test_about_names_the_version_the_runtime_the_file_and_the_licences(open_window, qtbot):
    window = open_window
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.findChild(QLabel, "aboutTitle").text()
    assert dialog.facts["version"].text() == __version__
    runtime = dialog.facts["runtime"].text()
    assert qVersion() in runtime and PySide6.__version__ in runtime
    assert dialog.facts["database"].text() == str(window.db.path)
    names = dialog.component_names()
    for expected in ("Community Desk", "Qt", "PySide6 / Shiboken6", "sqlite-utils", "matplotlib", "openpyxl",
                     "lxml", "defusedxml", "pyahocorasick", "SQLite", "Noto Sans CJK SC", "NumPy", "Pillow"):
        assert expected in names
    licences = {dialog.table.item(row, 0).text(): dialog.table.item(row, 2).text()
                for row in range(dialog.table.rowCount())}
    assert licences["Community Desk"] == "MIT" and licences["Qt"] == "LGPL-3.0"
    assert licences["SQLite"] == "Public domain" and licences["Noto Sans CJK SC"] == "OFL-1.1"
    assert dialog.table.item(names.index("matplotlib"), 1).text() == metadata.version("matplotlib")
    # choosing a component shows its licence text
    dialog.table.selectRow(names.index("Qt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_view.toPlainText()
    dialog.table.selectRow(names.index("Noto Sans CJK SC"))
    assert "SIL OPEN FONT LICENSE" in dialog.licence_view.toPlainText().upper()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith(f"Community Desk {__version__}\n")


def test_every_component_has_its_licence_file():
    for component in COMPONENTS:
        path = resource_path(*component.file.split("/"))
        assert path.is_file(), component.name
        text = licence_text(component)
        assert len(text) > 300, component.name
    assert resource_path("licenses", "gpl-3.0.txt").is_file()     # the LGPL builds on it


def _runtime_closure(name: str, seen: set[str]) -> set[str]:
    key = name.lower().replace("_", "-")
    if key in seen:
        return seen
    seen.add(key)
    for line in metadata.requires(name) or []:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            _runtime_closure(requirement.name, seen)
    return seen


def test_the_licence_list_covers_every_package_the_app_requires():
    """A new dependency (or one of theirs) without a row in About fails here, as pip sees them."""
    required = _runtime_closure("community-desk", set())
    listed = {d.lower().replace("_", "-") for component in COMPONENTS for d in component.distributions}
    assert required - listed - set(NOT_BUNDLED) == set()
    assert listed - required == set()                     # nothing listed that the app does not use

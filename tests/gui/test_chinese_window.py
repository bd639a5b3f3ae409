"""The whole window in 简体中文, as a Chinese operator sees it: every tab, menu, column title and label
shown is Chinese (English only where it is a name, an abbreviation or a format), and the charts and
widgets draw Chinese with the bundled font."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QMenu)

from app.views.language import install_translators

from .conftest import wait_computed

# Lower-case English words (3+ letters) a Chinese interface may still show: file types, units in formats.
ALLOWED_WORDS = {"xlsx", "csv", "ics", "cdesk", "json", "png", "txt", "http", "https", "www", "com", "example"}
WORD = re.compile(r"\b[a-z]{3,}\b")


def english_left(text: str) -> list[str]:
    """The English words in a shown text (tags, ampersand mnemonics, paths and e-mail addresses ignored)."""
    plain = re.sub(r"<[^>]*>|\S+@\S+|\S*[/\\]\S*", " ", text.replace("&", ""))
    return [w for w in WORD.findall(plain) if w not in ALLOWED_WORDS]


def shown_texts(widget) -> list[tuple[str, str]]:
    """(where, text) for what a person reads in *widget* and below it."""
    found: list[tuple[str, str]] = []
    for child in [widget, *widget.findChildren(object)]:
        if not hasattr(child, "isVisible") or not child.isVisible():
            continue
        name = f"{type(child).__name__}#{child.objectName()}"
        if isinstance(child, QLabel):
            found.append((name, child.text()))
        elif isinstance(child, QAbstractButton):
            found.append((name, child.text()))
            found.append((name + ".toolTip", child.toolTip()))
        elif isinstance(child, QGroupBox):
            found.append((name, child.title()))
        elif isinstance(child, QLineEdit):
            found.append((name + ".placeholder", child.placeholderText()))
        elif isinstance(child, QComboBox):
            found.extend((name, child.itemText(i)) for i in range(child.count()))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a Qt-internal model (a combo's popup list): its items are read above
                continue
            found.extend((name + ".header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                         for c in range(columns))
            for row in range(min(model.rowCount(QModelIndex()), 8)):
                found.extend((f"{name}[{row},{c}]", str(model.index(row, c).data() or "")) for c in range(columns))
    return found


@pytest.fixture
def chinese(qapp):
    install_translators("zh_CN", qapp)
    yield
    install_translators("en", qapp)


def test_every_tab_and_menu_is_chinese(chinese, qtbot, settings, tmp_path, demo_db):
    from app.views.main_window import MainWindow

    settings.setValue("ui/language", "zh_CN")       # as the app starts: the setting and the translators agree
    window = MainWindow(settings, "李娜", tmp_path / "backups")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    path = demo_db.path
    demo_db.close()
    with qtbot.waitSignal(window.overview_loaded, timeout=20_000):
        assert window.open_database(path)
    try:
        texts: list[tuple[str, str]] = []
        for menu in window.menuBar().findChildren(QMenu):
            texts.append(("menu", menu.title()))
            texts.extend((f"menu {menu.title()}", a.text()) for a in menu.actions() if not a.isSeparator())
        for index in range(window.tabs.count()):
            texts.append(("tab", window.tabs.tabText(index)))
            window.tabs.setCurrentIndex(index)
            page = window.tabs.widget(index)
            if index == 0:
                wait_computed(qtbot, page)
            if page.objectName() == "ReportsTab":
                qtbot.waitUntil(lambda: page.is_idle() and page.preview_title.text() != "", timeout=30_000)
            qtbot.wait(50)
            texts.extend((f"tab {window.tabs.tabText(index)}: {where}", text) for where, text in shown_texts(page))
        texts.extend(("status bar: " + where, text) for where, text in shown_texts(window.statusBar()))
        assert "文件" in window.menuBar().actions()[0].text()
        left = sorted({f"{where}: {text!r}" for where, text in texts if english_left(text)})
        assert left == [], "English left in the Chinese window:\n" + "\n".join(left)
    finally:
        window.close_database()


def test_english_detector_is_not_blind():
    assert english_left("Open the demo community")
    assert not english_left("打开演示社群")
    assert not english_left("导出为 .xlsx（Excel）") and not english_left("<b>日活</b> DAU")


def test_qt_own_buttons_follow_the_language(chinese, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(button.text() for button in box.buttons()) == sorted(["确定", "取消"])


def test_numbers_dates_and_money_follow_the_language(chinese):
    from datetime import date

    from app.views import locale_format

    assert locale_format.date_text(date(2026, 11, 2)) == "2026/11/2"
    assert locale_format.money(123450) == "¥1,234.50"
    assert locale_format.percent(0.256) == "25.6%"
    install_translators("en")
    assert locale_format.date_text(date(2026, 11, 2)) == "11/2/2026"

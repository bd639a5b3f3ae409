"""Help ▸ User guide: the guide (resources/help/guide_<language>.html) in the interface language, with its
table of contents beside it and a find box."""
from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from app.resources import resource_path
from app.views.i18n import fmt
from app.views.key_handlers import on_return

SECTION = re.compile(r'<h2[^>]*>\s*<a name="([^"]+)"></a>(.*?)</h2>', re.S)
ANCHOR_ROLE = Qt.ItemDataRole.UserRole


def interface_language() -> str:
    """The language the interface speaks now ('zh_CN' or 'en'): install_translators made it the default locale."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def guide_path(language: str) -> Path:
    return resource_path("help", "guide_zh_CN.html" if language == "zh_CN" else "guide_en.html")


def sections(text: str) -> list[tuple[str, str]]:
    """(anchor, title) of each <h2><a name="…"></a>Title</h2> in the guide, in order."""
    return [(anchor, html.unescape(re.sub(r"<[^>]+>", "", title)).strip()) for anchor, title in SECTION.findall(text)]


class HelpDialog(QDialog):
    def __init__(self, language: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.language = language or interface_language()
        self.setWindowTitle(self.tr("User guide"))
        self.resize(960, 680)
        layout = QVBoxLayout(self)
        find_row = QHBoxLayout()
        find_label = QLabel(self.tr("&Find:"))
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("helpFind")
        self.find_edit.setPlaceholderText(self.tr("A word in the guide; Enter finds the next"))
        self.find_edit.setClearButtonEnabled(True)
        find_label.setBuddy(self.find_edit)
        self.find_status = QLabel()
        self.find_status.setObjectName("helpFindStatus")
        find_row.addWidget(find_label)
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.find_status)
        layout.addLayout(find_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setAccessibleName(self.tr("Contents"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 740])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.contents.currentItemChanged.connect(lambda item, _previous: self._section_chosen(item))
        on_return(self.find_edit, self.find_next)
        self.find_edit.textChanged.connect(lambda _text: self.find_status.clear())
        self.load()

    def load(self) -> None:
        path = guide_path(self.language)
        text = path.read_text(encoding="utf-8")
        self.browser.document().setBaseUrl(path.parent.as_uri() + "/")
        self.browser.setHtml(text)
        self.contents.clear()
        for anchor, title in sections(text):
            item = QListWidgetItem(title)
            item.setData(ANCHOR_ROLE, anchor)
            self.contents.addItem(item)

    def section_titles(self) -> list[str]:
        return [self.contents.item(row).text() for row in range(self.contents.count())]

    def show_section(self, anchor: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(ANCHOR_ROLE) == anchor:
                self.contents.setCurrentRow(row)
                return

    def _section_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.browser.scrollToAnchor(item.data(ANCHOR_ROLE))

    def find_next(self) -> bool:
        """Select the next occurrence of the find box's text (from the top again after the last)."""
        text = self.find_edit.text().strip()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        self.find_status.setText("" if found else fmt(self.tr("“%1” is not in the guide"), text))
        return found


def show_guide(window: QWidget) -> HelpDialog:
    """Help ▸ User guide: one guide window per main window (closing hides it, keeping its place), brought to
    the front when already open."""
    dialog = getattr(window, "help_dialog", None)
    if dialog is not None and dialog.isVisible():
        dialog.raise_()
        dialog.activateWindow()
        return dialog
    if dialog is None:
        dialog = HelpDialog(parent=window)
        window.help_dialog = dialog
    dialog.show()
    return dialog

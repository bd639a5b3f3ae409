"""Help ▸ Keyboard shortcuts: every menu command of the window that has a shortcut (read from the window
itself, with its menu path), then the keys that work inside the tabs."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QMainWindow, QMenu, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from app.views.i18n import fmt
from app.views.moderation_case_panel import ACTION_KEYS, COMMAND_KEYS
from app.views.moderation_labels import ACTION_LABELS, label
from app.views.tour import plain_title

CONTEXT = "ShortcutsDialog"
PATH_SEPARATOR = " ▸ "


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Shortcut:
    keys: str        # as this platform writes them, e.g. "Ctrl+O" (several joined by ", ")
    command: str     # what it does, e.g. "File ▸ Open…"


def key_text(*sequences: QKeySequence | str) -> str:
    return ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
                     if not QKeySequence(s).isEmpty())


def _walk(menu: QMenu, path: list[str], found: list[Shortcut], seen: set[int]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        title = plain_title(action.text())
        if action.menu() is not None:
            _walk(action.menu(), path + [title], found, seen)
        elif action.shortcuts() and id(action) not in seen:
            seen.add(id(action))
            found.append(Shortcut(key_text(*action.shortcuts()), PATH_SEPARATOR.join(path + [title])))


def menu_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every action in the window's menus (and on the window itself) that has a shortcut, in menu order."""
    found: list[Shortcut] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        if top.menu() is not None:
            _walk(top.menu(), [plain_title(top.text())], found, seen)
    for action in window.actions():          # added to the window itself, outside the menus
        if action.shortcuts() and id(action) not in seen and action.text():
            seen.add(id(action))
            found.append(Shortcut(key_text(*action.shortcuts()), plain_title(action.text())))
    return found


# The keys inside the tabs (see the tabs' QShortcut / setShortcut / keyPressEvent): (where, keys, what).
MEMBERS = QT_TRANSLATE_NOOP("ShortcutsDialog", "Members tab")
CONTENT = QT_TRANSLATE_NOOP("ShortcutsDialog", "Content tab (calendar)")
MODERATION = QT_TRANSLATE_NOOP("ShortcutsDialog", "Moderation tab (the queue)")
HISTORY = QT_TRANSLATE_NOOP("ShortcutsDialog", "History window")
COMMAND_LABELS = {
    "claim": QT_TRANSLATE_NOOP("ShortcutsDialog", "Claim the case"),
    "dismiss": QT_TRANSLATE_NOOP("ShortcutsDialog", "Dismiss the case (no violation)"),
    "appeal": QT_TRANSLATE_NOOP("ShortcutsDialog", "Record an appeal…"),
    "uphold": QT_TRANSLATE_NOOP("ShortcutsDialog", "Uphold the appealed decision"),
    "overturn": QT_TRANSLATE_NOOP("ShortcutsDialog", "Overturn the appealed decision"),
}


def tab_keys() -> list[tuple[str, list[Shortcut]]]:
    """The documented keys of the tabs and windows, grouped by where they work."""
    moderation = [Shortcut("J", _tr("Next case")), Shortcut("K", _tr("Previous case"))]
    moderation += [Shortcut(key, fmt(_tr("Decide: %1"), label(ACTION_LABELS, action)))
                   for action, key in ACTION_KEYS.items()]
    moderation += [Shortcut(key, _tr(COMMAND_LABELS[command])) for command, key in COMMAND_KEYS.items()]
    return [
        (_tr(MEMBERS), [Shortcut(key_text(QKeySequence.StandardKey.Refresh), _tr("Read the roster again"))]),
        (_tr(CONTENT), [
            Shortcut(key_text(QKeySequence(Qt.Key.Key_PageUp)), _tr("Previous month or week")),
            Shortcut(key_text(QKeySequence(Qt.Key.Key_PageDown)), _tr("Next month or week")),
            Shortcut(key_text(QKeySequence(Qt.Key.Key_Up), QKeySequence(Qt.Key.Key_Down)),
                     _tr("Choose another item of the same day")),
            Shortcut(key_text(QKeySequence(Qt.Key.Key_Return)), _tr("Open the chosen item")),
        ]),
        (_tr(MODERATION), moderation),
        (_tr(HISTORY), [Shortcut(key_text(QKeySequence.StandardKey.Refresh), _tr("Read the change log again"))]),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The tab keys work when the tab has the focus; letters in the moderation queue "
                               "work while you are not typing in a box."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Command")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        groups = [(self.tr("Menus"), menu_shortcuts(window))] + tab_keys()
        for title, shortcuts in groups:
            if not shortcuts:
                continue
            group = QTreeWidgetItem(self.tree, [title])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for shortcut in shortcuts:
                QTreeWidgetItem(group, [shortcut.keys, shortcut.command])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, command) of every row shown."""
        found = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                child = group.child(c)
                found.append((group.text(0), child.text(0), child.text(1)))
        return found

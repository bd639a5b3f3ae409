"""The sensitive-word lists: words with their level and category, and the allow-list of phrases that
are not violations. Edit in place, filter, import a CSV/.xlsx, save the whole lists at once.

Save checks every row first (an empty word, a word with no letters or digits, the same word twice
once normalised) and writes nothing while one is wrong; rows are named by the numbers shown at the
left of the table. The lists carry one version: if a teammate saved them since this dialog read
them, Save writes nothing and offers Reload.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QTableView, QTabWidget, QVBoxLayout, QWidget)

from app.models import moderation as mod
from app.models.database import Database
from app.models.errors import UserError
from app.services.moderation_words import read_word_file
from app.services.word_matcher import normalize
from app.views.dialog_parts import button_row, error_label, push_button, save_cancel_buttons
from app.views.i18n import error_text, fmt
from app.views.i18n import text as translated
from app.views.key_handlers import on_return
from app.views.member_table_model import local_time
from app.views.moderation_labels import CATEGORY_LABELS, LEVEL_LABELS, LEVEL_TINTS, label
from app.views.word_list_model import CodeDelegate, EntryFilter, EntryModel, commit_open_editor
from app.views.worker import JobRunner

WORD, LEVEL, CATEGORY, NORM = range(4)
PHRASE, PHRASE_NORM = range(2)
NEW_WORD_LEVEL = "yellow"
ERRORS_SHOWN = 12


def _view(name: str, model: EntryModel) -> tuple[QTableView, EntryFilter]:
    proxy = EntryFilter(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)      # the file's order until a header is clicked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setWordWrap(False)
    return view, proxy


class WordListDialog(QDialog):
    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wordListDialog")
        self.setWindowTitle(self.tr("Sensitive words"))
        self.db = db
        self.jobs = JobRunner(self)
        self.version = 0
        self.categories: list[str] = []
        self.resize(720, 600)

        layout = QVBoxLayout(self)
        self.pages = QTabWidget()
        self.pages.setObjectName("wordPages")
        self.words_page = self._words_page()
        self.allow_page = self._allow_page()
        self.pages.addTab(self.words_page, self.tr("Words"))
        self.pages.addTab(self.allow_page, self.tr("Allow-list"))
        layout.addWidget(self.pages, 1)
        self.status = QLabel()
        self.status.setObjectName("wordStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.errors = error_label("wordErrors")
        layout.addWidget(self.errors)
        bottom = QHBoxLayout()
        self.import_button = push_button("importWords", self.tr("Import…"), self.choose_import)
        self.import_button.setToolTip(self.tr("A CSV or Excel file with the columns word, level (red/yellow/blue "
                                              "or 红/黄/蓝, allow for the allow-list) and category."))
        self.reload_button = push_button("reloadWords", self.tr("Reload"), self.load)
        self.reload_button.setToolTip(self.tr("Read the lists as they are in the file now; your edits here are "
                                              "dropped."))
        self.reload_button.hide()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.reload_button)
        bottom.addStretch(1)
        self.buttons = save_cancel_buttons(self, "saveWords", "cancelWords")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.load()

    # -- construction -------------------------------------------------------------------
    def _words_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("wordFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter words"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda text: self.word_filter.set_text(text))
        on_return(self.filter_edit, lambda: self.word_table.setFocus())
        top.addWidget(self.filter_edit, 1)
        self.add_word_button = push_button("addWord", self.tr("Add word"), self.add_word)
        self.delete_words_button = push_button("deleteWords", self.tr("Delete selected"), self.delete_words)
        top.addWidget(self.add_word_button)
        top.addWidget(self.delete_words_button)
        layout.addLayout(top)
        self.word_model = EntryModel(
            [self.tr("Word"), self.tr("Level"), self.tr("Category"), self.tr("Matched as")],
            labels={LEVEL: lambda code: label(LEVEL_LABELS, code), CATEGORY: lambda code: label(CATEGORY_LABELS, code)},
            tints={LEVEL: LEVEL_TINTS}, parent=self)
        self.word_model.edited.connect(self._edited)
        self.word_table, self.word_filter = _view("wordTable", self.word_model)
        self.word_table.setItemDelegateForColumn(LEVEL, CodeDelegate(self._level_options, "wordLevelCombo",
                                                                     self.word_table))
        self.word_table.setItemDelegateForColumn(CATEGORY, CodeDelegate(self._category_options,
                                                                        "wordCategoryCombo", self.word_table))
        self.word_table.setColumnWidth(WORD, 220)
        self.word_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.word_table, 1)
        self.counts = QLabel()
        self.counts.setObjectName("wordCounts")
        layout.addWidget(self.counts)
        return page

    def _allow_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("A word found inside one of these phrases is not reported (a false positive)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.allow_model = EntryModel([self.tr("Phrase"), self.tr("Matched as")], parent=self)
        self.allow_model.edited.connect(self._edited)
        self.allow_table, self.allow_filter = _view("allowTable", self.allow_model)
        self.allow_table.setColumnWidth(PHRASE, 260)
        self.allow_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.allow_table, 1)
        self.add_allowed_button = push_button("addAllowed", self.tr("Add phrase"), self.add_allowed)
        self.delete_allowed_button = push_button("deleteAllowed", self.tr("Delete selected"), self.delete_allowed)
        layout.addLayout(button_row(self.add_allowed_button, self.delete_allowed_button))
        return page

    def _level_options(self) -> list[tuple[str, str]]:
        return [(label(LEVEL_LABELS, level), level) for level in mod.LEVELS]

    def _category_options(self) -> list[tuple[str, str]]:
        return [(label(CATEGORY_LABELS, code), code) for code in self.categories]

    # -- loading ------------------------------------------------------------------------
    def load(self) -> None:
        """(Re-)read both lists and their version; edits in the dialog are replaced."""
        self.version = mod.word_list_version(self.db)
        self.categories = list(mod.get_config(self.db)["categories"])
        self.word_model.reset([[w.word, w.level, w.category, w.norm] for w in mod.list_words(self.db)])
        self.allow_model.reset([[phrase, norm] for phrase, norm in mod.list_allowed(self.db)])
        self.reload_button.hide()
        self.status.hide()
        self._show_errors([])
        self._refresh_counts()
        self._update_buttons()

    # -- editing ------------------------------------------------------------------------
    def _edited(self) -> None:
        self._refresh_counts()
        if self.errors.isVisible() and not self.reload_button.isVisible():
            self._show_errors([])

    def add_word(self) -> None:
        category = "other" if "other" in self.categories else self.categories[0]
        row = self.word_model.append([["", NEW_WORD_LEVEL, category]])
        self._start_editing(self.word_table, self.word_filter, row)

    def add_allowed(self) -> None:
        row = self.allow_model.append([[""]])
        self._start_editing(self.allow_table, self.allow_filter, row)

    @staticmethod
    def _start_editing(view: QTableView, proxy: EntryFilter, row: int) -> None:
        index = proxy.mapFromSource(proxy.sourceModel().index(row, 0))
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus()
        view.edit(index)

    @staticmethod
    def _selected_rows(view: QTableView, proxy: EntryFilter) -> set[int]:
        return {proxy.mapToSource(index).row() for index in view.selectionModel().selectedRows()}

    def delete_words(self) -> None:
        self.word_model.remove(self._selected_rows(self.word_table, self.word_filter))

    def delete_allowed(self) -> None:
        self.allow_model.remove(self._selected_rows(self.allow_table, self.allow_filter))

    def _refresh_counts(self) -> None:
        levels = self.word_model.column_values(LEVEL)
        parts = [fmt(self.tr("%1 words"), len(levels))]
        parts += [f"{label(LEVEL_LABELS, level)} {levels.count(level)}" for level in mod.LEVELS]
        parts.append(fmt(self.tr("%1 allowed phrases"), self.allow_model.rowCount()))
        self.counts.setText(" · ".join(parts))

    def _update_buttons(self) -> None:
        self.delete_words_button.setEnabled(self.word_table.selectionModel().hasSelection())
        self.delete_allowed_button.setEnabled(self.allow_table.selectionModel().hasSelection())

    # -- importing ----------------------------------------------------------------------
    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import sensitive words"), "",
                                                    self.tr("Word lists (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Read *path* off the GUI thread; its rows are merged into the tables when it is read."""
        categories = list(self.categories)
        self.import_button.setEnabled(False)
        self._show_status(fmt(self.tr("Reading %1…"), Path(path).name))
        self.jobs.start(self.db, lambda _db, _progress, _cancelled: read_word_file(path, categories),
                        on_done=lambda result: self._merge(Path(path).name, result),
                        on_failed=lambda message, _details: self._import_failed(message),
                        on_ended=lambda: self.import_button.setEnabled(True))

    def _import_failed(self, message: str) -> None:
        self.status.hide()
        self._show_errors([message])

    def _merge(self, name: str, result) -> None:
        """A word already listed takes the file's level and category; new words and phrases are added."""
        if result.errors:
            self.status.hide()
            self._show_errors([fmt(self.tr("%1 has %2 bad rows; nothing was imported:"), name, len(result.errors)),
                               *self._capped([translated(e) for e in result.errors])])
            return
        rows = self.word_model.row_of_norm()
        fresh, updated = {}, 0
        for entry in result.words:
            if entry.norm in rows:
                updated += self.word_model.update_codes(rows[entry.norm], [entry.level, entry.category])
            else:
                fresh[entry.norm] = [entry.word, entry.level, entry.category]
        self.word_model.append(list(fresh.values()))
        phrases = self.allow_model.row_of_norm()
        new_phrases = {norm: [phrase] for phrase, norm in result.allowed if norm not in phrases}
        self.allow_model.append(list(new_phrases.values()))
        self._show_errors([])
        self._show_status(fmt(self.tr("From %1: %2 words added, %3 changed, %4 allowed phrases added. "
                                      "Save to keep them."), name, len(fresh), updated, len(new_phrases)))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    # -- checking and saving ------------------------------------------------------------
    def read_lists(self) -> tuple[list[mod.WordEntry], list[tuple[str, str]], list[str]]:
        """The lists as the tables say, and what is wrong with them (by the row numbers shown)."""
        errors: list[str] = []

        def checked(table: str, rows, entry) -> list:
            """entry(text, norm, row) for each row without a problem; problems go to errors."""
            out, seen = [], {}
            for number, row in enumerate(rows, start=1):
                text = row[0].strip()
                norm = normalize(text)
                problem = self._row_problem(table, number, text, norm, seen)
                if problem:
                    errors.append(problem)
                else:
                    out.append(entry(text, norm, row))
            return out

        words = checked(self.tr("Words"), self.word_model.rows,
                        lambda word, norm, row: mod.WordEntry(word, norm, row[1], row[2]))
        allowed = checked(self.tr("Allow-list"), self.allow_model.rows, lambda phrase, norm, _row: (phrase, norm))
        return words, allowed, errors

    def _row_problem(self, table: str, number: int, text: str, norm: str, seen: dict[str, int]) -> str | None:
        if not text:
            return fmt(self.tr("%1, row %2: the word is empty."), table, number)
        if not norm:
            return fmt(self.tr("%1, row %2: “%3” has no letters or digits to match."), table, number, text)
        if norm in seen:
            return fmt(self.tr("%1, rows %2 and %3 are the same word once normalised (“%4”)."), table,
                       seen[norm], number, norm)
        seen[norm] = number
        return None

    def _capped(self, errors: list[str]) -> list[str]:
        more = len(errors) - ERRORS_SHOWN
        return errors[:ERRORS_SHOWN] + ([fmt(self.tr("… and %1 more"), more)] if more > 0 else [])

    def save(self) -> bool:
        commit_open_editor(self.word_table)
        commit_open_editor(self.allow_table)
        words, allowed, errors = self.read_lists()
        if errors:
            self._show_errors([self.tr("Nothing was saved:"), *self._capped(errors)])
            return False
        try:
            mod.save_word_lists(self.db, words, allowed, replace=True, expected_version=self.version)
        except mod.WordListConflict as conflict:
            self._show_conflict(conflict)
            return False
        except UserError as exc:
            self._show_errors([fmt(self.tr("Nothing was saved: %1"), error_text(exc))])
            return False
        self.saved.emit()
        self.accept()
        return True

    def _show_conflict(self, conflict: mod.WordListConflict) -> None:
        self._show_errors([fmt(self.tr("%1 saved the word lists at %2 since you opened them; nothing was saved. "
                                       "Reload to see their lists (your edits here are dropped), then make your "
                                       "change again."), conflict.by or self.tr("Someone"),
                               local_time(conflict.at or None))])
        self.reload_button.show()

    def _show_errors(self, errors: list[str]) -> None:
        self.errors.setText("\n".join(errors))
        self.errors.setVisible(bool(errors))

    def done(self, result: int) -> None:
        self.jobs.cancel_all()
        self.jobs.wait()
        super().done(result)

"""The first run: the language (switched live), the operator's name, and how to start — the demo community,
a new community, or a shared file. Stores ui/language, operator/name and ui/first_run_done when finished;
Cancel stores nothing (and removes a demo file it was building)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import (QApplication, QButtonGroup, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QRadioButton, QVBoxLayout, QWidget, QWizard, QWizardPage)

from app import APP_NAME
from app.models.database import Database
from app.models.errors import UserError
from app.paths import DB_SUFFIX, OPERATOR_KEY, stored_journal_mode
from app.views.dialog_parts import error_label
from app.views.i18n import error_text, fmt
from app.views.language import LANGUAGE_KEY, effective_language, install_translators, language_name
from app.views.worker import JobRunner

FIRST_RUN_DONE_KEY = "ui/first_run_done"
DEMO, NEW, OPEN = "demo", "new", "open"
DEMO_NAME = "demo" + DB_SUFFIX
DEMO_TARGET = "app.services.demo_community:build_demo_community"
# QWizard names its buttons when it is built; after a live language switch they are named again from Qt's own
# translations (the sources Qt uses, per wizard style: (button, source, source in the macOS style)).
WIZARD_BUTTONS = ((QWizard.WizardButton.BackButton, "< &Back", "Go Back"),
                  (QWizard.WizardButton.NextButton, "&Next >", "Continue"),
                  (QWizard.WizardButton.FinishButton, "&Finish", "Done"),
                  (QWizard.WizardButton.CancelButton, "Cancel", "Cancel"))


@dataclass(frozen=True)
class FirstRunResult:
    language: str       # '' (follow the system), 'zh_CN' or 'en'
    operator: str
    path: Path | None   # the file to open (None: the window decides, e.g. --db was given)
    create: bool        # a new community file is to be created there


def has_content(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


def demo_path(default: Path) -> Path:
    """Where the demo lives: the default community file, unless that already holds a community."""
    return default if not has_content(default) else default.with_name(DEMO_NAME)


def free_path(default: Path) -> Path:
    """*default*, or the first of name-2, name-3 … that does not hold a file yet."""
    candidate, n = default, 2
    while has_content(candidate):
        candidate = default.with_name(f"{default.stem}-{n}{default.suffix}")
        n += 1
    return candidate


def _file_filter() -> str:
    return fmt(QCoreApplication.translate("MainWindow", "Community Desk files (*%1 *.db *.sqlite);;All files (*)"),
               DB_SUFFIX)


def _remove_database_files(path: Path) -> None:
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        (path.parent / name).unlink(missing_ok=True)


class LanguagePage(QWizardPage):
    def __init__(self, current: str, parent=None):
        super().__init__(parent)
        self.setObjectName("languagePage")
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("languageIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in (("zh_CN", "languageZh"), ("en", "languageEn"), ("", "languageSystem")):
            button = QRadioButton()
            button.setObjectName(name)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.buttons[current if current in self.buttons else ""].setChecked(True)

    def language(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def retranslate(self) -> None:
        self.setTitle(fmt(self.tr("Welcome to %1"), QCoreApplication.translate("MainWindow", APP_NAME)))
        self.intro.setText(self.tr("Choose the language of the app. Everything after this page, and the app "
                                   "itself, follows your choice."))
        for code, button in self.buttons.items():
            button.setText(language_name(code) if code else
                           fmt(self.tr("Follow the system (%1)"), language_name(effective_language(""))))


class OperatorPage(QWizardPage):
    def __init__(self, default_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("operatorPage")
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("operatorIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.name_label = QLabel()
        self.name_edit = QLineEdit(default_name)
        self.name_edit.setObjectName("operatorName")
        self.name_edit.setMaxLength(80)
        self.name_label.setBuddy(self.name_edit)
        layout.addSpacing(8)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name_edit)
        self.hint = QLabel()
        self.hint.setObjectName("operatorHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.name_edit.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def isComplete(self) -> bool:
        return bool(self.name())

    def name(self) -> str:
        return self.name_edit.text().strip()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("OperatorDialog", "Who is operating?"))
        self.intro.setText(QCoreApplication.translate(
            "OperatorDialog", "Your name is shown to teammates and recorded with every change you make."))
        self.name_label.setText(self.tr("Your &name:"))
        self.hint.setText(self.tr("You can change it later under Edit ▸ Operator name."))


class PathRow(QWidget):
    """A file path with a Browse… button (the picker saves or opens, as the row is for)."""

    def __init__(self, name: str, saving: bool, parent=None):
        super().__init__(parent)
        self.saving = saving
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(name + "Path")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName(name + "Browse")
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse_button)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def browse(self) -> None:
        start = str(self.path() or Path.home())
        if self.saving:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("New community file"), start, _file_filter())
            if chosen and not Path(chosen).suffix:
                chosen += DB_SUFFIX
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a shared community file"), start,
                                                    _file_filter())
        if chosen:
            self.edit.setText(chosen)

    def retranslate(self) -> None:
        self.browse_button.setText(self.tr("Browse…"))


class StartPage(QWizardPage):
    """The demo, a new file or a shared one; Finish on the demo builds it here, with progress."""

    def __init__(self, default_path: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("startPage")
        self.default_path = default_path
        self.demo_file = demo_path(default_path)
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        self.notes: dict[str, QLabel] = {}
        for choice, name in ((DEMO, "startDemo"), (NEW, "startNew"), (OPEN, "startOpen")):
            button = QRadioButton()
            button.setObjectName(name)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            self.group.addButton(button)
            self.choices[choice] = button
            note = QLabel()
            note.setObjectName(name + "Note")
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 0)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.notes[choice] = note
            layout.addWidget(button)
            layout.addWidget(note)
            if choice == NEW:
                self.new_row = PathRow("new", saving=True)
                self.new_row.edit.setText(str(free_path(default_path)))
                layout.addWidget(self.new_row)
            elif choice == OPEN:
                self.open_row = PathRow("open", saving=False)
                layout.addWidget(self.open_row)
            layout.addSpacing(6)
        layout.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("startStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("demoProgress")
        self.progress.setVisible(False)
        self.error = error_label("startError")
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        self.choices[DEMO].setChecked(True)
        self.group.buttonToggled.connect(lambda *_a: self._choice_changed())
        self.new_row.edit.textChanged.connect(self._path_edited)
        self.open_row.edit.textChanged.connect(self._path_edited)
        self.building = False
        self._choice_changed()

    def choice(self) -> str:
        return next(choice for choice, button in self.choices.items() if button.isChecked())

    def target(self) -> tuple[Path | None, bool]:
        """(the file to open, whether it is to be created)."""
        choice = self.choice()
        if choice == DEMO:
            return self.demo_file, False
        if choice == NEW:
            return self.new_row.path(), True
        return self.open_row.path(), False

    def _choice_changed(self) -> None:
        self.new_row.setEnabled(self.choice() == NEW)
        self.open_row.setEnabled(self.choice() == OPEN)
        self.error.setVisible(False)
        self.completeChanged.emit()

    def _path_edited(self) -> None:
        self.error.setVisible(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.building and self.target()[0] is not None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def validatePage(self) -> bool:
        """Check the chosen path; the demo is built first (the wizard finishes when it is ready)."""
        path, _create = self.target()
        choice = self.choice()
        if choice == NEW and has_content(path):
            self.show_error(fmt(QCoreApplication.translate(
                "MainWindow", "%1 already exists. Choose a new name, or use Open."), path))
            return False
        if choice == NEW and path.is_dir():
            self.show_error(fmt(self.tr("%1 is a folder. Choose a file name."), path))
            return False
        if choice == OPEN and not path.is_file():
            self.show_error(fmt(self.tr("%1 was not found. Check the path, or that the network drive is "
                                        "connected."), path))
            return False
        if choice == DEMO and not has_content(path):
            self.wizard().build_demo(path)
            return False
        return True

    def set_building(self, building: bool) -> None:
        self.building = building
        for button in self.choices.values():
            button.setEnabled(not building)
        self.new_row.setEnabled(not building and self.choice() == NEW)
        self.open_row.setEnabled(not building and self.choice() == OPEN)
        self.progress.setVisible(building)
        self.completeChanged.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How would you like to start?"))
        self.choices[DEMO].setText(self.tr("Open the demo community"))
        self.choices[NEW].setText(self.tr("Start a new community"))
        self.choices[OPEN].setText(self.tr("Open a shared file"))
        if has_content(self.demo_file):
            demo_note = self.tr("The demo community is already in %1; it opens as it is.")
        else:
            demo_note = self.tr("A running and fitness community (燃跑) with 500 members, a content plan, a year "
                                "of activities and a moderation queue: try everything without touching real data. "
                                "It is built in %1 and takes a few seconds.")
        self.notes[DEMO].setText(fmt(demo_note, self.demo_file))
        self.notes[NEW].setText(self.tr("An empty community file. Import your members from Excel or CSV, and "
                                        "chat exports from WeChat, QQ, Telegram or Discord."))
        self.notes[OPEN].setText(fmt(self.tr("A %1 file your team keeps on a network drive or in a synced "
                                             "folder: everyone works in it at once."), DB_SUFFIX))
        self.new_row.retranslate()
        self.open_row.retranslate()


class FirstRunWizard(QWizard):
    """Language, operator and where to start. outcome() after exec(): a FirstRunResult (None when cancelled)."""

    def __init__(self, settings: QSettings, default_operator: str, default_path: Path, *,
                 ask_start: bool = True, language: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("FirstRunWizard")
        self.settings = settings
        self.demo_members = 500
        self.jobs = JobRunner(self)
        self.db: Database | None = None           # the demo file while it is being built
        self.building_path: Path | None = None
        self.cancelling = False
        self.demo_ready = False
        self._result: FirstRunResult | None = None
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(620, 460)
        self.language_page = LanguagePage(language)
        self.operator_page = OperatorPage(default_operator)
        self.start_page = StartPage(default_path) if ask_start else None
        for page in self.pages():
            self.addPage(page)
        self.language_page.group.buttonToggled.connect(self._language_toggled)
        self.retranslate()

    def pages(self) -> list[QWizardPage]:
        return [p for p in (self.language_page, self.operator_page, self.start_page) if p is not None]

    # -- language -------------------------------------------------------------------------
    def _language_toggled(self, _button, checked: bool) -> None:
        if checked:
            self.switch_language(self.language_page.language())

    def switch_language(self, language: str) -> None:
        """Install *language*'s translations now; this dialog (and everything after it) speaks it."""
        install_translators(language, QApplication.instance())
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(fmt(self.tr("Getting started — %1"), QCoreApplication.translate("MainWindow", APP_NAME)))
        mac = self.wizardStyle() == QWizard.WizardStyle.MacStyle
        for which, source, mac_source in WIZARD_BUTTONS:
            self.setButtonText(which, QCoreApplication.translate("QWizard", mac_source if mac else source))
        for page in self.pages():
            page.retranslate()

    # -- the demo -------------------------------------------------------------------------
    def build_demo(self, path: Path) -> None:
        """Create *path* and fill it with the demo community in a child process; Finish waits for it."""
        page = self.start_page
        page.error.setVisible(False)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = Database(path, operator=self.operator(), create=True,
                               journal_mode=stored_journal_mode(self.settings))
        except UserError as exc:
            page.show_error(error_text(exc))
            return
        self.building_path = path
        page.set_building(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        page.status.setText(self.tr("Building the demo community…"))
        page.progress.setRange(0, 0)
        self.jobs.start_process(self.db, DEMO_TARGET, {"members": self.demo_members},
                                on_progress=self._demo_progress, on_done=self._demo_built,
                                on_failed=self._demo_failed, on_cancelled=self._demo_cancelled,
                                on_ended=self._demo_ended)

    def _demo_progress(self, done: int, total: int) -> None:
        self.start_page.progress.setRange(0, total)
        self.start_page.progress.setValue(done)

    def _demo_built(self, _summary) -> None:
        self._close_demo_db()
        self.building_path = None
        self.demo_ready = True
        self.start_page.status.setText(self.tr("The demo community is ready."))

    def _demo_failed(self, message: str, details: str) -> None:
        self._discard_demo()
        self.start_page.show_error(fmt(self.tr("The demo could not be built: %1"), message))
        if details:         # a bug, not the file: the exception hook logs it and shows the traceback
            raise RuntimeError(f"{message}\n{details}")

    def _demo_cancelled(self) -> None:
        self._discard_demo()

    def _demo_ended(self) -> None:
        page = self.start_page
        page.set_building(False)
        if self.cancelling:
            super().reject()
        elif self.demo_ready:
            self.accept()       # Finish was pressed: the wizard ends once the demo is there
        else:
            page.status.clear()

    def _close_demo_db(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def _discard_demo(self) -> None:
        """A demo that did not finish is removed: the next start offers it again on a clean slate."""
        self._close_demo_db()
        if self.building_path is not None:
            _remove_database_files(self.building_path)
            self.building_path = None

    def is_building(self) -> bool:
        return bool(self.jobs.running)

    # -- the outcome ----------------------------------------------------------------------
    def language(self) -> str:
        return self.language_page.language()

    def operator(self) -> str:
        return self.operator_page.name()

    def outcome(self) -> FirstRunResult | None:
        """What the person chose (None until the wizard finished)."""
        return self._result

    def done(self, result: int) -> None:
        """Finish stores the choices once the last page agrees (the demo: once it is built)."""
        if result != QWizard.DialogCode.Accepted:
            super().done(result)
            return
        if not self.validateCurrentPage():
            return
        path, create = self.start_page.target() if self.start_page else (None, False)
        self._result = FirstRunResult(self.language(), self.operator(), path, create)
        self.settings.setValue(LANGUAGE_KEY, self.language())
        self.settings.setValue(OPERATOR_KEY, self.operator())
        self.settings.setValue(FIRST_RUN_DONE_KEY, True)
        self.settings.sync()
        QDialog.done(self, result)       # validated above: not twice

    def reject(self) -> None:
        """Cancel: nothing is stored; a demo being built is stopped and removed first."""
        if self.is_building():
            self.cancelling = True
            self.start_page.status.setText(self.tr("Stopping…"))
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            self.jobs.cancel_all()
            return            # closes when the job has ended (_demo_ended)
        super().reject()

    def closeEvent(self, event) -> None:
        if self.is_building():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def run_first_run(settings: QSettings, default_operator: str, default_path: Path, *, ask_start: bool = True,
                  language: str = "") -> FirstRunResult | None:
    """Show the first-run dialog; its result, or None when the person cancelled."""
    wizard = FirstRunWizard(settings, default_operator, default_path, ask_start=ask_start, language=language)
    try:
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return None
        return wizard.outcome()
    finally:
        wizard.deleteLater()

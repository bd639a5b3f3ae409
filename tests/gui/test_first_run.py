"""The first run as a new operator meets it: choose the language (the dialog turns Chinese at once), give a
name, open the demo community (built off the GUI thread) and land in the window with the tour; or start a new
file, or open a shared one; Cancel stores nothing."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from app.models.database import Database
from app.views import gui
from app.views.first_run import FIRST_RUN_DONE_KEY, FirstRunResult, FirstRunWizard, free_path
from app.views.language import LANGUAGE_KEY, install_translators
from tests.gui.conftest import wait_computed

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton


@pytest.fixture(autouse=True)
def english_afterwards():
    """The wizard switches the whole app's language: every test leaves it English, as it found it."""
    yield
    install_translators("en")


@pytest.fixture
def default_path(tmp_path) -> Path:
    return tmp_path / "appdata" / "community.cdesk"


@pytest.fixture
def wizard(qtbot, settings, default_path, show):
    dialog = FirstRunWizard(settings, "lina", default_path)
    dialog.demo_members = 60          # the whole demo, on a small roster
    show(dialog)
    yield dialog
    if dialog.is_building():
        dialog.jobs.cancel_all()
        qtbot.waitUntil(lambda: not dialog.is_building(), timeout=30_000)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, radio) -> None:
    """Click a radio button on its circle (a wide button is not clickable beyond its label)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(7, radio.height() // 2))
    assert radio.isChecked()


def press(qtbot, wizard, which) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    click(qtbot, button)


def to_start_page(qtbot, wizard) -> None:
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.start_page


def translated(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def test_choosing_chinese_turns_the_dialog_chinese_at_once(wizard, qtbot):
    choose(qtbot, wizard.language_page.buttons["en"])
    assert wizard.operator_page.title() == "Who is operating?"
    assert wizard.button(NEXT).text() == "&Next >"
    choose(qtbot, wizard.language_page.buttons["zh_CN"])
    assert QLocale().language() == QLocale.Language.Chinese
    # Texts the catalogue already holds come out Chinese; every text is its translation, whatever exists.
    title = translated("OperatorDialog", "Who is operating?")
    assert title != "Who is operating?"
    assert wizard.operator_page.title() == title
    assert wizard.operator_page.intro.text() == translated(
        "OperatorDialog", "Your name is shown to teammates and recorded with every change you make.")
    assert wizard.button(NEXT).text() == translated("QWizard", "&Next >") != "&Next >"     # Qt's own, too
    assert wizard.button(CANCEL).text() == translated("QWizard", "Cancel") != "Cancel"
    assert wizard.start_page.title() == translated("StartPage", "How would you like to start?")
    assert wizard.start_page.choices["demo"].text() == translated("StartPage", "Open the demo community")
    assert wizard.windowTitle().endswith(translated("MainWindow", "Community Desk"))
    assert "社群运营工作台" in wizard.windowTitle()
    # and back: English is the source
    choose(qtbot, wizard.language_page.buttons["en"])
    assert QLocale().language() == QLocale.Language.English
    assert wizard.operator_page.title() == "Who is operating?"
    assert wizard.start_page.title() == "How would you like to start?"
    assert wizard.button(NEXT).text() == "&Next >"


def test_the_demo_first_run_stores_the_choices_and_opens_the_demo_with_the_tour(
        wizard, qtbot, settings, default_path, window, type_text):
    choose(qtbot, wizard.language_page.buttons["zh_CN"])
    press(qtbot, wizard, NEXT)
    name = wizard.operator_page.name_edit
    assert name.text() == "lina"                        # the OS user is offered
    name.clear()
    assert not wizard.button(NEXT).isEnabled()          # nobody cannot operate
    type_text(name, "  李娜 ")
    press(qtbot, wizard, NEXT)
    page = wizard.start_page
    assert page.choices["demo"].isChecked()             # the demo is the first suggestion
    assert str(default_path) in page.notes["demo"].text()
    press(qtbot, wizard, FINISH)
    assert wizard.isVisible() and wizard.is_building()  # built off the GUI thread, with progress
    assert page.progress.isVisible()
    assert not wizard.button(FINISH).isEnabled()
    qtbot.waitUntil(lambda: wizard.outcome() is not None, timeout=90_000)
    assert not wizard.isVisible()
    assert wizard.outcome() == FirstRunResult("zh_CN", "李娜", default_path, False)
    assert settings.value(LANGUAGE_KEY) == "zh_CN"
    assert settings.value("operator/name") == "李娜"
    assert settings.value(FIRST_RUN_DONE_KEY) in (True, "true")
    with Database(default_path, operator="check") as db:
        assert db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 60
        assert db.conn.execute("SELECT count(*) FROM content_items").fetchone()[0] > 0
        assert db.conn.execute("SELECT count(*) FROM activities").fetchone()[0] > 0
        assert db.conn.execute("SELECT count(*) FROM moderation_cases").fetchone()[0] > 0
        assert db.conn.execute("SELECT DISTINCT updated_by FROM members").fetchall()[0][0] == "李娜"
    # The window opens what the first run chose, then the tour begins on the first tab.
    with qtbot.waitSignal(window.overview_loaded, timeout=30_000):
        assert gui.open_after_first_run(window, wizard.outcome())
    assert window.db.path == default_path.absolute()
    assert window.tour is not None and window.tour.is_running()
    assert window.tour.bubble.isVisible()
    assert window.tabs.currentIndex() == 0
    wait_computed(qtbot, window.pages[0])       # the dashboard under the first callout shows the demo
    assert window.pages[0].members.value.text().replace(",", "") == str(
        window.db.conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL AND status != 'left'")
        .fetchone()[0])


def test_a_new_community_is_created_where_the_person_says(wizard, qtbot, tmp_path, default_path, type_text):
    to_start_page(qtbot, wizard)
    page = wizard.start_page
    choose(qtbot, page.choices["new"])
    assert page.new_row.isEnabled() and not page.open_row.isEnabled()
    assert page.new_row.edit.text() == str(default_path)
    taken = tmp_path / "taken.cdesk"
    taken.write_bytes(b"something")
    page.new_row.edit.clear()
    type_text(page.new_row.edit, str(taken))
    press(qtbot, wizard, FINISH)
    assert wizard.isVisible() and page.error.isVisible()        # never over an existing file
    assert str(taken) in page.error.text()
    assert wizard.outcome() is None
    target = tmp_path / "团队" / "春季社群.cdesk"
    page.new_row.edit.clear()
    type_text(page.new_row.edit, str(target))
    assert not page.error.isVisible()
    press(qtbot, wizard, FINISH)
    assert not wizard.isVisible()
    assert wizard.outcome() == FirstRunResult("", "lina", target, True)
    assert not target.exists()              # the window creates it when it opens it
    assert not default_path.exists()        # and no demo was built


def test_a_shared_file_is_picked_with_the_file_dialog(wizard, qtbot, tmp_path, monkeypatch, window):
    shared = tmp_path / "share" / "team.cdesk"
    shared.parent.mkdir()
    with Database(shared, operator="王芳", create=True):
        pass
    to_start_page(qtbot, wizard)
    page = wizard.start_page
    choose(qtbot, page.choices["open"])
    assert not wizard.button(FINISH).isEnabled()     # no file chosen yet
    missing = tmp_path / "share" / "gone.cdesk"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(missing), ""))
    click(qtbot, page.open_row.browse_button)
    press(qtbot, wizard, FINISH)
    assert page.error.isVisible() and str(missing) in page.error.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(shared), ""))
    click(qtbot, page.open_row.browse_button)
    assert page.open_row.edit.text() == str(shared)
    press(qtbot, wizard, FINISH)
    result = wizard.outcome()
    assert result == FirstRunResult("", "lina", shared, False)
    with qtbot.waitSignal(window.overview_loaded, timeout=10_000):
        assert gui.open_after_first_run(window, result)
    assert window.db.path == shared
    assert window.recent_files()[0] == str(shared)   # the next start opens it again
    assert gui.startup_file(window) == (shared, False)


def test_cancel_stores_nothing(wizard, qtbot, settings):
    choose(qtbot, wizard.language_page.buttons["zh_CN"])
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, CANCEL)
    assert not wizard.isVisible()
    assert wizard.outcome() is None
    assert settings.value("operator/name") is None and settings.value(LANGUAGE_KEY) is None
    assert settings.value(FIRST_RUN_DONE_KEY) is None


def test_cancel_while_the_demo_is_built_removes_it(wizard, qtbot, settings, default_path):
    wizard.demo_members = 500
    to_start_page(qtbot, wizard)
    press(qtbot, wizard, FINISH)
    assert wizard.is_building() and default_path.exists()
    press(qtbot, wizard, CANCEL)
    assert wizard.isVisible()                   # it stops the job first
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=60_000)
    assert wizard.outcome() is None
    assert not default_path.exists()
    assert not list(default_path.parent.glob("community.cdesk*"))
    assert settings.value("operator/name") is None


def test_a_default_file_with_a_community_in_it_is_kept(settings, default_path, show):
    default_path.parent.mkdir(parents=True)
    with Database(default_path, operator="x", create=True) as db:
        db.conn.execute("INSERT INTO sub_communities(name, created_at, version, updated_at, updated_by) "
                        "VALUES ('x', '2026-01-01T00:00:00Z', 1, '2026-01-01T00:00:00Z', 'x')")
    wizard = show(FirstRunWizard(settings, "lina", default_path))
    assert wizard.start_page.demo_file == default_path.with_name("demo.cdesk")
    assert wizard.start_page.new_row.edit.text() == str(default_path.with_name("community-2.cdesk"))
    assert free_path(default_path) == default_path.with_name("community-2.cdesk")


def test_operator_from_the_command_line_or_the_environment_skips_the_first_run(settings, monkeypatch):
    monkeypatch.delenv("COMMUNITY_DESK_OPERATOR", raising=False)
    assert gui.ensure_operator(settings) == ""              # nobody stored: the first run asks
    assert gui.ensure_operator(settings, "王强") == "王强"
    monkeypatch.setenv("COMMUNITY_DESK_OPERATOR", "张伟")
    assert gui.ensure_operator(settings) == "张伟"
    monkeypatch.delenv("COMMUNITY_DESK_OPERATOR")
    settings.setValue("operator/name", "李娜")
    assert gui.ensure_operator(settings) == "李娜"


def test_without_a_start_page_the_first_run_asks_only_language_and_name(settings, default_path, show, qtbot):
    wizard = show(FirstRunWizard(settings, "lina", default_path, ask_start=False))
    assert wizard.pageIds() == [0, 1]
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, FINISH)
    assert wizard.outcome() == FirstRunResult("", "lina", None, False)
    assert settings.value("operator/name") == "lina"


def test_a_demo_that_cannot_be_created_says_why_and_stays(settings, tmp_path, show, qtbot):
    blocked = tmp_path / "community.cdesk"
    blocked.mkdir()                               # a folder where the file should go
    wizard = show(FirstRunWizard(settings, "lina", blocked))
    to_start_page(qtbot, wizard)
    press(qtbot, wizard, FINISH)
    page = wizard.start_page
    assert wizard.isVisible() and not wizard.is_building()
    assert page.error.isVisible() and str(blocked) in page.error.text()
    assert wizard.outcome() is None and settings.value("operator/name") is None
    assert wizard.button(FINISH).isEnabled()      # choose another way to start

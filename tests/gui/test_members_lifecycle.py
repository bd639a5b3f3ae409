"""The lifecycle wired into the Members tab and the window, driven as an operator would:
Recompute (progress, cancel, failure), the Segment column and filter, the At risk and KOL views,
the Lifecycle page of the member editor, Edit ▸ Lifecycle settings…."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QSpinBox, QTabBar, QTabWidget

from app.models import lifecycle as lm
from app.models.database import Database
from app.models.errors import UserError
from app.views.labels import SEGMENT_LABELS, segment_label
from app.views.member_lifecycle_panel import MemberLifecyclePanel
from tests.gui.test_members_tab import choose, members_tab, open_editor, wait_settled
from tests.helpers import sql
from tests.unit.test_lifecycle import add_events

LEFT = Qt.MouseButton.LeftButton
ACTIVE = range(1, 31)      # the demo members given activity (the other 90 have none: never scored)


def _days_ago(days: int) -> str:
    return (datetime.now(timezone.utc) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


def add_activity(path) -> None:
    """Messages (and some purchases) for members 1-30, spread so that RFM has several segments."""
    with Database(path, operator="李娜") as db:
        for member_id in ACTIVE:
            add_events(db, member_id, _days_ago(1 + member_id % 10 * 6), count=1 + member_id % 7)
            if member_id % 3 == 0:
                add_events(db, member_id, _days_ago(2), kind="purchase", amount=100 * member_id)


def click_tab(qtbot, tabs: QTabWidget, title: str) -> None:
    bar: QTabBar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def run_recompute(qtbot, tab) -> None:
    assert tab.recompute_button.isEnabled()
    qtbot.mouseClick(tab.recompute_button, LEFT)
    assert tab.recompute_job is not None and tab.recompute_progress.isVisible()
    assert tab.recompute_cancel.isVisible() and not tab.recompute_button.isEnabled()
    qtbot.waitUntil(lambda: tab.recompute_job is None, timeout=60_000)
    assert not tab.recompute_progress.isVisible() and not tab.recompute_cancel.isVisible()


@pytest.fixture
def recomputed(open_window, qtbot):
    """The demo window with activity for 30 members, recomputed through the button; the Members tab."""
    tab = members_tab(open_window, qtbot)
    add_activity(open_window.db.path)
    with qtbot.waitSignal(open_window.overview_loaded, timeout=60_000):   # the window re-read every tab
        run_recompute(qtbot, tab)
    wait_settled(tab, qtbot)
    return tab


def segments(path) -> dict[int, str]:
    return dict(sql(path, "SELECT member_id, segment FROM rfm_scores"))


# -- recompute, the Segment column and filter -------------------------------------------------
def test_recompute_scores_members_and_the_segment_column_shows_them(recomputed, open_window):
    tab, path = recomputed, open_window.db.path
    scored = segments(path)
    assert set(scored) == set(ACTIVE)
    status = tab.findChild(type(tab.recompute_status), "recomputeStatus").text()
    assert "Lifecycle recomputed" in status and "rfm: 30 members scored" in status

    column = tab.model.keys.index("segment")
    assert tab.model.headerData(column, Qt.Orientation.Horizontal) == "Segment"
    shown = {tab.model.member_id(r): tab.model.index(r, column).data() for r in range(tab.model.rowCount())}
    assert {m: text for m, text in shown.items() if text} == {m: segment_label(s) for m, s in scored.items()}
    assert all(shown[m] == "" for m in shown if m not in scored)


def test_segment_filter_reduces_the_count(recomputed, open_window, qtbot):
    tab, path = recomputed, open_window.db.path
    scored = segments(path)
    combo = tab.findChild(type(tab.segment_filter), "segmentFilter")
    assert [combo.itemText(i) for i in range(combo.count())] == (
        ["All segments", *SEGMENT_LABELS.values(), "Not scored"])
    common = max(set(scored.values()), key=list(scored.values()).count)
    choose(combo, common)
    wait_settled(tab, qtbot)
    expected = sorted(m for m, s in scored.items() if s == common)
    assert sorted(tab.model.member_id(r) for r in range(tab.model.rowCount())) == expected
    assert tab.count_label.text() == f"{len(expected)} of 120 members"

    choose(combo, "not scored")
    wait_settled(tab, qtbot)
    assert tab.count_label.text() == "90 of 120 members"
    assert not set(tab.model.member_id(r) for r in range(tab.model.rowCount())) & set(ACTIVE)

    combo.setCurrentIndex(0)
    wait_settled(tab, qtbot)
    assert tab.count_label.text() == "120 members"


def test_cancel_changes_nothing(open_window, qtbot):
    tab = members_tab(open_window, qtbot)
    path = open_window.db.path
    add_activity(path)
    before = sql(path, "SELECT id, status, version FROM members ORDER BY id")
    qtbot.mouseClick(tab.recompute_button, LEFT)
    qtbot.mouseClick(tab.findChild(QPushButton, "recomputeCancel"), LEFT)   # before the child has started
    qtbot.waitUntil(lambda: tab.recompute_job is None, timeout=60_000)
    assert tab.recompute_status.text() == "Recompute cancelled; nothing was changed."
    assert not tab.recompute_progress.isVisible() and tab.recompute_button.isEnabled()
    assert segments(path) == {} and sql(path, "SELECT count(*) FROM churn_flags") == [(0,)]
    assert sql(path, "SELECT id, status, version FROM members ORDER BY id") == before


def refuse(db, *, progress, cancelled):
    """A recompute target that fails as a user-level problem would (run in the child process)."""
    raise UserError("the tier ladder is not valid")


def test_a_failed_recompute_says_so(open_window, qtbot, monkeypatch):
    from app.views.tabs import members as members_module

    tab = members_tab(open_window, qtbot)
    shown = []
    monkeypatch.setattr(members_module, "RECOMPUTE_TARGET", f"{__name__}:refuse")
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append((title, text)))
    qtbot.mouseClick(tab.recompute_button, LEFT)
    qtbot.waitUntil(lambda: tab.recompute_job is None, timeout=60_000)
    assert shown and shown[0][0] == "Recompute lifecycle" and "the tier ladder is not valid" in shown[0][1]
    assert "nothing was changed" in tab.recompute_status.text()
    assert tab.recompute_button.isEnabled()


# -- the At risk and KOL views ----------------------------------------------------------------
def test_at_risk_page_is_read_when_shown_and_lists_the_flagged_members(recomputed, open_window, qtbot):
    tab, path = recomputed, open_window.db.path
    views = tab.findChild(QTabWidget, "memberViews")
    assert [views.tabText(i) for i in range(views.count())] == ["Roster", "At risk", "KOL shortlist (星火计划)"]
    assert tab.at_risk_panel.db is None and tab.kol_panel.db is None    # not read until shown
    flagged = {r[0] for r in sql(path, "SELECT member_id FROM churn_flags WHERE cleared_at IS NULL")}
    assert flagged   # demo members without activity since joining are silent

    with qtbot.waitSignal(tab.at_risk_panel.loaded, timeout=10_000):
        click_tab(qtbot, views, "At risk")
    table = tab.at_risk_panel.table
    assert table.isVisible()
    assert {table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())} == flagged
    assert tab.kol_panel.db is None

    with qtbot.waitSignal(tab.kol_panel.loaded, timeout=10_000):
        click_tab(qtbot, views, "KOL shortlist (星火计划)")
    assert tab.kol_panel.table.rowCount() > 0

    # A change to the file (here: the roster's Refresh path through the window) re-reads the shown view.
    with qtbot.waitSignal(tab.kol_panel.loaded, timeout=10_000):
        open_window.data_changed()
    click_tab(qtbot, views, "Roster")
    assert tab.table.isVisible()


# -- the member editor ------------------------------------------------------------------------
def test_member_dialog_has_a_lifecycle_page_for_an_existing_member(recomputed, open_window, qtbot, type_text):
    tab, path = recomputed, open_window.db.path
    row = next(r for r in range(tab.model.rowCount()) if tab.model.member_id(r) in ACTIVE)
    member_id = tab.model.member_id(row)
    editor = open_editor(qtbot, tab, row)
    pages = editor.findChild(QTabWidget, "memberPages")
    assert pages.tabText(pages.count() - 1) == "Lifecycle"
    assert editor.findChild(MemberLifecyclePanel) is None          # read when first shown
    click_tab(qtbot, pages, "Lifecycle")
    panel = editor.findChild(MemberLifecyclePanel)
    assert panel is not None and panel.isVisible() and panel.member_id == member_id
    assert panel.rfm_segment_label.text() == segment_label(segments(path)[member_id])

    spin = panel.findChild(QSpinBox, "correctionDelta")
    spin.setValue(25)
    type_text(panel.correction_reason, "活动志愿者")
    qtbot.mouseClick(panel.findChild(QPushButton, "addCorrection"), LEFT)
    assert editor.lifecycle_changed
    with Database(path, operator="x") as db:
        assert lm.balance(db, member_id) >= 25
    with qtbot.waitSignal(open_window.overview_loaded, timeout=10_000):   # closing re-reads the window
        qtbot.mouseClick(editor.findChild(QPushButton, "cancelMember"), LEFT)
    assert tab.editor is None


def test_a_new_member_has_no_lifecycle_page(open_window, qtbot):
    tab = members_tab(open_window, qtbot)
    qtbot.mouseClick(tab.add_button, LEFT)
    qtbot.waitUntil(lambda: tab.editor is not None and tab.editor.isVisible(), timeout=5_000)
    pages = tab.editor.findChild(QTabWidget, "memberPages")
    assert "Lifecycle" not in [pages.tabText(i) for i in range(pages.count())]
    qtbot.mouseClick(tab.editor.findChild(QPushButton, "cancelMember"), LEFT)


# -- settings ---------------------------------------------------------------------------------
def test_lifecycle_settings_from_the_edit_menu(open_window, qtbot):
    win = open_window
    action = win.lifecycle_settings_action
    assert action.objectName() == "actionLifecycleSettings" and action.isEnabled()
    edit_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Edit")
    assert action in edit_menu.actions()
    action.trigger()
    dialog = win.findChild(QDialog, "LifecycleSettingsDialog")
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    qtbot.mouseClick(dialog.findChild(QPushButton, "applyPreset"), LEFT)
    qtbot.mouseClick(dialog.findChild(QPushButton, "lifecycleSave"), LEFT)
    assert not dialog.isVisible()
    assert win.statusBar().currentMessage() == "Saved. Recompute to apply."
    assert [t.name for t in lm.get_ladder(win.db)] == ["基础群", "进阶群", "核心群"]


def test_no_file_open_disables_the_lifecycle_actions(window):
    tab = window.pages[1]
    assert not window.lifecycle_settings_action.isEnabled()
    assert not tab.recompute_button.isEnabled() and not tab.segment_filter.isEnabled()

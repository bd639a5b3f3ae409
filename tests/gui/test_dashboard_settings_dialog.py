"""Dashboard targets and time zone: set from the tab's button or the Edit menu, saved to the file,
shown on the KPI cards; a bad time zone is refused on the error line."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QLabel, QPushButton

from app.models.dashboard_settings import get_config
from app.models.members import Member, create_member
from app.views.dashboard_settings_dialog import DashboardSettingsDialog
from app.views.time_zones import system_zone_name
from tests.gui.conftest import open_dashboard, wait_computed

NOW = datetime(2026, 11, 18, 2, 0, tzinfo=timezone.utc)


@pytest.fixture
def tab(window, qtbot, db):
    db.set_meta("community_name", "燃跑社群")
    create_member(db, Member(display_name="张伟", join_date="2026-01-10"))
    path = db.path
    db.close()
    return open_dashboard(window, qtbot, path, NOW)


def open_from_button(tab, qtbot) -> DashboardSettingsDialog:
    qtbot.mouseClick(tab.findChild(QPushButton, "dashboardSettingsButton"), Qt.MouseButton.LeftButton)
    dialog = tab.settings_dialog
    qtbot.waitExposed(dialog)
    return dialog


def set_spin(qtbot, spin: QDoubleSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def set_zone(qtbot, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveDashboardSettings"), Qt.MouseButton.LeftButton)


def test_targets_and_zone_are_saved_shown_on_the_cards_and_read_back(tab, qtbot, window):
    dialog = open_from_button(tab, qtbot)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    zone = dialog.findChild(QComboBox, "timeZoneCombo")
    here = system_zone_name()
    assert zone.currentData() == "" and zone.currentText() == f"This computer's time zone ({here})"
    assert tab.tz == ZoneInfo(here)                     # by its IANA name: daylight saving time stays right
    retention = dialog.findChild(QDoubleSpinBox, "target_retention_30d")
    assert retention.value() == 45 and retention.suffix() == "%"
    set_spin(qtbot, retention, "50")
    set_zone(qtbot, zone, "Asia/Shanghai")
    with qtbot.waitSignal(dialog.finished, timeout=5_000) as finished:
        save(qtbot, dialog)
    assert finished.args == [QDialog.DialogCode.Accepted]
    cfg = get_config(window.db)
    assert cfg["time_zone"] == "Asia/Shanghai" and cfg["targets"]["retention_30d"] == 0.5
    assert tab.tz == ZoneInfo("Asia/Shanghai")
    qtbot.waitUntil(lambda: tab.cards["retention_30d"].target.text() == "Target ≥ 50%", timeout=30_000)
    wait_computed(qtbot, tab)
    assert tab.dashboard.scope.tz == ZoneInfo("Asia/Shanghai")
    assert "Asia/Shanghai" in tab.status.text()

    again = open_from_button(tab, qtbot)
    assert again is not dialog
    assert again.findChild(QComboBox, "timeZoneCombo").currentText() == "Asia/Shanghai"
    assert again.findChild(QDoubleSpinBox, "target_retention_30d").value() == 50
    again.reject()


def test_the_lowest_value_removes_a_target(tab, qtbot, window):
    dialog = open_from_button(tab, qtbot)
    stickiness = dialog.findChild(QDoubleSpinBox, "target_stickiness")
    set_spin(qtbot, stickiness, "0")
    members = dialog.findChild(QDoubleSpinBox, "target_members")
    set_spin(qtbot, members, "1200")
    assert stickiness.value() == 0
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        save(qtbot, dialog)
    targets = get_config(window.db)["targets"]
    assert "stickiness" not in targets and targets["members"] == 1200
    qtbot.waitUntil(lambda: tab.cards["stickiness"].target.text() == "no target", timeout=30_000)
    assert tab.cards["members"].target.text() == "Target ≥ 1,200"
    assert tab.cards["members"].property("state") == "missed"          # 1 member of 1,200
    assert tab.cards["stickiness"].property("state") == "none"
    again = open_from_button(tab, qtbot)
    assert again.findChild(QDoubleSpinBox, "target_stickiness").text() == "no target"
    assert again.findChild(QDoubleSpinBox, "target_members").text() == "1,200"
    again.reject()


def test_a_bad_time_zone_is_refused_and_the_dialog_stays_open(tab, qtbot, window):
    dialog = open_from_button(tab, qtbot)
    set_zone(qtbot, dialog.findChild(QComboBox, "timeZoneCombo"), "Mars/Olympus")
    save(qtbot, dialog)
    errors = dialog.findChild(QLabel, "dashboardSettingsErrors")
    assert errors.isVisible() and "unknown time zone 'Mars/Olympus'" in errors.text()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert get_config(window.db)["time_zone"] == ""
    dialog.reject()


def test_the_edit_menu_opens_the_same_dialog_and_saving_recomputes(tab, qtbot, window):
    action = window.findChild(type(window.dashboard_settings_action), "actionDashboardSettings")
    assert action.text() == "Dashboard targets && time zone…" and action.isEnabled()
    edit_menu = window.menuBar().actions()[1].menu()
    assert action in edit_menu.actions()
    action.trigger()
    dialog = tab.settings_dialog
    qtbot.waitExposed(dialog)
    shown = tab.dashboard
    set_spin(qtbot, dialog.findChild(QDoubleSpinBox, "target_median_hours_to_decision"), "12")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.dashboard is not shown and tab.is_idle(), timeout=30_000)
    assert tab.cards["median_hours_to_decision"].target.text() == "Target ≤ 12 h"
    assert get_config(window.db)["targets"]["median_hours_to_decision"] == 12

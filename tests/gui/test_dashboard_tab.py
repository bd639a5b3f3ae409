"""The Dashboard tab as an operator uses it: KPI cards for the chosen period and members, the period
and sub-community choices, a custom range, and saving and copying a chart."""
from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog

from app.models.members import Member, create_member
from app.services.dashboard import Scope, period_figures
from app.services.dashboard_charts import CHART_IDS
from app.views.kpi_card import format_change, format_value
from tests.gui.conftest import choose, open_dashboard, type_date, wait_computed

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 18, 2, 0, tzinfo=timezone.utc)          # Wed 18 Nov 2026, 10:00 in Shanghai
KPI_KEYS = ("members", "new_members", "dau_avg", "mau", "stickiness", "speaking_rate", "retention_30d",
            "interaction_rate", "participation_rate", "median_hours_to_decision", "sla_breach_rate", "messages")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# name, join date, status, sub-communities
PEOPLE = [("张伟", "2026-01-10", "active", ["跑团A"]),
          ("李娜", "2026-03-05", "active", ["跑团A"]),
          ("王强", "2026-10-25", "active", ["跑团A"]),
          ("赵敏", "2026-11-15", "active", []),
          ("陈晨", "2026-06-01", "left", ["跑团B"]),
          ("刘洋", "2026-08-01", "active", ["跑团B"])]
# name, local (Shanghai) time of a message
MESSAGES = [("刘洋", "2026-09-01 12:00"), ("刘洋", "2026-10-01 20:00"), ("李娜", "2026-10-05 08:00"),
            ("李娜", "2026-10-22 21:00"), ("张伟", "2026-11-10 23:30"), ("张伟", "2026-11-17 10:00"),
            ("王强", "2026-11-18 09:00")]


def utc_text(local: str) -> str:
    moment = datetime.fromisoformat(local).replace(tzinfo=SHANGHAI).astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def community(db):
    db.set_meta("community_name", "燃跑社群")
    ids = {name: create_member(db, Member(display_name=name, join_date=joined, status=status, sub_communities=subs))
           for name, joined, status, subs in PEOPLE}
    with db.transaction() as conn:
        source = conn.execute("INSERT INTO event_sources(file_name, format, imported_at, imported_by) "
                              "VALUES ('chat.json', 'wechat', ?, 't')", (db.clock(),)).lastrowid
        conn.executemany("INSERT INTO events(member_id, ts, kind, platform, source, source_key, text) "
                         "VALUES (?, ?, 'message', 'wechat', ?, ?, '跑步打卡')",
                         [(ids[name], utc_text(at), source, key) for key, (name, at) in enumerate(MESSAGES, 1)])
    return db


@pytest.fixture
def tab(window, qtbot, community):
    path = community.path
    community.close()
    page = open_dashboard(window, qtbot, path, NOW, SHANGHAI)
    assert page.objectName() == "DashboardTab"
    return page


def value(tab, key: str) -> str:
    return tab.findChild(type(tab.cards[key].value), f"kpi_{key}Value").text()


def test_default_period_is_the_last_30_days_with_the_figures_of_the_metrics_service(tab, qtbot, db_path):
    assert tab.period_combo.currentText() == "Last 30 days"
    assert tab.from_date.date() == QDate(2026, 10, 20) and tab.to_date.date() == QDate(2026, 11, 18)
    assert tab.from_date.isReadOnly() and tab.to_date.isReadOnly()
    assert tab.title.text() == "燃跑社群"
    # By hand: on the roster on 18 Nov: everyone but 陈晨 (left); joined 20 Oct – 18 Nov: 王强, 赵敏;
    # messages: 李娜 22 Oct, 张伟 10 and 17 Nov, 王强 18 Nov; speaking: 3 of 5.
    assert value(tab, "members") == "5"
    assert value(tab, "new_members") == "2"
    assert value(tab, "messages") == "4"
    assert value(tab, "speaking_rate") == "60.0%"
    # Previous period 20 Sep – 19 Oct: 2 messages (刘洋 1 Oct, 李娜 5 Oct): +100%, the good way.
    assert tab.cards["messages"].delta.text() == "▲ 100.0%" and tab.cards["messages"].tone == "good"
    assert tab.cards["messages"].delta.styleSheet() == "color: #2e9d4f;"

    from app.models.database import Database
    with Database(db_path, operator="t") as other:
        scope = Scope(date(2026, 10, 20), date(2026, 11, 18), SHANGHAI)
        figures, previous = period_figures(other, scope), period_figures(other, scope.previous())
    assert (figures["members"], figures["new_members"], figures["messages"]) == (5, 2, 4)
    for key in KPI_KEYS:
        card = tab.cards[key]
        assert value(tab, key) == format_value(key, figures[key]), key
        if key == "retention_30d":      # no cohort in a 30-day period: the card says why
            assert figures[key] is None and card.delta.text() == "needs a period over 30 days"
        else:
            assert card.delta.text() == format_change(key, figures[key], previous[key])[0], key
        assert card.property("state") in ("met", "near", "missed", "none")
    assert tab.status.text() == "20 Oct – 18 Nov 2026 · Asia/Shanghai · vs 20 Sep – 19 Oct"
    assert list(tab.charts) == list(CHART_IDS)
    qtbot.waitUntil(lambda: tab.charts["dau_mau"].canvas is not None and bool(tab.charts["dau_mau"].figure.axes),
                    timeout=10_000)           # drawn when first painted


def test_a_card_explains_its_figure_in_a_tooltip(tab):
    assert "30 days" in tab.cards["mau"].toolTip()
    assert "divided by" in tab.cards["speaking_rate"].toolTip()
    assert tab.cards["retention_30d"].target.text() == "Target ≥ 45%"     # the default target
    assert tab.cards["messages"].target.text() == "no target"


def test_last_7_days_moves_the_dates_and_the_figures(tab, qtbot):
    choose(qtbot, tab.period_combo, "Last 7 days")
    wait_computed(qtbot, tab)
    assert tab.from_date.date() == QDate(2026, 11, 12) and tab.to_date.date() == QDate(2026, 11, 18)
    assert tab.dashboard.scope.start == date(2026, 11, 12)
    assert value(tab, "messages") == "2"          # 张伟 17 Nov, 王强 18 Nov (张伟's 10 Nov is before)
    assert value(tab, "new_members") == "1"       # 赵敏
    assert value(tab, "speaking_rate") == "40.0%"  # 2 of 5
    assert tab.status.text().startswith("12 Nov – 18 Nov 2026")


def test_a_sub_community_counts_only_its_members(tab, qtbot):
    shown = [tab.scope_combo.itemText(i) for i in range(tab.scope_combo.count())]
    assert shown == ["All members", "跑团A", "跑团B"]
    choose(qtbot, tab.scope_combo, "跑团A")
    wait_computed(qtbot, tab)
    assert tab.dashboard.scope.sub_community_id == tab.scope_combo.currentData() is not None
    assert value(tab, "members") == "3"           # 张伟, 李娜, 王强
    assert value(tab, "new_members") == "1"       # 王强
    choose(qtbot, tab.scope_combo, "跑团B")
    wait_computed(qtbot, tab)
    assert value(tab, "members") == "1"           # 刘洋 (陈晨 left)
    assert value(tab, "messages") == "0"


def test_a_custom_range_is_typed_in_the_date_fields(tab, qtbot):
    choose(qtbot, tab.period_combo, "Custom range")
    assert not tab.from_date.isReadOnly() and not tab.to_date.isReadOnly()
    type_date(qtbot, tab.from_date, "2026-10-01")
    type_date(qtbot, tab.to_date, "2026-10-31")
    assert tab.from_date.date() == QDate(2026, 10, 1) and tab.to_date.date() == QDate(2026, 10, 31)
    qtbot.waitUntil(lambda: tab.is_idle() and tab.dashboard.scope.end == date(2026, 10, 31), timeout=30_000)
    assert tab.dashboard.scope.start == date(2026, 10, 1)
    assert value(tab, "messages") == "3"          # 刘洋 1 Oct, 李娜 5 and 22 Oct
    assert value(tab, "new_members") == "1"       # 王强 25 Oct
    assert tab.status.text() == "1 Oct – 31 Oct 2026 · Asia/Shanghai · vs 31 Aug – 30 Sep"

    type_date(qtbot, tab.from_date, "2026-11-05")            # after the end: said, nothing computed
    qtbot.waitUntil(lambda: "after it ends" in tab.status.text(), timeout=5_000)
    assert tab.is_idle() and tab.dashboard.scope.start == date(2026, 10, 1)
    assert tab.status.styleSheet() == "color: #c9302c;"


def test_save_png_writes_a_real_image(tab, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "dau"
    asked = []

    def save_name(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(target), "PNG image (*.png)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    button = tab.findChild(type(tab.charts["dau_mau"].save_button), "chart_dau_mauSave")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    written = tmp_path / "dau.png"
    assert asked and asked[0].endswith("dashboard-dau_mau-2026-10-20_2026-11-18.png")
    data = written.read_bytes()
    assert data[:8] == PNG_MAGIC and written.stat().st_size > 0
    image = QImage(str(written))
    assert not image.isNull() and image.width() > 300 and image.height() > 200
    assert str(written) in tab.window().statusBar().currentMessage()


def test_copy_puts_the_chart_on_the_clipboard(tab, qtbot):
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    button = tab.findChild(type(tab.charts["cohorts"].copy_button), "chart_cohortsCopy")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    image = clipboard.image()
    assert not image.isNull() and image.width() > 300
    assert image.size() == tab.charts["cohorts"].image().size()


def test_kpi_formats():
    from app.views.kpi_card import change_tone, format_target
    assert [format_value(k, v) for k, v in (("members", 12345), ("dau_avg", 61.26), ("retention_30d", 0.4523),
                                            ("median_hours_to_decision", 5.3), ("mau", None))] == [
        "12,345", "61.3", "45.2%", "5.3 h", "–"]
    assert format_change("members", 112.5, 100) == ("▲ 12.5%", 1)
    assert format_change("retention_30d", 0.481, 0.45) == ("▲ 3.1 pt", 1)
    assert format_change("speaking_rate", 0.40, 0.45) == ("▼ 5.0 pt", -1)
    assert format_change("messages", 5, 0) == ("–", None)             # from zero: not comparable
    assert format_change("retention_30d", 0.5, None) == ("–", None)
    assert format_change("messages", 7, 7) == ("0.0%", 0)
    assert [change_tone("messages", 1), change_tone("sla_breach_rate", 1), change_tone("median_hours_to_decision", -1),
            change_tone("members", -1), change_tone("members", 0), change_tone("members", None)] == [
        "good", "bad", "good", "bad", "flat", "flat"]
    assert [format_target("retention_30d", 0.45), format_target("sla_breach_rate", 0.055),
            format_target("median_hours_to_decision", 24), format_target("members", 1200),
            format_target("messages", None)] == [
        "Target ≥ 45%", "Target ≤ 5.5%", "Target ≤ 24 h", "Target ≥ 1,200", "no target"]


def test_closing_the_file_empties_the_dashboard(tab, window):
    window.close_database()
    assert tab.title.text() == "No community file is open"
    assert value(tab, "members") == "–" and tab.status.text() == ""
    assert not tab.charts["dau_mau"].save_button.isEnabled()

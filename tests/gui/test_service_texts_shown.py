"""Texts services write are shown in the interface language: stored English reasons, teammates' activities
and nested error sentences go through the installed translator (a stand-in here, so the test needs no .qm)."""
from __future__ import annotations

from datetime import date

import pytest
from .conftest import phrasebook

from app.models.sessions import Session
from app.services import lifecycle as lc
from app.services.chat_exports import ExportError, read_events
from app.views.i18n import error_text
from app.views.lifecycle_lists import AtRiskPanel
from app.views.presence import person
from tests.unit.test_kol_and_at_risk import churn_timeline

PHRASES = {
    ("lifecycle reasons", "silent for %1 days"): "已沉默 %1 天",
    ("JobNames", "importing members"): "正在导入成员",
    ("Presence", "%1 (%2)"): "%1（%2）",
    ("errors", "%1: %2: %3"): "%1：%2：%3",
    ("chat exports", "line %1"): "第 %1 行",
    ("chat exports", "empty kind"): "类型为空",
}


@pytest.fixture
def chinese(qapp):
    with phrasebook(PHRASES) as book:
        yield book


def test_the_at_risk_list_shows_a_stored_reason_translated(qtbot, db, chinese):
    churn_timeline(db)
    lc.recompute(db, date(2024, 6, 28))
    assert "silent for 39 days" in [r[0] for r in db.conn.execute("SELECT reason FROM churn_flags")]
    panel = AtRiskPanel()
    qtbot.addWidget(panel)
    panel.set_database(db)
    panel.show()
    table = panel.table
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    reasons = {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert reasons["静"] == "已沉默 39 天"


def test_a_teammates_activity_is_shown_translated(chinese):
    busy = Session(token="w", operator="王芳", host="PC-w", pid=1, app_version="1", started_at="2025-03-05T09:00:00Z",
                   seen_at="2025-03-05T09:00:00Z", beat=0, activity="importing members")
    assert person(busy) == "王芳（正在导入成员）"
    assert person(Session(**{**busy.__dict__, "activity": "an older version's job"})) == \
        "王芳（an older version's job）"


def test_a_chat_export_error_is_translated_part_by_part(tmp_path, chinese):
    path = tmp_path / "活动.csv"
    path.write_text("time,kind,handle\n2024-03-01 10:00,,u1\n", encoding="utf-8")
    with pytest.raises(ExportError) as failed:
        list(read_events(path, "csv"))
    assert str(failed.value) == "活动.csv: line 2: empty kind"
    assert error_text(failed.value) == "活动.csv：第 2 行：类型为空"

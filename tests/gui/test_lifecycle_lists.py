"""The at-risk panel (recall logging) and the KOL panel (shortlist, cohort), driven like a person would."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.models.database import Database
from app.services import lifecycle as lc
from app.views.lifecycle_lists import AtRiskPanel, KolPanel
from app.views.worker import JobRunner
from tests.unit.test_kol_and_at_risk import AS_OF, churn_timeline, kol_timeline


def select_rows(qtbot, table, rows: list[int]) -> None:
    """Click the first row, ctrl-click the others."""
    for n, row in enumerate(rows):
        rect = table.visualRect(table.model().index(row, 0))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert sorted({i.row() for i in table.selectionModel().selectedRows()}) == sorted(rows)


def row_of(table, text: str, column: int = 0) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, column).text() == text)


@pytest.fixture
def jobs(qtbot):
    runner = JobRunner()
    yield runner
    runner.wait()


# -- at risk --------------------------------------------------------------------------------
def test_empty_state_before_any_flag(qtbot, db: Database):
    panel = AtRiskPanel()
    qtbot.addWidget(panel)
    panel.set_database(db)
    panel.show()
    assert panel.findChild(type(panel.empty), "atRiskEmpty").isVisible()
    assert "No one is at risk" in panel.empty.text()
    assert not panel.table.isVisible() and not panel.log_button.isEnabled()
    assert panel.findChild(type(panel.summary), "recallSummary").text().endswith("return rate: —")


def test_log_recall_on_selected_row_updates_flag_and_summary(qtbot, db: Database, type_text):
    p, _q, s = churn_timeline(db)
    lc.recompute(db, date(2024, 6, 28))
    panel = AtRiskPanel()
    qtbot.addWidget(panel)
    panel.set_database(db)
    panel.show()
    table = panel.findChild(type(panel.table), "atRiskTable")
    assert table.rowCount() == 2 and table.isVisible() and not panel.empty.isVisible()
    assert table.item(row_of(table, "静"), 3).text() == "silent for 39 days"
    summary = panel.findChild(type(panel.summary), "recallSummary")
    assert "recalls logged: 0" in summary.text() and summary.text().endswith("return rate: —")

    select_rows(qtbot, table, [row_of(table, "静")])
    combo = panel.findChild(type(panel.action), "recallAction")
    combo.setCurrentIndex(combo.findText("Gift offered"))
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.findChild(type(panel.log_button), "logRecall"), Qt.MouseButton.LeftButton)
    stored = db.conn.execute("SELECT member_id, recall_action, recall_by FROM churn_flags "
                             "WHERE recall_at IS NOT NULL").fetchall()
    assert [tuple(r) for r in stored] == [(s, "Gift offered", "李娜")]
    assert table.item(row_of(table, "静"), 5).text() == "Gift offered"
    assert table.item(row_of(table, "静"), 8).text() == "Waiting"
    assert "recalls logged: 1" in summary.text() and "waiting: 1" in summary.text()

    # Another action typed in Chinese, for the other member.
    select_rows(qtbot, table, [row_of(table, "P")])
    combo.clearEditText()
    type_text(combo.lineEdit(), "私聊问候")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.log_button, Qt.MouseButton.LeftButton)
    assert db.conn.execute("SELECT recall_action FROM churn_flags WHERE member_id = ?", (p,)).fetchone()[0] == "私聊问候"

    # Outcomes arrive with recomputes: P comes back, S does not.
    db.conn.execute("UPDATE churn_flags SET recall_at = '2024-06-29T00:00:00Z'")
    from tests.unit.test_lifecycle import add_events
    add_events(db, p, "2024-07-01T03:00:00Z")
    lc.recompute(db, date(2024, 7, 2))
    lc.recompute(db, date(2024, 7, 29))
    panel.reload()
    assert "returned: 1" in summary.text() and "did not return: 1" in summary.text()
    assert summary.text().endswith("return rate: 50%")


def test_at_risk_panel_loads_on_the_job_runner(qtbot, db: Database, jobs):
    churn_timeline(db)
    lc.recompute(db, date(2024, 6, 28))
    panel = AtRiskPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_database(db, jobs)
    assert panel.table.rowCount() == 2


# -- KOL ------------------------------------------------------------------------------------
def test_kol_panel_shows_parts_and_accepts_selected_rows(qtbot, db: Database):
    a, b, c = kol_timeline(db)
    panel = KolPanel(as_of=AS_OF)
    qtbot.addWidget(panel)
    panel.set_database(db)
    panel.show()
    table = panel.findChild(type(panel.table), "kolTable")
    assert panel.findChild(type(panel.top_n), "kolTopN").value() == 20
    shown = [[table.item(r, col).text() for col in range(5)] for r in range(table.rowCount())]
    assert shown == [["老K", "4", "4", "1", "34"], ["小红", "30", "0", "0", "30"], ["路人", "2", "0", "0", "2"]]
    assert panel.selected_month() == "2024-03"
    accept = panel.findChild(type(panel.accept_button), "acceptKol")
    assert not accept.isEnabled()

    select_rows(qtbot, table, [0, 1])
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    stored = db.conn.execute("SELECT member_id, month, score FROM kol_cohort ORDER BY member_id").fetchall()
    assert [tuple(r) for r in stored] == sorted([(a, "2024-03", 30.0), (b, "2024-03", 34.0)])
    cohort = panel.findChild(type(panel.cohort_table), "cohortTable")
    assert cohort.rowCount() == 2
    assert [cohort.item(r, 1).text() for r in range(2)] == ["老K", "小红"]
    assert cohort.horizontalHeaderItem(4).text() == "2024-03"
    assert cohort.item(0, 4).text() == "4 / 1" and cohort.item(0, 2).text() == "34"
    assert "Accepted 2 into the 2024-03 cohort." == panel.status.text()

    # The same rows again: nothing added, nothing signalled as changed.
    select_rows(qtbot, table, [0, 1])
    with qtbot.assertNotEmitted(panel.changed):
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert db.conn.execute("SELECT count(*) FROM kol_cohort").fetchone()[0] == 2
    assert "2 already in it" in panel.status.text()


def test_top_n_limits_the_shortlist(qtbot, db: Database):
    kol_timeline(db)
    panel = KolPanel(as_of=AS_OF)
    qtbot.addWidget(panel)
    panel.set_database(db)
    with qtbot.waitSignal(panel.loaded):
        panel.top_n.setValue(1)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "老K"


def test_kol_panel_on_the_job_runner(qtbot, db: Database, jobs):
    kol_timeline(db)
    panel = KolPanel(as_of=AS_OF)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_database(db, jobs)
    assert panel.table.rowCount() == 3
    select_rows(qtbot, panel.table, [2])
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert panel.cohort_table.rowCount() == 1 and panel.cohort_table.item(0, 1).text() == "路人"


def test_closed_file_clears_the_panels(qtbot, db: Database):
    kol_timeline(db)
    panel = KolPanel(as_of=AS_OF)
    qtbot.addWidget(panel)
    panel.set_database(db)
    assert panel.table.rowCount() == 3
    panel.set_database(None)
    assert panel.table.rowCount() == 0 and not panel.accept_button.isEnabled()

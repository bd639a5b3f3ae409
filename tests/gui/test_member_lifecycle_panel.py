"""The member lifecycle panel driven as an operator would: read why, set a manual tier, redeem, correct, recall."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.models import lifecycle as lm
from app.models.database import Database
from app.services import lifecycle as lc
from app.views.labels import SEGMENT_LABELS
from app.views.member_lifecycle_panel import MemberLifecyclePanel
from tests.helpers import scalar, sql
from tests.unit.test_lifecycle import LADDER, add_events, add_member

MARCH_1 = date(2024, 3, 1)
APRIL_15 = date(2024, 4, 15)


@pytest.fixture
def member(db: Database) -> int:
    """王芳 on a 3-tier ladder: 3 messages on 1 March (进阶群), 2 events attended; 43 points after recompute."""
    lm.set_ladder(db, LADDER)
    m = add_member(db, "王芳", "2024-01-01")
    add_events(db, m, "2024-02-20T03:00:00Z", 2, kind="attendance")
    add_events(db, m, "2024-03-01T03:00:00Z", 3)
    lc.recompute(db, MARCH_1)
    return m


def make_panel(qtbot, db: Database, member_id: int, as_of: date = MARCH_1) -> MemberLifecyclePanel:
    panel = MemberLifecyclePanel(db, member_id, as_of=as_of)
    qtbot.addWidget(panel)
    panel.resize(800, 900)
    panel.show()
    return panel


def click(qtbot, panel, name: str) -> None:
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(panel.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def ledger_rows(db: Database, member_id: int) -> int:
    return scalar(db.path, "SELECT count(*) FROM points_ledger WHERE member_id = ?", (member_id,))


def test_why_this_tier_matches_explain_tier(qtbot, db, member):
    panel = make_panel(qtbot, db, member)
    assert panel.objectName() == "MemberLifecyclePanel"
    assert panel.tier_label.text() == "进阶群"
    expected = lc.explain_tier(db, member, MARCH_1)
    table = panel.why_table
    assert table.objectName() == "whyTierTable" and table.rowCount() == len(expected) == 3
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == ["Rule", "Value", "Needed", "✓/✗"]
    for row, (rule, value, threshold, passed) in enumerate(expected):
        assert table.item(row, 0).text() == rule
        assert table.item(row, 1).text() == str(value)
        assert table.item(row, 2).text() == str(threshold)
        assert table.item(row, 3).text() == ("✓" if passed else "✗")
        assert table.item(row, 3).data(Qt.ItemDataRole.UserRole) is passed
    assert {table.item(r, 3).text() for r in range(3)} == {"✓", "✗"}
    failed = [r for r in range(3) if not expected[r][3]]
    passed = [r for r in range(3) if expected[r][3]]
    assert table.item(failed[0], 0).foreground().color() != table.item(passed[0], 0).foreground().color()
    history = panel.history_table
    assert history.rowCount() == 1 and history.item(0, 2).text() == "进阶群"


def test_set_and_clear_manual_tier(qtbot, db, member, type_text):
    panel = make_panel(qtbot, db, member)
    combo = panel.tier_combo
    assert combo.objectName() == "overrideTier" and combo.currentText() == "进阶群"
    qtbot.keyClick(combo, Qt.Key.Key_Down)                 # choose the next tier up
    assert combo.currentText() == "核心群"

    with qtbot.assertNotEmitted(panel.changed):
        click(qtbot, panel, "setOverride")                 # no reason typed yet
    assert panel.message.isVisible() and "reason" in panel.message.text()
    assert scalar(db.path, "SELECT override_tier FROM member_tier_state WHERE member_id = ?", (member,)) is None

    type_text(panel.override_reason, "活动志愿者")
    with qtbot.waitSignal(panel.changed, timeout=2000):
        click(qtbot, panel, "setOverride")
    stored = sql(db.path, "SELECT override_tier, override_reason, override_by FROM member_tier_state "
                          "WHERE member_id = ?", (member,))
    assert stored == [("核心群", "活动志愿者", "李娜")]
    assert "核心群" in panel.override_label.text() and "活动志愿者" in panel.override_label.text()
    assert panel.clear_override_button.objectName() == "clearOverride" and panel.clear_override_button.isEnabled()

    with qtbot.waitSignal(panel.changed, timeout=2000):
        click(qtbot, panel, "clearOverride")
    assert scalar(db.path, "SELECT override_tier FROM member_tier_state WHERE member_id = ?", (member,)) is None
    assert not panel.clear_override_button.isEnabled()


def test_redeem_needs_enough_points(qtbot, db, member):
    lm.set_config(db, {"rewards": [["贴纸", 100], ["T恤", 500]]})
    panel = make_panel(qtbot, db, member)
    assert panel.balance_label.text() == "Balance: 43 points"
    combo = panel.reward_combo
    assert combo.objectName() == "rewardCombo" and combo.count() == 2
    assert "贴纸" in combo.itemText(0) and "100" in combo.itemText(0)
    before = ledger_rows(db, member)

    with qtbot.assertNotEmitted(panel.changed):
        click(qtbot, panel, "redeemReward")
    assert panel.message.isVisible() and "43" in panel.message.text() and "100" in panel.message.text()
    assert ledger_rows(db, member) == before
    assert panel.balance_label.text() == "Balance: 43 points"

    lc.earn(db, member, 100, "活动奖励")
    panel.reload()
    assert panel.balance_label.text() == "Balance: 143 points"
    with qtbot.waitSignal(panel.changed, timeout=2000):
        click(qtbot, panel, "redeemReward")
    assert panel.balance_label.text() == "Balance: 43 points"
    assert ledger_rows(db, member) == before + 2
    assert panel.ledger_table.item(0, 1).text() == "-100" and panel.ledger_table.item(0, 2).text() == "reward: 贴纸"


def test_correction_needs_reason_and_no_overdraft(qtbot, db, member, type_text):
    panel = make_panel(qtbot, db, member)
    before = ledger_rows(db, member)
    spin = panel.correction_spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "-50")
    assert spin.value() == -50

    with qtbot.assertNotEmitted(panel.changed):
        click(qtbot, panel, "addCorrection")               # no reason
    assert "reason" in panel.message.text()
    type_text(panel.correction_reason, "重复发放")
    with qtbot.assertNotEmitted(panel.changed):
        click(qtbot, panel, "addCorrection")               # 43 - 50 < 0
    assert "negative" in panel.message.text()
    assert ledger_rows(db, member) == before

    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "-3")
    with qtbot.waitSignal(panel.changed, timeout=2000):
        click(qtbot, panel, "addCorrection")
    assert panel.balance_label.text() == "Balance: 40 points"
    assert scalar(db.path, "SELECT reason || '|' || kind FROM points_ledger ORDER BY id DESC LIMIT 1") \
        == "重复发放|correction"


def test_log_recall_on_a_flagged_member(qtbot, db, member, type_text):
    calm = make_panel(qtbot, db, member)
    assert not calm.recall_button.isEnabled() and calm.churn_label.text() == "No open churn flag."

    lc.recompute(db, APRIL_15)                             # silent since 1 March: flagged
    panel = make_panel(qtbot, db, member, APRIL_15)
    assert "silent for 45 days" in panel.churn_label.text()
    assert panel.recall_button.objectName() == "logRecall" and panel.recall_button.isEnabled()
    with qtbot.assertNotEmitted(panel.changed):
        click(qtbot, panel, "logRecall")                   # nothing typed
    assert panel.message.isVisible()

    type_text(panel.recall_edit, "私聊问候 + invite")
    with qtbot.waitSignal(panel.changed, timeout=2000):
        click(qtbot, panel, "logRecall")
    assert scalar(db.path, "SELECT recall_action FROM churn_flags WHERE member_id = ? AND cleared_at IS NULL",
                  (member,)) == "私聊问候 + invite"
    assert "私聊问候 + invite" in panel.recall_label.text()
    assert "no activity since the recall" in panel.recall_label.text()


def test_rfm_and_credit_sections(qtbot, db, member):
    fresh = add_member(db, "新人", "2024-02-01")
    unscored = make_panel(qtbot, db, fresh)
    assert unscored.rfm_scores_label.text() == "not scored yet — run Recompute"
    assert unscored.credit_score_label.text() == "100" and unscored.credit_note.isVisible()

    panel = make_panel(qtbot, db, member)
    rfm = db.conn.execute("SELECT r, f, m, segment FROM rfm_scores WHERE member_id = ?", (member,)).fetchone()
    assert panel.rfm_scores_label.text() == f"R {rfm[0]} · F {rfm[1]} · M {rfm[2]} (of 5)"
    assert panel.rfm_segment_label.text() == SEGMENT_LABELS[rfm[3]]
    assert panel.credit_score_label.text() == "104" and panel.credit_level_label.text() == "good"
    assert not panel.credit_note.isVisible()

"""recompute as a scheduler runs it: a demo file with events imported from real export fixtures."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, digest, run
from tests.helpers import scalar, sql

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "chat_exports"


@pytest.fixture
def community(tmp_path: Path) -> Path:
    path = tmp_path / "c.cdesk"
    assert run("--db", str(path), "demo", "--members", "10", "--no-activity").returncode == 0
    for name in ("wechat_messages.csv", "telegram_result.json", "activity.csv", "qq_messages.txt"):
        done = run("--db", str(path), "import", "events", str(FIXTURES / name), "--tz", "Asia/Shanghai")
        assert done.returncode == 0, done.stderr
    from app.models import lifecycle as lm
    from app.models.database import Database

    with Database(path, operator="测试") as db:
        lm.set_ladder(db, [("基础群", {}), ("进阶群", {"messages_in_days": {"days": 3650, "min": 2}})])
    return path


def test_recompute_prints_each_part_and_is_idempotent(community: Path):
    last = scalar(community, "SELECT max(ts) FROM events")[:10]
    done = run("--db", str(community), "--operator", "王强", "recompute", "--as-of", last)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0] == f"recomputed as of {last}"
    assert [line.split(":")[0] for line in lines[1:]] == ["points", "rfm", "tiers", "churn"]
    active = scalar(community, "SELECT count(DISTINCT member_id) FROM events")
    assert f"rfm: {active} members scored" in done.stdout
    assert scalar(community, "SELECT count(*) FROM rfm_scores") == active
    awarded = scalar(community, "SELECT count(*) FROM points_ledger")
    assert awarded > 0 and f"points: {awarded} awards" in done.stdout
    roster = scalar(community, "SELECT count(*) FROM members WHERE deleted_at IS NULL")
    assert scalar(community, "SELECT count(*) FROM members WHERE tier IN ('基础群', '进阶群')") == roster
    assert scalar(community, "SELECT count(*) FROM tier_changes WHERE by = '王强'") >= roster - 10
    assert sql(community, "SELECT operator FROM changes WHERE action = 'recompute'") == [("王强",)]

    again = run("--db", str(community), "recompute", "--as-of", last)
    assert again.returncode == 0, again.stderr
    assert "points: 0 awards" in again.stdout and "tiers: 0 promoted, 0 demoted" in again.stdout
    assert scalar(community, "SELECT count(*) FROM points_ledger") == awarded


def test_recompute_user_problems(community: Path, tmp_path: Path):
    before = digest(community)
    assert run("--db", str(community), "recompute", "--as-of", "2024-02-30").returncode == 2
    assert digest(community) == before
    assert_one_line_error(run("--db", str(tmp_path / "missing.cdesk"), "recompute"), "does not exist")

"""import events and stats --json as a scheduler runs them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.dashboard import FIGURE_KEYS
from tests.cli.test_cli import run
from tests.helpers import scalar

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "chat_exports"


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "c.cdesk"
    assert run("--db", str(path), "demo", "--members", "10", "--no-activity").returncode == 0
    return path


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir()))
def test_every_format_imports_once(db_file: Path, fixture: str):
    done = run("--db", str(db_file), "import", "events", str(FIXTURES / fixture), "--tz", "Asia/Shanghai")
    assert done.returncode == 0, done.stderr
    added = scalar(db_file, "SELECT count(*) FROM events")
    assert added > 0 and f"{added} added" in done.stdout
    again = run("--db", str(db_file), "import", "events", str(FIXTURES / fixture), "--tz", "Asia/Shanghai")
    assert again.returncode == 0 and "0 added" in again.stdout
    assert scalar(db_file, "SELECT count(*) FROM events") == added


def test_stats_json_keys(db_file: Path):
    assert run("--db", str(db_file), "import", "events", str(FIXTURES / "wechat_messages.csv"),
               "--tz", "Asia/Shanghai").returncode == 0
    done = run("--db", str(db_file), "stats", "--from", "2020-01-01", "--to", "2030-12-31", "--tz", "UTC", "--json")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert list(figures) == ["from", "to", "tz", *FIGURE_KEYS]
    assert figures["tz"] == "UTC"
    assert figures["retention_30d"] is None or 0 <= figures["retention_30d"] <= 1
    assert figures["mau"] <= figures["active_members"]
    assert figures["messages"] == scalar(db_file, "SELECT count(*) FROM events WHERE kind = 'message'")
    assert figures["active_members"] == scalar(
        db_file, "SELECT count(DISTINCT member_id) FROM events WHERE kind = 'message'")
    assert figures["members"] == scalar(db_file, "SELECT count(*) FROM members WHERE status != 'left'")


def test_bad_input_is_one_line(db_file: Path, tmp_path: Path):
    broken = tmp_path / "result.json"
    broken.write_text("{not json", encoding="utf-8")
    for args in (["import", "events", str(broken)], ["import", "events", str(tmp_path / "missing.json")],
                 ["import", "events", str(FIXTURES / "activity.csv"), "--tz", "Mars/Olympus"],
                 ["stats", "--from", "2024-03-07", "--to", "2024-03-01"]):
        done = run("--db", str(db_file), *args)
        assert done.returncode == 1, (args, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert scalar(db_file, "SELECT count(*) FROM events") == 0
    assert run("--db", str(db_file), "stats", "--from", "2024-02-30").returncode == 2


def test_stats_uses_the_communitys_time_zone(db_file: Path):
    from app.models.dashboard_settings import set_config
    from app.models.database import Database

    assert run("--db", str(db_file), "import", "events", str(FIXTURES / "wechat_messages.csv"),
               "--tz", "Asia/Shanghai").returncode == 0
    db = Database(db_file, operator="t")
    set_config(db, {"time_zone": "America/New_York"})
    db.close()
    done = run("--db", str(db_file), "stats", "--from", "2020-01-01", "--to", "2030-12-31", "--json")
    assert json.loads(done.stdout)["tz"] == "America/New_York"
    text = run("--db", str(db_file), "stats", "--from", "2020-01-01", "--to", "2030-12-31", "--tz", "UTC")
    assert text.returncode == 0 and "retention_30d" in text.stdout and "UTC" in text.stdout

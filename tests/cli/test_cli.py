"""The command as a person or a scheduler runs it: a real subprocess, real files."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          timeout=timeout, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(done: subprocess.CompletedProcess, fragment: str) -> None:
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert fragment in lines[0]
    assert "Traceback" not in done.stderr


def test_demo_then_check(tmp_path: Path):
    path = tmp_path / "x.db"
    done = run("--db", str(path), "demo", "--members", "300", "--seed", "5")
    assert done.returncode == 0, done.stderr
    assert "300 members" in done.stdout
    done = run("--db", str(path), "check", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["healthy"] and report["integrity"] == "ok"
    assert report["rows"]["members"] == 300
    assert report["journal_mode"] == "wal"
    done = run("--db", str(path), "check")
    assert done.returncode == 0 and "Integrity:      ok" in done.stdout


def test_demo_with_and_without_activity(tmp_path: Path):
    path = tmp_path / "full.db"
    done = run("--db", str(path), "demo", "--members", "80", "--seed", "3")
    assert done.returncode == 0, done.stderr
    events = sql_scalar(path, "SELECT count(*) FROM events")
    assert events > 80 * 10
    items = sql_scalar(path, "SELECT count(*) FROM content_items")
    assert items > 100
    activities = sql_scalar(path, "SELECT count(*) FROM activities")
    assert activities > 50
    assert sql_scalar(path, "SELECT count(*) FROM events WHERE kind = 'attendance'") == sql_scalar(
        path, "SELECT count(*) FROM activity_registrations WHERE status = 'attended'")
    cases = sql_scalar(path, "SELECT count(*) FROM moderation_cases")
    assert cases >= 6 and sql_scalar(path, "SELECT count(*) FROM moderation_cases WHERE decided_at IS NOT NULL") > 0
    assert sql_scalar(path, "SELECT count(*) FROM moderation_words") > 20
    assert done.stdout.strip() == (f"{path}: demo community 燃跑 · 运动生活社群 with 80 members, {items} content items, "
                                   f"{events:,} activity events, {activities} activities, {cases} moderation cases")
    assert sql_scalar(path, "SELECT count(*) FROM rfm_scores") > 0
    assert sql_scalar(path, "SELECT count(DISTINCT tier) FROM members") == 3
    assert sql_scalar(path, "SELECT count(*) FROM points_ledger") > 0

    bare = tmp_path / "bare.db"
    done = run("--db", str(bare), "demo", "--members", "80", "--seed", "3", "--no-activity")
    assert done.returncode == 0, done.stderr
    items = sql_scalar(bare, "SELECT count(*) FROM content_items")
    assert done.stdout.strip() == f"{bare}: demo community 燃跑 · 运动生活社群 with 80 members, {items} content items"
    for table in ("events", "event_sources", "tiers", "rfm_scores", "points_ledger", "churn_flags", "activities",
                  "activity_registrations", "moderation_cases"):
        assert sql_scalar(bare, f"SELECT count(*) FROM {table}") == 0, table


def sql_scalar(path: Path, query: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchone()[0]
    finally:
        conn.close()


def test_operator_is_recorded(tmp_path: Path):
    path = tmp_path / "x.db"
    assert run("--db", str(path), "--operator", "王强", "demo", "--members", "5").returncode == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT DISTINCT updated_by FROM members").fetchall() == [("王强",)]
    assert conn.execute("SELECT operator FROM changes WHERE action = 'demo'").fetchone() == ("王强",)
    conn.close()


def test_demo_twice_is_refused(tmp_path: Path):
    path = tmp_path / "x.db"
    assert run("--db", str(path), "demo", "--members", "10").returncode == 0
    before = digest(path)
    assert_one_line_error(run("--db", str(path), "demo"), "already holds 10 members")
    assert digest(path) == before


def test_check_of_missing_file_creates_nothing(tmp_path: Path):
    path = tmp_path / "missing.db"
    assert_one_line_error(run("--db", str(path), "check"), "does not exist")
    assert not path.exists()


def test_bad_files_are_refused_untouched(tmp_path: Path):
    text_file = tmp_path / "members.csv"
    text_file.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    newer = tmp_path / "newer.db"
    assert run("--db", str(newer), "demo", "--members", "3").returncode == 0
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    cases = [(tmp_path, "is a folder"), (text_file, "not an SQLite file"),
             (foreign, "another program"), (newer, "newer Community Desk")]
    for path, message in cases:
        before = digest(path) if path.is_file() else None
        assert_one_line_error(run("--db", str(path), "check"), message)
        assert_one_line_error(run("--db", str(path), "demo"), message)
        if before:
            assert digest(path) == before


def test_wrong_usage_exits_2(tmp_path: Path):
    assert run("bogus").returncode == 2
    assert run("--db", str(tmp_path / "x.db"), "demo", "--members", "0").returncode == 2
    assert run("--self-test", "check").returncode == 2


def test_version_and_console_script():
    done = run("--version")
    assert done.returncode == 0 and done.stdout.startswith("community-desk ")
    script = Path(sys.executable).with_name("community-desk")
    if script.exists():
        assert subprocess.run([str(script), "--help"], capture_output=True).returncode == 0


@pytest.mark.parametrize("with_db", [False, True])
def test_self_test_opens_every_tab(tmp_path: Path, with_db: bool):
    args = ["--self-test"]
    if with_db:
        path = tmp_path / "x.db"
        assert run("--db", str(path), "demo", "--members", "50").returncode == 0
        args = ["--db", str(path), *args]
    done = run(*args)
    assert done.returncode == 0, done.stderr
    assert "self-test passed: 6 tabs" in done.stdout


def test_self_test_reports_failure(tmp_path: Path):
    done = run("--db", str(tmp_path / "nope.db"), "--self-test")
    assert done.returncode == 1
    assert "does not exist" in done.stderr


def test_a_bare_community_file_argument_opens_that_file():
    """File managers and the installers' associations start `community-desk FILE.cdesk`."""
    from app import cli

    parser = cli.build_parser()
    args = parser.parse_args(cli._opened_file_as_db(parser, ["--operator", "李娜", "/data/团队.CDESK"]))
    assert args.db == "/data/团队.CDESK" and args.command is None and args.operator == "李娜"
    kept = ["--db", "a.cdesk", "backup", "--out", "b.cdesk"]
    assert cli._opened_file_as_db(parser, kept) == kept
    assert cli._opened_file_as_db(parser, ["notes.txt"]) == ["notes.txt"]

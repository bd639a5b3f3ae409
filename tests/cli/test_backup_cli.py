"""`backup` and `restore` as a person or a scheduler runs them."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from tests.cli.test_cli import assert_one_line_error, run


def _members(path: Path) -> int:
    return sqlite3.connect(path).execute("SELECT count(*) FROM members").fetchone()[0]


def test_backup_out_then_restore_brings_the_old_contents_back(tmp_path):
    path, saved = tmp_path / "team.cdesk", tmp_path / "saved.cdesk"
    assert run("--db", str(path), "demo", "--members", "40", "--no-activity").returncode == 0
    done = run("--db", str(path), "backup", "--out", str(saved))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"backed up {path} to {saved} (") and "checked ok" in done.stdout
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM member_sub_communities")
    conn.execute("DELETE FROM members WHERE id > 10")
    conn.commit()
    conn.close()
    assert _members(path) == 10
    done = run("--db", str(path), "--operator", "王芳", "restore", str(saved))
    assert done.returncode == 0, done.stderr
    assert _members(path) == 40
    safety = Path(done.stdout.strip().split("its previous contents are in ", 1)[1])
    assert safety.exists() and "before-restore" in safety.name and _members(safety) == 10
    listed = run("--db", str(path), "backup", "--list")
    assert listed.returncode == 0 and str(safety) in listed.stdout and "before-restore" in listed.stdout
    row = sqlite3.connect(path).execute("SELECT operator, action FROM changes ORDER BY id DESC LIMIT 1").fetchone()
    assert row == ("王芳", "restore")


def test_backup_without_out_goes_to_the_local_backups_folder(tmp_path):
    path = tmp_path / "team.cdesk"
    assert run("--db", str(path), "demo", "--members", "20", "--no-activity").returncode == 0
    done = run("--db", str(path), "backup")
    assert done.returncode == 0, done.stderr
    written = Path(done.stdout.split(" to ", 1)[1].rsplit(" (", 1)[0])
    assert written.exists() and written.name.startswith("team-manual-")
    assert str(written).startswith(os.environ["XDG_DATA_HOME"])      # this machine, not the share


def test_bad_backup_and_restore_input_is_one_line_and_changes_nothing(tmp_path):
    path = tmp_path / "team.cdesk"
    assert run("--db", str(path), "demo", "--members", "20", "--no-activity").returncode == 0
    junk = tmp_path / "junk.cdesk"
    junk.write_text("hello")
    assert_one_line_error(run("--db", str(path), "restore", str(junk)), "not an SQLite database")
    assert_one_line_error(run("--db", str(path), "restore", str(tmp_path / "missing.cdesk")), "does not exist")
    assert_one_line_error(run("--db", str(path), "backup", "--out", str(path)), "is the open community file")
    assert_one_line_error(run("--db", str(path), "backup", "--out", str(tmp_path)), "is a folder")
    assert _members(path) == 20

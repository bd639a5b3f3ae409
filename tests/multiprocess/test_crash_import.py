"""Crash safety: `kill -9` the real `import members` of 100,000 rows at several points.

After every kill the file passes `PRAGMA integrity_check` and holds all of the import or none of
it: never a part. The kill points are found by watching the file, as a person cannot: the import's
rollback journal (`F-journal`) appearing, the database file itself starting to grow (pages written
into it while the journal still holds the old ones), the file close to its final size (the commit
writing out), and by the timings of one run that is left to finish. In rollback-journal mode the
journal file tells the outcome exactly: a journal left behind by the killed process is "hot", so
the next reader rolls it back (none of the import); no journal means it was never started or the
commit had finished (deleting the journal IS the commit).

The CLI chooses the journal mode with `--journal-mode delete|wal` (default: settings, else by
where the file lives, which is WAL on this local disk).
"""
from __future__ import annotations

import csv
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS = 100_000
BEFORE = 20                 # members in the file before the import
POLL_S = 0.001
TIMEOUT_S = 300


@dataclass
class Watch:
    """What the watcher saw of one import process, in seconds since it started."""
    elapsed: float = 0.0
    journal: bool = False
    journal_seen: float | None = None       # the side file first appeared
    journal_gone: float | None = None       # ... and was deleted again (the commit)
    side_size: int = 0
    start_size: int = 0
    db_size: int = 0


@dataclass
class Outcome:
    returncode: int
    killed: bool
    watch: Watch
    journal_left: bool      # the side file still there after the process died
    stderr: str


def make_csv(path: Path, rows: int = ROWS, seed: int = 20251121) -> None:
    """Members that are all new and all distinct (no duplicate merging): the import adds exactly *rows*."""
    rng = random.Random(seed)
    groups = ("跑步", "瑜伽", "健身", "骑行")
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["姓名", "昵称", "手机号", "微信号", "邮箱", "入群时间", "来源渠道", "所属分组", "备注"])
        for i in range(rows):
            joined = f"2024/{rng.randint(1, 12)}/{rng.randint(1, 28)}"
            writer.writerow([f"成员{i}", f"crash{i}", f"166{i:08d}", f"crash_{i}", f"m{i}@crash.test", joined,
                             "公众号", rng.choice(groups), ""])


def cli(*args: str, timeout: int = TIMEOUT_S) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def side_file(db: Path, mode: str) -> Path:
    return db.with_name(db.name + ("-journal" if mode == "delete" else "-wal"))


def run_import(db: Path, source: Path, mode: str, kill_when: Callable[[Watch], bool] | None = None) -> Outcome:
    """Run the real CLI import; SIGKILL it the first time *kill_when* holds (None: let it finish)."""
    side = side_file(db, mode)
    watch = Watch(start_size=db.stat().st_size)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "app", "--db", str(db), "--journal-mode", mode,
                             "import", "members", str(source)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    killed = False
    try:
        while proc.poll() is None:
            watch.elapsed = time.perf_counter() - started
            if watch.elapsed > TIMEOUT_S:
                raise AssertionError(f"the import did not end within {TIMEOUT_S} s")
            try:
                watch.side_size, watch.journal = side.stat().st_size, True
            except FileNotFoundError:
                watch.side_size, watch.journal = 0, False
            if watch.journal and watch.journal_seen is None:
                watch.journal_seen = watch.elapsed
            elif not watch.journal and watch.journal_seen is not None and watch.journal_gone is None:
                watch.journal_gone = watch.elapsed
            try:
                watch.db_size = db.stat().st_size
            except FileNotFoundError:
                pass
            if kill_when is not None and kill_when(watch):
                proc.kill()             # SIGKILL: no handler, no cleanup, no rollback by the process
                killed = True
                break
            time.sleep(POLL_S)
    finally:
        if proc.poll() is None and not killed:
            proc.kill()
        _out, err = proc.communicate(timeout=60)
    return Outcome(proc.returncode, killed, watch, side.exists(), err)


def inspect(db: Path) -> dict:
    """The file as the next person to open it sees it (SQLite rolls a hot journal back on first read)."""
    conn = sqlite3.connect(db)
    try:
        return {
            "integrity": "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check")),
            "members": conn.execute("SELECT count(*) FROM members").fetchone()[0],
            "indexed": conn.execute("SELECT count(*) FROM member_search").fetchone()[0],
            "groups": conn.execute("SELECT count(DISTINCT member_id) FROM member_sub_communities").fetchone()[0],
            "logged": conn.execute("SELECT count(*) FROM changes WHERE table_name = 'members' "
                                   "AND action = 'import'").fetchone()[0],
            "indexes": conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name = 'members'").fetchone()[0],
        }
    finally:
        conn.close()


@dataclass
class Setup:
    base: Path
    source: Path
    before: dict
    full: Path                  # the file of the unkilled run in rollback-journal mode ...
    reference: Outcome          # ... and what the watcher saw of it
    final_size: int


@pytest.fixture(scope="module")
def setup(tmp_path_factory) -> Setup:
    folder = tmp_path_factory.mktemp("crash")
    base = folder / "base.cdesk"
    done = cli("--db", str(base), "--journal-mode", "delete", "demo", "--members", str(BEFORE), "--no-activity")
    assert done.returncode == 0, done.stderr
    source = folder / "members.csv"
    make_csv(source)
    before = inspect(base)
    assert before["members"] == BEFORE and before["integrity"] == "ok"
    full = folder / "full.cdesk"
    shutil.copyfile(base, full)
    reference = run_import(full, source, "delete")
    assert reference.returncode == 0, reference.stderr
    assert reference.watch.journal_seen is not None and reference.watch.journal_gone is not None
    assert not reference.journal_left
    return Setup(base, source, before, full, reference, full.stat().st_size)


def fresh_copy(setup: Setup, tmp_path: Path) -> Path:
    db = tmp_path / "team.cdesk"
    shutil.copyfile(setup.base, db)      # the base file is closed: a plain copy is a faithful one
    return db


def assert_all_or_nothing(setup: Setup, db: Path) -> dict:
    after = inspect(db)
    assert after["integrity"] == "ok"
    none = dict(setup.before)
    everything = {"integrity": "ok", "members": BEFORE + ROWS, "indexed": setup.before["indexed"] + ROWS,
                  "groups": setup.before["groups"] + ROWS, "logged": setup.before["logged"] + 1,
                  "indexes": setup.before["indexes"]}
    assert after in (none, everything)
    return after


@pytest.mark.slow      # its fixture runs the whole import once (15-21 s), then the kill tests share it
def test_an_import_left_to_finish_adds_every_row(setup: Setup):
    after = assert_all_or_nothing(setup, setup.full)
    assert after["members"] == BEFORE + ROWS


# (name, when to kill, given the reference run's timings and final size)
KILL_POINTS: dict[str, Callable[[Setup], Callable[[Watch], bool]]] = {
    # still reading and checking the CSV: the write transaction has not begun
    "before the write starts": lambda s: lambda w: w.elapsed >= 0.3 * s.reference.watch.journal_seen,
    # the first page of the transaction was journalled
    "when the journal appears": lambda s: lambda w: w.journal,
    # a third into the write, by the unkilled run's timing (margin for a run faster than the reference)
    "mid-write": lambda s: lambda w: w.journal and w.journal_seen is not None and w.elapsed >= w.journal_seen + (
        s.reference.watch.journal_gone - s.reference.watch.journal_seen) / 3,
    # new pages start to reach the database file itself (a cache spill or the commit writing out)
    "when pages reach the file": lambda s: lambda w: w.journal and w.db_size > w.start_size,
    # the file has nearly its final size: the commit is writing its last pages
    "close to commit": lambda s: lambda w: w.journal and w.db_size >= 0.9 * s.final_size,
}


# These two run the import almost to its end: 13 s each on a quiet 2-core machine, 25-38 s on a busy one.
LATE = {"when pages reach the file", "close to commit"}


@pytest.mark.parametrize("point", [pytest.param(p, marks=pytest.mark.slow) if p in LATE else p for p in KILL_POINTS])
def test_kill_9_in_rollback_journal_mode_leaves_all_or_nothing(setup: Setup, tmp_path: Path, point: str):
    db = fresh_copy(setup, tmp_path)
    outcome = run_import(db, setup.source, "delete", KILL_POINTS[point](setup))
    assert outcome.killed, f"the import ended (exit {outcome.returncode}) before the kill point {point!r}"
    assert outcome.returncode == -9
    after = assert_all_or_nothing(setup, db)
    if point == "before the write starts":
        assert outcome.watch.journal_seen is None and not outcome.journal_left
    else:
        # Killed inside the transaction: its journal stays behind, and the next reader rolls the file
        # back from it (or ignores it, if no page had been journalled yet).
        assert outcome.journal_left, "the kill came after the commit: the kill point was missed"
    assert after["members"] == BEFORE, f"killed {point}: expected none of the import"
    # And the file is usable: the app opens it and reports it healthy.
    done = cli("--db", str(db), "--journal-mode", "delete", "check")
    assert done.returncode == 0 and "Integrity:      ok" in done.stdout, done.stderr


def test_kill_9_in_wal_mode_leaves_all_or_nothing(setup: Setup, tmp_path: Path):
    db = fresh_copy(setup, tmp_path)
    # The -wal file exists from the start; kill once transaction pages are being written into it.
    outcome = run_import(db, setup.source, "wal", lambda w: w.side_size > 0)
    assert outcome.killed and outcome.returncode == -9
    assert outcome.journal_left                 # frames of the unfinished transaction, never committed
    after = assert_all_or_nothing(setup, db)
    assert after["members"] == BEFORE

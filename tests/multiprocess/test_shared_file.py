"""A team on one file, proven with real OS processes ("spawn"): no lost update, consistent reads during
writes, and a backup taken while a teammate writes that restores to a consistent file. Each test runs in
the shared-drive mode (rollback journal, `journal_mode="delete"`) and in WAL."""
from __future__ import annotations

import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest

from app.models.database import Database
from app.models.members import Member, create_member, get_member
from benchmarks import bench_torture as torture
from tests.multiprocess.workers import save_rounds

MODES = ("delete", "wal")
ROUNDS = 5


def spawn():
    return multiprocessing.get_context("spawn")


@pytest.mark.parametrize("mode", MODES)
def test_two_processes_saving_the_same_member_get_exactly_one_conflict_and_lose_nothing(tmp_path: Path, mode: str):
    path = tmp_path / "team.cdesk"
    with Database(path, operator="setup", create=True, journal_mode=mode) as db:
        create_member(db, Member(display_name="李娜", nickname="娜娜", notes=""))
        start_version = get_member(db, 1).version
    ctx = spawn()
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = {name: ctx.Process(target=save_rounds, args=(str(path), mode, name, field, ROUNDS, barrier, results))
             for name, field in (("王芳", "notes"), ("张伟", "nickname"))}
    try:
        for proc in procs.values():
            proc.start()
        reports = torture.collect(results, procs, list(procs), time.monotonic() + 120)
    finally:
        torture.stop_all(procs.values())
    assert {name: proc.exitcode for name, proc in procs.items()} == {"王芳": 0, "张伟": 0}

    version = start_version
    for round_ in range(ROUNDS):
        mine = {name: reports[name]["outcomes"][round_] for name in procs}
        assert [o["read"] for o in mine.values()] == [version, version]       # both read the same version
        losers = [name for name, o in mine.items() if o["conflict"]]
        assert len(losers) == 1, f"round {round_}: conflicts {losers}"
        loser = losers[0]
        winner = next(name for name in procs if name != loser)
        assert mine[winner]["saved"] == version + 1
        assert mine[loser]["conflict"] == {"expected": version, "found": version + 1, "by": winner}
        assert mine[loser]["saved"] == version + 2       # the edit kept, merged onto the winner's row
        version += 2

    with Database(path, operator="check", journal_mode=mode) as db:
        final = get_member(db, 1)
        assert (final.notes, final.nickname, final.version) == (f"王芳 #{ROUNDS - 1}", f"张伟 #{ROUNDS - 1}", version)
        updates = [h for h in db.history("members", 1) if h["action"] == "update"]
        assert db.check().integrity == "ok"
    # Every value either teammate saved is in the log under their name, each save one entry of its own field.
    assert len(updates) == 2 * ROUNDS
    logged = {(h["operator"], k, v) for h in updates for k, v in h["after"].items()}
    assert logged == {(name, field, f"{name} #{r}") for name, field in (("王芳", "notes"), ("张伟", "nickname"))
                      for r in range(ROUNDS)}


@pytest.mark.parametrize("mode", MODES)
def test_readers_in_other_processes_always_see_consistent_data_during_writes(tmp_path: Path, mode: str):
    path = tmp_path / "team.cdesk"
    seeded = torture.seed_file(path, mode)
    plans = [torture.plan_ops(i, 40, seed=5) for i in range(2)]
    # Paced writers (about a second of work each), so readers meet them mid-stream.
    run = torture.run_torture(path, seeded, plans, journal_mode=mode, readers=2, min_checks=10,
                              writer_pause_s=0.02)
    for reader in run.readers:
        assert reader["broken"] == [] and reader["backwards"] == 0
        assert reader["checks"] >= 10
        assert reader["serials_seen"] >= 3, "the reader never saw the writers at work"
    assert torture.verify(run) == []


def _serial(path: Path) -> int:
    conn = sqlite3.connect(path, timeout=10)
    try:
        return torture.write_serial(conn)
    finally:
        conn.close()


@pytest.mark.parametrize("mode", MODES)
def test_a_backup_taken_while_another_process_writes_restores_to_a_consistent_file(tmp_path: Path, mode: str):
    from app.services.backups import backup_now, check_backup, restore

    path = tmp_path / "team.cdesk"
    # Several MiB: the backup API copies it in several steps, and a commit between two steps
    # makes it start again, so the copy is one snapshot.
    seeded = torture.seed_file(path, mode, padding=12_000)
    ctx = spawn()
    start, stop, results = ctx.Barrier(2), ctx.Event(), ctx.Queue()
    plan = torture.plan_ops(0, 5_000, seed=8)       # far more than it will do: it runs until stopped
    writer = ctx.Process(target=torture.writer_main,    # a teammate saving about ten times a second
                         args=(str(path), mode, 0, plan, start, stop, results, torture.WRITER_BUSY_S, 0.1))
    db = Database(path, operator="backup", journal_mode=mode, backup_dir=tmp_path / "backups")
    try:
        writer.start()
        start.wait(torture.START_TIMEOUT_S)
        deadline = time.monotonic() + 30
        while _serial(path) < seeded.serial + 3:            # the teammate is at work
            assert time.monotonic() < deadline and writer.is_alive(), "the writer never committed"
            time.sleep(0.01)
        before = _serial(path)
        steps = []

        def step(done: int, total: int) -> None:
            if not steps:   # let a teammate's commit land in the middle of the copy (up to 3 s)
                waited = time.monotonic() + 3
                while _serial(path) == before and time.monotonic() < waited:
                    time.sleep(0.01)
            steps.append((done, total))

        info = backup_now(db, kind="manual", progress=step)
        after = _serial(path)
        while _serial(path) == after:                         # ... and still at work after it
            assert time.monotonic() < deadline + 30 and writer.is_alive(), "the writer stopped"
            time.sleep(0.01)
        stop.set()
        report = torture.collect(results, {"writer-0": writer}, ["writer-0"], time.monotonic() + 60)["writer-0"]
    finally:
        stop.set()
        torture.stop_all([writer])
    assert writer.exitcode == 0
    assert report["failed"] == [] and len(report["committed"]) + len(report["conflicts"]) > 3

    assert check_backup(info.path) == "ok"
    copy = sqlite3.connect(info.path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert torture.check_invariants(copy, seeded) == []
        copied_serial = torture.write_serial(copy)
        copied_members = copy.execute("SELECT count(*) FROM members").fetchone()[0]
        copied_points = copy.execute("SELECT count(*) FROM points_ledger").fetchone()[0]
    finally:
        copy.close()
    assert before <= copied_serial <= after     # a snapshot from while the backup ran

    # The teammate has stopped; restore the backup into the live file.
    try:
        safety = restore(db, info.path)
        assert db.check().integrity == "ok"
        assert torture.check_invariants(db.conn, seeded) == []
        assert db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == copied_members
        assert db.conn.execute("SELECT count(*) FROM points_ledger").fetchone()[0] == copied_points
    finally:
        db.close()
    # The safety backup restore() took first holds the file as the writer left it.
    kept = sqlite3.connect(safety.path)
    try:
        assert kept.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert torture.check_invariants(kept, seeded) == []
        assert torture.write_serial(kept) == seeded.serial + len(report["committed"])
    finally:
        kept.close()

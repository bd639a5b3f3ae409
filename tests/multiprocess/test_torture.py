"""The torture run of benchmarks/bench_torture.py, small enough for `make test`: 4 writer and 2 reader
processes on one file in rollback-journal mode."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks import bench_torture as torture
from tests.helpers import scalar

OPS = 30        # per writer


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> torture.Torture:
    path = tmp_path_factory.mktemp("torture") / "team.cdesk"
    seeded = torture.seed_file(path, "delete")
    plans = [torture.plan_ops(i, OPS, seed=21) for i in range(torture.WRITERS)]
    return torture.run_torture(path, seeded, plans, journal_mode="delete", readers=torture.READERS, min_checks=5)


def test_every_operation_commits_or_conflicts_and_the_file_holds_exactly_the_committed_ones(run):
    assert run.journal_mode == "delete"
    assert scalar(run.path, "PRAGMA journal_mode") == "delete"
    assert len(run.writers) == torture.WRITERS and len(run.readers) == torture.READERS
    assert set(run.exit_codes.values()) == {0}                 # no process died ("database is locked" or else)
    for writer in run.writers:
        assert writer["failed"] == []
        assert len(writer["committed"]) + len(writer["conflicts"]) == OPS
        assert writer["retries"] >= 0
    assert run.committed + run.conflicts == torture.WRITERS * OPS
    assert torture.verify(run) == []                           # counts, balances, versions, serial, integrity


def test_readers_saw_only_consistent_snapshots(run):
    for reader in run.readers:
        assert reader["checks"] >= 5
        assert reader["broken"] == [] and reader["backwards"] == 0


def test_the_accounting_catches_a_lost_update_and_a_stray_write(run, tmp_path: Path):
    """verify() is not a rubber stamp: a silent overwrite and a write nobody reported both show."""
    committed = [c for w in run.writers for c in w["committed"]]
    hot = next(c[1] for c in committed if c[0] == "update")
    tampered = tmp_path / "tampered.cdesk"
    source = sqlite3.connect(run.path)
    target = sqlite3.connect(tampered)
    source.backup(target)
    source.close()
    target.execute("UPDATE members SET notes = 'overwritten' WHERE id = ?", (hot,))     # last writer wins, unlogged
    target.execute("INSERT INTO points_ledger(member_id, delta, reason, kind, at, by) "
                   "VALUES (1, 5, 'stray', 'correction', 'x', 'x')")
    target.commit()
    target.close()
    problems = torture.verify(torture.Torture(tampered, run.journal_mode, run.seeded, run.writers, run.readers,
                                              run.exit_codes, run.seconds))
    assert any(f"member #{hot}: notes 'overwritten'" in p for p in problems)
    assert any("points total" in p for p in problems) and "balances differ from the committed transfers" in problems

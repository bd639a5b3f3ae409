"""Torture: 4 writer and 2 reader processes on one file in rollback-journal mode (issue 10).

    python -m benchmarks.bench_torture --size small    # 150 operations per writer
    python -m benchmarks.bench_torture --size full     # 1,500 operations per writer

A shared community file as a small team uses it, in the mode a network share gets (`journal_mode=delete`,
`synchronous=FULL`). Each writer is a real OS process (multiprocessing, "spawn") with its own Database and a
fixed, seeded list of operations, each one transaction, each retried with `retry_locked` when it meets the
lock (writers wait WRITER_BUSY_S for it, as the GUI does, so lock retries really happen):
  * a versioned update: read a "hot" member's row, then `db.update_row` with the version read - a teammate
    may have saved it since, which is reported as a ConflictError (never a lost update);
  * an insert: `members.create_member` (the row, its search index, the changes log);
  * a points transfer: `lifecycle.spend` from one member and `lifecycle.earn` to another in one transaction.
Reader processes run `db.read_transaction()` snapshots over and over while the writers work and check
invariants that span tables and statements (points are conserved; members = seeds + logged inserts; a row's
version = 1 + its logged updates; the write serial never goes back).

At the end (`verify`): every operation either committed or reported a conflict; the final counts, balances,
versions and the write serial equal what the writers' committed lists say; `integrity_check` is ok; no
process died, none with "database is locked". Any failure raises AssertionError: a throughput of a run that
lost data means nothing.

Baseline: the same operations (all writers' lists, interleaved) by one process with plain sqlite3 on one
connection, no app layer (one bare UPDATE / INSERT / two ledger INSERTs per transaction), on an identically
seeded file with the same pragmas (rollback journal, synchronous=FULL). The ratio is the team's wall time
for all operations against that single bare writer's: it prices the versioning, the changes log, the search
index, the write serial, the lock waits and retries and the readers sharing the file. Target (ours): ≤ 3×.
"""
from __future__ import annotations

import multiprocessing
import queue
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.report import sized_main  # noqa: E402

SIZES = {"small": 150, "full": 1_500}      # operations per writer
REPEATS = {"small": 3, "full": 1}          # whole runs; the median is reported (a shared disk is noisy)
WRITERS, READERS = 4, 2
JOURNAL_MODE = "delete"                    # the shared-drive mode
SEED_MEMBERS = 200
HOT = 4                                    # updates pick from members 1..HOT: teammates collide there
INITIAL_POINTS = 100_000                   # each seed member's balance; transfers move at most 50
MIX = (("update", 40), ("insert", 30), ("transfer", 30))
WRITER_BUSY_S = 0.05                       # how long a writer waits for the lock before retry_locked backs off
RETRY_ATTEMPTS = 40
READER_PAUSE_S = 0.005                     # between a reader's snapshots (a view polling, not a spin)
START_TIMEOUT_S = 120
TARGET_RATIO = 3.0
OPERATOR = "torture"


# -- the file ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Seeded:
    members: int
    total_points: int
    serial: int                # the write serial after seeding


def seed_file(path: Path, journal_mode: str = JOURNAL_MODE, members: int = SEED_MEMBERS,
              padding: int = 0) -> Seeded:
    """A new community file: *members* seed members with INITIAL_POINTS each, not logged as inserts
    (so members = seeds + logged inserts), and *padding* extra rows in an unrelated table (a bigger file)."""
    from app.models.database import Database

    with Database(path, operator="seed", create=True, journal_mode=journal_mode) as db:
        now = db.clock()
        with db.transaction() as conn:
            conn.executemany(
                "INSERT INTO members(id, display_name, nickname, source_channel, created_at, version, updated_at, "
                "updated_by) VALUES (?, ?, ?, 'seed', ?, 1, ?, 'seed')",
                [(i, f"种子成员{i}", f"seed{i}", now, now) for i in range(1, members + 1)])
            conn.executemany(
                "INSERT INTO points_ledger(member_id, delta, reason, kind, at, by) "
                "VALUES (?, ?, 'seed', 'earned', ?, 'seed')",
                [(i, INITIAL_POINTS, now) for i in range(1, members + 1)])
            conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                             [(f"padding.{n}", "填充" * 100) for n in range(padding)])
        serial = db.write_stamp()[0]
    return Seeded(members, members * INITIAL_POINTS, serial)


def plan_ops(writer: int, ops: int, seed: int, members: int = SEED_MEMBERS) -> list[tuple]:
    """Writer *writer*'s operations: ("update", member, notes) | ("insert", name) | ("transfer", a, b, points)."""
    rng = random.Random(seed * 1_000 + writer)
    kinds = [kind for kind, weight in MIX for _ in range(weight)]
    planned: list[tuple] = []
    for n in range(ops):
        kind = rng.choice(kinds)
        if kind == "update":
            planned.append(("update", rng.randint(1, HOT), f"w{writer}-{n} 改"))
        elif kind == "insert":
            planned.append(("insert", f"w{writer}-{n} 新成员"))
        else:
            a, b = rng.sample(range(1, members + 1), 2)
            planned.append(("transfer", a, b, rng.randint(1, 50)))
    return planned


# -- invariants a reader checks inside one snapshot --------------------------------------------
def check_invariants(conn: sqlite3.Connection, seeded: Seeded) -> list[str]:
    """Broken invariants of the file as *conn* sees it now (several statements: call it in one transaction)."""
    broken = []
    total = conn.execute("SELECT coalesce(sum(delta), 0) FROM points_ledger").fetchone()[0]
    if total != seeded.total_points:
        broken.append(f"points total {total} != {seeded.total_points}")
    by_member = conn.execute("SELECT coalesce(sum(balance), 0) FROM (SELECT sum(delta) AS balance "
                             "FROM points_ledger GROUP BY member_id)").fetchone()[0]
    if by_member != total:
        broken.append(f"balances add up to {by_member}, the ledger to {total}")
    spent, earned = conn.execute(
        "SELECT count(*) FILTER (WHERE kind = 'spent'), "
        "count(*) FILTER (WHERE kind = 'earned' AND reason = 'transfer') FROM points_ledger").fetchone()
    if spent != earned:
        broken.append(f"{spent} transfer debits but {earned} credits")
    members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    logged = conn.execute("SELECT count(*) FROM changes WHERE table_name = 'members' AND action = 'insert'"
                          ).fetchone()[0]
    if members != seeded.members + logged:
        broken.append(f"{members} members but {seeded.members} seeds + {logged} logged inserts")
    drifted = conn.execute(
        "SELECT id, version, (SELECT count(*) FROM changes c WHERE c.table_name = 'members' AND c.row_id = m.id "
        "AND c.action = 'update') FROM members m WHERE id <= ? AND version != 1 + (SELECT count(*) FROM changes c "
        "WHERE c.table_name = 'members' AND c.row_id = m.id AND c.action = 'update')", (HOT,)).fetchall()
    broken += [f"member #{i} at version {v} with {n} logged updates" for i, v, n in drifted]
    return broken


def write_serial(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'write_serial'").fetchone()
    return int(row[0]) if row else 0


# -- the processes ----------------------------------------------------------------------------
def _report(results, start, name: str, body) -> None:
    """Run *body*() in a child and put its report (or the traceback) on *results*; a child that fails
    breaks the start barrier, so nobody waits for it."""
    try:
        report = body()
        report["name"], report["error"] = name, None
    except BaseException:
        results.put({"name": name, "error": traceback.format_exc()})
        start.abort()
        raise
    results.put(report)


def writer_main(path: str, journal_mode: str, index: int, ops: list, start, stop, results,
                busy_s: float = WRITER_BUSY_S, pause_s: float = 0.0) -> None:
    """A writer process: each operation in one transaction, LockedError retried, conflicts reported.
    *stop* (an Event or None) ends the list early; *pause_s* paces the writer (a person, not a script)."""
    def body() -> dict:
        from app.models.database import Database, retry_locked
        from app.models.errors import ConflictError
        from app.models.members import Member, create_member
        from app.services import lifecycle

        committed, conflicts, failed, retries = [], [], [], [0]
        db = Database(path, operator=f"{OPERATOR}-w{index}", journal_mode=journal_mode)

        def count_retry(_attempt, _exc) -> None:
            retries[0] += 1

        def transfer(a: int, b: int, points: int) -> None:
            with db.transaction():
                lifecycle.spend(db, a, points, "transfer")
                lifecycle.earn(db, b, points, "transfer")

        def write(change):
            """One transaction that waits busy_s for the lock, retried with back-off (reads wait as usual)."""
            def attempt():
                with db.busy_timeout(busy_s):
                    return change()
            return retry_locked(attempt, attempts=RETRY_ATTEMPTS, on_retry=count_retry)

        try:
            start.wait(START_TIMEOUT_S)
            started = time.perf_counter()
            for op in ops:
                if stop is not None and stop.is_set():
                    break
                try:
                    if op[0] == "update":
                        _kind, member_id, notes = op
                        version = db.get_row("members", member_id)["version"]    # what the person read
                        new = write(lambda: db.update_row("members", member_id, {"notes": notes},
                                                          expected_version=version))
                        committed.append(["update", member_id, new, notes])
                    elif op[0] == "insert":
                        member = Member(display_name=op[1], source_channel=OPERATOR)
                        committed.append(["insert", write(lambda: create_member(db, member)), op[1]])
                    else:
                        _kind, a, b, points = op
                        write(lambda: transfer(a, b, points))
                        committed.append(["transfer", a, b, points])
                except ConflictError as exc:
                    conflicts.append(["update", exc.row_id, exc.expected_version, exc.current["version"]])
                except Exception as exc:        # LockedError after every attempt, or worse: reported
                    failed.append(f"{op}: {type(exc).__name__}: {exc}")
                if pause_s:
                    time.sleep(pause_s)
            elapsed = time.perf_counter() - started
        finally:
            db.close()
        return {"kind": "writer", "ops": len(ops), "committed": committed, "conflicts": conflicts,
                "failed": failed, "retries": retries[0], "seconds": elapsed}

    _report(results, start, f"writer-{index}", body)


def reader_main(path: str, journal_mode: str, index: int, seeded: Seeded, min_checks: int, start, stop,
                results, pause_s: float = READER_PAUSE_S) -> None:
    """A reader process: consistent snapshots until the writers are done (and at least *min_checks*)."""
    def body() -> dict:
        from app.models.database import Database
        from app.models.errors import LockedError

        db = Database(path, operator=f"{OPERATOR}-r{index}", journal_mode=journal_mode)
        checks, retries, serials, broken, backwards = 0, 0, set(), [], 0
        last = -1
        try:
            start.wait(START_TIMEOUT_S)
            while not stop.is_set() or checks < min_checks:
                try:
                    with db.read_transaction() as conn:
                        serial = write_serial(conn)
                        found = check_invariants(conn, seeded)
                except (LockedError, sqlite3.OperationalError) as exc:
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise
                    retries += 1            # a long commit kept the reader out past its busy timeout
                    continue
                checks += 1
                serials.add(serial)
                backwards += serial < last
                last = max(last, serial)
                broken += found[:3] if len(broken) < 10 else []
                time.sleep(pause_s)
        finally:
            db.close()
        return {"kind": "reader", "checks": checks, "retries": retries, "serials_seen": len(serials),
                "backwards": backwards, "broken": broken}

    _report(results, start, f"reader-{index}", body)


@dataclass
class Torture:
    path: Path
    journal_mode: str
    seeded: Seeded
    writers: list[dict] = field(default_factory=list)
    readers: list[dict] = field(default_factory=list)
    exit_codes: dict[str, int | None] = field(default_factory=dict)
    seconds: float = 0.0        # from the common start until the last writer reported

    @property
    def ops(self) -> int:
        return sum(w["ops"] for w in self.writers)

    @property
    def committed(self) -> int:
        return sum(len(w["committed"]) for w in self.writers)

    @property
    def conflicts(self) -> int:
        return sum(len(w["conflicts"]) for w in self.writers)

    @property
    def retries(self) -> int:
        return sum(w["retries"] for w in self.writers)

    @property
    def reader_retries(self) -> int:
        return sum(r["retries"] for r in self.readers)


def run_torture(path: Path, seeded: Seeded, plans: list[list[tuple]], *, journal_mode: str = JOURNAL_MODE,
                readers: int = READERS, min_checks: int = 20, writer_busy_s: float = WRITER_BUSY_S,
                writer_pause_s: float = 0.0, timeout: float = 900) -> Torture:
    """Run one writer process per plan and *readers* reader processes on *path*; collect their reports.
    Every child is joined (or killed) before this returns."""
    ctx = multiprocessing.get_context("spawn")
    start, stop, results = ctx.Barrier(len(plans) + readers + 1), ctx.Event(), ctx.Queue()
    procs = {f"writer-{i}": ctx.Process(target=writer_main, name=f"writer-{i}",
                                        args=(str(path), journal_mode, i, plan, start, None, results, writer_busy_s,
                                              writer_pause_s))
             for i, plan in enumerate(plans)}
    procs |= {f"reader-{i}": ctx.Process(target=reader_main, name=f"reader-{i}",
                                         args=(str(path), journal_mode, i, seeded, min_checks, start, stop, results))
              for i in range(readers)}
    torture = Torture(path, journal_mode, seeded)
    try:
        for proc in procs.values():
            proc.start()
        try:
            start.wait(START_TIMEOUT_S)
        except threading.BrokenBarrierError:
            raise AssertionError("a torture process failed to start:\n" + first_error(results)) from None
        began = time.perf_counter()
        deadline = time.monotonic() + timeout
        reports = collect(results, procs, [n for n in procs if n.startswith("writer")], deadline)
        torture.seconds = time.perf_counter() - began
        stop.set()
        reports |= collect(results, procs, [n for n in procs if n.startswith("reader")], deadline)
        for proc in procs.values():
            proc.join(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        stop.set()
        stop_all(procs.values())
    torture.writers = [reports[n] for n in procs if n.startswith("writer")]
    torture.readers = [reports[n] for n in procs if n.startswith("reader")]
    torture.exit_codes = {name: proc.exitcode for name, proc in procs.items()}
    return torture


def collect(results, procs: dict, names: list[str], deadline: float) -> dict[str, dict]:
    """The reports of processes *names*; AssertionError if one dies without reporting or time runs out."""
    reports: dict[str, dict] = {}
    while len(reports) < len(names):
        try:
            report = results.get(timeout=0.2)
        except queue.Empty:
            dead = [n for n in names if n not in reports and procs[n].exitcode is not None]
            if dead:
                # It may have reported just before exiting: one last look.
                try:
                    report = results.get(timeout=1.0)
                except queue.Empty:
                    raise AssertionError(f"{', '.join(dead)} died without a report "
                                         f"(exit {[procs[n].exitcode for n in dead]})") from None
            elif time.monotonic() > deadline:
                raise AssertionError(f"{', '.join(n for n in names if n not in reports)} did not finish in time")
            else:
                continue
        reports[report["name"]] = report
        if report["error"]:
            raise AssertionError(f"{report['name']} failed:\n{report['error']}")
    return reports


def first_error(results) -> str:
    try:
        while True:
            report = results.get(timeout=5)
            if report.get("error"):
                return f"{report['name']}: {report['error']}"
    except queue.Empty:
        return "(no report)"


def stop_all(procs) -> None:
    """Join every child; kill (SIGKILL) any still running. Never leaves a process behind."""
    for proc in procs:
        if proc.pid is None:
            continue
        proc.join(timeout=5)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=10)


# -- the end state ----------------------------------------------------------------------------
def verify(torture: Torture) -> list[str]:
    """Everything the writers' reports say must be exactly what the file holds."""
    problems = []
    for name, code in torture.exit_codes.items():
        if code != 0:
            problems.append(f"{name} exited with {code}")
    for w in torture.writers:
        done = len(w["committed"]) + len(w["conflicts"])
        if done != w["ops"] or w["failed"]:
            problems.append(f"{w['name']}: {done} of {w['ops']} operations committed or conflicted; "
                            f"failed: {w['failed'][:3]}")
        if any("locked" in f for f in w["failed"]):
            problems.append(f"{w['name']} gave up on a locked database")
    for r in torture.readers:
        if r["broken"] or r["backwards"]:
            problems.append(f"{r['name']} saw broken invariants {r['broken'][:3]} / serial back {r['backwards']}x")
        if not r["checks"]:
            problems.append(f"{r['name']} made no check")
    seeded = torture.seeded
    committed = [c for w in torture.writers for c in w["committed"]]
    inserts = {c[1]: c[2] for c in committed if c[0] == "insert"}
    transfers = [c for c in committed if c[0] == "transfer"]
    updates = [c for c in committed if c[0] == "update"]
    conn = sqlite3.connect(torture.path)
    try:
        integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        problems += [f"at the end: {b}" for b in check_invariants(conn, seeded)]
        members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        if members != seeded.members + len(inserts):
            problems.append(f"{members} members, expected {seeded.members} + {len(inserts)} inserted")
        stored = dict(conn.execute("SELECT id, display_name FROM members WHERE source_channel = ?", (OPERATOR,)))
        if stored != inserts:
            problems.append(f"the inserted members differ from the committed ones ({len(stored)} vs {len(inserts)})")
        searchable = conn.execute(
            "SELECT count(*) FROM member_search WHERE rowid IN (SELECT id FROM members WHERE source_channel = ?)",
            (OPERATOR,)).fetchone()[0]
        if searchable != len(inserts):
            problems.append(f"{searchable} of {len(inserts)} inserted members are in the search index")
        expected = {i: INITIAL_POINTS for i in range(1, seeded.members + 1)}
        for _k, a, b, points in transfers:
            expected[a] -= points
            expected[b] += points
        balances = dict(conn.execute("SELECT member_id, sum(delta) FROM points_ledger GROUP BY member_id"))
        if balances != expected:
            problems.append("balances differ from the committed transfers")
        entries = conn.execute("SELECT count(*) FROM points_ledger").fetchone()[0]
        if entries != seeded.members + 2 * len(transfers):
            problems.append(f"{entries} ledger entries, expected {seeded.members} + 2 × {len(transfers)}")
        for member_id in range(1, HOT + 1):
            mine = sorted((c[2], c[3]) for c in updates if c[1] == member_id)
            version, notes = conn.execute("SELECT version, notes FROM members WHERE id = ?", (member_id,)).fetchone()
            # Each version 2..v was made by exactly one committed update: none lost, none twice.
            if [v for v, _n in mine] != list(range(2, version + 1)):
                problems.append(f"member #{member_id}: versions {[v for v, _n in mine]} committed, row at {version}")
            elif mine and notes != mine[-1][1]:
                problems.append(f"member #{member_id}: notes {notes!r}, the last committed update wrote "
                                f"{mine[-1][1]!r}")
        logged = conn.execute("SELECT count(*) FROM changes WHERE table_name = 'members' AND action = 'update'"
                              ).fetchone()[0]
        if logged != len(updates):
            problems.append(f"{logged} updates logged, {len(updates)} committed")
        serial = write_serial(conn)
        if serial != seeded.serial + len(committed):
            problems.append(f"write serial {serial}, expected {seeded.serial} + {len(committed)} commits")
    finally:
        conn.close()
    return problems


# -- the bare baseline ------------------------------------------------------------------------
def baseline(path: Path, plans: list[list[tuple]]) -> float:
    """The same operations, round-robin over the writers' lists, by one plain sqlite3 connection."""
    ops = [plan[n] for n in range(max(map(len, plans))) for plan in plans if n < len(plan)]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    now = "2026-01-01T00:00:00.000Z"
    started = time.perf_counter()
    for op in ops:
        conn.execute("BEGIN IMMEDIATE")
        if op[0] == "update":
            conn.execute("UPDATE members SET notes = ?, version = version + 1, updated_at = ?, updated_by = 'bare' "
                         "WHERE id = ?", (op[2], now, op[1]))
        elif op[0] == "insert":
            conn.execute("INSERT INTO members(display_name, source_channel, created_at, version, updated_at, "
                         "updated_by) VALUES (?, 'bare', ?, 1, ?, 'bare')", (op[1], now, now))
        else:
            conn.executemany("INSERT INTO points_ledger(member_id, delta, reason, kind, at, by) "
                             "VALUES (?, ?, 'transfer', ?, ?, 'bare')",
                             [(op[1], -op[3], "spent", now), (op[2], op[3], "earned", now)])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def run(size: str = "small") -> list[dict]:
    per_writer = SIZES.get(size, SIZES["small"])
    plans = [plan_ops(i, per_writer, seed=10) for i in range(WRITERS)]
    runs, bare_times = [], []
    with tempfile.TemporaryDirectory(prefix="bench-torture-") as folder:
        for attempt in range(REPEATS.get(size, 1)):
            team, bare = Path(folder) / f"team{attempt}.cdesk", Path(folder) / f"bare{attempt}.cdesk"
            seeded = seed_file(team)
            seed_file(bare)
            torture = run_torture(team, seeded, plans)
            problems = verify(torture)
            if problems:
                raise AssertionError("the torture run broke the file:\n" + "\n".join(problems))
            runs.append(torture)
            bare_times.append(baseline(bare, plans))    # right after: the disk is as busy for both
    torture = sorted(runs, key=lambda t: t.seconds)[len(runs) // 2]
    app_s, base_s = torture.seconds, statistics.median(bare_times)
    ops = torture.ops
    note = (f"median of {len(runs)}: {ops / app_s:.0f} ops/s vs bare {ops / base_s:.0f} ops/s; "
            f"{torture.committed} committed, {torture.conflicts} conflicts, {torture.retries} lock retries "
            f"({', '.join(str(w['retries']) for w in torture.writers)}); "
            f"{' + '.join(str(r['checks']) for r in torture.readers)} consistent snapshots "
            f"({torture.reader_retries} kept out past the busy timeout); "
            f"all runs: every operation accounted for, no invariant broken, integrity ok")
    return [{"figure": f"torture: {WRITERS} writers + {READERS} readers × {per_writer} ops, rollback journal",
             "app_s": app_s, "baseline_s": base_s, "ratio": app_s / base_s, "ok": app_s / base_s <= TARGET_RATIO,
             "target": f"≤ {TARGET_RATIO:g}× one bare writer", "note": note}]


def main(argv: list[str] | None = None) -> int:
    return sized_main("python -m benchmarks.bench_torture", SIZES, run, argv)


if __name__ == "__main__":
    sys.exit(main())

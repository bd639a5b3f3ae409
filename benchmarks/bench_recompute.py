"""recompute (points, RFM, tiers, churn in one transaction) vs one bare GROUP BY over the same events.

Baseline: SELECT member_id, max(ts), count(*), sum(amount_fen) FROM events GROUP BY member_id,
every row fetched, on the same file. App: recompute() with a three-tier ladder. Two figures: the
first run (which also backfills one points-ledger row per rewarded event) and a steady-state run
(no new events). Target: app ≤ 3 × baseline.

    python -m benchmarks.bench_recompute --size small
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from benchmarks.report import print_rows
from app.models import lifecycle as lm
from app.models.database import Database
from app.services.lifecycle import recompute

SIZES = {"small": (20_000, 200_000), "full": (1_000_000, 10_000_000)}
TARGET_RATIO = 3.0
AS_OF = date(2024, 6, 30)
LADDER = [("基础群", {}), ("进阶群", {"messages_in_days": {"days": 30, "min": 10}}),
          ("核心群", {"messages_in_days": {"days": 30, "min": 40}, "attended": {"min": 2}})]
KINDS = ["message"] * 85 + ["check_in"] * 7 + ["attendance"] * 5 + ["purchase"] * 3


def populate(db: Database, members: int, events: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    now = db.clock()
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    with db.bulk_cache(256), db.transaction() as conn, db.deferred_indexes(("members", "events")):
        conn.executemany(
            "INSERT INTO members(id, display_name, join_date, created_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, 'bench')",
            ((i, f"成员{i}", (start - timedelta(days=i % 400)).date().isoformat(), now, now)
             for i in range(1, members + 1)))
        source = conn.execute("INSERT INTO event_sources(file_name, format, imported_at, imported_by) "
                              "VALUES ('bench', 'csv', ?, 'bench')", (now,)).lastrowid
        span = int((datetime.combine(AS_OF, datetime.min.time(), timezone.utc) - start).total_seconds())
        base = int(start.timestamp())
        rand, pareto, choice = rng.random, rng.paretovariate, rng.choice

        def rows():
            for key in range(events):
                kind = choice(KINDS)
                ts = datetime.fromtimestamp(base + int(rand() * span), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                yield (int(pareto(1.1) * 7919) % members + 1, ts, kind, "wechat",
                       int(rand() * 50_000) if kind == "purchase" else None, source, key)

        conn.executemany("INSERT INTO events(member_id, ts, kind, platform, amount_fen, source, source_key) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", rows())


def baseline(db: Database) -> float:
    started = time.perf_counter()
    for _row in db.conn.execute("SELECT member_id, max(ts), count(*), sum(amount_fen) FROM events GROUP BY member_id"):
        pass
    return time.perf_counter() - started


def timed_recompute(db: Database) -> float:
    started = time.perf_counter()
    recompute(db, AS_OF)
    return time.perf_counter() - started


def run(size: str = "small") -> list[dict]:
    members, events = SIZES[size]
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "bench.cdesk", operator="bench", create=True)
        try:
            started = time.perf_counter()
            populate(db, members, events)
            generated = time.perf_counter() - started
            lm.set_ladder(db, LADDER)
            baseline(db)                                   # warm the page cache for both sides
            base_first = baseline(db)
            first = timed_recompute(db)
            base_steady = baseline(db)
            steady = timed_recompute(db)
        finally:
            db.close()
    label = f"{members:,} members / {events:,} events"
    note = f"generated in {generated:.1f} s"
    return [{"figure": f"recompute, first run with points backfill ({label})", "app_s": first,
             "baseline_s": base_first, "ratio": first / base_first, "target": f"≤ {TARGET_RATIO:g}×",
             "ok": first / base_first <= TARGET_RATIO, "note": note},
            {"figure": f"recompute, steady state ({label})", "app_s": steady,
             "baseline_s": base_steady, "ratio": steady / base_steady, "target": f"≤ {TARGET_RATIO:g}×",
             "ok": steady / base_steady <= TARGET_RATIO, "note": note}]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=tuple(SIZES), default="small")
    args = parser.parse_args()
    print_rows(run(args.size))


if __name__ == "__main__":
    main()

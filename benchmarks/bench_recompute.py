"""recompute (points, RFM, tiers, churn in one transaction) vs one bare GROUP BY over the same events.

Baseline: SELECT member_id, max(ts), count(*), sum(amount_fen) FROM events GROUP BY member_id,
every row fetched, on the same file. App: recompute() with a three-tier ladder. Three figures:
the first run (every member gets a tier, churn flags and a points entry: a row written per member),
the steady state (median of three runs at the small size, one at full; nothing new) and a daily run after 1% new events dated the
next day (their points, the facts rescanned, tiers and flags moved a day). Each baseline figure is
the median of three runs next to the app's. Target: ≤ 3 × baseline. The file after the first run is cached
under /tmp (see prepared()): the first run is timed when that file is built, and each run works on a copy.

    python -m benchmarks.bench_recompute --size small
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
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
REPEATS = {"small": 3, "full": 1}      # steady-state runs; one at full size keeps `make bench` under ten minutes
CACHE_VERSION = 1                      # bump when populate() changes
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


def timed_recompute(db: Database, as_of: date = AS_OF) -> float:
    started = time.perf_counter()
    recompute(db, as_of)
    return time.perf_counter() - started


def add_next_day(db: Database, events: int, members: int, seed: int = 11) -> date:
    """A day's new activity (events spread over the next day), as a daily import would bring."""
    rng = random.Random(seed)
    day = AS_OF + timedelta(days=1)
    base = int(datetime.combine(day, datetime.min.time(), timezone.utc).timestamp())
    with db.transaction() as conn:
        source = conn.execute("SELECT max(id) FROM event_sources").fetchone()[0]
        first_key = conn.execute("SELECT max(source_key) FROM events").fetchone()[0] + 1
        conn.executemany(
            "INSERT INTO events(member_id, ts, kind, platform, amount_fen, source, source_key) "
            "VALUES (?, ?, ?, 'wechat', ?, ?, ?)",
            ((int(rng.paretovariate(1.1) * 7919) % members + 1,
              datetime.fromtimestamp(base + rng.randrange(86400), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
              kind, int(rng.random() * 50_000) if kind == "purchase" else None, source, first_key + i)
             for i, kind in enumerate(rng.choice(KINDS) for _ in range(events))))
    return day


def prepared(size: str) -> tuple[Path, dict]:
    """The file for *size* after populate and the first recompute, cached under /tmp (the first run writes a row per
    member and backfills every event's points: minutes at full size, so it is timed once, when the file is built);
    (path, {generated, first, base_first, built})."""
    members, events = SIZES[size]
    path = Path(tempfile.gettempdir()) / f"bench_recompute_{size}_v{CACHE_VERSION}.sqlite"
    if path.exists():
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            found = conn.execute("SELECT value FROM meta WHERE key = 'bench.recompute'").fetchone()
        finally:
            conn.close()
        if found:
            return path, json.loads(found[0])
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = Database(partial, operator="bench", create=True)
    try:
        started = time.perf_counter()
        populate(db, members, events)
        generated = time.perf_counter() - started
        lm.set_ladder(db, LADDER)
        baseline(db)                                   # warm the page cache for both sides
        base_first = statistics.median(baseline(db) for _ in range(3))
        first = timed_recompute(db)
        facts = {"generated": generated, "first": first, "base_first": base_first, "built": date.today().isoformat()}
        with db.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('bench.recompute', ?)", (json.dumps(facts),))
    finally:
        db.close()
    partial.rename(path)
    facts["fresh"] = True
    return path, facts


def run(size: str = "small", repeats: int | None = None) -> list[dict]:
    members, events = SIZES[size]
    repeats = repeats or REPEATS[size]
    source, facts = prepared(size)
    first, base_first = facts["first"], facts["base_first"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.cdesk"
        shutil.copyfile(source, path)
        db = Database(path, operator="bench")
        try:
            steady, base_steady = [], []
            baseline(db)                                   # warm the page cache for both sides
            for _ in range(repeats):
                base_steady.append(baseline(db))
                steady.append(timed_recompute(db))
            day = add_next_day(db, events // 100, members)
            base_daily = statistics.median(baseline(db) for _ in range(repeats))
            daily = timed_recompute(db, day)
        finally:
            db.close()
    label = f"{members:,} members / {events:,} events"
    note = f"data generated in {facts['generated']:.0f} s"
    first_note = ("timed now, as the cached file was built" if facts.get("fresh")
                  else f"timed when the cached file was built on {facts['built']}")
    steady_s, base_s = statistics.median(steady), statistics.median(base_steady)
    return [{"figure": f"recompute, first run: every member gets a tier, flags and points ({label})",
             "app_s": first, "baseline_s": base_first, "ratio": first / base_first,
             "target": f"≤ {TARGET_RATIO:g}×", "ok": first / base_first <= TARGET_RATIO,
             "note": first_note + "; one-off, writes a row per member"},
            {"figure": f"recompute, steady state, median of {repeats} ({label})", "app_s": steady_s,
             "baseline_s": base_s, "ratio": steady_s / base_s, "target": f"≤ {TARGET_RATIO:g}×",
             "ok": steady_s / base_s <= TARGET_RATIO, "note": note},
            {"figure": f"recompute after a day's {events // 100:,} new events ({label})", "app_s": daily,
             "baseline_s": base_daily, "ratio": daily / base_daily, "target": f"≤ {TARGET_RATIO:g}×",
             "ok": daily / base_daily <= TARGET_RATIO, "note": note}]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=tuple(SIZES), default="small")
    args = parser.parse_args()
    print_rows(run(args.size))


if __name__ == "__main__":
    main()

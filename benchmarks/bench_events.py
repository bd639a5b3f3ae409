"""Importing message events from a Telegram export vs a bare baseline on the same file.

Baseline: json.load + a loop that takes sender, time and text + one executemany into a
same-shaped table, one transaction. App: import_events (format detection, senders matched
or created as members, idempotency keys, indexes). Target: app ≤ 2.5 × baseline.

    python -m benchmarks.bench_events --events 1000000
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.report import print_rows
from app.models.database import Database
from app.services import names
from app.services.event_import import import_events

SIZES = {"small": 100_000, "full": 1_000_000}
REPEATS = {"small": 3, "full": 1}      # one run at full size keeps `make bench` under ten minutes
TARGET_RATIO = 2.5
PHRASES = ("今天跑了10公里", "打卡!", "周末约跑吗", "有人一起练瑜伽吗", "新鞋到了", "晚上八点夜跑", "👍", "收到")


def make_export(path: Path, events: int, senders: int = 20_000, seed: int = 3) -> None:
    rng = random.Random(seed)
    people = [(f"user{100000 + n}", names.chinese_name(rng)) for n in range(senders)]
    start = 1_700_000_000
    with path.open("w", encoding="utf-8") as out:
        out.write('{"name": "燃跑 · 跑步群", "type": "private_supergroup", "id": 1234567, "messages": [\n')
        for n in range(events):
            sender_id, name = people[int(rng.paretovariate(1.2)) % senders]
            message = {"id": n + 1, "type": "message", "date": "2024-01-01T00:00:00",
                       "date_unixtime": str(start + n * 30), "from": name, "from_id": sender_id,
                       "text": rng.choice(PHRASES)}
            out.write(json.dumps(message, ensure_ascii=False))
            out.write(",\n" if n + 1 < events else "\n")
        out.write("]}\n")


def baseline(path: Path, db_path: Path) -> float:
    started = time.perf_counter()
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = [(m["from_id"], int(m["date_unixtime"]), "message", m["text"])
            for m in data["messages"] if m.get("type") == "message"]
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender TEXT, ts INTEGER, kind TEXT, text TEXT)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO events(sender, ts, kind, text) VALUES (?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - started


def app_import(path: Path, db_path: Path, events: int) -> float:
    db = Database(db_path, operator="bench", create=True)
    started = time.perf_counter()
    report = import_events(db, path)
    elapsed = time.perf_counter() - started
    assert report.added == events, report.summary()
    db.close()
    return elapsed


def run(size: str | int = "small", repeats: int | None = None) -> list[dict]:
    events = SIZES.get(size, size) if isinstance(size, str) else size
    repeats = repeats or REPEATS.get(size, 3)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "result.json"
        make_export(source, events)
        app_times, base_times = [], []
        for attempt in range(repeats):
            base_times.append(baseline(source, Path(tmp) / f"base{attempt}.db"))
            app_times.append(app_import(source, Path(tmp) / f"app{attempt}.cdesk", events))
    app_s, base_s = statistics.median(app_times), statistics.median(base_times)
    return [{"figure": f"import {events:,} Telegram messages (median of {repeats})", "app_s": app_s,
             "baseline_s": base_s, "ratio": app_s / base_s, "target": f"≤ {TARGET_RATIO}×",
             "ok": app_s / base_s <= TARGET_RATIO}]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=SIZES["full"])
    parser.add_argument("--repeats", type=int, default=None)
    args = parser.parse_args()
    print_rows(run(args.events, args.repeats))


if __name__ == "__main__":
    main()

"""Member import from CSV vs a bare baseline on the same file, in the same run.

Baseline: csv module + one executemany into a same-shaped table, one transaction.
App: import_members (encoding detection, header mapping, validation of every row,
duplicate merging, relations, search index). Target: app ≤ 2.5 × baseline.

    python -m benchmarks.bench_import --members 100000
"""
from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.report import print_rows
from app.models.database import Database
from app.services.demo import SUB_COMMUNITIES, demo_member
from app.services.member_import import import_members

SIZES = {"small": 20_000, "full": 100_000}
REPEATS = {"small": 3, "full": 1}      # one run at full size keeps `make bench` under ten minutes
TARGET_RATIO = 2.5
HEADERS = ["姓名", "昵称", "手机号", "微信号", "邮箱", "入群时间", "来源渠道", "所属分组", "备注"]


def make_csv(path: Path, members: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    today = date(2026, 11, 1)
    groups = [g[0] for g in SUB_COMMUNITIES]
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADERS)
        for _ in range(members):
            name, nick, phone, wechat, email, joined, source, _status, notes = demo_member(rng, today)
            writer.writerow([name, nick, phone or "", wechat or "", email or "", joined.replace("-", "/"),
                             source, "、".join(rng.sample(groups, rng.randint(1, 2))), notes])


def baseline(path: Path, db_path: Path) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, display_name TEXT, nickname TEXT, phone TEXT, "
                 "wechat_id TEXT, email TEXT, join_date TEXT, source_channel TEXT, groups TEXT, notes TEXT)")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        next(reader)
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO members(display_name, nickname, phone, wechat_id, email, join_date, "
                         "source_channel, groups, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", reader)
        conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - started


def schema_floor(path: Path, db_path: Path) -> float:
    """The same csv + executemany, but into the app's own members table and search index.

    Not the issue's baseline: it shows how much of the app's time the schema's indexes
    cost (sorting, duplicate look-ups, search) as against its own Python work.
    """
    from app.models import search

    db = Database(db_path, operator="bench", create=True)
    started = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        next(reader)
        rows = [r[:7] for r in reader]
    with db.transaction() as conn:
        conn.executemany("INSERT INTO members(id, display_name, nickname, phone, wechat_id, email, join_date, "
                         "source_channel, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                         "'x', 'x', 'bench')", ((n, *r) for n, r in enumerate(rows, 1)))
        search.index_many(conn, ((n, r[:5]) for n, r in enumerate(rows, 1)))
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def app_import(path: Path, db_path: Path, members: int) -> float:
    db = Database(db_path, operator="bench", create=True)
    started = time.perf_counter()
    report = import_members(db, path)
    elapsed = time.perf_counter() - started
    assert report.written and report.created + report.merged_in_file == members, report.summary()
    db.close()
    return elapsed


def run(size: str = "small", repeats: int | None = None) -> list[dict]:
    members = SIZES.get(size, size if isinstance(size, int) else SIZES["small"])
    repeats = repeats or REPEATS.get(size, 3)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "members.csv"
        make_csv(source, members)
        app_times, base_times, floor_times = [], [], []
        for attempt in range(repeats):
            base_times.append(baseline(source, Path(tmp) / f"base{attempt}.db"))
            floor_times.append(schema_floor(source, Path(tmp) / f"floor{attempt}.cdesk"))
            app_times.append(app_import(source, Path(tmp) / f"app{attempt}.cdesk", members))
    app_s, base_s = statistics.median(app_times), statistics.median(base_times)
    floor_s = statistics.median(floor_times)
    return [{"figure": f"import {members:,} members from CSV (median of {repeats})", "app_s": app_s,
             "baseline_s": base_s, "ratio": app_s / base_s, "target": f"≤ {TARGET_RATIO}×",
             "ok": app_s / base_s <= TARGET_RATIO},
            {"figure": "  same vs bare insert into the app's schema + search index", "app_s": app_s,
             "baseline_s": floor_s, "ratio": app_s / floor_s, "target": "(diagnostic)"}]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=SIZES["full"])
    parser.add_argument("--repeats", type=int, default=None)
    args = parser.parse_args()
    print_rows(run(args.members, args.repeats))


if __name__ == "__main__":
    main()

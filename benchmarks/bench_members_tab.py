"""Members tab at scale: first rows on open, deep blocks, GUI stalls and memory after scrolling.

    python -m benchmarks.bench_members_tab --size full     # 100,000 and 1,000,000 members
    python -m benchmarks.bench_members_tab --size small    # 2,000 and 20,000 members

Each size is measured in a fresh subprocess (so peak RSS belongs to that size alone) on the shared
benchmark community of benchmarks/dashboard_data.py (cached under /tmp) at a tenth of the size and at the size.
Baselines are bare SQL on the same file in the same process:
  * first rows: SELECT id, display_name FROM members ORDER BY id LIMIT 200
  * a deep block: the same 200 rows by name through the covering (display_name, id)
    index, without the deleted_at check the roster needs.
Targets: first rows <= 0.5 s; no GUI-thread stall over 50 ms while the table fetches;
peak RSS with 1,000,000 members <= 1.3 x with 100,000.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"small": (2_000, 20_000), "full": (100_000, 1_000_000)}
SEED = 5
FIRST_ROWS_TARGET_S = 0.5
STALL_TARGET_S = 0.050
RSS_RATIO_TARGET = 1.3
WALK_STEPS = 50
WAIT_S = 120.0


# -- the child process: one size, measured in a fresh interpreter ------------------------
def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size in MB."""
    from benchmarks.window_harness import peak_rss_mb

    current = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    except OSError:
        pass
    return current, peak_rss_mb()


def child(path: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from app.models import member_query as mq
    from app.models.database import Database
    from app.views.member_table_model import PLACEHOLDER
    from app.views.tabs.members import MembersTab
    from app.views.worker import JobRunner

    from benchmarks import window_harness

    app = QApplication.instance() or QApplication([])

    def wait_until(condition, what: str) -> None:
        window_harness.wait_until(condition, what, WAIT_S)

    db = Database(path, operator="bench")
    jobs = JobRunner()
    members = db.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    result: dict = {"members": members}

    def bare(sql: str, params: tuple = ()) -> float:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            db.conn.execute(sql, params).fetchall()
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    # First rows: a new tab on the open file until row 0 shows text (3 times; median).
    first_times, count_times = [], []
    tab = None
    for _ in range(3):
        if tab is not None:
            tab.set_database(None, jobs)
            tab.deleteLater()
        started = time.perf_counter()
        tab = MembersTab()
        tab.resize(1200, 800)
        tab.set_database(db, jobs)
        tab.show()
        model = tab.model

        def first_row_shown() -> bool:
            return model.rowCount() > 0 and model.index(0, 0).data() not in (None, PLACEHOLDER)

        wait_until(first_row_shown, "the first rows")
        first_times.append(time.perf_counter() - started)
        wait_until(lambda: model.total is not None, "the count")
        count_times.append(time.perf_counter() - started)
    result["first_rows_s"] = statistics.median(first_times)
    result["first_rows_baseline_s"] = bare("SELECT id, display_name FROM members ORDER BY id LIMIT 200")
    result["count_s"] = statistics.median(count_times)
    result["count_baseline_s"] = bare("SELECT count(*) FROM members")
    assert model.total == members, (model.total, members)

    table = tab.table
    meter = window_harness.Heartbeat()
    stalls = []

    def visible_loaded() -> bool:
        first = max(table.rowAt(0), 0)
        last = table.rowAt(table.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        return all(model.is_loaded(r) for r in range(first, last + 1))

    # Sorted by name: the deepest block (scrollToBottom) and the middle one (the worst case).
    name_column = model.keys.index("display_name")
    table.sortByColumn(name_column, Qt.SortOrder.AscendingOrder)
    wait_until(lambda: model.is_idle() and visible_loaded(), "the name sort")
    meter.start()
    started = time.perf_counter()
    table.scrollToBottom()
    wait_until(lambda: model.is_loaded(members - 1) and visible_loaded(), "the deepest block")
    result["deep_s"] = time.perf_counter() - started
    stalls.append(meter.stop())
    result["deep_baseline_s"] = bare("SELECT id, display_name FROM members ORDER BY display_name, id "
                                     "LIMIT 200 OFFSET ?", (members - 200,))
    started = time.perf_counter()
    mq.page(db.conn, mq.MemberFilter(), "display_name", False, members - 200, 200)
    result["deep_forward_s"] = time.perf_counter() - started   # what reading it from the top would cost
    meter.start()
    started = time.perf_counter()
    table.scrollTo(model.index(members // 2, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    wait_until(lambda: model.is_loaded(members // 2) and visible_loaded(), "the middle block")
    result["middle_s"] = time.perf_counter() - started
    stalls.append(meter.stop())
    result["middle_baseline_s"] = bare("SELECT id, display_name FROM members ORDER BY display_name, id "
                                       "LIMIT 200 OFFSET ?", (members // 2,))

    # Memory: back to join order, then walk the whole table top to bottom in steps.
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    wait_until(lambda: model.is_idle() and visible_loaded(), "join order")
    meter.start()
    started = time.perf_counter()
    table.scrollToBottom()
    wait_until(visible_loaded, "the bottom")
    for step in range(WALK_STEPS):
        row = step * (members - 1) // (WALK_STEPS - 1)
        table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        wait_until(visible_loaded, f"row {row}")
    result["walk_s"] = time.perf_counter() - started
    stalls.append(meter.stop())
    result["walk_steps"] = WALK_STEPS
    result["stall_s"] = max(stalls)
    result["stalls_s"] = stalls
    result["gaps_ms"] = meter.long_gaps
    result["cached_blocks"] = len(model._cache)
    result["rss_mb"], result["peak_rss_mb"] = _rss_mb()
    tab.set_database(None, jobs)
    jobs.wait()
    db.close()
    return result


def measure(path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_members_tab", "--child", str(path)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed for {path}:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the table ---------------------------------------------------------------------------
def _row(figure: str, app_s, baseline_s, target: str, ok, **extra) -> dict:
    ratio = (app_s / baseline_s) if app_s is not None and baseline_s else None
    return {"figure": figure, "app_s": app_s, "baseline_s": baseline_s, "ratio": ratio, "target": target,
            "ok": ok, **extra}


def run(size: str = "small", verbose: bool = False) -> list[dict]:
    def say(text: str) -> None:
        if verbose:
            print(text, file=sys.stderr, flush=True)

    from benchmarks import dashboard_data as data

    rows: list[dict] = []
    peaks: dict[int, float] = {}
    for name in (data.TENTHS[size], size):      # the shared benchmark community: a tenth of the size, then the size
        path, _ = data.ensure(name)
        members = data.GENERATED[name][0]
        say(f"  measuring {members:,} members in a fresh process ...")
        m = measure(path)
        n = f"{members:,}"
        rows.append(_row(f"first rows on open ({n})", m["first_rows_s"], m["first_rows_baseline_s"],
                         "<= 0.5 s", m["first_rows_s"] <= FIRST_ROWS_TARGET_S))
        rows.append(_row(f"count (JobRunner) ({n})", m["count_s"], m["count_baseline_s"], "", None))
        rows.append(_row(f"deepest block by name ({n})", m["deep_s"], m["deep_baseline_s"], "", None,
                         note=f"read from the top it would take {m['deep_forward_s']:.2f} s"))
        rows.append(_row(f"middle block by name ({n})", m["middle_s"], m["middle_baseline_s"], "", None,
                         note="the worst position: as far from either end as it gets"))
        rows.append(_row(f"walk {m['walk_steps']} positions top to bottom ({n})", m["walk_s"], None, "", None))
        rows.append(_row(f"longest GUI-thread stall while fetching ({n})", m["stall_s"], None, "<= 50 ms",
                         m["stall_s"] <= STALL_TARGET_S))
        rows.append(_row(f"peak RSS after scrolling ({n}): {m['peak_rss_mb']:.0f} MB", None, None, "", None,
                         rss_mb=m["peak_rss_mb"], cached_blocks=m["cached_blocks"]))
        peaks[members] = m["peak_rss_mb"]
        say(f"  {json.dumps(m)}")
    small, big = sorted(peaks)
    ratio = peaks[big] / peaks[small]
    rows.append({"figure": f"peak RSS {big:,} vs {small:,}: {peaks[big]:.0f} / {peaks[small]:.0f} MB",
                 "app_s": None, "baseline_s": None, "ratio": ratio, "target": "<= 1.3x",
                 "ok": ratio <= RSS_RATIO_TARGET})
    return rows


def _fmt(seconds) -> str:
    if seconds is None:
        return ""
    return f"{seconds * 1e3:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=tuple(SIZES), default="small")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(Path(args.child))))
        return 0
    rows = run(args.size, verbose=True)
    print(f"{'figure':62} {'app':>10} {'baseline':>10} {'ratio':>9}  target")
    for row in rows:
        ratio = "" if row["ratio"] is None else f"{row['ratio']:.2f}x"
        verdict = "" if row["ok"] is None else ("ok" if row["ok"] else "NOT MET")
        print(f"{row['figure']:62} {_fmt(row['app_s']):>10} {_fmt(row['baseline_s']):>10} {ratio:>9}  "
              f"{row['target']} {verdict}".rstrip())
        if row.get("note"):
            print(f"    {row['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

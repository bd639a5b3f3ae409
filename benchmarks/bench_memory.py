"""Peak memory of the window at full size and at a tenth of it (issue 12: ≤ 500 MB, and ≤ 1.3× the tenth).

    python -m benchmarks.bench_memory --size small    # 20,000 members / 200,000 events vs 2,000 / 20,000
    python -m benchmarks.bench_memory --size full     # 1,000,000 members / 10,000,000 events vs 100,000 / 1,000,000

Each size runs in a fresh process (so its peak is its own) on the community of benchmarks/dashboard_data.py (cached
under /tmp): the main window opens the file, the Members tab's roster is scrolled from the first row to the last
(200 jumps, each waiting for the rows in view), every tab is brought to the front and waited for (the dashboard
computed and drawn, the report preview shown), and the operations report is generated from the Reports tab.
Peak RSS is the window process's VmHWM; the report is written by a child process (as in the app), which is
not counted. Baseline: a bare PySide6 process showing an empty QMainWindow, measured the same way.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import dashboard_data as data
from benchmarks.report import sized_main

ROOT = Path(__file__).resolve().parent.parent
SIZES = data.SIZES
LIMIT_MB = 500
GROWTH_LIMIT = 1.3


def child(path: str) -> dict:
    from benchmarks import window_harness as wh

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        app, window = wh.open_window(Path(path), Path(tmp))
        members = wh.scroll_roster_end_to_end(window)
        wh.open_every_tab(window)
        wh.generate_report(window, Path(tmp) / "report.xlsx")
        peak = wh.peak_rss_mb()
        window.close_database()
    return {"members": members, "peak_mb": peak, "seconds": time.perf_counter() - started}


def bare_child() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from benchmarks import window_harness as wh

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    wh.spin(0.2)
    return {"peak_mb": wh.peak_rss_mb()}


def measure(*args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_memory", "--child", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed for {args}:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(size: str) -> list[dict]:
    tenth = data.TENTHS[size]
    big_path, _ = data.ensure(size)
    small_path, _ = data.ensure(tenth)
    bare = measure("bare")
    small = measure(str(small_path))
    big = measure(str(big_path))
    members, events = data.SIZES[size]
    label = f"{members:,} members, {events:,} events"
    growth = big["peak_mb"] / small["peak_mb"]
    return [
        {"figure": f"memory: peak RSS, window after roster end to end, every tab, report [{label}]",
         "unit": "MB", "app": big["peak_mb"], "baseline": bare["peak_mb"], "ratio": big["peak_mb"] / bare["peak_mb"],
         "target": f"≤ {LIMIT_MB} MB", "ok": big["peak_mb"] <= LIMIT_MB,
         "note": "the report is written by a child process, not counted here; baseline: bare empty QMainWindow"},
        {"figure": f"memory: peak at full size vs a tenth of it [{label}]",
         "unit": "MB", "app": big["peak_mb"], "baseline": small["peak_mb"], "ratio": growth,
         "target": f"≤ {GROWTH_LIMIT}×", "ok": growth <= GROWTH_LIMIT,
         "note": f"tenth: {data.GENERATED[tenth][0]:,} members"},
    ]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        result = bare_child() if argv[1] == "bare" else child(argv[1])
        print(json.dumps(result), flush=True)
        os._exit(0)     # no tear-down: the figures are printed
    return sized_main("python -m benchmarks.bench_memory", SIZES, run, argv)


if __name__ == "__main__":
    sys.exit(main())

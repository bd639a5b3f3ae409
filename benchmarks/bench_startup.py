"""Start-up: from process start to the main window shown and interactive (issue 12: ≤ 1.5 s and ≤ 2× bare PySide6).

    python -m benchmarks.bench_startup --size small    # a file with 20,000 members
    python -m benchmarks.bench_startup --size full     # a file with 1,000,000 members / 10,000,000 events

The file is the community of benchmarks/dashboard_data.py (cached under /tmp). Each run is a new process started
by benchmarks/startup_probe.py (see there for "interactive"): the app as `python -m app --db FILE` starts, and the
baseline, a bare PySide6 process showing an empty QMainWindow. Runs alternate app and baseline; medians of RUNS.
Settings live in a temporary folder, so every run is a normal (not a first) start on that file.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import dashboard_data as data
from benchmarks.report import sized_main

ROOT = Path(__file__).resolve().parent.parent
SIZES = data.SIZES
RUNS = 7
LIMIT_S = 1.5
RATIO_LIMIT = 2.0


def started(args: list[str], env: dict) -> float:
    """Seconds from just before the process is created to the moment the probe says it is interactive."""
    before = time.time()
    done = subprocess.run([sys.executable, "-m", "benchmarks.startup_probe", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"start-up probe {args} failed:\n{done.stderr[-3000:]}")
    return float(done.stdout.strip().splitlines()[-1]) - before


def run(size: str) -> list[dict]:
    path, _ = data.ensure(size)
    members, events = data.SIZES[size]
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_CONFIG_HOME=str(Path(tmp) / "config"), XDG_DATA_HOME=str(Path(tmp) / "data"),
                   HOME=tmp)
        started(["app", str(path)], env)        # once untimed: the file's daily backup and the OS caches
        app_times, bare_times = [], []
        for _ in range(RUNS):
            bare_times.append(started(["bare"], env))
            app_times.append(started(["app", str(path)], env))
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    ratio = app_s / bare_s
    return [{"figure": f"start-up to an interactive window [{members:,} members, {events:,} events]",
             "app_s": app_s, "baseline_s": bare_s, "ratio": ratio,
             "target": f"≤ {LIMIT_S} s and ≤ {RATIO_LIMIT:.0f}×", "ok": app_s <= LIMIT_S and ratio <= RATIO_LIMIT,
             "note": f"medians of {RUNS}; baseline: bare PySide6 with an empty QMainWindow; "
                     f"app {min(app_times):.2f}–{max(app_times):.2f} s"}]


def main(argv: list[str] | None = None) -> int:
    return sized_main("python -m benchmarks.bench_startup", SIZES, run, argv)


if __name__ == "__main__":
    sys.exit(main())

"""The longest GUI-thread stall while the window imports, recomputes, writes a report and refreshes the dashboard.

    python -m benchmarks.bench_gui_stall --size small    # 20,000 members / 200,000 events
    python -m benchmarks.bench_gui_stall --size full     # 1,000,000 members / 10,000,000 events

The main window is opened on a copy of the community of benchmarks/dashboard_data.py after one recompute (both
cached under /tmp; the copy because the import and the recompute write) and left until its checks on open (quick_check, the daily backup) are
done. A 5 ms heartbeat runs on the GUI thread; the longest gap between beats, less the interval, is the longest the
window could not react. Each job is started the way the window starts it:
  * import: a Telegram export of a tenth as many messages as the file holds, through File ▸ Import activity…
    (a child process; the messages are scanned for sensitive words too), then the tabs re-read the file;
  * recompute: the Members tab's Recompute button (a child process), then the tabs re-read;
  * report: the Reports tab's Generate for the last 30 days (a child process);
  * dashboard refresh: the Dashboard tab recomputed cold (its in-memory activity index dropped, as when a file is
    opened) on the window's thread pool, then every chart in view drawn.
Baseline: the same heartbeat over one second with the window idle. Target: ≤ 100 ms.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import dashboard_data as data
from benchmarks.report import sized_main

ROOT = Path(__file__).resolve().parent.parent
SIZES = data.SIZES
TARGET_S = 0.100


def _gui_thread_profiler():
    """STALL_PROFILE=1: a pyinstrument profile of the GUI thread during each job, on stderr (where stalls come from)."""
    if not os.environ.get("STALL_PROFILE"):
        return None
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    return profiler


def child(source: str) -> list[dict]:
    from benchmarks import window_harness as wh
    from benchmarks.bench_events import make_export

    results = []
    with tempfile.TemporaryDirectory(dir=Path(source).parent) as tmp:
        tmp = Path(tmp)
        path = tmp / "community.sqlite"
        shutil.copyfile(source, path)
        app, window = wh.open_window(path, tmp)
        wh.wait_until(lambda: window.db is not None and not window.jobs.running, "the checks on open")
        wh.wait_until(lambda: wh.dashboard_shown(window), "the dashboard")
        idle = wh.Heartbeat().start()
        wh.spin(1.0)
        idle_s = idle.stop()
        events = window.db.conn.execute("SELECT max(id) FROM events").fetchone()[0] // 10

        only = os.environ.get("STALL_ONLY")      # e.g. STALL_ONLY=import: measure that job alone (profiling)

        def measured(what: str, start, finished) -> None:
            if only and not what.startswith(only):
                return
            profiler = _gui_thread_profiler()
            beat = wh.Heartbeat().start()
            started = time.perf_counter()
            start()
            wh.wait_until(finished, what)
            wh.wait_until(lambda: not window.jobs.running, f"the tabs after {what}")
            results.append({"what": what, "stall_s": beat.stop(), "job_s": time.perf_counter() - started})
            if profiler is not None:
                profiler.stop()
                print(f"== {what}\n" + profiler.output_text(unicode=True), file=sys.stderr)

        export = tmp / "result.json"
        make_export(export, events)
        dialog = window.import_events_dialog()      # File ▸ Import activity…, the file typed in, Import clicked
        dialog.path_edit.setText(str(export))
        measured(f"import of {events:,} messages", dialog.run_button.click,
                 lambda: dialog.job is None and dialog.run_button.isEnabled())
        if getattr(dialog, "report", None) is None or dialog.report.added != events:
            raise RuntimeError(f"the import did not add {events:,} events: {dialog.status.text()}")
        dialog.close()
        members_tab = wh.show_tab(window, "MembersTab")
        wh.wait_until(lambda: not window.jobs.running, "the roster")
        measured("recompute", lambda: members_tab.recompute_button.click(),
                 lambda: members_tab.recompute_job is None)
        reports_tab = wh.show_tab(window, "ReportsTab")
        wh.wait_until(reports_tab.is_idle, "the report preview")
        measured("report, last 30 days",
                 lambda: reports_tab.generate_to(str(tmp / "report.xlsx"), reports_tab.report_request()),
                 lambda: not reports_tab.exporter.running)
        wh.refresh_dashboard(window, cold=False)
        measured("dashboard refresh, cold", lambda: wh.refresh_dashboard(window, cold=True), lambda: True)
        window.close_database()
    return [{**r, "idle_s": idle_s} for r in results]


def run(size: str) -> list[dict]:
    path = data.ensure_recomputed(size)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_gui_stall", "--child", str(path)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{done.stderr[-4000:]}")
    members, events = data.SIZES[size]
    rows = []
    for result in json.loads(done.stdout.strip().splitlines()[-1]):
        rows.append({"figure": f"GUI stall during {result['what']} ({result['job_s']:.0f} s) "
                               f"[{members:,} members, {events:,} events]",
                     "app_s": result["stall_s"], "baseline_s": result["idle_s"], "ratio": None,
                     "target": "≤ 100 ms", "ok": result["stall_s"] <= TARGET_S,
                     "note": "baseline: the idle window's heartbeat"})
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        print(json.dumps(child(argv[1])), flush=True)
        os._exit(0)
    return sized_main("python -m benchmarks.bench_gui_stall", SIZES, run, argv)


if __name__ == "__main__":
    sys.exit(main())

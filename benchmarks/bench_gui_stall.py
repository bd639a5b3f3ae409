"""The longest GUI-thread stall while a long job (event import, member import, recompute) runs.

A 10 ms heartbeat timer runs on the GUI thread; the longest gap between beats, less
the interval, is the stall a person would feel. Baseline: the same heartbeat with
no job running. Target: ≤ 100 ms.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_gui_stall --events 1000000
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.report import print_rows  # noqa: E402
from app.models.database import Database  # noqa: E402
from app.services.demo import build_demo  # noqa: E402
from app.views.worker import JobRunner  # noqa: E402

SIZES = {"small": 200_000, "full": 1_000_000}
BEAT_MS = 10
TARGET_S = 0.100


class Heartbeat:
    def __init__(self):
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = 0
        self.worst_ms = 0

    def _beat(self) -> None:
        now = self.clock.elapsed()
        self.worst_ms = max(self.worst_ms, now - self.last - BEAT_MS)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.worst_ms = 0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst_ms / 1000


def spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def stall_during(db: Database, target: str, kwargs: dict, *, in_process: bool = True) -> tuple[float, float]:
    """(worst stall, job duration) while target runs as the GUI runs it (a child process or a thread)."""
    from app.services.jobs import resolve_target

    runner = JobRunner()
    heartbeat = Heartbeat()
    loop = QEventLoop()
    heartbeat.start()
    started = time.perf_counter()
    if in_process:
        job = runner.start_process(db, target, kwargs)
    else:
        fn = resolve_target(target)
        job = runner.start(db, lambda d, progress, cancelled: fn(d, progress=progress, cancelled=cancelled, **kwargs))
    job.signals.done.connect(loop.quit)
    loop.exec()
    duration = time.perf_counter() - started
    return heartbeat.stop(), duration


def run(size: str | int = "small") -> list[dict]:
    from benchmarks.bench_events import make_export

    events = SIZES.get(size, size) if isinstance(size, str) else size
    QApplication.instance() or QApplication([])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "result.json"
        make_export(export, events)
        db = Database(Path(tmp) / "c.cdesk", operator="bench", create=True)
        build_demo(db, members=1_000)
        idle = Heartbeat()
        idle.start()
        spin(1.0)
        idle_stall = idle.stop()
        stall, duration = stall_during(db, "app.services.event_import:import_events", {"path": str(export)})
        added = db.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        assert added == events, f"the job added {added} events"
        rows.append({"figure": f"GUI stall during import of {events:,} events ({duration:.0f} s job)",
                     "app_s": stall, "baseline_s": idle_stall, "ratio": None,
                     "target": "≤ 100 ms", "ok": stall <= TARGET_S})
        members = events // 10
        source = Path(tmp) / "members.csv"
        from benchmarks.bench_import import make_csv

        make_csv(source, members)
        stall, duration = stall_during(db, "app.services.member_import:import_members", {"path": str(source)})
        rows.append({"figure": f"GUI stall during import of {members:,} members ({duration:.0f} s job)",
                     "app_s": stall, "baseline_s": idle_stall, "ratio": None,
                     "target": "≤ 100 ms", "ok": stall <= TARGET_S})
        from app.models import lifecycle as lm

        lm.set_ladder(db, [("基础群", {}), ("进阶群", {"messages_in_days": {"days": 30, "min": 10}})])
        stall, duration = stall_during(db, "app.services.lifecycle:recompute", {})
        scored = db.conn.execute("SELECT count(*) FROM rfm_scores").fetchone()[0]
        assert scored > 0, "the recompute scored nobody"
        rows.append({"figure": f"GUI stall during recompute ({scored:,} members scored, {duration:.0f} s job)",
                     "app_s": stall, "baseline_s": idle_stall, "ratio": None,
                     "target": "≤ 100 ms", "ok": stall <= TARGET_S})
        db.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=SIZES["small"])
    args = parser.parse_args()
    print_rows(run(args.events))


if __name__ == "__main__":
    main()

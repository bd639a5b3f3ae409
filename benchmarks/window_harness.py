"""The real main window on a community file, driven as a person would, for the scale benchmarks.

A heartbeat on the GUI thread measures stalls; helpers wait for what the window shows (the roster's visible rows,
a tab's data, a report written) while the event loop runs, so background results arrive as they do for a person.
"""
from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

WAIT_S = 300
BEAT_MS = 5
LONG_GAP_S = 0.040


class StallTracer:
    """STALL_TRACE=1: a watchdog thread that prints every thread's stack when the GUI thread has not beaten for
    TRACE_AFTER_S (what the window was doing, or waiting for, during a stall)."""

    TRACE_AFTER_S = 0.08

    def __init__(self):
        import threading

        self.last = time.perf_counter()
        self.main = threading.main_thread().ident
        self.running = bool(os.environ.get("STALL_TRACE"))
        if self.running:
            threading.Thread(target=self._watch, daemon=True).start()

    def beat(self) -> None:
        self.last = time.perf_counter()

    def _watch(self) -> None:
        import traceback

        reported = 0.0
        while self.running:
            time.sleep(0.01)
            late = time.perf_counter() - self.last
            if late > self.TRACE_AFTER_S and self.last != reported:
                reported = self.last
                frames = sys._current_frames()
                lines = [f"--- GUI thread late by {late * 1000:.0f} ms"]
                for ident, frame in frames.items():
                    who = "GUI" if ident == self.main else f"thread {ident}"
                    lines.append(f"[{who}]\n" + "".join(traceback.format_stack(frame)[-8:]))
                print("\n".join(lines), file=sys.stderr, flush=True)


TRACER = StallTracer()


class Heartbeat:
    """A BEAT_MS timer on the GUI thread: the longest gap between beats, less the interval, is the longest time
    the window could not react (the stall a person feels)."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.worst = 0.0
        self.long_gaps: list[int] = []      # every gap over LONG_GAP_S since this heartbeat was made, ms

    def _beat(self) -> None:
        TRACER.beat()
        gap = self.clock.restart() / 1000 - BEAT_MS / 1000
        if gap > self.worst:
            self.worst, self.worst_at = gap, time.perf_counter() - self.started
        if gap > LONG_GAP_S:
            self.long_gaps.append(round(gap * 1000))
        if gap > 0.1 and os.environ.get("STALL_TRACE"):
            print(f"--- stall of {gap * 1000:.0f} ms ended at {time.perf_counter() - self.started:.1f} s",
                  file=sys.stderr, flush=True)

    def start(self) -> "Heartbeat":
        self.worst, self.worst_at, self.started = 0.0, 0.0, time.perf_counter()
        self.clock.start()
        self.timer.start()
        return self

    def stop(self) -> float:
        self.timer.stop()
        self._beat()        # a stall that is still going on counts too
        return max(self.worst, 0.0)


def wait_until(condition, what: str, timeout_s: float = WAIT_S) -> None:
    """Run the event loop until condition() holds (results posted from other threads arrive meanwhile)."""
    wake = QTimer()
    wake.start(2)
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents
                                       | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    wake.stop()


def spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def open_window(path: Path, settings_dir: Path):
    """(app, window): the main window shown on *path*, as `python -m app --db PATH` opens it; its settings (recent
    files, report folder) kept in *settings_dir*."""
    from app.views.gui import create_application
    from app.views.main_window import MainWindow

    app = QApplication.instance() or create_application(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    window = MainWindow(QSettings(), "bench", backup_dir=settings_dir / "backups")
    window.resize(1280, 800)
    window.show()
    if not window.open_database(path):
        raise RuntimeError(f"the window could not open {path}")
    return app, window


def page(window, name: str):
    return next(p for p in window.pages if p.objectName() == name or type(p).__name__ == name)


def show_tab(window, name: str):
    tab = page(window, name)
    window.tabs.setCurrentWidget(tab)
    return tab


def roster_visible_loaded(tab) -> bool:
    table, model = tab.table, tab.model
    first = max(table.rowAt(0), 0)
    last = table.rowAt(table.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    return model.rowCount() > 0 and all(model.is_loaded(r) for r in range(first, last + 1))


def scroll_roster_end_to_end(window, steps: int = 200) -> int:
    """The Members tab's roster scrolled from the first row to the last in *steps* jumps, each waiting for the rows
    in view; returns the number of members."""
    tab = show_tab(window, "MembersTab")
    wait_until(lambda: tab.model.total is not None and roster_visible_loaded(tab), "the roster")
    members = tab.model.total
    for step in range(steps):
        row = step * (members - 1) // (steps - 1)
        tab.table.scrollTo(tab.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        wait_until(lambda: roster_visible_loaded(tab), f"roster row {row}")
    return members


def dashboard_shown(window) -> bool:
    """The Dashboard tab has its figures and has drawn every chart in view."""
    tab = page(window, "DashboardTab")
    if not tab.is_idle() or tab.dashboard is None:
        return False
    in_view = [card for card in tab.charts.values() if card.isVisible() and not card.visibleRegion().isEmpty()]
    return all(card.figure is not None and not card._stale and not card.drawing for card in in_view)


def refresh_dashboard(window, *, cold: bool) -> None:
    """The Dashboard tab computed again for its period (cold: the in-memory activity index dropped first, as when the
    tab first opens a file) and drawn."""
    from app.services import activity_index

    tab = show_tab(window, "DashboardTab")
    wait_until(lambda: tab.is_idle(), "the dashboard to settle")
    if cold:
        activity_index.forget(window.db)
    tab.dashboard = None
    tab.request()
    wait_until(lambda: dashboard_shown(window), "the dashboard")


def open_every_tab(window) -> None:
    """Each of the six tabs brought to the front and waited for until it shows its data."""
    for tab in list(window.pages):
        window.tabs.setCurrentWidget(tab)
        name = type(tab).__name__
        if name == "DashboardTab":
            wait_until(lambda: dashboard_shown(window), "the dashboard")
        elif name == "MembersTab":
            wait_until(lambda: roster_visible_loaded(tab), "the roster")
        elif name == "ReportsTab":
            wait_until(lambda: tab.is_idle() and tab.figures_shown(), "the report preview")
        else:
            wait_until(lambda: not window.jobs.running, f"the {name}")
        spin(0.05)


def generate_report(window, out: Path) -> dict:
    """The Reports tab's Generate for its current choices, written to *out*; the job's result."""
    tab = show_tab(window, "ReportsTab")
    wait_until(lambda: tab.is_idle(), "the report preview")
    job = tab.generate_to(str(out), tab.report_request())
    if job is None:
        raise RuntimeError("the report request was refused")
    wait_until(lambda: not tab.exporter.running, "the report")
    if not out.is_file():
        raise RuntimeError(f"the report was not written: {tab.result_label.text()}")
    return {"path": str(out)}


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB: VmHWM on Linux, which belongs to this program alone
    (getrusage's ru_maxrss keeps the peak of the process that forked and exec'd us, here the 2 GB of
    `python -m benchmarks` after the dashboard benchmark); ru_maxrss elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / 2**20 if sys.platform == "darwin" else maxrss / 1024

"""A child process for bench_startup: start, and print the wall-clock time once the window is interactive.

    python -m benchmarks.startup_probe app DB      # the app as `python -m app --db DB` starts it
    python -m benchmarks.startup_probe bare        # PySide6 alone: an empty QMainWindow shown

"Interactive" is the same moment for both: the window is shown and exposed, and a zero-length timer posted
after that has fired, so the event loop is taking input. For the app the community file is open too (with
--db it is opened before the event loop starts) and the first screen's widgets have been laid out.
The probe prints `time.time()` at that moment (the parent took its own before starting the process), then
leaves at once with os._exit, so neither figure includes tear-down.
"""
from __future__ import annotations

import os
import sys
import time


def _report_when_interactive(window) -> None:
    from PySide6.QtCore import QTimer

    def check() -> None:
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            QTimer.singleShot(0, done)
        else:
            QTimer.singleShot(1, check)

    def done() -> None:
        print(f"{time.time():.6f}", flush=True)
        if _PROFILER is not None:        # STARTUP_PROFILE=FILE: where the start-up time goes (pyinstrument)
            _PROFILER.stop()
            with open(os.environ["STARTUP_PROFILE"], "w", encoding="utf-8") as out:
                out.write(_PROFILER.output_text(unicode=True, show_all=False))
        os._exit(0)

    QTimer.singleShot(0, check)


def run_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 780)
    window.show()
    _report_when_interactive(window)
    app.exec()


def run_app(db: str) -> None:
    # The app's own entry point; the only addition is the hook on MainWindow.show (its module is imported
    # by the entry point in any case, so importing it first changes the order, not the work).
    from app.views import main_window

    original_show = main_window.MainWindow.show

    def show_and_watch(self) -> None:
        original_show(self)
        _report_when_interactive(self)

    main_window.MainWindow.show = show_and_watch
    from app.cli import main

    sys.exit(main(["--db", db, "--operator", "bench"]))


_PROFILER = None

if __name__ == "__main__":
    if os.environ.get("STARTUP_PROFILE"):
        from pyinstrument import Profiler

        _PROFILER = Profiler(interval=0.0005)
        _PROFILER.start()
    if sys.argv[1] == "bare":
        run_bare()
    else:
        run_app(sys.argv[2])

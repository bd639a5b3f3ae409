"""Start the window: fonts, translations, the error hook, the first run (or the operator), the database."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, ORG_NAME, paths
from app.paths import OPERATOR_KEY
from app.views.app_icon import apply_app_icon
from app.views.error_hook import install_exception_hook
from app.views.first_run import FirstRunResult, run_first_run
from app.views.fonts import register_cjk_font
from app.views.i18n import tr
from app.views.language import install_translators, stored_language
from app.views.main_window import MainWindow


def _no_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


# How long a busy worker thread (a chart being drawn, rows being formatted) may keep the GIL while the GUI thread
# waits for it. Every Python call Qt makes while painting (a model's data(), a slot) takes the GIL anew, so at
# Python's default 5 ms a table repaint during background work queued up 100+ ms stalls (benchmarks/
# bench_gui_stall.py); at 0.5 ms the window stays responsive and the workers lose a few per cent.
GIL_SWITCH_INTERVAL_S = 0.0005


def create_application(argv: list[str]) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    register_cjk_font(app)
    apply_app_icon(app)
    return app


def ensure_operator(settings: QSettings, explicit: str | None = None) -> str:
    """The operator's name: --operator, then $COMMUNITY_DESK_OPERATOR, then the stored one.

    '' when none is stored: the first-run dialog asks for it (with the language and where to start).
    """
    if explicit or os.environ.get(paths.OPERATOR_ENV):
        return paths.resolve_operator(explicit)
    return str(settings.value(OPERATOR_KEY, "") or "").strip()


def open_after_first_run(window: MainWindow, start: FirstRunResult) -> bool:
    """Open what the first run chose and, once it is open, show the tour of the six tabs."""
    if start.path is None or not window.open_database(start.path, create=start.create):
        return False
    window.start_tour()
    return True


def startup_file(window: MainWindow) -> tuple[Path, bool]:
    """(the file to open on a normal start, create it?): the last file opened if it is still there (a shared
    file chosen at the first run, say), else the default community file."""
    recent = window.recent_files()
    if recent and Path(recent[0]).is_file():
        return Path(recent[0]), False
    return paths.default_database_path(), True


def _open_named(window: MainWindow, target: Path) -> bool:
    """--db PATH: open it; a path that does not exist is created only when the person says so."""
    create = False
    if not target.exists():
        answer = QMessageBox.question(window, tr("MainWindow", "Create a new community file?"),
                                      tr("MainWindow", "%1 does not exist. Create a new community file there?", target))
        create = answer == QMessageBox.StandardButton.Yes
    return (target.exists() or create) and window.open_database(target, create=create)


class FileOpenHandler(QObject):
    """Open the community file Finder hands the running app (QFileOpenEvent), as File ▸ Open would."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.window.open_database(Path(event.file()))
            return True
        return False


def run_gui(args: argparse.Namespace) -> int:
    if _no_display():
        print("error: no display found (DISPLAY/WAYLAND_DISPLAY unset); on a headless machine run "
              "under xvfb-run, or set QT_QPA_PLATFORM=offscreen", file=sys.stderr)
        return 1
    app = create_application(sys.argv[:1])
    settings = paths.settings()
    install_translators(stored_language(settings), app)
    if args.self_test:
        from app.views.self_test import run_self_test

        return run_self_test(app, args)
    install_exception_hook(paths.log_file())
    operator = ensure_operator(settings, args.operator)
    start: FirstRunResult | None = None
    if not operator:     # the first run: language, name, and (without --db) where to start
        default = paths.default_database_path()
        start = run_first_run(settings, paths.os_user(), default, ask_start=not args.db,
                              language=stored_language(settings))
        if start is None:
            return 0
        operator = start.operator
    window = MainWindow(settings, operator, paths.backups_dir())
    app._file_opener = FileOpenHandler(window)     # macOS delivers a double-clicked file as an event
    app.installEventFilter(app._file_opener)
    window.show()
    if args.db:
        opened = _open_named(window, Path(args.db).expanduser())
        if opened and start is not None:
            QTimer.singleShot(0, window.start_tour)
    elif start is not None:
        QTimer.singleShot(0, lambda: open_after_first_run(window, start))
    else:
        path, create = startup_file(window)
        path.parent.mkdir(parents=True, exist_ok=True)
        QTimer.singleShot(0, lambda: window.open_database(path, create=create))
    return app.exec()

"""--self-test: start the real window, visit every tab, close; report what failed."""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.models.database import Database
from app.models.errors import UserError
from app.services.demo import build_demo
from app.views.main_window import MainWindow

TIMEOUT_MS = 30_000


def _wait_for(signal, timeout_ms: int = TIMEOUT_MS) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *_: (fired.append(True), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def run_self_test(app: QApplication, args: argparse.Namespace) -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="community-desk-selftest-") as tmp:
        if args.db:
            path = Path(args.db).expanduser()
        else:
            path = Path(tmp) / "self-test.cdesk"
            try:
                with Database(path, operator="self-test", create=True) as db:
                    build_demo(db, members=200, seed=7)
            except UserError as exc:
                print(f"self-test failed: cannot build the test database: {exc}", file=sys.stderr)
                return 1
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, "self-test", Path(tmp) / "backups")
        window.show()
        window.show_error = lambda title, message: problems.append(f"{title}: {message}")
        if window.open_database(path):
            if not _wait_for(window.overview_loaded):
                problems.append("the overview did not load within 30 s")
            dashboard = window.pages[0]
            if dashboard.dashboard is None and not _wait_for(dashboard.computed):
                problems.append("the dashboard did not compute within 30 s")
            expected = window.db.conn.execute(
                "SELECT count(*) FROM members WHERE deleted_at IS NULL AND status != 'left'").fetchone()[0]
            shown = window.pages[0].members.value.text().replace(",", "")
            if shown != str(expected):
                problems.append(f"dashboard shows {shown} members, the file holds {expected}")
        for index, page in enumerate(window.pages):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            problems.extend(page.self_test())
        window.close()
        app.processEvents()
    if problems:
        for problem in problems:
            print(f"self-test failed: {problem}", file=sys.stderr)
        return 1
    print(f"self-test passed: {len(window.pages)} tabs opened on {path.name}")
    return 0

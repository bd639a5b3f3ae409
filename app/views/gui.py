"""Start the window: fonts, translations, the error hook, the operator, the database."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, ORG_NAME, paths
from app.views.error_hook import install_exception_hook
from app.views.fonts import register_cjk_font
from app.views.i18n import tr
from app.views.language import install_translators, stored_language
from app.views.main_window import MainWindow
from app.views.operator_dialog import OperatorDialog


def _no_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    register_cjk_font(app)
    return app


def ensure_operator(settings: QSettings, explicit: str | None = None) -> str:
    """The operator's name; on first run ask for it (default: the OS user) and store it.

    Returns '' when the person cancels the first-run question.
    """
    if explicit or os.environ.get(paths.OPERATOR_ENV):
        return paths.resolve_operator(explicit)
    stored = str(settings.value("operator/name", "") or "")
    if stored:
        return stored
    dialog = OperatorDialog(paths.os_user())
    if dialog.exec() != OperatorDialog.DialogCode.Accepted:
        return ""
    settings.setValue("operator/name", dialog.name())
    return dialog.name()


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
    if not operator:
        return 0
    window = MainWindow(settings, operator, paths.backups_dir())
    window.show()
    if args.db:
        target = Path(args.db).expanduser()
        create = False
        if not target.exists():
            answer = QMessageBox.question(window, tr("MainWindow", "Create a new community file?"),
                                          tr("MainWindow", "%1 does not exist. Create a new community file there?", target))
            create = answer == QMessageBox.StandardButton.Yes
        if target.exists() or create:
            window.open_database(target, create=create)
    else:
        default = paths.default_database_path()
        default.parent.mkdir(parents=True, exist_ok=True)
        QTimer.singleShot(0, lambda: window.open_database(default, create=True))
    return app.exec()

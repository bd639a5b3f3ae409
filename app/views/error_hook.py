"""Unhandled exceptions: logged to a file and shown in a dialog, never swallowed."""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from app.views.i18n import fmt

log = logging.getLogger("community_desk")


def configure_logging(log_path: Path) -> None:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class ErrorReporter(QObject):
    """Receives exceptions from any thread and shows them on the GUI thread."""

    report = Signal(str, str)

    def __init__(self, log_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.log_path = log_path
        self.dialogs: list[QMessageBox] = []
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unhandled exception\n%s", text)
        print(text, file=sys.stderr)
        self.report.emit(f"{exc_type.__name__}: {exc}", text)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected error"),
                          fmt(self.tr("Something went wrong: %1\n\nThe details were written to %2."),
                              summary, self.log_path),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setObjectName("ErrorDialog")
        box.setDetailedText(details)
        box.finished.connect(lambda _result, b=box: self.dialogs.remove(b))
        self.dialogs.append(box)
        box.open()


def install_exception_hook(log_path: Path) -> ErrorReporter:
    configure_logging(log_path)
    reporter = ErrorReporter(log_path, QApplication.instance())

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        reporter.handle(exc_type, exc, tb)

    sys.excepthook = hook
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
    return reporter

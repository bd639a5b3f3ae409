"""Take a screenshot of each tab of the real window: python scripts/screenshots.py DB OUTDIR [LANG]

Run it under a display (xvfb-run on a headless machine); the whole screen is grabbed,
so what is saved is what a person would see.
"""
import sys
import time
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.views.gui import create_application, install_translators
from app.views.main_window import MainWindow
from app.views.self_test import _wait_for


def main() -> int:
    db, out = Path(sys.argv[1]), Path(sys.argv[2])
    language = sys.argv[3] if len(sys.argv) > 3 else ""
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    install_translators(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, "李娜")
        window.setGeometry(0, 0, 1200, 780)
        window.show()
        window.open_database(db)
        _wait_for(window.overview_loaded)
        for index, page in enumerate(window.pages):
            window.tabs.setCurrentIndex(index)
            deadline = time.monotonic() + 3  # let background loads (counts, row blocks) arrive
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.02)
            shot = app.primaryScreen().grabWindow(0, 0, 0, 1200, 780)
            shot.save(str(out / f"{index}-{page.objectName()}.png"))
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

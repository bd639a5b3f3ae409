"""--self-test: what a frozen build can get wrong, then the real window with every tab; one line per failure.

The checks beyond the window are the ones a PyInstaller bundle breaks silently: a resource or a Qt
catalogue left out, a font not found, a module imported only by name (matplotlib's Qt backend, a
child-process job target), a library whose data was not collected (IANA time zones).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
import warnings
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from app.models.database import Database
from app.models.errors import UserError
from app.resources import CJK_FONT_FAMILY, CJK_FONT_FILE, resource_path
from app.services.demo import build_demo
from app.views.main_window import MainWindow

TIMEOUT_MS = 30_000
CHINESE_SAMPLE = "社群运营工作台"


def _wait_for(signal, timeout_ms: int = TIMEOUT_MS) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *_: (fired.append(True), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return bool(fired)


def check_cjk_font(app: QApplication) -> list[str]:
    """The bundled Noto Sans CJK SC is registered, in the app font's fallbacks, and has Chinese glyphs."""
    problems = []
    if CJK_FONT_FAMILY not in QFontDatabase.families():
        problems.append(f"the font {CJK_FONT_FAMILY} is not registered ({resource_path(*CJK_FONT_FILE)})")
    if CJK_FONT_FAMILY not in app.font().families():
        problems.append(f"the application font does not fall back to {CJK_FONT_FAMILY}: {app.font().families()}")
    metrics = QFontMetrics(QFont(CJK_FONT_FAMILY))
    missing = [ch for ch in CHINESE_SAMPLE if not metrics.inFontUcs4(ord(ch))]
    if missing:
        problems.append(f"the font {CJK_FONT_FAMILY} has no glyph for {''.join(missing)}")
    return problems


def check_translations(app: QApplication) -> list[str]:
    """Our zh_CN catalogue and Qt's own (file dialogs, buttons) load and translate, and when the
    window's language is not English, the translators it installed do."""
    problems = []
    if getattr(app, "_community_desk_translators", None) and \
            QCoreApplication.translate("MainWindow", "&File") in ("", "&File"):   # install_translators' list
        problems.append("the window is set to Chinese but its MainWindow '&File' shows untranslated")
    ours = QTranslator()
    catalog = resource_path("translations", "community_desk_zh_CN.qm")
    if not ours.load(str(catalog)):
        problems.append(f"the Chinese translation {catalog} does not load")
    elif ours.translate("MainWindow", "&File") in ("", "&File"):
        problems.append(f"the Chinese translation {catalog} does not translate MainWindow '&File'")
    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", folder):
        problems.append(f"Qt's own Chinese translation (qtbase_zh_CN.qm) does not load from {folder}")
    elif qt.translate("QPlatformTheme", "Cancel") in ("", "Cancel"):
        problems.append("Qt's own Chinese translation does not translate QPlatformTheme 'Cancel'")
    return problems


def check_chart(folder: Path) -> list[str]:
    """matplotlib's Qt canvas draws Chinese labels with the bundled face and no missing glyph."""
    from matplotlib import font_manager
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from app.services.plotting import configure_matplotlib

    problems = []
    family = configure_matplotlib()
    used = Path(font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False))
    if used.name != CJK_FONT_FILE[-1]:
        problems.append(f"matplotlib draws {family} from {used}, not the bundled {CJK_FONT_FILE[-1]}")
    figure = Figure(figsize=(4, 3), dpi=72)
    canvas = FigureCanvasQTAgg(figure)
    axes = figure.add_subplot()
    axes.set_title("日活跃成员 DAU")
    axes.bar(["跑步", "健身", "瑜伽"], [3, 5, 2])
    target = folder / "chart.png"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        canvas.draw()
        figure.savefig(target)
    problems += [f"chart: {warning.message}" for warning in caught if "missing from font" in str(warning.message)]
    if not target.exists() or target.stat().st_size < 1000:
        problems.append("matplotlib wrote no chart image")
    canvas.deleteLater()
    return problems


def check_time_zones() -> list[str]:
    """IANA zones resolve (Windows has no system database: the bundle must carry tzdata)."""
    from app.services.metrics import zone

    try:
        offset = datetime(2024, 1, 15, 12, tzinfo=zone("Asia/Shanghai")).utcoffset()
    except UserError as exc:
        return [f"time zones: {exc}"]
    return [] if offset == timedelta(hours=8) else [f"time zones: Asia/Shanghai is UTC{offset}, not UTC+8"]


def check_report(path: Path, folder: Path) -> list[str]:
    """A small zh_CN report written the way the Reports tab writes it: in a child process (which a
    frozen build starts through its own executable), read back with openpyxl."""
    from openpyxl import load_workbook

    from app.services.report import REPORT_TARGET, ReportRequest
    from app.services.safe_export import CELL_FONT_NAME
    from app.views.worker import JobRunner

    end = date.today() - timedelta(days=1)
    request = ReportRequest(end - timedelta(days=6), end, language="zh_CN")
    target = folder / "report.xlsx"
    outcome: dict = {}
    loop = QEventLoop()
    runner = JobRunner()
    with Database(path, operator="self-test") as db:
        runner.start_process(db, REPORT_TARGET, {"path": str(target), "request": request.as_kwargs()},
                             on_done=lambda result: outcome.update(result=result),
                             on_failed=lambda message, _details: outcome.update(error=message),
                             on_cancelled=lambda: outcome.update(error="cancelled"),
                             on_ended=loop.quit)
        QTimer.singleShot(TIMEOUT_MS * 2, loop.quit)
        loop.exec()
        runner.wait()
    if "error" in outcome or "result" not in outcome:
        return [f"the report job failed: {outcome.get('error', 'no answer within 60 s')}"]
    titles = [sheet["title"] for sheet in outcome["result"]["sheets"]]
    workbook = load_workbook(target, read_only=True)
    try:
        problems = [] if workbook.sheetnames == titles else \
            [f"the report holds sheets {workbook.sheetnames}, the job said {titles}"]
        first = workbook.worksheets[0]["A1"]
        if not any("\u4e00" <= ch <= "\u9fff" for ch in str(first.value or "")):
            problems.append(f"the zh_CN report's title is not Chinese: {first.value!r}")
        if first.font.name != CELL_FONT_NAME:
            problems.append(f"the report's cells name the font {first.font.name!r}, not {CELL_FONT_NAME!r}")
    finally:
        workbook.close()
    return problems


def check_window(app: QApplication, path: Path, folder: Path) -> tuple[list[str], int]:
    """Open the file in the real window, wait for the overview and the dashboard, visit every tab."""
    problems: list[str] = []
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, "self-test", folder / "backups")
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
    return problems, len(window.pages)


def _checked(name: str, check, *args) -> list[str]:
    """A check's problems; a check that raises is one problem, never the end of the self-test."""
    try:
        return check(*args)
    except Exception as exc:  # reported as a failed check with its cause
        return [f"{name}: {type(exc).__name__}: {exc}"]


@contextmanager
def unhandled_exceptions_recorded(problems: list[str]):
    """While inside: an exception no one caught (in a slot, Qt carries on) is also a problem."""
    previous_hook = sys.excepthook

    def unhandled(kind, exc, tb) -> None:
        where = traceback.extract_tb(tb)[-1] if tb else None
        first_line = (str(exc).splitlines() or [""])[0]
        problems.append(f"unhandled {kind.__name__}: {first_line}"
                        + (f" ({Path(where.filename).name}:{where.lineno})" if where else ""))
        previous_hook(kind, exc, tb)

    sys.excepthook = unhandled
    try:
        yield
    finally:
        sys.excepthook = previous_hook


def run_self_test(app: QApplication, args: argparse.Namespace) -> int:
    problems: list[str] = []
    with unhandled_exceptions_recorded(problems):
        return _run(app, args, problems)


def _run(app: QApplication, args: argparse.Namespace, problems: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="community-desk-selftest-") as tmp:
        folder = Path(tmp)
        if args.db:
            path = Path(args.db).expanduser()
        else:
            path = folder / "self-test.cdesk"
            try:
                with Database(path, operator="self-test", create=True) as db:
                    build_demo(db, members=200, seed=7)
            except UserError as exc:
                print(f"self-test failed: cannot build the test database: {exc}", file=sys.stderr)
                return 1
        problems += _checked("font", check_cjk_font, app)
        problems += _checked("translations", check_translations, app)
        problems += _checked("chart", check_chart, folder)
        problems += _checked("time zones", check_time_zones)
        if path.exists():
            problems += _checked("report", check_report, path, folder)
        window_problems, tabs = check_window(app, path, folder)
        problems += window_problems
    if problems:
        for problem in problems:
            print(f"self-test failed: {problem}", file=sys.stderr)
        return 1
    print(f"self-test passed: {tabs} tabs opened on {path.name}; font, translations, chart, time zones "
          f"and a report workbook checked")
    return 0

"""Take a screenshot of each tab of the real window: python scripts/screenshots.py DB OUTDIR [LANG]

Then the Members tab's other pages (at risk, KOL shortlist), a member's Lifecycle page, the
lifecycle settings dialog, the content calendar's views, and the Dashboard at 1280×800. Run it with
TZ set to the community's zone (e.g. TZ=Asia/Shanghai) so the demo plan shows its local times.

Run it under a display (xvfb-run on a headless machine); the whole screen is grabbed,
so what is saved is what a person would see.
"""
import sys
import time
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from app.views.gui import create_application
from app.views.language import install_translators
from app.views.main_window import MainWindow
from app.views.self_test import _wait_for


def settle(app, seconds: float = 3) -> None:
    """Let background loads (counts, row blocks) arrive."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def grab(app, path: Path) -> None:
    app.primaryScreen().grabWindow(0, 0, 0, 1200, 780).save(str(path))


def lifecycle_views(app, window, out: Path) -> None:
    from app.views.lifecycle_settings_dialog import LifecycleSettingsDialog

    members = window.pages[[p.objectName() for p in window.pages].index("MembersTab")]
    window.tabs.setCurrentWidget(members)
    for index in range(1, members.views.count()):
        members.views.setCurrentIndex(index)
        settle(app)
        grab(app, out / f"members-{members.views.widget(index).objectName()}.png")
    members.views.setCurrentIndex(0)
    settle(app, 1)
    members._open_editor(members.model.member_id(0))
    dialog = members.editor
    dialog.move(40, 20)
    dialog.resize(900, 740)
    dialog.pages.setCurrentWidget(dialog.lifecycle_page)
    settle(app)
    grab(app, out / "member-lifecycle.png")
    dialog.reject()
    settings = LifecycleSettingsDialog(window.db, window)
    settings.move(40, 20)
    settings.show()
    for index in range(settings.findChild(type(dialog.pages), "lifecyclePages").count()):
        settings.findChild(type(dialog.pages), "lifecyclePages").setCurrentIndex(index)
        settle(app, 1)
        grab(app, out / f"lifecycle-settings-{index}.png")
    settings.reject()


def content_views(app, window, out: Path) -> None:
    """The content calendar: month with the backlog, month with mix and cadence, week, list."""
    content = window.pages[[p.objectName() for p in window.pages].index("ContentTab")]
    window.tabs.setCurrentWidget(content)
    for name, mode, side in (("content-month", "month", 0), ("content-mix", "month", 1),
                             ("content-week", "week", 0), ("content-list", "list", 0)):
        content.set_mode(mode)
        content.side.setCurrentIndex(side)
        settle(app, 1)
        grab(app, out / f"{name}.png")
    content.set_mode("month")
    content.side.setCurrentIndex(0)


def activity_views(app, window, out: Path) -> None:
    """The Activities tab: a past activity's registrations, results and A/B variants; the time slots."""
    tab = window.pages[[p.objectName() for p in window.pages].index("ActivitiesTab")]
    window.tabs.setCurrentWidget(tab)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("closed"))
    with_variants = next((r for r in range(tab.proxy.rowCount())
                          if tab.db.conn.execute("SELECT 1 FROM activity_variants WHERE activity_id = ?",
                                                 (tab.proxy.data(tab.proxy.index(r, 0), 0x0100),)).fetchone()), 0)
    tab.table.selectRow(with_variants)
    for name, page in (("activity-checklist", tab.tasks_panel), ("activity-registrations", tab.registrations_panel),
                       ("activity-results", tab.results_panel), ("activity-ab", tab.variants_panel)):
        tab.detail_tabs.setCurrentWidget(page)
        settle(app, 1)
        grab(app, out / f"{name}.png")
    tab.left.setCurrentWidget(tab.time_slots)
    settle(app, 1)
    grab(app, out / "activity-time-slots.png")
    tab.left.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(0)


def moderation_views(app, window, out: Path) -> None:
    """The Moderation tab: the open queue with a word-hit case, and the log & figures."""
    tab = window.pages[[p.objectName() for p in window.pages].index("ModerationTab")]
    window.tabs.setCurrentWidget(tab)
    hit = tab.db.conn.execute("SELECT id FROM moderation_cases WHERE source = 'word_hit' AND status = 'new' "
                              "ORDER BY level = 'red' DESC, id LIMIT 1").fetchone()
    if hit:
        tab.select_case(hit[0])
    settle(app, 1)
    grab(app, out / "moderation-queue.png")
    tab.left.setCurrentWidget(tab.log_panel)
    settle(app, 1)
    grab(app, out / "moderation-log.png")
    tab.left.setCurrentIndex(0)


def dashboard_views(app, window, out: Path) -> None:
    """The Dashboard tab at 1280×800 once computed: the cards and first charts, the charts further down,
    the last 7 days of the first sub-community, and the targets dialog."""
    from PySide6.QtWidgets import QScrollArea

    tab = window.pages[[p.objectName() for p in window.pages].index("DashboardTab")]
    geometry = window.geometry()
    window.setGeometry(0, 0, 1280, 800)
    window.tabs.setCurrentWidget(tab)

    def computed_grab(name: str) -> None:
        deadline = time.monotonic() + 120
        while not (tab.is_idle() and tab.dashboard is not None) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        settle(app, 1.5)          # charts draw when first painted
        app.primaryScreen().grabWindow(0, 0, 0, 1280, 800).save(str(out / f"{name}.png"))

    tab.reload()
    computed_grab("dashboard")
    area = tab.findChild(QScrollArea, "dashboardCharts")
    bar = area.verticalScrollBar()
    for name, fraction in (("dashboard-middle", 0.5), ("dashboard-bottom", 1.0)):
        bar.setValue(round(bar.maximum() * fraction))
        computed_grab(name)
    bar.setValue(0)
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("last7"))
    tab.scope_combo.setCurrentIndex(min(1, tab.scope_combo.count() - 1))
    computed_grab("dashboard-7days-group")
    tab.period_combo.setCurrentIndex(tab.period_combo.findData("last30"))
    tab.scope_combo.setCurrentIndex(0)
    dialog = tab.open_settings()
    dialog.move(60, 40)
    computed_grab("dashboard-settings")
    dialog.reject()
    window.setGeometry(geometry)


def report_views(app, window, out: Path) -> None:
    """The Reports tab after writing the last 30 days' report (the whole window, as it lays itself out)."""
    tab = window.pages[[p.objectName() for p in window.pages].index("ReportsTab")]
    window.tabs.setCurrentWidget(tab)
    with tempfile.TemporaryDirectory() as folder:
        done = []
        tab.written.connect(done.append)
        tab.generate_to(str(Path(folder) / "operations-report.xlsx"), tab.report_request())
        deadline = time.monotonic() + 60
        while not (done and tab.is_idle()) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        settle(app, 1)
        window.grab().save(str(out / "reports.png"))


def main() -> int:
    db, out = Path(sys.argv[1]), Path(sys.argv[2])
    language = sys.argv[3] if len(sys.argv) > 3 else ""
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv[:1])
    install_translators(language, app)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, "李娜")
        window.setGeometry(0, 0, 1200, 780)
        window.show()
        window.open_database(db)
        _wait_for(window.overview_loaded)
        for index, page in enumerate(window.pages):
            window.tabs.setCurrentIndex(index)
            settle(app)
            grab(app, out / f"{index}-{page.objectName()}.png")
        lifecycle_views(app, window, out)
        content_views(app, window, out)
        activity_views(app, window, out)
        moderation_views(app, window, out)
        dashboard_views(app, window, out)
        report_views(app, window, out)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Dashboard tab: the community's health for a period — KPI cards against targets, and charts.

The figures are computed off the GUI thread (app.services.dashboard.build_dashboard through the
window's JobRunner); a newer request cancels the older one and stale results are ignored.
"""
from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone

from PySide6.QtCore import QDate, QEvent, QLocale, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QMainWindow,
                               QProgressBar, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from app.models import content as content_model
from app.models.dashboard_settings import get_config, target_state
from app.models.errors import UserError
from app.models.members import sub_community_names
from app.services.dashboard_scope import RETENTION_DAYS, Scope
from app.services.dashboard_charts import CHART_IDS
from app.services.overview import Overview
from app.views.chart_card import ChartCard
from app.views.content_labels import pillar_label
from app.views.dialog_parts import ERROR_STYLE, report_job_failure
from app.views.i18n import error_text, fmt
from app.views.kpi_card import KpiCard, kpi_texts
from app.views.period_picker import PeriodPicker
from app.views.tabs.base import TabPage
from app.views.time_zones import zone_or_system, zone_name

KPI_COLUMNS = 6
CHART_COLUMNS = 2
PRELOAD_DAYS = 180              # every preset period and the one before it: later switches read no events


def _build(scope: Scope):
    """The job: the dashboard for *scope* (runs on the pool with its own connection)."""
    def job(db, progress, cancelled):
        from app.services.dashboard import build_dashboard     # numpy: imported off the GUI thread, when first used

        return build_dashboard(db, scope, progress=progress, cancelled=cancelled, preload_days=PRELOAD_DAYS)

    return job


class DashboardTab(TabPage):
    computed = Signal(object)        # the Dashboard now shown

    def __init__(self):
        super().__init__()
        self.setObjectName("DashboardTab")
        self.db = None
        self.jobs = None
        self.tz = zone_or_system("")
        self.clock = lambda: datetime.now(timezone.utc)
        self.targets: dict = {}
        self.dashboard = None          # the Dashboard shown (None: nothing yet)
        self.job = None
        self.settings_dialog = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._build()
        self.show_overview(None)

    def today(self) -> date:
        return self.clock().astimezone(self.tz).date()

    def is_idle(self) -> bool:
        return self.job is None and not self._timer.isActive()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("communityName")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.status.setWordWrap(False)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.status)
        layout.addLayout(head)
        layout.addLayout(self._build_controls())
        layout.addLayout(self._build_cards())
        layout.addWidget(self._build_charts(), 1)

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.period = PeriodPicker(self.today, combo_name="periodCombo", from_name="fromDate", to_name="toDate")
        self.period.changed.connect(self.request)
        self.period_combo, self.from_date, self.to_date = self.period.combo, self.period.from_date, self.period.to_date
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("scopeCombo")
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_combo.addItem(self.tr("All members"), None)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.request())
        self.progress = QProgressBar()
        self.progress.setObjectName("dashboardProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setToolTip(self.tr("Compute the figures again from the file"))
        self.refresh_button.clicked.connect(lambda _c=False: self.request())
        self.settings_button = QPushButton(self.tr("Targets && time zone…"))
        self.settings_button.setObjectName("dashboardSettingsButton")
        self.settings_button.clicked.connect(lambda _c=False: self.open_settings())
        row.addWidget(self.period)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Members:")))
        row.addWidget(self.scope_combo)
        row.addStretch(1)
        row.addWidget(self.progress)
        row.addWidget(self.refresh_button)
        row.addWidget(self.settings_button)
        return row

    def _build_cards(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(8)
        self.cards: dict[str, KpiCard] = {}
        for index, (key, (caption, definition)) in enumerate(kpi_texts().items()):
            card = KpiCard(key, caption, definition)
            self.cards[key] = card
            grid.addWidget(card, index // KPI_COLUMNS, index % KPI_COLUMNS)
        for column in range(KPI_COLUMNS):
            grid.setColumnStretch(column, 1)
        self.members = self.cards["members"]
        return grid

    def _build_charts(self) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName("dashboardCharts")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.charts: dict[str, ChartCard] = {}
        for index, chart_id in enumerate(CHART_IDS):
            card = ChartCard(chart_id)
            card.saved.connect(lambda path: self._say(fmt(self.tr("Saved the chart to %1"), path)))
            card.copied.connect(lambda: self._say(self.tr("Copied the chart to the clipboard")))
            self.charts[chart_id] = card
            grid.addWidget(card, index // CHART_COLUMNS, index % CHART_COLUMNS)
        for column in range(CHART_COLUMNS):
            grid.setColumnStretch(column, 1)
        area.setWidget(inner)
        area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return area

    # -- the period and the scope -------------------------------------------------------
    def scope(self) -> Scope:
        """The chosen period and members; UserError for a custom range that cannot be shown."""
        start, end = self.period.range()
        return Scope(start, end, self.tz, self.scope_combo.currentData())

    def _fill_scopes(self) -> None:
        chosen = self.scope_combo.currentData()
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("All members"), None)
        for sub_id, name in (sub_community_names(self.db) if self.db is not None else []):
            self.scope_combo.addItem(name, sub_id)
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(chosen)))
        self.scope_combo.blockSignals(False)

    # -- TabPage ------------------------------------------------------------------------
    def set_database(self, db, jobs) -> None:
        self._cancel()
        self.db, self.jobs = db, jobs
        self.dashboard = None
        if db is None:
            self._fill_scopes()
            return
        self._apply_config()
        self._fill_scopes()
        for card in self.charts.values():
            card.save_folder = db.path.parent
        self.request()

    def reload(self) -> None:
        """Re-read the file: now when the tab is shown, else when it is next shown (a teammate's commits do
        not recompute a hidden dashboard, even in a hidden window)."""
        if self.db is None:
            return
        self._refresh_on_show = not self.isVisible()
        if not self._refresh_on_show:
            self.refresh()

    def refresh(self) -> None:
        if self.db is not None:
            self._fill_scopes()
            self.request()

    def show_overview(self, overview: Overview | None) -> None:
        self.title.setText(overview.community_name if overview else self.tr("No community file is open"))
        if overview is None and self.db is None:
            self._show_nothing()

    def self_test(self) -> list[str]:
        problems = super().self_test()
        if len(self.charts) != len(CHART_IDS):
            problems.append(f"the dashboard shows {len(self.charts)} charts, expected {len(CHART_IDS)}")
        return problems

    # -- settings -----------------------------------------------------------------------
    def _apply_config(self) -> None:
        cfg = get_config(self.db)
        self.targets = dict(cfg["targets"])
        try:
            self.tz = zone_or_system(cfg["time_zone"])
        except UserError as exc:       # a zone this computer does not know: count days in its own
            self.tz = zone_or_system("")
            self._say(fmt(self.tr("The dashboard uses this computer's time zone: %1"), error_text(exc)))

    def open_settings(self):
        """The targets and time zone dialog, window-modal; saving recomputes the dashboard."""
        if self.db is None:
            return None
        from app.views.dashboard_settings_dialog import DashboardSettingsDialog

        dialog = DashboardSettingsDialog(self.db, self)
        dialog.accepted.connect(self.settings_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def settings_saved(self) -> None:
        if self.db is None:
            return
        self._apply_config()
        self._say(self.tr("Dashboard targets and time zone saved."))
        self.request()

    # -- computing ----------------------------------------------------------------------
    def request(self, delay_ms: int = 0) -> None:
        """Recompute soon (requests in the same moment are merged into one)."""
        if self.db is not None:
            self._timer.start(delay_ms)

    def _cancel(self) -> None:
        self._timer.stop()
        self._generation += 1
        if self.job is not None:
            self.job.cancel()
            self.job = None
        self.progress.hide()

    def _start(self) -> None:
        if self.db is None or self.jobs is None:
            return
        self._cancel()
        try:
            scope = self.scope()
        except UserError as exc:
            self._show_status(error_text(exc), error=True)
            return
        generation = self._generation
        self.progress.setRange(0, 0)
        self.progress.show()
        self.job = self.jobs.start(
            self.db, _build(scope),
            on_done=lambda result: self._done(generation, result),
            on_failed=lambda message, details: self._failed(generation, message, details),
            on_progress=lambda done, total: self._progress(generation, done, total),
            on_ended=lambda: self._ended(generation))

    def _progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _ended(self, generation: int) -> None:
        if generation == self._generation:
            self.job = None
            self.progress.hide()

    def _failed(self, generation: int, message: str, details: str) -> None:
        if generation != self._generation:
            return
        self._show_status(message, error=True)
        report_job_failure(self, self.tr("Dashboard"), message, details)

    def _done(self, generation: int, dashboard) -> None:
        if generation == self._generation:
            self.show_dashboard(dashboard)

    # -- showing ------------------------------------------------------------------------
    def theme(self):
        from app.services.dashboard_charts import ChartTheme

        palette = self.palette()
        return ChartTheme.from_colors(palette.color(QPalette.ColorRole.Window).name(),
                                      palette.color(QPalette.ColorRole.WindowText).name())

    def show_dashboard(self, dashboard) -> None:
        self.dashboard = dashboard
        scope = dashboard.scope
        previous = scope.previous()
        compared = fmt(self.tr("vs %1"), self._range_text(previous.start, previous.end, scope.end.year))
        for key, card in self.cards.items():
            value = dashboard.figures.get(key)
            target = self.targets.get(key)
            card.show_figure(value, dashboard.previous.get(key), target, target_state(key, value, target), compared)
        if dashboard.figures.get("retention_30d") is None and scope.days <= RETENTION_DAYS:
            self.cards["retention_30d"].delta.setText(self.tr("needs a period over 30 days"))
        self._show_status(fmt(self.tr("%1 · %2 · %3"), self._range_text(scope.start, scope.end),
                              zone_name(scope.tz), compared))
        dashboard = self._labelled(dashboard)
        theme = self.theme()
        stem = f"{scope.start.isoformat()}_{scope.end.isoformat()}"
        for chart_id, card in self.charts.items():
            card.file_stem = f"dashboard-{chart_id}-{stem}"
            card.show_data(dashboard, theme)
        self.computed.emit(dashboard)

    def _labelled(self, dashboard):
        """The dashboard with built-in pillars named in the operator's language."""
        names = {p.id: pillar_label(p) for p in content_model.list_pillars(self.db, include_archived=True)}
        pillars = [(names.get(row.pillar_id, name), row) for name, row in dashboard.pillars]
        return dataclasses.replace(dashboard, pillars=pillars)

    def _show_nothing(self) -> None:
        self.dashboard = None
        for card in self.cards.values():
            card.show_figure(None, None, None, "none")
        for card in self.charts.values():
            card.show_data(None, None)
        self._show_status("")

    def _range_text(self, start: date, end: date, year_shown: int | None = None) -> str:
        """'1 Nov – 30 Nov 2026'; the year is left out when it is *year_shown*."""
        locale = QLocale()
        long_form, short_form = self.tr("d MMM yyyy"), self.tr("d MMM")

        def text(day: date, with_year: bool) -> str:
            return locale.toString(QDate(day.year, day.month, day.day), long_form if with_year else short_form)

        end_text = text(end, end.year != year_shown)
        if start == end:
            return end_text
        return fmt(self.tr("%1 – %2"), text(start, start.year != end.year), end_text)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _say(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.dashboard is not None:
            theme = self.theme()
            for card in self.charts.values():
                card.set_theme(theme)

"""The Content tab: the editorial calendar (month, week, list), the idea backlog, the pillar mix, cadence
warnings and hot topics. Every change goes through app.models.content: versioned, logged, conflict-checked.
The month and week views also show the activities (read only here: activity_activated asks the window to
open one on the Activities tab), so the operator sees one schedule."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLocale, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QHBoxLayout,
                               QInputDialog, QLabel, QListWidget, QMenu, QMessageBox, QPushButton, QScrollArea, QSizePolicy, QSplitter,
                               QStackedWidget, QTableView, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from app.models import content
from app.models.activities import activities_between
from app.models.content import COMMITTED, STATUSES, ContentFilter, ContentItem
from app.models.errors import ConflictError, RowMissingError, UserError
from app.services import content_rules, hot_topics
from app.services.metrics import utc_bounds, zone
from app.views.activity_labels import MODE_COLORS
from app.views.content_calendar import ActivityEntry, CalendarEntry, CalendarView, period_days
from app.views.content_labels import pillar_label, status_label
from app.views.content_list_model import COLUMNS as LIST_COLUMNS
from app.views.content_list_model import ID_ROLE, SORT_ROLE, ContentListModel
from app.views.conflict import who_and_when
from app.views.content_panels import ITEM_ID, BacklogList, HotTopicList, PillarMixChart
from app.views.export_runner import ExportRunner
from app.views.file_dialogs import ask_save_path
from app.views.i18n import error_text, fmt
from app.views.locale_format import date_text, number
from app.views.tabs.base import TabPage, hint_label
from app.views.view_export import PERCENT_FORMAT, TypedColumn, ask_export_path, role_value, start_view_export
from app.views.dialog_parts import report_job_failure
from app.views import view_state

NO_CHANNEL_COLOR = "#9e9e9e"


class ContentTab(TabPage):
    data_written = Signal()      # this tab wrote to the file (the window re-reads every tab)
    activity_activated = Signal(int)   # an activity's chip was opened: show it on the Activities tab

    def __init__(self):
        super().__init__()
        self.setObjectName("ContentTab")
        self.db = None
        self.jobs = None
        self.tz = zone(None)
        self.clock = lambda: datetime.now(timezone.utc)
        self.mode = "month"
        self.anchor = self.today()
        self.channels: dict[int, content.Channel] = {}
        self.pillars: dict[int, content.Pillar] = {}
        self.last_deleted: tuple[int, int] | None = None
        self._build()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_toolbar())
        layout.addLayout(self._build_filters())
        self.hint = hint_label("contentHint", self.tr("Nothing is planned yet: double-click a day to add an item, "
                                                      "drag an idea from the backlog onto a day, or create a "
                                                      "recurring series."))
        layout.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.stack = QStackedWidget()
        self.calendar = CalendarView()
        self.calendar.item_dropped.connect(self.reschedule_to_day)
        self.calendar.open_item.connect(self.open_item)
        self.calendar.activity_activated.connect(self.activity_activated)
        self.calendar.item_menu.connect(self._popup_menu)
        self.calendar.new_item_on.connect(self.new_item)
        self.calendar.week_requested.connect(self.show_week_of)
        scroller = QScrollArea()
        scroller.setObjectName("calendarScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.calendar)
        self.stack.addWidget(scroller)
        self.stack.addWidget(self._build_list())
        splitter.addWidget(self.stack)
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        layout.addWidget(splitter, 1)
        undo_row = QHBoxLayout()
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_label)
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("contentMessage")
        self.exporter = ExportRunner(self, progress_name="contentExportProgress", cancel_name="cancelContentExport",
                                     cancel_text=self.tr("Cancel"))
        self.exporter.started.connect(self.message.setText)
        self.exporter.finished.connect(self._export_finished)
        self.export_progress, self.export_cancel = self.exporter.progress, self.exporter.cancel_button
        self.export_progress.setMaximumWidth(200)
        for widget in (self.message, self.export_progress, self.export_cancel):
            undo_row.addWidget(widget)
        self.undo_label.hide()
        self.undo_button.hide()
        layout.addLayout(undo_row)

    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.view_buttons = QButtonGroup(self)
        for key, text in (("month", self.tr("Month")), ("week", self.tr("Week")), ("list", self.tr("List"))):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setObjectName(f"view{key.title()}")
            button.clicked.connect(lambda _checked=False, k=key: self.set_mode(k))
            self.view_buttons.addButton(button)
            row.addWidget(button)
            if key == "month":
                button.setChecked(True)
        row.addSpacing(12)
        self.previous_button = self._tool("‹", "previousPeriod", lambda: self.step(-1), self.tr("Previous"))
        self.today_button = self._tool(self.tr("Today"), "todayButton", self.go_today, self.tr("Back to today"))
        self.next_button = self._tool("›", "nextPeriod", lambda: self.step(1), self.tr("Next"))
        self.previous_button.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        for button in (self.previous_button, self.today_button, self.next_button):
            row.addWidget(button)
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.period_label.setStyleSheet("font-size: 15px; font-weight: bold; padding-left: 8px;")
        # A fixed width: a new period's text must not re-lay-out (and repaint) the whole window.
        self.period_label.setFixedWidth(self.period_label.fontMetrics().horizontalAdvance("0") * 42)
        row.addWidget(self.period_label)
        row.addStretch(1)
        self.new_button = QPushButton(self.tr("New item…"))
        self.new_button.setObjectName("newContentItem")
        self.new_button.clicked.connect(lambda: self.new_item(None))
        self.series_button = QPushButton(self.tr("Recurring series…"))
        self.series_button.setObjectName("newSeries")
        self.series_button.clicked.connect(self.new_series)
        self.topic_button = QPushButton(self.tr("Log hot topic…"))
        self.topic_button.setObjectName("newHotTopic")
        self.topic_button.clicked.connect(lambda: self.open_topic(None))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportContent")
        self.export_button.setToolTip(self.tr("iCalendar (.ics) for Outlook, Apple and Google Calendar, "
                                              "or an Excel workbook"))
        self.export_button.clicked.connect(self.export)
        self.export_view_button = QPushButton(self.tr("Export list…"))
        self.export_view_button.setObjectName("exportContentView")
        self.export_view_button.setToolTip(self.tr("The list as shown (these filters, this order, these columns) "
                                                   "to Excel or CSV"))
        self.export_view_button.clicked.connect(self.export_view)
        self.export_view_button.setVisible(False)      # the list's own export: shown with the list
        for button in (self.new_button, self.series_button, self.topic_button, self.export_button,
                       self.export_view_button):
            row.addWidget(button)
        return row

    def _tool(self, text: str, name: str, slot, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.channel_filter = self._filter_combo("channelFilter")
        self.pillar_filter = self._filter_combo("pillarFilter")
        self.status_filter = self._filter_combo("statusFilter")
        self.owner_filter = self._filter_combo("ownerFilter")
        for label, combo in ((self.tr("Channel"), self.channel_filter), (self.tr("Pillar"), self.pillar_filter),
                             (self.tr("Status"), self.status_filter), (self.tr("Owner"), self.owner_filter)):
            row.addWidget(QLabel(label))
            row.addWidget(combo)
        self.show_activities = QCheckBox(self.tr("Activities"))
        self.show_activities.setObjectName("showActivities")
        self.show_activities.setToolTip(self.tr("Show the activities on the calendar (they are planned on the "
                                                "Activities tab)"))
        self.show_activities.setChecked(True)
        self.show_activities.toggled.connect(lambda _on: self.refresh())
        row.addSpacing(12)
        row.addWidget(self.show_activities)
        row.addStretch(1)
        return row

    def _filter_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumWidth(120)
        combo.activated.connect(lambda _index: self.refresh())
        return combo

    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.include_backlog = QCheckBox(self.tr("Include the idea backlog"))
        self.include_backlog.setObjectName("listIncludeBacklog")
        self.include_backlog.toggled.connect(lambda _on: self.refresh())
        layout.addWidget(self.include_backlog)
        self.list_model = ContentListModel(self)
        self.list_proxy = QSortFilterProxyModel(self)
        self.list_proxy.setSourceModel(self.list_model)
        self.list_proxy.setSortRole(SORT_ROLE)
        self.list_view = QTableView()
        self.list_view.setObjectName("contentList")
        self.list_view.setModel(self.list_proxy)
        self.list_view.setSortingEnabled(True)
        self.list_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.doubleClicked.connect(lambda index: self.open_item(index.data(ID_ROLE)))
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._list_menu)
        layout.addWidget(self.list_view)
        return page

    def _build_side(self) -> QWidget:
        self.side = QTabWidget()
        self.side.setObjectName("contentSide")
        backlog_page = QWidget()
        backlog_layout = QVBoxLayout(backlog_page)
        backlog_layout.setContentsMargins(4, 4, 4, 4)
        note = QLabel(self.tr("Drag an idea onto a day to plan it; drag an item here to take its date away."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        backlog_layout.addWidget(note)
        self.backlog = BacklogList()
        self.backlog.unscheduled.connect(self.unschedule)
        self.backlog.open_item.connect(self.open_item)
        self.backlog.item_menu.connect(self._popup_menu)
        backlog_layout.addWidget(self.backlog, 1)
        idea_button = QPushButton(self.tr("New idea…"))
        idea_button.setObjectName("newIdea")
        idea_button.clicked.connect(lambda: self.new_item(None, backlog=True))
        backlog_layout.addWidget(idea_button)
        self.side.addTab(backlog_page, self.tr("Idea backlog"))

        rhythm_page = QWidget()
        rhythm_layout = QVBoxLayout(rhythm_page)
        rhythm_layout.setContentsMargins(4, 4, 4, 4)
        self.mix_title = QLabel()
        self.mix_title.setStyleSheet("font-weight: bold;")
        self.mix_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        rhythm_layout.addWidget(self.mix_title)
        self.mix_chart = PillarMixChart()
        rhythm_layout.addWidget(self.mix_chart)
        cadence_title = QLabel(self.tr("Cadence"))
        cadence_title.setStyleSheet("font-weight: bold; padding-top: 6px;")
        rhythm_layout.addWidget(cadence_title)
        self.cadence_list = QListWidget()
        self.cadence_list.setObjectName("cadenceList")
        self.cadence_list.setWordWrap(True)
        self.cadence_list.setAlternatingRowColors(True)
        rhythm_layout.addWidget(self.cadence_list, 1)
        self.side.addTab(rhythm_page, self.tr("Mix && cadence"))

        topics_page = QWidget()
        topics_layout = QVBoxLayout(topics_page)
        topics_layout.setContentsMargins(4, 4, 4, 4)
        self.topic_table = HotTopicList()
        self.topic_table.open_topic.connect(self.open_topic)
        topics_layout.addWidget(self.topic_table, 1)
        log_button = QPushButton(self.tr("Log hot topic…"))
        log_button.setObjectName("logHotTopic")
        log_button.clicked.connect(lambda: self.open_topic(None))
        topics_layout.addWidget(log_button)
        self.side.addTab(topics_page, self.tr("Hot topics"))
        return self.side

    # -- the window's contract ----------------------------------------------------------
    def set_database(self, db, jobs) -> None:
        self.close_dialog()
        self.db, self.jobs = db, jobs
        self.last_deleted = None
        self._hide_undo()
        self._fill_filters()
        self.refresh()

    def reload(self) -> None:
        """Re-read (a teammate's commit, another tab's write), keeping the chosen rows and the scroll positions
        of the list, the backlog and the hot topics (a chosen calendar chip stays chosen by itself)."""
        places = [view_state.capture(view, role) for view, role in self._kept_views()]
        self._fill_filters()
        self.refresh()
        for (view, _role), place in zip(self._kept_views(), places):
            view_state.restore(view, place)

    def _kept_views(self) -> list[tuple[QAbstractItemView, int]]:
        return [(self.list_view, ID_ROLE), (self.backlog, ITEM_ID), (self.topic_table, ITEM_ID)]

    def _written(self) -> None:
        self.refresh()
        self.data_written.emit()

    # -- the period ---------------------------------------------------------------------
    def today(self) -> date:
        return self.clock().astimezone(self.tz).date()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        for button in self.view_buttons.buttons():
            button.setChecked(button.objectName() == f"view{mode.title()}")
        self.stack.setCurrentIndex(1 if mode == "list" else 0)
        self.export_view_button.setVisible(mode == "list")
        self.refresh()

    def step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.today()
        self.refresh()

    def show_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_mode("week")

    def period(self) -> tuple[date, date, date, date]:
        """(first shown, last shown, first of the period, last of the period)."""
        return period_days("week" if self.mode == "week" else "month", self.anchor)

    def _period_text(self, first: date, last: date) -> str:
        locale = QLocale()
        if self.mode == "week":
            return fmt(self.tr("%1 – %2 · week %3"), locale.toString(first, "MMM d"), locale.toString(last, "MMM d"),
                       first.isocalendar()[1])
        return fmt(self.tr("%1 %2"), locale.standaloneMonthName(first.month), first.year)

    # -- filters ------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        if self.db is None:
            self.channels, self.pillars = {}, {}
        else:
            self.channels = {c.id: c for c in content.list_channels(self.db, include_archived=True)}
            self.pillars = {p.id: p for p in content.list_pillars(self.db, include_archived=True)}
        owners = content.owners(self.db) if self.db is not None else []
        choices = (
            (self.channel_filter, self.tr("All channels"),
             [(c.name, c.id) for c in self.channels.values() if not c.archived]),
            (self.pillar_filter, self.tr("All pillars"),
             [(pillar_label(p), p.id) for p in self.pillars.values() if not p.archived]),
            (self.status_filter, self.tr("All statuses"), [(status_label(s), s) for s in STATUSES]),
            (self.owner_filter, self.tr("All owners"), [(o, o) for o in owners]),
        )
        for combo, everything, values in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in values:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self, *, with_pillar: bool = True) -> ContentFilter:
        def picked(combo: QComboBox) -> tuple:
            return () if combo.currentData() is None else (combo.currentData(),)
        return ContentFilter(channel_ids=picked(self.channel_filter),
                             pillar_ids=picked(self.pillar_filter) if with_pillar else (),
                             statuses=picked(self.status_filter), owners=picked(self.owner_filter))

    # -- reading ------------------------------------------------------------------------
    def entry(self, item: ContentItem) -> CalendarEntry:
        pillar = self.pillars.get(item.pillar_id)
        channel = self.channels.get(item.channel_id)
        start = (content.parse_utc(item.planned_at).astimezone(self.tz) if item.planned_at
                 else datetime.combine(self.today(), time.min, self.tz))
        return CalendarEntry(item=item, start=start, color=pillar.color if pillar else NO_CHANNEL_COLOR,
                             channel=channel.name if channel else "", pillar=pillar_label(pillar) if pillar else "")

    def activity_entry(self, activity) -> ActivityEntry:
        return ActivityEntry(activity, content.parse_utc(activity.starts_at).astimezone(self.tz),
                             content.parse_utc(activity.ends_at).astimezone(self.tz),
                             MODE_COLORS.get(activity.mode, NO_CHANNEL_COLOR))

    def _activities_by_day(self, low: str, high: str, first: date, last: date) -> dict[date, list[ActivityEntry]]:
        """The shown days' activities (on each local day they span), unless the toggle hides them."""
        by_day: dict[date, list[ActivityEntry]] = defaultdict(list)
        if self.show_activities.isChecked():
            for activity in activities_between(self.db, low, high):
                entry = self.activity_entry(activity)
                for day in entry.days(first, last):
                    by_day[day].append(entry)
        return by_day

    def refresh(self) -> None:
        shown_first, shown_last, first, last = self.period()
        self.period_label.setText(self._period_text(first, last))
        if self.db is None:
            self.calendar.show_period(self.mode, self.anchor, self.today(), {}, {}, {}, self.describe_gaps)
            self.list_model.set_entries([])
            self.backlog.set_items([])
            self.mix_chart.set_rows([])
            self.cadence_list.clear()
            self.topic_table.set_rows([], self.clock())
            self.hint.hide()
            return
        flt = self.current_filter()
        low, high = utc_bounds(shown_first, shown_last, self.tz)
        entries = [self.entry(item) for item in content.items_between(self.db, low, high, flt)]
        by_day: dict[date, list[CalendarEntry]] = defaultdict(list)
        for entry in entries:
            by_day[entry.start.date()].append(entry)
        report = content_rules.cadence_for(self.db, shown_first, shown_last, self.tz)
        week_lines = self._week_lines(report, shown_first, shown_last)
        activities = self._activities_by_day(low, high, shown_first, shown_last) if self.mode != "list" else {}
        self.calendar.show_period(self.mode, self.anchor, self.today(), by_day,
                                  {monday: "\n".join(lines) for monday, lines in week_lines.items()},
                                  self._gap_days(report, shown_first, shown_last), self.describe_gaps,
                                  activities)
        ideas = content.backlog(self.db, flt)
        self.backlog.set_items([(i.id, i.version, i.title, i.status, self.entry(i).color) for i in ideas])
        if self.mode == "list":    # the list is filled only when shown (sorting thousands of rows costs)
            in_period = [e for e in entries if first <= e.start.date() <= last]
            listed = in_period + ([self.entry(i) for i in ideas] if self.include_backlog.isChecked() else [])
            self.list_model.set_entries(listed)
        self._show_mix(first, last)
        self._show_cadence(report, week_lines, first, last)
        now = self.clock()
        self.topic_table.set_rows(hot_topics.topic_board(self.db, now), now)
        empty = not entries and not ideas and self.db.conn.execute(
            "SELECT NOT EXISTS (SELECT 1 FROM content_items WHERE deleted_at IS NULL)").fetchone()[0] == 1
        if empty == self.hint.isHidden():   # (setVisible on an unchanged label still relayouts the window)
            self.hint.setVisible(empty)

    def _week_lines(self, report, first: date, last: date) -> dict[date, list[str]]:
        """Monday -> the cadence warnings of that week, for the weeks from *first* (a Monday) to *last*."""
        lines = {}
        monday = first
        while monday <= last:
            lines[monday] = [self._week_line(w) for w in report.flagged(monday)]
            monday += timedelta(days=7)
        return lines

    def _week_line(self, week) -> str:
        name = self._channel_name(week.channel_id)
        if week.state == "dense":
            return fmt(self.tr("%1: %2 this week, at most %3 (too dense)"), name, week.count, week.max_per_week)
        return fmt(self.tr("%1: %2 this week, at least %3 (too sparse)"), name, week.count, week.min_per_week)

    def _gap_line(self, gap) -> str:
        return fmt(self.tr("%1: nothing for %2 days (%3 – %4), at most %5"),
                   self._channel_name(gap.channel_id), gap.days, date_text(gap.first_empty),
                   date_text(gap.last_empty), gap.allowed)

    def _gap_days(self, report, first: date, last: date) -> dict[date, list]:
        days = {}
        day = first
        while day <= last:
            gaps = report.gaps_on(day)
            if gaps:
                days[day] = gaps
            day += timedelta(days=1)
        return days

    def describe_gaps(self, gaps: list) -> str:
        return "\n".join(self._gap_line(g) for g in gaps)

    def _channel_name(self, channel_id: int | None) -> str:
        channel = self.channels.get(channel_id)
        return channel.name if channel else self.tr("No channel")

    def _show_mix(self, first: date, last: date) -> None:
        rows = content_rules.mix_for(self.db, first, last, self.tz, self.current_filter(with_pillar=False))
        shown = []
        for row in rows:
            pillar = self.pillars.get(row.pillar_id)
            label = pillar_label(pillar) if pillar else self.tr("No pillar")
            shown.append((label, pillar.color if pillar else NO_CHANNEL_COLOR, row.count, row.share, row.target))
        self.mix_chart.set_rows(shown)
        self.mix_title.setText(fmt(self.tr("Pillar mix %1 – %2: planned / target"), date_text(first),
                                   date_text(last)))

    def _show_cadence(self, report, week_lines: dict[date, list[str]], first: date, last: date) -> None:
        """The period's flagged weeks (those overlapping first..last) and empty stretches, as a list."""
        lines = [fmt(self.tr("Week %1 · %2"), monday.isocalendar()[1], line)
                 for monday, week in week_lines.items() if monday + timedelta(days=6) >= first and monday <= last
                 for line in week]
        lines += [self._gap_line(gap) for gap in report.gaps]
        lines = lines or [self.tr("Every channel keeps its rhythm in this period.")]
        if lines != self.cadence_lines():
            self.cadence_list.clear()
            self.cadence_list.addItems(lines)

    def cadence_lines(self) -> list[str]:
        return [self.cadence_list.item(i).text() for i in range(self.cadence_list.count())]

    # -- changing items -----------------------------------------------------------------
    def _guard(self, action: Callable[[int], object], version: int, change: str) -> int | None:
        """Run action(version), a write at the version the person saw; returns that version, or None when
        nothing was written. If a teammate saved the item meanwhile, the calendar shows their version and
        the person is told who and when, and may apply *change* to it anyway (never dropped silently)."""
        try:
            action(version)
        except ConflictError as exc:
            self.refresh()
            who, when = who_and_when(exc)
            answer = QMessageBox.question(
                self, self.tr("Changed by someone else"),
                fmt(self.tr("%1 changed “%2” at %3, before your change reached the file; the calendar now shows "
                            "their version.\n\n%4 anyway?"), who, exc.current.get("title", ""), when, change),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return self._guard(action, exc.current["version"], change)
        except (RowMissingError, UserError) as exc:
            QMessageBox.warning(self, self.tr("Cannot change the item"), error_text(exc))
            self.refresh()
            return None
        self._written()
        return version

    def _confirm_past(self, item: ContentItem, when: datetime) -> bool:
        if item.status != "scheduled" or when >= self.clock():
            return True
        answer = QMessageBox.question(
            self, self.tr("Scheduled in the past"),
            fmt(self.tr("“%1” is scheduled, and %2 is in the past. Move it there anyway?"), item.title,
                QLocale().toString(when.astimezone(self.tz).replace(tzinfo=None), QLocale.FormatType.ShortFormat)))
        return answer == QMessageBox.StandardButton.Yes

    def reschedule_to_day(self, item_id: int, version: int, day: date) -> bool:
        """A chip or an idea dropped on *day*: keep its time of day (or use the default time)."""
        try:
            item = content.get_item(self.db, item_id)
        except RowMissingError as exc:
            QMessageBox.warning(self, self.tr("Cannot change the item"), error_text(exc))
            return False
        if item.planned_at:
            at = content.parse_utc(item.planned_at).astimezone(self.tz).time().replace(tzinfo=None)
        else:
            at = time.fromisoformat(content.get_config(self.db)["default_time"])
        when = datetime.combine(day, at).replace(tzinfo=self.tz)
        if item.planned_at and content.parse_utc(item.planned_at) == when:
            return False
        if not self._confirm_past(item, when):
            return False
        moved_to = QLocale().toString(when.astimezone(self.tz).replace(tzinfo=None), QLocale.FormatType.ShortFormat)
        return self._guard(lambda v: content.reschedule(self.db, item_id, v, content.utc_text(when)), version,
                           fmt(self.tr("Move it to %1"), moved_to)) is not None

    def unschedule(self, item_id: int, version: int) -> bool:
        return self._guard(lambda v: content.reschedule(self.db, item_id, v, None), version,
                           self.tr("Move it to the idea backlog")) is not None

    def change_status(self, item_id: int, version: int, status: str) -> bool:
        return self._guard(lambda v: content.set_status(self.db, item_id, v, status), version,
                           fmt(self.tr("Set its status to %1"), status_label(status))) is not None

    def delete(self, item_id: int, version: int, title: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete item"),
                                      fmt(self.tr("Delete “%1”? You can undo this."), title))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        deleted_at = self._guard(lambda v: content.delete_item(self.db, item_id, v), version, self.tr("Delete it"))
        done = deleted_at is not None
        if done:
            self.last_deleted = (item_id, deleted_at + 1)
            self.undo_label.setText(fmt(self.tr("Deleted “%1”."), title))
            self.undo_label.show()
            self.undo_button.show()
        return done

    def undo_delete(self) -> None:
        if self.last_deleted is None:
            return
        item_id, version = self.last_deleted
        self.last_deleted = None
        self._hide_undo()
        self._guard(lambda v: content.restore_item(self.db, item_id, v), version, self.tr("Restore it"))

    def _hide_undo(self) -> None:
        self.undo_label.hide()
        self.undo_button.hide()

    # -- menus --------------------------------------------------------------------------
    def menu_for(self, item_id: int) -> QMenu | None:
        """The item's context menu: edit, status, back to the backlog, delete."""
        try:
            item = content.get_item(self.db, item_id)
        except RowMissingError:
            self.refresh()
            return None
        menu = QMenu(self)
        menu.setObjectName("contentItemMenu")
        edit = menu.addAction(self.tr("Edit…"))
        edit.setObjectName("menuEdit")
        edit.triggered.connect(lambda: self.open_item(item_id))
        status_menu = menu.addMenu(self.tr("Status"))
        status_menu.setObjectName("menuStatus")
        group = QActionGroup(status_menu)
        for status in STATUSES:
            action = QAction(status_label(status), status_menu)
            action.setObjectName(f"status-{status}")
            action.setCheckable(True)
            action.setChecked(status == item.status)
            action.setEnabled(status not in COMMITTED or item.planned_at is not None)
            action.triggered.connect(lambda _c=False, s=status: self.change_status(item_id, item.version, s))
            group.addAction(action)
            status_menu.addAction(action)
        if item.planned_at:
            back = menu.addAction(self.tr("Move to the idea backlog"))
            back.setObjectName("menuUnschedule")
            back.triggered.connect(lambda: self.unschedule(item_id, item.version))
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete…"))
        delete.setObjectName("menuDelete")
        delete.triggered.connect(lambda: self.delete(item_id, item.version, item.title))
        return menu

    def _popup_menu(self, item_id: int, position: QPoint) -> None:
        menu = self.menu_for(item_id)
        if menu is not None:
            menu.aboutToHide.connect(menu.deleteLater)
            menu.popup(position)

    def _list_menu(self, position: QPoint) -> None:
        index = self.list_view.indexAt(position)
        if index.isValid():
            self._popup_menu(index.data(ID_ROLE), self.list_view.viewport().mapToGlobal(position))

    # -- dialogs ------------------------------------------------------------------------
    def open_item(self, item_id: int):
        from app.views.content_item_dialog import ContentItemDialog
        dialog = ContentItemDialog(self.db, item_id, self)
        dialog.saved.connect(lambda _id: self._after_dialog())
        self.show_dialog(dialog, close_previous=True)
        return dialog

    def new_item(self, day: date | None, *, backlog: bool = False):
        if self.db is None:
            return None
        from app.views.content_item_dialog import ContentItemDialog
        planned = None
        if not backlog:
            at = time.fromisoformat(content.get_config(self.db)["default_time"])
            when = datetime.combine(day or max(self.today(), self.period()[2]), at).replace(tzinfo=self.tz)
            planned = content.utc_text(when)
        dialog = ContentItemDialog(self.db, None, self, planned_at=planned)
        dialog.saved.connect(lambda _id: self._after_dialog())
        self.show_dialog(dialog, close_previous=True)
        return dialog

    def new_series(self):
        if self.db is None:
            return None
        from app.views.series_dialog import SeriesDialog
        dialog = SeriesDialog(self.db, self, tz=self.tz)
        dialog.created.connect(lambda _series, _count: self._after_dialog())
        self.show_dialog(dialog, close_previous=True)
        return dialog

    def open_topic(self, topic_id: int | None):
        if self.db is None:
            return None
        from app.views.hot_topic_dialog import HotTopicDialog
        dialog = HotTopicDialog(self.db, topic_id, self, now=self.clock())
        dialog.saved.connect(lambda _id: self._after_dialog())
        dialog.respond_planned.connect(self._response_planned)
        self.show_dialog(dialog, close_previous=True)
        return dialog

    def _response_planned(self, item_id: int) -> None:
        self._after_dialog()
        item = content.get_item(self.db, item_id)
        if item.planned_at:
            self.anchor = content.parse_utc(item.planned_at).astimezone(self.tz).date()
            self.refresh()
        self.open_item(item_id)

    def _after_dialog(self) -> None:
        self._fill_filters()
        self._written()

    # -- export -------------------------------------------------------------------------
    def export_ranges(self) -> list[tuple[str, date | None, date | None]]:
        _shown_first, _shown_last, first, last = self.period()
        return [(fmt(self.tr("The visible period (%1 – %2)"), date_text(first), date_text(last)), first, last),
                (self.tr("From today on"), self.today(), None),
                (self.tr("Everything"), None, None)]

    def export(self) -> None:
        if self.db is None or self.export_job is not None:
            return
        suggested = Path(self.db.path).with_name(f"{Path(self.db.path).stem}-content-{self.today():%Y%m%d}.ics")
        path = ask_save_path(self, self.tr("Export the content calendar"), suggested,
                             [(self.tr("iCalendar (*.ics)"), ".ics"), (self.tr("Excel workbook (*.xlsx)"), ".xlsx")])
        if not path:
            return
        ranges = self.export_ranges()
        label, ok = QInputDialog.getItem(self, self.tr("Export the content calendar"), self.tr("Which items?"),
                                         [r[0] for r in ranges], 0, False)
        if not ok:
            return
        self.export_to(path, *next((r[1], r[2]) for r in ranges if r[0] == label))

    def export_to(self, path: str, start: date | None, end: date | None):
        """Write the calendar (and the activities, when shown) in the background; progress and cancel in the
        tab's status row."""
        from app.services.content_export import export_content
        tz, with_activities = self.tz, self.show_activities.isChecked()     # what the calendar shows

        def job(db, progress, cancelled):
            return export_content(db, path, start, end, tz, include_activities=with_activities,
                                  progress=progress, cancelled=cancelled)

        job = self.exporter.start(self.jobs, self.db, job, path,
                                  lambda n: fmt(self.tr("Exported %1 items to %2."), number(n), path), self._export_failed)
        self._enable_exports(False)
        return job

    def export_view(self) -> None:
        if self.db is None or self.export_job is not None or self.mode != "list":
            return
        suggested = Path(self.db.path).with_name(f"{Path(self.db.path).stem}-content-list-{self.today():%Y%m%d}.xlsx")
        path = ask_export_path(self, self.tr("Export the content list"), suggested)
        if path:
            self.export_view_to(path)

    def export_view_to(self, path: str):
        """Write the list view as shown (filters, sort, columns) in the background; numbers and times typed."""
        job = start_view_export(self.exporter, self.jobs, self.db, self.list_view, path, sheet_title=self.tr("Content"),
                                failed=self._export_failed, typed=self._typed_list_columns())
        self._enable_exports(False)
        return job

    def _typed_list_columns(self) -> dict[int, TypedColumn]:
        entries, to_source = self.list_model.entries, self.list_proxy.mapToSource

        def when(index):
            entry = entries[to_source(index).row()]
            return entry.start if entry.item.planned_at else None

        return {LIST_COLUMNS.index("when"): TypedColumn(when),
                LIST_COLUMNS.index("reads"): role_value(SORT_ROLE, "#,##0"),
                LIST_COLUMNS.index("interaction"): role_value(SORT_ROLE, PERCENT_FORMAT),
                LIST_COLUMNS.index("share"): role_value(SORT_ROLE, PERCENT_FORMAT)}

    def _enable_exports(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.export_view_button.setEnabled(enabled)

    @property
    def export_job(self):
        return self.exporter.job

    def _export_finished(self, message: str) -> None:
        self._enable_exports(True)
        self.message.setText(message)

    def _export_failed(self, message: str, details: str) -> None:
        report_job_failure(self, self.tr("Content"), message, details)

    # -- self-test ----------------------------------------------------------------------
    def self_test(self) -> list[str]:
        problems = super().self_test()
        if self.db is not None and self.mode != "list":
            expected = len(self.calendar.cells)
            if expected not in (7, 42):
                problems.append(f"ContentTab shows {expected} day cells")
        return problems

"""Gather the operations report's sheets (report.py is the API, report_workbook.py lays them out).

Every list sheet is a Section: its title, headers, number formats, a cheap row count for the preview and
a row generator for the workbook, so the preview and the file cannot disagree.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path

from app.models import content as cm
from app.models import moderation as mod
from app.models.dashboard_settings import get_config, target_state
from app.models.database import Database
from app.models.errors import UserError
from app.services import at_risk, kol
from app.services.activity_export import activity_sheet
from app.services.content_export import PILLAR_LABELS, CALENDAR_COLUMNS, ContentNames, calendar_rows, dated_items
from app.services.dashboard import (FIGURE_KEYS, MAX_DAYS, RATE_KEYS, Dashboard, Scope, build_dashboard,
                                    period_figures, pillars_of)
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.services.masking import mask_email, mask_handle, mask_phone
from app.services.metrics import community_zone, utc_bounds, zone
from app.services.moderation_stats import hours_between, median, repeat_offenders, sla_state
from app.services.report import LANGUAGES, ReportPreview, ReportRequest, SheetSummary
from app.services.report_texts import SHEET_NOTES, Texts

DATE_FORMAT, DATETIME_FORMAT = "yyyy-mm-dd", "yyyy-mm-dd hh:mm"
PERCENT_FORMAT, COUNT_FORMAT, DECIMAL_FORMAT = "0.0%", "#,##0", "#,##0.0"
DASHBOARD_SHARE = 30          # of the 100 progress steps: the figures and series; the sheets take the rest
PREVIEW_FIGURES = ("members", "new_members", "dau_avg", "mau", "stickiness", "speaking_rate", "interaction_rate",
                   "participation_rate", "cases_opened", "sla_breach_rate")
MEMBER_STATUS_LABELS = {"active": "Active", "silent": "Silent", "at_risk": "At risk", "left": "Left",
                        "banned": "Banned"}
SEGMENT_LABELS = {"champions": "Champions", "loyal": "Loyal", "potential": "Potential", "new": "New",
                  "at risk": "At risk", "hibernating": "Hibernating", "lost": "Lost"}
LEVEL_LABELS = {"red": "Red", "yellow": "Yellow", "blue": "Blue"}
# English source strings of app/views/moderation_labels.py CATEGORY_LABELS (no Qt here).
CATEGORY_LABELS = {"spam": "Spam / ads", "abuse": "Abuse", "rumour": "Rumour", "fraud": "Fraud",
                   "off_topic": "Off-topic", "other": "Other"}
# Columns of the content calendar rows (content_export.calendar_rows) the report keeps, and the labels among them.
CONTENT_COLUMNS = ("Date", "Time", "Channel", "Pillar", "Format", "Title", "Status", "Owner", "Reads", "Comments",
                   "Likes", "Shares", "Interaction rate", "Share rate")
CONTENT_LABEL_COLUMNS = ("Pillar", "Format", "Status")
# Activity sheet columns (activity_export.COLUMNS) whose cells are built-in labels.
ACTIVITY_LABEL_COLUMNS = ("Type", "Format", "Status", "Weekday")


@dataclass
class Section:
    key: str                                   # English sheet title (SHEET_NOTES key)
    headers: list[str]                         # in the report's language
    formats: dict[int, str]
    count: Callable[[], int]
    rows: Callable[[], Iterator[list]]


def listed(key: str, headers: list[str], formats: dict[int, str], load: Callable[[], list[list]]) -> Section:
    """A Section over a small list read once (for the preview's count or the workbook, whichever comes first)."""
    load = functools.cache(load)
    return Section(key, headers, formats, lambda: len(load()), lambda: iter(load()))


@dataclass
class Context:
    db: Database
    request: ReportRequest
    tz: tzinfo
    scope: Scope
    t: Texts
    low: str                                   # UTC bounds of the period
    high: str
    scope_name: str
    group_name: str | None = None              # the sub-community's name (None: the whole community)
    member_ids: set[int] | None = None         # the sub-community's members (None: everyone)
    dashboard: Dashboard | None = None
    sections: list[Section] = field(default_factory=list)

    def in_scope(self, member_id: int | None) -> bool:
        return self.member_ids is None or member_id in self.member_ids

    def local(self, utc_text: str | None) -> datetime | None:
        return cm.parse_utc(utc_text).astimezone(self.tz).replace(tzinfo=None) if utc_text else None


# -- checks -----------------------------------------------------------------------------------
def check(db: Database, path: str | Path | None, request: ReportRequest) -> None:
    if path is not None and Path(path).suffix.lower() != ".xlsx":
        raise UserError("cannot write the report to %1: choose a .xlsx file", Path(path).name)
    if request.language not in LANGUAGES:
        raise UserError("unknown report language %1 (use %2)", repr(request.language), ' or '.join(LANGUAGES))
    if request.start > request.end:
        raise UserError("the period starts (%1) after it ends (%2)", request.start, request.end)
    if (request.end - request.start).days + 1 > MAX_DAYS:
        raise UserError("the period is longer than %1 days; choose a shorter one", MAX_DAYS)
    if request.sub_community_id is not None and db.conn.execute(
            "SELECT 1 FROM sub_communities WHERE id = ?", (request.sub_community_id,)).fetchone() is None:
        raise UserError("there is no sub-community with id %1", request.sub_community_id)
    zone(request.time_zone)


def context(db: Database, request: ReportRequest) -> Context:
    """Everything the sheets read, for a request that passed check()."""
    tz = zone(request.time_zone) if request.time_zone else community_zone(db)
    t = Texts(request.language)
    scope = Scope(request.start, request.end, tz, request.sub_community_id)
    low, high = utc_bounds(request.start, request.end, tz)
    ctx = Context(db, request, tz, scope, t, low, high, t("Whole community"))
    if request.sub_community_id is not None:
        ctx.group_name = db.conn.execute("SELECT name FROM sub_communities WHERE id = ?",
                                         (request.sub_community_id,)).fetchone()[0]
        ctx.scope_name = t("Sub-community: %1", ctx.group_name)
        ctx.member_ids = {r[0] for r in db.conn.execute(
            "SELECT member_id FROM member_sub_communities WHERE sub_community_id = ?", (request.sub_community_id,))}
    ctx.sections = [new_members(ctx), tier_moves(ctx), at_risk_members(ctx), kol_cohort(ctx), content_items(ctx),
                    pillar_mix(ctx), activities(ctx), moderation_cases(ctx), offenders(ctx)]
    return ctx


def community_name(db: Database) -> str:
    return db.get_meta("community_name", "") or db.path.stem


def period_text(ctx: Context, start: date, end: date) -> str:
    return ctx.t("%1 – %2 (%3 days)", start.isoformat(), end.isoformat(), (end - start).days + 1)


def report_title(ctx: Context) -> str:
    return f"{ctx.t('Operations report')} {ctx.request.start.isoformat()} – {ctx.request.end.isoformat()}"


# -- members ----------------------------------------------------------------------------------
def _member_scope_sql(ctx: Context, column: str) -> tuple[str, list]:
    if ctx.request.sub_community_id is None:
        return "", []
    return (f" AND EXISTS (SELECT 1 FROM member_sub_communities s WHERE s.member_id = {column} "
            "AND s.sub_community_id = ?)", [ctx.request.sub_community_id])


NEW_MEMBER_SQL = (
    "SELECT m.display_name, m.nickname, m.join_date, "
    "(SELECT group_concat(s.name, '、') FROM member_sub_communities l JOIN sub_communities s "
    "ON s.id = l.sub_community_id WHERE l.member_id = m.id), m.tier, m.status, "
    "(SELECT segment FROM rfm_scores WHERE member_id = m.id), m.source_channel, "
    "(SELECT group_concat(t.name, '、') FROM member_tags l JOIN tags t ON t.id = l.tag_id WHERE l.member_id = m.id), "
    "m.phone, m.wechat_id, m.email FROM members m ")
NEW_MEMBER_WHERE = "WHERE m.deleted_at IS NULL AND m.join_date >= ? AND m.join_date <= ?"
NEW_MEMBER_HEADERS = ("Name", "Nickname", "Join date", "Sub-communities", "Tier", "Status", "Segment",
                      "Source channel", "Tags", "Phone", "WeChat ID", "Email")


def member_row(t: Texts, row: tuple, mask: bool) -> list:
    """One new member's cells: labels in the language, the join date as a date, contacts masked."""
    name, nickname, joined, groups, tier, status, segment, channel, tags, phone, wechat, email = row
    if mask:
        phone, wechat, email = mask_phone(phone), mask_handle(wechat), mask_email(email)
    try:
        joined = date.fromisoformat(joined) if joined else None
    except ValueError:
        pass                                     # an odd stored text is shown as it is
    return [name, nickname, joined, groups, tier, t.label(MEMBER_STATUS_LABELS.get(status, status)),
            t.label(SEGMENT_LABELS.get(segment, segment)), channel, tags, phone, wechat, email]


def new_members(ctx: Context) -> Section:
    scoped, params = _member_scope_sql(ctx, "m.id")
    args = [ctx.request.start.isoformat(), ctx.request.end.isoformat(), *params]

    def count() -> int:
        return ctx.db.conn.execute(f"SELECT count(*) FROM members m {NEW_MEMBER_WHERE}{scoped}", args).fetchone()[0]

    def rows() -> Iterator[list]:
        cursor = ctx.db.conn.execute(f"{NEW_MEMBER_SQL}{NEW_MEMBER_WHERE}{scoped} ORDER BY m.join_date, m.id", args)
        t, mask = ctx.t, ctx.request.mask
        while batch := cursor.fetchmany(2000):
            for row in batch:
                yield member_row(t, tuple(row), mask)

    return Section("Members - new", [ctx.t(h) for h in NEW_MEMBER_HEADERS], {2: DATE_FORMAT}, count, rows)


def tier_moves(ctx: Context) -> Section:
    scoped, params = _member_scope_sql(ctx, "c.member_id")
    where = f"WHERE c.at >= ? AND c.at < ? AND c.from_tier != ''{scoped}"
    args = (ctx.low, ctx.high, *params)

    def count() -> int:
        return ctx.db.conn.execute(f"SELECT count(*) FROM tier_changes c {where}", args).fetchone()[0]

    def rows() -> Iterator[list]:
        for at, name, old, new, up, reason, by in ctx.db.conn.execute(
                "SELECT c.at, coalesce(nullif(m.display_name, ''), m.nickname, ''), c.from_tier, c.to_tier, "
                "coalesce(t.position, -1) > coalesce(f.position, -1), c.reason, c.by FROM tier_changes c "
                "JOIN members m ON m.id = c.member_id LEFT JOIN tiers f ON f.name = c.from_tier "
                f"LEFT JOIN tiers t ON t.name = c.to_tier {where} ORDER BY c.at, c.id", args):
            yield [ctx.local(at), name, old, new, ctx.t("Promotion" if up else "Demotion"), reason, by]

    headers = [ctx.t(h) for h in ("When", "Member", "From tier", "To tier", "Move", "Reason", "By")]
    return Section("Members - tier moves", headers, {0: DATETIME_FORMAT}, count, rows)


def at_risk_members(ctx: Context) -> Section:
    def rows() -> Iterator[list]:
        for r in at_risk.at_risk_list(ctx.db):
            if ctx.in_scope(r.member_id):
                yield [r.name, r.tier, ctx.local(r.flagged_at), r.reason, ctx.local(r.last_activity),
                       r.recall_action, ctx.local(r.recall_at), ctx.t(r.state), r.recall_by]

    headers = [ctx.t(h) for h in ("Name", "Tier", "Flagged", "Reason", "Last activity", "Recall action", "Recalled",
                                  "Recall status", "By")]
    def count() -> int:
        return at_risk.at_risk_count(ctx.db) if ctx.member_ids is None else sum(1 for _ in rows())

    return Section("Members - at risk", headers, {2: DATETIME_FORMAT, 4: DATETIME_FORMAT, 6: DATETIME_FORMAT},
                   count, rows)


def kol_cohort(ctx: Context) -> Section:
    first, last = kol.month_of(ctx.request.start), kol.month_of(ctx.request.end)

    def rows() -> Iterator[list]:
        for r in kol.cohort(ctx.db, as_of=ctx.request.end):
            if r.month > last or not ctx.in_scope(r.member_id):
                continue
            months = [v for ym, v in r.activity.items() if first <= ym <= last]
            yield [r.name, r.month, round(r.score, 1), ctx.local(r.accepted_at), r.accepted_by,
                   sum(v[0] for v in months), sum(v[1] for v in months), r.note]

    headers = [ctx.t(h) for h in ("Name", "Cohort month", "Score", "Accepted", "Accepted by", "Messages in the period",
                                  "Attended in the period", "Note")]
    def count() -> int:
        if ctx.member_ids is None:
            return ctx.db.conn.execute("SELECT count(*) FROM kol_cohort WHERE month <= ?", (last,)).fetchone()[0]
        return sum(1 for _ in rows())

    return Section("Members - KOL", headers, {3: DATETIME_FORMAT}, count, rows)


# -- content and activities -------------------------------------------------------------------
def content_items(ctx: Context) -> Section:
    keep = [CALENDAR_COLUMNS.index(c) for c in CONTENT_COLUMNS]
    labels = {CONTENT_COLUMNS.index(c) for c in CONTENT_LABEL_COLUMNS}
    load = functools.cache(lambda: dated_items(ctx.db, ctx.request.start, ctx.request.end, ctx.tz))

    def rows() -> Iterator[list]:
        names = ContentNames.load(ctx.db)
        for row in calendar_rows(load(), names, ctx.tz, no_progress, never_cancelled):
            cells = [row[i] for i in keep]
            yield [ctx.t.label(v) if i in labels else v for i, v in enumerate(cells)]

    formats = {0: DATE_FORMAT, 1: "hh:mm", **{CONTENT_COLUMNS.index(c): PERCENT_FORMAT
                                            for c in ("Interaction rate", "Share rate")}}
    return Section("Content", [ctx.t(h) for h in CONTENT_COLUMNS], formats, lambda: len(load()), rows)


def pillar_mix(ctx: Context) -> Section:
    def load() -> list[list]:
        return [[ctx.t.label(PILLAR_LABELS.get(name, name)) if name else ctx.t("No pillar"), row.target, row.count,
                 round(row.share, 4), round(row.delta * 100, 1)] for name, row in pillars_of(ctx.db, ctx.scope)]

    headers = [ctx.t(h) for h in ("Pillar", "Target share", "Items", "Share", "Difference (pt)")]
    return listed("Content - pillar mix", headers, {1: PERCENT_FORMAT, 3: PERCENT_FORMAT, 4: "+0.0;-0.0;0.0"}, load)


def activities(ctx: Context) -> Section:
    sheet = activity_sheet(ctx.db, ctx.request.start, ctx.request.end, ctx.tz)
    columns = list(sheet.headers)
    labels = {columns.index(c) for c in ACTIVITY_LABEL_COLUMNS}
    group_column = columns.index("Sub-community")
    chosen = [row for row in sheet.rows if ctx.group_name is None or row[group_column] == ctx.group_name]

    def rows() -> Iterator[list]:
        for row in chosen:
            yield [ctx.t.label(v) if i in labels else v for i, v in enumerate(row)]

    return Section("Activities", [ctx.t(h) for h in columns], dict(sheet.formats), lambda: len(chosen), rows)


# -- moderation -------------------------------------------------------------------------------
def _level_order(level: str) -> int:
    return mod.LEVELS.index(level) if level in mod.LEVELS else len(mod.LEVELS)


def moderation_cases(ctx: Context) -> Section:
    """Cases opened in the period by level and category (each level's total first), with time to decision
    and SLA breaches (decided late, or open past the deadline now)."""
    scoped, params = _member_scope_sql(ctx, "c.member_id")
    now = ctx.db.clock()

    def load() -> list[list]:
        groups: dict[tuple[str, str], list] = {}
        for level, category, opened, due, decided in ctx.db.conn.execute(
                "SELECT c.level, c.category, c.opened_at, c.due_at, c.decided_at FROM moderation_cases c "
                f"WHERE c.opened_at >= ? AND c.opened_at < ?{scoped}", (ctx.low, ctx.high, *params)):
            breached = sla_state(due, decided, now)
            for key in ((level, ""), (level, category)):
                group = groups.setdefault(key, [0, [], 0, 0])      # opened, hours to decision, breaches, settled
                group[0] += 1
                if decided is not None:
                    group[1].append(hours_between(opened, decided))
                if breached is not None:
                    group[2] += breached
                    group[3] += 1
        return [[ctx.t(LEVEL_LABELS.get(level, level)),
                 ctx.t.label(CATEGORY_LABELS.get(category, category)) or ctx.t("(All categories)"), opened,
                 len(hours), median(hours), breaches, round(breaches / settled, 4) if settled else None]
                for (level, category), (opened, hours, breaches, settled) in sorted(
                    groups.items(), key=lambda kv: (_level_order(kv[0][0]), kv[0][1] != "", -kv[1][0], kv[0][1]))]

    headers = [ctx.t(h) for h in ("Level", "Category", "Opened", "Decided", "Median hours to decision",
                                  "SLA breaches (cases)", "SLA breach rate")]
    return listed("Moderation", headers, {4: DECIMAL_FORMAT, 6: PERCENT_FORMAT}, load)


def offenders(ctx: Context) -> Section:
    def load() -> list[list]:
        return [[o.name, o.cases, o.credit_moved] for o in repeat_offenders(ctx.db, ctx.low, ctx.high)
                if ctx.in_scope(o.member_id)]

    headers = [ctx.t(h) for h in ("Member", "Cases against the member", "Credit moved")]
    return listed("Moderation - offenders", headers, {}, load)


# -- summary figures --------------------------------------------------------------------------
@dataclass
class FigureRow:
    key: str
    label: str
    value: float | None
    previous: float | None
    change: float | None         # relative change for counts, percentage points for rates
    target: float | None
    state: str                   # met / near / missed / none / no_value (a target but no value this period)


def figure_rows(ctx: Context, board: Dashboard) -> list[FigureRow]:
    targets = get_config(ctx.db)["targets"]
    out = []
    for key in FIGURE_KEYS:
        value, previous = board.figures.get(key), board.previous.get(key)
        target = targets.get(key)
        state = "no_value" if value is None and target is not None else target_state(key, value, target)
        out.append(FigureRow(key, ctx.t.figure(key), value, previous, change_of(key, value, previous), target, state))
    return out


def change_of(key: str, value: float | None, previous: float | None) -> float | None:
    if value is None or previous is None:
        return None
    if key in RATE_KEYS:
        return round((value - previous) * 100, 1)
    if previous == 0:
        return 0.0 if value == 0 else None
    return round((value - previous) / abs(previous), 4)


def format_figure(key: str, value: float | None) -> str:
    if value is None:
        return "–"
    if key in RATE_KEYS:
        return f"{value * 100:.1f}%"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def highlights(ctx: Context, rows: list[FigureRow], limit: int = 4) -> list[str]:
    """The biggest movers (relative size of the move), then the missed targets."""
    def size(row: FigureRow) -> float:
        if row.key in RATE_KEYS:
            return abs(row.change) / 100 / max(abs(row.previous or 0), 0.01)
        return abs(row.change)

    moved = sorted((r for r in rows if r.change), key=size, reverse=True)[:limit]
    lines = []
    for r in moved:
        amount = ctx.t("%1 pt", f"{abs(r.change):.1f}") if r.key in RATE_KEYS else f"{abs(r.change) * 100:.1f}%"
        phrase = "%1 rose %2 (%3 → %4)" if r.change > 0 else "%1 fell %2 (%3 → %4)"
        lines.append(ctx.t(phrase, r.label, amount, format_figure(r.key, r.previous), format_figure(r.key, r.value)))
    if not lines:
        lines.append(ctx.t("No figure moved against the previous period."))
    joiner = "、" if ctx.t.language == "zh_CN" else ", "
    for state, phrase in (("missed", "Targets missed: %1"), ("near", "Targets nearly met (within 10%): %1")):
        names = [r.label for r in rows if r.state == state]
        if names:
            lines.append(ctx.t(phrase, joiner.join(names)))
    if any(r.state == "met" for r in rows) and not any(r.state in ("missed", "near") for r in rows):
        lines.append(ctx.t("All targets with a value were met."))
    return lines


def definition_rows(t: Texts) -> list[list[str]]:
    """(figure or sheet, how it is computed / what it holds) for the Definitions sheet."""
    return ([[t.figure(key), t.definition(key)] for key in FIGURE_KEYS]
            + [[t(sheet), t.sheet_note(sheet)] for sheet in SHEET_NOTES])


# -- the two entry points ---------------------------------------------------------------------
def preview(db: Database, request: ReportRequest, *, progress: Progress = no_progress,
            cancelled: CancelCheck = never_cancelled) -> ReportPreview:
    check(db, None, request)
    with db.read_transaction():
        ctx = context(db, request)
        figures = period_figures(db, ctx.scope, progress, cancelled)
        check_cancel(cancelled)
        sheets = [SheetSummary(ctx.t("Summary"), len(FIGURE_KEYS)),
                  SheetSummary(ctx.t("Daily trend"), ctx.scope.days)]
        for section in ctx.sections:
            check_cancel(cancelled)
            sheets.append(SheetSummary(ctx.t(section.key), section.count()))
        sheets.append(SheetSummary(ctx.t("Definitions"), len(definition_rows(ctx.t))))
    return ReportPreview(report_title(ctx), period_text(ctx, request.start, request.end), ctx.scope_name, sheets,
                         [(ctx.t.figure(k), format_figure(k, figures.get(k))) for k in PREVIEW_FIGURES],
                         request.mask)


def write(db: Database, path: str | Path, request: ReportRequest, *, progress: Progress = no_progress,
          cancelled: CancelCheck = never_cancelled) -> ReportPreview:
    from app.services.report_workbook import write_workbook      # it builds on this module

    check(db, path, request)
    with db.read_transaction():
        ctx = context(db, request)
        ctx.dashboard = build_dashboard(db, ctx.scope, lambda done, total: progress(
            done * DASHBOARD_SHARE // total if total else 0, 100), cancelled)
        written = write_workbook(ctx, Path(path), progress=progress, cancelled=cancelled)
    if not request.mask:
        with db.transaction():
            db.log_change("reports", None, "export_unmasked", None, {
                "file": Path(path).name, "from": request.start.isoformat(), "to": request.end.isoformat(),
                "sub_community_id": request.sub_community_id})
    return written

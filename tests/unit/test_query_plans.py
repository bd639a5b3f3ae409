"""Every query the GUI runs against a big table reads through an index (issue 12: at a million members
and ten million events, a full scan or a sort of a whole table freezes a view for seconds).

The statements are not copied here: each GUI area calls the real model and service functions on a
demo community while a recording connection notes every statement with its parameters, and the test
asks SQLite for the plan of each (EXPLAIN QUERY PLAN, the same SQL and parameters; literals could
choose other indexes than parameters do). The app never runs ANALYZE, so neither does this test: the
plans are the ones users get. A few statements live in views (Qt) rather than in models: from_view runs
them after checking that the view's source still holds them word for word.

A plan fails when it reads a big table whole without an index (a bare SCAN, or an AUTOMATIC index SQLite
builds by reading the table first), unless the table is in SMALL_TABLES or the statement in
DELIBERATE_SCANS, each with its reason. Roster pages must also come in index order, never sorted whole.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator
from zoneinfo import ZoneInfo

import pytest

from app.models import activities as am
from app.models import content
from app.models import member_query as mq
from app.models import members as members_model
from app.models import moderation as mod
from app.models import sessions
from app.models.database import Database
from app.services import at_risk, history, hot_topics, kol
from app.services import lifecycle as lc
from app.services.activity_results import activity_results, time_slots
from app.services.checkin_import import find_members
from app.services.content_rules import cadence_for, mix_for
from app.services.dashboard import Scope, build_dashboard
from app.services.member_lifecycle import lifecycle_summary
from app.services.moderation_stats import moderation_figures
from app.services.overview import community_overview

ROOT = Path(__file__).resolve().parents[2]
TZ = ZoneInfo("Asia/Shanghai")

# Tables that stay small whatever the community's size: a whole scan is fine (one line each: why).
SMALL_TABLES = {
    "meta": "settings and the write stamp: a few dozen keys",
    "sessions": "one row per app that has the file open; stale rows are deleted when an app joins",
    "sub_communities": "the community's groups: tens",
    "tags": "labels operators make by hand: tens to hundreds",
    "tiers": "the tier ladder: a handful of rows",
    "content_channels": "publishing channels: tens",
    "content_pillars": "content pillars: a handful",
    "content_series": "recurring series: tens",
    "hot_topics": "topics logged by hand: hundreds",
    "activities": "planned by hand: hundreds to a few thousand",
    "activity_variants": "a few A/B variants per activity",
    "moderation_words": "the sensitive-word list: thousands at most",
    "moderation_allowed": "the allow-list: tens",
    "moderation_rules": "the community rules: tens",
    "event_sources": "one row per imported file",
}

# Statements that read a big table whole on purpose: (area, table, a fragment of the SQL, why).
DELIBERATE_SCANS: list[tuple[str, str, str, str]] = [
    ("roster", "members", "m.id NOT IN (SELECT member_id FROM rfm_scores)",
     "'not scored' is an anti-join: it walks the roster in id order and stops once the page is full"),
    ("moderation_queue", "moderation_cases", "FROM moderation_cases c ORDER BY",
     "'All statuses' lists every case: the queue model reads the matching cases whole by design"),
    ("content_month", "content_items", "SELECT NOT EXISTS (SELECT 1 FROM content_items WHERE deleted_at IS NULL)",
     "EXISTS stops at the first live item (the empty-calendar hint)"),
    ("history_panel", "content_items", "FROM content_items WHERE instr(fold(title), ?) > 0",
     "finding records by a piece of their title: no index serves a substring; newest first, 50 at most"),
    ("history_panel", "moderation_cases", "FROM moderation_cases WHERE instr(fold(excerpt), ?) > 0",
     "finding cases by a piece of their excerpt: no index serves a substring; newest first, 50 at most"),
    ("history_panel", "activity_tasks", "FROM activity_tasks WHERE instr(fold(title), ?) > 0",
     "finding tasks by a piece of their title: no index serves a substring; newest first, 50 at most"),
]


# -- recording what the real code runs ------------------------------------------------------------
class _RecordingCursor:
    def __init__(self, cursor: sqlite3.Cursor, calls: list):
        object.__setattr__(self, "_cursor", cursor)
        object.__setattr__(self, "_calls", calls)

    def execute(self, sql, params=()):
        self._calls.append((sql, params))
        self._cursor.execute(sql, params)
        return self

    def executemany(self, sql, rows):
        self._calls.append((sql, None))
        self._cursor.executemany(sql, rows)
        return self

    def __iter__(self):
        return iter(self._cursor)

    def __getattr__(self, name):
        return getattr(self._cursor, name)

    def __setattr__(self, name, value):
        setattr(self._cursor, name, value)


class _RecordingConnection:
    """Stands in for Database.conn: runs everything on the real connection and notes each statement."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self.calls: list[tuple[str, Any]] = []

    def execute(self, sql, params=()):
        self.calls.append((sql, params))
        return self._conn.execute(sql, params)

    def executemany(self, sql, rows):
        self.calls.append((sql, None))
        return self._conn.executemany(sql, rows)

    def cursor(self, *args):
        return _RecordingCursor(self._conn.cursor(*args), self.calls)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@contextmanager
def recording(db: Database) -> Iterator[list[tuple[str, Any]]]:
    real = db.conn
    recorder = _RecordingConnection(real)
    db.conn = recorder
    try:
        yield recorder.calls
    finally:
        db.conn = real


# -- reading plans ------------------------------------------------------------------------------
_KEYWORDS = {"where", "join", "left", "inner", "cross", "outer", "natural", "on", "using", "group", "order",
             "limit", "union", "window", "having", "set", "values", "indexed", "not", "and", "or"}
_SOURCE = re.compile(r"\b(?:FROM|JOIN|UPDATE|INTO)\s+([A-Za-z_]\w*)(?:\s+(?:AS\s+)?([A-Za-z_]\w*))?", re.I)


def aliases(sql: str, tables: set[str]) -> dict[str, set[str]]:
    """Name shown in a plan -> the tables it can stand for (an alias may be reused in subqueries)."""
    names: dict[str, set[str]] = {}
    for table, alias in _SOURCE.findall(sql):
        if table not in tables:
            continue
        names.setdefault(table, set()).add(table)
        if alias and alias.lower() not in _KEYWORDS:
            names.setdefault(alias, set()).add(table)
    return names


@dataclass
class Statement:
    area: str
    sql: str
    params: Any
    plan: list[str] = field(default_factory=list)

    def text(self) -> str:
        return f"{self.sql}\n    params: {self.params!r}\n    plan: " + "\n          ".join(self.plan)


def explain(conn: sqlite3.Connection, sql: str, params) -> list[str]:
    rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params if params is not None else ()).fetchall()
    depth: dict[int, int] = {0: -1}
    lines = []
    for node, parent, _unused, detail in rows:
        depth[node] = depth.get(parent, -1) + 1
        lines.append("  " * depth[node] + detail)
    return lines


_WHERE = re.compile(r"\bWHERE\s+(.*?)\s*(?:\bORDER BY\b|\bLIMIT\b|$)", re.I | re.S)


def stops_early(statement: Statement) -> bool:
    """A plain walk that ends at its LIMIT: one table, no sort, no condition but 'not deleted' (the roster
    in id order, the newest change); SQLite shows it as a bare SCAN of the table."""
    sql = statement.sql
    if not re.search(r"\bLIMIT\b", sql) or re.search(r"\bJOIN\b|\(\s*SELECT\b", sql, re.I):
        return False
    if any("TEMP B-TREE" in line for line in statement.plan):
        return False
    where = _WHERE.search(sql)
    return where is None or re.fullmatch(r"(?:\w+\.)?deleted_at IS NULL", where.group(1).strip()) is not None


def full_scans(statement: Statement, tables: set[str]) -> list[tuple[str, str]]:
    """(table, plan line) for each big table the plan reads whole without an index."""
    if stops_early(statement):
        return []
    names = aliases(statement.sql, tables)
    out = []
    for line in statement.plan:
        detail = line.strip()
        if detail.startswith("SCAN "):
            name = detail.split()[1]
            if "VIRTUAL TABLE" in detail:
                if re.search(r"INDEX \d+:\S", detail):   # a MATCH (FTS5 idxStr "M…")
                    continue
            elif any(using in detail for using in ("USING INDEX", "USING COVERING INDEX",
                                                   "USING INTEGER PRIMARY KEY", "USING PRIMARY KEY")):
                continue
        elif "AUTOMATIC" in detail:        # SQLite builds a throwaway index: it reads the whole table first
            name = detail.split()[1]
        else:
            continue
        for table in names.get(name, {name} & tables):
            if table not in SMALL_TABLES and not _deliberate(statement, table):
                out.append((table, detail))
    return out


def _deliberate(statement: Statement, table: str) -> bool:
    return any(area == statement.area and t == table and fragment in statement.sql
               for area, t, fragment, _why in DELIBERATE_SCANS)


def is_query(sql: str) -> bool:
    head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
    return head in ("SELECT", "WITH", "UPDATE", "DELETE")


# -- the community ------------------------------------------------------------------------------
MEMBERS = 1500


@dataclass
class Sample:
    """Rows the areas open, as a person would pick them."""
    busy_member: int          # the member with the most events
    flagged_member: int       # an open churn flag with a recall logged
    sub_community_id: int
    tag_id: int
    tier: str
    segment: str
    name_part: str            # a surname: a broad search
    phone_part: str
    case_id: int
    activity_id: int          # an activity with registrations
    item_id: int              # a content item with changes
    change_id: int            # a logged change of a member


@pytest.fixture(scope="module")
def community(tmp_path_factory) -> Iterator[tuple[Database, Sample]]:
    from app.services.demo_community import build_demo_community

    db = Database(tmp_path_factory.mktemp("plans") / "community.cdesk", operator="李娜", create=True)
    build_demo_community(db, members=MEMBERS, seed=5)
    conn = db.conn
    ids = [r[0] for r in conn.execute("SELECT id FROM members WHERE deleted_at IS NULL ORDER BY id")]
    # What the demo leaves out and people do: tags, roles (the KOL cohort), identities, a deleted member,
    # a recall, a claimed case, an open session.
    members_model.bulk_tag(db, ids[::7], "马拉松")
    kol.accept_into_cohort(db, kol.month_of(lc.today_utc()), ids[:5])
    member = members_model.get_member(db, ids[10])
    member.identities = [("qq", "12345678"), ("telegram", "@runner")]
    member.custom = {"尺码": "M"}
    members_model.save_member(db, member)
    gone = members_model.get_member(db, ids[-1])
    gone.tier = "旧等级"                  # a tier only the recoverable bin holds
    members_model.save_member(db, gone)
    members_model.delete_members(db, ids[-3:])
    flagged = conn.execute("SELECT f.member_id FROM churn_flags f JOIN members m ON m.id = f.member_id "
                           "WHERE f.cleared_at IS NULL AND m.deleted_at IS NULL ORDER BY f.id LIMIT 1").fetchone()[0]
    lc.log_recall(db, flagged, "电话回访")
    case = conn.execute("SELECT id, version FROM moderation_cases WHERE status = 'new' LIMIT 1").fetchone()
    mod.claim(db, case[0], case[1])
    sessions.join(db)
    busy = conn.execute("SELECT member_id FROM events GROUP BY member_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    surname = conn.execute("SELECT display_name FROM members WHERE id = ?", (ids[20],)).fetchone()[0][0]
    phone = conn.execute("SELECT phone FROM members WHERE phone IS NOT NULL LIMIT 1").fetchone()[0]
    sample = Sample(
        busy_member=busy, flagged_member=flagged,
        sub_community_id=conn.execute("SELECT id FROM sub_communities ORDER BY id LIMIT 1").fetchone()[0],
        tag_id=conn.execute("SELECT id FROM tags").fetchone()[0],
        tier=conn.execute("SELECT name FROM tiers ORDER BY position DESC LIMIT 1").fetchone()[0],
        segment=conn.execute("SELECT segment FROM rfm_scores GROUP BY segment ORDER BY count(*) DESC").fetchone()[0],
        name_part=surname, phone_part=phone[3:8], case_id=case[0],
        activity_id=conn.execute("SELECT activity_id FROM activity_registrations GROUP BY activity_id "
                                 "ORDER BY count(*) DESC LIMIT 1").fetchone()[0],
        item_id=conn.execute("SELECT row_id FROM changes WHERE table_name = 'content_items' "
                             "ORDER BY id DESC LIMIT 1").fetchone()[0],
        change_id=conn.execute("SELECT id FROM changes WHERE table_name = 'members' ORDER BY id DESC LIMIT 1"
                               ).fetchone()[0])
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite_stat%'").fetchone()[0] == 0, \
        "the app never runs ANALYZE, so plans here must not depend on statistics either"
    yield db, sample
    db.close()


def run_area(db: Database, area: str, action: Callable[[Database], Any]) -> list[Statement]:
    """The statements *action* runs, each with its plan."""
    with recording(db) as calls:
        action(db)
    out, seen = [], set()
    for sql, params in calls:
        if params is None or not is_query(sql):
            continue
        key = (sql, repr(params))
        if key in seen:
            continue
        seen.add(key)
        out.append(Statement(area, sql, params, explain(db.conn, sql, params)))
    return out


def table_names(db: Database) -> set[str]:
    return {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def view_strings(path: str) -> set[str]:
    """Every string constant of a source file (adjacent literals joined, as Python joins them)."""
    import ast

    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def from_view(db: Database, path: str, sql: str, params: tuple = ()) -> list:
    """Run a statement a view holds (the view needs Qt; its SQL is checked to be still the same)."""
    assert sql in view_strings(path), f"{path} no longer holds this statement (update the test): {sql}"
    if "{}" in sql:
        return db.select_in(sql, list(params))
    return db.conn.execute(sql, params).fetchall()


# -- the GUI areas: what each runs when a person opens or refreshes it -------------------------------
def today() -> date:
    return lc.today_utc()


def now() -> datetime:
    return datetime.now(timezone.utc)


def overview(db: Database, s: Sample) -> None:
    """The window's overview (every tab's first view), read after each write."""
    community_overview(db)


def roster_choices(db: Database, s: Sample) -> None:
    """The Members tab's filter combos."""
    members_model.sub_community_names(db)
    members_model.tag_names(db)
    members_model.tier_names(db)


def roster_search(db: Database, s: Sample) -> None:
    """Searching the roster (the search box, the registration panel's and check-in review's member search)."""
    for text in (s.name_part, s.phone_part, "runner", "1"):
        flt = mq.MemberFilter(text=text)
        mq.count(db.conn, flt)
        for sort in ("id", "display_name"):
            mq.page(db.conn, flt, sort, False, 0, 200)
        find_members(db, text, 20)


def member_dialog(db: Database, s: Sample) -> None:
    """Opening a member: the form, its history, the lifecycle panel."""
    for member_id in (s.busy_member, s.flagged_member):
        members_model.get_member(db, member_id)
        db.history("members", member_id)
        from_view(db, "app/views/history_view.py",
                  "SELECT id FROM changes WHERE table_name = ? AND row_id = ? ORDER BY id DESC",
                  ("members", member_id))
        lifecycle_summary(db, member_id, today())


def at_risk_list(db: Database, s: Sample) -> None:
    """The at-risk view under the roster."""
    at_risk.at_risk_list(db, 500)
    at_risk.recall_summary(db)


def kol_list(db: Database, s: Sample) -> None:
    """The 星火计划 KOL view: the shortlist and the cohort."""
    lc.kol_shortlist(db, 20, today())
    kol.cohort(db, as_of=today())
    kol.cohort(db, kol.month_of(today()), as_of=today())


def dashboard(db: Database, s: Sample) -> None:
    """The Dashboard tab: a cold build (the activity index loads), a period switch, a sub-community."""
    from app.services import activity_index
    from app.models.dashboard_settings import get_config

    activity_index.forget(db)
    get_config(db)
    members_model.sub_community_names(db)
    content.list_pillars(db, include_archived=True)
    end = today()
    build_dashboard(db, Scope(end - timedelta(days=29), end, TZ), preload_days=180)
    build_dashboard(db, Scope(end - timedelta(days=6), end, TZ), preload_days=180)
    build_dashboard(db, Scope(end - timedelta(days=89), end, TZ, s.sub_community_id), preload_days=180)



def moderation_queue(db: Database, s: Sample) -> None:
    """The Moderation tab's queue with each filter, a chosen case and its panel."""
    tab, queue, panel = ("app/views/tabs/moderation.py", "app/views/moderation_queue_model.py",
                         "app/views/moderation_case_panel.py")
    mod.get_config(db)
    from_view(db, tab, "SELECT DISTINCT category FROM moderation_cases")
    mod.assignees(db)
    filters = [mod.CaseFilter(statuses=mod.OPEN_STATUSES), mod.CaseFilter(), mod.CaseFilter(statuses=("resolved",)),
               mod.CaseFilter(statuses=mod.OPEN_STATUSES, levels=("red",)),
               mod.CaseFilter(statuses=mod.OPEN_STATUSES, categories=("spam",)),
               mod.CaseFilter(statuses=mod.OPEN_STATUSES, assignee=db.operator),
               mod.CaseFilter(statuses=mod.OPEN_STATUSES, assignee=""), mod.CaseFilter(categories=("spam",)),
               mod.CaseFilter(assignee=db.operator)]
    for flt in filters:
        cases = mod.list_cases(db, flt)
        from_view(db, queue, "SELECT id, coalesce(nullif(display_name, ''), nickname, '') FROM members WHERE id IN ({})",
                  tuple(sorted({c.member_id for c in cases})) or (0,))
    mod.open_deadlines(db)
    from_view(db, tab, "SELECT 1 FROM moderation_cases LIMIT 1")
    case = mod.get_case(db, s.case_id)
    mod.case_log(db, case.id)
    from_view(db, panel, "SELECT coalesce(nullif(display_name, ''), nickname, '') FROM members WHERE id = ?",
              (case.member_id,))
    from_view(db, panel, "SELECT code, title FROM moderation_rules WHERE id = ?", (1,))
    from_view(db, panel, "SELECT tier FROM members WHERE id = ?", (case.member_id,))
    lc.credit_scores(db, today(), member_id=case.member_id)
    mod.list_cases(db, mod.CaseFilter(member_id=case.member_id))


def moderation_log(db: Database, s: Sample) -> None:
    """The Moderation tab's log page: figures and decisions of the last 30 days and of all time."""
    high = (now() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for low in ((now() - timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ"), ""):
        moderation_figures(db, low, high, now=now().strftime("%Y-%m-%dT%H:%M:%SZ"))
        mod.moderation_log(db, low or None, high, limit=500)


def content_month(db: Database, s: Sample) -> None:
    """The Content tab's month view (and its filters), the backlog, cadence, mix, hot topics, an item."""
    from app.models.activities import activities_between
    from app.services.metrics import utc_bounds

    first = today().replace(day=1) - timedelta(days=7)
    last = first + timedelta(days=41)
    low, high = utc_bounds(first, last, TZ)
    channel = content.list_channels(db)[0].id
    pillar = content.list_pillars(db)[0].id
    owner = (content.owners(db) or [""])[0]
    for flt in (content.ContentFilter(), content.ContentFilter(channel_ids=(channel,)),
                content.ContentFilter(pillar_ids=(pillar,)), content.ContentFilter(statuses=("scheduled",)),
                content.ContentFilter(owners=(owner,)), content.ContentFilter(text="跑")):
        content.items_between(db, low, high, flt)
        content.backlog(db, flt)
        mix_for(db, first, last, TZ, flt)
    cadence_for(db, first, last, TZ)
    activities_between(db, low, high)
    content.get_config(db)
    hot_topics.topic_board(db, now())
    from_view(db, "app/views/tabs/content.py",
              "SELECT NOT EXISTS (SELECT 1 FROM content_items WHERE deleted_at IS NULL)")
    content.get_item(db, s.item_id)
    content.item_history(db, s.item_id)


def activities_list(db: Database, s: Sample) -> None:
    """The Activities tab: the list with its counts and filters, overdue tasks, time slots, one activity's
    panels (registrations, tasks, variants, results, history)."""
    from app.models.content import utc_text

    from_view(db, "app/views/activity_list_model.py",
              "SELECT activity_id, sum(status != 'cancelled'), sum(status = 'attended') "
              "FROM activity_registrations GROUP BY activity_id")
    for flt in (am.ActivityFilter(), am.ActivityFilter(text="跑"), am.ActivityFilter(status="closed"),
                am.ActivityFilter(mode="offline")):
        am.list_activities(db, flt)
    am.overdue_tasks(db, today())
    time_slots(db, TZ, utc_text(now()))
    am.get_activity(db, s.activity_id)
    am.registrations_for(db, s.activity_id)
    am.registration_counts(db, s.activity_id)
    am.tasks_for(db, s.activity_id)
    am.variants_for(db, s.activity_id)
    activity_results(db, s.activity_id)
    am.activity_history(db, s.activity_id)


def history_panel(db: Database, s: Sample) -> None:
    """Edit ▸ History: the filters' choices, pages with each filter, keyset paging, a chosen change."""
    history.operators(db)
    tables = history.tables(db)
    week_ago = (now() - timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    member_records = history.find_records(db, s.name_part, "members")
    queries = [{}, {"table": "members"}, {"table": tables[-1]}, {"operator": db.operator},
               {"since": week_ago}, {"text": "跑"}, {"records": member_records},
               {"records": history.find_records(db, "跑")}, {"records": history.find_records(db, "#12")}]
    for filters in queries:
        page = history.query(db, limit=100, **filters)
        if page:
            history.query(db, limit=100, after_id=page[-1].id, **filters)
        history.record_labels(db, page)
        history.reference_names(db, page)
    change = history.get_change(db, s.change_id)
    history.current_values(db, change)


def live_refresh(db: Database, s: Sample) -> None:
    """What the window polls every second or so: the data version, the write stamp, heartbeat, presence."""
    db.data_version()
    db.write_stamp()
    sessions.heartbeat(db)
    sessions.all_sessions(db)
    from_view(db, "app/views/live_refresh.py", "SELECT operator FROM changes ORDER BY id DESC LIMIT 1")


AREAS: dict[str, Callable[[Database, Sample], None]] = {
    f.__name__: f for f in (overview, roster_choices, roster_search, member_dialog, at_risk_list, kol_list,
                            dashboard, moderation_queue, moderation_log, content_month, activities_list,
                            history_panel, live_refresh)}



def assert_indexed(db: Database, statements: list[Statement], what: str) -> None:
    tables = table_names(db)
    problems = [(st, scans) for st in statements if (scans := full_scans(st, tables))]
    assert not problems, f"{what}: full scans of big tables:\n" + "\n\n".join(
        f"{', '.join(sorted({t for t, _line in scans}))}: {st.text()}" for st, scans in problems)


def sorted_whole(statements: list[Statement]) -> list[Statement]:
    """The statements that sort their whole result to return a page of it."""
    return [st for st in statements if any("TEMP B-TREE FOR ORDER BY" in line for line in st.plan)]


@pytest.mark.parametrize("area", AREAS)
def test_gui_queries_read_big_tables_through_indexes(community, area: str):
    db, sample = community
    statements = run_area(db, area, lambda d: AREAS[area](d, sample))
    assert statements, f"{area} ran no query: the area is not exercised"
    assert_indexed(db, statements, area)


# -- the roster: every sort column and every filter ---------------------------------------------------
SORTS = ["id", *sorted(mq.SORTABLE)]


def roster_reads(flt: mq.MemberFilter, sort: str, descending: bool) -> Callable[[Database], None]:
    """What the member table model runs: the count, the first block and a deep one (read from the nearer end)."""
    def run(db: Database) -> None:
        total = mq.count(db.conn, flt)
        mq.page(db.conn, flt, sort, descending, 0, 200)
        mq.page(db.conn, flt, sort, not descending, max(total - 600, 0), 200)
    return run


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", SORTS)
def test_roster_pages_are_read_in_index_order_for_every_sort(community, sort: str, descending: bool):
    db, _sample = community
    statements = run_area(db, "roster", roster_reads(mq.MemberFilter(), sort, descending))
    pages = [st for st in statements if st.sql.startswith("SELECT m.id FROM members m")]
    assert len(pages) == 2, [st.sql for st in statements]
    assert_indexed(db, statements, f"roster sorted by {sort}")
    assert not sorted_whole(statements), "a roster page sorts every member:\n" + "\n".join(
        st.text() for st in sorted_whole(statements))
    if sort != "id":    # walked in the order of the column's own index, stopping at the page
        assert all(f"INDEX {SORT_INDEXES[sort]}" in " ".join(st.plan) for st in pages), [st.plan for st in pages]


SORT_INDEXES = {"display_name": "members_sort_name", "nickname": "members_sort_nickname",
                "join_date": "members_sort_join", "status": "members_sort_status", "tier": "members_sort_tier",
                "updated_at": "members_sort_updated"}

ROSTER_FILTERS: dict[str, Callable[[Sample], mq.MemberFilter]] = {
    "status": lambda s: mq.MemberFilter(status="active"),
    "tier": lambda s: mq.MemberFilter(tier=s.tier),
    "sub_community": lambda s: mq.MemberFilter(sub_community_id=s.sub_community_id),
    "tag": lambda s: mq.MemberFilter(tag_id=s.tag_id),
    "role": lambda s: mq.MemberFilter(role="kol"),
    "segment": lambda s: mq.MemberFilter(segment=s.segment),
    "not_scored": lambda s: mq.MemberFilter(segment=mq.NOT_SCORED),
    "joined": lambda s: mq.MemberFilter(joined_from="2025-06-01", joined_to="2025-12-31"),
    "deleted": lambda s: mq.MemberFilter(deleted=True),
    "search": lambda s: mq.MemberFilter(text=s.name_part),
    "status_and_tier": lambda s: mq.MemberFilter(status="active", tier=s.tier),
}
# The filter's own column, sorted by which its matches come straight from one index range.
FILTER_SORTS = {"status": "status", "tier": "tier", "joined": "join_date", "status_and_tier": "tier"}
# Filters whose matches are sorted as a whole to show them in id order (the sort is bounded by the matches).
SORTED_IN_MEMORY = {
    "joined": "a join-date range is read from its index, then its members are put in id order",
    "search": "the search index returns matching ids in its own order",
}


@pytest.mark.parametrize("name", ROSTER_FILTERS)
def test_filtered_roster_reads_through_indexes(community, name: str):
    db, sample = community
    flt = ROSTER_FILTERS[name](sample)
    sorts = ["id", *([FILTER_SORTS[name]] if name in FILTER_SORTS else [])]
    for sort in sorts:
        statements = run_area(db, "roster", roster_reads(flt, sort, False))
        assert_indexed(db, statements, f"roster filtered by {name}, sorted by {sort}")
        if name in SORTED_IN_MEMORY and sort == "id":
            continue
        assert not sorted_whole(statements), f"the {name} filter sorts its matches by {sort}:\n" + "\n".join(
            st.text() for st in sorted_whole(statements))


@pytest.mark.parametrize("flt", [mod.CaseFilter(statuses=mod.OPEN_STATUSES, categories=("spam",)),
                                 mod.CaseFilter(statuses=mod.OPEN_STATUSES, assignee="李娜")], ids=["category", "assignee"])
def test_the_open_queue_is_read_from_the_status_index(community, flt: mod.CaseFilter):
    """Open cases are few, a category's or an assignee's cases many (decided ones stay): the queue index leads."""
    db, _sample = community
    statements = run_area(db, "moderation_queue", lambda d: mod.list_cases(d, flt))
    assert len(statements) == 1 and "moderation_cases_queue (status=?)" in statements[0].plan[0], statements[0].text()


def test_moderation_figures_for_a_month_read_its_cases_by_time(community):
    """Cases pile up for years: a month's figures (log page, dashboard) seek the month on the time indexes."""
    db, _sample = community
    high = now().strftime("%Y-%m-%dT%H:%M:%SZ")
    low = (now() - timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    statements = run_area(db, "moderation_log", lambda d: moderation_figures(d, low, high, now=high))
    ranged = {column: [st for st in statements if f"{column} >= ?" in st.sql] for column in ("opened_at", "decided_at")}
    assert len(ranged["opened_at"]) == 1 and len(ranged["decided_at"]) == 2, [st.sql for st in statements]
    for column, found in ranged.items():
        for st in found:
            assert f"moderation_cases_by_{column.split('_')[0]} ({column}>? AND {column}<?)" in st.plan[0], st.text()


def test_filtered_roster_pages_hold_what_the_filter_says(community):
    """The plans above are only worth something if the rewritten filters still pick the right members."""
    db, sample = community
    binned = [r[0] for r in db.conn.execute("SELECT id FROM members WHERE deleted_at IS NOT NULL ORDER BY id")]
    assert len(binned) == 3
    assert mq.page_ids(db.conn, mq.MemberFilter(deleted=True)) == binned
    assert mq.page_ids(db.conn, mq.MemberFilter(deleted=True), "display_name", True, 0, 2) == [
        r[0] for r in db.conn.execute("SELECT id FROM members WHERE deleted_at IS NOT NULL "
                                      "ORDER BY display_name DESC, id DESC LIMIT 2")]
    assert mq.count(db.conn, mq.MemberFilter(deleted=True)) == 3
    assert mq.count(db.conn, mq.MemberFilter(deleted=True, status="active")) == db.conn.execute(
        "SELECT count(*) FROM members WHERE deleted_at IS NOT NULL AND status = 'active'").fetchone()[0]


def test_filter_choices_list_every_value(community):
    """tier_names, owners and assignees seek value by value: they still list each value once, in order."""
    db, _sample = community
    assert members_model.tier_names(db) == [r[0] for r in db.conn.execute(
        "SELECT DISTINCT tier FROM members WHERE tier != '' ORDER BY tier")]
    assert "旧等级" in members_model.tier_names(db) and len(members_model.tier_names(db)) == 4
    assert content.owners(db) == [r[0] for r in db.conn.execute(
        "SELECT DISTINCT owner FROM content_items WHERE owner != '' AND deleted_at IS NULL ORDER BY owner")]
    assert len(content.owners(db)) >= 2
    assert mod.assignees(db) == [r[0] for r in db.conn.execute(
        "SELECT DISTINCT assignee FROM moderation_cases WHERE assignee != '' ORDER BY assignee")]
    assert db.operator in mod.assignees(db) and len(mod.assignees(db)) >= 2


def test_view_statements_are_still_in_their_files():
    """from_view refuses SQL that a view no longer holds; this proves the check itself can fail."""
    assert "SELECT 1 FROM moderation_cases LIMIT 1" in view_strings("app/views/tabs/moderation.py")
    assert "SELECT 2 FROM moderation_cases LIMIT 1" not in view_strings("app/views/tabs/moderation.py")


def test_the_plan_reader_sees_full_scans_and_their_aliases(community):
    """The checks above can fail: a filter on an unindexed column scans members (under its alias), an
    ordered page of it sorts, and a small table is allowed."""
    db, _sample = community
    tables = table_names(db)
    sql = "SELECT m.id FROM members m WHERE m.notes = ? ORDER BY m.display_name LIMIT 20"
    scan = Statement("test", sql, ("x",), explain(db.conn, sql, ("x",)))
    assert full_scans(scan, tables) == [("members", "SCAN m")]
    assert sorted_whole([scan]) == [scan]
    small = Statement("test", "SELECT * FROM tiers WHERE rules = '{}'", (), [])
    small.plan = explain(db.conn, small.sql, ())
    assert small.plan == ["SCAN tiers"] and full_scans(small, tables) == []
    walk = Statement("test", "SELECT id FROM changes ORDER BY id DESC LIMIT 1", (), [])
    walk.plan = explain(db.conn, walk.sql, ())
    assert walk.plan == ["SCAN changes"] and full_scans(walk, tables) == []
    filtered = Statement("test", "SELECT id FROM changes WHERE before = 'x' ORDER BY id DESC LIMIT 1", (), [])
    filtered.plan = explain(db.conn, filtered.sql, ())
    assert full_scans(filtered, tables) == [("changes", "SCAN changes")]

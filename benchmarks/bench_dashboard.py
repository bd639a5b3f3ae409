"""Dashboard: switching period at 1,000,000 members and 10,000,000 events (issue 8: redraw in ≤ 2 s).

    python -m benchmarks.bench_dashboard --size small    # 20,000 members, 200,000 events
    python -m benchmarks.bench_dashboard --size full     # 1,000,000 members, 10,000,000 events

The community comes from benchmarks/dashboard_data.py (cached under /tmp, generated on first use; the
time it took is printed). "Today" is fixed (dashboard_data.TODAY) and the database clock says NOW, so
every run sees the same periods. Timed in one run, medians of several repetitions (at full size the cold and
bare figures run once, to keep `make bench` under ten minutes), warm page cache:
  * build_dashboard for the last 30 days, the last 90 days and the last 30 days of the largest
    sub-community (Asia/Shanghai): "switch" with the app's in-memory (member, day) index already
    holding those days (what a period switch in the open tab costs), "first load" with the index
    dropped first (activity_index.forget: what opening the tab costs), and the first switch from
    30 to 90 days after a first load of 30 (the 60 missing days are read);
  * period_figures for the last 30 days with the index dropped first (`stats --json` runs in a new
    process, so it always pays the load);
each against the bare SQL that period needs, straight from the events table, written as plainly as
possible: both periods' figures (bare_figures), DAU and the rolling 30-day MAU per day, weekly joins
and leaves, the join-week cohorts, tiers and tier moves, RFM segments, the pillar mix, activity
participation and moderation by level (bare_dashboard), over the same spans the app covers.
Target: the issue's ≤ 2 s per period switch at full size (absolute, app side); the ratio app / bare
is reported next to it. The bare local day is date(ts, '+8 hours'): Asia/Shanghai has kept UTC+8 all
year since 1991. Each row's note says where the app's figures differ from the bare ones (if at all).
"""
from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import dashboard_data as data  # noqa: E402
from benchmarks.report import median_time, sized_main  # noqa: E402

SIZES = data.SIZES
REPEATS = {"small": 5, "full": 3}       # the warm switches; at full size the slow figures run once (COLD_REPEATS)
COLD_REPEATS = {"small": 5, "full": 1}
TARGET_SECONDS = 2.0
SHIFT = "+8 hours"                     # Asia/Shanghai's UTC offset, for the bare local day
SUB_COMMUNITY = 1                      # the largest (40 % of the members, and 15 % of the others)
MONDAY = "'weekday 0', '-6 days'"      # date(day, 'weekday 0', '-6 days'): the Monday of day's week
COHORT_WEEKS = 8                       # the app's heat map shows at least the last 8 join weeks
TIER_MONTHS = 6                        # and tier movement over at least the last 6 months


def utc_bounds(start: date, end: date) -> tuple[str, str]:
    from app.services.metrics import utc_bounds as bounds
    return bounds(start, end, data.TZ)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def restrict(alias: str, sub: int | None) -> str:
    """A join keeping the rows of *alias* (with a member_id column) to one sub-community's members."""
    if sub is None:
        return ""
    return (f" JOIN member_sub_communities s ON s.member_id = {alias}.member_id"
            f" AND s.sub_community_id = {int(sub)}")


def restrict_members(sub: int | None) -> str:
    if sub is None:
        return ""
    return f" JOIN member_sub_communities s ON s.member_id = m.id AND s.sub_community_id = {int(sub)}"


def bare_figures(conn, start: date, end: date, sub: int | None = None) -> dict:
    """Every FIGURE_KEYS value for [start, end] in plain SQL, plus the DAU per day and the cases opened."""
    low, high = utc_bounds(start, end)
    mau_low, _ = utc_bounds(end - timedelta(days=29), end)
    p = {"from": start.isoformat(), "to": end.isoformat(), "low": low, "high": high, "mau_low": mau_low,
         "cohort_to": (end - timedelta(days=30)).isoformat(), "shift": SHIFT, "sub": sub}
    out = {}
    # On the roster at the end of the range: joined by then, not deleted, not left by then (a member
    # marked left without a date is off the roster in every period).
    out["members"] = conn.execute(
        f"SELECT count(*) FROM members m{restrict_members(sub)} WHERE m.deleted_at IS NULL "
        "AND (m.join_date IS NULL OR m.join_date <= :to) AND (m.status != 'left' OR m.left_at >= :high)",
        p).fetchone()[0]
    out["new_members"] = conn.execute(
        f"SELECT count(*) FROM members m{restrict_members(sub)} WHERE m.deleted_at IS NULL "
        "AND m.join_date BETWEEN :from AND :to", p).fetchone()[0]
    out["messages"], out["active_members"] = conn.execute(
        f"SELECT count(*), count(DISTINCT e.member_id) FROM events e{restrict('e', sub)} "
        "WHERE e.kind = 'message' AND e.ts >= :low AND e.ts < :high", p).fetchone()
    out["dau"] = conn.execute(
        f"SELECT date(e.ts, :shift) AS day, count(DISTINCT e.member_id) FROM events e{restrict('e', sub)} "
        "WHERE e.kind = 'message' AND e.ts >= :low AND e.ts < :high GROUP BY day", p).fetchall()
    out["dau_avg"] = sum(r[1] for r in out["dau"]) / ((end - start).days + 1)
    out["mau"] = conn.execute(
        f"SELECT count(DISTINCT e.member_id) FROM events e{restrict('e', sub)} "
        "WHERE e.kind = 'message' AND e.ts >= :mau_low AND e.ts < :high", p).fetchone()[0]
    out["stickiness"] = out["dau_avg"] / out["mau"] if out["mau"] else 0.0
    out["speaking_rate"] = out["active_members"] / out["members"] if out["members"] else 0.0
    # Joined in [from, to - 30 days] and wrote on or after join day + 30, by the end of the range.
    cohort, retained = conn.execute(
        f"SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM events e WHERE e.member_id = m.id "
        "AND e.kind = 'message' AND e.ts >= strftime('%Y-%m-%dT%H:%M:%SZ', m.join_date, '+30 days', '-8 hours') "
        f"AND e.ts < :high)), 0) FROM members m{restrict_members(sub)} "
        "WHERE m.deleted_at IS NULL AND m.join_date BETWEEN :from AND :cohort_to", p).fetchone()
    out["retention_30d"] = retained / cohort if cohort else None
    reads, reactions = conn.execute(
        "SELECT sum(reads), sum(coalesce(comments, 0) + coalesce(likes, 0) + coalesce(shares, 0)) "
        "FROM content_items WHERE deleted_at IS NULL AND reads > 0 AND coalesce(comments, likes, shares) IS NOT NULL "
        "AND coalesce(published_at, planned_at) >= :low AND coalesce(published_at, planned_at) < :high",
        p).fetchone()
    out["interaction_rate"] = reactions / reads if reads else None
    out["activities"] = conn.execute(
        "SELECT a.id, a.name, a.starts_at, sum(r.status != 'cancelled'), sum(r.status = 'attended') "
        "FROM activities a LEFT JOIN activity_registrations r ON r.activity_id = a.id "
        "WHERE a.deleted_at IS NULL AND a.starts_at >= :low AND a.starts_at < :high "
        "AND (:sub IS NULL OR a.sub_community_id = :sub) GROUP BY a.id ORDER BY a.starts_at", p).fetchall()
    registered = sum(r[3] or 0 for r in out["activities"])
    out["participation_rate"] = sum(r[4] or 0 for r in out["activities"]) / registered if registered else None
    out["opened"] = conn.execute(
        f"SELECT c.level, c.due_at, c.decided_at FROM moderation_cases c{restrict('c', sub)} "
        "WHERE c.opened_at >= :low AND c.opened_at < :high", p).fetchall()
    hours = [r[0] for r in conn.execute(
        f"SELECT (julianday(c.decided_at) - julianday(c.opened_at)) * 24 FROM moderation_cases c{restrict('c', sub)} "
        "WHERE c.decided_at >= :low AND c.decided_at < :high", p)]
    out["cases_opened"], out["cases_decided"] = len(out["opened"]), len(hours)
    out["median_hours_to_decision"] = statistics.median(hours) if hours else None
    settled = [(due, decided) for _level, due, decided in out["opened"] if decided or data.NOW_UTC > due]
    breached = sum(1 for due, decided in settled if (decided or data.NOW_UTC) > due)
    out["sla_breach_rate"] = breached / len(settled) if settled else None
    return out


def bare_dashboard(conn, start: date, end: date, sub: int | None = None) -> dict:
    """What one period switch needs: both periods' figures and every chart's series, in plain SQL."""
    days = (end - start).days + 1
    out = {"figures": bare_figures(conn, start, end, sub),
           "previous": bare_figures(conn, start - timedelta(days=days), start - timedelta(days=1), sub)}
    low, high = utc_bounds(start, end)
    week_low, _ = utc_bounds(monday(start), end)
    first_cohort = min(monday(start), monday(end) - timedelta(weeks=COHORT_WEEKS - 1))
    cohort_low, _ = utc_bounds(first_cohort, end)
    month = date(end.year, end.month, 1)
    for _ in range(TIER_MONTHS - 1):
        month = (month - timedelta(days=1)).replace(day=1)
    moves_low, _ = utc_bounds(min(month, date(start.year, start.month, 1)), end)
    window_low, _ = utc_bounds(start - timedelta(days=29), end)
    p = {"from": start.isoformat(), "to": end.isoformat(), "low": low, "high": high, "window_low": window_low,
         "week_from": monday(start).isoformat(), "week_low": week_low, "cohort_from": first_cohort.isoformat(),
         "cohort_low": cohort_low, "moves_low": moves_low, "shift": SHIFT}
    # MAU per day: each member's distinct message days in [from - 29, to]; a message day counts for the
    # 30 days from it, up to the member's next message day ("runs"); +1 where a run starts, -1 where it
    # stops, and the running sum over the days is the MAU. (The plainer join of every day with the 30
    # days before it counts the same but costs days × pairs: 1.3 s against 0.27 s at the small size.)
    out["mau"] = conn.execute(
        "WITH RECURSIVE days(day) AS (SELECT :from UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < :to), "
        f"spoke AS (SELECT DISTINCT e.member_id, date(e.ts, :shift) AS day FROM events e{restrict('e', sub)} "
        "WHERE e.kind = 'message' AND e.ts >= :window_low AND e.ts < :high), "
        "runs AS (SELECT day AS first, min(coalesce(lead(day) OVER (PARTITION BY member_id ORDER BY day), "
        "'9999-12-31'), date(day, '+30 days')) AS stop FROM spoke), "
        "moves AS (SELECT first AS day, 1 AS delta FROM runs UNION ALL SELECT stop, -1 FROM runs "
        "UNION ALL SELECT day, 0 FROM days), "
        "level AS (SELECT day, sum(sum(delta)) OVER (ORDER BY day) AS mau FROM moves GROUP BY day) "
        "SELECT day, mau FROM level WHERE day BETWEEN :from AND :to", p).fetchall()
    out["joined"] = conn.execute(
        f"SELECT date(m.join_date, {MONDAY}) AS week, count(*) FROM members m{restrict_members(sub)} "
        "WHERE m.deleted_at IS NULL AND m.join_date BETWEEN :week_from AND :to GROUP BY week", p).fetchall()
    out["left"] = conn.execute(
        f"SELECT date(m.left_at, :shift, {MONDAY}) AS week, count(*) FROM members m{restrict_members(sub)} "
        "WHERE m.deleted_at IS NULL AND m.status = 'left' AND m.left_at >= :week_low AND m.left_at < :high "
        "GROUP BY week", p).fetchall()
    out["cohort_sizes"] = conn.execute(
        f"SELECT date(m.join_date, {MONDAY}) AS week, count(*) FROM members m{restrict_members(sub)} "
        "WHERE m.deleted_at IS NULL AND m.join_date BETWEEN :cohort_from AND :to GROUP BY week", p).fetchall()
    out["cohorts"] = conn.execute(
        f"SELECT date(m.join_date, {MONDAY}) AS week, "
        f"CAST((julianday(date(e.ts, :shift)) - julianday(date(m.join_date, {MONDAY}))) / 7 AS INTEGER) AS since, "
        f"count(DISTINCT m.id) FROM members m{restrict_members(sub)} "
        "JOIN events e ON e.member_id = m.id AND e.kind = 'message' AND e.ts >= :cohort_low AND e.ts < :high "
        "WHERE m.deleted_at IS NULL AND m.join_date BETWEEN :cohort_from AND :to GROUP BY week, since", p).fetchall()
    out["tiers"] = conn.execute(
        f"SELECT m.tier, count(*) FROM members m{restrict_members(sub)} "
        "WHERE m.deleted_at IS NULL AND m.status != 'left' GROUP BY m.tier").fetchall()
    out["tier_moves"] = conn.execute(
        f"SELECT strftime('%Y-%m', t.at, :shift) AS month, t.from_tier, t.to_tier, count(*) "
        f"FROM tier_changes t{restrict('t', sub)} WHERE t.at >= :moves_low AND t.at < :high "
        "GROUP BY month, t.from_tier, t.to_tier", p).fetchall()
    out["segments"] = conn.execute(
        f"SELECT r.segment, count(*) FROM rfm_scores r JOIN members m ON m.id = r.member_id{restrict_members(sub)} "
        "WHERE m.deleted_at IS NULL AND m.status != 'left' GROUP BY r.segment ORDER BY count(*) DESC").fetchall()
    out["pillars"] = conn.execute(
        "SELECT pillar_id, count(*) FROM content_items WHERE deleted_at IS NULL "
        "AND planned_at >= :low AND planned_at < :high GROUP BY pillar_id", p).fetchall()
    return out


def disagreements(app, bare: dict) -> list[str]:
    """Where the app's figures and daily series differ from the bare SQL's (they count the same things;
    the app rounds dau_avg to 2 decimals and the rates to 4)."""
    out = []
    for part, app_figures in (("figures", app.figures), ("previous", app.previous)):
        theirs = bare[part]
        for key in ("members", "new_members", "messages", "active_members", "mau", "cases_opened", "cases_decided"):
            if app_figures.get(key) != theirs[key]:
                out.append(f"{part} {key}: app {app_figures.get(key)}, bare {theirs[key]}")
        for key, places in (("dau_avg", 2), ("retention_30d", 4), ("stickiness", 4), ("speaking_rate", 4)):
            a, b = app_figures.get(key), theirs[key]
            if (a is None) != (b is None) or (a is not None and abs(a - b) > 0.6 * 10 ** -places):
                out.append(f"{part} {key}: app {a}, bare {b}")
    dau = {r[0]: r[1] for r in bare["figures"]["dau"]}
    mau = {r[0]: r[1] for r in bare["mau"]}
    wrong = [p.day for p in app.days if p.dau != dau.get(p.day.isoformat(), 0) or p.mau != mau.get(p.day.isoformat())]
    if wrong:
        out.append(f"DAU/MAU differ on {len(wrong)} of {len(app.days)} days (first {wrong[0]})")
    return out


def timed(fn, repeats: int, before=None) -> float:
    """The median wall time of fn() over *repeats* runs, each after before() (not timed)."""
    times = []
    for _ in range(repeats):
        if before:
            before()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def row(figure: str, app_s: float, bare_s: float, note: str, target: float | None = TARGET_SECONDS) -> dict:
    return {"figure": figure, "app_s": app_s, "baseline_s": bare_s, "ratio": app_s / bare_s,
            "ok": app_s <= target if target else None,
            "target": f"≤ {target:g} s at full size" if target else "diagnostic", "note": note}


def run(size: str) -> list[dict]:
    from app.models.database import Database
    from app.services import activity_index
    from app.services.dashboard import Scope, build_dashboard, period_figures

    path, generated = data.ensure(size)
    members, events = SIZES[size]
    repeats, cold = REPEATS[size], COLD_REPEATS[size]
    label = f"[{members:,} members, {events:,} events]"
    made = f"data generated in {generated:.0f} s" if generated is not None else "cached data"
    today = data.TODAY
    last_30, last_90 = today - timedelta(days=29), today - timedelta(days=89)
    periods = (("last 30 days", last_30, None), ("last 90 days", last_90, None),
               (f"last 30 days of sub-community {SUB_COMMUNITY}", last_30, SUB_COMMUNITY))
    rows = []
    with Database(path, operator="bench", clock=lambda: data.NOW_UTC) as db:
        def forget():
            activity_index.forget(db)

        bare_cache = {}
        for name, start, sub in periods:
            scope = Scope(start, today, data.TZ, sub)
            forget()
            app_result = build_dashboard(db, scope)           # warm the page cache, check the figures
            started = time.perf_counter()
            bare_result = bare_dashboard(db.conn, start, today, sub)
            bare_times = [time.perf_counter() - started]
            differ = disagreements(app_result, bare_result)
            note = "; ".join(differ) if differ else "same figures and DAU/MAU series as the bare SQL"
            bare_times += [timed(lambda: bare_dashboard(db.conn, start, today, sub), 1) for _ in range(cold - 1)]
            bare_s = bare_cache[name] = statistics.median(bare_times)
            warm_s = median_time(lambda: build_dashboard(db, scope), repeats)
            cold_s = timed(lambda: build_dashboard(db, scope), cold, before=forget)
            rows.append(row(f"dashboard: switch to {name}, index in memory {label}", warm_s, bare_s, note))
            rows.append(row(f"dashboard: first load of {name} (index read from events) {label}", cold_s, bare_s,
                            made))
        first_switch = timed(lambda: build_dashboard(db, Scope(last_90, today, data.TZ)), cold,
                             before=lambda: (forget(), build_dashboard(db, Scope(last_30, today, data.TZ))))
        rows.append(row(f"dashboard: first switch 30 → 90 days (reads the 60 missing days) {label}", first_switch,
                        bare_cache["last 90 days"], "baseline: the bare SQL of the 90 days"))
        scope = Scope(last_30, today, data.TZ)
        period_figures(db, scope)
        figures_s = timed(lambda: period_figures(db, scope), cold, before=forget)
        bare_s = median_time(lambda: bare_figures(db.conn, last_30, today), cold)
        rows.append(row(f"dashboard: period_figures, last 30 days, index dropped (stats --json) {label}",
                        figures_s, bare_s, made))
    return rows


def main(argv: list[str] | None = None) -> int:
    return sized_main("python -m benchmarks.bench_dashboard", SIZES, run, argv)


if __name__ == "__main__":
    sys.exit(main())

"""Activity results at scale: the results of every activity, the time-slot grid and the .xlsx export.

    python -m benchmarks.bench_activities --size small    # 300 activities, 20,000 registrations
    python -m benchmarks.bench_activities --size full     # 2,000 activities, 200,000 registrations

A busy community over three years: members in four tiers, activities of every type with budgets, goals
and invited tiers, registrations in every state (walk-ins, no-shows, cancellations, conversions),
bulk-inserted once per run with executemany (not measured). Medians of several runs; baselines are
bare work on the same file in the same run:
  * results: activity_results.results_for_all (counts, returning attendees, invited tiers' show-up,
    goals) against `SELECT activity_id, status, count(*) FROM activity_registrations GROUP BY
    activity_id, status`, fetched;
  * time slots: activity_results.time_slots against the past activities' registrations counted by
    start time and status in one GROUP BY, fetched (no time-zone work);
  * export: activity_export.export_activities (three formatted sheets) against an openpyxl write-only
    sheet of the activities' raw rows and the baseline's counts.
Targets (ours): results and export within 3× their baselines; time slots within 3× too (the grid is
shown on the GUI thread when the tab opens, so it must stay a single pass).
"""
from __future__ import annotations

import json
import random
import sys
import tempfile
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.report import median_time, sized_main  # noqa: E402

SIZES = {"small": (300, 20_000), "full": (2_000, 200_000)}     # activities, registrations
MEMBERS_PER_REGISTRATION = 0.1                                  # 20,000 members for 200,000 registrations
TZ = ZoneInfo("Asia/Shanghai")
NOW = "2026-11-18T00:00:00Z"
REPEATS = 5
TIERS = ("新手", "进阶", "核心", "")
STATUS_WEIGHTS = (("attended", 60), ("no_show", 20), ("registered", 10), ("cancelled", 10))
TARGET_RATIO = 3


def build(path: Path, activities: int, registrations: int, seed: int = 11) -> None:
    """Members, activities over three years ending a month after NOW, and their registrations."""
    from app.models.database import Database
    from app.models.schema import ACTIVITY_MODES
    from app.models.activities import FORMATS

    rng = random.Random(seed)
    members = max(100, int(registrations * MEMBERS_PER_REGISTRATION))
    per_activity = registrations // activities
    end = datetime(2026, 12, 18, tzinfo=timezone.utc)
    statuses = [s for s, w in STATUS_WEIGHTS for _ in range(w)]
    with Database(path, operator="bench", create=True) as db, db.transaction():
        conn = db.conn
        conn.executemany(
            "INSERT INTO sub_communities (id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'bench')",
            [(i, f"分会 {i}", NOW, NOW) for i in range(1, 6)])
        conn.executemany(
            "INSERT INTO members (id, display_name, tier, created_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, 'bench')",
            [(i, f"跑友 {i}", rng.choice(TIERS), NOW, NOW) for i in range(1, members + 1)])
        rows = []
        for index in range(1, activities + 1):
            start = end - timedelta(days=rng.randrange(3 * 365), hours=rng.randrange(24))
            start = start.replace(minute=0, second=0)
            planned = rng.choice((None, rng.randrange(0, 500_000)))
            actual = rng.choice((None, planned and rng.randrange(0, planned + 1)))
            invited = rng.sample(TIERS[:3], rng.randrange(0, 3))
            rows.append((index, str(uuid.UUID(int=rng.getrandbits(128))), f"活动 {index} · 周末约跑与分享",
                         rng.choice(ACTIVITY_MODES), rng.choice(FORMATS), rng.choice((None, 1, 2, 3, 4, 5)),
                         rng.choice(("李娜", "王磊", "陈静")), start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ"), "奥森公园南门",
                         rng.choice((None, 50, 100, 200)), planned, actual, rng.choice((None, 80)),
                         rng.choice((None, 60)), rng.choice((None, 10)), json.dumps(invited, ensure_ascii=False),
                         rng.choice(("running", "reviewing", "closed")), NOW, NOW))
        conn.executemany(
            "INSERT INTO activities (id, uid, name, mode, format, sub_community_id, owner, starts_at, ends_at, place, "
            "capacity, budget_planned_fen, budget_actual_fen, goal_registrations, goal_attendance, goal_conversions, "
            "invited_tiers, status, created_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')", rows)
        registration_rows = []
        for activity_id in range(1, activities + 1):
            for member_id in rng.sample(range(1, members + 1), per_activity):
                status = rng.choice(statuses)
                registration_rows.append((activity_id, member_id, status, int(status == "attended" and rng.random() < 0.1),
                                          int(status == "attended" and rng.random() < 0.2), NOW, NOW, NOW))
        conn.executemany(
            "INSERT INTO activity_registrations (activity_id, member_id, status, walk_in, converted, registered_at, "
            "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench')", registration_rows)
        conn.execute("ANALYZE")


def bare_counts(db) -> list:
    return db.conn.execute("SELECT activity_id, status, count(*) FROM activity_registrations "
                           "GROUP BY activity_id, status").fetchall()


def results(path: Path, activities: int, registrations: int) -> list[dict]:
    from app.models.database import Database
    from app.services.activity_results import results_for_all, time_slots

    with Database(path, operator="bench") as db:
        results_for_all(db)                                # warm the page cache
        app_s = median_time(lambda: results_for_all(db))
        baseline_s = median_time(lambda: bare_counts(db))
        slots_s = median_time(lambda: time_slots(db, TZ, NOW))
        slots_base_s = median_time(lambda: db.conn.execute(
            "SELECT a.starts_at, r.status, count(*) FROM activities a JOIN activity_registrations r "
            "ON r.activity_id = a.id WHERE a.deleted_at IS NULL AND a.starts_at < ? GROUP BY a.starts_at, r.status",
            (NOW,)).fetchall())
    size = f"[{activities:,} activities, {registrations:,} registrations]"
    return [
        {"figure": f"activities: results of all {size}", "app_s": app_s, "baseline_s": baseline_s,
         "ratio": app_s / baseline_s, "ok": app_s / baseline_s <= TARGET_RATIO, "target": f"≤ {TARGET_RATIO}× GROUP BY"},
        {"figure": f"activities: time-slot grid {size}", "app_s": slots_s, "baseline_s": slots_base_s,
         "ratio": slots_s / slots_base_s, "ok": slots_s / slots_base_s <= TARGET_RATIO,
         "target": f"≤ {TARGET_RATIO}× GROUP BY"},
    ]


def export(path: Path, activities: int) -> dict:
    from openpyxl import Workbook

    from app.models.database import Database
    from app.services.activity_export import export_activities

    with Database(path, operator="bench") as db, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        app_s = median_time(lambda: export_activities(db, out / "a.xlsx", tz=TZ), 3)

        def raw_xlsx():
            counts = {}
            for activity_id, status, count in bare_counts(db):
                counts.setdefault(activity_id, {})[status] = count
            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("raw")
            for row in db.conn.execute("SELECT * FROM activities WHERE deleted_at IS NULL ORDER BY starts_at DESC"):
                status = counts.get(row[0], {})
                sheet.append([*row, status.get("registered"), status.get("attended"), status.get("no_show"),
                              status.get("cancelled")])
            workbook.save(out / "raw.xlsx")
        raw_s = median_time(raw_xlsx, 3)
    return {"figure": f"activities: .xlsx export of {activities:,} activities", "app_s": app_s, "baseline_s": raw_s,
            "ratio": app_s / raw_s, "ok": app_s / raw_s <= TARGET_RATIO, "target": f"≤ {TARGET_RATIO}× raw openpyxl"}


def run(size: str) -> list[dict]:
    activities, registrations = SIZES[size]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "activities.cdesk"
        build(path, activities, registrations)
        return [*results(path, activities, registrations), export(path, activities)]


def main(argv: list[str] | None = None) -> int:
    return sized_main("python -m benchmarks.bench_activities", SIZES, run, argv)


if __name__ == "__main__":
    sys.exit(main())

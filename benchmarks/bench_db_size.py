"""Database size: bytes per member and per event on disk, with what the indexes add (issue 12: printed).

    python -m benchmarks.bench_db_size --size small    # 20,000 members / 200,000 events
    python -m benchmarks.bench_db_size --size full     # 1,000,000 members / 10,000,000 events

The community of benchmarks/dashboard_data.py (cached under /tmp). SQLite's dbstat table gives every table's and
index's pages; a member's bytes are the members table, its indexes, the search index (FTS5 shadow tables) and the
member-keyed tables (identities, sub-community memberships, RFM scores, tier changes, churn flags, points); an
event's bytes are the events table and its indexes. Baseline: the bare rows, the table's own b-tree alone (what
the same rows cost with no index at all), so the ratio is what indexing costs.
"""
from __future__ import annotations

import sqlite3
import sys

from benchmarks import dashboard_data as data
from benchmarks.report import sized_main

SIZES = data.SIZES
MEMBER_TABLES = ("members", "member_search", "member_identities", "member_sub_communities", "member_tags",
                 "member_roles", "member_custom_fields", "member_tier_state", "rfm_scores", "tier_changes",
                 "churn_flags", "points_ledger", "kol_cohort")


def sizes_by_table(conn: sqlite3.Connection) -> dict[str, tuple[int, int]]:
    """{table: (bytes of its own b-tree, bytes of its indexes)}, FTS5 shadow tables counted as their table's index."""
    owner = {name: table for name, table in conn.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")}
    result: dict[str, list[int]] = {}
    for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        table = owner.get(name, name)
        shadow = next((t for t in owner if name.startswith(t + "_") and owner.get(t) == t
                       and name.endswith(("_data", "_idx", "_content", "_docsize", "_config"))), None)
        if shadow is not None:
            table = shadow
        own = name == table
        entry = result.setdefault(table, [0, 0])
        entry[0 if own else 1] += size
    return {table: (own, indexes) for table, (own, indexes) in result.items()}


def run(size: str) -> list[dict]:
    path, _ = data.ensure(size)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = sizes_by_table(conn)
        members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        file_bytes = path.stat().st_size
    finally:
        conn.close()
    label = f"[{members:,} members, {events:,} events]"
    member_tables = [t for t in MEMBER_TABLES if t in tables]
    member_all = sum(sum(tables[t]) for t in member_tables)
    member_bare = tables["members"][0]
    event_own, event_indexes = tables["events"]
    biggest = sorted(tables.items(), key=lambda item: -sum(item[1]))[:4]
    return [
        {"figure": f"database: bytes per member {label}", "unit": "B", "app": member_all / members,
         "baseline": member_bare / members, "ratio": member_all / member_bare, "target": "printed",
         "note": f"members with their indexes, the search index and {len(member_tables) - 2} member-keyed "
                 f"tables; baseline: the members rows alone"},
        {"figure": f"database: bytes per event {label}", "unit": "B", "app": (event_own + event_indexes) / events,
         "baseline": event_own / events, "ratio": (event_own + event_indexes) / event_own, "target": "printed",
         "note": "events with their indexes; baseline: the events rows alone"},
        {"figure": f"database: file size {label}", "unit": "MB", "app": file_bytes / 2**20, "baseline": None,
         "ratio": None, "target": "printed",
         "note": "largest: " + ", ".join(f"{t} {sum(b) / 2**20:,.0f} MB" for t, b in biggest)},
    ]


def main(argv: list[str] | None = None) -> int:
    return sized_main("python -m benchmarks.bench_db_size", SIZES, run, argv)


if __name__ == "__main__":
    sys.exit(main())

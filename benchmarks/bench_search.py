"""Member search at scale: the FTS5 substring index (app.models.search) vs a LIKE scan.

    python -m benchmarks.bench_search                 # 1,000,000 members
    python -m benchmarks.bench_search --members 20000 # quick run

Each query is timed as the roster needs it: the first 200 ids in id order plus
the count of matches. Targets: p95 <= 50 ms and >= 20x faster than LIKE.
Every app result is checked against the LIKE result (the generated text is
lower-case ASCII and CJK, where LIKE is an exact substring test).
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator

from app.models import search
from app.services import names

SEED = 20240601
QUERIES_PER_CLASS = 50
PAGE = 200
P95_TARGET_S = 0.050
RATIO_TARGET = 20.0
TARGET = "p95 <= 50 ms, >= 20x"
COLUMNS = ("display_name", "nickname", "phone", "wechat_id", "email")

MEMBERS_DDL = """CREATE TABLE members (
    id           INTEGER PRIMARY KEY,
    display_name TEXT,
    nickname     TEXT,
    phone        TEXT,
    wechat_id    TEXT,
    email        TEXT
)"""

APP_PAGE = f"SELECT id FROM members WHERE id IN ({search.matching_ids_sql()}) ORDER BY id LIMIT {PAGE}"
APP_COUNT = f"SELECT count(*) FROM ({search.matching_ids_sql()})"
# The count as a roster with further filters on members would run it.
APP_COUNT_JOINED = f"SELECT count(*) FROM members WHERE id IN ({search.matching_ids_sql()})"
APP_PAGE_BY_NAME = (f"SELECT id FROM members WHERE id IN ({search.matching_ids_sql()}) "
                    f"ORDER BY display_name, id LIMIT {PAGE}")
APP_COUNT_CAPPED = f"SELECT count(*) FROM ({search.matching_ids_sql()} LIMIT ?)"
_LIKE = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in COLUMNS)
BASE_PAGE = f"SELECT id FROM members WHERE {_LIKE} ORDER BY id LIMIT {PAGE}"
BASE_COUNT = f"SELECT count(*) FROM members WHERE {_LIKE}"


def generate(members: int, seed: int = SEED) -> Iterator[tuple]:
    """Deterministic member rows (id, display_name, nickname, phone, wechat_id, email)."""
    rng = random.Random(seed)
    for member_id in range(1, members + 1):
        name = names.chinese_name(rng)
        yield (
            member_id,
            name,
            names.nickname(rng, name) or None,
            names.mobile(rng),
            names.wechat_id(rng) if rng.random() < 0.8 else None,
            names.email(rng) if rng.random() < 0.7 else None,
        )


def build(path: Path, members: int) -> dict:
    """Create members + search index at *path*; return build timings and sizes."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(MEMBERS_DDL)
    conn.execute(search.SEARCH_TABLE_DDL)

    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO members VALUES (?, ?, ?, ?, ?, ?)", generate(members))
    conn.execute("COMMIT")
    members_s = time.perf_counter() - started

    started = time.perf_counter()
    conn.execute("BEGIN")
    search.index_many(conn, ((row[0], row[1:]) for row in conn.execute(
        f"SELECT id, {', '.join(COLUMNS)} FROM members ORDER BY id")))
    conn.execute("COMMIT")
    index_s = time.perf_counter() - started

    started = time.perf_counter()
    conn.execute("BEGIN")
    search.optimize(conn)
    conn.execute("COMMIT")
    optimize_s = time.perf_counter() - started
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    sizes = dict(conn.execute(
        "SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    conn.close()
    index_bytes = sum(v for k, v in sizes.items() if k.startswith(search.TABLE))
    return {
        "members_s": members_s, "index_s": index_s, "optimize_s": optimize_s,
        "index_bytes": index_bytes, "members_bytes": sizes.get("members", 0),
        "sizes": {k: v for k, v in sizes.items() if k.startswith(search.TABLE)},
    }


def pick_queries(conn: sqlite3.Connection, members: int, seed: int = SEED) -> dict[str, list[str]]:
    """~QUERIES_PER_CLASS distinct queries per class, drawn from the data deterministically."""
    rng = random.Random(seed + 1)

    def draw(extract: Callable[[tuple, random.Random], str | None]) -> list[str]:
        found: list[str] = []
        for _ in range(QUERIES_PER_CLASS * 20):
            if len(found) == QUERIES_PER_CLASS:
                break
            row = conn.execute(
                "SELECT display_name, nickname, phone, wechat_id, email FROM members WHERE id = ?",
                (rng.randint(1, members),),
            ).fetchone()
            query = extract(row, rng)
            if query and query not in found:
                found.append(query)
        return found

    def fragment(text: str | None, size: int, rng: random.Random) -> str | None:
        if not text or len(text) < size:
            return None
        start = rng.randrange(len(text) - size + 1)
        return text[start:start + size]

    return {
        "1-char CJK (surname)": draw(lambda r, g: r[0][0]),
        "2-char CJK (given name)": draw(lambda r, g: r[0][1:] if len(r[0]) == 3 else None),
        "3-char CJK (full name)": draw(lambda r, g: r[0] if len(r[0]) == 3 else None),
        "4-digit phone fragment": draw(lambda r, g: fragment(r[2], 4, g)),
        # Not in the targets; shown for the record.
        "1-char latin/digit": draw(lambda r, g: fragment(g.choice((r[2], r[3], r[4])), 1, g)),
        "2-char latin/digit": draw(lambda r, g: fragment(g.choice((r[3], r[4])), 2, g)),
        "6-char email fragment": draw(lambda r, g: fragment(r[4], 6, g)),
    }


TARGET_CLASSES = ("1-char CJK (surname)", "2-char CJK (given name)",
                  "3-char CJK (full name)", "4-digit phone fragment")


def _like(query: str) -> tuple[str, ...]:
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return (f"%{escaped}%",) * len(COLUMNS)


def _timed(conn: sqlite3.Connection, sql: str, params: tuple) -> tuple[float, list]:
    started = time.perf_counter()
    rows = conn.execute(sql, params).fetchall()
    return time.perf_counter() - started, rows


def _stats(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return statistics.median(ordered), p95


def measure(conn: sqlite3.Connection, queries: list[str], baseline: bool = True) -> dict:
    """Per-query times of the app path and the LIKE baseline (first page, count)."""
    t: dict[str, list] = {k: [] for k in (
        "app_page", "app_count", "app_count_joined", "base_page", "base_count", "matches")}
    for query in queries:   # warm the page cache the way a typing user would
        conn.execute(APP_COUNT, search.match_query(query)).fetchone()
    for query in queries:
        params = search.match_query(query)
        t_page, page = _timed(conn, APP_PAGE, params)
        t_count, ((count,),) = _timed(conn, APP_COUNT, params)
        t_joined, ((joined,),) = _timed(conn, APP_COUNT_JOINED, params)
        assert joined == count
        t["app_page"].append(t_page)
        t["app_count"].append(t_count)
        t["app_count_joined"].append(t_joined)
        t["matches"].append(count)
        if baseline:
            like = _like(query)
            b_page, b_rows = _timed(conn, BASE_PAGE, like)
            b_count, ((b_n,),) = _timed(conn, BASE_COUNT, like)
            t["base_page"].append(b_page)
            t["base_count"].append(b_count)
            if page != b_rows or count != b_n:
                raise AssertionError(f"search disagrees with LIKE for {query!r}: {count} vs {b_n}")
    t["app_total"] = [a + b for a, b in zip(t["app_page"], t["app_count"])]
    t["base_total"] = [a + b for a, b in zip(t["base_page"], t["base_count"])]
    return t


def _ms(values: list[float]) -> str:
    median, p95 = _stats(values)
    return f"median {median * 1e3:7.2f} ms  p95 {p95 * 1e3:7.2f} ms"


def _median_time(conn: sqlite3.Connection, sql: str, params: tuple, repeat: int = 5) -> tuple[float, list]:
    runs = [_timed(conn, sql, params) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), runs[0][1]


SIZES = {"small": 20_000, "full": 1_000_000}


def run(members: int | str = 1_000_000, verbose: bool = False) -> list[dict]:
    """Build, measure, and return rows {figure, app_s, baseline_s, ratio, target}.

    *members* is a count, or 'small'/'full' as `make bench` passes it.
    """
    members = SIZES.get(members, members) if isinstance(members, str) else members
    def say(text: str) -> None:
        if verbose:
            print(text, flush=True)

    def row(figure: str, app: float | None, base: float | None = None,
            target: str | None = None) -> None:
        rows.append({"figure": figure, "app_s": app, "baseline_s": base,
                     "ratio": base / app if app and base else None, "target": target})

    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench_search_") as tmp:
        path = Path(tmp) / "members.db"
        say(f"building {members:,} members in {path} ...")
        built = build(path, members)
        per_member = built["index_bytes"] / members
        say(f"  members insert {built['members_s']:.1f} s, index_many {built['index_s']:.1f} s, "
            f"optimize {built['optimize_s']:.1f} s")
        say(f"  index {built['index_bytes'] / 1e6:.1f} MB = {per_member:.0f} bytes/member "
            f"(members table {built['members_bytes'] / members:.0f} bytes/member); "
            + ", ".join(f"{k} {v / members:.0f}" for k, v in sorted(built["sizes"].items())))
        row(f"index build (index_many + optimize), {members:,} members",
            built["index_s"] + built["optimize_s"])
        row(f"index size {per_member:.0f} bytes/member", None)

        conn = sqlite3.connect(path)
        queries = pick_queries(conn, members)
        for name, qs in queries.items():
            say(f"{name}: {len(qs)} queries, e.g. {qs[:6]}")
            m = measure(conn, qs)
            app_med, app_p95 = _stats(m["app_total"])
            base_med, base_p95 = _stats(m["base_total"])
            target = TARGET if name in TARGET_CLASSES else None
            ok = app_p95 <= P95_TARGET_S and base_med / app_med >= RATIO_TARGET
            say(f"  app  first {PAGE} + count {_ms(m['app_total'])}   "
                f"[page {_ms(m['app_page'])}; count {_ms(m['app_count'])}; "
                f"count joined to members {_ms(m['app_count_joined'])}]")
            say(f"  LIKE first {PAGE} + count {_ms(m['base_total'])}   "
                f"[page {_ms(m['base_page'])}; count {_ms(m['base_count'])}]")
            say(f"  ratio of medians {base_med / app_med:.0f}x, of p95 {base_p95 / app_p95:.0f}x; "
                f"matches median {statistics.median(m['matches']):,.0f}, max {max(m['matches']):,}"
                + (f"  -> target {'MET' if ok else 'NOT MET'}" if target else ""))
            row(f"{name}: first {PAGE} + count, median", app_med, base_med, target)
            row(f"{name}: first {PAGE} + count, p95", app_p95, base_p95, target)

        # The most common surname, in every form a roster might ask for it.
        common = "王" if members >= 1000 else queries["1-char CJK (surname)"][0]
        params = search.match_query(common)
        t_count, ((n,),) = _median_time(conn, APP_COUNT, params)
        t_joined, _ = _median_time(conn, APP_COUNT_JOINED, params)
        t_page, _ = _median_time(conn, APP_PAGE, params)
        t_by_name, _ = _median_time(conn, APP_PAGE_BY_NAME, params)
        t_capped, ((capped,),) = _median_time(conn, APP_COUNT_CAPPED, params + (10_000,))
        like = _like(common)
        b_count, _ = _median_time(conn, BASE_COUNT, like, repeat=3)
        b_by_name, _ = _median_time(
            conn, f"SELECT id FROM members WHERE {_LIKE} ORDER BY display_name, id LIMIT {PAGE}",
            like, repeat=3)
        say(f"'{common}' ({n:,} matches): count {t_count * 1e3:.1f} ms (joined to members "
            f"{t_joined * 1e3:.1f} ms; LIKE {b_count * 1e3:.1f} ms); capped at 10,000 "
            f"{t_capped * 1e3:.2f} ms -> {capped:,}; first {PAGE} by id {t_page * 1e3:.1f} ms; "
            f"first {PAGE} by display_name {t_by_name * 1e3:.1f} ms (LIKE {b_by_name * 1e3:.1f} ms)")
        row(f"'{common}' ({n:,} matches): count", t_count, b_count)
        row(f"'{common}': count joined to members", t_joined, b_count)
        row(f"'{common}': count capped at 10,000", t_capped)
        row(f"'{common}': first {PAGE} by id", t_page)
        row(f"'{common}': first {PAGE} by display_name", t_by_name, b_by_name)
        conn.close()
    return rows


def _fmt(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds * 1e3:.2f} ms" if seconds < 1 else f"{seconds:.1f} s"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    rows = run(args.members, verbose=True)
    print()
    print(f"{'figure':58} {'app':>12} {'LIKE':>12} {'ratio':>8}  target")
    for row in rows:
        ratio = "" if row["ratio"] is None else f"{row['ratio']:.0f}x"
        print(f"{row['figure']:58} {_fmt(row['app_s']):>12} {_fmt(row['baseline_s']):>12} "
              f"{ratio:>8}  {row['target'] or ''}")


if __name__ == "__main__":
    main()

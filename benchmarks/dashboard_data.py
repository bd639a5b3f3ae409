"""A community for the dashboard benchmark: members over two years, a year of events, the rest small.

    python -m benchmarks.dashboard_data --size small     # 20,000 members, 200,000 events
    python -m benchmarks.dashboard_data --size full      # 1,000,000 members, 10,000,000 events

The file is cached as /tmp/bench_dashboard_{size}.sqlite; it is reused while GENERATOR_VERSION matches what the
file records in meta (key "bench.dashboard"), otherwise rebuilt; a file made under an older schema is migrated
by opening it, as the app does.
Database() creates the schema (every index the migrations define); a second sqlite3 connection then
bulk-inserts with executemany in one transaction, with synchronous, the journal and a big page cache
set for the load only. Random numbers come from numpy (vectorised), seeded: the same file every time.

What is in it, ending on TODAY (a fixed date, NOW at 20:00 in Asia/Shanghai):
  * 5 sub-communities; every member in one of them (weighted 40/25/15/12/8 %), 15 % also in a second;
  * members joined over 2 years, more of them recently (the joining rate triples over the two years);
    ~6 % have left (status 'left', left_at after joining, when the column exists); tiers from the
    ladder 基础群/进阶群/核心群 (65/25/8 %, 2 % none); tier_changes for ~15 % of them;
  * events over the last 365 days, member by member between joining (or a year ago) and leaving
    (or NOW): a Pareto weight per member, so most members write little and a core writes thousands;
    94 % messages (with a short text), 6 % check_ins, and a 'join' event for half the members who
    joined in the year; ids in time order, source_key unique (a scrambled counter);
  * rfm_scores for every member with events (r from the last active day, f from the count);
  * a few hundred content items (published ones with reads and reactions), 3 channels;
  * activities with registrations in every state, and moderation cases (most decided, some late).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import sys
import time
from contextlib import contextmanager
from datetime import date, datetime, time as clock_time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GENERATOR_VERSION = 1
SIZES = {"small": (20_000, 200_000), "full": (1_000_000, 10_000_000)}     # members, events
# A tenth of each size, for the memory benchmark's "peak at full size ≤ 1.3× the peak at a tenth of it".
TENTHS = {"small": "small-tenth", "full": "full-tenth"}
GENERATED = {**SIZES, "small-tenth": (2_000, 20_000), "full-tenth": (100_000, 1_000_000)}
TZ = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 18)
NOW_LOCAL = datetime.combine(TODAY, clock_time(20, 0), TZ)
NOW_UTC = NOW_LOCAL.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
STAMP = "2026-11-18T12:00:00.000Z"                 # created_at / updated_at of generated rows
SUB_COMMUNITIES = ("跑步分会", "读书分会", "摄影分会", "徒步分会", "亲子分会")
SUB_WEIGHTS = (0.40, 0.25, 0.15, 0.12, 0.08)
LADDER = ("基础群", "进阶群", "核心群")
TIER_WEIGHTS = (0.65, 0.25, 0.08, 0.02)            # ladder order, then '' (no tier)
JOIN_DAYS = 730
EVENT_DAYS = 365
LEFT_SHARE = 0.06
CHUNK = 500_000
KEY_SCRAMBLE = 0x9E3779B97F4A7C15                  # odd: i * K mod 2**63 is unique for i < 2**63
MESSAGES = ("早上好，今天一起打卡吗？", "周末的活动我报名了", "收到，谢谢群主", "这个方法很有用👍", "有没有人一起？",
            "今天跑了五公里，感觉不错", "请问报名链接在哪里", "哈哈哈哈", "同意楼上", "新人报到，请多关照",
            "分享一篇文章给大家", "明天几点集合？", "好的", "辛苦了！", "这个价格有点贵", "我也想去")


def epoch(moment: datetime) -> int:
    return int(moment.timestamp())


def utc_text(seconds: np.ndarray) -> list[str]:
    """Epoch seconds as canonical UTC text 'YYYY-MM-DDTHH:MM:SSZ'."""
    return (np.strings.add(np.datetime_as_string(seconds.astype("datetime64[s]"), unit="s"), "Z")).tolist()


def day_text(days: np.ndarray) -> list[str]:
    """Days since 1970-01-01 as 'YYYY-MM-DD'."""
    return np.datetime_as_string(days.astype("datetime64[D]"), unit="D").tolist()


def path_for(size: str) -> Path:
    return Path(f"/tmp/bench_dashboard_{size}.sqlite")


def stamp_for(size: str) -> str:
    return f"generator {GENERATOR_VERSION}, {size}"


def _meta(path: Path, key: str) -> str | None:
    if not path.exists():
        return None
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def cached(path: Path, size: str) -> bool:
    """The file holds this generator's data for *size* (made under any schema: the app migrates it on open)."""
    stamp = _meta(path, "bench.dashboard")
    return stamp is not None and re.sub(r", schema \d+", "", stamp) == stamp_for(size)


def migrated(path: Path) -> None:
    """Bring a cached file to this app's schema, as the app does when it opens an older file."""
    from app.models.database import Database

    Database(path, operator="bench").close()


def ensure(size: str, out=sys.stderr) -> tuple[Path, float | None]:
    """The cached file for *size*, generated first if missing or stale; (path, seconds spent generating)."""
    path = path_for(size)
    if cached(path, size):
        print(f"dashboard data: reusing {path} ({stamp_for(size)})", file=out, flush=True)
        migrated(path)
        return path, None
    members, events = GENERATED[size]
    print(f"dashboard data: generating {members:,} members and {events:,} events into {path} …",
          file=out, flush=True)
    started = time.perf_counter()
    generate(path, members, events, size)
    spent = time.perf_counter() - started
    print(f"dashboard data: generated in {spent:.1f} s ({path.stat().st_size / 2**20:,.0f} MiB)",
          file=out, flush=True)
    return path, spent


def ensure_recomputed(size: str, out=sys.stderr) -> Path:
    """A copy of the file for *size* after one lifecycle recompute (tiers, points for every event, churn flags),
    cached beside it: what a community that has been running the app looks like, so a benchmark's recompute is
    the daily kind rather than the one-off first run (minutes at full size)."""
    from app.models.database import Database
    from app.services.lifecycle import recompute

    source, _ = ensure(size, out)
    path = source.with_name(source.stem + "-recomputed.sqlite")
    if cached(path, size) and _meta(path, "bench.recomputed"):      # a new generator changes the copied stamp
        migrated(path)
        return path
    print(f"dashboard data: recomputing a copy into {path} …", file=out, flush=True)
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    shutil.copyfile(source, partial)
    with Database(partial, operator="bench", clock=lambda: NOW_UTC) as db:
        recompute(db, TODAY)
        with db.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('bench.recomputed', ?)", (NOW_UTC,))
    partial.rename(path)
    print(f"dashboard data: recomputed in {time.perf_counter() - started:.1f} s", file=out, flush=True)
    return path


def generate(path: Path, members: int, events: int, size: str, seed: int = 8) -> None:
    from app.models.database import Database

    partial = path.with_name(path.stem + ".partial.sqlite")
    for stale in (path, partial):
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(stale) + suffix).unlink(missing_ok=True)
    Database(partial, operator="bench", create=True).close()     # the schema, every index
    conn = sqlite3.connect(partial, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -4000000")              # 4 GB at most, allocated as used
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("BEGIN")
        with deferred_indexes(conn, ("members", "events")):
            Load(conn, np.random.default_rng(seed), members, events).run()
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('bench.dashboard', ?)", (stamp_for(size),))
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    os.replace(partial, path)


@contextmanager
def deferred_indexes(conn: sqlite3.Connection, tables: tuple[str, ...]):
    """Drop the secondary indexes of *tables* for the load and build them again after it (one sort
    per index instead of a random b-tree insert per row; the same DDL, so the schema is unchanged)."""
    marks = ",".join("?" * len(tables))
    indexes = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           f"AND tbl_name IN ({marks})", tables).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    started = time.perf_counter()
    for _name, sql in indexes:
        conn.execute(sql)
    print(f"  {len(indexes)} indexes rebuilt: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


class Load:
    """One generation: member arrays first (the events depend on them), then each table."""

    def __init__(self, conn: sqlite3.Connection, rng: np.random.Generator, members: int, events: int):
        self.conn, self.rng, self.n, self.events = conn, rng, members, events
        self.now = epoch(NOW_LOCAL)
        self.today_start = epoch(datetime.combine(TODAY, clock_time.min, TZ))
        self.today_day = (TODAY - date(1970, 1, 1)).days
        self.member_columns = {r[1] for r in conn.execute("PRAGMA table_info(members)")}

    def run(self) -> None:
        self.sub_communities()
        self.members()
        self.event_rows()
        self.rfm()
        self.tier_changes()
        self.content()
        self.activities()
        self.moderation()

    def timed(self, what: str, started: float) -> None:
        print(f"  {what}: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)

    # -- members -------------------------------------------------------------------------------
    def sub_communities(self) -> None:
        self.conn.executemany(
            "INSERT INTO sub_communities(id, name, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'bench')",
            [(i, name, STAMP, STAMP) for i, name in enumerate(SUB_COMMUNITIES, 1)])
        self.conn.executemany(
            "INSERT INTO tiers(position, name, rules, created_at, updated_at, updated_by) "
            "VALUES (?, ?, '{}', ?, ?, 'bench')", [(i, name, STAMP, STAMP) for i, name in enumerate(LADDER)])
        self.conn.execute("INSERT INTO event_sources(id, file_name, format, imported_at, imported_by, events) "
                          "VALUES (1, 'bench.csv', 'csv', ?, 'bench', ?)", (NOW_UTC, self.events))

    def members(self) -> None:
        started = time.perf_counter()
        rng, n = self.rng, self.n
        growth = np.log(3) / JOIN_DAYS                            # the joining rate triples over two years
        position = np.log1p(rng.random(n) * np.expm1(growth * JOIN_DAYS)) / growth
        self.join_ago = (JOIN_DAYS - 1 - np.minimum(position.astype(np.int64), JOIN_DAYS - 1))
        self.join_at = self.today_start - self.join_ago * 86400   # local midnight of the join day, epoch
        left = rng.random(n) < LEFT_SHARE
        span = self.now - self.join_at - 3600
        self.left_at = np.where(left, self.join_at + 3600 + (rng.random(n) * span).astype(np.int64), 0)
        other = rng.choice(np.array(["active", "silent", "at_risk", "banned"]), n, p=(0.85, 0.10, 0.04, 0.01))
        status = np.where(left, "left", other).tolist()
        self.tier_index = rng.choice(4, n, p=TIER_WEIGHTS)
        tier = np.array([*LADDER, ""])[self.tier_index].tolist()
        join_date = day_text(self.today_day - self.join_ago)
        left_text = [None] * n
        for i, text in zip(np.flatnonzero(left).tolist(), utc_text(self.left_at[left])):
            left_text[i] = text
        phone_digits = rng.integers(10_000_000, 99_999_999, n)
        has_phone = rng.random(n) < 0.7
        channel = rng.choice(np.array(["扫码", "朋友推荐", "公众号", "活动", ""]), n).tolist()
        with_left = "left_at" in self.member_columns
        columns = ("id, display_name, phone, join_date, source_channel, status, tier, created_at, updated_at, "
                   "updated_by" + (", left_at" if with_left else ""))
        marks = "?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench'" + (", ?" if with_left else "")

        def rows():
            for i in range(n):
                phone = f"139{phone_digits[i]}" if has_phone[i] else None
                row = (i + 1, f"成员{i + 1:07d}", phone, join_date[i], channel[i], status[i], tier[i], STAMP, STAMP)
                yield (*row, left_text[i]) if with_left else row

        self.conn.executemany(f"INSERT INTO members({columns}) VALUES ({marks})", rows())
        primary = rng.choice(len(SUB_COMMUNITIES), n, p=SUB_WEIGHTS)
        second = np.flatnonzero(rng.random(n) < 0.15)
        other_sub = (primary[second] + 1 + rng.integers(0, len(SUB_COMMUNITIES) - 1, len(second))) % len(SUB_COMMUNITIES)
        links = sorted(zip(range(1, n + 1), (primary + 1).tolist()))
        links += zip((second + 1).tolist(), (other_sub + 1).tolist())
        self.conn.executemany("INSERT INTO member_sub_communities(member_id, sub_community_id) VALUES (?, ?)", links)
        self.timed(f"members ({n:,}, {int(left.sum()):,} left{'' if with_left else ', no left_at column'})", started)

    # -- events --------------------------------------------------------------------------------
    def event_rows(self) -> None:
        started = time.perf_counter()
        rng, n = self.rng, self.n
        year_ago = self.now - EVENT_DAYS * 86400
        low = np.maximum(self.join_at, year_ago)
        high = np.where(self.left_at > 0, self.left_at, self.now)
        window = np.clip(high - low, 0, None)
        weight = np.minimum(rng.pareto(1.2, n) + 1, 1500) * np.where(rng.random(n) < 0.3, 0.05, 1.0)
        weight = weight * window / (EVENT_DAYS * 86400)
        joined_in_year = np.flatnonzero((self.join_at >= year_ago) & (rng.random(n) < 0.5))
        join_member = joined_in_year
        join_span = np.minimum(86400, self.now - self.join_at[join_member])
        join_ts = self.join_at[join_member] + (rng.random(len(join_member)) * join_span).astype(np.int64)
        rest = self.events - len(join_member)
        cumulative = np.cumsum(weight)
        member = np.searchsorted(cumulative, rng.random(rest) * cumulative[-1], side="right")
        member = np.minimum(member, n - 1)
        ts = low[member] + (rng.random(rest) * window[member]).astype(np.int64)
        kind = np.where(rng.random(rest) < 0.94, 0, 1)            # message, check_in
        member = np.concatenate([member, join_member])
        ts = np.concatenate([ts, join_ts])
        kind = np.concatenate([kind, np.full(len(join_member), 2)])
        order = np.argsort(ts, kind="stable")
        member, ts, kind = member[order], ts[order], kind[order]
        text_pick = rng.integers(0, len(MESSAGES), len(ts))
        self.last_ts = np.zeros(n, dtype=np.int64)
        self.last_ts[member] = ts                                 # ts ascending: the last write is the latest
        self.event_counts = np.bincount(member, minlength=n)
        self.timed("events drawn", started)
        kinds = np.array(["message", "check_in", "join"], dtype=object)
        texts = np.array(MESSAGES, dtype=object)
        insert = ("INSERT INTO events(member_id, ts, kind, platform, source, source_key, text) "
                  "VALUES (?, ?, ?, 'wechat', 1, ?, ?)")
        for first in range(0, len(ts), CHUNK):
            part = slice(first, first + CHUNK)
            keys = (np.arange(first, min(first + CHUNK, len(ts)), dtype=np.uint64) * np.uint64(KEY_SCRAMBLE)
                    ) & np.uint64(2**63 - 1)
            text = np.where(kind[part] == 0, texts[text_pick[part]], None)
            self.conn.executemany(insert, zip((member[part] + 1).tolist(), utc_text(ts[part]),
                                              kinds[kind[part]].tolist(), keys.astype(np.int64).tolist(),
                                              text.tolist()))
        self.timed(f"events ({len(ts):,}, {int((kind == 0).sum()):,} messages)", started)

    def rfm(self) -> None:
        from app.services.lifecycle import segment

        started = time.perf_counter()
        active = np.flatnonzero(self.event_counts > 0)
        frequency = self.event_counts[active]
        last = self.last_ts[active]
        f = 1 + 5 * np.searchsorted(np.sort(frequency), frequency, side="left") // len(active)
        r = 1 + 5 * np.searchsorted(np.sort(last), last, side="left") // len(active)
        m = self.rng.integers(1, 6, len(active))
        grid = np.array([[[segment(ri, fi, mi) for mi in range(6)] for fi in range(6)] for ri in range(6)],
                        dtype=object)
        last_day = day_text((last + 8 * 3600) // 86400)          # the local (UTC+8) day
        self.conn.executemany(
            "INSERT INTO rfm_scores(member_id, frequency, monetary_fen, r, f, m, segment, computed_at, last_active) "
            "VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)",
            zip((active + 1).tolist(), frequency.tolist(), r.tolist(), f.tolist(), m.tolist(),
                grid[r, f, m].tolist(), [NOW_UTC] * len(active), last_day))
        self.timed(f"rfm_scores ({len(active):,})", started)

    def tier_changes(self) -> None:
        started = time.perf_counter()
        rng = self.rng
        moved = np.flatnonzero((self.tier_index < 3) & (rng.random(self.n) < 0.15))
        at = self.join_at[moved] + (rng.random(len(moved)) * (self.now - self.join_at[moved])).astype(np.int64)
        current = self.tier_index[moved]
        promoted = (current > 0) & ((current == 2) | (rng.random(len(moved)) < 0.7))
        before = np.where(promoted, current - 1, current + 1)
        names = np.array(LADDER, dtype=object)
        at_text = utc_text(at)
        rows = [(int(mid) + 1, names[b], names[c], "promoted: bench" if up else "demoted: bench", when)
                for mid, b, c, up, when in zip(moved.tolist(), before.tolist(), current.tolist(),
                                               promoted.tolist(), at_text)]
        self.conn.executemany("INSERT INTO tier_changes(member_id, from_tier, to_tier, reason, at, by) "
                              "VALUES (?, ?, ?, ?, ?, 'recompute')", rows)
        self.timed(f"tier_changes ({len(rows):,})", started)

    # -- the small tables ---------------------------------------------------------------------
    def random_times(self, count: int, days: int) -> np.ndarray:
        return self.now - (self.rng.random(count) * days * 86400).astype(np.int64)

    def content(self) -> None:
        rng = self.rng
        self.conn.executemany(
            "INSERT INTO content_channels(id, name, position, min_per_week, created_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, 2, ?, ?, 'bench')",
            [(i, name, i, STAMP, STAMP) for i, name in enumerate(("公众号", "社群", "视频号"), 1)])
        pillars = [r[0] for r in self.conn.execute("SELECT id FROM content_pillars ORDER BY position")]
        count = 200 if self.n < 100_000 else 400
        planned = self.random_times(count, EVENT_DAYS + 30) + 40 * 86400     # some still ahead
        rows = []
        for i, when in enumerate(planned.tolist(), 1):
            status = "scheduled" if when > self.now else str(rng.choice(["published", "reviewed", "drafting"],
                                                                        p=(0.7, 0.2, 0.1)))
            done = status in ("published", "reviewed")
            reads = int(rng.integers(200, 20_000)) if done else None
            pillar = None if rng.random() < 0.05 else int(rng.choice(pillars, p=(0.3, 0.3, 0.4)))
            rows.append((i, f"bench-content-{i}", f"内容 {i} · 周报与活动回顾", int(rng.integers(1, 4)), pillar,
                         int(rng.integers(1, 6)) if rng.random() < 0.5 else None,
                         utc_text(np.array([when]))[0], status, utc_text(np.array([when]))[0] if done else None,
                         reads, reads and int(reads * rng.random() * 0.03), reads and int(reads * rng.random() * 0.08),
                         reads and int(reads * rng.random() * 0.02), STAMP, STAMP))
        self.conn.executemany(
            "INSERT INTO content_items(id, uid, title, channel_id, pillar_id, sub_community_id, planned_at, status, "
            "published_at, reads, comments, likes, shares, created_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')", rows)

    def activities(self) -> None:
        from app.models.activities import FORMATS

        rng = self.rng
        count = 40 if self.n < 100_000 else 150
        starts = np.sort(self.random_times(count, EVENT_DAYS + 30)) + 14 * 86400
        registrations = []
        activity_rows = []
        for i, start in enumerate(starts.tolist(), 1):
            past = start < self.now
            status = ("closed" if start < self.now - 30 * 86400 else "reviewing") if past else "promoting"
            activity_rows.append((i, f"bench-activity-{i}", f"活动 {i} · 周末约跑与分享", str(rng.choice(FORMATS)),
                                  int(rng.integers(1, 6)) if rng.random() < 0.7 else None,
                                  utc_text(np.array([start]))[0], utc_text(np.array([start + 7200]))[0],
                                  status, STAMP, STAMP))
            size = int(rng.integers(20, 80 if self.n < 100_000 else 400))
            people = rng.choice(self.n, size, replace=False) + 1
            states = rng.choice(np.array(["attended", "no_show", "registered", "cancelled"]), size,
                                p=(0.6, 0.2, 0.1, 0.1)) if past else np.full(size, "registered")
            registered = utc_text(np.array([start - 5 * 86400]))[0]
            registrations += [(i, int(p), str(s), registered, STAMP, STAMP) for p, s in zip(people, states)]
        self.conn.executemany(
            "INSERT INTO activities(id, uid, name, format, sub_community_id, starts_at, ends_at, status, "
            "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')", activity_rows)
        self.conn.executemany(
            "INSERT INTO activity_registrations(activity_id, member_id, status, registered_at, created_at, "
            "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'bench')", registrations)

    def moderation(self) -> None:
        rng = self.rng
        count = 500 if self.n < 100_000 else 5_000
        sla = {"red": 2, "yellow": 24, "blue": 72}
        opened = np.sort(self.random_times(count, EVENT_DAYS))
        level = rng.choice(np.array(["red", "yellow", "blue"]), count, p=(0.1, 0.4, 0.5)).tolist()
        category = rng.choice(np.array(["spam", "abuse", "rumour", "fraud", "off_topic"]), count).tolist()
        source = rng.choice(np.array(["report", "word_hit", "observation"]), count, p=(0.3, 0.6, 0.1)).tolist()
        member = (rng.integers(0, self.n, count) + 1).tolist()
        rows = []
        for i in range(count):
            start = int(opened[i])
            due = start + sla[level[i]] * 3600
            took = int(rng.exponential(sla[level[i]] * 0.7) * 3600) + 60
            decided = start + took if start + took < self.now and rng.random() < 0.9 else None
            status = "new" if decided is None else ("dismissed" if rng.random() < 0.2 else "resolved")
            action = None if decided is None else ("none" if status == "dismissed" else
                                                   str(rng.choice(["warning", "delete_message", "mute"])))
            text = utc_text(np.array([start, due, decided or 0]))
            rows.append((i + 1, source[i], member[i], category[i], level[i], status, text[0], text[1],
                         text[2] if decided else None, "审核员" if decided else None,
                         None if decided is None else int(decided > due), action, STAMP, STAMP))
        self.conn.executemany(
            "INSERT INTO moderation_cases(id, source, member_id, category, level, status, opened_at, due_at, "
            "decided_at, decided_by, sla_breached, action, created_at, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')", rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dashboard_data")
    parser.add_argument("--size", choices=tuple(SIZES), default="small")
    parser.add_argument("--force", action="store_true", help="generate even if the cached file is current")
    args = parser.parse_args(argv)
    if args.force:
        path_for(args.size).unlink(missing_ok=True)
    ensure(args.size, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

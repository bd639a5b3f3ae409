"""The engine's set-based SQL agrees with its plain per-member definitions on random communities."""
from __future__ import annotations

import random
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

from app.models import lifecycle as lm
from app.models.database import Database
from app.services import lifecycle as lc
from app.services.lifecycle_facts import FACTS_TABLE, build_facts_table, fact_columns, member_activity

AS_OF = date(2024, 6, 30)
KINDS = ["message"] * 6 + ["check_in", "attendance", "purchase", "join", "leave", "violation"]
LADDER = [("新人", {}),
          ("进阶", {"messages_in_days": {"days": 14, "min": 1}, "member_days": {"min": 30}}),
          ("核心", {"messages_in_days": {"days": 30, "min": 8}, "attended": {"min": 1}, "rfm": {"min": 9},
                    "original_posts_in_days": {"days": 30, "min": 1}}),
          ("至尊", {"points": {"min": 60}, "messages_in_days": {"days": 7, "min": 6}})]


def random_community(db: Database, seed: int, members: int = 160) -> list[int]:
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    recent = datetime(2024, 7, 2, tzinfo=timezone.utc)
    with db.transaction() as conn:
        ids = [conn.execute("INSERT INTO members(display_name, join_date, created_at, updated_at, updated_by) "
                            "VALUES (?, ?, ?, ?, 't')",
                            (f"m{i}", rng.choice([None, "", "2023-13-01"] + [(start - timedelta(days=rng.randrange(400)))
                                                  .date().isoformat()] * 5), db.clock(), db.clock())).lastrowid
               for i in range(members)]
        source = conn.execute("INSERT INTO event_sources(file_name, format, imported_at, imported_by) "
                              "VALUES ('r', 'csv', ?, 't')", (db.clock(),)).lastrowid
        rows, key = [], 0
        for member in ids:
            # Heavy-tailed activity, some members silent, some with events after AS_OF.
            for _ in range(3 * int(rng.paretovariate(0.8)) if rng.random() < 0.85 else 0):
                key += 1
                kind = rng.choice(KINDS)
                ts = (recent - timedelta(seconds=rng.randrange(40 * 86400)) if rng.random() < 0.6
                      else start + timedelta(seconds=rng.randrange(200 * 86400)))
                text = "跑" * rng.choice([0, 5, 99, 100, 250]) if kind == "message" and rng.random() < 0.9 else None
                rows.append((member, ts.strftime("%Y-%m-%dT%H:%M:%SZ"), kind,
                             rng.randrange(1, 90_000) if kind == "purchase" else None, source, key, text))
        conn.executemany("INSERT INTO events(member_id, ts, kind, platform, amount_fen, source, source_key, text) "
                         "VALUES (?, ?, ?, 'wechat', ?, ?, ?, ?)", rows)
    return ids


def test_segment_sql_matches_the_grid():
    conn = sqlite3.connect(":memory:")
    for r in range(1, 6):
        for f in range(1, 6):
            for m in range(1, 6):
                got = conn.execute(f"SELECT {lc.SEGMENT_SQL} FROM (SELECT ? AS r, ? AS f, ? AS m)", (r, f, m)).fetchone()
                assert got[0] == lc.segment(r, f, m), (r, f, m)


@pytest.mark.parametrize("seed,field_bits", [(1, None), (2, 15), (3, 3), (4, 2)])
def test_packed_facts_equal_the_plain_query(db: Database, seed: int, field_bits: int):
    """Small field widths send every member with enough events down the exact fallback."""
    ids = random_community(db, seed)
    cfg = lm.get_config(db)
    windows, originals = [7, 30, 200], [14, 30]
    with db.transaction() as conn:
        count = build_facts_table(db, AS_OF, cfg, windows, originals, field_bits=field_bits)
        packed = {r[0]: r[1:] for r in conn.execute(
            f"SELECT member_id, last_ts, coalesce(monetary, 0), {', '.join(fact_columns(windows, originals))} "
            f"FROM {FACTS_TABLE}")}
    exact = member_activity(db, AS_OF, cfg, windows, ids, originals)
    assert count == len(exact) and set(packed) == set(exact)
    for member, act in exact.items():
        assert packed[member] == (act.last_ts, act.monetary, act.frequency, act.recent, act.earlier, act.attended,
                                  *(act.messages[d] for d in windows), *(act.originals[d] for d in originals)), member
    assert any(act.originals[30] for act in exact.values())
    if field_bits == 2:
        assert any(act.frequency >= 4 for act in exact.values())     # the fallback really ran


def expected_rfm(db: Database, ids: list[int], as_of: date) -> dict:
    acts = member_activity(db, as_of, lm.get_config(db), [], ids)
    members = sorted(acts)
    recency = [(as_of - date.fromisoformat(acts[i].last_ts[:10])).days for i in members]
    rs = lc.quintiles([-d for d in recency])
    fs = lc.quintiles([acts[i].frequency for i in members])
    ms = lc.quintiles([acts[i].monetary for i in members])
    return {i: (recency[k], acts[i].frequency, acts[i].monetary, rs[k], fs[k], ms[k], lc.segment(rs[k], fs[k], ms[k]))
            for k, i in enumerate(members)}


def stored_rfm(db: Database, as_of: date) -> dict:
    return {r[0]: tuple(r[1:]) for r in db.conn.execute(
        "SELECT member_id, CAST(julianday(?) - julianday(last_active) AS INTEGER), frequency, monetary_fen, "
        "r, f, m, segment FROM rfm_scores", (as_of.isoformat(),))}


@pytest.mark.parametrize("seed", [5, 6])
def test_rfm_scores_equal_python_quintiles(db: Database, seed: int):
    ids = random_community(db, seed)
    lc.compute_rfm(db, AS_OF)
    assert stored_rfm(db, AS_OF) == expected_rfm(db, ids, AS_OF)


@pytest.mark.parametrize("seed", [7, 8])
def test_tiers_and_churn_follow_the_per_member_rules(db: Database, seed: int):
    ids = random_community(db, seed)
    lm.set_ladder(db, LADDER)
    lm.set_config(db, {"grace_days": 0, "earning": {"message": {"points": 3, "daily_cap": 2}}})
    lc.recompute(db, AS_OF)
    cfg = lm.get_config(db)
    acts = member_activity(db, AS_OF, cfg, [], ids)
    names = [name for name, _ in LADDER]
    for member in ids:
        checks = lc.explain_tier(db, member, AS_OF)
        passing = [i for i, name in enumerate(names)
                   if all(ok for rule, _v, _t, ok in checks if rule.startswith(f"{name}: "))]
        tier, status = db.conn.execute("SELECT tier, status FROM members WHERE id = ?", (member,)).fetchone()
        assert tier == names[max(passing)], member
        join = db.conn.execute("SELECT join_date FROM members WHERE id = ?", (member,)).fetchone()[0]
        risky = lc.churn_reason(acts.get(member), join, AS_OF, cfg) is not None
        flagged = db.conn.execute("SELECT count(*) FROM churn_flags WHERE member_id = ? AND cleared_at IS NULL",
                                  (member,)).fetchone()[0]
        assert (flagged == 1, status == "at_risk") == (risky, risky), member
    tiers = dict(db.conn.execute("SELECT tier, count(*) FROM members GROUP BY tier").fetchall())
    assert len(tiers) == 4 and min(tiers.values()) >= 3            # the data reaches every tier
    # A second run with nothing new changes nothing.
    before = db.conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    again = lc.recompute(db, AS_OF)
    assert (again.tiers.promoted, again.tiers.demoted, again.churn.flagged, again.churn.cleared) == (0, 0, 0, 0)
    assert db.conn.execute("SELECT count(*) FROM changes").fetchone()[0] == before + 1     # the recompute line


def test_a_cancel_stops_a_long_statement(db: Database):
    from app.services.jobs import Cancelled

    heavy = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) SELECT sum(i) FROM n"
    with pytest.raises(Cancelled):
        with lc._interruptible(db, lambda: True):
            db.conn.execute(heavy).fetchone()
    assert db.conn.execute("SELECT 1").fetchone()[0] == 1       # the handler is gone afterwards


def test_a_day_passing_rewrites_only_the_rfm_rows_that_change(db: Database):
    ids = random_community(db, 9)
    lc.compute_rfm(db, AS_OF)
    before = {r[0]: tuple(r) for r in db.conn.execute("SELECT * FROM rfm_scores")}
    db.clock = lambda: "2099-01-01T00:00:00.000Z"
    next_day = AS_OF + timedelta(days=1)
    lc.compute_rfm(db, next_day)
    assert stored_rfm(db, next_day) == expected_rfm(db, ids, next_day)
    after = {r[0]: tuple(r) for r in db.conn.execute("SELECT * FROM rfm_scores")}

    def as_stored(expected: dict, day: date) -> dict:    # recency as the last active day
        return {m: (day - timedelta(days=v[0]), *v[1:]) for m, v in expected.items()}

    old, new = as_stored(expected_rfm(db, ids, AS_OF), AS_OF), as_stored(expected_rfm(db, ids, next_day), next_day)
    moved = {m for m in new if new[m] != old.get(m)}
    rewritten = {m for m in after if after[m] != before.get(m)}
    stamped = {m for m, row in after.items() if "2099-01-01T00:00:00.000Z" in row}
    assert rewritten == stamped == moved and 0 < len(moved) < len(after)

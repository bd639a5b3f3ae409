"""The member lifecycle engine: RFM segments, the tier ladder, the points bank and churn warnings.

Everything is computed "as of" a day D (default: today, UTC): events up to the end of D count.
recompute() runs every part in ONE transaction and is set-based: one GROUP BY over the events
index fills a TEMP table of per-member figures (lifecycle_facts), RFM scores are SQL over it, and
the tier and churn rules are SQL expressions that pick out only the members whose state changes;
Python handles just those (reasons, grace periods, recalls). A second run with nothing new writes
nothing but its log line. The plain per-member definitions (quintiles, segment, check_rules,
churn_reason, member_activity) are what the SQL is tested against.

RFM (window: rfm_window_days, default 90):
  recency   = days from the member's last event of any kind to D;
  frequency = message/check_in/attendance/purchase events in the window;
  monetary  = sum(amount_fen) of purchases in the window.
  Each is scored 1-5 by quintile over members with any event (higher is better; for recency fewer
  days is better): score = 1 + 5 * (number of members with a strictly worse value) // n, so ties
  always share a score and the result does not depend on row order.
  Segments follow the common R x F grid, with FM = max(F, M) so a big spender who seldom talks
  still counts as frequent:
    champions   R>=4 and FM>=4        new          R>=4 and FM=1
    loyal       R>=3 and FM>=3        potential    R>=3 (FM 1-2)
    at risk     R<=2 and FM>=3        lost         R=1 and FM=1
    hibernating the rest (R<=2, FM<=2)

Tiers: a member's target is the highest tier whose rules all pass (a tier without rules always
passes). Promotion applies at once; a demotion is recorded as pending (demote_on = D + grace_days)
and applies only if the rules still fail on or after that day (any pass in between cancels it).
A manual override wins until cleared.

Points: earning rules (per event kind, optional daily cap per member and local day) are applied to
events imported since the last recompute (a watermark on events.id, moved in the same transaction),
so nothing is ever awarded twice. Each run writes one ledger entry per rewarded member, naming the
event range and the counts per kind. Earning does not look at D.

Churn: with N = churn.days, a member is flagged when their activity in the last N days is below
churn.share of their baseline (average per N days over the 3N days before), or when their last event
(or join date, without events) is churn.silent_days or more before D. A recall logged on an open flag
is settled by a later recompute: returned (activity after the recall; the flag closes) or not (no
activity within churn.days of it).

On demand, not stored: credit_scores (信用分: start + configured moves per event kind, five levels)
and kol_shortlist (星火计划: weighted messages, long original posts and attendance, parts shown).
"""
from __future__ import annotations

import sqlite3
from bisect import bisect_left
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from app.models import lifecycle as lm
from app.models import moderation
from app.models.database import Database
from app.models.errors import UserError
from app.services.jobs import Cancelled, CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.services.lifecycle_facts import (FACTS_TABLE, Activity, build_facts_table, drop_facts_table,
                                          member_activity, message_windows, original_windows, plain, start_of)
from app.services.lifecycle_texts import (AT_RISK, DEMOTED, FEWER_ACTIONS, MANUAL_TIER, NO_RULES, NONE, PROMOTED,
                                          REWARD, SEGMENT_WORDS, SILENT_FOR, TIER_RULE, checks_text,
                                          events_earned_text)
from app.services.sentences import filled, joined
from app.texts import Translatable, translatable

CHUNK = 20_000
WATERMARK_KEY = "lifecycle.points_watermark"
SEGMENTS = ("champions", "loyal", "potential", "new", "at risk", "hibernating", "lost")
SUMMARY = "lifecycle recompute"
SEGMENT_COUNT = translatable(SUMMARY, "%1 %2")


# -- shared figures -------------------------------------------------------------------------
def today_utc() -> date:
    return datetime.now(timezone.utc).date()


def _date(text: str) -> date:
    return date.fromisoformat(text[:10])


@contextmanager
def _interruptible(db: Database, cancelled: CancelCheck):
    """Let a cancel stop a long SQL statement too (SQLite polls this every 100k VM steps)."""
    db.conn.set_progress_handler(lambda: 1 if cancelled() else 0, 100_000)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc) and cancelled():
            raise Cancelled() from exc
        raise
    finally:
        db.conn.set_progress_handler(None, 0)


# -- RFM ------------------------------------------------------------------------------------
def quintiles(values: list) -> list[int]:
    """1-5 per value (higher value scores higher); equal values share a score."""
    ordered = sorted(values)
    n = len(ordered)
    return [1 + 5 * bisect_left(ordered, v) // n for v in values]


def segment(r: int, f: int, m: int) -> str:
    fm = max(f, m)
    if r >= 4 and fm >= 4:
        return "champions"
    if r >= 4 and fm == 1:
        return "new"
    if r >= 3 and fm >= 3:
        return "loyal"
    if r >= 3:
        return "potential"
    if fm >= 3:
        return "at risk"
    if r == 1 and fm == 1:
        return "lost"
    return "hibernating"


# The same grid as segment(), as SQL over columns r, f, m (tested equal on all 125 cases).
SEGMENT_SQL = ("CASE WHEN r >= 4 AND max(f, m) >= 4 THEN 'champions' WHEN r >= 4 AND max(f, m) = 1 THEN 'new' "
               "WHEN r >= 3 AND max(f, m) >= 3 THEN 'loyal' WHEN r >= 3 THEN 'potential' "
               "WHEN max(f, m) >= 3 THEN 'at risk' WHEN r = 1 AND max(f, m) = 1 THEN 'lost' ELSE 'hibernating' END")
# quintiles() in SQL. A histogram per measure (value -> members with a strictly smaller value)
# turns each score into one primary-key lookup; three rank() windows over every member cost
# three sorts. Recency ranks by the last active day: an earlier day is strictly worse.
_HISTOGRAMS = (("lc_rq", "substr(last_ts, 1, 10)", "TEXT"), ("lc_fq", "frequency", "INTEGER"),
               ("lc_mq", "coalesce(monetary, 0)", "INTEGER"))
_SCORED = ("SELECT member_id, last_active, frequency, monetary_fen, r, f, m, " + SEGMENT_SQL + " AS segment FROM ("
           "SELECT x.member_id, substr(x.last_ts, 1, 10) AS last_active, x.frequency, "
           "coalesce(x.monetary, 0) AS monetary_fen, "
           "1 + 5 * rq.below / t.n AS r, 1 + 5 * fq.below / t.n AS f, 1 + 5 * mq.below / t.n AS m "
           # CROSS JOIN fixes the order: members outside, histogram lookups inside (the planner
           # would otherwise scan a small histogram and index lc_facts for every run).
           f"FROM {FACTS_TABLE} x CROSS JOIN (SELECT count(*) AS n FROM {FACTS_TABLE}) t "
           "CROSS JOIN temp.lc_rq rq CROSS JOIN temp.lc_fq fq CROSS JOIN temp.lc_mq mq "
           "WHERE rq.v = substr(x.last_ts, 1, 10) AND fq.v = x.frequency AND mq.v = coalesce(x.monetary, 0))")


def _histograms(db: Database, drop: bool = False) -> None:
    for name, value, kind in _HISTOGRAMS:
        db.conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        if not drop:
            db.conn.execute(f"CREATE TABLE temp.{name} (v {kind} PRIMARY KEY, below INTEGER NOT NULL) WITHOUT ROWID")
            db.conn.execute(f"INSERT INTO temp.{name} SELECT v, coalesce(sum(n) OVER (ORDER BY v ROWS BETWEEN "
                            f"UNBOUNDED PRECEDING AND 1 PRECEDING), 0) FROM (SELECT {value} AS v, count(*) AS n "
                            f"FROM {FACTS_TABLE} GROUP BY v)")


_RFM_COLUMNS = ("last_active", "frequency", "monetary_fen", "r", "f", "m", "segment")


def store_rfm(db: Database) -> tuple[int, dict[str, int]]:
    """Score the members in lc_facts and bring rfm_scores in line, writing only rows that changed.

    computed_at is when a member's row last changed. Returns (members scored, members per segment).
    """
    conn = db.conn
    conn.execute(f"DELETE FROM rfm_scores WHERE member_id NOT IN (SELECT member_id FROM {FACTS_TABLE})")
    _histograms(db)
    changed = " OR ".join(f"rfm_scores.{c} IS NOT excluded.{c}" for c in _RFM_COLUMNS)
    conn.execute(f"INSERT INTO rfm_scores(member_id, {', '.join(_RFM_COLUMNS)}, computed_at) "
                 f"SELECT *, :now FROM ({_SCORED}) WHERE true ON CONFLICT(member_id) DO UPDATE SET "
                 + ", ".join(f"{c} = excluded.{c}" for c in (*_RFM_COLUMNS, "computed_at")) + f" WHERE {changed}",
                 {"now": db.clock()})
    _histograms(db, drop=True)
    counts = dict.fromkeys(SEGMENTS, 0)
    counts.update(dict(plain(db, "SELECT segment, count(*) FROM rfm_scores GROUP BY segment")))
    return sum(counts.values()), counts


def compute_rfm(db: Database, as_of: date | None = None) -> dict[str, int]:
    """Score and store RFM for every member with activity; returns members per segment."""
    as_of = as_of or today_utc()
    with db.transaction():
        build_facts_table(db, as_of, lm.get_config(db), [])
        counts = store_rfm(db)[1]
        drop_facts_table(db)
        return counts


# -- points bank ----------------------------------------------------------------------------
def _require_member(db: Database, member_id: int) -> None:
    if db.conn.execute("SELECT 1 FROM members WHERE id = ? AND deleted_at IS NULL", (member_id,)).fetchone() is None:
        raise UserError("member #%1 does not exist", member_id)


def _positive(points: int) -> None:
    if not isinstance(points, int) or points <= 0:
        raise UserError("points must be a positive whole number, not %1", repr(points))


def earn(db: Database, member_id: int, points: int, reason: str, ref: int | None = None) -> int:
    _positive(points)
    with db.transaction():
        _require_member(db, member_id)
        entry = lm.add_entry(db, member_id, points, reason, "earned", ref)
        db.log_change("points_ledger", entry, "earn", None, {"member_id": member_id, "delta": points, "reason": reason})
    return lm.balance(db, member_id)


def spend(db: Database, member_id: int, points: int, reason: str) -> int:
    """Spend points; refused when the balance would go negative. Check and insert share one write lock."""
    _positive(points)
    with db.transaction():
        _require_member(db, member_id)
        have = lm.balance(db, member_id)
        if have < points:
            raise UserError("member #%1 has %2 points; cannot spend %3", member_id, have, points)
        entry = lm.add_entry(db, member_id, -points, reason, "spent")
        db.log_change("points_ledger", entry, "spend", None, {"member_id": member_id, "delta": -points, "reason": reason})
        return have - points


def redeem(db: Database, member_id: int, reward: str) -> int:
    """Spend a catalogue reward's cost on it; returns the new balance."""
    costs = dict(lm.rewards(db))
    if reward not in costs:
        raise UserError("unknown reward %1", repr(reward))
    return spend(db, member_id, costs[reward], str(filled(REWARD, reward)))


def correct(db: Database, member_id: int, delta: int, reason: str) -> int:
    """A correction entry (either sign); never edits an entry. Refused if the balance would go negative."""
    if not isinstance(delta, int) or delta == 0:
        raise UserError("a correction needs a non-zero whole number of points")
    if not reason.strip():
        raise UserError("a correction needs a reason")
    with db.transaction():
        _require_member(db, member_id)
        have = lm.balance(db, member_id)
        if have + delta < 0:
            raise UserError("member #%1 has %2 points; a correction of %3 would make it negative",
                            member_id, have, delta)
        entry = lm.add_entry(db, member_id, delta, reason, "correction")
        db.log_change("points_ledger", entry, "correct", None, {"member_id": member_id, "delta": delta, "reason": reason})
        return have + delta


def _rewarded_counts(db: Database, kind: str, cap: int | None, mark: int, top: int,
                     hours: int) -> list[tuple[int, int]]:
    """(member, events of *kind* rewarded) among events mark < id <= top, honouring a daily cap.

    A cap counts per member and local day (UTC + *hours*): a day's award is
    min(cap, events up to top) - min(cap, events up to mark), so a day split over two runs is
    capped once. On a first run (mark 0) the range is the whole table and the covering member
    index is scanned in order; a later run reads its id range.
    """
    rows = "+id > ? AND +id <= ?" if mark == 0 else "id > ? AND id <= ?"
    if not cap:
        return plain(db, f"SELECT member_id, count(*) FROM events WHERE kind = ? AND {rows} GROUP BY member_id",
                      (kind, mark, top)).fetchall()
    local, back = f"{hours:+d} hours", f"{-hours:+d} hours"
    earlier = "0" if mark == 0 else (
        "(SELECT count(*) FROM events e WHERE e.member_id = x.member_id AND e.kind = ? AND e.id <= ? "
        "AND e.ts >= strftime('%Y-%m-%dT%H:%M:%SZ', x.day, ?) "
        "AND e.ts < strftime('%Y-%m-%dT%H:%M:%SZ', x.day, '+1 day', ?))")
    params = [] if mark == 0 else [kind, mark, back, back]
    return plain(db, f"SELECT member_id, sum(min(?, n + b) - min(?, b)) FROM ("
                      f"SELECT member_id, n, {earlier} AS b FROM ("
                      f"SELECT member_id, date(ts, ?) AS day, count(*) AS n FROM events "
                      f"WHERE kind = ? AND {rows} GROUP BY member_id, day) AS x) GROUP BY member_id",
                  (cap, cap, *params, local, kind, mark, top)).fetchall()


def earn_from_events(db: Database, cfg: dict, cancelled: CancelCheck = never_cancelled) -> tuple[int, int, int]:
    """Apply the earning rules to events imported since the last run. Returns (entries, points, events).

    One ledger entry per member and run (a statement line, e.g. "events #1–#500: message ×12,
    check_in ×1"), not one per event: the watermark, moved in the same transaction, is what
    makes a second run award nothing.
    """
    rules = {k: v for k, v in cfg["earning"].items() if v.get("points")}
    with db.transaction() as conn:
        mark = int(db.get_meta(WATERMARK_KEY, "0"))
        top = conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0
        counts: dict[int, list[tuple[str, int]]] = {}
        if rules and top > mark:
            for kind in sorted(rules):
                check_cancel(cancelled)
                for member_id, n in _rewarded_counts(db, kind, rules[kind].get("daily_cap"), mark, top,
                                                     int(cfg["day_offset_hours"])):
                    if n:
                        counts.setdefault(member_id, []).append((kind, n))
        db.set_meta(WATERMARK_KEY, str(top))
        entries = [(member_id, sum(rules[k]["points"] * n for k, n in parts), events_earned_text(mark + 1, top, parts))
                   for member_id, parts in counts.items()]
        now, by = db.clock(), db.operator
        conn.executemany("INSERT INTO points_ledger(member_id, delta, reason, kind, at, by) "
                         "VALUES (?, ?, ?, 'earned', ?, ?)", ((m, d, r, now, by) for m, d, r in entries if d))
        return (sum(1 for e in entries if e[1]), sum(e[1] for e in entries),
                sum(n for parts in counts.values() for _, n in parts))


# -- tiers ----------------------------------------------------------------------------------
def _member_days(join_date: str | None, as_of: date) -> int:
    try:
        return (as_of - date.fromisoformat(join_date[:10])).days if join_date else 0
    except ValueError:
        return 0


def _facts(act: Activity | None, rfm: int, points: int, join_date: str | None, as_of: date) -> dict:
    return {"messages": act.messages if act else {}, "originals": act.originals if act else {},
            "attended": act.attended if act else 0,
            "points": points, "rfm": rfm,
            "member_days": _member_days(join_date, as_of)}


def _value(rule: str, params: dict, facts: dict) -> int:
    if rule == "messages_in_days":
        return facts["messages"].get(params["days"], 0)
    if rule == "original_posts_in_days":
        return facts["originals"].get(params["days"], 0)
    return facts[rule]


def check_rules(tier: lm.Tier, facts: dict) -> list[tuple[str, int, int, bool]]:
    out = []
    for rule, params in tier.rules.items():
        value = _value(rule, params, facts)
        out.append((lm.describe_rule(rule, params), value, params["min"], value >= params["min"]))
    return out


# A rule's measured fact as SQL over members m, lc_facts f, points p, rfm_scores r (as _facts gives it).
_FACT_SQL = {"attended": "coalesce(f.attended, 0)", "points": "coalesce(p.points, 0)",
             "rfm": "coalesce(r.r + r.f + r.m, 0)",
             "member_days": "coalesce(CAST(julianday(:as_of) - julianday(substr(m.join_date, 1, 10)) AS INTEGER), 0)"}


def _fact_sql(rule: str, params: dict) -> str:
    if rule in ("messages_in_days", "original_posts_in_days"):
        return f"coalesce(f.{'msg' if rule == 'messages_in_days' else 'orig'}_{int(params['days'])}, 0)"
    return _FACT_SQL[rule]


def _target_sql(ladder: list[lm.Tier]) -> str:
    """Index of the highest tier whose rules all pass (-1: none), as a CASE."""
    arms = []
    for index in range(len(ladder) - 1, -1, -1):
        tests = [f"{_fact_sql(rule, params)} >= {int(params['min'])}" for rule, params in ladder[index].rules.items()]
        arms.append(f"WHEN {' AND '.join(tests) or '1'} THEN {index}")
    return f"CASE {' '.join(arms)} ELSE -1 END"


@dataclass
class TierReport:
    promoted: int = 0
    demoted: int = 0
    pending: int = 0
    overridden: int = 0
    configured: bool = True


def _tier_candidates(db: Database, as_of: date, ladder: list[lm.Tier], windows: list[int], originals: list[int]):
    """Members whose tier state may change: a target other than their tier, a pending demotion or
    an override not yet applied. Everyone else is left alone, so a steady run writes nothing.

    Rows: (id, join_date, tier, since, demote_on, override tier/reason/by, target, attended, points,
    rfm, messages per window..., original posts per window..., pinned, current).
    """
    uses = {rule for t in ladder for rule in t.rules}
    conn = db.conn
    points_join = rfm_join = ""
    if "points" in uses:
        conn.execute("DROP TABLE IF EXISTS temp.lc_points")
        conn.execute("CREATE TABLE temp.lc_points (member_id INTEGER PRIMARY KEY, points INTEGER)")
        conn.execute("INSERT INTO temp.lc_points SELECT member_id, sum(delta) FROM points_ledger GROUP BY member_id")
        points_join = "LEFT JOIN temp.lc_points p ON p.member_id = m.id"
    if "rfm" in uses:
        rfm_join = "LEFT JOIN rfm_scores r ON r.member_id = m.id"
    names = {f"t{i}": t.name for i, t in enumerate(ladder)}
    current = "CASE m.tier " + " ".join(f"WHEN :t{i} THEN {i}" for i in range(len(ladder))) + " ELSE -1 END"
    values = [_FACT_SQL["attended"], _FACT_SQL["points"] if points_join else "0",
              _FACT_SQL["rfm"] if rfm_join else "0", *(f"coalesce(f.msg_{d}, 0)" for d in windows),
              *(f"coalesce(f.orig_{d}, 0)" for d in originals)]
    in_ladder = f"s.override_tier IN ({', '.join(':' + k for k in names)})"
    return plain(db, f"""
        SELECT * FROM (
            SELECT m.id, m.join_date, m.tier, s.since, s.demote_on, s.override_tier, s.override_reason,
                   s.override_by, {_target_sql(ladder)} AS target, {', '.join(values)},
                   {in_ladder} AS pinned, {current} AS current
            FROM members m NOT INDEXED
            LEFT JOIN {FACTS_TABLE} f ON f.member_id = m.id
            LEFT JOIN member_tier_state s ON s.member_id = m.id
            {points_join} {rfm_join}
            WHERE m.deleted_at IS NULL)
        WHERE demote_on IS NOT NULL OR CASE WHEN pinned THEN override_tier != tier ELSE target != current END
        """, {**names, "as_of": as_of.isoformat()}).fetchall()


def apply_tiers(db: Database, as_of: date, ladder: list[lm.Tier], cfg: dict,
                cancelled: CancelCheck = never_cancelled) -> TierReport:
    """Move members along the ladder; the facts come from lc_facts (build_facts_table)."""
    report = TierReport(configured=bool(ladder))
    if not ladder:
        return report
    conn, now, by = db.conn, db.clock(), db.operator
    rank = {t.name: i for i, t in enumerate(ladder)}
    windows, originals = message_windows(ladder), original_windows(ladder)
    grace = timedelta(days=cfg["grace_days"])
    moves, states, history = [], [], []
    today = as_of.isoformat()
    for row in _tier_candidates(db, as_of, ladder, windows, originals):
        member_id, join_date, current, since, demote_on, o_tier, o_reason, o_by, index = row[:9]
        new, reason, new_demote = current, None, None
        if o_tier is not None and o_tier in rank:
            if current != o_tier:
                new, reason = o_tier, str(filled(MANUAL_TIER, o_reason, o_by))
                report.overridden += 1
        else:
            facts = {"attended": row[9], "points": row[10], "rfm": row[11],
                     "messages": dict(zip(windows, row[12:12 + len(windows)])),
                     "originals": dict(zip(originals, row[12 + len(windows):12 + len(windows) + len(originals)])),
                     "member_days": _member_days(join_date, as_of)}
            have = rank.get(current, -1)
            if index > have:
                new = ladder[index].name
                checks = check_rules(ladder[index], facts)
                reason = str(filled(PROMOTED, checks_text(checks)) if checks else filled(NO_RULES, new))
                report.promoted += 1
            elif index < have:
                due = demote_on or (as_of + grace).isoformat()
                if due <= today:
                    failed = [c for c in check_rules(ladder[have], facts) if not c[3]]
                    new = ladder[index].name if index >= 0 else ""
                    reason = str(filled(DEMOTED, cfg["grace_days"], checks_text(failed)))
                    report.demoted += 1
                else:
                    new_demote = due
                    report.pending += 1
        new_since = today if new != current else since
        if new != current or (new_since, new_demote) != (since, demote_on):
            states.append((member_id, new, new_since, new_demote))
        if new != current:
            moves.append((new, now, by, member_id))
            history.append((member_id, current, new, reason, now, by))
    for i in range(0, max(len(moves), len(states)), CHUNK):
        check_cancel(cancelled)
        conn.executemany("UPDATE members SET tier = ?, version = version + 1, updated_at = ?, updated_by = ? "
                         "WHERE id = ?", moves[i:i + CHUNK])
        conn.executemany("INSERT INTO tier_changes(member_id, from_tier, to_tier, reason, at, by) "
                         "VALUES (?, ?, ?, ?, ?, ?)", history[i:i + CHUNK])
        conn.executemany("INSERT INTO changes(at, operator, table_name, row_id, action, before, after) "
                         "VALUES (?, ?, 'members', ?, 'tier', json_object('tier', ?), json_object('tier', ?, 'reason', ?))",
                         ((h[4], h[5], h[0], h[1], h[2], h[3]) for h in history[i:i + CHUNK]))
        conn.executemany("INSERT INTO member_tier_state(member_id, tier, since, demote_on) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT(member_id) DO UPDATE SET tier = excluded.tier, since = excluded.since, "
                         "demote_on = excluded.demote_on", states[i:i + CHUNK])
    conn.execute("DROP TABLE IF EXISTS temp.lc_points")
    return report


def explain_tier(db: Database, member_id: int, as_of: date | None = None) -> list[tuple[str, int, int, bool]]:
    """Why this tier: (rule, the member's value, threshold, passed) for every rule of every tier."""
    as_of = as_of or today_utc()
    cfg, ladder = lm.get_config(db), lm.get_ladder(db)
    row = db.conn.execute("SELECT join_date FROM members WHERE id = ?", (member_id,)).fetchone()
    if row is None:
        raise UserError("member #%1 does not exist", member_id)
    act = member_activity(db, as_of, cfg, message_windows(ladder), [member_id],
                          original_windows(ladder)).get(member_id)
    stored = db.conn.execute("SELECT r + f + m FROM rfm_scores WHERE member_id = ?", (member_id,)).fetchone()
    facts = _facts(act, stored[0] if stored else 0, lm.balance(db, member_id), row[0], as_of)
    return [(str(filled(TIER_RULE, t.name, d)), v, th, ok) for t in ladder for d, v, th, ok in check_rules(t, facts)]


# -- churn ----------------------------------------------------------------------------------
@dataclass
class ChurnReport:
    flagged: int = 0
    open: int = 0
    cleared: int = 0
    returned: int = 0
    not_returned: int = 0


def churn_reason(act: Activity | None, join_date: str | None, as_of: date, cfg: dict) -> str | None:
    churn = cfg["churn"]
    last = _date(act.last_ts) if act else None
    if last is None and join_date:
        try:
            last = date.fromisoformat(join_date[:10])
        except ValueError:
            last = None
    if last is not None and (as_of - last).days >= churn["silent_days"]:
        return str(filled(SILENT_FOR, (as_of - last).days))
    if act and act.earlier:
        baseline = act.earlier / 3
        if act.recent * 3 < churn["share"] * act.earlier:      # the same test as _RISKY_SQL
            return str(filled(FEWER_ACTIONS, act.recent, churn["days"], format(churn["share"], ".0%"),
                              format(baseline, ".1f")))
    return None


# churn_reason() is not None, as SQL over members m and lc_facts f.
# Silent: the last event before :silent_ts (the start of D - silent_days + 1), else the join date
# that long ago (julianday: NULL for text that is not a date, as churn_reason's parse fails).
_RISKY_SQL = ("(CASE WHEN f.last_ts IS NOT NULL THEN f.last_ts < :silent_ts "
              "ELSE coalesce(julianday(:as_of) - julianday(substr(m.join_date, 1, 10)) >= :silent, 0) END "
              "OR coalesce(f.earlier > 0 AND f.recent * 3 < :share * f.earlier, 0))")


def _churn_candidates(db: Database, as_of: date, cfg: dict):
    """Members whose flag or status may change, or whose recall awaits an outcome; the rest stay as
    they are. The roster is read in rowid order (NOT INDEXED: an index on status would mean a
    random table read per member). Rows: (id, join_date, status, flag id, recall_at, returned, last_ts, recent, earlier, risky)."""
    churn = cfg["churn"]
    return plain(db, f"""
        SELECT * FROM (
            SELECT m.id, m.join_date, m.status, c.id AS flag, c.recall_at, c.returned, f.last_ts, f.recent,
                   f.earlier, {_RISKY_SQL} AS risky
            FROM members m NOT INDEXED
            LEFT JOIN {FACTS_TABLE} f ON f.member_id = m.id
            LEFT JOIN churn_flags c ON c.member_id = m.id AND c.cleared_at IS NULL
            WHERE m.deleted_at IS NULL AND m.status IN ('active', 'silent', 'at_risk'))
        WHERE (recall_at IS NOT NULL AND returned IS NULL)
           OR CASE WHEN risky THEN flag IS NULL OR status = 'active'
                   ELSE (flag IS NOT NULL AND recall_at IS NULL) OR status = 'at_risk' END""",
        {"as_of": as_of.isoformat(), "silent": churn["silent_days"], "share": churn["share"],
         "silent_ts": start_of(as_of - timedelta(days=churn["silent_days"] - 1))}).fetchall()


def apply_churn(db: Database, as_of: date, cfg: dict, cancelled: CancelCheck = never_cancelled) -> ChurnReport:
    """Flag, clear and settle recalls; the facts come from lc_facts (build_facts_table)."""
    report = ChurnReport()
    conn, now, by = db.conn, db.clock(), db.operator
    day = as_of.isoformat()
    window = timedelta(days=cfg["churn"]["days"])
    new_flags, clear, outcomes, to_risk, to_active = [], [], [], [], []
    for member_id, join_date, status, flag, recall_at, returned, last_ts, recent, earlier, risky \
            in _churn_candidates(db, as_of, cfg):
        act = Activity(last_ts, 0, 0, 0, recent, earlier, {}) if last_ts else None
        if flag is not None and recall_at is not None and returned is None:
            if last_ts and last_ts > recall_at:
                outcomes.append((1, day, day, flag))
                report.returned += 1
                if status == "at_risk":
                    to_active.append((now, by, member_id))
                continue
            if _date(recall_at) + window <= as_of:
                outcomes.append((0, None, None, flag))
                report.not_returned += 1
        reason = (churn_reason(act, join_date, as_of, cfg) or str(AT_RISK)) if risky else None
        if reason and flag is None:
            new_flags.append((member_id, day, reason))
            report.flagged += 1
        elif reason is None and flag is not None and recall_at is None:
            clear.append((day, flag))
            report.cleared += 1
        if reason and status == "active":
            to_risk.append((now, by, member_id))
        elif reason is None and status == "at_risk":
            to_active.append((now, by, member_id))
    check_cancel(cancelled)
    conn.executemany("INSERT INTO churn_flags(member_id, flagged_at, reason) VALUES (?, ?, ?)", new_flags)
    conn.executemany("UPDATE churn_flags SET cleared_at = ? WHERE id = ?", clear)
    conn.executemany("UPDATE churn_flags SET returned = ?, returned_at = ?, cleared_at = ? WHERE id = ?", outcomes)
    for status, rows in (("at_risk", to_risk), ("active", to_active)):
        conn.executemany("UPDATE members SET status = ?, version = version + 1, updated_at = ?, "
                         "updated_by = ? WHERE id = ?", ((status, *row) for row in rows))
    if to_risk or to_active:
        db.log_change("members", None, "churn_status", None,
                      {"at_risk": len(to_risk), "active": len(to_active), "as_of": day})
    report.open = conn.execute("SELECT count(*) FROM churn_flags WHERE cleared_at IS NULL").fetchone()[0]
    return report


def log_recall(db: Database, member_id: int, action: str, at: str | None = None) -> None:
    """Record the recall action taken for a member's open churn flag."""
    if not action.strip():
        raise UserError("describe the recall action")
    with db.transaction() as conn:
        row = conn.execute("SELECT id FROM churn_flags WHERE member_id = ? AND cleared_at IS NULL "
                           "ORDER BY id DESC LIMIT 1", (member_id,)).fetchone()
        if row is None:
            raise UserError("member #%1 is not flagged at risk", member_id)
        at = at or db.clock()
        conn.execute("UPDATE churn_flags SET recall_action = ?, recall_at = ?, recall_by = ? WHERE id = ?",
                     (action, at, db.operator, row[0]))
        db.log_change("churn_flags", row[0], "recall", None, {"member_id": member_id, "action": action})


def returned_since_recall(db: Database, member_id: int) -> bool | None:
    """Did the member act after the latest recall? None when no recall was logged."""
    row = db.conn.execute("SELECT recall_at FROM churn_flags WHERE member_id = ? AND recall_at IS NOT NULL "
                          "ORDER BY id DESC LIMIT 1", (member_id,)).fetchone()
    if row is None:
        return None
    kinds = lm.ACTIVITY_KINDS
    return db.conn.execute(
        f"SELECT 1 FROM events WHERE member_id = ? AND ts > ? AND kind IN ({','.join('?' * len(kinds))}) LIMIT 1",
        (member_id, row[0], *kinds)).fetchone() is not None


def return_rate(db: Database) -> float | None:
    """Share of recalls with a known outcome whose member came back (None before any outcome)."""
    back, decided = db.conn.execute(
        "SELECT coalesce(sum(returned), 0), count(returned) FROM churn_flags WHERE recall_at IS NOT NULL").fetchone()
    return back / decided if decided else None


# -- credit score and KOL shortlist (on demand) ---------------------------------------------
def credit_scores(db: Database, as_of: date | None = None, member_id: int | None = None) -> dict[int, tuple[int, str]]:
    """信用分 per member with any scored event or decided moderation case: start + the configured move per
    event + each decided case's move (by its action), kept in [0, max]."""
    as_of = as_of or today_utc()
    credit = lm.get_config(db)["credit"]
    moves = credit["moves"]
    before = start_of(as_of + timedelta(days=1))
    totals: dict[int, int] = {}
    if moves:
        kinds = sorted(moves)
        sql = (f"SELECT member_id, kind, count(*) FROM events WHERE ts < ? AND kind IN ({','.join('?' * len(kinds))})"
               + (" AND member_id = ?" if member_id is not None else "") + " GROUP BY member_id, kind")
        params = [before, *kinds] + ([member_id] if member_id is not None else [])
        for member, kind, count in plain(db, sql, params):
            totals[member] = totals.get(member, credit["start"]) + moves[kind] * count
    for member, delta in moderation.credit_moves(db, before, member_id).items():  # decided cases
        totals[member] = totals.get(member, credit["start"]) + delta
    levels = sorted((low, name) for low, name in credit["levels"])
    out = {}
    for member, total in totals.items():
        score = max(0, min(credit["max"], total))
        out[member] = (score, [name for low, name in levels if score >= low][-1])
    return out


def credit_level(db: Database, score: int) -> str:
    levels = sorted((low, name) for low, name in lm.get_config(db)["credit"]["levels"])
    return [name for low, name in levels if score >= low][-1]


@dataclass
class KolCandidate:
    member_id: int
    name: str
    messages: int
    long_posts: int
    attended: int
    score: float


def kol_scores(db: Database, as_of: date | None = None, member_ids: list[int] | None = None) -> list[KolCandidate]:
    """星火计划 scores: weights x (messages, long original posts, events attended) in the window.

    Every member with activity there, or only *member_ids* (an index range each, 500 per query).
    """
    as_of = as_of or today_utc()
    kol = lm.get_config(db)["kol"]
    weights = kol["weights"]
    end = as_of + timedelta(days=1)
    ids = sorted(set(member_ids)) if member_ids is not None else None
    chunks = [ids[i:i + 500] for i in range(0, len(ids), 500)] if ids is not None else [None]
    out = []
    for chunk in chunks:
        among = f"e.member_id IN ({','.join('?' * len(chunk))}) AND " if chunk else ""
        rows = plain(db,
            "SELECT e.member_id, coalesce(nullif(m.display_name, ''), m.nickname), sum(e.kind = 'message'), "
            "sum(e.kind = 'message' AND coalesce(length(e.text), 0) >= ?), sum(e.kind = 'attendance') FROM events e "
            "JOIN members m ON m.id = e.member_id AND m.deleted_at IS NULL "
            f"WHERE {among}e.ts >= ? AND e.ts < ? AND e.kind IN ('message', 'attendance') GROUP BY e.member_id",
            (kol["long_post_chars"], *(chunk or ()), start_of(end - timedelta(days=kol["days"])), start_of(end)))
        out.extend(KolCandidate(r[0], r[1], r[2], r[3], r[4], weights["messages"] * r[2]
                                + weights["long_posts"] * r[3] + weights["attendance"] * r[4]) for r in rows)
    return out


def kol_shortlist(db: Database, top: int = 20, as_of: date | None = None) -> list[KolCandidate]:
    """星火计划: the top *top* members by kol_scores."""
    ranked = sorted(kol_scores(db, as_of), key=lambda c: (-c.score, c.member_id))
    return ranked[:top]


# -- recompute ------------------------------------------------------------------------------
@dataclass
class RecomputeReport:
    as_of: str
    points_entries: int = 0
    points_awarded: int = 0
    points_events: int = 0
    rfm_members: int = 0
    segments: dict[str, int] = field(default_factory=dict)
    tiers: TierReport = field(default_factory=TierReport)
    churn: ChurnReport = field(default_factory=ChurnReport)

    def lines(self) -> list[Translatable]:
        """What the run did, one line per part (str(): the English the CLI prints)."""
        counts = [filled(SEGMENT_COUNT, SEGMENT_WORDS.get(k, k), v) for k, v in self.segments.items() if v]
        t, c = self.tiers, self.churn
        tiers = (translatable(SUMMARY, "tiers: %1 promoted, %2 demoted, %3 pending demotion, %4 set by override",
                              t.promoted, t.demoted, t.pending, t.overridden)
                 if t.configured else translatable(SUMMARY, "tiers: no tier ladder configured"))
        return [translatable(SUMMARY, "points: %1 awards, %2 points earned from %3 events", self.points_entries,
                             self.points_awarded, self.points_events),
                translatable(SUMMARY, "rfm: %1 members scored (%2)", self.rfm_members,
                             joined(counts, ", ") if counts else NONE),
                tiers,
                translatable(SUMMARY, "churn: %1 newly flagged, %2 open, %3 cleared, %4 returned after recall, "
                                      "%5 did not", c.flagged, c.open, c.cleared, c.returned, c.not_returned)]


def recompute(db: Database, as_of: date | None = None, *, progress: Progress = no_progress,
              cancelled: CancelCheck = never_cancelled) -> RecomputeReport:
    """Points, RFM, tiers and churn in one transaction: all land, or (cancel, error) none."""
    as_of = as_of or today_utc()
    report = RecomputeReport(as_of.isoformat())
    steps = 5
    with db.bulk_cache(), db.transaction(), _interruptible(db, cancelled):
        cfg, ladder = lm.get_config(db), lm.get_ladder(db)
        progress(0, steps)
        report.points_entries, report.points_awarded, report.points_events = earn_from_events(db, cfg, cancelled)
        progress(1, steps)
        check_cancel(cancelled)
        build_facts_table(db, as_of, cfg, message_windows(ladder), original_windows(ladder))
        progress(2, steps)
        check_cancel(cancelled)
        report.rfm_members, report.segments = store_rfm(db)
        progress(3, steps)
        report.tiers = apply_tiers(db, as_of, ladder, cfg, cancelled)
        progress(4, steps)
        report.churn = apply_churn(db, as_of, cfg, cancelled)
        drop_facts_table(db)
        check_cancel(cancelled)
        db.log_change("lifecycle", None, "recompute", None, {
            "as_of": report.as_of, "points": report.points_awarded, "rfm": report.rfm_members,
            "promoted": report.tiers.promoted, "demoted": report.tiers.demoted, "flagged": report.churn.flagged})
        progress(steps, steps)
    return report

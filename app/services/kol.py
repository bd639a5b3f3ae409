"""星火计划: the KOL cohort. Members picked from the KOL shortlist are accepted into a monthly cohort.

Acceptance stores the score the member had on that day and its parts (messages, long original
posts, events attended, with the weights and window used), so a later change of weights never
rewrites history. Accepting a member gives them the roster role 'kol'.

The cohort is then tracked over time: messages and attendance per calendar month from the month
of acceptance up to now, in one GROUP BY over the events of the cohort's members (an index range
on events_by_member per member). Months are local months (lifecycle day_offset_hours, UTC+8 by
default), like the daily caps of the points bank.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from app.models import lifecycle as lm
from app.models.database import Database
from app.models.errors import UserError
from app.services.lifecycle import KolCandidate, kol_scores, today_utc
from app.services.lifecycle_facts import plain

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
KOL_ROLE = "kol"


def check_month(month: str) -> str:
    """'YYYY-MM' or UserError."""
    text = month.strip() if isinstance(month, str) else ""
    if not MONTH.match(text):
        raise UserError("a month is written YYYY-MM (e.g. 2024-03), not %1", repr(month))
    return text


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_between(first: str, last: str) -> list[str]:
    """Every 'YYYY-MM' from *first* to *last*, both included (empty if first > last)."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def candidate_scores(db: Database, member_ids: list[int], as_of: date | None = None) -> dict[int, KolCandidate]:
    """kol_shortlist's figures for the given members only; members without activity in the window
    are left out (the caller scores them 0)."""
    return {c.member_id: c for c in kol_scores(db, as_of, member_ids)}


def accept_into_cohort(db: Database, month: str, member_ids: list[int], note: str = "",
                       as_of: date | None = None) -> int:
    """Accept members into *month*'s KOL cohort; returns how many were added.

    Members already in that month's cohort are skipped. Each stored row keeps the member's
    current score and its parts. Unknown or deleted members are refused (nothing is written).
    """
    month = check_month(month)
    as_of = as_of or today_utc()
    ids = list(dict.fromkeys(int(i) for i in member_ids))
    if not ids:
        return 0
    kol = lm.get_config(db)["kol"]
    added = 0
    with db.transaction() as conn:
        known = {r[0] for r in plain(db, f"SELECT id FROM members WHERE deleted_at IS NULL AND id IN "
                                          f"({','.join('?' * len(ids))})", ids)}
        missing = [i for i in ids if i not in known]
        if missing:
            raise UserError("member #%1 does not exist", missing[0])
        scores = candidate_scores(db, ids, as_of)
        now, by = db.clock(), db.operator
        for member_id in ids:
            c = scores.get(member_id)
            parts = {"messages": c.messages if c else 0, "long_posts": c.long_posts if c else 0,
                     "attended": c.attended if c else 0, "weights": kol["weights"], "days": kol["days"],
                     "long_post_chars": kol["long_post_chars"], "as_of": as_of.isoformat()}
            score = float(c.score) if c else 0.0
            cursor = conn.execute(
                "INSERT INTO kol_cohort(member_id, month, score, parts, accepted_at, accepted_by, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(member_id, month) DO NOTHING",
                (member_id, month, score, json.dumps(parts, ensure_ascii=False, sort_keys=True), now, by, note))
            if cursor.rowcount != 1:
                continue
            added += 1
            db.log_change("kol_cohort", cursor.lastrowid, "accept", None,
                          {"member_id": member_id, "month": month, "score": score, "note": note})
            _give_role(db, member_id, now, by)
    return added


def _give_role(db: Database, member_id: int, now: str, by: str) -> None:
    """Add the roster role 'kol' (a member edit: version bumped so an open editor sees a conflict)."""
    conn = db.conn
    before = [r[0] for r in conn.execute("SELECT role FROM member_roles WHERE member_id = ? ORDER BY role",
                                         (member_id,))]
    if KOL_ROLE in before:
        return
    conn.execute("INSERT INTO member_roles(member_id, role) VALUES (?, ?)", (member_id, KOL_ROLE))
    conn.execute("UPDATE members SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                 (now, by, member_id))
    db.log_change("members", member_id, "role", {"roles": before}, {"roles": sorted([*before, KOL_ROLE])})


@dataclass
class CohortRow:
    id: int
    member_id: int
    name: str
    month: str
    score: float
    parts: dict
    accepted_at: str
    accepted_by: str
    note: str
    # 'YYYY-MM' -> (messages, events attended), every month from *month* up to now, zeros included.
    activity: dict[str, tuple[int, int]] = field(default_factory=dict)


def cohort_months(db: Database) -> list[str]:
    """Months with a cohort, newest first."""
    return [r[0] for r in plain(db, "SELECT DISTINCT month FROM kol_cohort ORDER BY month DESC")]


def activity_sql(where: str = "") -> str:
    """Messages and attendance per member and local month, from each member's first cohort month.

    Parameters: local offset ('+8 hours'), the *where* parameters, the offset back ('-8 hours'),
    the UTC end. Driven by the (small) cohort: one events_by_member range per member.
    """
    return ("SELECT e.member_id, strftime('%Y-%m', e.ts, ?) AS ym, sum(e.kind = 'message'), "
            "sum(e.kind = 'attendance') FROM "
            f"(SELECT member_id, min(month) AS since FROM kol_cohort c {where} GROUP BY member_id) AS k "
            "JOIN events e ON e.member_id = k.member_id "
            "AND e.ts >= strftime('%Y-%m-%dT%H:%M:%SZ', k.since || '-01', ?) AND e.ts < ? "
            "AND e.kind IN ('message', 'attendance') GROUP BY e.member_id, ym")


def cohort(db: Database, month: str | None = None, as_of: date | None = None) -> list[CohortRow]:
    """Accepted members (one month's cohort, or all), with their activity per month since acceptance."""
    if month is not None:
        month = check_month(month)
    as_of = as_of or today_utc()
    hours = int(lm.get_config(db)["day_offset_hours"])
    local, back = f"{hours:+d} hours", f"{-hours:+d} hours"
    last = month_of(as_of)
    where, params = ("WHERE c.month = ?", [month]) if month else ("", [])
    with db.read_transaction():
        rows = plain(db,
            "SELECT c.id, c.member_id, coalesce(nullif(m.display_name, ''), m.nickname), c.month, c.score, c.parts, "
            f"c.accepted_at, c.accepted_by, c.note FROM kol_cohort c JOIN members m ON m.id = c.member_id {where} "
            "ORDER BY c.month DESC, c.score DESC, c.member_id", params).fetchall()
        # One GROUP BY: each member's events from their earliest listed month to the end of as_of (local).
        counts: dict[tuple[int, str], tuple[int, int]] = {}
        if rows:
            for member_id, ym, messages, attended in plain(db, activity_sql(where), (
                    local, *params, back, _local_start(as_of + timedelta(days=1), hours))):
                counts[(member_id, ym)] = (messages, attended)
    out = []
    for r in rows:
        activity = {ym: counts.get((r[1], ym), (0, 0)) for ym in months_between(r[3], last)}
        out.append(CohortRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}"), r[6], r[7], r[8], activity))
    return out


def _local_start(day: date, hours: int) -> str:
    """UTC text of the start of local *day* (UTC + hours)."""
    moment = datetime.combine(day, time()) - timedelta(hours=hours)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

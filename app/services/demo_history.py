"""The demo community's past, for the dashboard: when the members who left went, and how members
climbed (and slipped down) the tier ladder before today's recompute placed them.

Consistent with the roster: a member who left is dated a few days after their last message (or a
few weeks after joining when they never spoke); a member now in a higher tier was promoted step by
step between joining and today; a few who are at risk now came down a step last month.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from app.models.database import Database

CHINA = timezone(timedelta(hours=8))


def _utc(day: date, rng: random.Random) -> str:
    local = datetime.combine(day, time(rng.randint(8, 22), rng.randint(0, 59)), CHINA)
    return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def add_demo_history(db: Database, *, seed: int = 42, today: date | None = None) -> int:
    """Date the leavers and add past tier moves; returns the tier moves added."""
    rng = random.Random(seed)
    today = today or date.today()
    ladder = [r[0] for r in db.conn.execute("SELECT name FROM tiers ORDER BY position")]
    with db.transaction() as conn:
        left = conn.execute(
            "SELECT m.id, m.join_date, (SELECT max(e.ts) FROM events e WHERE e.member_id = m.id "
            "AND e.kind = 'message') FROM members m WHERE m.status = 'left' AND m.left_at IS NULL").fetchall()
        dated = []
        for member_id, join_date, last_message in left:
            joined = date.fromisoformat(join_date) if join_date else today - timedelta(days=90)
            base = date.fromisoformat(last_message[:10]) if last_message else joined + timedelta(days=rng.randint(7, 60))
            dated.append((_utc(min(today - timedelta(days=1), base + timedelta(days=rng.randint(1, 7))), rng), member_id))
        conn.executemany("UPDATE members SET left_at = ? WHERE id = ?", dated)
        moves = []
        for member_id, tier, join_date, status in conn.execute(
                "SELECT id, tier, join_date, status FROM members WHERE deleted_at IS NULL AND tier != ''"):
            if tier not in ladder:
                continue
            joined = date.fromisoformat(join_date) if join_date else today - timedelta(days=180)
            level = ladder.index(tier)
            demoted = status == "at_risk" and level + 1 < len(ladder) and rng.random() < 0.5
            slipped = _between(rng, today - timedelta(days=45), today - timedelta(days=5)) if demoted else today
            day = max(joined, today - timedelta(days=240))
            for step in range(1, level + 1 + demoted):
                day = _between(rng, day, slipped - timedelta(days=1))
                moves.append((member_id, ladder[step - 1], ladder[step], "rules", _utc(day, rng)))
            if demoted:
                moves.append((member_id, ladder[level + 1], tier, "demotion", _utc(slipped, rng)))
        conn.executemany("INSERT INTO tier_changes(member_id, from_tier, to_tier, reason, at, by) "
                         "VALUES (?, ?, ?, ?, ?, 'demo')", moves)
    return len(moves)

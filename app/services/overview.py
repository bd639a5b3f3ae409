"""What a community file holds, in counts: the honest first view of every tab."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from app.models.database import Database


@dataclass
class Overview:
    community_name: str
    members: int                      # on the roster: not deleted, not left
    new_last_30_days: int
    by_status: dict[str, int] = field(default_factory=dict)
    sub_communities: list[tuple[str, int]] = field(default_factory=list)
    changes_logged: int = 0


def community_overview(db: Database, today: date | None = None) -> Overview:
    today = today or date.today()
    conn = db.conn
    by_status = dict(conn.execute(
        "SELECT status, count(*) FROM members WHERE deleted_at IS NULL GROUP BY status").fetchall())
    since = (today - timedelta(days=30)).isoformat()
    new = conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL AND join_date >= ?",
                       (since,)).fetchone()[0]
    groups = conn.execute(
        "SELECT s.name, count(m.id) FROM sub_communities s "
        "LEFT JOIN member_sub_communities l ON l.sub_community_id = s.id "
        "LEFT JOIN members m ON m.id = l.member_id AND m.deleted_at IS NULL AND m.status != 'left' "
        "GROUP BY s.id ORDER BY s.name").fetchall()
    changes = conn.execute("SELECT max(id) FROM changes").fetchone()[0] or 0
    on_roster = sum(n for status, n in by_status.items() if status != "left")
    return Overview(db.get_meta("community_name", "") or db.path.stem, on_roster, new, by_status,
                    [(g[0], g[1]) for g in groups], changes)

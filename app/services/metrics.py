"""Community figures for a date range, in the community's time zone (one service for CLI, dashboard, reports)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.models.database import Database
from app.models.errors import UserError


def zone(name: str | None) -> tzinfo:
    """An IANA zone by name, or the system's local zone."""
    if not name:
        return datetime.now().astimezone().tzinfo
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(f"unknown time zone {name!r} (use a name such as Asia/Shanghai)") from None


def utc_bounds(start: date, end: date, tz: tzinfo) -> tuple[str, str]:
    """[start 00:00, end+1 00:00) local time, as the UTC text the events table stores."""
    def utc(day: date) -> str:
        local = datetime.combine(day, time.min).replace(tzinfo=tz)
        return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return utc(start), utc(end + timedelta(days=1))


def basic_stats(db: Database, start: date | None = None, end: date | None = None,
                tz: tzinfo | None = None) -> dict:
    """members (on the roster at the end of the range), active_members and messages in the range,
    and the moderation figures (cases opened and decided, median hours to decision, SLA breach rate)."""
    from app.services.moderation_stats import moderation_figures

    tz = tz or zone(None)
    end = end or datetime.now(tz).date()
    if start is None:
        first = db.conn.execute("SELECT min(ts) FROM events").fetchone()[0]
        start = (datetime.fromisoformat(first.replace("Z", "+00:00")).astimezone(tz).date()
                 if first else end)
    if start > end:
        raise UserError(f"--from {start} is after --to {end}")
    low, high = utc_bounds(start, end, tz)
    members = db.conn.execute(
        "SELECT count(*) FROM members WHERE deleted_at IS NULL AND status != 'left' "
        "AND (join_date IS NULL OR join_date <= ?)", (end.isoformat(),)).fetchone()[0]
    active, messages = db.conn.execute(
        "SELECT count(DISTINCT member_id), count(*) FROM events WHERE ts >= ? AND ts < ? AND kind = 'message'",
        (low, high)).fetchone()
    return {"from": start.isoformat(), "to": end.isoformat(), "members": members,
            "active_members": active, "messages": messages, **moderation_figures(db, low, high).stats_json()}

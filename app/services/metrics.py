"""Community figures for a date range, in the community's time zone (one service for CLI, dashboard, reports)."""
from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.models.database import Database
from app.models.errors import UserError


def zone(name: str | None) -> tzinfo:
    """An IANA zone by name, or the system's local zone."""
    if not name:
        return local_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError("unknown time zone %1 (use a name such as Asia/Shanghai)", repr(name)) from None


def local_zone() -> tzinfo:
    """This computer's zone with its DST rules: $TZ or /etc/localtime's IANA name where there is one,
    else the current fixed offset (days then follow today's offset all year)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        candidates.append(str(Path("/etc/localtime").resolve()).split("zoneinfo/", 1)[1])
    except (OSError, IndexError):
        pass
    for candidate in filter(None, candidates):
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return datetime.now().astimezone().tzinfo


def local_midnight_utc(day: date, tz: tzinfo) -> str:
    """00:00 on *day* in *tz*, as the UTC text the tables store."""
    local = datetime.combine(day, time.min).replace(tzinfo=tz)
    return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_date(utc_text: str, tz: tzinfo) -> date:
    """The local day in *tz* of a stored UTC time."""
    return datetime.fromisoformat(utc_text.replace("Z", "+00:00")).astimezone(tz).date()


def utc_bounds(start: date, end: date, tz: tzinfo) -> tuple[str, str]:
    """[start 00:00, end+1 00:00) local time, as the UTC text the events table stores."""
    return local_midnight_utc(start, tz), local_midnight_utc(end + timedelta(days=1), tz)


def community_zone(db: Database, name: str | None = None) -> tzinfo:
    """*name* when given, else the community's zone (dashboard settings), else this computer's."""
    from app.models.dashboard_settings import get_config

    return zone(name or get_config(db)["time_zone"] or None)


def basic_stats(db: Database, start: date | None = None, end: date | None = None,
                tz: tzinfo | None = None) -> dict:
    """from, to and the period's figures (app.services.dashboard.FIGURE_KEYS) for `stats`;
    *start* defaults to the first event's day, *end* to today."""
    from app.services.dashboard import Scope, period_figures

    tz = tz or community_zone(db)
    end = end or datetime.now(tz).date()
    if start is None:
        first = db.conn.execute("SELECT min(ts) FROM events").fetchone()[0]
        start = (datetime.fromisoformat(first.replace("Z", "+00:00")).astimezone(tz).date()
                 if first else end)
    if start > end:
        raise UserError("--from %1 is after --to %2", start, end)
    return {"from": start.isoformat(), "to": end.isoformat(), "tz": str(tz),
            **period_figures(db, Scope(start, end, tz))}

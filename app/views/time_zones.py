"""The community's time zone as the views need it: this computer's zone by its IANA name (so daylight
saving time is right on every day of a period, and the name is not an ambiguous "CST")."""
from __future__ import annotations

from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone

from app.services.metrics import zone


def system_zone_name() -> str:
    """This computer's zone, e.g. 'Asia/Shanghai' ('' when the system does not say)."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="replace")


def zone_or_system(name: str) -> tzinfo:
    """The zone called *name*, or for '' this computer's (UserError for an unknown name). Like
    app.services.metrics.zone, but this computer's zone comes from Qt, which knows its IANA name on
    every platform (Windows included)."""
    if name:
        return zone(name)
    try:
        return ZoneInfo(system_zone_name())
    except (ZoneInfoNotFoundError, ValueError):
        return zone(None)


def zone_name(tz: tzinfo) -> str:
    return getattr(tz, "key", None) or tz.tzname(datetime.now(timezone.utc)) or str(tz)

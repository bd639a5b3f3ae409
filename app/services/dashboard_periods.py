"""The dashboard's period choices as local calendar days [start, end] (no Qt)."""
from __future__ import annotations

from datetime import date, timedelta

from app.models.errors import UserError
from app.services.dashboard_scope import MAX_DAYS

PERIOD_KINDS = ("last7", "last30", "last90", "this_month", "last_month", "custom")
DEFAULT_PERIOD = "last30"
MAX_CUSTOM_DAYS = MAX_DAYS      # the longest period the dashboard computes


def period_range(kind: str, today: date, custom_start: date | None = None,
                 custom_end: date | None = None) -> tuple[date, date]:
    """The first and last day of the period *kind* as seen on *today* (both days included)."""
    if kind in ("last7", "last30", "last90"):
        return today - timedelta(days=int(kind[4:]) - 1), today
    if kind == "this_month":
        return today.replace(day=1), today
    if kind == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if kind == "custom":
        if custom_start is None or custom_end is None:
            raise UserError("choose the first and the last day of the range")
        if custom_start > custom_end:
            raise UserError("the range starts on %1 after it ends on %2", custom_start, custom_end)
        if (custom_end - custom_start).days + 1 > MAX_CUSTOM_DAYS:
            raise UserError("the range is longer than %1 days; choose a shorter one", MAX_CUSTOM_DAYS)
        return custom_start, custom_end
    raise ValueError(f"unknown period {kind!r}")

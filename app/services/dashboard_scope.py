"""The dashboard's period and scope and the names of its figures: what the window needs before any figure is
computed (app.services.dashboard, which computes them, imports numpy)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

MAU_DAYS = 30
RETENTION_DAYS = 30
MAX_DAYS = 731

# The keys `stats --json` prints (besides "from", "to" and "tz"), in the order the dashboard shows them.
FIGURE_KEYS = ("members", "new_members", "messages", "active_members", "dau_avg", "mau", "stickiness",
               "speaking_rate", "retention_30d", "interaction_rate", "participation_rate",
               "cases_opened", "cases_decided", "median_hours_to_decision", "sla_breach_rate")
# Figures that are shares (0..1), shown as percentages.
RATE_KEYS = ("stickiness", "speaking_rate", "retention_30d", "interaction_rate", "participation_rate",
             "sla_breach_rate")


@dataclass(frozen=True)
class Scope:
    """Local calendar days [start, end] in *tz*, optionally one sub-community's members only."""
    start: date
    end: date
    tz: tzinfo
    sub_community_id: int | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Scope":
        """The period of the same length that ends the day before this one starts."""
        end = self.start - timedelta(days=1)
        return Scope(end - timedelta(days=self.days - 1), end, self.tz, self.sub_community_id)

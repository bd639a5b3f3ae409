"""Activities as a workbook a manager opens in Excel/WPS/LibreOffice: one row per activity with its
figures (registered, attended, participation rate, conversions, cost per attendee, returning vs new,
goals). The same rows form the Activities sheet of the content calendar's workbook."""
from __future__ import annotations

from datetime import date, tzinfo
from pathlib import Path

from app.models import content as cm
from app.models import members as members_model
from app.models.activities import Activity, ActivityFilter
from app.models.database import Database
from app.models.errors import UserError
from app.services.activity_results import ActivityResults, results_for_all
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.services.metrics import utc_bounds
from app.services.safe_export import Sheet, write_xlsx_sheets

# English source strings of app/views/activity_labels.py (no Qt here).
MODE_LABELS = {"online": "Online", "offline": "Offline", "hybrid": "Online + offline"}
FORMAT_LABELS = {"check_in_challenge": "Check-in challenge", "salon": "Salon", "live_ama": "Live AMA",
                 "contest": "Contest", "debate": "Debate", "giveaway": "Giveaway", "offline_run": "Group run"}
STATUS_LABELS = {"planning": "Planning", "promoting": "Warming up", "running": "Running",
                 "reviewing": "Reviewing", "closed": "Closed"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
COLUMNS = ("Name", "Type", "Format", "Status", "Start", "End", "Weekday", "Owner", "Sub-community", "Place",
           "Link", "Capacity", "Registered", "Attended", "Participation rate", "No-shows", "Walk-ins", "Conversions",
           "Conversion rate", "Returning attendees", "New attendees", "Planned budget (¥)", "Actual spend (¥)",
           "Cost per attendee (¥)", "Goal: registrations", "Goal: attendance", "Goal: conversions", "Review note")
PERCENT_FORMAT = "0.0%"
MONEY_FORMAT = "#,##0.00"
DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm"
SHEET_TITLE = "Activities"
FORMATS = {**{COLUMNS.index(c): PERCENT_FORMAT for c in ("Participation rate", "Conversion rate")},
           **{COLUMNS.index(c): MONEY_FORMAT for c in ("Planned budget (¥)", "Actual spend (¥)",
                                                       "Cost per attendee (¥)")},
           **{COLUMNS.index(c): DATE_TIME_FORMAT for c in ("Start", "End")}}


def label(table: dict[str, str], code: str | None) -> str:
    """A built-in code's English label; a code the operator typed is shown as typed."""
    return table.get(code or "", code or "")


def _yuan(fen: int | None) -> float | None:
    return None if fen is None else fen / 100


def activity_row(activity: Activity, results: ActivityResults, tz: tzinfo, sub_community: str) -> list:
    begin = cm.parse_utc(activity.starts_at).astimezone(tz).replace(tzinfo=None)
    finish = cm.parse_utc(activity.ends_at).astimezone(tz).replace(tzinfo=None)
    return [activity.name, label(MODE_LABELS, activity.mode), label(FORMAT_LABELS, activity.format),
            label(STATUS_LABELS, activity.status), begin, finish, WEEKDAYS[begin.weekday()], activity.owner,
            sub_community, activity.place, activity.link, activity.capacity, results.registered, results.attended,
            results.participation_rate, results.no_shows, results.walk_ins, results.conversions,
            results.conversion_rate, results.returning, results.new, _yuan(activity.budget_planned_fen),
            _yuan(activity.budget_actual_fen), _yuan(results.cost_per_attendee_fen), activity.goal_registrations,
            activity.goal_attendance, activity.goal_conversions, activity.review_note]


def activity_sheet(db: Database, start: date | None, end: date | None, tz: tzinfo, *,
                   progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled) -> Sheet:
    """The activities overlapping local days [start, end] (all when open), in start order, one row each."""
    low = utc_bounds(start, start, tz)[0] if start else ""
    high = utc_bounds(end, end, tz)[1] if end else "9999"
    chosen = [(a, r) for a, r in results_for_all(db, ActivityFilter(start_to=high), newest_first=False)
              if a.ends_at > low]
    groups = dict(members_model.sub_community_names(db))
    rows = []
    for done, (activity, results) in enumerate(chosen, 1):
        if done % 500 == 0:
            check_cancel(cancelled)
            progress(done, len(chosen))
        rows.append(activity_row(activity, results, tz, groups.get(activity.sub_community_id, "")))
    return Sheet(SHEET_TITLE, COLUMNS, rows, formats=FORMATS)


def check_request(path: str | Path, start: date | None, end: date | None) -> None:
    """Refuse another file type or a range that ends before it starts (UserError), before any work."""
    if Path(path).suffix.lower() != ".xlsx":
        raise UserError("cannot export activities to %1: choose a .xlsx file", Path(path).name)
    if start is not None and end is not None and start > end:
        raise UserError("the range starts (%1) after it ends (%2)", start.isoformat(), end.isoformat())


def export_activities(db: Database, path: str | Path, start: date | None = None, end: date | None = None, *,
                      tz: tzinfo, progress: Progress = no_progress,
                      cancelled: CancelCheck = never_cancelled) -> int:
    """Write the workbook atomically (nothing is left behind on failure); returns the activities written."""
    check_request(path, start, end)
    with db.read_transaction():
        sheet = activity_sheet(db, start, end, tz, progress=progress, cancelled=cancelled)
    write_xlsx_sheets(path, [sheet])       # a file-system problem: ExportError, a UserError
    return len(sheet.rows)

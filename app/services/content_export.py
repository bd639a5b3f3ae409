"""Export the content calendar to iCalendar (.ics) for calendar apps or to an .xlsx workbook for managers.

The .ics is written by hand (RFC 5545: CRLF line ends, lines folded at 75 octets, escaped TEXT), one
VEVENT per dated item with a stable UID and SEQUENCE = version - 1, so importing a newer export updates
the events instead of duplicating them. Both files are written atomically. Labels are English.

Activities overlapping the range come along (include_activities): in the .ics as VEVENTs of their own
(UID "<activity uid>@community-desk", CATEGORIES Activity), so the calendar app shows one schedule; in the
workbook as a sheet of their own, "Activities", because a manager reads them with other columns (when,
where, sign-ups, attendance, budget) than content items. A community that has never planned an activity
gets no such sheet.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Iterable, Iterator

from app.models import activities as am
from app.models import content as cm
from app.models.activities import Activity
from app.models.content import ContentItem
from app.models.database import Database
from app.models.errors import UserError
from app.services.activity_export import FORMAT_LABELS as FORMAT_LABELS_OF_ACTIVITIES
from app.services.activity_export import MODE_LABELS, WEEKDAYS, activity_sheet
from app.services.activity_export import STATUS_LABELS as STATUS_LABELS_OF_ACTIVITIES
from app.services.content_rules import cadence_for, mix_for
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.services.safe_export import Sheet, write_file_atomic, write_xlsx_sheets

# English source strings of app/views/content_labels.py (no Qt here).
STATUS_LABELS = {"idea": "Idea", "drafting": "Drafting", "review": "In review", "scheduled": "Scheduled",
                 "published": "Published", "reviewed": "Reviewed"}
FORMAT_LABELS = {"post": "Post", "article": "Article", "poll": "Poll", "topic": "Discussion topic",
                 "live": "Live stream", "video": "Video"}
PILLAR_LABELS = {"brand_story": "Brand story", "professional": "Professional know-how",
                 "interaction_ugc": "Interaction & UGC"}
ACTIVITY_CATEGORY = "Activity"

DEFAULT_CALENDAR_NAME = "Community Desk content calendar"
PRODID = "-//Community Desk//Content calendar//EN"
UID_DOMAIN = "community-desk"
TENTATIVE_STATUSES = ("idea", "drafting", "review")
FOLD_OCTETS = 75
PERCENT_FORMAT = "0.0%"
SPAN_MARGIN_DAYS = 366
CALENDAR_COLUMNS = ("Date", "Time", "Weekday", "Channel", "Pillar", "Format", "Title", "Status", "Owner",
                    "Sub-community", "Series", "Reads", "Comments", "Likes", "Shares", "Interaction rate",
                    "Share rate", "Notes")
BACKLOG_COLUMNS = ("Title", "Channel", "Pillar", "Format", "Status", "Owner", "Sub-community", "Added",
                   "Notes")
_EARLIEST, _LATEST = "0000", "9999"     # sort before / after any stored UTC text


# -- shared ---------------------------------------------------------------------------------
def export_content(db: Database, path: str | Path, start: date | None, end: date | None, tz: tzinfo, *,
                   include_activities: bool = True, progress: Progress = no_progress,
                   cancelled: CancelCheck = never_cancelled) -> int:
    """Write the dated items of local days [start, end] (and the activities overlapping them) to a .ics or
    .xlsx file; returns the content item count."""
    check_request(path, start, end)
    export = export_ics if Path(path).suffix.lower() == ".ics" else export_xlsx
    return export(db, path, start, end, tz, include_activities=include_activities, progress=progress,
                  cancelled=cancelled)


def check_request(path: str | Path, start: date | None, end: date | None) -> None:
    """Refuse an unsupported file type or a range that ends before it starts (UserError)."""
    if Path(path).suffix.lower() not in (".ics", ".xlsx"):
        raise UserError("cannot export the content calendar to %1: choose a .ics or .xlsx file", Path(path).name)
    _check_range(start, end)


def _check_range(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and start > end:
        raise UserError("the range starts (%1) after it ends (%2)", start.isoformat(), end.isoformat())


def label_of(table: dict[str, str], code: str | None) -> str:
    """A built-in code's English label; a code the operator typed is shown as typed."""
    return table.get(code or "", code or "")


@dataclass
class ContentNames:
    """Display names of the rows items point to (archived ones included)."""
    channels: dict[int, str]
    pillars: dict[int, str]
    sub_communities: dict[int, str]
    series: dict[int, str]

    @classmethod
    def load(cls, db: Database) -> "ContentNames":
        return cls(
            channels={c.id: c.name for c in cm.list_channels(db, include_archived=True)},
            pillars={p.id: p.name or label_of(PILLAR_LABELS, p.key)
                     for p in cm.list_pillars(db, include_archived=True)},
            sub_communities=dict(db.conn.execute("SELECT id, name FROM sub_communities").fetchall()),
            series=dict(db.conn.execute("SELECT id, title FROM content_series").fetchall()),
        )

    def of(self, item: ContentItem) -> dict[str, str]:
        return {"channel": self.channels.get(item.channel_id, ""), "pillar": self.pillars.get(item.pillar_id, ""),
                "sub_community": self.sub_communities.get(item.sub_community_id, ""),
                "series": self.series.get(item.series_id, "")}


def utc_range(start: date | None, end: date | None, tz: tzinfo) -> tuple[str, str]:
    """Local days [start, end] (None: unbounded) as the half-open UTC text range items_between takes."""
    _check_range(start, end)

    def utc(day: date) -> str:
        return cm.utc_text(datetime.combine(day, time.min).replace(tzinfo=tz))

    return (_EARLIEST if start is None or start <= date.min + timedelta(days=1) else utc(start),
            _LATEST if end is None or end >= date.max - timedelta(days=1) else utc(end + timedelta(days=1)))


def dated_items(db: Database, start: date | None, end: date | None, tz: tzinfo) -> list[ContentItem]:
    low, high = utc_range(start, end, tz)
    return cm.items_between(db, low, high)


def activities_in(db: Database, start: date | None, end: date | None, tz: tzinfo) -> list[Activity]:
    """Non-deleted activities overlapping local days [start, end], in start order."""
    low, high = utc_range(start, end, tz)
    return am.activities_between(db, low, high)


def _results_text(item: ContentItem) -> str:
    parts = [f"{name.capitalize()}: {getattr(item, name)}" for name in cm.RESULT_FIELDS
             if getattr(item, name) is not None]
    if item.interaction_rate is not None:
        parts.append(f"Interaction rate: {item.interaction_rate:.1%}")
    return ", ".join(parts)


# -- iCalendar ------------------------------------------------------------------------------
def ics_escape(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped; CR dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets (continuations start with a space) without splitting a UTF-8
    character or a backslash escape (a fold inside "\\n" is legal but trips naive readers)."""
    if len(line) * 4 <= FOLD_OCTETS:
        return line          # most lines: nothing to fold
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return line
    parts, start, room = [], 0, FOLD_OCTETS
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:          # inside a multi-byte character
            cut -= 1
        slashes = 0
        while cut - slashes - 1 >= start and data[cut - slashes - 1] == 0x5C:
            slashes += 1
        if slashes % 2:                          # the last backslash opens an escape: keep it with its letter
            cut -= 1
        parts.append(data[start:cut])
        start, room = cut, FOLD_OCTETS - 1       # a continuation line begins with one space
    parts.append(data[start:])
    return "\r\n ".join(part.decode("utf-8") for part in parts)


def ics_time(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _stored_time(text: str) -> str:
    """Stored UTC text (with or without milliseconds) -> iCalendar UTC DATE-TIME."""
    return ics_time(cm.parse_utc(text))


def calendar_name(db: Database) -> str:
    return (db.get_meta("community_name") or "").strip() or DEFAULT_CALENDAR_NAME


def ics_description(item: ContentItem, names: dict[str, str]) -> str:
    lines = [item.body.strip()] if item.body.strip() else []
    for label, value in (("Channel", names["channel"]), ("Pillar", names["pillar"]),
                         ("Format", label_of(FORMAT_LABELS, item.format)),
                         ("Status", label_of(STATUS_LABELS, item.status)), ("Owner", item.owner),
                         ("Sub-community", names["sub_community"]), ("Series", names["series"]),
                         ("Results", _results_text(item))):
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def vevent_lines(item: ContentItem, names: dict[str, str], stamp: str) -> list[str]:
    begin = cm.parse_utc(item.planned_at)
    categories = ",".join(ics_escape(name) for name in (names["pillar"], names["channel"]) if name)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{ics_escape(item.uid)}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{ics_time(begin)}",
        f"DTEND:{ics_time(begin + timedelta(minutes=item.duration_minutes))}",
        f"SUMMARY:{ics_escape(item.title)}",
        f"DESCRIPTION:{ics_escape(ics_description(item, names))}",
    ]
    if categories:
        lines.append(f"CATEGORIES:{categories}")
    lines += [
        f"STATUS:{'TENTATIVE' if item.status in TENTATIVE_STATUSES else 'CONFIRMED'}",
        f"SEQUENCE:{max(item.version - 1, 0)}",
    ]
    if item.created_at:
        lines.append(f"CREATED:{_stored_time(item.created_at)}")
    if item.updated_at:
        lines.append(f"LAST-MODIFIED:{_stored_time(item.updated_at)}")
    lines.append("END:VEVENT")
    return lines


def activity_description(activity: Activity, sub_community: str) -> str:
    lines = []
    for label, value in (("Type", label_of(MODE_LABELS, activity.mode)),
                         ("Format", label_of(FORMAT_LABELS_OF_ACTIVITIES, activity.format)),
                         ("Status", label_of(STATUS_LABELS_OF_ACTIVITIES, activity.status)), ("Owner", activity.owner),
                         ("Sub-community", sub_community), ("Place", activity.place), ("Link", activity.link),
                         ("Capacity", activity.capacity)):
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def activity_vevent_lines(activity: Activity, sub_community: str, stamp: str,
                          stored: tuple[str, str] | None = None) -> list[str]:
    """The activity's VEVENT; *stored* is its (created_at, updated_at)."""
    location = activity.place or activity.link
    lines = [
        "BEGIN:VEVENT",
        f"UID:{ics_escape(activity.uid)}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{_stored_time(activity.starts_at)}",
        f"DTEND:{_stored_time(activity.ends_at)}",
        f"SUMMARY:{ics_escape(activity.name)}",
        f"DESCRIPTION:{ics_escape(activity_description(activity, sub_community))}",
    ]
    if location:
        lines.append(f"LOCATION:{ics_escape(location)}")
    lines += [
        f"CATEGORIES:{ACTIVITY_CATEGORY}",
        f"STATUS:{'TENTATIVE' if activity.status == 'planning' else 'CONFIRMED'}",
        f"SEQUENCE:{max(activity.version - 1, 0)}",
    ]
    if stored:
        lines += [f"CREATED:{_stored_time(stored[0])}", f"LAST-MODIFIED:{_stored_time(stored[1])}"]
    lines.append("END:VEVENT")
    return lines


def _activity_stamps(db: Database) -> dict[int, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in db.conn.execute(
        "SELECT id, created_at, updated_at FROM activities WHERE deleted_at IS NULL")}


def ics_text(db: Database, items: Iterable[ContentItem], *, now: datetime | None = None,
             progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled,
             total: int = 0, activities: Iterable[Activity] = ()) -> str:
    """The whole VCALENDAR as text with CRLF line ends: the items' VEVENTs, then the activities'."""
    names = ContentNames.load(db)
    stamp = ics_time(now or datetime.now(timezone.utc))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{ics_escape(calendar_name(db))}"]
    done = 0
    for done, item in enumerate(items, 1):
        check_cancel(cancelled)
        lines += vevent_lines(item, names.of(item), stamp)
        progress(done, total)
    activities = list(activities)
    stamps = _activity_stamps(db) if activities else {}
    for done, activity in enumerate(activities, done + 1):
        check_cancel(cancelled)
        lines += activity_vevent_lines(activity, names.sub_communities.get(activity.sub_community_id, ""), stamp,
                                       stamps.get(activity.id))
        progress(done, total)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def export_ics(db: Database, path: str | Path, start: date | None, end: date | None, tz: tzinfo, *,
               include_activities: bool = True, progress: Progress = no_progress,
               cancelled: CancelCheck = never_cancelled, now: datetime | None = None) -> int:
    """One VEVENT per dated, non-deleted item of local days [start, end] and per activity overlapping
    them; returns the number of items written."""
    items = dated_items(db, start, end, tz)
    activities = activities_in(db, start, end, tz) if include_activities else []
    text = ics_text(db, items, now=now, progress=progress, cancelled=cancelled,
                    total=len(items) + len(activities), activities=activities)
    write_file_atomic(path, text)      # a file-system problem: ExportError, a UserError
    return len(items)


# -- Excel ----------------------------------------------------------------------------------
def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def calendar_rows(items: list[ContentItem], names: ContentNames, tz: tzinfo, progress: Progress,
                  cancelled: CancelCheck) -> Iterator[list]:
    for done, item in enumerate(items, 1):
        check_cancel(cancelled)
        local = cm.parse_utc(item.planned_at).astimezone(tz).replace(tzinfo=None)
        named = names.of(item)
        yield [local.date(), local.time(), WEEKDAYS[local.weekday()], named["channel"], named["pillar"],
               label_of(FORMAT_LABELS, item.format), item.title, label_of(STATUS_LABELS, item.status),
               item.owner, named["sub_community"], named["series"], item.reads, item.comments, item.likes,
               item.shares, _rate(item.interaction_rate), _rate(item.share_rate), item.body]
        progress(done, len(items))


def backlog_rows(db: Database, names: ContentNames, tz: tzinfo) -> list[list]:
    rows = []
    for item in reversed(cm.backlog(db)):           # oldest idea first
        named = names.of(item)
        added = cm.parse_utc(item.created_at).astimezone(tz).date() if item.created_at else None
        rows.append([item.title, named["channel"], named["pillar"], label_of(FORMAT_LABELS, item.format),
                     label_of(STATUS_LABELS, item.status), item.owner, named["sub_community"], added, item.body])
    return rows


def _span(items: list[ContentItem], start: date | None, end: date | None, tz: tzinfo) -> tuple[date, date] | None:
    """The days the mix and cadence sheets cover: the range asked for (at most a year beyond the exported
    items, so an open-ended range such as 0001-01-01..9999-12-31 stays small), else the items' days."""
    days = [cm.parse_utc(i.planned_at).astimezone(tz).date() for i in items]
    if not days:
        return (start, end) if start and end and (end - start).days <= SPAN_MARGIN_DAYS else None
    earliest, latest = min(days), max(days)
    first = max(start, earliest - timedelta(days=SPAN_MARGIN_DAYS)) if start else earliest
    last = min(end, latest + timedelta(days=SPAN_MARGIN_DAYS)) if end else latest
    return first, last


def mix_rows(db: Database, names: ContentNames, first: date, last: date, tz: tzinfo) -> list[list]:
    """Pillar, target share, planned items, planned share, difference in percentage points."""
    return [[names.pillars.get(row.pillar_id) or "No pillar", row.target, row.count, round(row.share, 4), round(row.delta * 100, 1)]
            for row in mix_for(db, first, last, tz)]


CADENCE_STATES = {"dense": "Too many", "sparse": "Too few"}


def cadence_rows(db: Database, names: ContentNames, first: date, last: date, tz: tzinfo) -> list[list]:
    """The weeks outside a channel's rule and its empty stretches longer than allowed, by channel and date."""
    report = cadence_for(db, first, last, tz)
    rows = [(week.channel_id, week.week, [week.week, week.week + timedelta(days=6), week.count,
                                          week.min_per_week, week.max_per_week, CADENCE_STATES[week.state]])
            for week in report.weeks if week.state != "ok"]
    rows += [(gap.channel_id, gap.first_empty,
              [gap.first_empty, gap.last_empty, 0, None, None,
               f"Nothing for {gap.days} days (at most {gap.allowed})"]) for gap in report.gaps]
    order = {channel_id: index for index, channel_id in enumerate(names.channels)}
    rows.sort(key=lambda row: (order.get(row[0], len(order)), row[1]))
    return [[names.channels.get(channel_id, ""), *cells] for channel_id, _day, cells in rows]


def uses_activities(db: Database) -> bool:
    """Whether the community plans activities at all (else the workbook needs no Activities sheet)."""
    return db.conn.execute("SELECT EXISTS (SELECT 1 FROM activities WHERE deleted_at IS NULL)").fetchone()[0] == 1


def export_xlsx(db: Database, path: str | Path, start: date | None, end: date | None, tz: tzinfo, *,
                include_activities: bool = True, progress: Progress = no_progress,
                cancelled: CancelCheck = never_cancelled) -> int:
    """A workbook: the calendar, the activities (when the community has any), the pillar mix, the cadence
    warnings and the idea backlog; returns the number of items written."""
    items = dated_items(db, start, end, tz)
    names = ContentNames.load(db)
    span = _span(items, start, end, tz)
    mix = mix_rows(db, names, *span, tz) if span else []
    cadence = cadence_rows(db, names, *span, tz) if span else []
    rates = {CALENDAR_COLUMNS.index(name): PERCENT_FORMAT for name in ("Interaction rate", "Share rate")}
    sheets = [
        Sheet("Content calendar", CALENDAR_COLUMNS, calendar_rows(items, names, tz, progress, cancelled),
              formats=rates),
    ]
    if include_activities and uses_activities(db):
        sheets.append(activity_sheet(db, start, end, tz))
    sheets += [
        Sheet("Pillar mix", ("Pillar", "Target share", "Planned items", "Planned share", "Difference (points)"),
              mix, formats={1: PERCENT_FORMAT, 3: PERCENT_FORMAT, 4: "+0.0;-0.0;0.0"}),
        Sheet("Cadence", ("Channel", "From", "To", "Items", "Min per week", "Max per week", "State"), cadence),
        Sheet("Idea backlog", BACKLOG_COLUMNS, backlog_rows(db, names, tz)),
    ]
    write_xlsx_sheets(path, sheets)
    return len(items)

"""Activities' storage: the activity, its tasks by phase, A/B variants and registrations.

Times are UTC text like content items; budgets are integer fen. Activities and tasks are versioned
(a stale save raises ConflictError) and every change is logged. A registration's status is set, not
edited (two operators ticking the same person present agree), so it is logged but not version-checked.

Attendance feeds the lifecycle engine: an attended or no-show registration owns exactly one events
row (kind attendance / no_show, source key derived from the activity uid and the member), kept in
step inside the same transaction as the registration change.
"""
from __future__ import annotations

import hashlib
import json
import struct
import uuid
from dataclasses import asdict, dataclass, field, fields as dc_fields
from datetime import date
from typing import Iterable, Sequence

from app.models.content import check_utc_text
from app.models.database import Database
from app.models.errors import ConflictError, RowMissingError, UserError
from app.models.schema import ACTIVITY_MODES, ACTIVITY_PHASES, ACTIVITY_STATUSES, REGISTRATION_STATUSES

MODES = ACTIVITY_MODES
STATUSES = ACTIVITY_STATUSES
PHASES = ACTIVITY_PHASES
REGISTRATION = REGISTRATION_STATUSES
# check-in challenge, salon, live AMA, contest, debate, giveaway, offline run; operators may type others.
FORMATS = ("check_in_challenge", "salon", "live_ama", "contest", "debate", "giveaway", "offline_run")
GOAL_FIELDS = ("goal_registrations", "goal_attendance", "goal_conversions")
MONEY_FIELDS = ("budget_planned_fen", "budget_actual_fen")
EVENT_KINDS = {"attended": "attendance", "no_show": "no_show"}
EVENT_PLATFORM = "activity"
EVENT_SOURCE_FILE = "Community Desk activities"
EVENT_SOURCE_FORMAT = "activity"
_KEY = struct.Struct(">q").unpack


@dataclass
class Activity:
    id: int | None = None
    uid: str = ""
    name: str = ""
    mode: str = "online"
    format: str = "salon"
    sub_community_id: int | None = None
    owner: str = ""
    starts_at: str = ""
    ends_at: str = ""
    place: str = ""
    link: str = ""
    capacity: int | None = None
    budget_planned_fen: int | None = None
    budget_actual_fen: int | None = None
    goal_registrations: int | None = None
    goal_attendance: int | None = None
    goal_conversions: int | None = None
    invited_tiers: list[str] = field(default_factory=list)
    status: str = "planning"
    review_note: str = ""
    deleted_at: str | None = None
    version: int = 0

    def values(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if k not in ("id", "uid", "version", "deleted_at")}
        out["invited_tiers"] = json.dumps(self.invited_tiers, ensure_ascii=False)
        return out


ACTIVITY_COLUMNS = ", ".join(f"a.{f.name}" for f in dc_fields(Activity))


def _activity(row) -> Activity:
    activity = Activity(*row)
    activity.invited_tiers = json.loads(activity.invited_tiers or "[]")
    return activity


@dataclass
class Task:
    id: int | None = None
    activity_id: int = 0
    phase: str = "warm_up"
    position: int = 0
    title: str = ""
    owner: str = ""
    due_date: str | None = None
    done_at: str | None = None
    version: int = 0

    def values(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in ("id", "version")}


@dataclass
class Variant:
    id: int | None = None
    activity_id: int = 0
    label: str = ""
    description: str = ""
    audience: int = 0
    conversions: int = 0
    position: int = 0
    version: int = 0

    def values(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in ("id", "version")}

    @property
    def rate(self) -> float | None:
        return self.conversions / self.audience if self.audience else None


@dataclass
class Registration:
    id: int
    activity_id: int
    member_id: int
    status: str
    walk_in: int
    converted: int
    source: str
    registered_at: str
    checked_in_at: str | None
    display_name: str = ""
    nickname: str = ""
    tier: str | None = None


def _whole(value, name: str, low: int) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < low):
        raise UserError("%1 must be a whole number of at least %2 (got %3)", name, low, value)


# -- activities ----------------------------------------------------------------------------
def check_activity(activity: Activity) -> None:
    """Refuse what must never be stored (UserError with the reason)."""
    if not activity.name.strip():
        raise UserError("an activity needs a name")
    if activity.mode not in MODES:
        raise UserError("unknown activity type %1 (known: %2)", repr(activity.mode), ", ".join(MODES))
    if not activity.format.strip():
        raise UserError("an activity needs a format")
    if activity.status not in STATUSES:
        raise UserError("unknown status %1 (known: %2)", repr(activity.status), ", ".join(STATUSES))
    if not activity.starts_at:
        raise UserError("an activity needs a start time")
    check_utc_text("starts_at", activity.starts_at)
    if not activity.ends_at:
        raise UserError("an activity needs a end time")
    check_utc_text("ends_at", activity.ends_at)
    if activity.ends_at <= activity.starts_at:
        raise UserError("the activity ends before it starts")
    for name in MONEY_FIELDS:
        value = getattr(activity, name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise UserError("%1 must be whole fen (got %2)", name, repr(value))
        if value is not None and value < 0:
            raise UserError("a budget cannot be negative")
    _whole(activity.capacity, "the capacity", 1)
    for name in GOAL_FIELDS:
        _whole(getattr(activity, name), name.replace("_", " "), 0)
    if not all(isinstance(t, str) and t.strip() for t in activity.invited_tiers):
        raise UserError("invited tiers are tier names")


def activity_warnings(activity: Activity, registered: int) -> list[str]:
    """What deserves a second look but is allowed."""
    warnings = []
    if activity.capacity is not None and registered > activity.capacity:
        warnings.append(f"{registered} registered, more than the capacity of {activity.capacity}")
    if (activity.budget_planned_fen is not None and activity.budget_actual_fen is not None
            and activity.budget_actual_fen > activity.budget_planned_fen):
        warnings.append("the actual spend is over budget")
    return warnings


def get_activity(db: Database, activity_id: int) -> Activity:
    row = db.conn.execute(f"SELECT {ACTIVITY_COLUMNS} FROM activities a WHERE a.id = ?",
                          (activity_id,)).fetchone()
    if row is None:
        raise RowMissingError("activity #%1 no longer exists", activity_id)
    return _activity(row)


def create_activity(db: Database, activity: Activity, tasks: Sequence[Task] = ()) -> int:
    """Insert an activity (and its first tasks, e.g. from a template) in one transaction."""
    check_activity(activity)
    activity.name = activity.name.strip()
    activity.uid = activity.uid or str(uuid.uuid4())
    with db.transaction():
        activity.id = db.insert_row("activities", dict(activity.values(), uid=activity.uid))
        activity.version = 1
        for position, task in enumerate(tasks):
            task.activity_id = activity.id
            task.position = task.position or position
            save_task(db, task)
    return activity.id


def save_activity(db: Database, activity: Activity, *, action: str = "update") -> int:
    """Save an edited activity read at activity.version; returns the new version. A new start time
    moves its attendance events with it."""
    check_activity(activity)
    activity.name = activity.name.strip()
    with db.transaction():
        before = get_activity(db, activity.id)
        if before.deleted_at is not None:
            raise RowMissingError("activity #%1 was deleted", activity.id)
        activity.version = db.update_row("activities", activity.id, activity.values(),
                                         expected_version=activity.version, action=action)
        if (before.starts_at, before.name) != (activity.starts_at, activity.name):
            sync_attendance_events(db, activity, None)
    return activity.version


def set_status(db: Database, activity_id: int, expected_version: int, status: str) -> int:
    with db.transaction():
        activity = get_activity(db, activity_id)
        activity.status = status
        activity.version = expected_version
        return save_activity(db, activity, action="status")


def delete_activity(db: Database, activity_id: int, expected_version: int) -> int:
    """Soft delete; its attendance events leave the lifecycle facts until it is restored."""
    with db.transaction():
        stamp = db.clock()
        version = _bump_deleted(db, activity_id, expected_version, stamp)
        db.log_change("activities", activity_id, "delete", {"deleted_at": None}, {"deleted_at": stamp})
        sync_attendance_events(db, get_activity(db, activity_id), None)
    return version


def restore_activity(db: Database, activity_id: int, expected_version: int) -> int:
    with db.transaction():
        deleted_at = get_activity(db, activity_id).deleted_at
        version = _bump_deleted(db, activity_id, expected_version, None)
        db.log_change("activities", activity_id, "restore", {"deleted_at": deleted_at}, {"deleted_at": None})
        sync_attendance_events(db, get_activity(db, activity_id), None)
    return version


def _bump_deleted(db: Database, activity_id: int, expected_version: int, deleted_at: str | None) -> int:
    cursor = db.conn.execute(
        "UPDATE activities SET deleted_at = ?, version = version + 1, updated_at = ?, updated_by = ? "
        "WHERE id = ? AND version = ?", (deleted_at, db.clock(), db.operator, activity_id, expected_version))
    if cursor.rowcount != 1:
        raise ConflictError("activities", activity_id, expected_version, db.get_row("activities", activity_id))
    return expected_version + 1


@dataclass
class ActivityFilter:
    text: str = ""
    status: str | None = None
    mode: str | None = None
    sub_community_id: int | None = None
    start_from: str | None = None     # UTC text bounds on starts_at, [from, to)
    start_to: str | None = None

    def where(self) -> tuple[str, list]:
        clauses, params = ["a.deleted_at IS NULL"], []
        if self.text.strip():
            clauses.append("(instr(fold(a.name), fold(?)) > 0 OR instr(fold(a.owner), fold(?)) > 0 "
                           "OR instr(fold(a.place), fold(?)) > 0)")
            params += [self.text.strip()] * 3
        for column in ("status", "mode", "sub_community_id"):
            value = getattr(self, column)
            if value is not None:
                clauses.append(f"a.{column} = ?")
                params.append(value)
        if self.start_from:
            clauses.append("a.starts_at >= ?")
            params.append(self.start_from)
        if self.start_to:
            clauses.append("a.starts_at < ?")
            params.append(self.start_to)
        return " AND ".join(clauses), params


def list_activities(db: Database, flt: ActivityFilter | None = None, *, newest_first: bool = True) -> list[Activity]:
    where, params = (flt or ActivityFilter()).where()
    order = "DESC" if newest_first else "ASC"
    return [_activity(r) for r in db.conn.execute(
        f"SELECT {ACTIVITY_COLUMNS} FROM activities a WHERE {where} ORDER BY a.starts_at {order}, a.id {order}",
        params)]


def activities_between(db: Database, start_utc: str, end_utc: str) -> list[Activity]:
    """Activities overlapping [start_utc, end_utc) (the calendar's range), in start order."""
    return [_activity(r) for r in db.conn.execute(
        f"SELECT {ACTIVITY_COLUMNS} FROM activities a WHERE a.deleted_at IS NULL AND a.starts_at < ? "
        f"AND a.ends_at > ? ORDER BY a.starts_at, a.id", (end_utc, start_utc))]


def activity_history(db: Database, activity_id: int) -> list[dict]:
    return db.history("activities", activity_id)


# -- tasks ---------------------------------------------------------------------------------
def _check_task(task: Task) -> None:
    if not task.title.strip():
        raise UserError("a task needs a title")
    if task.phase not in PHASES:
        raise UserError("unknown phase %1 (known: %2)", repr(task.phase), ", ".join(PHASES))
    if task.due_date is not None:
        try:
            date.fromisoformat(task.due_date)
        except (TypeError, ValueError):
            raise UserError("a due date is a day like 2027-01-31 (got %1)", repr(task.due_date)) from None
    if task.done_at is not None:
        check_utc_text("done_at", task.done_at)


def save_task(db: Database, task: Task) -> int:
    """Insert (task.id None) or save a task read at task.version; returns its id."""
    _check_task(task)
    task.title = task.title.strip()
    return db.save_row("activity_tasks", task, task.values())


def tasks_for(db: Database, activity_id: int) -> list[Task]:
    order = "CASE phase " + " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(PHASES)) + " END"
    columns = ", ".join(f.name for f in dc_fields(Task))
    return [Task(*r) for r in db.conn.execute(
        f"SELECT {columns} FROM activity_tasks WHERE activity_id = ? ORDER BY {order}, position, id",
        (activity_id,))]


def set_task_done(db: Database, task_id: int, done: bool) -> None:
    """Tick or untick a task (setting a state both operators agree on: not version-checked)."""
    with db.transaction():
        row = db.get_row("activity_tasks", task_id)
        if (row["done_at"] is not None) == done:
            return
        stamp = db.clock() if done else None
        db.update_row("activity_tasks", task_id, {"done_at": stamp}, expected_version=row["version"],
                      action="done" if done else "reopen")


def delete_task(db: Database, task_id: int) -> None:
    with db.transaction():
        row = db.get_row("activity_tasks", task_id)
        db.conn.execute("DELETE FROM activity_tasks WHERE id = ?", (task_id,))
        db.log_change("activity_tasks", task_id, "delete", {k: row[k] for k in ("activity_id", "title")}, None)


def overdue_tasks(db: Database, today: date) -> list[tuple[Task, str]]:
    """Open tasks due before *today* (local day) on activities not closed or deleted: (task, activity name)."""
    columns = ", ".join(f"t.{f.name}" for f in dc_fields(Task))
    rows = db.conn.execute(
        f"SELECT {columns}, a.name FROM activity_tasks t JOIN activities a ON a.id = t.activity_id "
        "WHERE t.done_at IS NULL AND t.due_date < ? AND a.deleted_at IS NULL AND a.status != 'closed' "
        "ORDER BY t.due_date, t.id", (today.isoformat(),))
    return [(Task(*r[:-1]), r[-1]) for r in rows]


# -- variants ------------------------------------------------------------------------------
def save_variant(db: Database, variant: Variant) -> int:
    if not variant.label.strip():
        raise UserError("a variant needs a label")
    _whole(variant.audience, "the audience", 0)
    _whole(variant.conversions, "conversions", 0)
    if variant.conversions > variant.audience:
        raise UserError("variant %1: %2 conversions out of an audience of %3",
                        variant.label, variant.conversions, variant.audience)
    variant.label = variant.label.strip()
    return db.save_row("activity_variants", variant, variant.values(),
                       duplicate=UserError("this activity already has a variant %1", repr(variant.label)))


def variants_for(db: Database, activity_id: int) -> list[Variant]:
    columns = ", ".join(f.name for f in dc_fields(Variant))
    return [Variant(*r) for r in db.conn.execute(
        f"SELECT {columns} FROM activity_variants WHERE activity_id = ? ORDER BY position, id", (activity_id,))]


def delete_variant(db: Database, variant_id: int) -> None:
    with db.transaction():
        row = db.get_row("activity_variants", variant_id)
        db.conn.execute("DELETE FROM activity_variants WHERE id = ?", (variant_id,))
        db.log_change("activity_variants", variant_id, "delete", {"label": row["label"]}, None)


# -- registrations -------------------------------------------------------------------------
REGISTRATION_COLUMNS = ("r.id, r.activity_id, r.member_id, r.status, r.walk_in, r.converted, r.source, "
                        "r.registered_at, r.checked_in_at, m.display_name, coalesce(m.nickname, ''), nullif(m.tier, '')")


def registrations_for(db: Database, activity_id: int) -> list[Registration]:
    return [Registration(*r) for r in db.conn.execute(
        f"SELECT {REGISTRATION_COLUMNS} FROM activity_registrations r JOIN members m ON m.id = r.member_id "
        "WHERE r.activity_id = ? ORDER BY r.registered_at, r.id", (activity_id,))]


def registration_counts(db: Database, activity_id: int) -> dict[str, int]:
    counts = dict.fromkeys(REGISTRATION, 0)
    counts.update(db.conn.execute("SELECT status, count(*) FROM activity_registrations WHERE activity_id = ? "
                                  "GROUP BY status", (activity_id,)).fetchall())
    return counts


def _live_activity(db: Database, activity_id: int) -> Activity:
    activity = get_activity(db, activity_id)
    if activity.deleted_at is not None:
        raise RowMissingError("activity %1 was deleted", repr(activity.name))
    return activity


def register(db: Database, activity_id: int, member_ids: Iterable[int], *, status: str = "registered",
             walk_in: bool = False, source: str = "manual") -> tuple[int, int]:
    """Register members (a walk-in arrives unregistered and is attended at once). A member already on
    the list is left as is: registering twice is once. Returns (added, already registered)."""
    if status not in REGISTRATION:
        raise UserError("unknown registration status %1", repr(status))
    ids = list(dict.fromkeys(member_ids))
    added = 0
    with db.transaction() as conn:
        activity = _live_activity(db, activity_id)
        missing = _missing_members(db, ids)
        if missing:
            if len(missing) > 1:
                raise UserError("no member #%1 (and %2 more)", missing[0], len(missing) - 1)
            raise UserError("no member #%1", missing[0])
        now = db.clock()
        checked_in = now if status == "attended" else None
        for member_id in ids:
            cursor = conn.execute(
                "INSERT INTO activity_registrations(activity_id, member_id, status, walk_in, source, registered_at, "
                "checked_in_at, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(activity_id, member_id) DO NOTHING",
                (activity_id, member_id, status, int(walk_in), source, now, checked_in, now, now, db.operator))
            added += cursor.rowcount
        if added:
            db.log_change("activities", activity_id, "register",
                          None, {"members": ids[:50], "count": added, "status": status, "walk_in": walk_in})
            sync_attendance_events(db, activity, ids)
    return added, len(ids) - added


def _missing_members(db: Database, ids: list[int]) -> list[int]:
    found = {r[0] for r in db.select_in("SELECT id FROM members WHERE deleted_at IS NULL AND id IN ({})", ids)}
    return [i for i in ids if i not in found]


def _change_list(db: Database, activity_id: int, member_ids: Iterable[int], action: str, sql: str,
                 params: tuple, logged: dict, *, moves_events: bool = True, removes: bool = False) -> int:
    """Run *sql* (its last two parameters: activity id, member id) for each member on the list in one
    transaction; log what changed (as the before of a removal) and keep the attendance events in step.
    Returns the rows changed."""
    ids = list(dict.fromkeys(member_ids))
    with db.transaction() as conn:
        activity = _live_activity(db, activity_id)
        changed = sum(conn.execute(sql, (*params, activity_id, member_id)).rowcount for member_id in ids)
        if changed:
            entry = {"members": ids[:50], "count": changed, **logged}
            db.log_change("activities", activity_id, action, entry if removes else None, None if removes else entry)
            if moves_events:
                sync_attendance_events(db, activity, ids)
    return changed


_STAMP = "version = version + 1, updated_at = ?, updated_by = ?"


def set_attendance(db: Database, activity_id: int, member_ids: Iterable[int], status: str) -> int:
    """Set registered members' status (attended, no_show, registered, cancelled); returns rows changed."""
    if status not in REGISTRATION:
        raise UserError("unknown registration status %1", repr(status))
    now = db.clock()
    return _change_list(
        db, activity_id, member_ids, "attendance",
        f"UPDATE activity_registrations SET status = ?, checked_in_at = CASE WHEN ? = 'attended' "
        f"THEN coalesce(checked_in_at, ?) ELSE NULL END, {_STAMP} WHERE status != ? AND activity_id = ? "
        f"AND member_id = ?", (status, status, now, now, db.operator, status), {"status": status})


def mark_no_shows(db: Database, activity_id: int) -> int:
    """After the activity: everyone still only registered did not come."""
    ids = [r[0] for r in db.conn.execute("SELECT member_id FROM activity_registrations WHERE activity_id = ? "
                                         "AND status = 'registered'", (activity_id,))]
    return set_attendance(db, activity_id, ids, "no_show") if ids else 0


def set_converted(db: Database, activity_id: int, member_ids: Iterable[int], converted: bool) -> int:
    return _change_list(
        db, activity_id, member_ids, "converted",
        f"UPDATE activity_registrations SET converted = ?, {_STAMP} WHERE converted != ? AND activity_id = ? "
        f"AND member_id = ?", (int(converted), db.clock(), db.operator, int(converted)),
        {"converted": converted}, moves_events=False)


def unregister(db: Database, activity_id: int, member_ids: Iterable[int]) -> int:
    """Take members off the list (a mistaken registration); their attendance event goes too."""
    return _change_list(db, activity_id, member_ids, "unregister",
                        "DELETE FROM activity_registrations WHERE activity_id = ? AND member_id = ?", (), {},
                        removes=True)


# -- attendance -> events ------------------------------------------------------------------
def event_key(activity_uid: str, member_id: int) -> int:
    digest = hashlib.blake2b(f"{EVENT_PLATFORM}\x1f{activity_uid}\x1f{member_id}".encode(), digest_size=8)
    return _KEY(digest.digest())[0]


def _event_source(db: Database) -> int:
    row = db.conn.execute("SELECT id FROM event_sources WHERE format = ? AND file_name = ?",
                          (EVENT_SOURCE_FORMAT, EVENT_SOURCE_FILE)).fetchone()
    if row:
        return row[0]
    return db.conn.execute("INSERT INTO event_sources(file_name, format, imported_at, imported_by) "
                           "VALUES (?, ?, ?, ?)", (EVENT_SOURCE_FILE, EVENT_SOURCE_FORMAT, db.clock(),
                                                   db.operator)).lastrowid


def sync_attendance_events(db: Database, activity: Activity, member_ids: Sequence[int] | None) -> None:
    """Make the events rows of *member_ids* (None: the whole list) match their registrations.

    An existing event is updated in place (its id stays, so points already awarded for it are not
    awarded twice); one whose registration no longer counts is deleted."""
    conn = db.conn
    if member_ids is None:
        member_ids = [r[0] for r in conn.execute(
            "SELECT member_id FROM activity_registrations WHERE activity_id = ?", (activity.id,))]
    wanted = {}
    if activity.deleted_at is None:
        for member_id, status, checked_in in _registration_states(db, activity.id, member_ids):
            if status in EVENT_KINDS:
                during = checked_in and activity.starts_at <= checked_in < activity.ends_at
                ts = checked_in if status == "attended" and during else activity.starts_at
                wanted[member_id] = (EVENT_KINDS[status], ts)
    source = None
    for member_id in member_ids:
        key = event_key(activity.uid, member_id)
        row = conn.execute("SELECT id FROM events WHERE source_key = ?", (key,)).fetchone()
        if member_id not in wanted:
            if row:
                conn.execute("DELETE FROM events WHERE id = ?", (row[0],))
            continue
        kind, ts = wanted[member_id]
        if row:
            conn.execute("UPDATE events SET kind = ?, ts = ?, text = ? WHERE id = ?", (kind, ts, activity.name, row[0]))
        else:
            source = source or _event_source(db)
            conn.execute("INSERT INTO events(member_id, ts, kind, platform, source, source_key, text) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", (member_id, ts, kind, EVENT_PLATFORM, source, key, activity.name))


def _registration_states(db: Database, activity_id: int, member_ids: Sequence[int]) -> list[tuple]:
    return db.select_in("SELECT member_id, status, checked_in_at FROM activity_registrations "
                        "WHERE activity_id = ? AND member_id IN ({})", member_ids, (activity_id,))


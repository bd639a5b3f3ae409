"""The content calendar's storage: channels, pillars, content items and recurring series.

Times are UTC text (`YYYY-MM-DDTHH:MM:SSZ`); planned_at NULL puts an item in the idea backlog.
Every save is versioned (a stale save raises ConflictError) and logged with before/after values.
Deleting an item is soft (deleted_at) and can be undone with restore_item.
"""
from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields as dc_fields
from datetime import datetime, timezone
from typing import Callable, Iterable, Sequence

from app.models.database import Database
from app.models.distinct import distinct_values
from app.models.errors import ConflictError, RowMissingError, UserError
from app.models.schema import CONTENT_STATUSES
from app.models.settings import read_settings, write_settings

STATUSES = CONTENT_STATUSES
# Statuses that mean "this goes out at planned_at" (not merely planned).
COMMITTED = ("scheduled", "published", "reviewed")
FORMATS = ("post", "article", "poll", "topic", "live", "video")
RESULT_FIELDS = ("reads", "comments", "likes", "shares")
ITEM_FIELDS = ("title", "body", "channel_id", "pillar_id", "format", "owner", "sub_community_id",
               "planned_at", "duration_minutes", "status", "published_at", *RESULT_FIELDS,
               "series_id", "hot_topic_id")


# -- time text ------------------------------------------------------------------------------
def utc_text(moment: datetime) -> str:
    """An aware datetime as the UTC text planned_at stores (whole seconds)."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no time zone")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    """Stored UTC text -> aware datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def check_utc_text(name: str, value: str) -> None:
    """Only canonical UTC text is stored: it is compared and sorted as text."""
    try:
        moment = parse_utc(value)
    except ValueError:
        raise UserError("%1 is not a time: %2", name, repr(value)) from None
    if moment.tzinfo is None or utc_text(moment) != value:
        raise UserError("%1 must be UTC text like 2027-01-31T08:00:00Z (got %2)", name, repr(value))


# -- channels and pillars -------------------------------------------------------------------
@dataclass
class Channel:
    id: int | None = None
    name: str = ""
    position: int = 0
    min_per_week: int | None = None
    max_per_week: int | None = None
    max_gap_days: int | None = None
    archived: int = 0
    version: int = 0

    def values(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in ("id", "version")}


@dataclass
class Pillar:
    id: int | None = None
    key: str | None = None      # a built-in pillar: its label is translated while name is ''
    name: str = ""
    position: int = 0
    color: str = "#888888"
    target_share: float = 0.0
    archived: int = 0
    version: int = 0

    def values(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in ("id", "version", "key")}


def _rows_as(cls, rows) -> list:
    known = {f.name for f in dc_fields(cls)}
    return [cls(**{k: row[k] for k in row.keys() if k in known}) for row in rows]


def list_channels(db: Database, *, include_archived: bool = False) -> list[Channel]:
    where = "" if include_archived else "WHERE archived = 0"
    return _rows_as(Channel, db.conn.execute(f"SELECT * FROM content_channels {where} ORDER BY position, name"))


def list_pillars(db: Database, *, include_archived: bool = False) -> list[Pillar]:
    where = "" if include_archived else "WHERE archived = 0"
    return _rows_as(Pillar, db.conn.execute(f"SELECT * FROM content_pillars {where} ORDER BY position, id"))


def _check_channel(channel: Channel) -> None:
    if not channel.name.strip():
        raise UserError("a channel needs a name")
    for name in ("min_per_week", "max_per_week", "max_gap_days"):
        value = getattr(channel, name)
        if value is not None and (not isinstance(value, int) or value < (0 if name == "min_per_week" else 1)):
            raise UserError("channel %1: %2 must be a whole number of at least %3",
                            channel.name, name.replace("_", " "), 0 if name == "min_per_week" else 1)
    if (channel.min_per_week is not None and channel.max_per_week is not None
            and channel.min_per_week > channel.max_per_week):
        raise UserError("channel %1: at least %2 a week cannot be more than at most %3",
                        channel.name, channel.min_per_week, channel.max_per_week)


def _check_pillar(pillar: Pillar) -> None:
    if pillar.key is None and not pillar.name.strip():
        raise UserError("a pillar needs a name")
    if not 0 <= pillar.target_share <= 1:
        raise UserError("a pillar's target share lies between 0% and 100%")


def save_channel(db: Database, channel: Channel) -> int:
    _check_channel(channel)
    channel.name = channel.name.strip()
    return db.save_row("content_channels", channel, channel.values(),
                       duplicate=UserError("%1 already exists", repr(channel.name)))


def save_pillar(db: Database, pillar: Pillar) -> int:
    _check_pillar(pillar)
    pillar.name = pillar.name.strip()
    values = pillar.values()
    if pillar.id is None and pillar.key is not None:
        values["key"] = pillar.key
    return db.save_row("content_pillars", pillar, values,
                       duplicate=UserError("%1 already exists", repr(pillar.name)))


def channel_id(db: Database, name: str) -> int:
    """The channel called *name*, created when new (an operator types a new one in the item dialog)."""
    row = db.conn.execute("SELECT id FROM content_channels WHERE name = ?", (name.strip(),)).fetchone()
    if row:
        return row[0]
    position = db.conn.execute("SELECT coalesce(max(position), 0) + 1 FROM content_channels").fetchone()[0]
    return save_channel(db, Channel(name=name, position=position))


# -- content items --------------------------------------------------------------------------
@dataclass
class ContentItem:
    id: int | None = None
    uid: str = ""
    title: str = ""
    body: str = ""
    channel_id: int | None = None
    pillar_id: int | None = None
    format: str = "post"
    owner: str = ""
    sub_community_id: int | None = None
    planned_at: str | None = None          # UTC text; None: the idea backlog
    duration_minutes: int = 30
    status: str = "idea"
    published_at: str | None = None
    reads: int | None = None
    comments: int | None = None
    likes: int | None = None
    shares: int | None = None
    series_id: int | None = None
    hot_topic_id: int | None = None
    version: int = 0
    created_at: str = ""
    updated_at: str = ""
    updated_by: str = ""
    deleted_at: str | None = None

    def values(self) -> dict:
        return {name: getattr(self, name) for name in ITEM_FIELDS}

    @property
    def interactions(self) -> int | None:
        parts = (self.comments, self.likes, self.shares)
        return None if all(p is None for p in parts) else sum(p or 0 for p in parts)

    @property
    def interaction_rate(self) -> float | None:
        """(comments + likes + shares) / reads; None without reads."""
        return None if not self.reads or self.interactions is None else self.interactions / self.reads

    @property
    def share_rate(self) -> float | None:
        return None if not self.reads or self.shares is None else self.shares / self.reads


def check_item(item: ContentItem) -> None:
    """Refuse what must never be stored (UserError with the reason)."""
    if not item.title.strip():
        raise UserError("a content item needs a title")
    if item.status not in STATUSES:
        raise UserError("unknown status %1 (known: %2)", repr(item.status), ", ".join(STATUSES))
    if not item.format.strip():
        raise UserError("a content item needs a format")
    if not isinstance(item.duration_minutes, int) or item.duration_minutes <= 0:
        raise UserError("the duration must be a positive number of minutes")
    for name in RESULT_FIELDS:
        value = getattr(item, name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise UserError("%1 cannot be negative (got %2)", name, value)
    for name in ("planned_at", "published_at"):
        value = getattr(item, name)
        if value is not None:
            check_utc_text(name, value)
    if item.status in COMMITTED and item.planned_at is None and item.published_at is None:
        raise UserError("a %1 item needs a date (items without one stay in the idea backlog)", item.status)


def item_warnings(item: ContentItem, now: datetime) -> list[str]:
    """What deserves a second look but is allowed (shown before saving)."""
    warnings = []
    if item.status == "scheduled" and item.planned_at and parse_utc(item.planned_at) < now:
        warnings.append("it is scheduled for a time in the past")
    return warnings


# The item columns in ContentItem's field order: a row becomes an item positionally (a month of a busy
# calendar is thousands of rows, read on the GUI thread).
ITEM_COLUMNS = ", ".join(f"c.{f.name}" for f in dc_fields(ContentItem))


def _items(rows) -> list[ContentItem]:
    return [ContentItem(*row) for row in rows]


def get_item(db: Database, item_id: int) -> ContentItem:
    row = db.conn.execute(f"SELECT {ITEM_COLUMNS} FROM content_items c WHERE c.id = ?", (item_id,)).fetchone()
    if row is None:
        raise RowMissingError("content item #%1 no longer exists", item_id)
    return ContentItem(*row)


def _insert_item(db: Database, item: ContentItem) -> int:
    check_item(item)
    item.title = item.title.strip()
    item.uid = item.uid or str(uuid.uuid4())
    values = dict(item.values(), uid=item.uid)
    item.id = db.insert_row("content_items", values)
    item.version = 1
    return item.id


def create_item(db: Database, item: ContentItem) -> int:
    with db.transaction():
        return _insert_item(db, item)


def save_item(db: Database, item: ContentItem, *, action: str = "update") -> int:
    """Save an edited item read at item.version; returns the new version."""
    check_item(item)
    item.title = item.title.strip()
    item.version = db.update_row("content_items", item.id, item.values(), expected_version=item.version,
                                 action=action)
    return item.version


def _change(db: Database, item_id: int, expected_version: int, action: str,
            changes: Callable[[ContentItem], dict]) -> int:
    """Apply changes(current item) to the item read at expected_version, all inside one transaction."""
    with db.transaction():
        item = get_item(db, item_id)
        if item.deleted_at is not None:
            raise RowMissingError("content item #%1 was deleted", item_id)
        for key, value in changes(item).items():
            setattr(item, key, value)
        item.version = expected_version      # save_item's update raises ConflictError if the row moved on
        return save_item(db, item, action=action)


def reschedule(db: Database, item_id: int, expected_version: int, planned_at: str | None) -> int:
    """Move an item to another time (None: back to the backlog, where a scheduled item is drafting again).
    An idea keeps its status when it gets a date: planned is not yet drafted."""
    def changes(item: ContentItem) -> dict:
        back = planned_at is None and item.status in COMMITTED
        return {"planned_at": planned_at, **({"status": "drafting"} if back else {})}
    return _change(db, item_id, expected_version, "reschedule", changes)


def set_status(db: Database, item_id: int, expected_version: int, status: str, *,
               published_at: str | None = None) -> int:
    def changes(item: ContentItem) -> dict:
        if status != "published":
            return {"status": status}
        return {"status": status, "published_at": published_at or item.published_at or item.planned_at}
    return _change(db, item_id, expected_version, "status", changes)


def set_results(db: Database, item_id: int, expected_version: int, *, reads: int | None,
                comments: int | None, likes: int | None, shares: int | None) -> int:
    """Record results; an item with results is reviewed."""
    return _change(db, item_id, expected_version, "results", lambda _item: {
        "reads": reads, "comments": comments, "likes": likes, "shares": shares, "status": "reviewed"})


def delete_item(db: Database, item_id: int, expected_version: int) -> int:
    with db.transaction():
        stamp = db.clock()
        version = _bump_deleted(db, item_id, expected_version, stamp)
        db.log_change("content_items", item_id, "delete", {"deleted_at": None}, {"deleted_at": stamp})
    return version


def restore_item(db: Database, item_id: int, expected_version: int) -> int:
    with db.transaction():
        deleted_at = get_item(db, item_id).deleted_at
        version = _bump_deleted(db, item_id, expected_version, None)
        db.log_change("content_items", item_id, "restore", {"deleted_at": deleted_at}, {"deleted_at": None})
    return version


def _bump_deleted(db: Database, item_id: int, expected_version: int, deleted_at: str | None) -> int:
    cursor = db.conn.execute(
        "UPDATE content_items SET deleted_at = ?, version = version + 1, updated_at = ?, updated_by = ? "
        "WHERE id = ? AND version = ?", (deleted_at, db.clock(), db.operator, item_id, expected_version))
    if cursor.rowcount != 1:
        raise ConflictError("content_items", item_id, expected_version, db.get_row("content_items", item_id))
    return expected_version + 1


def item_history(db: Database, item_id: int) -> list[dict]:
    return db.history("content_items", item_id)


# -- reading many ---------------------------------------------------------------------------
@dataclass
class ContentFilter:
    """The list and calendar filters; empty means "any"."""
    channel_ids: Sequence[int] = ()
    pillar_ids: Sequence[int] = ()
    statuses: Sequence[str] = ()
    owners: Sequence[str] = ()
    text: str = ""

    def where(self, alias: str = "c") -> tuple[str, list]:
        clauses, params = [f"{alias}.deleted_at IS NULL"], []
        for column, values in (("channel_id", self.channel_ids), ("pillar_id", self.pillar_ids),
                               ("status", self.statuses), ("owner", self.owners)):
            if values:
                clauses.append(f"{alias}.{column} IN ({','.join('?' * len(values))})")
                params.extend(values)
        if self.text.strip():
            clauses.append(f"(instr(fold({alias}.title), ?) > 0 OR instr(fold({alias}.body), ?) > 0)")
            needle = self.text.strip().casefold()
            params.extend((needle, needle))
        return " AND ".join(clauses), params


def items_between(db: Database, start: str, end: str, flt: ContentFilter | None = None) -> list[ContentItem]:
    """Dated items with start <= planned_at < end (UTC text), by time."""
    where, params = (flt or ContentFilter()).where()
    rows = db.conn.execute(
        f"SELECT {ITEM_COLUMNS} FROM content_items c WHERE c.planned_at >= ? AND c.planned_at < ? AND {where} "
        "ORDER BY c.planned_at, c.id", (start, end, *params))
    return _items(rows)


def backlog(db: Database, flt: ContentFilter | None = None) -> list[ContentItem]:
    """Items without a date, newest first."""
    where, params = (flt or ContentFilter()).where()
    rows = db.conn.execute(
        f"SELECT {ITEM_COLUMNS} FROM content_items c WHERE c.planned_at IS NULL AND {where} ORDER BY c.id DESC",
        params)
    return _items(rows)


def owners(db: Database) -> list[str]:
    """Owners of live items, sorted: one seek per owner (content_items_by_owner), not a read of every item."""
    return distinct_values(db.conn, "content_items", "owner", "deleted_at IS NULL")


# -- recurring series -----------------------------------------------------------------------
@dataclass
class Series:
    id: int | None = None
    title: str = ""
    rule: str = "{}"            # JSON, see app.services.recurrence
    version: int = 0


def create_series(db: Database, title: str, rule_json: str, template: ContentItem,
                  planned_times: Iterable[str]) -> tuple[int, list[int]]:
    """One series row and one real item per planned time (UTC text), all in one transaction."""
    if not title.strip():
        raise UserError("a series needs a title")
    with db.transaction():
        series_id = db.insert_row("content_series", {"title": title.strip(), "rule": rule_json})
        ids = []
        for planned in planned_times:
            item = ContentItem(**{**asdict(template), "id": None, "uid": "", "planned_at": planned,
                                  "series_id": series_id, "version": 0})
            ids.append(_insert_item(db, item))
    return series_id, ids


def series_items(db: Database, series_id: int) -> list[ContentItem]:
    return _items(db.conn.execute(
        f"SELECT {ITEM_COLUMNS} FROM content_items c WHERE c.series_id = ? AND c.deleted_at IS NULL "
        "ORDER BY c.planned_at, c.id", (series_id,)))


# -- settings -------------------------------------------------------------------------------
CONFIG_KEY = "content.config"
DEFAULT_CONFIG: dict = {
    # Hot-topic response deadlines, hours after the topic was noted, by priority.
    "response_hours": {"P1": 24, "P2": 48, "P3": 72},
    "default_time": "10:00",        # local time given to an item dropped on a day without one
    "max_series_items": 200,        # a recurring rule making more items than this is refused
}


def get_config(db: Database) -> dict:
    return read_settings(db, CONFIG_KEY, DEFAULT_CONFIG)


def set_config(db: Database, changes: dict) -> dict:
    write_settings(db, CONFIG_KEY, changes)
    return get_config(db)

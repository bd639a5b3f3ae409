"""The changes log as a history: filtered pages newest first, what each change did, restoring an old value.

The log can hold millions of rows, so a page is read with a keyset on (at, id) over the log's own
indexes - changes_by_time (at), changes_by_operator (operator, at), changes_by_row (table_name,
row_id) - and never with OFFSET. Restoring writes a change's earlier values back as a NEW change,
through the record's own save function (members keep their search index, activities their attendance
events, cases their deadline) at the record's current version; the log itself is never rewritten.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields as dc_fields
from typing import Any, Iterable, Mapping, Sequence

from app.models import activities as am
from app.models import content
from app.models import members as mm
from app.models import moderation as mod
from app.models import search
from app.models.database import Database
from app.models.errors import ConflictError, RowMissingError, UserError
from app.models.settings import flatten, nest, write_settings
from app.texts import translatable

CONTEXT = "history"       # the translation context of the record nouns in restore's messages
PAGE_SIZE = 200
# A table with fewer log rows than this is read through changes_by_row and sorted; a busier one is
# read newest first along changes_by_time (sorting a million rows per page would take seconds).
FEW_CHANGES = 5000
MAX_RECORDS = 50          # records one name finds per table
MAX_ID_DIGITS = 6         # '123456' in the record filter is an id; a longer number is a phone, a QQ number…
EMPTY = "∅"
SETTINGS = "meta"         # settings changes: row_id NULL, action = the settings key with '.' -> '_'
HIDDEN = ("uid", "created_at", "hits", "version", "updated_at", "updated_by")
MANAGED = {"id", "uid", "key", "norm", "created_at", "version", "updated_at", "updated_by"}
# Fields holding JSON text in their table (decoded to show and compare them).
JSON_FIELDS = {("activities", "invited_tiers"), ("moderation_cases", "hits")}

_MEMBER_NAME = "coalesce(nullif(m.display_name, ''), m.nickname)"
_BY_MEMBER = ("SELECT x.id, " + _MEMBER_NAME
              + " FROM {table} x JOIN members m ON m.id = x.member_id WHERE x.id IN ({{}})")
# table -> SQL of (id, label) for ids `IN ({})`
LABEL_SQL = {
    "members": f"SELECT m.id, {_MEMBER_NAME} FROM members m WHERE m.id IN ({{}})",
    "member_tier_state": f"SELECT m.id, {_MEMBER_NAME} FROM members m WHERE m.id IN ({{}})",
    "content_items": "SELECT id, title FROM content_items WHERE id IN ({})",
    "activities": "SELECT id, name FROM activities WHERE id IN ({})",
    "moderation_cases": "SELECT id, excerpt FROM moderation_cases WHERE id IN ({})",
    "sub_communities": "SELECT id, name FROM sub_communities WHERE id IN ({})",
    "tags": "SELECT id, name FROM tags WHERE id IN ({})",
    "content_channels": "SELECT id, name FROM content_channels WHERE id IN ({})",
    "content_pillars": "SELECT id, coalesce(nullif(name, ''), key) FROM content_pillars WHERE id IN ({})",
    "content_series": "SELECT id, title FROM content_series WHERE id IN ({})",
    "hot_topics": "SELECT id, title FROM hot_topics WHERE id IN ({})",
    "activity_tasks": "SELECT id, title FROM activity_tasks WHERE id IN ({})",
    "activity_variants": "SELECT id, label FROM activity_variants WHERE id IN ({})",
    "moderation_rules": "SELECT id, code || ' ' || title FROM moderation_rules WHERE id IN ({})",
    "moderation_words": "SELECT id, word FROM moderation_words WHERE id IN ({})",
    "moderation_allowed": "SELECT id, phrase FROM moderation_allowed WHERE id IN ({})",
    "kol_cohort": _BY_MEMBER.format(table="kol_cohort"),
    "points_ledger": _BY_MEMBER.format(table="points_ledger"),
    "churn_flags": _BY_MEMBER.format(table="churn_flags"),
}
# Tables a record can be found in by name (the History window's record filter): table -> name column.
NAME_COLUMNS = {
    "content_items": "title", "activities": "name", "moderation_cases": "excerpt", "hot_topics": "title",
    "content_channels": "name", "content_pillars": "name", "sub_communities": "name",
    "activity_tasks": "title", "activity_variants": "label", "moderation_rules": "code || ' ' || title",
}
# Fields holding another record's id -> (table of that record), shown by its label.
REFERENCES = {
    "channel_id": "content_channels", "pillar_id": "content_pillars", "sub_community_id": "sub_communities",
    "member_id": "members", "reporter_id": "members", "rule_id": "moderation_rules",
    "activity_id": "activities", "series_id": "content_series", "hot_topic_id": "hot_topics",
}
# Payload keys that name the record when the record itself is gone.
_NAME_KEYS = ("display_name", "nickname", "title", "name", "label", "word", "phrase", "excerpt", "code")


# -- reading the log ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    id: int
    at: str               # UTC text
    operator: str
    table: str
    row_id: int | None
    action: str
    before: dict | None
    after: dict | None


_COLUMNS = "id, at, operator, table_name, row_id, action, before, after"


def _change(row) -> Change:
    return Change(row[0], row[1], row[2], row[3], row[4], row[5],
                  json.loads(row[6]) if row[6] else None, json.loads(row[7]) if row[7] else None)


def get_change(db: Database, change_id: int) -> Change:
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM changes WHERE id = ?", (change_id,)).fetchone()
    if row is None:
        raise UserError("change #%1 is not in the changes log", change_id)
    return _change(row)


def query(db: Database, *, table: str | None = None, row_id: int | None = None,
          records: Sequence[tuple[str, int]] | None = None, operator: str | None = None,
          since: str | None = None, until: str | None = None, text: str | None = None,
          after_id: int | None = None, limit: int = PAGE_SIZE) -> list[Change]:
    """One page of changes, newest first (by time, then by id).

    *table*/*row_id*: one record type, one record (a row_id alone: that id in every table).
    *records*: any of these (table, row_id) pairs (what a name found; empty: nothing matches).
    *operator*: who. *since*/*until*: UTC text bounds [since, until). *text*: appears in the values
    or the action. *after_id*: the last change of the previous page (keyset paging).
    """
    statement = page_sql(db, table=table, row_id=row_id, records=records, operator=operator, since=since,
                         until=until, text=text, after_id=after_id, limit=limit)
    return [] if statement is None else [_change(r) for r in db.conn.execute(*statement)]


def page_sql(db: Database, *, table: str | None = None, row_id: int | None = None,
             records: Sequence[tuple[str, int]] | None = None, operator: str | None = None,
             since: str | None = None, until: str | None = None, text: str | None = None,
             after_id: int | None = None, limit: int = PAGE_SIZE) -> tuple[str, tuple] | None:
    """The (SQL, parameters) query() runs for these filters (None: nothing can match)."""
    if row_id is not None:
        pairs = [(table, row_id)] if table else [(name, row_id) for name in tables(db) if name != SETTINGS]
        records = pairs if records is None else [pair for pair in records if pair in pairs]
    where: list[str] = []
    params: list[Any] = []
    if records is not None:
        pairs = list(dict.fromkeys((t, r) for t, r in records if table is None or t == table))
        if not pairs:
            return None
        where.append("(" + " OR ".join(["(table_name = ? AND row_id = ?)"] * len(pairs)) + ")")
        params += [value for pair in pairs for value in pair]
    elif table is not None:
        # '+' keeps SQLite off changes_by_row for a busy table: the time index gives the order.
        where.append("table_name = ?" if _few_changes(db, table) else "+table_name = ?")
        params.append(table)
    if operator is not None:
        where.append("operator = ?")
        params.append(operator)
    if since:
        where.append("at >= ?")
        params.append(_bound(since))
    if until:
        where.append("at < ?")
        params.append(_bound(until))
    if text and text.strip():
        pattern = "%" + _escape_like(text.strip()) + "%"
        where.append("(before LIKE ? ESCAPE '\\' OR after LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\')")
        params += [pattern] * 3
    if after_id is not None:
        row = db.conn.execute("SELECT at FROM changes WHERE id = ?", (after_id,)).fetchone()
        if row is None:
            raise ValueError(f"no change #{after_id} to page after")
        where.append("(at, id) < (?, ?)")
        params += [row[0], after_id]
    sql = (f"SELECT {_COLUMNS} FROM changes" + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY at DESC, id DESC LIMIT ?")
    return sql, (*params, limit)


def _few_changes(db: Database, table: str) -> bool:
    count = db.conn.execute("SELECT count(*) FROM (SELECT 1 FROM changes WHERE table_name = ? LIMIT ?)",
                            (table, FEW_CHANGES)).fetchone()[0]
    return count < FEW_CHANGES


def _bound(stamp: str) -> str:
    """A UTC bound without its 'Z': the log stamps milliseconds ('…:00.123Z' sorts before '…:00Z')."""
    return stamp[:-1] if stamp.endswith("Z") else stamp


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _distinct(db: Database, column: str) -> list[str]:
    """The distinct values of an indexed column, one index seek each (not a scan of the whole log)."""
    values: list[str] = []
    row = db.conn.execute(f"SELECT min({column}) FROM changes").fetchone()
    while row[0] is not None:
        values.append(row[0])
        row = db.conn.execute(f"SELECT min({column}) FROM changes WHERE {column} > ?", (row[0],)).fetchone()
    return values


def operators(db: Database) -> list[str]:
    """Everyone who ever changed something in this file, sorted."""
    return _distinct(db, "operator")


def tables(db: Database) -> list[str]:
    """Every record type the log mentions, sorted."""
    return _distinct(db, "table_name")


# -- naming records -----------------------------------------------------------------------------
def record_labels(db: Database, changes: Iterable[Change]) -> dict[tuple[str, int], str]:
    """(table, row_id) -> the record's name for a page of changes: one query per table, not per row.
    A record that is gone is named from what its changes say; unknown records are left out."""
    changes = list(changes)
    wanted: dict[str, set[int]] = {}
    for change in changes:
        if change.row_id is not None:
            wanted.setdefault(change.table, set()).add(change.row_id)
    labels: dict[tuple[str, int], str] = {}
    for table, ids in wanted.items():
        sql = LABEL_SQL.get(table)
        if sql is None:
            continue
        for row_id, label in db.select_in(sql, sorted(ids)):
            if label:
                labels[(table, row_id)] = _short(str(label))
    for change in changes:
        key = (change.table, change.row_id)
        if change.row_id is not None and key not in labels:
            name = _payload_name(change)
            if name:
                labels[key] = name
    return labels


def record_label(db: Database, table: str, row_id: int | None) -> str:
    """The record's name ('' when it has none): a member's name, an item's title, a setting's key."""
    if row_id is None:
        return ""
    return record_labels(db, [Change(0, "", "", table, row_id, "", None, None)]).get((table, row_id), "")


def settings_key(db: Database, change: Change) -> str | None:
    """The meta key a settings change wrote (the log keeps it with '.' turned into '_')."""
    if change.table != SETTINGS:
        return None
    for (key,) in db.conn.execute("SELECT key FROM meta"):
        if key.replace(".", "_") == change.action:
            return key
    return None


def _payload_name(change: Change) -> str:
    for values in (change.after, change.before):
        for key in _NAME_KEYS:
            if isinstance(values, dict) and isinstance(values.get(key), str) and values[key].strip():
                return _short(values[key])
    return ""


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def find_records(db: Database, text: str, table: str | None = None) -> list[tuple[str, int]]:
    """(table, row_id) of the records *text* names: '#12', or up to MAX_ID_DIGITS digits, is that id (in
    *table*, else in every record type); other text (a longer number is a phone or a QQ number) is a
    substring of a member's name, phone, handle… or of a title or name."""
    text = text.strip()
    if not text:
        return []
    number = text[1:] if text.startswith("#") else text
    if number.isdigit() and (text.startswith("#") or len(number) <= MAX_ID_DIGITS):
        names = [table] if table else [t for t in tables(db) if t in LABEL_SQL]
        return [(name, int(number)) for name in names]
    found: list[tuple[str, int]] = []
    if table in (None, "members", "member_tier_state"):
        match = search.match_query(text)
        if match is not None:
            ids = [r[0] for r in db.conn.execute(search.matching_ids_sql() + " LIMIT ?", (*match, MAX_RECORDS))]
            found += [("members", i) for i in ids]
            if table == "member_tier_state":
                found = [("member_tier_state", i) for _t, i in found]
    needle = text.casefold()
    for name, column in NAME_COLUMNS.items():
        if table in (None, name):
            found += [(name, r[0]) for r in db.conn.execute(
                f"SELECT id FROM {name} WHERE instr(fold({column}), ?) > 0 ORDER BY id DESC LIMIT ?",
                (needle, MAX_RECORDS))]
    return found


# -- what a change did ----------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldChange:
    field: str             # a column or relation; for settings a dotted path ("sla_hours.red")
    before: Any
    after: Any
    before_text: str       # readable: lists joined with '、', ids by name, nothing as ∅
    after_text: str
    had_before: bool       # the change recorded an earlier value of this field
    restorable: bool


def describe(change: Change, names: Mapping[str, Mapping[Any, str]] | None = None) -> list[FieldChange]:
    """The fields *change* touched, as (field, before, after) with readable values. *names*: the
    reference_names of the page, so ids show as names."""
    before, after = _flat(change, change.before), _flat(change, change.after)
    restorable = restorable_fields(change)
    hidden = HIDDEN if change.table in RESTORERS or change.table in LABEL_SQL else ()
    out = []
    for key in dict.fromkeys([*before, *after]):
        if key in hidden or (key in before and key in after and before[key] == after[key]):
            continue
        out.append(FieldChange(key, before.get(key), after.get(key), text(before.get(key), key, names),
                               text(after.get(key), key, names), key in before, key in restorable))
    return out


def _flat(change: Change, values: dict | None) -> dict[str, Any]:
    if not values:
        return {}
    if change.table == SETTINGS:
        return flatten(values)
    return {key: _decoded(change.table, key, value) for key, value in values.items()}


def _decoded(table: str, key: str, value: Any) -> Any:
    if (table, key) in JSON_FIELDS and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def text(value: Any, field: str = "", names: Mapping[str, Mapping[Any, str]] | None = None) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if isinstance(value, bool):
        return "yes" if value else "no"
    if names and field in names and not isinstance(value, (list, dict)):
        return names[field].get(value) or f"#{value}"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return "、".join(":".join(map(str, v)) if isinstance(v, (list, tuple)) else text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={text(v)}" for k, v in value.items())
    return str(value)


def reference_names(db: Database, changes: Iterable[Change]) -> dict[str, dict[Any, str]]:
    """field -> {id: name} for the id fields of a page of changes (channel_id, member_id, …):
    one query per referenced table."""
    wanted: dict[str, set[int]] = {}
    for change in changes:
        for values in (change.before, change.after):
            for key, value in (values or {}).items():
                if key in REFERENCES and isinstance(value, int) and not isinstance(value, bool):
                    wanted.setdefault(key, set()).add(value)
    by_table: dict[str, set[int]] = {}
    for key, ids in wanted.items():
        by_table.setdefault(REFERENCES[key], set()).update(ids)
    found = {table: dict(db.select_in(LABEL_SQL[table], sorted(ids))) for table, ids in by_table.items()}
    return {key: {i: _short(str(found[REFERENCES[key]][i])) for i in ids if found[REFERENCES[key]].get(i)}
            for key, ids in wanted.items()}


# -- restoring ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Current:
    """A record as it is now, for the fields a change touched."""
    version: int | None          # None for settings (not versioned)
    values: dict[str, Any]
    deleted: bool = False


class _Restorer:
    """How one kind of record is read and written back (through its aggregate's save function)."""
    noun = translatable(CONTEXT, "record")
    refused_actions: tuple[str, ...] = ()

    def __init__(self, table: str):
        self.table = table

    def fields(self, db: Database | None) -> set[str]:
        raise NotImplementedError

    def read(self, db: Database, row_id: int) -> Current:
        raise NotImplementedError

    def write(self, db: Database, row_id: int, values: dict, version: int) -> None:
        raise NotImplementedError


class _Members(_Restorer):
    noun = translatable(CONTEXT, "member")

    def fields(self, db):
        return {*mm.SCALARS, *mm.RELATIONS, "deleted_at"}

    def read(self, db, row_id):
        member = mm.get_member(db, row_id)
        values = {**member.scalars(), **member.relations(), "deleted_at": member.deleted_at}
        values["identities"] = [list(i) for i in values["identities"]]
        return Current(member.version, values, member.deleted_at is not None)

    def write(self, db, row_id, values, version):
        if "deleted_at" in values:
            _check_version(db, self.table, row_id, version)
            (mm.restore_members if values["deleted_at"] is None else mm.delete_members)(db, [row_id])
            return
        member = mm.get_member(db, row_id)
        for key, value in values.items():
            if key == "identities":
                value = [tuple(i) for i in value]
            setattr(member, key, list(value) if isinstance(value, list) else value)
        member.version = version
        mm.save_member(db, member, action="restore")


class _ContentItems(_Restorer):
    noun = translatable(CONTEXT, "content item")

    def fields(self, db):
        return {*content.ITEM_FIELDS, "deleted_at"}

    def read(self, db, row_id):
        item = content.get_item(db, row_id)
        return Current(item.version, {**item.values(), "deleted_at": item.deleted_at}, item.deleted_at is not None)

    def write(self, db, row_id, values, version):
        _write_soft_deleted(db, row_id, values, version, get=content.get_item, save=content.save_item,
                            undelete=content.restore_item, delete=content.delete_item)


def _write_soft_deleted(db, row_id, values, version, *, get, save, undelete, delete) -> None:
    """Write old values back through a record's own functions: a deleted_at value undoes or redoes the
    deletion; other fields are saved at *version* as a 'restore' change."""
    if "deleted_at" in values:
        (undelete if values["deleted_at"] is None else delete)(db, row_id, version)
        return
    record = get(db, row_id)
    for key, value in values.items():
        setattr(record, key, value)
    record.version = version
    save(db, record, action="restore")


class _Activities(_Restorer):
    noun = translatable(CONTEXT, "activity")
    # Registration list changes: their values describe the list, not the activity's fields.
    refused_actions = ("register", "attendance", "converted", "unregister")

    def fields(self, db):
        return {f.name for f in dc_fields(am.Activity)} - {"id", "uid", "version"}

    def read(self, db, row_id):
        activity = am.get_activity(db, row_id)
        values = {f.name: getattr(activity, f.name) for f in dc_fields(am.Activity)}
        return Current(activity.version, values, activity.deleted_at is not None)

    def write(self, db, row_id, values, version):
        _write_soft_deleted(db, row_id, values, version, get=am.get_activity, save=am.save_activity,
                            undelete=am.restore_activity, delete=am.delete_activity)


class _Cases(_Restorer):
    noun = translatable(CONTEXT, "case")

    def fields(self, db):
        # Status, action and the decision fields belong to decisions (decide, appeal): not restored here.
        return set(mod.EDITABLE)

    def read(self, db, row_id):
        case = mod.get_case(db, row_id)
        return Current(case.version, {f.name: getattr(case, f.name) for f in dc_fields(mod.Case)})

    def write(self, db, row_id, values, version):
        case = mod.get_case(db, row_id)
        for key, value in values.items():
            setattr(case, key, value)
        case.version = version
        mod.save_case(db, case, action="restore")        # keeps the deadline in step with the level


class _Plain(_Restorer):
    """A versioned row without derived state: written back with db.update_row."""

    def fields(self, db):
        if db is None:
            return set()
        return {r[1] for r in db.conn.execute(f"PRAGMA table_info({self.table})")} - MANAGED

    def read(self, db, row_id):
        row = db.get_row(self.table, row_id)
        return Current(row["version"], row, bool(row.get("deleted_at")))

    def write(self, db, row_id, values, version):
        db.update_row(self.table, row_id, values, expected_version=version, action="restore")


RESTORERS: dict[str, _Restorer] = {
    "members": _Members("members"),
    "content_items": _ContentItems("content_items"),
    "activities": _Activities("activities"),
    "moderation_cases": _Cases("moderation_cases"),
    **{table: _Plain(table) for table in (
        "sub_communities", "content_channels", "content_pillars", "hot_topics", "activity_tasks",
        "activity_variants", "moderation_rules")},
}


def restorable_fields(change: Change, db: Database | None = None) -> set[str]:
    """The fields of *change* whose earlier value can be written back (see restore)."""
    if not change.before:
        return set()
    if change.table == SETTINGS:
        return set(flatten(change.before))
    restorer = RESTORERS.get(change.table)
    if restorer is None or change.row_id is None or change.action in restorer.refused_actions:
        return set()
    fields = restorer.fields(db)
    if isinstance(restorer, _Plain) and db is None:      # columns unknown without the file: trust the log
        fields = set(change.before) - MANAGED
    return {key for key in change.before if key in fields}


def current_values(db: Database, change: Change) -> Current | None:
    """The record *change* is about as it is now (None when it is gone or is not a record)."""
    if change.table == SETTINGS:
        key = settings_key(db, change)
        if key is None:
            return None
        return Current(None, flatten(json.loads(db.get_meta(key) or "{}")))
    restorer = RESTORERS.get(change.table)
    if change.row_id is None:
        return None
    try:
        if restorer is not None:
            current = restorer.read(db, change.row_id)
        else:
            row = db.get_row(change.table, change.row_id)
            current = Current(row.get("version"), row)
    except (RowMissingError, sqlite3.OperationalError):
        return None
    values = {k: _decoded(change.table, k, v) for k, v in current.values.items()}
    return Current(current.version, values, current.deleted)


def restore(db: Database, change_id: int, field: str | None = None, *,
            expected_version: int | None = None, seen_settings: Mapping[str, Any] | None = None) -> int:
    """Write the earlier value(s) of change *change_id* back - *field*, or every field it changed -
    as a new change ('restore'), at the record's current version. *expected_version*: the version the
    person saw; if the record moved on since, ConflictError. *seen_settings*: for a settings change, the
    settings as the person saw them (current_values(...).values); if someone changed a restored key
    since, SettingsConflict. Returns the id of the new change.

    Refused (UserError) when the change created the record (no earlier value), when it is not about one
    editable record (imports, recomputes, logs), when the record no longer exists or is deleted, and when
    the record already holds those values."""
    with db.transaction():
        change = get_change(db, change_id)
        if change.table == SETTINGS:
            values = _restore_values(change, field, db)
            _restore_settings(db, change, values, seen_settings)
        else:
            restorer = _restorer_for(change)
            values = _restore_values(change, field, db)
            current = restorer.read(db, change.row_id) if _exists(db, change) else None
            if current is None:
                raise UserError("%1 #%2 no longer exists; its old values cannot be restored",
                                restorer.noun, change.row_id)
            if expected_version is not None and current.version != expected_version:
                raise ConflictError(change.table, change.row_id, expected_version,
                                    db.get_row(change.table, change.row_id))
            if current.deleted and "deleted_at" not in values:
                raise UserError("%1 #%2 is deleted; undelete it before restoring its old values",
                                restorer.noun, change.row_id)
            now = {k: _decoded(change.table, k, current.values.get(k)) for k in values}
            if all(_same(now[k], values[k]) for k in values):
                if len(values) == 1:
                    raise UserError("%1 #%2 already holds that value; nothing to restore", restorer.noun, change.row_id)
                raise UserError("%1 #%2 already holds those values; nothing to restore", restorer.noun, change.row_id)
            last = _last_change_id(db)
            try:
                restorer.write(db, change.row_id, values, current.version)
            except sqlite3.IntegrityError as exc:
                raise UserError("the old value of %1 #%2 clashes with another record now (%3)",
                                restorer.noun, change.row_id, exc) from None
            if _last_change_id(db) == last:
                raise UserError("%1 #%2 already holds those values; nothing to restore", restorer.noun, change.row_id)
        return _last_change_id(db)


def _restorer_for(change: Change) -> _Restorer:
    restorer = RESTORERS.get(change.table)
    if restorer is None:
        raise UserError("changes to %1 cannot be restored: only edits of members, "
                        "content items, activities, cases, settings and their lists can", change.table)
    if change.row_id is None:
        raise UserError("change #%1 is not about one record (an import, a "
                        "recompute or a bulk job); it cannot be restored", change.id)
    if change.action in restorer.refused_actions:
        raise UserError("change #%1 changed the registration list, not the %2; change the list itself instead",
                        change.id, restorer.noun)
    return restorer


def _restore_values(change: Change, field: str | None, db: Database) -> dict[str, Any]:
    """The earlier values to write back: {field: value}."""
    if not change.before:
        raise UserError("change #%1 created the record; there is no earlier value to restore", change.id)
    before = _flat(change, change.before)
    allowed = restorable_fields(change, db)
    if field is not None:
        if field not in before:
            raise UserError("change #%1 has no earlier value of %2", change.id, field)
        if field not in allowed:
            raise UserError("%1 of change #%2 cannot be restored here (it is set by "
                            "another step, such as a decision or a bulk job)", field, change.id)
        return {field: before[field]}
    after = _flat(change, change.after)
    fields = [k for k in before if k in allowed and not (k in after and _same(after[k], before[k]))]
    if not fields:
        raise UserError("change #%1 has no earlier value that can be restored", change.id)
    return {k: before[k] for k in fields}


def _restore_settings(db: Database, change: Change, values: dict[str, Any],
                      seen: Mapping[str, Any] | None) -> None:
    key = settings_key(db, change)
    if key is None:
        raise UserError("the settings change #%1 wrote no longer exist; they cannot be restored", change.id)
    now = flatten(json.loads(db.get_meta(key) or "{}"))
    if all(path in now and _same(now[path], value) for path, value in values.items()):
        if len(values) == 1:
            raise UserError("the %1 settings already hold that value; nothing to restore", key)
        raise UserError("the %1 settings already hold those values; nothing to restore", key)
    write_settings(db, key, nest(values), expected=None if seen is None else nest(dict(seen)))


def _exists(db: Database, change: Change) -> bool:
    return db.conn.execute(f"SELECT 1 FROM {change.table} WHERE id = ?", (change.row_id,)).fetchone() is not None


def _check_version(db: Database, table: str, row_id: int, version: int) -> None:
    row = db.get_row(table, row_id)
    if row["version"] != version:
        raise ConflictError(table, row_id, version, row)


def _same(a: Any, b: Any) -> bool:
    """Equal as stored: JSON makes tuples lists and may reorder nothing else."""
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


def _last_change_id(db: Database) -> int:
    return db.conn.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0]

"""Settings stored in the file's `meta` table as one JSON object per area, merged over defaults.

A person edits settings from what they read; a save with *expected* (what they read) writes only the
keys they changed and refuses, with SettingsConflict, if someone else changed one of those keys
differently meanwhile. Keys are compared flat ("sla_hours.red"); lists are single values.
"""
from __future__ import annotations

import copy
import json
from typing import Any, Callable

from app.models.database import Database
from app.models.errors import SettingsConflict


def deep_merge(base: dict, override: dict) -> dict:
    """*base* with *override* laid over it, nested objects merged key by key."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        nested = isinstance(value, dict) and isinstance(out.get(key), dict)
        out[key] = deep_merge(out[key], value) if nested else copy.deepcopy(value)
    return out


def flatten(values: dict, prefix: str = "") -> dict[str, Any]:
    """Nested settings as dotted keys: {"a": {"b": 1}} -> {"a.b": 1}. Lists and empty objects are values."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            out.update(flatten(value, name + "."))
        else:
            out[name] = copy.deepcopy(value)
    return out


def nest(flat: dict[str, Any]) -> dict:
    """The inverse of flatten."""
    out: dict = {}
    for name, value in flat.items():
        *parents, leaf = name.split(".")
        node = out
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = copy.deepcopy(value)
    return out


def read_settings(db: Database, key: str, defaults: dict) -> dict:
    stored = db.get_meta(key)
    return deep_merge(defaults, json.loads(stored) if stored else {})


def last_change(db: Database, key: str, *, tables: tuple[str, ...] = (), actions: tuple[str, ...] = ()) -> dict:
    """updated_by / updated_at of the last logged write of the settings under *key*, or of a row of *tables*, or
    of a change logged as one of *actions* (settings kept in tables of their own) ({} if none)."""
    tables_in, actions_in = ",".join("?" * len(tables)) or "NULL", ",".join("?" * len(actions)) or "NULL"
    row = db.conn.execute(
        f"SELECT operator, at FROM changes WHERE (table_name = 'meta' AND action = ?) OR table_name IN ({tables_in}) "
        f"OR action IN ({actions_in}) ORDER BY id DESC LIMIT 1", (_action(key), *tables, *actions)).fetchone()
    return {"updated_by": row[0], "updated_at": row[1]} if row else {}


def rebase(db: Database, key: str, expected: dict, current: dict, edited: dict, *,
           changed_by: Callable[[], dict] | None = None) -> dict:
    """The keys the person changed (*edited* against *expected*, what they read), as a nested change to lay
    over *current* (the settings now). SettingsConflict if someone else changed one of them differently;
    it names who changed_by() says (default: the last logged write of *key*)."""
    base, theirs, mine = flatten(expected), flatten(current), flatten(edited)
    changed = [k for k in mine if mine[k] != base.get(k)]
    clashes = [k for k in changed if theirs.get(k) != base.get(k) and theirs.get(k) != mine[k]]
    if clashes:
        who = changed_by() if changed_by is not None else last_change(db, key)
        raise SettingsConflict(key, {k: base.get(k) for k in mine}, {k: theirs.get(k) for k in mine}, mine, who)
    return nest({k: mine[k] for k in changed})


def write_settings(db: Database, key: str, changes: dict, *, expected: dict | None = None) -> None:
    """Merge *changes* into what is stored under *key*, logged with before and after.

    *expected*: the settings as the person read them. Then only the keys they changed are written, and
    SettingsConflict is raised (nothing written) if someone changed one of those keys differently since."""
    with db.transaction():
        stored = json.loads(db.get_meta(key) or "{}")
        if expected is not None:
            changes = rebase(db, key, expected, deep_merge(expected, stored), changes)
            if not changes:
                return
        merged = deep_merge(stored, changes)
        db.set_meta(key, json.dumps(merged, ensure_ascii=False, sort_keys=True))
        db.log_change("meta", None, _action(key), stored, merged)


def _action(key: str) -> str:
    return key.replace(".", "_")

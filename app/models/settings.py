"""Settings stored in the file's `meta` table as one JSON object per area, merged over defaults."""
from __future__ import annotations

import copy
import json

from app.models.database import Database


def deep_merge(base: dict, override: dict) -> dict:
    """*base* with *override* laid over it, nested objects merged key by key."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        nested = isinstance(value, dict) and isinstance(out.get(key), dict)
        out[key] = deep_merge(out[key], value) if nested else copy.deepcopy(value)
    return out


def read_settings(db: Database, key: str, defaults: dict) -> dict:
    stored = db.get_meta(key)
    return deep_merge(defaults, json.loads(stored) if stored else {})


def write_settings(db: Database, key: str, changes: dict) -> None:
    """Merge *changes* into what is stored under *key*, logged with before and after."""
    with db.transaction():
        stored = json.loads(db.get_meta(key) or "{}")
        merged = deep_merge(stored, changes)
        db.set_meta(key, json.dumps(merged, ensure_ascii=False, sort_keys=True))
        db.log_change("meta", None, key.replace(".", "_"), stored, merged)

"""Lifecycle storage: settings, the tier ladder, manual tier overrides and the points ledger.

Settings live in `meta` as one JSON object (key `lifecycle.config`) merged over DEFAULT_CONFIG.
Tier rules are JSON objects; every key is one rule (see RULES in app.services.lifecycle).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.models.database import Database
from app.models.errors import UserError
from app.models.settings import read_settings, write_settings

CONFIG_KEY = "lifecycle.config"
DEFAULT_CONFIG: dict = {
    "rfm_window_days": 90,
    "grace_days": 14,                       # a tier is kept this long while its rules fail
    "day_offset_hours": 8,                  # daily caps count days in UTC+8 (China)
    "earning": {                            # points per event kind; daily_cap limits per member and day
        "message": {"points": 1, "daily_cap": 20},
        "check_in": {"points": 5},
        "attendance": {"points": 20},
    },
    "churn": {"days": 30, "share": 0.8, "silent_days": 30},
    # 信用分: start value moved by each event of a listed kind; levels are (lowest score, name), ascending.
    "credit": {"start": 100, "max": 150,
               "moves": {"attendance": 2, "check_in": 1, "no_show": -10, "violation": -20},
               "levels": [[0, "poor"], [60, "fair"], [90, "good"], [110, "very good"], [130, "excellent"]]},
    # 星火计划 KOL shortlist: weighted parts over a window; a long post is a message of >= long_post_chars.
    "kol": {"days": 90, "long_post_chars": 100, "weights": {"messages": 1, "long_posts": 5, "attendance": 10}},
    # The rewards catalogue points are spent on: [name, cost in points].
    "rewards": [["社群定制贴纸", 100], ["运动水壶", 300], ["社群定制T恤", 500], ["线下活动免单券", 800]],
}
ACTIVITY_KINDS = ("message", "check_in", "attendance", "purchase")
# Tier rule vocabulary: rule name -> (what it measures, keys it takes besides "min").
RULES = {
    "messages_in_days": ("messages in the last {days} days", ("days",)),
    # An original post is a message of at least kol.long_post_chars characters (a long post).
    "original_posts_in_days": ("original posts in the last {days} days", ("days",)),
    "attended": ("events attended", ()),
    "points": ("points balance", ()),
    "rfm": ("RFM score (R+F+M, 3-15)", ()),
    "member_days": ("days since joining", ()),
}


def validate_rules(tier: str, rules: dict) -> None:
    for rule, params in rules.items():
        if rule not in RULES:
            raise UserError("tier %1: unknown rule %2 (known: %3)", tier, repr(rule), ", ".join(RULES))
        for key in ("min", *RULES[rule][1]):
            value = params.get(key) if isinstance(params, dict) else None
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise UserError("tier %1: rule %2 needs a whole number %3", tier, rule, repr(key))


def describe_rule(rule: str, params: dict) -> str:
    return RULES[rule][0].format(**params)


def get_config(db: Database) -> dict:
    return read_settings(db, CONFIG_KEY, DEFAULT_CONFIG)


def set_config(db: Database, changes: dict) -> dict:
    """Merge *changes* into the stored settings (logged)."""
    if "rewards" in changes:
        validate_rewards(changes["rewards"])
    write_settings(db, CONFIG_KEY, changes)
    return get_config(db)


@dataclass
class Tier:
    name: str
    rules: dict = field(default_factory=dict)
    position: int = 0


def get_ladder(db: Database) -> list[Tier]:
    return [Tier(r["name"], json.loads(r["rules"]), r["position"])
            for r in db.conn.execute("SELECT name, rules, position FROM tiers ORDER BY position")]


def set_ladder(db: Database, tiers: list[tuple[str, dict]]) -> list[Tier]:
    """Replace the ladder; *tiers* lowest first, e.g. [("基础群", {}), ("进阶群", {...})]."""
    names = [name.strip() for name, _ in tiers]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise UserError("tier names must be non-empty and different")
    for name, rules in tiers:
        validate_rules(name, rules)
    before = [(t.name, t.rules) for t in get_ladder(db)]
    now = db.clock()
    with db.transaction() as conn:
        conn.execute("DELETE FROM tiers")
        conn.executemany(
            "INSERT INTO tiers(position, name, rules, created_at, version, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, 1, ?, ?)",
            [(i, name, json.dumps(rules, ensure_ascii=False, sort_keys=True), now, now, db.operator)
             for i, (name, rules) in enumerate(tiers)])
        db.log_change("tiers", None, "set_ladder", {"tiers": before}, {"tiers": [list(t) for t in tiers]})
    return get_ladder(db)


def set_override(db: Database, member_id: int, tier: str, reason: str) -> None:
    """Pin a member to *tier* until cleared; applied (and logged as a tier change) by the next recompute."""
    if not reason.strip():
        raise UserError("a manual tier needs a reason")
    if tier not in {t.name for t in get_ladder(db)}:
        raise UserError("unknown tier %1", repr(tier))
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO member_tier_state(member_id, tier, override_tier, override_reason, override_by, override_at) "
            "VALUES (?, (SELECT tier FROM members WHERE id = ?), ?, ?, ?, ?) ON CONFLICT(member_id) DO UPDATE SET "
            "override_tier = excluded.override_tier, override_reason = excluded.override_reason, "
            "override_by = excluded.override_by, override_at = excluded.override_at",
            (member_id, member_id, tier, reason, db.operator, db.clock()))
        db.log_change("member_tier_state", member_id, "override", None, {"tier": tier, "reason": reason})


def clear_override(db: Database, member_id: int) -> None:
    with db.transaction() as conn:
        conn.execute("UPDATE member_tier_state SET override_tier = NULL, override_reason = NULL, "
                     "override_by = NULL, override_at = NULL WHERE member_id = ?", (member_id,))
        db.log_change("member_tier_state", member_id, "clear_override", None, None)


def rewards(db: Database) -> list[tuple[str, int]]:
    """The rewards catalogue, as (name, cost) pairs."""
    return [(str(name), int(cost)) for name, cost in get_config(db)["rewards"]]


def validate_rewards(items: list) -> None:
    names = [str(name).strip() for name, _ in items]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise UserError("reward names must be non-empty and different")
    for name, cost in items:
        if not isinstance(cost, int) or isinstance(cost, bool) or cost <= 0:
            raise UserError("reward %1: the cost must be a positive whole number of points", name)


def balance(db: Database, member_id: int) -> int:
    return db.conn.execute("SELECT coalesce(sum(delta), 0) FROM points_ledger WHERE member_id = ?",
                           (member_id,)).fetchone()[0]


def add_entry(db: Database, member_id: int, delta: int, reason: str, kind: str,
              event_id: int | None = None) -> int:
    return db.conn.execute(
        "INSERT INTO points_ledger(member_id, delta, reason, kind, at, by, event_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (member_id, delta, reason, kind, db.clock(), db.operator, event_id)).lastrowid

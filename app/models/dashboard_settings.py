"""The community's time zone and the dashboard's KPI targets, shared by everyone who opens the file."""
from __future__ import annotations

import copy
import math
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.models.database import Database
from app.models.errors import UserError
from app.models.settings import read_settings, write_settings

KEY = "dashboard"
# Lower is better for these; for every other figure higher is better.
LOWER_IS_BETTER = frozenset({"median_hours_to_decision", "sla_breach_rate"})
# Figures a target can be set on, and the share (0..1) ones among them.
TARGET_KEYS = ("members", "new_members", "dau_avg", "mau", "stickiness", "speaking_rate", "retention_30d",
               "interaction_rate", "participation_rate", "median_hours_to_decision", "sla_breach_rate")
SHARE_TARGETS = frozenset({"stickiness", "speaking_rate", "retention_30d", "interaction_rate",
                           "participation_rate", "sla_breach_rate"})
DEFAULTS = {
    "time_zone": "",               # '' = this computer's zone
    "targets": {"stickiness": 0.2, "speaking_rate": 0.3, "retention_30d": 0.45, "interaction_rate": 0.05,
                "participation_rate": 0.7, "median_hours_to_decision": 24, "sla_breach_rate": 0.05},
}
NEAR = 0.1   # within 10% of the target (relative) is amber, not red


def get_config(db: Database) -> dict:
    cfg = read_settings(db, KEY, DEFAULTS)
    cfg["targets"] = {k: v for k, v in cfg["targets"].items() if v is not None}
    return cfg


def check_config(cfg: dict) -> dict:
    """A clean copy of *cfg*, or UserError naming the first bad value."""
    out = copy.deepcopy(cfg)
    name = out.get("time_zone") or ""
    if not isinstance(name, str):
        raise UserError("the time zone must be a name such as Asia/Shanghai")
    if name:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise UserError("unknown time zone %1 (use a name such as Asia/Shanghai)", repr(name)) from None
    out["time_zone"] = name
    targets = {}
    for key, value in (out.get("targets") or {}).items():
        if key not in TARGET_KEYS:
            raise UserError("no target can be set on %1", repr(key))
        if value is None:
            targets[key] = None
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            raise UserError("the target for %1 must be a number of 0 or more", key)
        if key in SHARE_TARGETS and value > 1:
            raise UserError("the target for %1 is a share between 0 and 1 (0.45 = 45%)", key)
        targets[key] = value
    out["targets"] = targets
    return out


def set_config(db: Database, cfg: dict) -> None:
    """Store the time zone and targets; a target of None removes it."""
    clean = check_config(cfg)
    write_settings(db, KEY, clean)


def target_state(key: str, value: float | None, target: float | None) -> str:
    """'met', 'near' (within 10% of the target), 'missed', or 'none' (no target or no value)."""
    if target is None or value is None:
        return "none"
    if key in LOWER_IS_BETTER:
        if value <= target:
            return "met"
        return "near" if value <= target * (1 + NEAR) else "missed"
    if value >= target:
        return "met"
    return "near" if value >= target * (1 - NEAR) else "missed"

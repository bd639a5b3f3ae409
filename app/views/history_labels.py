"""How the History window names record types, actions, fields and values (translated at call time)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services import history
from app.services.history import Change, FieldChange
from app.services.lifecycle_texts import reason_text
from app.views import activity_labels, content_labels, moderation_labels
from app.views.i18n import fmt
from app.views.i18n import text as translated
from app.views.labels import status_label
from app.views.locale_format import money
from app.views.member_table_model import column_titles, local_time, role_labels

_CONTEXT = "history"

TABLE_LABELS = {
    "members": QT_TRANSLATE_NOOP("history", "Member"),
    "content_items": QT_TRANSLATE_NOOP("history", "Content item"),
    "activities": QT_TRANSLATE_NOOP("history", "Activity"),
    "moderation_cases": QT_TRANSLATE_NOOP("history", "Moderation case"),
    "meta": QT_TRANSLATE_NOOP("history", "Settings"),
    "sub_communities": QT_TRANSLATE_NOOP("history", "Sub-community"),
    "content_channels": QT_TRANSLATE_NOOP("history", "Channel"),
    "content_pillars": QT_TRANSLATE_NOOP("history", "Pillar"),
    "content_series": QT_TRANSLATE_NOOP("history", "Recurring series"),
    "hot_topics": QT_TRANSLATE_NOOP("history", "Hot topic"),
    "activity_tasks": QT_TRANSLATE_NOOP("history", "Activity task"),
    "activity_variants": QT_TRANSLATE_NOOP("history", "A/B variant"),
    "moderation_rules": QT_TRANSLATE_NOOP("history", "Community rule"),
    "moderation_words": QT_TRANSLATE_NOOP("history", "Sensitive word"),
    "moderation_allowed": QT_TRANSLATE_NOOP("history", "Allowed phrase"),
    "tiers": QT_TRANSLATE_NOOP("history", "Tier ladder"),
    "member_tier_state": QT_TRANSLATE_NOOP("history", "Member tier"),
    "points_ledger": QT_TRANSLATE_NOOP("history", "Points"),
    "churn_flags": QT_TRANSLATE_NOOP("history", "Churn flag"),
    "kol_cohort": QT_TRANSLATE_NOOP("history", "KOL cohort"),
    "events": QT_TRANSLATE_NOOP("history", "Activity data"),
    "lifecycle": QT_TRANSLATE_NOOP("history", "Lifecycle recompute"),
    "reports": QT_TRANSLATE_NOOP("history", "Report"),
    "schema": QT_TRANSLATE_NOOP("history", "File format"),
}
ACTION_LABELS = {
    "insert": QT_TRANSLATE_NOOP("history", "Created"),
    "update": QT_TRANSLATE_NOOP("history", "Edited"),
    "delete": QT_TRANSLATE_NOOP("history", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("history", "Restored"),
    "bulk": QT_TRANSLATE_NOOP("history", "Bulk change"),
    "import": QT_TRANSLATE_NOOP("history", "Imported"),
    "reschedule": QT_TRANSLATE_NOOP("history", "Rescheduled"),
    "status": QT_TRANSLATE_NOOP("history", "Status changed"),
    "results": QT_TRANSLATE_NOOP("history", "Results recorded"),
    "register": QT_TRANSLATE_NOOP("history", "Registered"),
    "unregister": QT_TRANSLATE_NOOP("history", "Registration removed"),
    "attendance": QT_TRANSLATE_NOOP("history", "Attendance"),
    "converted": QT_TRANSLATE_NOOP("history", "Conversion"),
    "claim": QT_TRANSLATE_NOOP("history", "Claimed"),
    "decide": QT_TRANSLATE_NOOP("history", "Decided"),
    "dismiss": QT_TRANSLATE_NOOP("history", "Dismissed"),
    "appeal": QT_TRANSLATE_NOOP("history", "Appealed"),
    "uphold": QT_TRANSLATE_NOOP("history", "Appeal upheld"),
    "overturn": QT_TRANSLATE_NOOP("history", "Appeal overturned"),
    "role": QT_TRANSLATE_NOOP("history", "Role changed"),
    "recompute": QT_TRANSLATE_NOOP("history", "Recomputed"),
    "migrate": QT_TRANSLATE_NOOP("history", "Upgraded"),
    "demo": QT_TRANSLATE_NOOP("history", "Demo data"),
    "respond": QT_TRANSLATE_NOOP("history", "Responded"),
    "done": QT_TRANSLATE_NOOP("history", "Done"),
    "reopen": QT_TRANSLATE_NOOP("history", "Reopened"),
    "scan": QT_TRANSLATE_NOOP("history", "Scanned"),
    "override": QT_TRANSLATE_NOOP("history", "Tier set by hand"),
    "clear_override": QT_TRANSLATE_NOOP("history", "Tier override cleared"),
    "earn": QT_TRANSLATE_NOOP("history", "Points earned"),
    "spend": QT_TRANSLATE_NOOP("history", "Points spent"),
    "correct": QT_TRANSLATE_NOOP("history", "Points corrected"),
}
SETTINGS_LABELS = {
    "moderation.config": QT_TRANSLATE_NOOP("history", "Moderation settings"),
    "content.config": QT_TRANSLATE_NOOP("history", "Content settings"),
    "lifecycle.config": QT_TRANSLATE_NOOP("history", "Lifecycle settings"),
    "dashboard": QT_TRANSLATE_NOOP("history", "Dashboard targets"),
}
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("history", "Title"),
    "body": QT_TRANSLATE_NOOP("history", "Body"),
    "name": QT_TRANSLATE_NOOP("history", "Name"),
    "channel_id": QT_TRANSLATE_NOOP("history", "Channel"),
    "pillar_id": QT_TRANSLATE_NOOP("history", "Pillar"),
    "sub_community_id": QT_TRANSLATE_NOOP("history", "Sub-community"),
    "format": QT_TRANSLATE_NOOP("history", "Format"),
    "owner": QT_TRANSLATE_NOOP("history", "Owner"),
    "planned_at": QT_TRANSLATE_NOOP("history", "Planned for"),
    "published_at": QT_TRANSLATE_NOOP("history", "Published at"),
    "duration_minutes": QT_TRANSLATE_NOOP("history", "Duration"),
    "status": QT_TRANSLATE_NOOP("history", "Status"),
    "deleted_at": QT_TRANSLATE_NOOP("history", "Deleted at"),
    "mode": QT_TRANSLATE_NOOP("history", "Type"),
    "starts_at": QT_TRANSLATE_NOOP("history", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("history", "Ends"),
    "place": QT_TRANSLATE_NOOP("history", "Place"),
    "link": QT_TRANSLATE_NOOP("history", "Link"),
    "capacity": QT_TRANSLATE_NOOP("history", "Capacity"),
    "budget_planned_fen": QT_TRANSLATE_NOOP("history", "Planned budget"),
    "budget_actual_fen": QT_TRANSLATE_NOOP("history", "Actual spend"),
    "invited_tiers": QT_TRANSLATE_NOOP("history", "Invited tiers"),
    "review_note": QT_TRANSLATE_NOOP("history", "Review"),
    "excerpt": QT_TRANSLATE_NOOP("history", "Excerpt"),
    "level": QT_TRANSLATE_NOOP("history", "Level"),
    "category": QT_TRANSLATE_NOOP("history", "Category"),
    "assignee": QT_TRANSLATE_NOOP("history", "Assignee"),
    "member_id": QT_TRANSLATE_NOOP("history", "Member"),
    "reporter_id": QT_TRANSLATE_NOOP("history", "Reporter"),
    "rule_id": QT_TRANSLATE_NOOP("history", "Rule"),
    "action": QT_TRANSLATE_NOOP("history", "Action"),
    "note": QT_TRANSLATE_NOOP("history", "Note"),
    "custom": QT_TRANSLATE_NOOP("history", "Custom fields"),
}
# Coded values per field, shown by their label (the same labels the tabs use).
_CODES = {
    ("members", "status"): status_label,
    ("content_items", "status"): content_labels.status_label,
    ("content_items", "format"): content_labels.format_label,
    ("activities", "status"): activity_labels.status_label,
    ("activities", "mode"): activity_labels.mode_label,
    ("activities", "format"): activity_labels.format_label,
    ("moderation_cases", "status"): lambda c: moderation_labels.label(moderation_labels.STATUS_LABELS, c),
    ("moderation_cases", "level"): lambda c: moderation_labels.label(moderation_labels.LEVEL_LABELS, c),
    ("moderation_cases", "category"): lambda c: moderation_labels.label(moderation_labels.CATEGORY_LABELS, c),
    ("moderation_cases", "action"): lambda c: moderation_labels.label(moderation_labels.ACTION_LABELS, c),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def table_label(table: str) -> str:
    return _tr(TABLE_LABELS[table]) if table in TABLE_LABELS else table


def action_label(change: Change) -> str:
    if change.table == history.SETTINGS:
        return _tr("Changed")
    return _tr(ACTION_LABELS[change.action]) if change.action in ACTION_LABELS else change.action


def settings_label(key_or_action: str) -> str:
    for key, text in SETTINGS_LABELS.items():
        if key_or_action in (key, key.replace(".", "_")):
            return _tr(text)
    return key_or_action


def record_text(change: Change, label: str) -> str:
    """"Member · 张伟 (#12)", "Settings · Moderation settings", "Activity data"."""
    if change.table == history.SETTINGS:
        return f"{table_label(change.table)} · {settings_label(change.action)}"
    if change.row_id is None:
        return table_label(change.table)
    if label:
        return f"{table_label(change.table)} · {label} (#{change.row_id})"
    return f"{table_label(change.table)} #{change.row_id}"


def field_label(table: str, field: str) -> str:
    if table == "members":
        titles = column_titles()
        if field in titles:
            return titles[field]
    return _tr(FIELD_LABELS[field]) if field in FIELD_LABELS else field


def value_text(table: str, field: str, value: Any, fallback: str) -> str:
    """A value as the tabs show it: codes by label, times in local time, money in yuan; else *fallback*
    (the service's readable text)."""
    if fallback == history.EMPTY:
        return fallback
    code = _CODES.get((table, field))
    if code is not None and isinstance(value, str):
        return code(value)
    if table == "members" and field == "roles" and isinstance(value, list):
        labels = role_labels()
        return "、".join(labels.get(r, r) for r in value)
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if table in ("members", "points_ledger", "churn_flags") and field == "reason" and isinstance(value, str):
        return translated(reason_text(value))         # tier moves and points lines the lifecycle engine wrote
    if field.endswith("_at") and isinstance(value, str):
        return local_time(value)
    if field.endswith("_fen") and isinstance(value, int):
        return money(value)
    return fallback


def field_texts(change: Change, field: FieldChange) -> tuple[str, str, str]:
    """(field label, before, after) for one changed field."""
    return (field_label(change.table, field.field),
            value_text(change.table, field.field, field.before, field.before_text),
            value_text(change.table, field.field, field.after, field.after_text))


def summary(change: Change, fields: list[FieldChange], limit: int = 4) -> str:
    """What changed on one line: "Status: Active → Silent; Tags: 新人"."""
    parts = []
    for field in fields[:limit]:
        name, before, after = field_texts(change, field)
        parts.append(f"{name}: {before} → {after}" if field.had_before else f"{name}: {after}")
    if len(fields) > limit:
        parts.append(fmt(_tr("%1 more"), len(fields) - limit))
    return "; ".join(parts)

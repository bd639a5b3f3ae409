"""The sentences the lifecycle engine writes: churn reasons, tier moves, points lines, the recompute summary.

Reasons are stored in the file in English, made from the templates here (str() of a Translatable), so
teammates in any language share one file and the CLI prints them as they are. reason_text() and
rule_text() read a stored sentence back into its Translatable, which the window shows translated
(app.views.i18n.text); a reason a person typed comes back unchanged.
"""
from __future__ import annotations

import re

from app.services.sentences import filled, joined, read_back
from app.texts import Translatable, translatable

CONTEXT = "lifecycle reasons"

# churn flags
SILENT_FOR = translatable(CONTEXT, "silent for %1 days")
FEWER_ACTIONS = translatable(CONTEXT, "%1 actions in the last %2 days, below %3 of the usual %4")
AT_RISK = translatable(CONTEXT, "at risk")
# tier moves (a check: "messages in the last 7 days 3 ≥ 3"; several are joined by "; ")
MANUAL_TIER = translatable(CONTEXT, "manual: %1 (by %2)")
NO_RULES = translatable(CONTEXT, "promoted: %1 has no rules")
PROMOTED = translatable(CONTEXT, "promoted: %1")
DEMOTED = translatable(CONTEXT, "demoted after %1 days' grace: %2")
CHECK_MET = translatable(CONTEXT, "%1 %2 ≥ %3")
CHECK_NOT_MET = translatable(CONTEXT, "%1 %2 < %3")
CHECK_SEPARATOR = "; "
# points ledger lines
REWARD = translatable(CONTEXT, "reward: %1")
EVENTS_EARNED = translatable(CONTEXT, "events #%1–#%2: %3")
KIND_COUNT = translatable(CONTEXT, "%1 ×%2")
# explain_tier: "Gold: messages in the last 7 days"
TIER_RULE = translatable(CONTEXT, "%1: %2")
# What each tier rule measures, as app.models.lifecycle.RULES words it ({days} -> %1).
RULE_TEXTS = (
    translatable(CONTEXT, "messages in the last %1 days"),
    translatable(CONTEXT, "original posts in the last %1 days"),
    translatable(CONTEXT, "events attended"),
    translatable(CONTEXT, "points balance"),
    translatable(CONTEXT, "RFM score (R+F+M, 3-15)"),
    translatable(CONTEXT, "days since joining"),
)
# Event kinds as points lines name them (the stored code -> how the window says it).
EVENT_KINDS = {
    "message": translatable(CONTEXT, "message"),
    "check_in": translatable(CONTEXT, "check-in"),
    "attendance": translatable(CONTEXT, "attendance"),
    "purchase": translatable(CONTEXT, "purchase"),
}
# RFM segments in the recompute summary: the English is the stored code itself.
SEGMENT_WORDS = {
    "champions": translatable(CONTEXT, "champions"),
    "loyal": translatable(CONTEXT, "loyal"),
    "potential": translatable(CONTEXT, "potential"),
    "new": translatable(CONTEXT, "new"),
    "at risk": translatable(CONTEXT, "at risk"),
    "hibernating": translatable(CONTEXT, "hibernating"),
    "lost": translatable(CONTEXT, "lost"),
}
NONE = translatable(CONTEXT, "none")

_CHECK = re.compile(r"(.+) (-?\d+) (≥|<) (-?\d+)", re.DOTALL)
_KIND_COUNT = re.compile(r"(.+) ×(\d+)", re.DOTALL)


# -- writing --------------------------------------------------------------------------------
def checks_text(checks: list[tuple[str, int, int, bool]]) -> str:
    """(rule description, value, threshold, passed) checks as stored in a tier move's reason."""
    return CHECK_SEPARATOR.join(str(filled(CHECK_MET if ok else CHECK_NOT_MET, rule, value, threshold))
                                for rule, value, threshold, ok in checks)


def events_earned_text(first: int, last: int, parts: list[tuple[str, int]]) -> str:
    """A points line: "events #1–#500: message ×12, check_in ×1"."""
    counts = ", ".join(str(filled(KIND_COUNT, kind, count)) for kind, count in parts)
    return str(filled(EVENTS_EARNED, first, last, counts))


# -- reading back ---------------------------------------------------------------------------
def reason_text(reason: str | None) -> Translatable | str:
    """A stored churn, tier or points reason as the window shows it (a Translatable); a reason a person
    typed, or one this version does not know, comes back as it is."""
    if not reason:
        return reason or ""
    return read_back(reason, (SILENT_FOR, FEWER_ACTIONS, AT_RISK, MANUAL_TIER, NO_RULES, PROMOTED, DEMOTED,
                              REWARD, EVENTS_EARNED), _reason_argument)


def rule_text(rule: str) -> Translatable | str:
    """explain_tier's "Gold: messages in the last 7 days" (or a bare rule description) for the window."""
    described = _rule_description(rule)
    if isinstance(described, Translatable):
        return described
    return read_back(rule, (TIER_RULE,), lambda template, number, value: _rule_description(value)
                     if number == 2 else value)


def _reason_argument(template: Translatable, number: int, value: str) -> object:
    if (template, number) in ((PROMOTED, 1), (DEMOTED, 2)):
        return _checks(value)
    if template == EVENTS_EARNED and number == 3:
        return joined([_kind_count(part) for part in value.split(", ")], ", ")
    return value


def _checks(text: str) -> Translatable | str:
    parts = []
    for part in text.split(CHECK_SEPARATOR):
        found = _CHECK.fullmatch(part)
        if found is None:
            return text
        rule, value, sign, threshold = found.groups()
        parts.append(filled(CHECK_MET if sign == "≥" else CHECK_NOT_MET, _rule_description(rule), value, threshold))
    return joined(parts, CHECK_SEPARATOR)


def _kind_count(text: str) -> Translatable | str:
    found = _KIND_COUNT.fullmatch(text)
    if found is None:
        return text
    return filled(KIND_COUNT, EVENT_KINDS.get(found.group(1), found.group(1)), found.group(2))


def _rule_description(text: str) -> Translatable | str:
    return read_back(text, RULE_TEXTS)

"""Moderation storage: sensitive words and the allow-list, community rules, cases and the decision log.

A case's SLA clock starts at opened_at: due_at = opened_at + the level's SLA hours (an appeal restarts
it from the appeal). The first decision sets decided_at and whether the SLA was breached. Every
decision, dismissal, appeal and appeal outcome appends a moderation_decisions row, so an overturned
case keeps both decisions. A case's credit_delta is what it currently moves the member's credit score
by (the configured move of its action; 0 once dismissed or overturned to no action).

Words are stored with their normalised form (computed by the service that reads them in); the word
lists carry one list version so two editors cannot silently overwrite each other.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields as dc_fields
from datetime import timedelta
from typing import Iterable, Sequence

from app.models.content import parse_utc, utc_text
from app.models.database import Database
from app.models.distinct import distinct_values
from app.models.errors import ConflictError, RowMissingError, UserError
from app.models.members import bulk_set_status
from app.models.schema import ALERT_LEVELS, CASE_ACTIONS, CASE_SOURCES, CASE_STATUSES
from app.models.settings import read_settings, write_settings
from app.texts import translatable

LEVELS = ALERT_LEVELS
SOURCES = CASE_SOURCES
STATUSES = CASE_STATUSES
ACTIONS = CASE_ACTIONS
OPEN_STATUSES = ("new", "in_review", "appealed")
DECIDED_STATUSES = ("resolved", "dismissed", "upheld", "overturned")
BUILTIN_CATEGORIES = ("spam", "abuse", "rumour", "fraud", "off_topic", "other")
# What an action does to the member's status (restored if an appeal overturns it).
MEMBER_STATUS_OF_ACTION = {"ban": "banned", "remove": "left"}

# -- settings -------------------------------------------------------------------------------
CONFIG_KEY = "moderation.config"
DEFAULT_CONFIG: dict = {
    "sla_hours": {"red": 4, "yellow": 24, "blue": 72},
    # Credit score moves per decided action (信用分).
    "credit": {"none": 0, "warning": -5, "delete_message": -10, "mute": -20, "remove": -40, "ban": -60},
    "categories": list(BUILTIN_CATEGORIES),
    "mute_days": 3,
}


def check_config(config: dict) -> None:
    for level in LEVELS:
        hours = config["sla_hours"].get(level)
        if not isinstance(hours, (int, float)) or isinstance(hours, bool) or not 0 < hours <= 24 * 90:
            raise UserError("the %1 SLA must be a number of hours between 0 and 2160 (got %2)", level, repr(hours))
    for action in ACTIONS:
        move = config["credit"].get(action)
        if not isinstance(move, int) or isinstance(move, bool) or abs(move) > 1000:
            raise UserError("the credit move for %1 must be a whole number from -1000 to 1000 (got %2)",
                            action, repr(move))
    categories = [str(c).strip() for c in config["categories"]]
    if not categories or "" in categories:
        raise UserError("categories must be a non-empty list of names")
    if len(set(c.casefold() for c in categories)) != len(categories):
        raise UserError("a category is listed twice")
    days = config["mute_days"]
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 3650:
        raise UserError("the default mute must be 1 to 3650 days (got %1)", repr(days))


def get_config(db: Database) -> dict:
    return read_settings(db, CONFIG_KEY, DEFAULT_CONFIG)


def set_config(db: Database, changes: dict) -> dict:
    """Merge *changes* (checked whole first) into the stored settings; logged."""
    from app.models.settings import deep_merge

    check_config(deep_merge(get_config(db), changes))
    write_settings(db, CONFIG_KEY, changes)
    return get_config(db)


def rename_category(db: Database, old: str, new: str) -> int:
    """Give every case and word in category *old* the category *new* (inside the caller's settings save);
    returns the rows moved. Logged."""
    new = new.strip()
    if not new:
        raise UserError("a category needs a name")
    with db.transaction():
        moved = 0
        for table in ("moderation_cases", "moderation_words"):
            moved += db.conn.execute(
                f"UPDATE {table} SET category = ?, version = version + 1, updated_at = ?, updated_by = ? "
                "WHERE category = ?", (new, db.clock(), db.operator, old)).rowcount
        db.log_change("moderation_cases", None, "rename_category", {"category": old}, {"category": new, "rows": moved})
    return moved


def open_deadlines(db: Database) -> list[str]:
    """The due times of the open cases (for the queue's "12 open · 3 overdue")."""
    return [r[0] for r in db.conn.execute(
        "SELECT due_at FROM moderation_cases WHERE status IN ('new', 'in_review', 'appealed')")]


def due_at(opened_at: str, level: str, config: dict) -> str:
    """The SLA deadline (UTC text) of a case opened at *opened_at* (UTC text) at *level*."""
    return utc_text(parse_utc(opened_at) + timedelta(hours=config["sla_hours"][level]))


# -- word lists -----------------------------------------------------------------------------
@dataclass
class WordEntry:
    word: str
    norm: str
    level: str
    category: str


@dataclass
class WordListChange:
    added: int = 0
    updated: int = 0
    removed: int = 0


WORDS_STAMP_KEY = "moderation.words_stamp"


class WordListConflict(UserError):
    """The word lists were saved by someone else since the editor read them."""

    def __init__(self, by: str, at: str):
        self.by, self.at = by, at
        super().__init__("the word lists were changed by %1 at %2 since you opened them: reload and make your "
                         "change again", by or translatable("errors", "someone"), at or "?")


def word_list_version(db: Database) -> int:
    return json.loads(db.get_meta(WORDS_STAMP_KEY) or '{"version": 0}')["version"]


def list_words(db: Database) -> list[WordEntry]:
    return [WordEntry(*r) for r in db.conn.execute(
        "SELECT word, norm, level, category FROM moderation_words ORDER BY norm")]


def list_allowed(db: Database) -> list[tuple[str, str]]:
    """(phrase, norm) of the allow-list."""
    return [tuple(r) for r in db.conn.execute("SELECT phrase, norm FROM moderation_allowed ORDER BY norm")]


def save_word_lists(db: Database, words: Sequence[WordEntry], allowed: Sequence[tuple[str, str]], *,
                    replace: bool, expected_version: int | None = None) -> tuple[WordListChange, WordListChange]:
    """Add or update *words* and *allowed* phrases by their normalised form; with *replace*, also remove
    the entries not given (the editor saves its whole list). All or nothing; logged.
    *expected_version*: the list version the editor read; a newer list raises ConflictError."""
    for entry in words:
        if entry.level not in LEVELS:
            raise UserError("word %1: unknown level %2", repr(entry.word), repr(entry.level))
        if not entry.norm or not entry.category.strip():
            raise UserError("word %1 has no letters, digits or category", repr(entry.word))
    with db.transaction():
        stamp = json.loads(db.get_meta(WORDS_STAMP_KEY) or '{"version": 0}')
        if expected_version is not None and stamp["version"] != expected_version:
            raise WordListConflict(stamp.get("by", ""), stamp.get("at", ""))
        word_change = _save_list(db, "moderation_words", ("word", "level", "category"),
                                 [(w.norm, (w.word, w.level, w.category)) for w in words], replace)
        allowed_change = _save_list(db, "moderation_allowed", ("phrase",),
                                    [(norm, (phrase,)) for phrase, norm in allowed], replace)
        if any(vars(word_change).values()) or any(vars(allowed_change).values()):
            db.set_meta(WORDS_STAMP_KEY, json.dumps(
                {"version": stamp["version"] + 1, "at": db.clock(), "by": db.operator}, ensure_ascii=False))
    return word_change, allowed_change


def _save_list(db: Database, table: str, columns: tuple[str, ...], entries: list[tuple[str, tuple]],
               replace: bool) -> WordListChange:
    change = WordListChange()
    current = {r[0]: (r[1], tuple(r[2:])) for r in db.conn.execute(
        f"SELECT norm, id, {', '.join(columns)} FROM {table}")}
    given = dict(entries)  # a later entry for the same form wins
    for norm, values in given.items():
        if norm not in current:
            db.insert_row(table, {"norm": norm, **dict(zip(columns, values))})
            change.added += 1
        elif current[norm][1] != values:
            row_id = current[norm][0]
            version = db.conn.execute(f"SELECT version FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]
            db.update_row(table, row_id, dict(zip(columns, values)), expected_version=version)
            change.updated += 1
    if replace:
        for norm, (row_id, values) in current.items():
            if norm not in given:
                db.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
                db.log_change(table, row_id, "delete", dict(zip(columns, values)), None)
                change.removed += 1
    return change


# -- community rules ------------------------------------------------------------------------
@dataclass
class Rule:
    id: int | None = None
    code: str = ""
    title: str = ""
    description: str = ""
    version: int = 0

    def label(self) -> str:
        return f"{self.code} {self.title}"


def list_rules(db: Database) -> list[Rule]:
    rows = db.conn.execute("SELECT id, code, title, description, version FROM moderation_rules")
    return sorted((Rule(*r) for r in rows), key=lambda r: _code_key(r.code))


def _code_key(code: str) -> tuple:
    """Rule codes sort like section numbers: 2 < 10, 1.2 < 1.10."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in code.replace("-", ".").split("."))


def save_rule(db: Database, rule: Rule) -> int:
    rule.code, rule.title = rule.code.strip(), rule.title.strip()
    if not rule.code or not rule.title:
        raise UserError("a rule needs a number and a title")
    return db.save_row("moderation_rules", rule,
                       {"code": rule.code, "title": rule.title, "description": rule.description.strip()},
                       duplicate=UserError("there is already a rule %1", rule.code))


def delete_rule(db: Database, rule_id: int) -> None:
    """Remove a rule; cases that cited it keep their decision and cite no rule."""
    with db.transaction():
        before = db.get_row("moderation_rules", rule_id)
        db.conn.execute("DELETE FROM moderation_rules WHERE id = ?", (rule_id,))
        db.log_change("moderation_rules", rule_id, "delete",
                      {k: before[k] for k in ("code", "title", "description")}, None)


# -- cases ----------------------------------------------------------------------------------
@dataclass
class Case:
    id: int | None = None
    source: str = "report"
    event_id: int | None = None
    excerpt: str = ""
    message_at: str | None = None
    platform: str = ""
    member_id: int | None = None
    reporter_id: int | None = None
    reporter: str = ""
    category: str = "other"
    level: str = "blue"
    rule_id: int | None = None
    assignee: str = ""
    status: str = "new"
    hits: list = field(default_factory=list)   # [[word, level, category, start, end], ...]
    opened_at: str = ""
    due_at: str = ""
    decided_at: str | None = None
    decided_by: str | None = None
    sla_breached: int | None = None
    action: str | None = None
    mute_days: int | None = None
    note: str = ""
    credit_delta: int = 0
    version: int = 0
    updated_at: str = ""
    updated_by: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


CASE_COLUMNS = ", ".join(f"c.{f.name}" for f in dc_fields(Case))
EDITABLE = ("excerpt", "message_at", "platform", "member_id", "reporter_id", "reporter", "category", "level",
            "rule_id", "assignee", "note")
# The queue's urgency: open cases first, by level, then the nearest deadline; decided ones newest first.
URGENCY = ("CASE WHEN c.status IN ('new', 'in_review', 'appealed') THEN 0 ELSE 1 END, "
           "CASE WHEN c.status IN ('new', 'in_review', 'appealed') THEN "
           "CASE c.level WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 ELSE 2 END ELSE 0 END, "
           "CASE WHEN c.status IN ('new', 'in_review', 'appealed') THEN c.due_at END, "
           "c.decided_at DESC, c.id DESC")


def _case(row) -> Case:
    case = Case(*row)
    case.hits = json.loads(case.hits or "[]")
    return case


def get_case(db: Database, case_id: int) -> Case:
    row = db.conn.execute(f"SELECT {CASE_COLUMNS} FROM moderation_cases c WHERE c.id = ?", (case_id,)).fetchone()
    if row is None:
        raise RowMissingError("case #%1 no longer exists", case_id)
    return _case(row)


@dataclass
class CaseFilter:
    statuses: tuple[str, ...] = ()       # empty: all
    levels: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    assignee: str | None = None          # "" : unassigned
    member_id: int | None = None


def list_cases(db: Database, flt: CaseFilter | None = None, limit: int | None = None) -> list[Case]:
    flt = flt or CaseFilter()
    where, params = [], []
    # With statuses (the queue's usual view: the open cases) the status index leads; '+' keeps the planner
    # from walking every case of a category or an assignee, decided ones included, instead.
    aside = "+" if flt.statuses else ""
    for column, values in (("status", flt.statuses), ("level", flt.levels), ("category", flt.categories)):
        if values:
            where.append(f"{aside if column == 'category' else ''}c.{column} IN ({','.join('?' * len(values))})")
            params += values
    if flt.assignee is not None:
        where.append(f"{aside}c.assignee = ?")
        params.append(flt.assignee)
    if flt.member_id is not None:
        where.append("c.member_id = ?")
        params.append(flt.member_id)
    sql = (f"SELECT {CASE_COLUMNS} FROM moderation_cases c"
           + (f" WHERE {' AND '.join(where)}" if where else "") + f" ORDER BY {URGENCY}"
           + (" LIMIT ?" if limit else ""))
    return [_case(r) for r in db.conn.execute(sql, (*params, *([limit] if limit else [])))]


def assignees(db: Database) -> list[str]:
    """Everyone a case is assigned to, sorted: one seek per name (moderation_cases_by_assignee)."""
    return distinct_values(db.conn, "moderation_cases", "assignee")


def _in_roster(db: Database, member_id: int) -> bool:
    row = db.conn.execute("SELECT deleted_at FROM members WHERE id = ?", (member_id,)).fetchone()
    return row is not None and row[0] is None


def _check_case(db: Database, case: Case, config: dict) -> None:
    if case.source not in SOURCES:
        raise UserError("unknown case source %1", repr(case.source))
    if case.level not in LEVELS:
        raise UserError("unknown alert level %1 (use red, yellow or blue)", repr(case.level))
    if case.category.strip() == "":
        raise UserError("a case needs a category")
    if case.category not in config["categories"] and case.source != "word_hit":
        raise UserError("unknown category %1 (known: %2)", repr(case.category), ", ".join(config["categories"]))
    if not case.excerpt.strip():
        raise UserError("a case needs the message or content excerpt")
    if case.member_id is None:
        raise UserError("a case needs the member concerned")
    if not _in_roster(db, case.member_id):
        raise UserError("the member concerned (member #%1) is not in the roster", case.member_id)
    if case.reporter_id is not None and not _in_roster(db, case.reporter_id):
        raise UserError("the reporter (member #%1) is not in the roster", case.reporter_id)
    if case.reporter_id is not None and case.reporter_id == case.member_id:
        raise UserError("a member cannot report themselves")
    if case.rule_id is not None and db.conn.execute(
            "SELECT 1 FROM moderation_rules WHERE id = ?", (case.rule_id,)).fetchone() is None:
        raise UserError("the rule cited no longer exists")
    if case.message_at is not None:
        try:
            parse_utc(case.message_at)
        except ValueError:
            raise UserError("the message time is not a time: %1", repr(case.message_at)) from None


def open_case(db: Database, case: Case) -> int:
    """Open a reported or observed case (new, its SLA clock started at opened_at, default now)."""
    config = get_config(db)
    case.excerpt = case.excerpt.strip()
    _check_case(db, case, config)
    case.opened_at = case.opened_at or db.clock()
    case.due_at = due_at(case.opened_at, case.level, config)
    case.status = "new"
    values = {f.name: getattr(case, f.name) for f in dc_fields(Case)
              if f.name not in ("id", "version", "updated_at", "updated_by")}
    values["hits"] = json.dumps(case.hits, ensure_ascii=False)
    return db.save_row("moderation_cases", case, values)


def save_case(db: Database, case: Case, *, action: str = "update") -> int:
    """Save an edited case read at case.version; a new level moves the deadline. Returns the new version."""
    config = get_config(db)
    case.excerpt = case.excerpt.strip()
    _check_case(db, case, config)
    with db.transaction():
        current = get_case(db, case.id)
        changes = {name: getattr(case, name) for name in EDITABLE}
        if case.level != current.level and current.is_open:
            start = _clock_start(db, current)
            changes["due_at"] = due_at(start, case.level, config)
        case.version = db.update_row("moderation_cases", case.id, changes, expected_version=case.version,
                                     action=action)
    return case.version


def _clock_start(db: Database, case: Case) -> str:
    """When the case's current SLA clock started: the appeal if it is appealed, else its opening."""
    if case.status == "appealed":
        row = db.conn.execute("SELECT at FROM moderation_decisions WHERE case_id = ? AND kind = 'appeal' "
                              "ORDER BY id DESC LIMIT 1", (case.id,)).fetchone()
        if row:
            return row[0]
    return case.opened_at


def insert_scan_cases(db: Database, cases: Sequence[Case]) -> list[Case]:
    """Open word-hit cases in bulk (one per scanned message); a message that already has a case is
    skipped. Returns the cases opened. Runs inside the caller's transaction."""
    if not cases:
        return []
    existing = {r[0] for r in db.select_in(
        "SELECT event_id FROM moderation_cases WHERE event_id IN ({})", [c.event_id for c in cases])}
    fresh = [c for c in cases if c.event_id not in existing]
    now = db.clock()
    db.conn.executemany(
        "INSERT INTO moderation_cases(source, event_id, excerpt, message_at, platform, member_id, category, level, "
        "hits, opened_at, due_at, status, created_at, version, updated_at, updated_by) "
        "VALUES ('word_hit', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, 1, ?, ?)",
        ((c.event_id, c.excerpt, c.message_at, c.platform, c.member_id, c.category, c.level,
          json.dumps(c.hits, ensure_ascii=False), c.opened_at, c.due_at, now, now, db.operator) for c in fresh))
    return fresh


# -- triage and decisions -------------------------------------------------------------------
def _change(db: Database, case_id: int, expected_version: int, changes: dict, action: str) -> int:
    return db.update_row("moderation_cases", case_id, changes, expected_version=expected_version, action=action)


def _log_decision(db: Database, case_id: int, kind: str, *, action: str | None = None,
                  mute_days: int | None = None, note: str = "", credit_delta: int = 0,
                  member_status: str | None = None) -> None:
    db.conn.execute(
        "INSERT INTO moderation_decisions(case_id, kind, action, mute_days, note, credit_delta, member_status, at, by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, kind, action, mute_days, note, credit_delta, member_status, db.clock(), db.operator))


def _read_at(db: Database, case_id: int, expected_version: int) -> Case:
    """The case, if it is still at the version the operator saw (else a ConflictError naming who changed it)."""
    case = get_case(db, case_id)
    if case.version != expected_version:
        raise ConflictError("moderation_cases", case_id, expected_version, db.get_row("moderation_cases", case_id))
    return case


def claim(db: Database, case_id: int, expected_version: int) -> int:
    """Take a case: the operator becomes its assignee and a new case goes in review."""
    with db.transaction():
        case = _read_at(db, case_id, expected_version)
        if not case.is_open:
            raise UserError("case #%1 is already decided", case_id)
        changes = {"assignee": db.operator, "status": "in_review" if case.status == "new" else case.status}
        return _change(db, case_id, expected_version, changes, "claim")


def _check_action(action: str, mute_days: int | None) -> int | None:
    if action not in ACTIONS:
        raise UserError("unknown action %1 (known: %2)", repr(action), ", ".join(ACTIONS))
    if action != "mute":
        return None
    if not isinstance(mute_days, int) or mute_days < 1:
        raise UserError("a mute needs a number of days (1 or more)")
    return mute_days


def _apply_member_status(db: Database, member_id: int, action: str | None) -> str | None:
    """Set the member's status an action implies; returns the status before (None: unchanged)."""
    target = MEMBER_STATUS_OF_ACTION.get(action or "")
    if target is None:
        return None
    before = db.conn.execute("SELECT status FROM members WHERE id = ?", (member_id,)).fetchone()[0]
    if before == target:
        return None
    bulk_set_status(db, [member_id], target)
    return before


def decide(db: Database, case_id: int, expected_version: int, action: str, *, note: str = "",
           mute_days: int | None = None) -> int:
    """Decide an open case (new or in review) with *action*: resolved, the credit move applied."""
    mute_days = _check_action(action, mute_days)
    config = get_config(db)
    with db.transaction():
        case = _read_at(db, case_id, expected_version)
        if case.status not in ("new", "in_review"):
            raise UserError("case #%1 is %2, not open for a decision", case_id, case.status)
        now = db.clock()
        delta = config["credit"][action]
        version = _change(db, case_id, expected_version, {
            "status": "resolved", "action": action, "mute_days": mute_days, "note": note.strip() or case.note,
            "credit_delta": delta, **_first_decision(case, now, db.operator),
            "assignee": case.assignee or db.operator}, "decide")
        before = _apply_member_status(db, case.member_id, action)
        _log_decision(db, case_id, "decision", action=action, mute_days=mute_days, note=note.strip(),
                      credit_delta=delta, member_status=before)
    return version


def _first_decision(case: Case, now: str, operator: str) -> dict:
    if case.decided_at is not None:
        return {}
    return {"decided_at": now, "decided_by": operator, "sla_breached": int(now > case.due_at)}


def dismiss(db: Database, case_id: int, expected_version: int, *, note: str = "") -> int:
    """No violation: the case is closed without action and moves no credit."""
    with db.transaction():
        case = _read_at(db, case_id, expected_version)
        if case.status not in ("new", "in_review"):
            raise UserError("case #%1 is %2, not open for a decision", case_id, case.status)
        now = db.clock()
        version = _change(db, case_id, expected_version, {
            "status": "dismissed", "action": None, "mute_days": None, "credit_delta": 0,
            "note": note.strip() or case.note, **_first_decision(case, now, db.operator),
            "assignee": case.assignee or db.operator}, "dismiss")
        _log_decision(db, case_id, "dismissal", note=note.strip())
    return version


def appeal(db: Database, case_id: int, expected_version: int, *, note: str = "") -> int:
    """The member appeals a decision: the case reopens as appealed with a fresh SLA clock."""
    config = get_config(db)
    with db.transaction():
        case = _read_at(db, case_id, expected_version)
        if case.status != "resolved":
            raise UserError("only a resolved case can be appealed (case #%1 is %2)", case_id, case.status)
        now = db.clock()
        version = _change(db, case_id, expected_version,
                          {"status": "appealed", "due_at": due_at(now, case.level, config)}, "appeal")
        _log_decision(db, case_id, "appeal", action=case.action, mute_days=case.mute_days, note=note.strip(),
                      credit_delta=case.credit_delta)
    return version


def decide_appeal(db: Database, case_id: int, expected_version: int, *, upheld: bool, action: str = "none",
                  note: str = "", mute_days: int | None = None) -> int:
    """Uphold the first decision, or overturn it with *action* (default no action). Both decisions stay
    in the log; a ban or removal that is overturned gives the member their status back."""
    config = get_config(db)
    with db.transaction():
        case = _read_at(db, case_id, expected_version)
        if case.status != "appealed":
            raise UserError("case #%1 is not appealed", case_id)
        if upheld:
            version = _change(db, case_id, expected_version, {"status": "upheld"}, "uphold")
            _log_decision(db, case_id, "upheld", action=case.action, mute_days=case.mute_days, note=note.strip(),
                          credit_delta=case.credit_delta)
            return version
        mute_days = _check_action(action, mute_days)
        delta = config["credit"][action]
        version = _change(db, case_id, expected_version, {
            "status": "overturned", "action": action, "mute_days": mute_days, "credit_delta": delta}, "overturn")
        before = _restore_member_status(db, case, action)
        _log_decision(db, case_id, "overturned", action=action, mute_days=mute_days, note=note.strip(),
                      credit_delta=delta, member_status=before)
    return version


def _restore_member_status(db: Database, case: Case, action: str) -> str | None:
    if action in MEMBER_STATUS_OF_ACTION:
        return _apply_member_status(db, case.member_id, action)
    row = db.conn.execute(
        "SELECT action, member_status FROM moderation_decisions WHERE case_id = ? AND kind = 'decision' "
        "ORDER BY id DESC LIMIT 1", (case.id,)).fetchone()
    if row is None or row[1] is None:
        return None
    set_by_case = MEMBER_STATUS_OF_ACTION.get(row[0])
    current = db.conn.execute("SELECT status FROM members WHERE id = ?", (case.member_id,)).fetchone()[0]
    if current != set_by_case:
        return None   # someone changed the member's status since; leave it
    bulk_set_status(db, [case.member_id], row[1])
    return current


@dataclass
class BulkResult:
    decided: list[int] = field(default_factory=list)
    conflicts: list[tuple[int, str, str]] = field(default_factory=list)  # (case id, by, at)
    skipped: list[int] = field(default_factory=list)                     # no longer open


def bulk_decide(db: Database, cases: Iterable[tuple[int, int]], action: str, *, note: str = "",
                mute_days: int | None = None, dismiss_cases: bool = False) -> BulkResult:
    """Decide (or dismiss) each (case id, version read) in one transaction. A case a teammate changed
    meanwhile is left out and reported, as is one no longer open; the others are decided."""
    if not dismiss_cases:
        mute_days = _check_action(action, mute_days)
    result = BulkResult()
    with db.transaction():
        for case_id, version in cases:
            try:
                with db.transaction():
                    if dismiss_cases:
                        dismiss(db, case_id, version, note=note)
                    else:
                        decide(db, case_id, version, action, note=note, mute_days=mute_days)
                result.decided.append(case_id)
            except ConflictError as exc:
                result.conflicts.append((case_id, exc.current.get("updated_by", ""), exc.current.get("updated_at", "")))
            except (UserError, RowMissingError):
                result.skipped.append(case_id)
    return result


# -- reading the log and the member's record --------------------------------------------------
@dataclass
class LogEntry:
    id: int
    case_id: int
    kind: str
    action: str | None
    mute_days: int | None
    note: str
    credit_delta: int
    at: str
    by: str
    member_id: int = 0
    member_name: str = ""
    level: str = ""
    category: str = ""


_LOG_SELECT = ("SELECT d.id, d.case_id, d.kind, d.action, d.mute_days, d.note, d.credit_delta, d.at, d.by, "
               "c.member_id, coalesce(nullif(m.display_name, ''), m.nickname, ''), c.level, c.category "
               "FROM moderation_decisions d JOIN moderation_cases c ON c.id = d.case_id "
               "LEFT JOIN members m ON m.id = c.member_id")


def case_log(db: Database, case_id: int) -> list[LogEntry]:
    return [LogEntry(*r) for r in db.conn.execute(f"{_LOG_SELECT} WHERE d.case_id = ? ORDER BY d.id", (case_id,))]


def moderation_log(db: Database, start: str | None = None, end: str | None = None,
                   limit: int = 1000) -> list[LogEntry]:
    """Who decided what, when: newest first, *start* <= at < *end* (UTC text)."""
    sql = f"{_LOG_SELECT} WHERE d.at >= ? AND d.at < ? ORDER BY d.at DESC, d.id DESC LIMIT ?"
    return [LogEntry(*r) for r in db.conn.execute(sql, (start or "", end or "9999", limit))]


def credit_moves(db: Database, before: str, member_id: int | None = None) -> dict[int, int]:
    """Each member's credit moves from decided cases, decided before *before* (UTC text)."""
    sql = ("SELECT member_id, sum(credit_delta) FROM moderation_cases WHERE credit_delta != 0 AND decided_at < ?"
           + (" AND member_id = ?" if member_id is not None else "") + " GROUP BY member_id")
    return dict(db.conn.execute(sql, (before, *([member_id] if member_id is not None else []))).fetchall())


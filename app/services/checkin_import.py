"""Import a registration or check-in list for one activity: read it, match it to the roster, apply
the operator's decisions.

A list is a CSV/.xlsx file or pasted text (names, nicknames, phones, @handles). Matching never
guesses: an entry is *matched* only when exactly one live member has a field equal to it after
search.normalise (NFKC, casefold, whitespace collapsed); several equal members, or only near
(substring) matches from the search index, make it *uncertain* with candidates; nothing makes it
*unknown*. Every uncertain or unknown entry waits for a decision: a member, NEW (add to the roster)
or SKIP. apply() writes all decisions in one transaction; a member listed twice counts once.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from app.models import activities as am
from app.models import member_query, search
from app.models.database import Database
from app.models.errors import RowMissingError, UserError
from app.models.members import Member, create_member
from app.services.fields import FieldError, header_key, map_headers, normalise_phone, validate_email
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.services.tabular import Row, Table, read_table

MATCHED, UNCERTAIN, UNKNOWN = "matched", "uncertain", "unknown"
NEW, SKIP = "new", "skip"
LIST_STATUSES = ("registered", "attended")    # a registration list, a check-in list
SOURCE = "list import"                        # activity_registrations.source of imported rows

# Columns that identify a person (fields of app.services.fields.map_headers), strongest first:
# an identifier outranks a name when they disagree. TEXT ("") is a value of unknown kind: a pasted
# line, or the first column of a file whose headers say nothing.
TEXT = ""
IDENTIFYING = ("phone", "email", "wechat_id", "handle", "display_name", "nickname", TEXT)
ROSTER_FIELDS = ("display_name", "nickname", "phone", "wechat_id", "email")   # members columns
FIELD_ORDER = {name: i for i, name in enumerate(IDENTIFYING)}
SHOWN_ORDER = ("display_name", TEXT, "nickname", "handle", "wechat_id", "email", "phone")
# Header words of attendance lists beyond the member import's (fields.HEADER_SYNONYMS).
LIST_HEADERS = {
    "display_name": ("参会人", "报名人", "签到人", "参与者", "参加者", "成员", "attendee", "participant", "member"),
    "handle": ("用户名", "群成员", "账号名"),
}
_LIST_HEADER_FIELD = {header_key(word): name for name, words in LIST_HEADERS.items() for word in words}

NEAR_LIMIT = 5             # near-match candidates offered per entry
EXACT_SHOWN = 10           # candidates shown when several members are equal (Match.more counts the rest)
NEAR_FETCH = 50            # search-index hits ranked per entry
MIN_NEAR = 2               # characters a text needs before members containing it are suggested
SCAN_RATIO = 100           # one pass over the roster beats index look-ups from (roster size / 100) values
FTS_CAP = 2_000            # a value inside more members than this is looked up by the one pass
PROGRESS_EVERY = 250

_SEPARATORS = re.compile(r"[\t,，、;；]+|\s+(?=[@＠])")
_NUMBERING = re.compile(r"^(?:[#＃]?\d{1,4}\s*[.．、)）:：]|[(（【\[]\d{1,4}[)）】\]])\s*(?!\d)")
_MENTION = re.compile(r"^[@＠]+")
_HAN_ONLY = re.compile("[\u4e00-\u9fff]+")
_DIGITS = re.compile(r"\d")
# Where a group nickname joins its parts ("张伟-北京-产品", "Luna | 设计"): each part is looked for too.
_PARTS = re.compile(r"[\s\-_/\\|·•()\[\]{}（）【】<>《》,，.。:：;；~～!！?？#＃+＋=＝*]+")
MAX_PARTS = 4


@dataclass(frozen=True)
class Entry:
    """One person as the list names them."""
    text: str                                   # what the review shows; a new member's name
    keys: tuple[str, ...]                       # values looked up, strongest identifier first
    line: int = 0                               # file row or pasted line number
    row: tuple[str, ...] = ()                   # the file row as read (empty for pasted text)
    values: tuple[tuple[str, str], ...] = ()    # (field, value), field one of IDENTIFYING

    def value(self, name: str) -> str:
        return next((v for f, v in self.values if f == name), "")


@dataclass
class ParsedList:
    entries: list[Entry]
    duplicates: int = 0           # repeated lines or rows, collapsed into their first entry
    empty: int = 0                # rows with nothing in the identifying columns
    headers: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)   # the headers matched on
    first_column_only: bool = False                     # no header was recognised: see note
    note: str = ""                # how the file was read, when it needs saying


class Candidate(NamedTuple):
    member_id: int
    display_name: str
    nickname: str
    why: str                      # "same:<field>" or "contains:<field>" (a roster field or "handle")


@dataclass
class Match:
    entry: Entry
    status: str                   # MATCHED, UNCERTAIN or UNKNOWN
    member_id: int | None = None  # when matched
    why: str = ""                 # when matched: "same:<field>"
    member_name: str = ""         # when matched: the member's display name and nickname
    member_nickname: str = ""
    candidates: list[Candidate] = field(default_factory=list)   # when uncertain
    more: int = 0                 # equal members beyond the candidates shown

    @property
    def text(self) -> str:
        return self.entry.text


@dataclass
class ApplyReport:
    registered: int = 0           # newly on the list as registered (or registered again after cancelling)
    checked_in: int = 0           # registered members now marked attended
    walk_ins: int = 0             # came without registering
    already: int = 0              # already on the list (or already attended): nothing to change
    new_members: int = 0          # added to the roster
    skipped: int = 0              # entries the operator chose to skip
    repeated: int = 0             # entries naming a member already counted: once is once

    def summary(self) -> str:
        return (f"{self.registered} registered, {self.checked_in} checked in, {self.walk_ins} walk-ins, "
                f"{self.already} already there, {self.new_members} new members, {self.skipped} skipped")


# -- reading a list ------------------------------------------------------------------------
def read_list(path: str | Path, *, progress: Progress = no_progress,
              cancelled: CancelCheck = never_cancelled) -> ParsedList:
    """The entries of a CSV/.xlsx list (encodings and Excel quirks handled by tabular.read_table)."""
    return _read_table_list(read_table(path), progress, cancelled)    # TableError is a UserError


def _identifying_columns(headers: list[str]) -> list[tuple[int, str]]:
    mapping = map_headers(headers)
    used: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = mapping.get(index) or _LIST_HEADER_FIELD.get(header_key(header))
        if name in FIELD_ORDER and name not in used:
            used[name] = index
    return sorted(((i, name) for name, i in used.items()), key=lambda c: FIELD_ORDER[c[1]])


def _read_table_list(table: Table, progress: Progress, cancelled: CancelCheck) -> ParsedList:
    used = _identifying_columns(table.headers)
    parsed = ParsedList([], headers=list(table.headers))
    rows: Iterable[Row] = table.rows
    if not used:
        used = [(0, TEXT)]
        parsed.first_column_only = True
        parsed.note = (f"No column is named like a name, nickname, phone, WeChat ID, email or handle, so the "
                       f"first column (“{table.headers[0]}”) was matched, its first row included.")
        rows = _with_header_row(table)
    parsed.columns = [table.headers[i] for i, _f in used]
    seen: set[tuple[str, ...]] = set()
    for count, row in enumerate(rows, 1):
        if count % PROGRESS_EVERY == 0:
            check_cancel(cancelled)
            progress(count, 0)
        cells = tuple(_cell(v) for v in row.values)
        values = tuple((f, cleaned) for i, f in used if i < len(cells) and (cleaned := _clean(cells[i])))
        if values:
            _add(parsed, seen, _entry(values, row.number, cells))
        else:
            parsed.empty += 1
    return parsed


def _with_header_row(table: Table) -> Iterator[Row]:
    """A list without a header: its first row is a person too."""
    yield Row(table.header_row, list(table.headers))
    yield from table.rows


def _entry(values: tuple[tuple[str, str], ...], line: int, row: tuple[str, ...] = ()) -> Entry:
    values = tuple(sorted(values, key=lambda v: FIELD_ORDER[v[0]]))
    shown = dict(reversed(values))
    text = next(shown[f] for f in SHOWN_ORDER if f in shown)
    return Entry(text=text, keys=tuple(dict.fromkeys(v for _f, v in values)), line=line, row=row, values=values)


def _add(parsed: ParsedList, seen: set, entry: Entry) -> None:
    identity = tuple(_norm(k) for k in entry.keys)
    if identity in seen:
        parsed.duplicates += 1
    else:
        seen.add(identity)
        parsed.entries.append(entry)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))           # a phone number Excel stored as a number
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value).strip()


def _clean(text: str) -> str:
    """A cell or pasted piece without surrounding space, numbering ("1." "1、" "(1)") or @ prefixes."""
    text = _NUMBERING.sub("", text.strip(), count=1)
    return _MENTION.sub("", text.strip()).strip()


def parse_pasted(text: str) -> ParsedList:
    """One person per line (also split at ， , 、 ; and tabs, and before each @mention); numbering,
    @ prefixes and blanks dropped; order kept; repeats collapse into the first (counted). A phone
    number or email right after a name on the same line belongs to that name."""
    parsed = ParsedList([])
    seen: set[tuple[str, ...]] = set()
    for number, line in enumerate(text.splitlines(), 1):
        groups: list[list[tuple[str, str]]] = []
        for piece in _SEPARATORS.split(_NUMBERING.sub("", line.strip(), count=1)):
            value = _clean(piece)
            if not value:
                continue
            kind = _contact_kind(value)
            last = groups[-1] if groups else None
            if kind and last and _contact_kind(last[0][1]) is None and all(f != kind for f, _v in last):
                last.append((kind, value))
            else:
                groups.append([(TEXT, value)])
        for group in groups:
            _add(parsed, seen, _entry(tuple(group), number))
    return parsed


def _contact_kind(value: str) -> str | None:
    """"phone" or "email" when *value* is one (it may then join the name before it)."""
    parse, kind = (validate_email, "email") if "@" in value else (normalise_phone, "phone")
    if kind == "phone" and len(_DIGITS.findall(value)) < 7:
        return None
    try:
        parse(value)
    except FieldError:
        return None
    return kind


# -- matching ------------------------------------------------------------------------------
def _norm(text: str) -> str:
    """search.normalise, stripped; the two shapes most roster values have take a shortcut (same result)."""
    if text.isascii() and text.isprintable() and " " not in text:
        return text.lower()
    if _HAN_ONLY.fullmatch(text):
        return text
    return search.normalise(text).strip()


def _variants(key: str) -> set[str]:
    """The normalised forms a roster value may equal: the text, and a phone number as stored."""
    forms = {_norm(key)}
    if len(_DIGITS.findall(key)) >= 7:
        try:
            forms.add(normalise_phone(key))
        except FieldError:
            pass
    forms.discard("")
    return forms


class _Roster:
    """Batch look-ups of live members by normalised field value."""

    def __init__(self, db: Database):
        self.db = db
        self.conn = db.conn

    def size(self) -> int:
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM members").fetchone()[0]

    def equal(self, values: set[str], cancelled: CancelCheck) -> dict[str, dict[int, str]]:
        """value -> {member id: the field equal to it}. A few values are looked up through the search
        index (every equal field contains the value); many, or one inside too many members, by a
        single pass over the roster. Both give every equal live member."""
        if not values:
            return {}
        if len(values) * SCAN_RATIO >= self.size():
            return self._equal_by_scan(values, cancelled)
        found: dict[str, dict[int, str]] = {}
        for count, value in enumerate(values, 1):
            if count % PROGRESS_EVERY == 0:
                check_cancel(cancelled)
            ids = self._index_hits(value, FTS_CAP + 1, live_only=False)
            if len(ids) > FTS_CAP:
                return self._equal_by_scan(values, cancelled)
            for member_id, name, text in self.fields(ids):
                if text == value:
                    found.setdefault(value, {}).setdefault(member_id, name)
        return found

    def _equal_by_scan(self, values: set[str], cancelled: CancelCheck) -> dict[str, dict[int, str]]:
        found: dict[str, dict[int, str]] = {}
        rows = self.conn.execute(f"SELECT id, {', '.join(ROSTER_FIELDS)} FROM members WHERE deleted_at IS NULL")
        for count, (member_id, *texts) in enumerate(rows, 1):
            if count % 20_000 == 0:
                check_cancel(cancelled)
            for name, text in zip(ROSTER_FIELDS, texts):
                if text and (value := _norm(text)) in values:
                    found.setdefault(value, {}).setdefault(member_id, name)
        for member_id, handle in self.conn.execute(
                "SELECT i.member_id, i.handle FROM member_identities i JOIN members m ON m.id = i.member_id "
                "WHERE m.deleted_at IS NULL"):
            if (value := _norm(handle)) in values:
                found.setdefault(value, {}).setdefault(member_id, "handle")
        return found

    def _index_hits(self, text: str, limit: int, *, live_only: bool) -> list[int]:
        query = search.match_query(text)
        if query is None:
            return []
        if live_only:
            sql = (f"SELECT s.rowid FROM {search.TABLE} s JOIN members m ON m.id = s.rowid "
                   f"WHERE {search.TABLE} MATCH ? AND m.deleted_at IS NULL LIMIT ?")
        else:
            sql = f"SELECT rowid FROM {search.TABLE} WHERE {search.TABLE} MATCH ? LIMIT ?"
        return [r[0] for r in self.conn.execute(sql, (query[0], limit))]

    def fields(self, ids: Sequence[int]) -> list[tuple[int, str, str]]:
        """(member id, field, normalised text) of the live members among *ids*, handles included."""
        out = []
        for member_id, *texts in self.db.select_in(
                f"SELECT id, {', '.join(ROSTER_FIELDS)} FROM members WHERE deleted_at IS NULL AND id IN ({{}})", ids):
            out += [(member_id, name, _norm(text)) for name, text in zip(ROSTER_FIELDS, texts) if text]
        out += [(member_id, "handle", _norm(handle)) for member_id, handle in self.db.select_in(
            "SELECT i.member_id, i.handle FROM member_identities i JOIN members m ON m.id = i.member_id "
            "WHERE m.deleted_at IS NULL AND i.member_id IN ({})", ids)]
        return out

    def near(self, key: str) -> list[tuple[int, str]]:
        """Up to NEAR_LIMIT (member id, why) of live members with a field containing *key*, or failing
        that one of its parts ("张伟-北京-产品" -> 张伟), best first: the whole key before a part, a field
        that starts with it, then the closest in length."""
        needle = _norm(key)
        if len(needle) < MIN_NEAR:
            return []
        best: dict[int, tuple] = {}
        for is_part, wanted in ((False, needle), *((True, part) for part in _parts(needle))):
            for member_id, name, text in self.fields(self._index_hits(wanted, NEAR_FETCH, live_only=True)):
                if wanted in text:
                    rank = (is_part, not text.startswith(wanted), len(text) - len(wanted), FIELD_ORDER[name],
                            member_id)
                    if member_id not in best or rank < best[member_id][0]:
                        best[member_id] = (rank, f"contains:{name}")
        ranked = sorted(best.items(), key=lambda item: item[1][0])[:NEAR_LIMIT]
        return [(member_id, why) for member_id, (_rank, why) in ranked]

    def names(self, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
        return {r[0]: (r[1], r[2] or "") for r in self.db.select_in(
            "SELECT id, display_name, nickname FROM members WHERE id IN ({})", list(dict.fromkeys(ids)))}


def _parts(needle: str) -> list[str]:
    """The parts of a joined group nickname worth looking for (not of an email or phone number)."""
    if "@" in needle or _contact_kind(needle):
        return []
    parts = [p for p in _PARTS.split(needle) if len(p) >= MIN_NEAR and p != needle]
    return list(dict.fromkeys(parts))[:MAX_PARTS]


def match_entries(db: Database, entries: Sequence[Entry], *, progress: Progress = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> list[Match]:
    """Match each entry to the live roster (see the module notes); one Match per entry, in order."""
    roster = _Roster(db)
    total = len(entries)
    variants = {key: _variants(key) for entry in entries for key in entry.keys}
    progress(0, total)
    equal = roster.equal(set().union(*variants.values()) if variants else set(), cancelled)
    matches = []
    for count, entry in enumerate(entries, 1):
        if count % PROGRESS_EVERY == 0:
            check_cancel(cancelled)
            progress(count, total)
        hits = []
        for key in entry.keys:
            found: dict[int, str] = {}
            for value in variants[key]:
                for member_id, name in equal.get(value, {}).items():
                    found.setdefault(member_id, name)
            if found:
                hits.append(found)
        matches.append(_decide(roster, entry, hits))
    _fill_names(roster, matches)
    progress(total, total)
    return matches


def _decide(roster: _Roster, entry: Entry, hits: list[dict[int, str]]) -> Match:
    """The members equal to each key agree on exactly one: matched. Several, or keys that disagree
    (a phone of one member, the name of another): uncertain, with them as candidates."""
    if hits:
        common = set(hits[0]).intersection(*hits[1:])
        if len(common) == 1:
            member_id = common.pop()
            why = next(f"same:{h[member_id]}" for h in hits if member_id in h)
            return Match(entry, MATCHED, member_id=member_id, why=why)
        pool: dict[int, str] = {}
        for found in hits:
            for member_id, name in found.items():
                if not common or member_id in common:
                    pool.setdefault(member_id, f"same:{name}")
        shown = list(pool.items())[:EXACT_SHOWN]
        return Match(entry, UNCERTAIN, candidates=[Candidate(m, "", "", why) for m, why in shown],
                     more=len(pool) - len(shown))
    near: dict[int, str] = {}
    for key in entry.keys:
        for member_id, why in roster.near(key):
            near.setdefault(member_id, why)
    if not near:
        return Match(entry, UNKNOWN)
    return Match(entry, UNCERTAIN, candidates=[Candidate(m, "", "", why) for m, why in
                                               list(near.items())[:NEAR_LIMIT]])


def _fill_names(roster: _Roster, matches: list[Match]) -> None:
    names = roster.names([c.member_id for m in matches for c in m.candidates]
                         + [m.member_id for m in matches if m.member_id is not None])
    for match in matches:
        if match.member_id is not None:
            match.member_name, match.member_nickname = names.get(match.member_id, ("", ""))
        match.candidates = [c._replace(display_name=names.get(c.member_id, ("", ""))[0],
                                       nickname=names.get(c.member_id, ("", ""))[1]) for c in match.candidates]


def find_members(db: Database, text: str, limit: int = 20) -> list[Candidate]:
    """Live members with a name, nickname, phone, WeChat ID, email or handle containing *text*, by name
    (the review's "Search the roster…")."""
    ids = member_query.page_ids(db.conn, member_query.MemberFilter(text=text), "display_name", limit=limit)
    names = _Roster(db).names(ids)
    return [Candidate(i, *names[i], "search") for i in ids if i in names]


# -- applying the decisions ----------------------------------------------------------------
Decision = int | str     # a member id, NEW or SKIP


def apply(db: Database, activity_id: int, resolutions: Mapping[Entry, Decision] | Iterable[tuple[Entry, Decision]],
          *, status: str, cancelled: CancelCheck = never_cancelled) -> ApplyReport:
    """Write the operator's decisions in one transaction. status "registered" (a registration list)
    registers everyone (a cancelled registration counts again); "attended" (a check-in list) marks
    registered members attended and records everyone else as a walk-in. A member named by several
    entries is written once; NEW entries with the same name make one new member."""
    if status not in LIST_STATUSES:
        raise UserError("a list is a registration list or a check-in list, not %1", repr(status))
    pairs = list(resolutions.items()) if isinstance(resolutions, Mapping) else list(resolutions)
    for entry, decision in pairs:
        if not (decision in (NEW, SKIP) or (isinstance(decision, int) and not isinstance(decision, bool))):
            raise UserError("“%1” still needs a decision: a member, a new member or skip", entry.text)
    report = ApplyReport()
    with db.transaction():
        activity = am.get_activity(db, activity_id)
        if activity.deleted_at is not None:
            raise RowMissingError("activity %1 was deleted", repr(activity.name))
        ids = _member_ids(db, activity, pairs, status, report)
        check_cancel(cancelled)
        unique = list(dict.fromkeys(ids))
        report.repeated = len(ids) - len(unique)
        _check_live(db, unique)
        states = _states(db, activity_id, unique)
        if status == "registered":
            fresh = [m for m in unique if m not in states]
            again = [m for m in unique if states.get(m) == "cancelled"]
            if fresh:
                report.registered, _ = am.register(db, activity_id, fresh, source=SOURCE)
            if again:
                report.registered += am.set_attendance(db, activity_id, again, "registered")
            report.already = len(unique) - len(fresh) - len(again)
        else:
            on_list = [m for m in unique if m in states and states[m] != "attended"]
            walk_ins = [m for m in unique if m not in states]
            report.already = len(unique) - len(on_list) - len(walk_ins)
            if on_list:
                report.checked_in = am.set_attendance(db, activity_id, on_list, "attended")
            if walk_ins:
                report.walk_ins, _ = am.register(db, activity_id, walk_ins, status="attended", walk_in=True,
                                                 source=SOURCE)
        check_cancel(cancelled)
    return report


def _member_ids(db: Database, activity: am.Activity, pairs: list[tuple[Entry, Decision]], status: str,
                report: ApplyReport) -> list[int]:
    ids: list[int] = []
    created: dict[str, int] = {}    # one new member per name, however often it is listed
    for entry, decision in pairs:
        if decision == SKIP:
            report.skipped += 1
            continue
        if decision == NEW:
            name = _norm(entry.text)
            if name not in created:
                created[name] = create_member(db, _new_member(entry, activity, status))
                report.new_members += 1
            decision = created[name]
        ids.append(decision)
    return ids


def _new_member(entry: Entry, activity: am.Activity, status: str) -> Member:
    kind = "check-in list" if status == "attended" else "registration list"
    member = Member(display_name=entry.value("display_name") or entry.value(TEXT) or entry.text,
                    nickname=entry.value("nickname"), wechat_id=entry.value("wechat_id") or None,
                    source_channel=kind)
    notes = [f"Added from the {kind} of “{activity.name}”."]
    for name, parse in (("phone", normalise_phone), ("email", validate_email)):
        raw = entry.value(name)
        if raw:
            try:
                setattr(member, name, parse(raw))
            except FieldError:
                notes.append(f"{name} as listed: {raw}")
    if entry.value("handle"):       # the platform is unknown: kept as a note, not an identity
        notes.append(f"handle as listed: {entry.value('handle')}")
    member.notes = " ".join(notes)
    return member


def _check_live(db: Database, ids: list[int]) -> None:
    live = {r[0] for r in db.select_in("SELECT id FROM members WHERE deleted_at IS NULL AND id IN ({})", ids)}
    missing = [i for i in ids if i not in live]
    if len(missing) == 1:
        raise UserError("member #%1 was deleted or no longer exists; match the list again", missing[0])
    if missing:
        raise UserError("member #%1 was deleted or no longer exists; match the list again (%2 members are gone)",
                        missing[0], len(missing))


def _states(db: Database, activity_id: int, ids: list[int]) -> dict[int, str]:
    return dict(db.select_in("SELECT member_id, status FROM activity_registrations WHERE activity_id = ? "
                             "AND member_id IN ({})", ids, (activity_id,)))


"""Import members from CSV/.xlsx: validate every row, merge duplicates, write all or nothing.

A row is invalid when it has neither a name nor a nickname, or an unreadable phone, email
or date. By default any invalid row means nothing is written; skip_invalid imports the
valid rows and writes the invalid ones (with a reason column) to a rejects file. Rows
sharing a phone, email, WeChat ID or platform handle — within the file or with a member
already on the roster — are merged, filling empty fields only; differing non-empty values
are kept as they were and reported.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable

from app.models import search
from app.models.database import Database
from app.models.errors import UserError
from app.models.members import SEARCHED, Member, get_member, save_member, sub_community_id, tag_id
from app.services.fields import FieldError, map_headers, normalise_phone, parse_date, split_list, validate_email
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.services.safe_export import write_csv
from app.services.sentences import of_error
from app.services.tabular import Table, read_table
from app.texts import Translatable, translatable

TEXT_FIELDS = ("display_name", "nickname", "wechat_id", "source_channel", "tier", "notes")
LIST_FIELDS = ("sub_communities", "tags", "roles")
STATUS_WORDS = {
    "active": "active", "活跃": "active", "正常": "active", "在群": "active",
    "silent": "silent", "沉默": "silent", "潜水": "silent",
    "at risk": "at_risk", "at_risk": "at_risk", "流失预警": "at_risk", "预警": "at_risk", "流失风险": "at_risk",
    "left": "left", "已退出": "left", "退出": "left", "离开": "left", "退群": "left",
    "banned": "banned", "封禁": "banned", "禁言": "banned", "拉黑": "banned",
}
ROLE_WORDS = {
    "kol": "kol", "koc": "koc", "seed": "seed", "种子": "seed", "种子成员": "seed", "种子用户": "seed",
    "admin": "admin", "管理员": "admin", "群主": "admin", "moderator": "moderator", "版主": "moderator",
    "mod": "moderator", "协管": "moderator",
}
PLATFORM_WORDS = {
    "wechat": "wechat", "微信": "wechat", "qq": "qq", "telegram": "telegram", "tg": "telegram",
    "电报": "telegram", "discord": "discord", "forum": "forum", "论坛": "forum",
}
CHUNK = 2_000
CONTEXT = "member import"   # the translation context of the notes and row labels
IGNORE = "ignore"   # a mapping value that drops the column (None keeps it as a custom field)


@dataclass
class Candidate:
    """One member as the file describes it (after validation), possibly merged from several rows."""
    rows: list[int]
    values: dict[str, Any] = field(default_factory=dict)        # scalars
    lists: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in LIST_FIELDS})
    identities: list[tuple[str, str]] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)
    existing_id: int | None = None

    def keys(self) -> list[tuple[str, str]]:
        found = [(k, self.values[k]) for k in ("phone", "email", "wechat_id") if self.values.get(k)]
        return found + [("identity:" + p, h) for p, h in self.identities]


@dataclass
class Rejected:
    row: int
    reason: Translatable | str      # str(): the English (the CLI, the rejects file); the window translates it
    values: list[Any]


@dataclass
class ImportReport:
    path: str
    encoding: str | None
    rows: int = 0
    created: int = 0
    merged_into_existing: int = 0
    merged_in_file: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[Translatable] = field(default_factory=list)    # merges that kept a differing value
    unknown_columns: list[str] = field(default_factory=list)
    unknown_kept: bool = True
    rejects_file: str | None = None
    written: bool = False
    dry_run: bool = False

    def summary(self) -> str:
        state = "dry run, nothing written" if self.dry_run else ("written" if self.written else "nothing written")
        return (f"{self.rows} rows: {self.created} new members, {self.merged_into_existing} merged into existing "
                f"members, {self.merged_in_file} duplicate rows merged, {len(self.rejected)} invalid ({state})")


@dataclass
class ImportOptions:
    encoding: str | None = None
    mapping: dict[int, str | None] | None = None   # column index -> field; None = recognise headers
    keep_unknown: bool = True                       # unknown columns become custom fields
    skip_invalid: bool = False
    dry_run: bool = False


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _status(text: str) -> str:
    status = STATUS_WORDS.get(text.lower())
    if status is None:
        raise FieldError("unknown status: %1", text)
    return status


def _roles(text: str) -> list[str]:
    roles = []
    for word in split_list(text):
        role = ROLE_WORDS.get(word.lower())
        if role is None:
            raise FieldError("unknown role: %1", word)
        roles.append(role)
    return roles


def _iso_date(text: str) -> str:
    return parse_date(text).isoformat()


# Parsers of cell texts that repeat across rows (dates, groups, tags): their results are memoised.
REPEATING = {"join_date": _iso_date, "status": _status, "roles": _roles,
             "sub_communities": split_list, "tags": split_list}
MEMO_LIMIT = 200_000


class RowParser:
    """Validates the rows of one file under one column mapping."""

    def __init__(self, mapping: dict[int, str | None], headers: list[str], *, xlsx: bool, keep_unknown: bool):
        self.xlsx = xlsx
        self.fields = [(i, f) for i, f in sorted(mapping.items()) if f not in (None, IGNORE)]
        self.custom = [(i, headers[i]) for i, f in sorted(mapping.items())
                       if f is None and keep_unknown and headers[i]]
        self._memo: dict[tuple[str, str], Any] = {}

    def _repeating(self, name: str, text: str) -> Any:
        key = (name, text)
        result = self._memo.get(key)
        if result is None:
            try:
                result = REPEATING[name](text)
            except FieldError as exc:
                result = exc
            if len(self._memo) < MEMO_LIMIT:
                self._memo[key] = result
        if isinstance(result, FieldError):
            raise result
        return result

    def parse(self, values: list[Any], number: int) -> Candidate:
        """One row as a Candidate; raises FieldError with the reason."""
        found = Candidate(rows=[number])
        scalars, lists = found.values, found.lists
        platform, handles = "", []
        for index, name in self.fields:
            value = values[index]
            if type(value) is str:
                text = value.strip()
                if not text:
                    continue
            elif value is None:
                continue
            else:  # an .xlsx number, date or bool
                text = _text(value)
            if name == "phone":
                scalars["phone"] = normalise_phone(value)
            elif name == "email":
                scalars["email"] = validate_email(text)
            elif name == "join_date" and type(value) is not str:
                scalars["join_date"] = parse_date(value, allow_serial=self.xlsx).isoformat()
            elif name in LIST_FIELDS:
                lists[name].extend(self._repeating(name, text))
            elif name in REPEATING:
                scalars[name] = self._repeating(name, text)
            elif name == "platform":
                platform = PLATFORM_WORDS.get(text.lower(), "other")
            elif name == "handle":
                handles.append(text)
            else:
                scalars[name] = text
        for index, header in self.custom:
            text = _text(values[index])
            if text:
                found.custom[header] = text
        if handles:
            found.identities = [(platform or "other", h) for h in handles]
        if not scalars.get("display_name") and not scalars.get("nickname"):
            raise FieldError("no name or nickname")
        return found


def _merge(into: Candidate, other: Candidate, label: Translatable, notes: list[Translatable]) -> None:
    """Fill *into*'s empty fields from *other*; never overwrite a non-empty value silently."""
    for key, value in other.values.items():
        current = into.values.get(key)
        if current in (None, ""):
            into.values[key] = value
        elif current != value:
            notes.append(translatable(CONTEXT, "%1: %2 %3 differs from %4; kept %4", label, key, repr(value),
                                      repr(current)))
    for key, items in other.lists.items():
        into.lists[key].extend(i for i in items if i not in into.lists[key])
    into.identities.extend(i for i in other.identities if i not in into.identities)
    for key, value in other.custom.items():
        into.custom.setdefault(key, value)
    into.rows.extend(other.rows)


def _same_person(candidate: Candidate, target: Candidate) -> Translatable:
    return translatable(CONTEXT, "row %1 (same person as row %2)", candidate.rows[0], target.rows[0])


class _Planner:
    """Collects candidates, merging rows that share a key."""

    def __init__(self):
        self._candidates: dict[int, Candidate] = {}   # insertion-ordered, removable in O(1)
        self.by_key: dict[tuple[str, str], Candidate] = {}
        self.notes: list[Translatable] = []
        self.merged_in_file = 0

    @property
    def candidates(self) -> list[Candidate]:
        return list(self._candidates.values())

    def add(self, candidate: Candidate) -> None:
        keys = candidate.keys()
        owners: list[Candidate] = []
        for key in keys:
            owner = self.by_key.get(key)
            if owner is not None and all(owner is not o for o in owners):
                owners.append(owner)
        if not owners:
            self._candidates[id(candidate)] = candidate
            target = candidate
        else:
            target = owners[0]
            _merge(target, candidate, _same_person(candidate, target), self.notes)
            self.merged_in_file += 1
            for extra in owners[1:]:  # this row links two earlier ones: one person
                _merge(target, extra, _same_person(extra, target), self.notes)
                del self._candidates[id(extra)]
            keys = target.keys()
        for key in keys:
            self.by_key[key] = target


def _find_existing(db: Database, candidates: list[Candidate]) -> None:
    """Point candidates at roster members sharing a phone, email, WeChat ID or handle (batched)."""
    for start in range(0, len(candidates), CHUNK):
        chunk = candidates[start:start + CHUNK]
        owners: dict[tuple[str, str], int] = {}
        for column in ("phone", "email", "wechat_id"):
            wanted = sorted({c.values[column] for c in chunk if c.values.get(column)})
            for i in range(0, len(wanted), 500):
                part = wanted[i:i + 500]
                for member_id, value in db.conn.execute(
                        f"SELECT id, {column} FROM members WHERE deleted_at IS NULL AND {column} IN "
                        f"({','.join('?' * len(part))})", part):
                    owners.setdefault((column, value), member_id)
        handles = sorted({h for c in chunk for _p, h in c.identities})
        for i in range(0, len(handles), 500):
            part = handles[i:i + 500]
            for member_id, platform, handle in db.conn.execute(
                    f"SELECT member_id, platform, handle FROM member_identities WHERE handle IN "
                    f"({','.join('?' * len(part))})", part):
                owners[("identity:" + platform, handle)] = member_id
        for candidate in chunk:
            matches = {owners[k] for k in candidate.keys() if k in owners}
            if matches:
                candidate.existing_id = min(matches)


def _merged_member(db: Database, member_id: int, candidates: list[Candidate], notes: list[Translatable]) -> Member:
    """The roster member with the file's rows merged in: empty fields filled, lists united."""
    member = get_member(db, member_id)
    current = Candidate(rows=[], existing_id=member_id,
                        values={k: v for k, v in member.scalars().items() if v not in (None, "")},
                        lists={"sub_communities": list(member.sub_communities), "tags": list(member.tags),
                               "roles": list(member.roles)},
                        identities=list(member.identities), custom=dict(member.custom))
    for candidate in candidates:
        _merge(current, candidate, translatable(CONTEXT, "row %1 (member #%2)", candidate.rows[0], member_id), notes)
    for key, value in current.values.items():
        setattr(member, key, value)
    member.sub_communities = current.lists["sub_communities"]
    member.tags = current.lists["tags"]
    member.roles = current.lists["roles"]
    member.identities = current.identities
    member.custom = current.custom
    return member


def read_members_table(path: str | Path, encoding: str | None = None) -> Table:
    """The table (a file that cannot be read as one raises TableError, a UserError)."""
    try:
        return read_table(path, encoding)
    except OSError as exc:
        raise UserError("%1: %2", path, exc.strerror) from exc


def plan(table: Table, options: ImportOptions, report: ImportReport, progress: Progress,
         cancelled: CancelCheck) -> _Planner:
    mapping = options.mapping if options.mapping is not None else map_headers(table.headers)
    if not any(f in ("display_name", "nickname") for f in mapping.values()):
        raise UserError("%1: no column holds names or nicknames (headers: %2)",
                        table.path.name, ', '.join(h for h in table.headers if h))
    chosen = [f for f in mapping.values() if f not in (None, IGNORE)]
    if len(chosen) != len(set(chosen)):
        twice = sorted({f for f in chosen if chosen.count(f) > 1})
        raise UserError("more than one column is mapped to %1", ', '.join(twice))
    report.unknown_columns = [table.headers[i] for i, f in mapping.items() if f is None and table.headers[i]]
    report.unknown_kept = options.keep_unknown
    planner = _Planner()
    parser = RowParser(mapping, table.headers, xlsx=table.kind == "xlsx", keep_unknown=options.keep_unknown)
    for row in table.rows:          # a file that turns unreadable half-way raises TableError, a UserError
        report.rows += 1
        if report.rows % CHUNK == 0:
            check_cancel(cancelled)
            progress(report.rows, 0)
        try:
            planner.add(parser.parse(row.values, row.number))
        except FieldError as exc:
            report.rejected.append(Rejected(row.number, of_error(exc), row.values))
    return planner


BULK_TABLES = ("members", "member_sub_communities", "member_tags", "member_roles", "member_identities")


def _insert_new(db: Database, new: list[Candidate]) -> None:
    existing = db.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    if len(new) > max(existing, 10_000):  # a first import, or one that doubles the roster
        with db.deferred_indexes(BULK_TABLES):
            _insert_rows(db, new)
    else:
        _insert_rows(db, new)


def _insert_rows(db: Database, new: list[Candidate]) -> None:
    conn, now = db.conn, db.clock()
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM members").fetchone()[0]
    columns = ("display_name", "nickname", "phone", "wechat_id", "email", "join_date", "source_channel",
               "status", "notes", "tier")
    defaults = {"display_name": "", "nickname": "", "source_channel": "", "status": "active", "notes": "", "tier": ""}
    conn.executemany(
        f"INSERT INTO members(id, {', '.join(columns)}, created_at, version, updated_at, updated_by) "
        f"VALUES (?, {', '.join('?' * len(columns))}, ?, 1, ?, ?)",
        ((first + n, *(c.values.get(k, defaults.get(k)) for k in columns), now, now, db.operator)
         for n, c in enumerate(new)))
    groups: dict[str, int] = {}
    tags: dict[str, int] = {}
    group_links, tag_links, role_links, identity_rows, custom_rows = [], [], [], [], []
    for n, c in enumerate(new):
        member_id = first + n
        c.existing_id = member_id
        for name in c.lists["sub_communities"]:
            if name not in groups:
                groups[name] = sub_community_id(db, name)
            group_links.append((member_id, groups[name]))
        for name in c.lists["tags"]:
            if name not in tags:
                tags[name] = tag_id(db, name)
            tag_links.append((member_id, tags[name]))
        role_links.extend((member_id, r) for r in dict.fromkeys(c.lists["roles"]))
        identity_rows.extend((member_id, p, h) for p, h in c.identities)
        custom_rows.extend((member_id, k, v) for k, v in c.custom.items())
    conn.executemany("INSERT OR IGNORE INTO member_sub_communities(member_id, sub_community_id) VALUES (?, ?)",
                     group_links)
    conn.executemany("INSERT OR IGNORE INTO member_tags(member_id, tag_id) VALUES (?, ?)", tag_links)
    conn.executemany("INSERT INTO member_roles(member_id, role) VALUES (?, ?)", role_links)
    conn.executemany("INSERT INTO member_identities(member_id, platform, handle) VALUES (?, ?, ?)", identity_rows)
    conn.executemany("INSERT INTO member_custom_fields(member_id, name, value) VALUES (?, ?, ?)", custom_rows)
    search.index_many(conn, ((first + n, [c.values.get(k) for k in SEARCHED] + [h for _p, h in c.identities])
                             for n, c in enumerate(new)))


def write_rejects(source: Path, headers: list[str], rejected: list[Rejected]) -> Path:
    """FILE.rejects.csv beside the input (FILE.rejects-2.csv, ... when that exists already)."""
    target = source.with_name(f"{source.stem}.rejects.csv")
    number = 2
    while target.exists():
        target = source.with_name(f"{source.stem}.rejects-{number}.csv")
        number += 1
    write_csv(target, ["row", "reason", *headers], ([r.row, str(r.reason), *r.values] for r in rejected))
    return target


def import_members(db: Database, path: str | Path, options: ImportOptions | None = None, *,
                   progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled) -> ImportReport:
    options = options or ImportOptions()
    path = Path(path)
    table = read_members_table(path, options.encoding)
    report = ImportReport(str(path), table.encoding, dry_run=options.dry_run)
    planner = plan(table, options, report, progress, cancelled)
    report.merged_in_file = planner.merged_in_file
    report.notes.extend(planner.notes)
    if report.rejected and not options.skip_invalid:
        return report
    # A dry run only reads: it must not hold the write lock a teammate may need.
    candidates = planner.candidates
    with db.bulk_cache(), (db.read_transaction() if options.dry_run else db.transaction()):
        _find_existing(db, candidates)
        new = [c for c in candidates if c.existing_id is None]
        merges: dict[int, list[Candidate]] = {}
        for c in candidates:
            if c.existing_id is not None:
                merges.setdefault(c.existing_id, []).append(c)
        report.created = len(new)
        report.merged_into_existing = sum(len(v) for v in merges.values())
        check_cancel(cancelled)
        if not options.dry_run:
            _insert_new(db, new)
            check_cancel(cancelled)
            for done, (member_id, rows) in enumerate(merges.items(), 1):
                save_member(db, _merged_member(db, member_id, rows, report.notes), action="import")
                if done % 500 == 0:
                    check_cancel(cancelled)
                    progress(done, len(merges))
            db.log_change("members", None, "import", None, {
                "file": path.name, "created": report.created, "merged": report.merged_into_existing,
                "rejected": len(report.rejected), "at": datetime.now().isoformat(timespec="seconds")})
            check_cancel(cancelled)
            if report.rejected:  # before COMMIT: if it cannot be written, nothing is
                report.rejects_file = str(write_rejects(path, table.headers, report.rejected))
            report.written = True
        else:
            for member_id, rows in merges.items():  # report what a merge would say
                _merged_member(db, member_id, rows, report.notes)
    progress(report.rows, report.rows)
    return report


def describe(report: ImportReport, limit: int | None = None) -> Iterable[str]:
    """Report lines for a person: invalid rows by spreadsheet row number, then merge notes."""
    for rejected in report.rejected[:limit]:
        yield f"row {rejected.row}: {rejected.reason}"
    if limit is not None and len(report.rejected) > limit:
        yield f"... and {len(report.rejected) - limit} more invalid rows"
    for note in report.notes[:limit]:
        yield f"note: {note}"
    if report.unknown_columns:
        fate = "kept as custom fields" if report.unknown_kept else "ignored"
        yield f"note: columns {fate}: {', '.join(report.unknown_columns)}"

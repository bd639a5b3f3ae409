"""Store activity events from chat exports: senders become members, nothing is stored twice.

Senders are matched by platform + platform ID against the roster's identities (a generic
CSV may give a phone instead); an unknown sender becomes a new member carrying that
identity. Events without any sender ID (deleted Telegram accounts, joins named only by
nickname) cannot be tied to a member and are counted as skipped. The whole import is one
transaction: a malformed file or a cancel writes nothing.
"""
from __future__ import annotations

import gc
import hashlib
import operator
import struct
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from app.models import search
from app.models.database import Database
from app.models.errors import UserError
from app.services.chat_exports import Event, open_records
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress

CHUNK = 20_000
FORMATS = ("auto", "telegram", "discord-json", "discord-csv", "wechat-csv", "qq-txt", "csv")
PLATFORM_OF_FORMAT = {"telegram": "telegram", "discord-json": "discord", "discord-csv": "discord",
                      "wechat-csv": "wechat", "qq-txt": "qq", "csv": "other"}


@dataclass
class EventImportReport:
    path: str
    format: str
    read: int = 0
    added: int = 0
    duplicates: int = 0
    skipped_without_sender: int = 0
    new_members: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    scan: object | None = None   # the sensitive-word scan run after the import (moderation_scan.ScanReport)

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.by_kind.items()))
        return (f"{self.read} events read ({self.format}): {self.added} added ({kinds or 'none'}), "
                f"{self.duplicates} already imported, {self.skipped_without_sender} without a sender ID skipped, "
                f"{self.new_members} new members")


def source_key(event: Event) -> int:
    """A signed 64-bit key for (platform, chat, source id)."""
    digest = hashlib.blake2b(f"{event.platform}\x1f{event.chat}\x1f{event.source_id}".encode(),
                             digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


# Positions in the records of chat_exports.open_records (Event's fields in order).
PLATFORM, SOURCE_ID, CHAT, TS, KIND, SENDER_ID, SENDER_NAME, AMOUNT_FEN, TEXT, PHONE = 0, 1, 2, 3, 4, 5, 6, 7, 9, 10


class _Senders:
    """Maps (platform, sender id) to member ids, creating members for unknown senders."""

    def __init__(self, db: Database):
        self.db = db
        self.known: dict[tuple[str, str], int] = {}
        self.created = 0

    def resolve(self, wanted: Iterable[tuple[tuple[str, str], tuple]]) -> None:
        """Make the sender keys of (key, record) pairs known: found in the roster or created
        (from the record where the key first appears)."""
        known = self.known
        first_seen: dict[tuple[str, str], tuple] = {}  # unknown keys in order of first appearance
        for key, record in wanted:
            if key not in known and key not in first_seen:
                first_seen[key] = record
        if not first_seen:
            return
        by_platform: dict[str, list[str]] = {}
        phones: list[str] = []
        for (platform, handle), record in first_seen.items():
            if record[SENDER_ID]:
                by_platform.setdefault(platform, []).append(handle)
            else:
                phones.append(handle)
        for platform, handles in by_platform.items():
            for i in range(0, len(handles), 500):
                part = handles[i:i + 500]
                for handle, member_id in self.db.conn.execute(
                        f"SELECT handle, member_id FROM member_identities WHERE platform = ? AND handle IN "
                        f"({','.join('?' * len(part))})", (platform, *part)):
                    known[(platform, handle)] = member_id
        for phone in sorted(phones):
            row = self.db.conn.execute("SELECT id FROM members WHERE phone = ? AND deleted_at IS NULL "
                                       "ORDER BY id LIMIT 1", (phone,)).fetchone()
            if row:
                known[("phone", phone)] = row[0]
        self._create_missing([(key, record) for key, record in first_seen.items() if key not in known])

    def _create_missing(self, missing: list[tuple[tuple[str, str], tuple]]) -> None:
        if not missing:
            return
        conn, now = self.db.conn, self.db.clock()
        for (platform, handle), record in missing:
            phone = handle if platform == "phone" else None
            member_id = conn.execute(
                "INSERT INTO members(nickname, phone, join_date, source_channel, created_at, version, "
                "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                (record[SENDER_NAME], phone, record[TS][:10], f"{record[PLATFORM]} export", now, now,
                 self.db.operator)).lastrowid
            if platform != "phone":
                conn.execute("INSERT INTO member_identities(member_id, platform, handle) VALUES (?, ?, ?)",
                             (member_id, platform, handle))
            search.index_member(conn, member_id, [record[SENDER_NAME], phone, handle])
            self.known[(platform, handle)] = member_id
            self.created += 1


def _chunks(records: Iterable[tuple]) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    append = chunk.append
    for record in records:
        append(record)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
            append = chunk.append
    if chunk:
        yield chunk


SMALL_EVENTS_TABLE = 200_000


@contextmanager
def _bulk_indexes(db: Database) -> Iterator[None]:
    """Into an empty or small events table, build its secondary indexes once at the end."""
    existing = db.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
    if existing < SMALL_EVENTS_TABLE:
        with db.deferred_indexes(("events",)):
            yield
    else:
        yield


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic collector off for the import (and back as it was after): a million parsed
    messages, records and rows hold no cycles, and traversing them again and again while they
    are made cost about a third of the parse and conversion time at 1M messages."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _foreign_keys_trusted(db: Database) -> Iterator[None]:
    """Foreign key checks off for the import's own transaction, on again after it.

    Every event row references the event_sources row inserted just before and a member
    found through member_identities (whose member_id is itself a checked foreign key) or
    created in the same transaction, so each of the two per-row parent lookups can only
    succeed. The pragma cannot change inside a transaction: when the caller already holds
    one, checks simply stay as they are.
    """
    if db.in_transaction or not db.conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        yield
        return
    db.conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        db.conn.execute("PRAGMA foreign_keys = ON")


def import_events(db: Database, path: str | Path, fmt: str = "auto", *, date_format: str | None = None,
                  tz: str | None = None, progress: Progress = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> EventImportReport:
    path = Path(path)
    if fmt not in FORMATS:
        raise UserError("unknown format %1; choose one of %2", repr(fmt), ', '.join(FORMATS))
    try:
        if not path.is_file():
            raise UserError("%1 does not exist", path)
        with _gc_paused():
            return _import(db, path, fmt, date_format, tz, progress, cancelled)
    except OSError as exc:          # (an unreadable export raises chat_exports.ExportError, a UserError)
        raise UserError("%1: %2", path, exc.strerror or exc) from exc


_INSERT = ("INSERT OR IGNORE INTO events(member_id, ts, kind, platform, amount_fen, source, source_key, text) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_KEY = struct.Struct(">q").unpack  # the signed big-endian 64-bit integer of source_key()
_KIND_OF_ROW = operator.itemgetter(2)


def _import(db: Database, path: Path, fmt: str, date_format: str | None, tz: str | None,
            progress: Progress, cancelled: CancelCheck) -> EventImportReport:
    chosen, records = open_records(path, fmt, date_format=date_format, tz=tz)
    report = EventImportReport(str(path), chosen)
    senders = _Senders(db)
    known = senders.known
    kinds: Counter[str] | None = Counter()  # None once a duplicate hides which kinds were added
    with db.bulk_cache(), _foreign_keys_trusted(db), db.transaction() as conn, _bulk_indexes(db):
        source = conn.execute(
            "INSERT INTO event_sources(file_name, format, imported_at, imported_by) VALUES (?, ?, ?, ?)",
            (path.name, chosen, db.clock(), db.operator)).lastrowid
        last_platform = last_chat = hasher = None
        for chunk in _chunks(records):
            check_cancel(cancelled)
            report.read += len(chunk)
            rows: list[tuple] = []
            append = rows.append
            unknown: list[tuple[int, tuple[str, str], tuple]] = []  # (row index, sender key, record)
            for record in chunk:
                platform, source_id, chat, ts, kind, sender_id, _name, amount_fen, _length, text, phone, _, _ = record
                if sender_id:
                    key = (platform, sender_id)
                elif phone:
                    key = ("phone", phone)
                else:
                    continue
                member_id = known.get(key)
                if member_id is None:
                    unknown.append((len(rows), key, record))
                # source_key(event), with the hash state of the (platform, chat) prefix reused
                if chat != last_chat or platform != last_platform:
                    last_platform, last_chat = platform, chat
                    hasher = hashlib.blake2b(f"{platform}\x1f{chat}\x1f".encode(), digest_size=8)
                digest = hasher.copy()
                digest.update(source_id.encode())
                append((member_id, ts, kind, platform, amount_fen, source, _KEY(digest.digest())[0], text or None))
            if unknown:  # senders not seen before: match or create them, then fill in their ids
                senders.resolve((key, record) for _, key, record in unknown)
                for index, key, _ in unknown:
                    rows[index] = (known[key], *rows[index][1:])
            report.skipped_without_sender += len(chunk) - len(rows)
            mark = conn.total_changes
            conn.executemany(_INSERT, rows)
            added = conn.total_changes - mark
            report.added += added
            report.duplicates += len(rows) - added
            if kinds is not None:
                if added == len(rows):
                    kinds.update(map(_KIND_OF_ROW, rows))
                else:
                    kinds = None
            progress(report.read, 0)
        check_cancel(cancelled)
        report.new_members = senders.created
        if kinds is None:
            report.by_kind = dict(conn.execute(
                "SELECT kind, count(*) FROM events WHERE source = ? GROUP BY kind", (source,)).fetchall())
        else:  # every row was added: the same counts, without reading the table again
            report.by_kind = dict(sorted(kinds.items()))
        conn.execute("UPDATE event_sources SET events = ? WHERE id = ?", (report.added, source))
        db.log_change("events", None, "import", None, {
            "file": path.name, "format": chosen, "added": report.added, "new_members": report.new_members})
    return report

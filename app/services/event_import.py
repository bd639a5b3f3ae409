"""Store activity events from chat exports: senders become members, nothing is stored twice.

Senders are matched by platform + platform ID against the roster's identities (a generic
CSV may give a phone instead); an unknown sender becomes a new member carrying that
identity. Events without any sender ID (deleted Telegram accounts, joins named only by
nickname) cannot be tied to a member and are counted as skipped. The whole import is one
transaction: a malformed file or a cancel writes nothing.
"""
from __future__ import annotations

import hashlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from app.models import search
from app.models.database import Database
from app.models.errors import UserError
from app.services.chat_exports import Event, ExportError, open_export
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


class _Senders:
    """Maps (platform, sender id) to member ids, creating members for unknown senders."""

    def __init__(self, db: Database):
        self.db = db
        self.known: dict[tuple[str, str], int] = {}
        self.created = 0

    def resolve(self, events: list[Event]) -> None:
        wanted = {(e.platform, e.sender_id) for e in events if e.sender_id} - self.known.keys()
        by_platform: dict[str, list[str]] = {}
        for platform, handle in wanted:
            by_platform.setdefault(platform, []).append(handle)
        for platform, handles in by_platform.items():
            for i in range(0, len(handles), 500):
                part = handles[i:i + 500]
                for handle, member_id in self.db.conn.execute(
                        f"SELECT handle, member_id FROM member_identities WHERE platform = ? AND handle IN "
                        f"({','.join('?' * len(part))})", (platform, *part)):
                    self.known[(platform, handle)] = member_id
        phones = {e.phone for e in events if getattr(e, "phone", None) and not e.sender_id}
        for phone in sorted(phones - {k[1] for k in self.known if k[0] == "phone"}):
            row = self.db.conn.execute("SELECT id FROM members WHERE phone = ? AND deleted_at IS NULL "
                                       "ORDER BY id LIMIT 1", (phone,)).fetchone()
            if row:
                self.known[("phone", phone)] = row[0]
        self._create_missing(events)

    def _create_missing(self, events: list[Event]) -> None:
        first_seen: dict[tuple[str, str], Event] = {}
        for event in events:
            key = self.key(event)
            if key and key not in self.known and key not in first_seen:
                first_seen[key] = event
        if not first_seen:
            return
        conn, now = self.db.conn, self.db.clock()
        for (platform, handle), event in first_seen.items():
            phone = handle if platform == "phone" else None
            member_id = conn.execute(
                "INSERT INTO members(nickname, phone, join_date, source_channel, created_at, version, "
                "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                (event.sender_name, phone, event.ts[:10], f"{event.platform} export", now, now,
                 self.db.operator)).lastrowid
            if platform != "phone":
                conn.execute("INSERT INTO member_identities(member_id, platform, handle) VALUES (?, ?, ?)",
                             (member_id, platform, handle))
            search.index_member(conn, member_id, [event.sender_name, phone, handle])
            self.known[(platform, handle)] = member_id
            self.created += 1

    @staticmethod
    def key(event: Event) -> tuple[str, str] | None:
        if event.sender_id:
            return (event.platform, event.sender_id)
        phone = getattr(event, "phone", None)
        return ("phone", phone) if phone else None

    def member_for(self, event: Event) -> int | None:
        key = self.key(event)
        return self.known.get(key) if key else None


def _chunks(events: Iterable[Event]) -> Iterator[list[Event]]:
    chunk: list[Event] = []
    for event in events:
        chunk.append(event)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
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


def import_events(db: Database, path: str | Path, fmt: str = "auto", *, date_format: str | None = None,
                  tz: str | None = None, progress: Progress = no_progress,
                  cancelled: CancelCheck = never_cancelled) -> EventImportReport:
    path = Path(path)
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        if not path.is_file():
            raise UserError(f"{path} does not exist")
        chosen, events = open_export(path, fmt, date_format=date_format, tz=tz)
        report = EventImportReport(str(path), chosen)
        senders = _Senders(db)
        with db.bulk_cache(), db.transaction() as conn, _bulk_indexes(db):
            source = conn.execute(
                "INSERT INTO event_sources(file_name, format, imported_at, imported_by) VALUES (?, ?, ?, ?)",
                (path.name, chosen, db.clock(), db.operator)).lastrowid
            for chunk in _chunks(events):
                check_cancel(cancelled)
                report.read += len(chunk)
                senders.resolve(chunk)
                rows = []
                for event in chunk:
                    member_id = senders.member_for(event)
                    if member_id is None:
                        report.skipped_without_sender += 1
                        continue
                    rows.append((member_id, event.ts, event.kind, event.platform, event.amount_fen, source,
                                 source_key(event), event.text or None))
                mark = conn.total_changes
                conn.executemany("INSERT OR IGNORE INTO events(member_id, ts, kind, platform, amount_fen, source, "
                                 "source_key, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
                report.added += conn.total_changes - mark
                report.duplicates += len(rows) - (conn.total_changes - mark)
                progress(report.read, 0)
            check_cancel(cancelled)
            report.new_members = senders.created
            report.by_kind = dict(conn.execute(
                "SELECT kind, count(*) FROM events WHERE source = ? GROUP BY kind", (source,)).fetchall())
            conn.execute("UPDATE event_sources SET events = ? WHERE id = ?", (report.added, source))
            db.log_change("events", None, "import", None, {
                "file": path.name, "format": chosen, "added": report.added, "new_members": report.new_members})
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"{path}: {exc.strerror or exc}") from exc
    return report

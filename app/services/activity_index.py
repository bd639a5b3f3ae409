"""Who spoke on which local day: the message events reduced to (member, day) pairs in numpy, kept per
open file and time zone, so the dashboard can switch periods without rescanning millions of events.

Message events are append-only (imports add rows; nothing rewrites or deletes a message), so the index
extends by id: each use reads only events newer than the last one it saw, and a wider period reads
only the days it has not loaded yet. Days are counted from 1970-01-01 in the community's zone.
"""
from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path

import numpy as np

from app.models.database import Database
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress
from app.services.metrics import local_midnight_utc

EPOCH = date(1970, 1, 1)
DAY_BITS = 16                     # day numbers < 65,536 (until 2149)
CHUNK_DAYS = 14                   # days read per query while loading (progress and cancel between)
READ_CHUNK = 20_000               # new events turned into arrays at a time (the GIL is let go between chunks)


def day_number(day: date) -> int:
    return (day - EPOCH).days


def day_of(number: int) -> date:
    return EPOCH + timedelta(days=int(number))


def _midnights(first: int, last: int, tz: tzinfo) -> np.ndarray:
    """Unix seconds of local midnight for days first..last+1 (exact across DST changes)."""
    return np.array([int(datetime.combine(day_of(d), time.min).replace(tzinfo=tz).timestamp())
                     for d in range(first, last + 2)], dtype=np.int64)


class ActivityIndex:
    """Distinct (member, local day) pairs of message events with their message counts.

    keys = member << DAY_BITS | day, sorted (so by member, then day); counts: messages that day.
    """

    def __init__(self, tz: tzinfo):
        self.tz = tz
        self.keys = np.zeros(0, dtype=np.int64)
        self.counts = np.zeros(0, dtype=np.int64)
        self.members = self.days = self.keys      # decoded keys
        self.first: int | None = None        # loaded days [first, last]
        self.last: int | None = None
        self.last_id = 0                     # newest event id seen
        self.last_key = None                 # its source_key: tells a replaced file from a grown one
        self.lock = threading.Lock()

    # -- loading --------------------------------------------------------------------------------
    def ensure(self, db: Database, first: int, last: int, progress: Progress = no_progress,
               cancelled: CancelCheck = never_cancelled) -> None:
        """Make days [first, last] available and take in events added since the last call."""
        with self.lock:
            newest = db.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
            if self.last_id and self._key(db, self.last_id) != self.last_key:   # another file, or a restore
                self.__init__(self.tz)
            missing = []
            if self.first is None:
                missing.append((first, last))
                self.last_id = newest
            else:
                if first < self.first:
                    missing.append((first, self.first - 1))
                if last > self.last:
                    missing.append((self.last + 1, last))
            total = sum(b - a + 1 for a, b in missing)
            done = 0
            new_keys, new_counts = [], []
            if self.first is not None and newest > self.last_id:
                k, c = self._read_new(db, self.last_id, newest)
                new_keys.append(k)
                new_counts.append(c)
            for a, b in missing:
                for start in range(a, b + 1, CHUNK_DAYS):
                    check_cancel(cancelled)
                    end = min(b, start + CHUNK_DAYS - 1)
                    k, c = self._read(db, "id <= ?", (newest,), start, end)
                    new_keys.append(k)
                    new_counts.append(c)
                    done += end - start + 1
                    progress(done, total)
            check_cancel(cancelled)
            if new_keys:
                self._merge(np.concatenate(new_keys), np.concatenate(new_counts))
            self.first = first if self.first is None else min(first, self.first)
            self.last = last if self.last is None else max(last, self.last)
            self.last_id = max(self.last_id, newest)
            self.last_key = self._key(db, self.last_id)

    @staticmethod
    def _key(db: Database, event_id: int):
        row = db.conn.execute("SELECT source_key FROM events WHERE id = ?", (event_id,)).fetchone()
        return row[0] if row else None

    def _read(self, db: Database, where: str, params: tuple, first: int, last: int) -> tuple[np.ndarray, np.ndarray]:
        """Unique keys and message counts of the matching messages on days [first, last]. One query per
        local day hands over its member ids as one text (numpy parses it), not a Python tuple per row."""
        midnights = [local_midnight_utc(day_of(d), self.tz) for d in range(first, last + 2)]
        parts = []
        for offset, day in enumerate(range(first, last + 1)):
            text = db.conn.execute(
                f"SELECT group_concat(member_id, ' ') FROM events WHERE kind = 'message' AND ts >= ? AND ts < ? "
                f"AND {where}", (midnights[offset], midnights[offset + 1], *params)).fetchone()[0]
            if text:
                parts.append((np.fromstring(text, dtype=np.int64, sep=" ") << DAY_BITS) | day)
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate(parts), return_counts=True)

    def _read_new(self, db: Database, after: int, newest: int) -> tuple[np.ndarray, np.ndarray]:
        """Keys and counts of the messages with ids (after, newest] on the loaded days (a rowid range).

        Read in chunks: numpy turning a million rows into an array in one call holds the GIL for a second, and the
        window's thread needs it every few milliseconds (benchmarks/bench_gui_stall.py, after a big import)."""
        midnights = _midnights(self.first, self.last, self.tz)
        cursor = db.conn.execute(
            "SELECT member_id, unixepoch(ts) FROM events WHERE id > ? AND id <= ? AND kind = 'message' "
            "AND ts >= ? AND ts < ?", (after, newest, local_midnight_utc(day_of(self.first), self.tz),
                                      local_midnight_utc(day_of(self.last + 1), self.tz)))
        parts = []
        while rows := cursor.fetchmany(READ_CHUNK):
            data = np.array(rows, dtype=np.int64)
            days = np.searchsorted(midnights, data[:, 1], side="right") - 1 + self.first
            inside = (days >= self.first) & (days <= self.last)
            parts.append((data[inside, 0] << DAY_BITS) | days[inside])
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate(parts), return_counts=True)

    def _merge(self, keys: np.ndarray, counts: np.ndarray) -> None:
        if not len(keys):
            return
        all_keys = np.concatenate([self.keys, keys])
        all_counts = np.concatenate([self.counts, counts])
        self.keys, inverse = np.unique(all_keys, return_inverse=True)
        # 32-bit counts and decoded keys: 20 bytes a (member, day) pair instead of 32 (tens of millions of pairs
        # at full size; benchmarks/bench_memory.py)
        self.counts = np.bincount(inverse, weights=all_counts).astype(np.int32)
        self.members = (self.keys >> DAY_BITS).astype(np.int32)
        self.days = (self.keys & ((1 << DAY_BITS) - 1)).astype(np.int32)

    # -- reading --------------------------------------------------------------------------------
    def pairs(self, first: int, last: int, members: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(member, day, messages) of the pairs on days [first, last], sorted by member then day;
        *members*: a boolean mask indexed by member id (None: everyone)."""
        member, day = self.members, self.days
        keep = (day >= first) & (day <= last)
        if members is not None:
            known = member < len(members)
            keep &= known
            keep[known] &= members[member[known]]
        return member[keep], day[keep], self.counts[keep]


_INDEXES: dict[tuple[str, str], ActivityIndex] = {}
_REGISTRY_LOCK = threading.Lock()


def index_for(db: Database, tz: tzinfo) -> ActivityIndex:
    """The shared index of this file in this zone (one per process)."""
    key = (str(Path(db.path).resolve()), str(tz))
    with _REGISTRY_LOCK:
        if key not in _INDEXES:
            _INDEXES[key] = ActivityIndex(tz)
        return _INDEXES[key]


def forget(db: Database) -> None:
    """Drop the indexes of a file (closed, or replaced by a restore)."""
    with _REGISTRY_LOCK:
        for key in [k for k in _INDEXES if k[0] == str(Path(db.path).resolve())]:
            del _INDEXES[key]

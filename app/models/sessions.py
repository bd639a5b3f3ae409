"""Who has the file open: one `sessions` row per running app, kept fresh by a heartbeat.

Liveness is judged by the reader's own monotonic clock: a session is present while its `beat`
counter keeps moving (machines' clocks on a team differ; comparing their timestamps would not
work). A row not yet seen moving counts as present when its stored `seen_at` is recent, so a
teammate shows up at once rather than after one heartbeat.
"""
from __future__ import annotations

import os
import socket
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterator

from app import __version__
from app.models.database import Database
from app.models.errors import LockedError, ReadOnlyError

HEARTBEAT_SECONDS = 15.0
GONE_AFTER_SECONDS = 3 * HEARTBEAT_SECONDS + 5    # three missed beats
PRUNE_AFTER = timedelta(days=1)                    # crashed apps' rows are deleted after a day


@dataclass(frozen=True)
class Session:
    token: str
    operator: str
    host: str
    pid: int
    app_version: str
    started_at: str
    seen_at: str
    beat: int
    activity: str


def _quiet_write(db: Database, sql: str, params: tuple) -> bool:
    """One small write that does not count as a data change; False if the file is busy or read-only
    (presence is best-effort: a missed beat is made up by the next)."""
    if db.read_only:
        return False
    try:
        with db.busy_timeout(0.05), db.transaction(quiet=True):
            db.conn.execute(sql, params)
    except (LockedError, ReadOnlyError):
        return False
    return True


def join(db: Database, *, host: str | None = None, pid: int | None = None) -> bool:
    """Register this app's session (db.session_token) and prune rows of apps gone for a day."""
    now = db.clock()
    cutoff = _iso(_parse(now) - PRUNE_AFTER)
    if not _quiet_write(db, "DELETE FROM sessions WHERE seen_at < ?", (cutoff,)):
        return False
    return _quiet_write(
        db,
        "INSERT INTO sessions(token, operator, host, pid, app_version, started_at, seen_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(token) DO UPDATE SET operator = excluded.operator, "
        "seen_at = excluded.seen_at, beat = beat + 1",
        (db.session_token, db.operator, host or socket.gethostname(), pid or os.getpid(), __version__, now, now))


def heartbeat(db: Database) -> bool:
    """Say this session is still here (re-joining if a restore or a prune removed the row)."""
    if not _quiet_write(db, "UPDATE sessions SET seen_at = ?, beat = beat + 1, operator = ? WHERE token = ?",
                        (db.clock(), db.operator, db.session_token)):
        return False
    if db.conn.execute("SELECT 1 FROM sessions WHERE token = ?", (db.session_token,)).fetchone() is None:
        return join(db)
    return True


def set_activity(db: Database, activity: str) -> bool:
    """Name the long write this session is starting ('' when done), for teammates who meet the lock."""
    return _quiet_write(db, "UPDATE sessions SET activity = ? WHERE token = ?", (activity, db.session_token))


@contextmanager
def doing(db: Database, activity: str) -> Iterator[None]:
    """Name a long write for the time of the block (set before its transaction takes the lock)."""
    set_activity(db, activity)
    try:
        yield
    finally:
        set_activity(db, "")


def leave(db: Database) -> bool:
    return _quiet_write(db, "DELETE FROM sessions WHERE token = ?", (db.session_token,))


def all_sessions(db: Database) -> list[Session]:
    rows = db.conn.execute("SELECT token, operator, host, pid, app_version, started_at, seen_at, beat, activity "
                           "FROM sessions ORDER BY started_at").fetchall()
    return [Session(*row) for row in rows]


class PresenceTracker:
    """Decides who else is here from successive reads of the sessions table, by this machine's clock."""

    def __init__(self, own_token: str, *, monotonic: Callable[[], float] = time.monotonic,
                 gone_after: float = GONE_AFTER_SECONDS):
        self.own_token = own_token
        self.monotonic = monotonic
        self.gone_after = gone_after
        self._seen: dict[str, tuple[int, float]] = {}      # token -> (beat, when it last moved)

    def update(self, sessions: list[Session], now_utc: str) -> list[Session]:
        """The other sessions present now, oldest first."""
        now = self.monotonic()
        present = []
        for session in sessions:
            if session.token == self.own_token:
                continue
            known = self._seen.get(session.token)
            if known is None:
                # First sight: trust the stored time once (a skewed clock only delays the verdict).
                age = (_parse(now_utc) - _parse(session.seen_at)).total_seconds()
                moved_at = now - max(0.0, age) if age < self.gone_after else now - self.gone_after - 1
                self._seen[session.token] = (session.beat, moved_at)
            elif known[0] != session.beat:
                self._seen[session.token] = (session.beat, now)
            if now - self._seen[session.token][1] <= self.gone_after:
                present.append(session)
        live = {s.token for s in sessions}
        for token in list(self._seen):
            if token not in live:
                del self._seen[token]
        return present


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

"""Teammates on one file: notice their commits and who else has the file open, from the GUI thread.

File watchers do not work on network shares, so a timer polls `PRAGMA data_version` (microseconds; it
moves when another connection commits, including this window's own workers and teammates' heartbeats).
Only when it moved is the write serial read: a serial that moved with a last writer other than this
window's session is a teammate's data change. Changes are gathered for *settle_ms* after the first one
is seen and announced once (external_change), so a burst of commits refreshes the views once and a
commit shows within about poll + settle (~2 s).

The same timer keeps this window's presence: join at start, a heartbeat every HEARTBEAT_SECONDS, leave
at stop; after each heartbeat or data change the sessions table is read and presence_changed reports
the teammates present (app.models.sessions.PresenceTracker judges them by this machine's clock).

Nothing here waits for a lock: a poll that meets one is skipped and the next tick tries again.
"""
from __future__ import annotations

import sqlite3
import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.models import sessions
from app.models.database import Database
from app.models.errors import LockedError
from app.models.sessions import PresenceTracker, Session

POLL_MS = 1000
SETTLE_MS = 1000
HEARTBEAT_MS = int(sessions.HEARTBEAT_SECONDS * 1000)
MONOTONIC: Callable[[], float] = time.monotonic
LOCK_ERRORS = (sqlite3.OperationalError, LockedError)    # a read or write that met a teammate's lock


def presence_key(present: list[Session]) -> tuple:
    """What the status bar shows of the sessions present (not their heartbeats)."""
    return tuple((s.token, s.operator, s.host, s.started_at, s.activity) for s in present)


class LiveRefresh(QObject):
    """Polls *db* on the GUI thread; start() after opening the file, stop() before closing it."""

    external_change = Signal(str)   # a teammate committed: the operator of the last changes row ('' unknown)
    presence_changed = Signal(list)  # list[Session]: the other sessions present now, oldest first

    def __init__(self, db: Database, parent: QObject | None = None, *, poll_ms: int | None = None,
                 settle_ms: int | None = None, heartbeat_ms: int | None = None,
                 monotonic: Callable[[], float] | None = None, gone_after: float = sessions.GONE_AFTER_SECONDS):
        super().__init__(parent)
        self.db: Database | None = db
        self.tracker = PresenceTracker(db.session_token, monotonic=monotonic or MONOTONIC, gone_after=gone_after)
        self.present: list[Session] = []
        self.polls = self.beats = self.skipped = 0   # polls and heartbeats run, reads skipped for a lock
        self._version: int | None = None
        self._serial = 0
        self._pending = False                    # a teammate's change waits for the settle timer
        self._presence_key: tuple | None = None
        self.poll_timer = self._timer("liveRefreshPoll", POLL_MS if poll_ms is None else poll_ms, self.poll)
        self.heartbeat_timer = self._timer("liveRefreshHeartbeat",
                                           HEARTBEAT_MS if heartbeat_ms is None else heartbeat_ms, self.beat)
        self.settle_timer = self._timer("liveRefreshSettle", SETTLE_MS if settle_ms is None else settle_ms,
                                        self._announce)
        self.settle_timer.setSingleShot(True)

    def _timer(self, name: str, interval: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setObjectName(name)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # -- life ---------------------------------------------------------------------------
    def start(self) -> None:
        """Join the sessions table, take the file's current state as seen, and start polling."""
        db = self.db
        if db is None:
            return
        sessions.join(db)
        try:
            with db.busy_timeout(0):
                self._version = db.data_version()
                self._serial = db.write_stamp()[0]
        except LOCK_ERRORS:
            self._version = None     # the first tick takes the baseline
        self._read_presence()
        self.poll_timer.start()
        self.heartbeat_timer.start()

    def stop(self) -> None:
        """Stop every timer and leave the sessions table; the file may be closed after this."""
        for timer in (self.poll_timer, self.heartbeat_timer, self.settle_timer):
            timer.stop()
        self._pending = False
        db, self.db = self.db, None
        if db is not None:
            sessions.leave(db)

    @property
    def running(self) -> bool:
        return self.db is not None and self.poll_timer.isActive()

    # -- polling ------------------------------------------------------------------------
    def poll(self) -> None:
        """One tick: did another connection commit? If it was a teammate's data change, announce it soon."""
        db = self.db
        if db is None or db.in_transaction:
            return
        self.polls += 1
        try:
            with db.busy_timeout(0):
                version = db.data_version()
                if version == self._version:
                    return
                serial, writer = db.write_stamp()
        except LOCK_ERRORS:
            self.skipped += 1
            return
        first = self._version is None
        self._version = version
        if serial != self._serial:
            self._serial = serial
            if not first and writer != db.session_token and not self._pending:
                self._pending = True
                self.settle_timer.start()
        self._read_presence()

    def beat(self) -> None:
        """Say this window is still here, and look again at who else is."""
        db = self.db
        if db is None or db.in_transaction:
            return
        self.beats += 1
        sessions.heartbeat(db)
        self._read_presence()

    def _announce(self) -> None:
        self._pending = False
        if self.db is not None:
            self.external_change.emit(self._last_operator())

    def _last_operator(self) -> str:
        try:
            with self.db.busy_timeout(0):
                row = self.db.conn.execute("SELECT operator FROM changes ORDER BY id DESC LIMIT 1").fetchone()
        except LOCK_ERRORS:
            return ""
        return row[0] if row and row[0] else ""

    def _read_presence(self) -> None:
        db = self.db
        if db is None:
            return
        try:
            with db.busy_timeout(0):
                rows = sessions.all_sessions(db)
        except LOCK_ERRORS:
            self.skipped += 1
            return
        present = self.tracker.update(rows, db.clock())
        key = presence_key(present)
        if key != self._presence_key:
            self._presence_key = key
            self.present = present
            self.presence_changed.emit(present)

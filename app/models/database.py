"""Open or create a Community Desk database file; transactions, versioned rows, the changes log.

Storage rules (DESIGN.md): one SQLite file; pragmas on every connection; WAL on a
local disk, rollback journal on shares; every write in one BEGIN IMMEDIATE
transaction; versioned rows with conflicts instead of last-writer-wins; an
append-only changes log; migrations keyed on PRAGMA user_version with a backup first.
"""
from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
import time
import uuid
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from app.models import location
from app.models.errors import (
    ConflictError, CorruptError, DatabaseError, FileMissingError, ForeignDatabaseError,
    LockedError, MigrationError, NewerVersionError, NotAFileError, NotSQLiteError,
    ReadOnlyError, RowMissingError, UserError,
)
from app.models.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_SECONDS = 5.0
VERSION_COLUMNS = ("created_at", "version", "updated_at", "updated_by")
ID_CHUNK = 500            # ids per `IN (…)` query
# meta keys every committed write stamps: a counter teammates poll, and whose session wrote last
WRITE_SERIAL, LAST_WRITER = "write_serial", "last_writer"

# Files this process has open through Database, by (device, inode). SQLite's locks are POSIX
# advisory locks, which belong to the process: closing ANY descriptor of the file - such as
# the one validate_file reads the header with - silently drops every lock the process's
# connections hold on it. Another process (a ProcessJob child) that closes its connection
# then believes it is the last one, checkpoints and deletes the -wal and -shm files under
# the open connections: their later writes go to an unlinked WAL and are lost, and new
# connections fail with "disk I/O error". So a file already open here is not opened again
# outside SQLite (it was checked when it was first opened).
_OPEN_FILES: Counter[tuple[int, int]] = Counter()
_OPEN_FILES_LOCK = threading.Lock()


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _open_here(key: tuple[int, int] | None) -> bool:
    with _OPEN_FILES_LOCK:
        return key is not None and _OPEN_FILES[key] > 0


def utc_now() -> str:
    """UTC ISO-8601 text, millisecond precision, sortable."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


@dataclass
class CheckReport:
    path: str
    integrity: str
    schema_version: int
    app_schema_version: int
    journal_mode: str
    location: str
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return self.integrity == "ok" and self.schema_version == self.app_schema_version


def _inspect(path: Path, busy_seconds: float) -> tuple[int, int, int]:
    """Read (application_id, user_version, table count) without writing anything."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=busy_seconds)
    except sqlite3.OperationalError as exc:
        raise NotAFileError("%1 cannot be opened: %2", path, exc) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
        return app_id, user_version, tables
    except sqlite3.DatabaseError as exc:
        raise _translate(path, exc) from exc
    finally:
        conn.close()


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file itself is damaged (not a bug in the query)."""
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _translate(path: Path, exc: sqlite3.Error) -> DatabaseError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LockedError("%1 is locked by another program or a teammate's long write (an import, a "
                           "recompute, a backup); wait for it to finish, or close it there, and try again", path)
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError("%1 cannot be written (read-only file or folder)", path)
    if is_damage(exc):
        return CorruptError("%1 is damaged (%2); restore it from a backup", path, exc)
    return DatabaseError("%1: %2", path, exc)


def _is_read_only(path: Path) -> bool:
    # os.access is True for root whatever the mode; the mode bits say what the owner meant.
    mode = path.stat().st_mode
    return not os.access(path, os.W_OK) or not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _folder_read_only(folder: Path) -> bool:
    return not os.access(folder, os.W_OK | os.X_OK)


def validate_file(path: Path, *, create: bool, busy_seconds: float = DEFAULT_BUSY_SECONDS) -> bool:
    """Refuse anything that is not ours to open, touching nothing. Returns True if new."""
    if path.is_dir():
        raise NotAFileError("%1 is a folder, not a database file", path)
    if not path.exists():
        if not create:
            raise FileMissingError("%1 does not exist", path)
        if not path.parent.is_dir():
            raise FileMissingError("folder %1 does not exist", path.parent)
        if _folder_read_only(path.parent):
            raise ReadOnlyError("folder %1 is read-only; cannot create %2 there", path.parent, path.name)
        return True
    if not path.is_file():
        raise NotAFileError("%1 is not a regular file", path)
    if _open_here(_file_key(path)):
        header = SQLITE_HEADER      # ours and open in this process: reading it outside SQLite drops its locks
    else:
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise NotAFileError("%1 cannot be read: %2", path, exc.strerror) from exc
    if not header:
        if not create:
            raise NotSQLiteError("%1 is empty, not a Community Desk database", path)
        if _is_read_only(path):
            raise ReadOnlyError("%1 is read-only", path)
        return True
    if header != SQLITE_HEADER:
        raise NotSQLiteError("%1 is not a Community Desk database (not an SQLite file)", path)
    app_id, user_version, tables = _inspect(path, busy_seconds)
    if app_id != APPLICATION_ID and (app_id != 0 or tables > 0):
        raise ForeignDatabaseError(
            "%1 is an SQLite database of another program, not a Community Desk database", path)
    if user_version > SCHEMA_VERSION:
        raise NewerVersionError(
            "%1 was written by a newer Community Desk (schema %2, this version reads up to %3); "
            "update the app to open it", path, user_version, SCHEMA_VERSION)
    if _is_read_only(path):
        raise ReadOnlyError("%1 is read-only; make it writable or copy it elsewhere", path)
    if _folder_read_only(path.parent):
        raise ReadOnlyError("the folder of %1 is read-only (SQLite needs to write its journal there)", path)
    return tables == 0


def connect(path: Path, busy_seconds: float = DEFAULT_BUSY_SECONDS, *, read_only: bool = False) -> sqlite3.Connection:
    """A raw connection with the pragmas every connection gets."""
    target, uri = (f"{path.resolve().as_uri()}?mode=ro", True) if read_only else (str(path), False)
    conn = sqlite3.connect(target, timeout=busy_seconds, isolation_level=None, uri=uri,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    # Unicode case folding for searches (SQLite's lower() folds ASCII only).
    conn.create_function("fold", 1, lambda text: None if text is None else text.casefold(), deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(busy_seconds * 1000)}")
    return conn


class Database:
    """One open Community Desk file, used from one thread at a time."""

    def __init__(self, path: str | os.PathLike, *, operator: str, create: bool = False,
                 journal_mode: str = "auto", busy_seconds: float = DEFAULT_BUSY_SECONDS,
                 backup_dir: str | os.PathLike | None = None,
                 clock: Callable[[], str] = utc_now, session_token: str | None = None,
                 read_only_reason: str | None = None):
        """*session_token*: who writes, for teammates' live refresh (clones share it; new by default).
        *read_only_reason*: open without writing anything (a damaged file); every write raises
        ReadOnlyError with this reason."""
        self.path = Path(path).expanduser().absolute()
        self.operator = operator
        self.busy_seconds = busy_seconds
        self.clock = clock
        self.session_token = session_token or uuid.uuid4().hex
        self.read_only_reason = read_only_reason
        self.backup_dir = Path(backup_dir) if backup_dir else self.path.parent / f"{self.path.stem}.backups"
        self.location = location.classify(self.path)
        self.requested_journal_mode = journal_mode
        self.created = validate_file(self.path, create=create and not read_only_reason, busy_seconds=busy_seconds)
        self._depth = 0
        self._utils = None
        try:
            self.conn = connect(self.path, busy_seconds, read_only=bool(read_only_reason))
        except sqlite3.Error as exc:
            raise _translate(self.path, exc) from exc
        self._file_key = _file_key(self.path)
        self._register(1)
        try:
            if read_only_reason:
                self.journal_mode = self.conn.execute("PRAGMA journal_mode").fetchone()[0].lower()
            else:
                self.journal_mode = self._set_journal_mode(journal_mode)
                self._migrate()
        except sqlite3.Error as exc:
            self.close()
            raise _translate(self.path, exc) from exc
        except BaseException:
            self.close()
            raise

    # -- connection setup ---------------------------------------------------------------
    def _set_journal_mode(self, requested: str) -> str:
        wanted = location.journal_mode_for(self.location) if requested == "auto" else requested.lower()
        if wanted not in ("wal", "delete"):
            raise ValueError(f"journal mode must be auto, wal or delete, not {requested!r}")
        current = self.conn.execute("PRAGMA journal_mode").fetchone()[0].lower()
        if current != wanted:
            current = self.conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0].lower()
        # WAL is durable enough with NORMAL; the rollback journal on a share wants FULL.
        self.conn.execute(f"PRAGMA synchronous = {'NORMAL' if current == 'wal' else 'FULL'}")
        return current

    def new_connection(self) -> sqlite3.Connection:
        """Another connection to the same file (for a worker thread)."""
        return connect(self.path, self.busy_seconds)

    def clone(self) -> "Database":
        """Another Database object on the same file, for use on another thread."""
        return Database(self.path, operator=self.operator, journal_mode=self.journal_mode,
                        busy_seconds=self.busy_seconds, backup_dir=self.backup_dir, clock=self.clock,
                        session_token=self.session_token, read_only_reason=self.read_only_reason)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def close(self) -> None:
        self.conn.close()
        self._register(-1)

    def _register(self, step: int) -> None:
        """Count this object's connection in _OPEN_FILES (once; close may be called more than once)."""
        key = self._file_key
        if key is None or getattr(self, "_registered", False) == (step > 0):
            return
        self._registered = step > 0
        with _OPEN_FILES_LOCK:
            _OPEN_FILES[key] += step
            if _OPEN_FILES[key] <= 0:
                del _OPEN_FILES[key]

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        start = self.schema_version
        if start >= SCHEMA_VERSION:
            return
        if start > 0:
            self.backup(self.backup_dir / f"{self.path.stem}-before-migration-{_stamp()}.sqlite")
        for version in range(start, SCHEMA_VERSION):
            try:
                with self.transaction():
                    # Re-read under the write lock: a teammate may have migrated meanwhile.
                    if self.schema_version > version:
                        continue
                    MIGRATIONS[version](self.conn)
                    self.conn.execute(f"PRAGMA user_version = {version + 1}")
                    self.log_change("schema", None, "migrate", {"version": version}, {"version": version + 1})
                    if version == 0:
                        self.set_meta("created_at", self.clock())
            except sqlite3.Error as exc:
                if isinstance(_translate(self.path, exc), (LockedError, ReadOnlyError)):
                    raise
                raise MigrationError("upgrading %1 to schema %2 failed: %3", self.path, version + 1, exc) from exc

    # -- transactions -------------------------------------------------------------------
    @contextmanager
    def transaction(self, *, quiet: bool = False) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception. Nests with savepoints.

        A lock held past the busy timeout raises LockedError with nothing written. A commit that
        changed rows stamps the write serial teammates poll; *quiet* (the presence heartbeat) does not.
        """
        if self._depth:
            name = f"sp{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        if self.read_only_reason:
            raise ReadOnlyError(self.read_only_reason)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _translate(self.path, exc) from exc
        self._depth = 1
        changes_before = self.conn.total_changes
        try:
            yield self.conn
            if not quiet and self.conn.total_changes != changes_before:
                self._stamp_write()
            self._commit()
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    def _commit(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            # Readers kept the file past the busy timeout (rollback journal): nothing was written.
            self.conn.execute("ROLLBACK")
            raise _translate(self.path, exc) from exc

    def _stamp_write(self) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1", (WRITE_SERIAL,))
        self.set_meta(LAST_WRITER, self.session_token)

    # -- what teammates did -------------------------------------------------------------
    def data_version(self) -> int:
        """Changes whenever another connection commits to the file (PRAGMA data_version)."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def write_stamp(self) -> tuple[int, str]:
        """(write serial, session token of the last writer): ('0', '') before the first write."""
        rows = dict(self.conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                                      (WRITE_SERIAL, LAST_WRITER)).fetchall())
        return int(rows.get(WRITE_SERIAL, 0)), rows.get(LAST_WRITER, "")

    @contextmanager
    def busy_timeout(self, seconds: float) -> Iterator[None]:
        """Wait at most *seconds* for a lock inside the block (the GUI retries instead of blocking)."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_seconds * 1000)}")

    @contextmanager
    def bulk_cache(self, mebibytes: int = 64) -> Iterator[None]:
        """A larger page cache for one bulk job (many indexes updated at once), then the default again."""
        default = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = {-1024 * mebibytes}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {default}")

    @contextmanager
    def deferred_indexes(self, tables: tuple[str, ...]) -> Iterator[None]:
        """Drop the secondary indexes of *tables* and build them again afterwards.

        For a bulk load that adds more rows than a table holds: one sort per index is
        much cheaper than a random b-tree insert per row and index. Runs inside the
        caller's transaction, so a failure restores the indexes with everything else.
        """
        if not self.in_transaction:
            raise RuntimeError("deferred_indexes needs an open transaction")
        marks = ",".join("?" * len(tables))
        indexes = self.conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks})", tables).fetchall()
        for name, _sql in indexes:
            self.conn.execute(f"DROP INDEX {_ident(name)}")
        yield
        for _name, sql in indexes:
            self.conn.execute(sql)

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def read_transaction(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several reads; takes no write lock."""
        if self._depth:
            yield self.conn
            return
        self.conn.execute("BEGIN DEFERRED")
        self._depth = 1
        try:
            yield self.conn
        finally:
            self._depth = 0
            self.conn.execute("ROLLBACK")

    # -- meta ---------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    # -- the changes log ----------------------------------------------------------------
    def log_change(self, table: str, row_id: int | None, action: str,
                   before: dict | None, after: dict | None) -> None:
        self.conn.execute(
            "INSERT INTO changes(at, operator, table_name, row_id, action, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (self.clock(), self.operator, table, row_id, action,
             _to_json(before), _to_json(after)),
        )

    def history(self, table: str, row_id: int) -> list[dict]:
        rows = self.conn.execute(
            "SELECT at, operator, action, before, after FROM changes "
            "WHERE table_name = ? AND row_id = ? ORDER BY id", (table, row_id)).fetchall()
        return [{"at": r["at"], "operator": r["operator"], "action": r["action"],
                 "before": json.loads(r["before"]) if r["before"] else None,
                 "after": json.loads(r["after"]) if r["after"] else None} for r in rows]

    # -- versioned rows -----------------------------------------------------------------
    def save_row(self, table: str, obj: Any, values: dict[str, Any], *, duplicate: UserError | None = None) -> int:
        """Insert *obj* (obj.id None) or update it at obj.version; sets obj.id and obj.version, returns the id.
        *duplicate*: the UserError raised when a UNIQUE constraint refuses the values."""
        try:
            if obj.id is None:
                obj.id = self.insert_row(table, values)
                obj.version = 1
            else:
                obj.version = self.update_row(table, obj.id, values, expected_version=obj.version)
        except sqlite3.IntegrityError as exc:
            if duplicate is not None and "UNIQUE constraint failed" in str(exc):
                raise duplicate from None
            raise
        return obj.id

    def select_in(self, sql: str, ids: Sequence[int], params: tuple = ()) -> list:
        """Rows of *sql* (ending in `IN ({})`, *params* before the ids) for all *ids*, a chunk at a time
        (SQLite limits the number of parameters)."""
        rows = []
        for start in range(0, len(ids), ID_CHUNK):
            part = list(ids[start:start + ID_CHUNK])
            rows += self.conn.execute(sql.format(",".join("?" * len(part))), (*params, *part)).fetchall()
        return rows

    def insert_row(self, table: str, values: dict[str, Any]) -> int:
        """Insert one editable row (version 1) and log it."""
        now = self.clock()
        row = dict(values, created_at=now, updated_at=now, updated_by=self.operator, version=1)
        columns = ", ".join(_ident(c) for c in row)
        marks = ", ".join("?" for _ in row)
        with self.transaction():
            cursor = self.conn.execute(f"INSERT INTO {_ident(table)} ({columns}) VALUES ({marks})",
                                       tuple(row.values()))
            row_id = cursor.lastrowid
            self.log_change(table, row_id, "insert", None, values)
        return row_id

    def get_row(self, table: str, row_id: int) -> dict[str, Any]:
        row = self.conn.execute(f"SELECT * FROM {_ident(table)} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise RowMissingError("%1 #%2 no longer exists", table, row_id)
        return dict(row)

    def update_row(self, table: str, row_id: int, changes: dict[str, Any], *,
                   expected_version: int, action: str = "update") -> int:
        """Apply *changes* if the row is still at *expected_version*; log before/after.

        Raises ConflictError when someone else saved the row since it was read.
        Returns the row's new version (unchanged if nothing differed).
        """
        for column in changes:
            if column in VERSION_COLUMNS or column == "id":
                raise ValueError(f"{column} is managed by the database layer")
        with self.transaction():
            current = self.get_row(table, row_id)
            if current["version"] != expected_version:
                raise ConflictError(table, row_id, expected_version, current)
            diff = {k: v for k, v in changes.items() if current.get(k) != v}
            if not diff:
                return current["version"]
            sets = ", ".join(f"{_ident(c)} = ?" for c in diff)
            cursor = self.conn.execute(
                f"UPDATE {_ident(table)} SET {sets}, version = version + 1, updated_at = ?, "
                f"updated_by = ? WHERE id = ? AND version = ?",
                (*diff.values(), self.clock(), self.operator, row_id, expected_version))
            if cursor.rowcount != 1:  # cannot happen under BEGIN IMMEDIATE; guard anyway
                raise ConflictError(table, row_id, expected_version, self.get_row(table, row_id))
            self.log_change(table, row_id, action, {k: current[k] for k in diff}, diff)
        return expected_version + 1

    # -- maintenance --------------------------------------------------------------------
    def backup(self, target: str | os.PathLike,
               step: Callable[[int, int], None] | None = None) -> Path:
        """Copy the live database with SQLite's backup API (never a file copy) to *target*, checked with
        quick_check before it takes its name. *step(done_pages, total_pages)* may raise to abandon it."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        try:
            copy_database(self.conn, partial, step)
            verdict = file_quick_check(partial)
            if verdict != "ok":
                raise CorruptError("the backup of %1 failed its check (%2); the file may be damaged",
                                   self.path.name, verdict)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return target

    def migrate(self) -> None:
        """Bring the file up to this app's schema (after a restore of an older backup)."""
        self._migrate()

    @property
    def utils(self):
        """sqlite-utils over this connection, made on first use: the library is slow to import (0.3 s with
        the numpy it loads) and opening a file does not need it."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._utils

    def table_names(self) -> list[str]:
        return [t for t in self.utils.table_names() if not t.startswith("sqlite_")]

    def quick_check(self) -> str:
        """'ok', or what PRAGMA quick_check found (first lines)."""
        return _check_text(self.conn, "quick_check")

    def check(self) -> CheckReport:
        integrity = _check_text(self.conn, "integrity_check")
        counts = {name: self.utils.table(name).count for name in self.table_names()}
        return CheckReport(str(self.path), integrity, self.schema_version, SCHEMA_VERSION,
                           self.journal_mode, self.location, counts)


def _check_text(conn: sqlite3.Connection, pragma: str, limit: int = 20) -> str:
    return "; ".join(r[0] for r in conn.execute(f"PRAGMA {pragma}({limit})").fetchall())


BACKUP_PAGES_PER_STEP = 1024      # 4 MiB a step: teammates' writes get in between steps


def copy_database(source: sqlite3.Connection, target: Path,
                  step: Callable[[int, int], None] | None = None) -> None:
    """Copy *source* into a new single file *target* with the backup API, in steps (for progress and cancel),
    all inside one read transaction: the copy is one snapshot and never restarts. (Without it, every teammate's
    commit between two steps restarts the copy: on a busy shared file it may never finish.) In WAL mode
    teammates keep committing meanwhile; with the rollback journal their commits wait for the copy, within
    their busy timeout and retries. *step* may raise to stop; nothing is left at *target* then."""
    target.unlink(missing_ok=True)
    dest = sqlite3.connect(str(target))
    own_snapshot = not source.in_transaction
    try:
        if own_snapshot:
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM sqlite_master").fetchone()    # takes the read lock now

        def progress(_status: int, remaining: int, total: int) -> None:
            if step is not None:
                step(total - remaining, total)

        source.backup(dest, pages=BACKUP_PAGES_PER_STEP, progress=progress, sleep=0.01)
        dest.execute("PRAGMA journal_mode = delete")     # one self-contained file, whatever the source uses
    except BaseException:
        dest.close()
        target.unlink(missing_ok=True)
        raise
    finally:
        if own_snapshot and source.in_transaction:
            source.execute("ROLLBACK")
    dest.close()


def file_quick_check(path: Path) -> str:
    """PRAGMA quick_check of a file that is not open here, read-only: 'ok' or what it found."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return _check_text(conn, "quick_check")
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def retry_locked(write: Callable[[], Any], *, attempts: int = 20, first_wait: float = 0.05,
                 max_wait: float = 1.0, on_retry: Callable[[int, LockedError], None] | None = None) -> Any:
    """Call write() until it does not meet a lock (LockedError), backing off; the last LockedError is
    raised after *attempts*. For headless writers (CLI, tests, benchmarks); the GUI retries on a timer."""
    wait = first_wait
    for attempt in range(1, attempts + 1):
        try:
            return write()
        except LockedError as exc:
            if attempt == attempts:
                raise
            if on_retry is not None:
                on_retry(attempt, exc)
            time.sleep(wait)
            wait = min(max_wait, wait * 2)
    raise AssertionError("unreachable")


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum():
        raise ValueError(f"bad SQL identifier {name!r}")
    return f'"{name}"'


def _to_json(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)

"""Backups of a live community file: SQLite's backup API (never a file copy), checked and rotated.

Each community file has its own folder under the local backups root (a file on a share is
backed up to this machine): `<stem>-<8 hex of its path>/<stem>-<kind>-<YYYYmmdd-HHMMSS>.sqlite`.
Kinds: daily (on open, once a local day), manual (Backup now), before-restore, before-migration.
Every backup is written to a `.partial` file, passes `quick_check` and is then renamed into
place; older ones of the same kind are deleted beyond the kind's limit.
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from app.models import sessions
from app.models.database import SQLITE_HEADER, Database, copy_database, file_quick_check
from app.models.errors import LockedError, UserError
from app.models.schema import APPLICATION_ID, SCHEMA_VERSION
from app.services.jobs import Cancelled, no_progress
from app.texts import Translatable, translatable

CONTEXT = "backups"         # the translation context of check_backup's reasons
KINDS = ("daily", "manual", "before-restore", "before-migration")
KEEP = {"daily": 7, "manual": 10, "before-restore": 5, "before-migration": 5}
SUFFIX = ".sqlite"
RESTORE_LOCK_SECONDS = 30.0    # a restore waits this long for teammates' writes to end
_NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>daily|manual|before-restore|before-migration)-"
                   r"(?P<stamp>\d{8}-\d{6})(?:-(?P<number>\d+))?\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    taken_at: datetime       # UTC
    size: int


def folder_for(db_path: Path, root: Path) -> Path:
    """This community file's own backup folder under *root*."""
    absolute = str(Path(db_path).expanduser().absolute())
    digest = hashlib.sha1(absolute.encode("utf-8")).hexdigest()[:8]
    return Path(root) / f"{Path(db_path).stem}-{digest}"


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in *folder*, newest first (unfinished .partial files are not backups)."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    if not Path(folder).is_dir():
        return []
    for path in Path(folder).iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc)
        found.append((taken, int(match["number"] or 0), BackupInfo(path, match["kind"], taken, path.stat().st_size)))
    return [info for _taken, _number, info in sorted(found, key=lambda t: t[:2], reverse=True)]


def check_backup(path: Path) -> str | Translatable:
    """'ok' if *path* is a Community Desk file this app can open and `quick_check` passes; else why not
    (a Translatable: str() is the English)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return translatable(CONTEXT, "%1 is not an SQLite database", path.name)
    except OSError as exc:
        return translatable(CONTEXT, "%1 cannot be read: %2", path.name, exc.strerror)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return translatable(CONTEXT, "%1 cannot be opened: %2", path.name, exc)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return translatable(CONTEXT, "%1 is not a Community Desk database", path.name)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            return translatable(CONTEXT, "%1 was written by a newer Community Desk (schema %2)", path.name, version)
    except sqlite3.Error as exc:
        return translatable(CONTEXT, "%1 is damaged (%2)", path.name, exc)
    finally:
        conn.close()
    result = file_quick_check(path)
    return "ok" if result == "ok" else translatable(CONTEXT, "%1 is damaged (%2)", path.name, result)


def latest_good(folder: Path) -> BackupInfo | None:
    """The newest backup in *folder* that passes check_backup."""
    for info in list_backups(folder):
        if check_backup(info.path) == "ok":
            return info
    return None


def daily_due(folder: Path, today_local: str | None = None) -> bool:
    """True when *folder* has no daily backup taken on this local day (YYYY-MM-DD)."""
    today = today_local or datetime.now().astimezone().date().isoformat()
    return not any(b.kind == "daily" and b.taken_at.astimezone().date().isoformat() == today
                   for b in list_backups(folder))


def backup_now(db: Database, *, kind: str = "manual", folder: Path | None = None, target: Path | None = None,
               progress: Callable[[int, int], None] = no_progress,
               cancelled: Callable[[], bool] = lambda: False) -> BackupInfo:
    """Back up the live file to *target*, or into *folder* (default: db.backup_dir) as *kind* with rotation.
    The copy is checked before it takes its name; a cancelled or failed backup leaves nothing behind."""
    if kind not in KINDS:
        raise ValueError(f"backup kind must be one of {KINDS}, not {kind!r}")
    folder = Path(folder or db.backup_dir)
    if target is None:
        target = _free_name(folder, db.path.stem, kind)
    target = Path(target).expanduser().absolute()
    if target == db.path:
        raise UserError("%1 is the open community file; choose another file for the backup", target)
    if target.is_dir():
        raise UserError("%1 is a folder; choose a file name for the backup", target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("cannot create the backup folder %1: %2", target.parent, exc.strerror) from exc
    try:
        with sessions.doing(db, "backing up the file"):
            db.backup(target, _step(progress, cancelled))
    except sqlite3.Error as exc:
        raise UserError("the backup to %1 failed: %2", target, exc) from exc
    except OSError as exc:
        raise UserError("the backup to %1 could not be written: %2", target, exc.strerror or exc) from exc
    if target.parent == folder:
        rotate(folder, kind, keep=target)
    return BackupInfo(target, kind, datetime.now(timezone.utc), target.stat().st_size)


def rotate(folder: Path, kind: str, keep: Path | None = None) -> list[Path]:
    """Delete the oldest backups of *kind* beyond KEEP[kind] (never *keep*); returns what was deleted."""
    old = [b.path for b in list_backups(folder) if b.kind == kind and b.path != keep][KEEP[kind] - 1:]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def restore(db: Database, source: Path, *, folder: Path | None = None,
            progress: Callable[[int, int], None] = no_progress,
            cancelled: Callable[[], bool] = lambda: False) -> BackupInfo:
    """Put the contents of backup *source* into the live file (teammates' open connections see it at once),
    after a before-restore backup of the current contents, which is returned. The restored file is migrated
    to this app's schema and the restore is logged as a new change."""
    source = Path(source).expanduser().absolute()
    if not source.is_file():
        raise UserError("%1 does not exist", source)
    if source == db.path:
        raise UserError("%1 is the open community file itself; choose a backup", source)
    verdict = check_backup(source)
    if verdict != "ok":
        raise UserError("cannot restore from %1: %2", source.name, verdict)
    if db.read_only:
        raise UserError("%1 is open read-only (%2); use replace_damaged", db.path.name, db.read_only_reason)
    safety = backup_now(db, kind="before-restore", folder=folder, cancelled=cancelled)   # cancellable up to here
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_into(src, db.conn, progress)
    finally:
        src.close()
    db.migrate()
    with db.transaction():
        db.log_change("database", None, "restore", None, {"backup": source.name, "safety_backup": safety.path.name})
    return safety


def replace_damaged(path: Path, source: Path) -> Path:
    """Replace a damaged file (not open here) with the contents of backup *source*; the damaged file is kept
    beside it as `<name>.damaged-<stamp>`, which is returned."""
    path = Path(path).expanduser().absolute()
    verdict = check_backup(source)
    if verdict != "ok":
        raise UserError("cannot restore from %1: %2", Path(source).name, verdict)
    fresh = path.with_name(path.name + ".restoring")
    kept = path.with_name(f"{path.name}.damaged-{_stamp()}")
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy_database(src, fresh)
        for leftover in (path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            if leftover.exists():
                os.replace(leftover, kept.with_name(kept.name + leftover.name[len(path.name):]))
        os.replace(path, kept)
        os.replace(fresh, path)
    except OSError as exc:
        raise UserError("cannot replace %1 (is it open on another computer?): %2",
                        path.name, exc.strerror or exc) from exc
    finally:
        src.close()
        fresh.unlink(missing_ok=True)
    return kept


# -- the copy itself ----------------------------------------------------------------------
def _step(progress, cancelled):
    def step(done: int, total: int) -> None:
        if cancelled():
            raise Cancelled()
        progress(done, total)
    return step


def _copy_into(source: sqlite3.Connection, live: sqlite3.Connection, progress) -> None:
    """Overwrite the live file's contents in one step (all or nothing), waiting a bounded time for teammates."""
    deadline = time.monotonic() + RESTORE_LOCK_SECONDS

    def step(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise LockedError("teammates kept writing to the file; the restore changed nothing. Try again")
        progress(total - remaining, total)

    source.backup(live, pages=-1, progress=step, sleep=0.1)


def _free_name(folder: Path, stem: str, kind: str) -> Path:
    """A new name that sorts after every backup of this second (several in one second are numbered)."""
    stamp = _stamp()
    base = f"{stem}-{kind}-{stamp}"
    taken = [path.name for path in folder.glob(f"{base}*")] if folder.is_dir() else []
    if not taken:
        return folder / f"{base}{SUFFIX}"
    numbers = [int(m["number"] or 0) for m in map(_NAME.match, (n.removesuffix(".partial") for n in taken)) if m]
    return folder / f"{base}-{max(numbers, default=0) + 1}{SUFFIX}"


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")

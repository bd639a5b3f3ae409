"""The roster as a Qt table model: a fixed row count, rows fetched by blocks off the GUI thread.

Nothing here holds more than MAX_BLOCKS blocks of BLOCK rows, whatever the size of the
community: data() for a row that is not cached returns a placeholder ("…") and asks the
BlockFetcher thread for its block; when the block arrives the model emits dataChanged.

Why a thread (measured with benchmarks/bench_members_tab.py and the roster queries of
app.models.member_query on demo files): the first block takes 1-2 ms, but a deep OFFSET
walks the sort index and looks up every row it skips (for deleted_at): by name, 0.2-0.9 s
at 100,000 members and 2.7-4 s at 1,000,000; even in id order 140-200 ms at 1,000,000.
A broad search ('1') needs 0.5 s (100,000) to 1.6 s (1,000,000) for its first block.
Counting is a scan too (65-100 ms at 100,000; 0.2-0.3 s unfiltered and up to 3 s for a
broad search at 1,000,000), so the count runs in the window's JobRunner, and the first
block is shown before the count is known (rowCount grows once it is).

To keep the deep end cheap, a block past the middle is read with the reverse order
(page(..., not descending, count - offset - limit)) and flipped: the cost is bounded by
the distance to the nearer end. A fetch whose block has scrolled out of view, or whose
query was replaced, is interrupted through SQLite's progress handler.
"""
from __future__ import annotations

import sqlite3
import threading
import traceback
from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from app.models import member_query as mq
from app.models.database import Database, is_damage
from app.models.schema import MEMBER_STATUSES
from app.services.jobs import Cancelled
from app.views.labels import segment_labels, status_label
from app.views.locale_format import date_time
from app.views.worker import damage_reports

BLOCK = 200
MAX_BLOCKS = 20
PLACEHOLDER = "…"
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
ID_ROLE = Qt.ItemDataRole.UserRole + 1
VERSION_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 3   # the raw stored value (status code, ISO time, ...)
# SQLite calls the progress handler every this many virtual-machine steps (~10 ms of an OFFSET
# walk, measured): often enough to abandon a read quickly, rarely enough to cost nothing.
PROGRESS_STEPS = 10_000
# Blocks this far outside the visible rows are abandoned when the person scrolls away.
VIEW_MARGIN_BLOCKS = 1


def role_labels() -> dict[str, str]:
    return {"kol": QCoreApplication.translate("labels", "KOL"),
            "koc": QCoreApplication.translate("labels", "KOC"),
            "seed": QCoreApplication.translate("labels", "Seed member"),
            "admin": QCoreApplication.translate("labels", "Admin"),
            "moderator": QCoreApplication.translate("labels", "Moderator")}


def column_titles() -> dict[str, str]:
    """Translated titles for every roster and export column."""
    ctx = "MemberTableModel"
    return {
        "id": QCoreApplication.translate(ctx, "ID"),
        "display_name": QCoreApplication.translate(ctx, "Name"),
        "nickname": QCoreApplication.translate(ctx, "Nickname"),
        "phone": QCoreApplication.translate(ctx, "Phone"),
        "wechat_id": QCoreApplication.translate(ctx, "WeChat ID"),
        "email": QCoreApplication.translate(ctx, "Email"),
        "join_date": QCoreApplication.translate(ctx, "Joined"),
        "sub_communities": QCoreApplication.translate(ctx, "Sub-communities"),
        "tags": QCoreApplication.translate(ctx, "Tags"),
        "tier": QCoreApplication.translate(ctx, "Tier"),
        "status": QCoreApplication.translate(ctx, "Status"),
        "segment": QCoreApplication.translate(ctx, "Segment"),
        "roles": QCoreApplication.translate(ctx, "Roles"),
        "source_channel": QCoreApplication.translate(ctx, "Source channel"),
        "updated_at": QCoreApplication.translate(ctx, "Last changed"),
        "notes": QCoreApplication.translate(ctx, "Notes"),
        "identities": QCoreApplication.translate(ctx, "Platform identities"),
        "updated_by": QCoreApplication.translate(ctx, "Changed by"),
    }


def local_time(stamp: str | None) -> str:
    """A stored UTC ISO-8601 stamp in local time, in the interface locale ('' for none)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return date_time(moment if moment.tzinfo is not None else moment.astimezone())


class RowFormatter:
    """Turns stored values into the text shown; built on the GUI thread (translations), pure after."""

    def __init__(self, keys: list[str]):
        self.keys = keys
        self.statuses = {code: status_label(code) for code in MEMBER_STATUSES}
        self.segments = segment_labels()
        self.roles = role_labels()
        self.separator = QCoreApplication.translate("MemberTableModel", ", ")

    def __call__(self, row: tuple) -> tuple[str, ...]:
        shown = []
        for key, value in zip(self.keys, row[2:]):
            if value is None or value == "":
                shown.append("")
            elif key == "status":
                shown.append(self.statuses.get(value, value))
            elif key == "segment":
                shown.append(self.segments.get(value, value))
            elif key == "roles":
                shown.append(self.separator.join(self.roles.get(r, r) for r in sorted(str(value).split(","))))
            elif key == "updated_at":
                shown.append(local_time(value))
            else:
                shown.append(str(value))
        return tuple(shown)


@dataclass(frozen=True)
class Query:
    """One version of what the model shows; generation changes whenever any of it does."""
    generation: int
    flt: mq.MemberFilter
    sort: str
    descending: bool
    total: int | None   # the confirmed row count for this generation (None until counted)


def fetch_block(conn: sqlite3.Connection, query: Query, block: int) -> list[tuple]:
    """Rows (id, version, *COLUMNS) of one block, read from whichever end is nearer."""
    offset = block * BLOCK
    total = query.total
    if total is not None and offset > total // 2:
        limit = min(BLOCK, total - offset)
        if limit <= 0:
            return []
        rows = mq.page(conn, query.flt, query.sort, not query.descending, total - offset - limit, limit)
        rows.reverse()
        return rows
    return mq.page(conn, query.flt, query.sort, query.descending, offset, BLOCK)


class BlockFetcher(QObject):
    """One thread with its own connection that reads blocks, newest request first."""

    loaded = Signal(int, int, object)    # generation, block, [(stored row, shown texts)]
    abandoned = Signal(int, int)         # generation, block: interrupted or skipped
    failed_block = Signal(int, int, str)  # generation, block, traceback ('' when the file was busy)

    def __init__(self, conn: sqlite3.Connection, wanted: Callable[[Query, int], bool],
                 formatter: Callable[[tuple], tuple]):
        super().__init__()
        self._conn = conn
        self._wanted = wanted
        self._format = formatter
        self._cond = threading.Condition()
        self._queue: list[tuple[Query, int]] = []
        self._stop = False
        self._current: tuple[Query, int] | None = None
        self._conn.set_progress_handler(self._interrupt, PROGRESS_STEPS)
        self._thread = threading.Thread(target=self._run, name="member-block-fetcher", daemon=True)
        self._thread.start()

    def request(self, query: Query, block: int) -> None:
        with self._cond:
            self._queue.append((query, block))
            self._cond.notify()

    def busy(self) -> bool:
        with self._cond:
            return bool(self._queue) or self._current is not None

    def stop(self) -> None:
        """Interrupt the running read, end the thread and close its connection."""
        with self._cond:
            self._stop = True
            self._queue.clear()
            self._cond.notify()
        self._thread.join()
        self._conn.close()

    def _interrupt(self) -> int:
        current = self._current
        return 1 if self._stop or (current is not None and not self._wanted(*current)) else 0

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._stop:
                    self._cond.wait()
                if self._stop:
                    return
                query, block = self._queue.pop()      # newest first: what the person looks at now
                self._current = (query, block)
            try:
                if not self._wanted(query, block):
                    self.abandoned.emit(query.generation, block)
                    continue
                rows = [(row, self._format(row)) for row in fetch_block(self._conn, query, block)]
            except sqlite3.OperationalError as exc:
                text = str(exc).lower()
                if "interrupt" in text:
                    if not self._stop:
                        self.abandoned.emit(query.generation, block)
                elif "locked" in text or "busy" in text:   # a teammate's long write on a shared file
                    self.failed_block.emit(query.generation, block, "")
                else:
                    self.failed_block.emit(query.generation, block, traceback.format_exc())
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc):
                    self.failed_block.emit(query.generation, block, traceback.format_exc())
                else:   # the window reopens the file read-only and offers its backups
                    damage_reports.report(exc)
                    self.abandoned.emit(query.generation, block)
            except Exception:  # a bug: shown with its traceback by the view
                self.failed_block.emit(query.generation, block, traceback.format_exc())
            else:
                self.loaded.emit(query.generation, block, rows)
            finally:
                with self._cond:
                    self._current = None


def _count_job(flt: mq.MemberFilter, with_total: bool):
    """A JobRunner function: (count of flt, count of the whole roster or None)."""
    def run(db: Database, progress, cancelled):
        db.conn.set_progress_handler(lambda: 1 if cancelled() else 0, PROGRESS_STEPS)
        try:
            count = mq.count(db.conn, flt)
            total = None
            if with_total:
                total = count if flt == mq.MemberFilter() else mq.count(db.conn, mq.MemberFilter())
            return count, total
        except sqlite3.OperationalError as exc:
            if cancelled() and "interrupt" in str(exc).lower():
                raise Cancelled() from exc
            raise
    return run


class MemberTableModel(QAbstractTableModel):
    """Members matching a MemberFilter, sorted in SQL; see the module notes for the fetching."""

    count_changed = Signal()     # the row count of the current query is known (or changed)
    rows_loaded = Signal()       # a block arrived
    failed = Signal(str, str)    # message, traceback ('' for problems the person can act on)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.jobs = None
        self.keys = list(mq.COLUMN_KEYS)
        self._titles = column_titles()
        self._fetcher: BlockFetcher | None = None
        self._query = Query(0, mq.MemberFilter(), "id", False, None)
        self._rows = 0
        self._cache: OrderedDict[int, list[tuple[tuple, tuple]]] = OrderedDict()   # block -> [(row, shown)]
        self._stale_cache = False           # a refresh keeps showing old rows until the count arrives
        self._pending: set[int] = set()
        self._failed: set[int] = set()      # blocks not asked again until the next query or refresh
        self._count_job = None
        self.roster_total: int | None = None  # members on the roster (no filter), for "x of y"
        self._viewport: tuple[int, int] | None = None

    # -- the open file ------------------------------------------------------------------
    def set_database(self, db: Database | None, jobs, flt: mq.MemberFilter | None = None) -> None:
        """Show *db* (None: nothing) through *flt* (default: the whole roster); the sort order is kept."""
        self.beginResetModel()
        self._stop_fetcher()
        self._cancel_count()
        self.db, self.jobs = db, jobs
        self._cache.clear()
        self._pending.clear()
        self._failed.clear()
        self._rows = 0
        self.roster_total = None
        self._stale_cache = False
        self._query = replace(self._query, generation=self._query.generation + 1, total=None,
                              flt=flt or mq.MemberFilter())
        if db is not None:
            self._fetcher = BlockFetcher(db.new_connection(), self._wanted, RowFormatter(self.keys))
            self._fetcher.loaded.connect(self._block_loaded)
            self._fetcher.abandoned.connect(self._block_abandoned)
            self._fetcher.failed_block.connect(self._block_failed)
        self.endResetModel()
        if db is not None:
            self._start_count(with_total=True)
            self._request(0)

    def close(self) -> None:
        self.set_database(None, None)

    def _stop_fetcher(self) -> None:
        if self._fetcher is not None:
            fetcher, self._fetcher = self._fetcher, None
            fetcher.loaded.disconnect(self._block_loaded)
            fetcher.abandoned.disconnect(self._block_abandoned)
            fetcher.failed_block.disconnect(self._block_failed)
            fetcher.stop()

    # -- what is shown ------------------------------------------------------------------
    @property
    def filter(self) -> mq.MemberFilter:
        return self._query.flt

    @property
    def sort_key(self) -> str:
        return self._query.sort

    @property
    def descending(self) -> bool:
        return self._query.descending

    @property
    def total(self) -> int | None:
        """The confirmed number of rows of the current query (None while counting)."""
        return self._query.total

    def set_filter(self, flt: mq.MemberFilter) -> None:
        if flt != self._query.flt:
            self._requery(flt=flt)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if column < 0:
            key = "id"
        elif column < len(self.keys) and self.keys[column] in mq.SORTABLE:
            key = self.keys[column]
        else:
            return  # not indexed for sorting at scale: ignored
        if (key, descending) != (self._query.sort, self._query.descending):
            self._requery(sort=key, descending=descending)

    def sort_column(self) -> int:
        return self.keys.index(self._query.sort) if self._query.sort in self.keys else -1

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.keys) and self.keys[column] in mq.SORTABLE

    def _requery(self, **changes: Any) -> None:
        self.beginResetModel()
        self._cancel_count()
        self._query = replace(self._query, generation=self._query.generation + 1, total=None, **changes)
        self._cache.clear()
        self._stale_cache = False
        self._pending.clear()
        self._failed.clear()
        self._rows = 0
        self.endResetModel()
        if self.db is not None:
            self._start_count(with_total=self.roster_total is None)
            self._request(0)

    def refresh(self) -> None:
        """Re-read after a write: same filter, sort, rows and selection; fresh values and count."""
        if self.db is None:
            return
        self._cancel_count()
        self._query = replace(self._query, generation=self._query.generation + 1, total=None)
        self._pending.clear()
        self._failed.clear()
        self._stale_cache = bool(self._cache)
        self._start_count(with_total=True)
        if not self._rows:
            self._request(0)

    def is_idle(self) -> bool:
        """No count running, no block pending (tests and benchmarks wait for this)."""
        return self._count_job is None and not self._pending and self._query.total is not None

    # -- counting -----------------------------------------------------------------------
    def _start_count(self, *, with_total: bool) -> None:
        generation = self._query.generation
        job = self.jobs.start(self.db, _count_job(self._query.flt, with_total),
                              on_done=lambda result: self._counted(generation, result),
                              on_failed=lambda message, details: self._count_failed(generation, message, details))
        # Only _cancel_count cancels, and only after this returns: connecting here cannot miss it.
        job.signals.cancelled.connect(lambda: self._count_cancelled(job))
        self._count_job = job

    def _cancel_count(self) -> None:
        if self._count_job is not None:
            self._count_job.cancel()
            self._count_job = None

    def _count_cancelled(self, job) -> None:
        if self._count_job is job:
            self._count_job = None

    def _count_failed(self, generation: int, message: str, details: str) -> None:
        if generation == self._query.generation:
            self._count_job = None
            self.failed.emit(message, details)

    def _counted(self, generation: int, result: tuple[int, int | None]) -> None:
        if generation != self._query.generation:
            return
        self._count_job = None
        count, total = result
        if total is not None:
            self.roster_total = total
        self._query = replace(self._query, total=count)
        if self._stale_cache:
            self._stale_cache = False
            self._cache.clear()
        self._resize(count)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, self.columnCount() - 1))
        self.count_changed.emit()

    def _resize(self, rows: int) -> None:
        if rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()
        elif rows < self._rows:
            self.beginRemoveRows(QModelIndex(), rows, self._rows - 1)
            self._rows = rows
            self.endRemoveRows()

    # -- blocks -------------------------------------------------------------------------
    def set_viewport(self, first_row: int, last_row: int) -> None:
        """The rows the view shows; blocks far from them are not worth finishing."""
        self._viewport = (first_row, last_row)

    def _wanted(self, query: Query, block: int) -> bool:
        """Called on the fetcher thread: is this read still worth doing?"""
        if query.generation != self._query.generation:
            return False
        viewport = self._viewport
        if viewport is None or block == 0:
            return True
        first, last = viewport
        return first // BLOCK - VIEW_MARGIN_BLOCKS <= block <= last // BLOCK + VIEW_MARGIN_BLOCKS

    def _request(self, block: int) -> None:
        if self._fetcher is None or block in self._pending or block in self._failed:
            return
        self._pending.add(block)
        self._fetcher.request(self._query, block)

    def _block_loaded(self, generation: int, block: int, rows: list[tuple]) -> None:
        if generation != self._query.generation:
            return
        self._pending.discard(block)
        if self._stale_cache:
            self._stale_cache = False
            self._cache.clear()
        self._cache[block] = rows
        self._cache.move_to_end(block)
        while len(self._cache) > MAX_BLOCKS:
            self._cache.popitem(last=False)
        if self._query.total is None and block == 0 and len(rows) > self._rows:
            self._resize(len(rows))    # rows to show before the count is known
        first = block * BLOCK
        last = min(first + BLOCK, self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.rows_loaded.emit()

    def _block_abandoned(self, generation: int, block: int) -> None:
        if generation != self._query.generation:
            return
        self._pending.discard(block)
        first = block * BLOCK
        last = min(first + BLOCK, self._rows) - 1
        if last >= first:  # if still visible, the repaint asks for it again
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0))

    def _block_failed(self, generation: int, block: int, details: str) -> None:
        if generation != self._query.generation:
            return
        self._pending.discard(block)
        self._failed.add(block)
        if details:
            self.failed.emit(self.tr("Reading members from the file failed."), details)
        else:
            self.failed.emit(self.tr("The community file is busy (someone is writing a large change). "
                                     "Press Refresh to read the rows again."), "")

    def row_data(self, row: int) -> tuple | None:
        """(id, version, *COLUMNS) of a row, or None while its block is being read."""
        if not 0 <= row < self._rows:
            return None
        block = row // BLOCK
        rows = self._cache.get(block)
        if rows is None:
            if not self._stale_cache:
                self._request(block)
            return None
        self._cache.move_to_end(block)
        position = row - block * BLOCK
        return rows[position][0] if position < len(rows) else None

    def is_loaded(self, row: int) -> bool:
        rows = self._cache.get(row // BLOCK)
        return rows is not None and row - (row // BLOCK) * BLOCK < len(rows)

    def member_id(self, row: int) -> int | None:
        data = self.row_data(row)
        return data[0] if data else None

    def member_version(self, row: int) -> int | None:
        data = self.row_data(row)
        return data[1] if data else None

    def row_of(self, member_id: int) -> int | None:
        """The row showing this member, if its block is cached."""
        for block, rows in self._cache.items():
            for position, (data, _shown) in enumerate(rows):
                if data[0] == member_id:
                    return block * BLOCK + position
        return None

    def cached_rows(self) -> dict[int, int]:
        """Row -> member id for every cached row."""
        return {block * BLOCK + position: data[0]
                for block, rows in self._cache.items() for position, (data, _shown) in enumerate(rows)}

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.keys):
                return self._titles[self.keys[section]]
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        # Called for every role of every visible cell on each paint: keep the common path short.
        if role == _DISPLAY or role == _TOOLTIP:
            row = index.row()
            block = row // BLOCK
            rows = self._cache.get(block)
            if rows is not None and row - block * BLOCK < len(rows):
                self._cache.move_to_end(block)
                return rows[row - block * BLOCK][1][index.column()]
            if rows is None and 0 <= row < self._rows and not self._stale_cache:
                self._request(block)
            return PLACEHOLDER if role == _DISPLAY and index.column() == 0 else None
        if role < ID_ROLE:
            return None
        if role == ID_ROLE:
            return self.member_id(index.row())
        if role == VERSION_ROLE:
            return self.member_version(index.row())
        if role == SORT_KEY_ROLE:
            row = self.row_data(index.row())
            return None if row is None else row[2 + index.column()]
        return None

    # flags(): QAbstractTableModel's own (enabled, selectable, no children) — not overridden, so
    # painting a cell does not call into Python for it.

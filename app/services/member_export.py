"""Export the roster (or the filtered, sorted view of it) to .xlsx or .csv, safely."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Sequence

from app.models import member_query as mq
from app.models.database import Database
from app.models.errors import UserError
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress

EXPORT_COLUMNS = ("id", *(key for key in mq.COLUMN_KEYS if key != "updated_at"), "notes", "identities",
                  "updated_at", "updated_by")
ENGLISH_HEADERS = {
    "id": "ID", "display_name": "Name", "nickname": "Nickname", "phone": "Phone", "wechat_id": "WeChat ID",
    "email": "Email", "join_date": "Join date", "sub_communities": "Sub-communities", "tags": "Tags",
    "tier": "Tier", "status": "Status", "segment": "Segment", "roles": "Roles", "source_channel": "Source channel",
    "notes": "Notes", "identities": "Platform identities", "updated_at": "Updated at (UTC)",
    "updated_by": "Updated by",
}
PAGE = 5_000


def _export_rows(db: Database, flt: mq.MemberFilter, sort: str, descending: bool, total: int,
                 progress: Progress, cancelled: CancelCheck) -> Iterator[list]:
    done = 0
    extra = {"notes": "m.notes", "identities":
             "(SELECT group_concat(platform || ':' || handle, '; ') FROM member_identities WHERE member_id = m.id)",
             "updated_by": "m.updated_by"}
    select = ", ".join(dict(mq.COLUMNS).get(key) or extra[key] if key != "id" else "m.id" for key in EXPORT_COLUMNS)
    where, params = flt.where()
    order = mq.order_by(sort, descending)
    while True:
        check_cancel(cancelled)
        rows = db.conn.execute(f"SELECT {select} FROM members m WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
                               (*params, PAGE, done)).fetchall()
        if not rows:
            return
        for row in rows:
            yield [("" if value is None else value) for value in row]
        done += len(rows)
        progress(done, total)


def export_members(db: Database, path: str | Path, *, flt: mq.MemberFilter | None = None, sort: str = "id",
                   descending: bool = False, headers: Sequence[str] | None = None,
                   progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled) -> int:
    """Write one row per member (with a header row); returns the number of members written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError("cannot export to %1: choose a .xlsx or .csv file", path.name)
    flt = flt or mq.MemberFilter()
    headers = list(headers or [ENGLISH_HEADERS[c] for c in EXPORT_COLUMNS])
    from app.services.safe_export import write_csv, write_xlsx    # openpyxl: slow to import, so when first used

    total = mq.count(db.conn, flt)
    rows = _export_rows(db, flt, sort, descending, total, progress, cancelled)
    if suffix == ".csv":                   # a file-system problem: ExportError, a UserError
        write_csv(path, headers, rows)
    else:
        write_xlsx(path, headers, rows, sheet_title="Members")
    return total

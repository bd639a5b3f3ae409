"""The member aggregate: a roster row with its identities, sub-communities, tags, roles and custom fields.

Every save is versioned (a stale save raises ConflictError) and logged with before/after
values, relations included. Deleting is soft: deleted_at is set and can be cleared again.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields as dc_fields
from typing import Iterable, Sequence

from app.models import search
from app.models.database import Database
from app.models.distinct import distinct_values
from app.models.errors import ConflictError, RowMissingError
from app.models.schema import MEMBER_STATUSES, PLATFORMS, ROLES

SCALARS = ("display_name", "nickname", "phone", "wechat_id", "email", "join_date",
           "source_channel", "status", "notes", "tier")
RELATIONS = ("identities", "sub_communities", "tags", "roles", "custom")
SEARCHED = ("display_name", "nickname", "phone", "wechat_id", "email")
# Ids per `IN (...)` list in bulk changes: well under SQLite's variable limit (999 on old builds),
# so a selection of any size works; all chunks run inside the caller's one transaction.


@dataclass
class Member:
    id: int | None = None
    display_name: str = ""
    nickname: str = ""
    phone: str | None = None
    wechat_id: str | None = None
    email: str | None = None
    join_date: str | None = None
    source_channel: str = ""
    status: str = "active"
    notes: str = ""
    tier: str = ""
    identities: list[tuple[str, str]] = field(default_factory=list)   # (platform, handle)
    sub_communities: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)
    version: int = 0
    updated_at: str = ""
    updated_by: str = ""
    deleted_at: str | None = None

    def scalars(self) -> dict:
        return {name: getattr(self, name) for name in SCALARS}

    def relations(self) -> dict:
        return {"identities": sorted(tuple(i) for i in self.identities),
                "sub_communities": sorted(self.sub_communities), "tags": sorted(self.tags),
                "roles": sorted(self.roles), "custom": dict(sorted(self.custom.items()))}

    def search_fields(self) -> list[str | None]:
        return [getattr(self, name) for name in SEARCHED] + [h for _p, h in self.identities]


# -- reading ----------------------------------------------------------------------------
def get_member(db: Database, member_id: int) -> Member:
    row = db.conn.execute("SELECT * FROM members WHERE id = ?", (member_id,)).fetchone()
    if row is None:
        raise RowMissingError("member #%1 no longer exists", member_id)
    known = {f.name for f in dc_fields(Member)}
    member = Member(**{k: row[k] for k in row.keys() if k in known})
    member.identities = [(r[0], r[1]) for r in db.conn.execute(
        "SELECT platform, handle FROM member_identities WHERE member_id = ? ORDER BY id", (member_id,))]
    member.sub_communities = [r[0] for r in db.conn.execute(
        "SELECT s.name FROM member_sub_communities l JOIN sub_communities s ON s.id = l.sub_community_id "
        "WHERE l.member_id = ? ORDER BY s.name", (member_id,))]
    member.tags = [r[0] for r in db.conn.execute(
        "SELECT t.name FROM member_tags l JOIN tags t ON t.id = l.tag_id WHERE l.member_id = ? ORDER BY t.name",
        (member_id,))]
    member.roles = [r[0] for r in db.conn.execute(
        "SELECT role FROM member_roles WHERE member_id = ? ORDER BY role", (member_id,))]
    member.custom = dict(db.conn.execute(
        "SELECT name, value FROM member_custom_fields WHERE member_id = ? ORDER BY name", (member_id,)).fetchall())
    return member


def sub_community_names(db: Database) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in db.conn.execute("SELECT id, name FROM sub_communities ORDER BY name")]


def tag_names(db: Database) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in db.conn.execute("SELECT id, name FROM tags ORDER BY name")]


def tier_names(db: Database) -> list[str]:
    """Every tier a member holds, sorted: one seek per tier on the roster's tier index, plus the
    recoverable bin's few rows (a DISTINCT over the table read a million rows)."""
    live = distinct_values(db.conn, "members", "tier", "deleted_at IS NULL")
    binned = [r[0] for r in db.conn.execute(
        "SELECT DISTINCT tier FROM members WHERE deleted_at IS NOT NULL AND tier != ''")]
    return sorted({*live, *binned})


# -- writing ----------------------------------------------------------------------------
def _check(member: Member) -> None:
    if member.status not in MEMBER_STATUSES:
        raise ValueError(f"unknown status {member.status!r}")
    for role in member.roles:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
    for platform, _handle in member.identities:
        if platform not in PLATFORMS:
            raise ValueError(f"unknown platform {platform!r}")


def _id_for(db: Database, table: str, name: str, *, versioned: bool) -> int:
    row = db.conn.execute(f"SELECT id FROM {table} WHERE name = ?", (name,)).fetchone()
    if row:
        return row[0]
    if versioned:
        return db.insert_row(table, {"name": name})
    return db.conn.execute(f"INSERT INTO {table}(name) VALUES (?)", (name,)).lastrowid


def sub_community_id(db: Database, name: str) -> int:
    return _id_for(db, "sub_communities", name, versioned=True)


def tag_id(db: Database, name: str) -> int:
    return _id_for(db, "tags", name, versioned=False)


def _write_relations(db: Database, member_id: int, member: Member) -> None:
    conn = db.conn
    for table in ("member_identities", "member_sub_communities", "member_tags", "member_roles",
                  "member_custom_fields"):
        conn.execute(f"DELETE FROM {table} WHERE member_id = ?", (member_id,))
    conn.executemany("INSERT INTO member_identities(member_id, platform, handle) VALUES (?, ?, ?)",
                     [(member_id, p, h) for p, h in dict.fromkeys(member.identities)])
    conn.executemany("INSERT INTO member_sub_communities(member_id, sub_community_id) VALUES (?, ?)",
                     [(member_id, sub_community_id(db, n)) for n in dict.fromkeys(member.sub_communities)])
    conn.executemany("INSERT INTO member_tags(member_id, tag_id) VALUES (?, ?)",
                     [(member_id, tag_id(db, n)) for n in dict.fromkeys(member.tags)])
    conn.executemany("INSERT INTO member_roles(member_id, role) VALUES (?, ?)",
                     [(member_id, r) for r in dict.fromkeys(member.roles)])
    conn.executemany("INSERT INTO member_custom_fields(member_id, name, value) VALUES (?, ?, ?)",
                     [(member_id, k, v) for k, v in member.custom.items()])
    search.index_member(conn, member_id, member.search_fields())


def create_member(db: Database, member: Member) -> int:
    _check(member)
    with db.transaction():
        now = db.clock()
        values = member.scalars()
        row = dict(values, created_at=now, updated_at=now, updated_by=db.operator, version=1)
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        member_id = db.conn.execute(f"INSERT INTO members ({columns}) VALUES ({marks})",
                                    tuple(row.values())).lastrowid
        _write_relations(db, member_id, member)
        after = {k: v for k, v in {**values, **member.relations()}.items() if v not in ("", None, [], {})}
        db.log_change("members", member_id, "insert", None, after)
    member.id, member.version = member_id, 1
    return member_id


def save_member(db: Database, member: Member, *, action: str = "update") -> int:
    """Save an edited member read at member.version; returns the new version."""
    _check(member)
    with db.transaction():
        current = get_member(db, member.id)
        if current.version != member.version:
            raise ConflictError("members", member.id, member.version, db.get_row("members", member.id))
        before = {**current.scalars(), **current.relations()}
        after = {**member.scalars(), **member.relations()}
        diff = [k for k in after if after[k] != before[k]]
        if not diff:
            return current.version
        scalar_diff = {k: after[k] for k in diff if k in SCALARS}
        sets = "".join(f"{k} = ?, " for k in scalar_diff)
        db.conn.execute(f"UPDATE members SET {sets}version = version + 1, updated_at = ?, updated_by = ? "
                        "WHERE id = ?", (*scalar_diff.values(), db.clock(), db.operator, member.id))
        _write_relations(db, member.id, member)
        db.log_change("members", member.id, action, {k: before[k] for k in diff}, {k: after[k] for k in diff})
    member.version = current.version + 1
    return member.version


def _bump(db: Database, ids: Sequence[int], sets: str, params: tuple = ()) -> None:
    db.conn.executemany(f"UPDATE members SET {sets}version = version + 1, updated_at = ?, updated_by = ? "
                        "WHERE id = ?", [(*params, db.clock(), db.operator, i) for i in ids])


def delete_members(db: Database, ids: Iterable[int]) -> int:
    """Soft delete: recoverable with restore_members; logged per member."""
    ids = sorted(set(ids))
    with db.transaction():
        live = [r[0] for r in db.select_in("SELECT id FROM members WHERE deleted_at IS NULL AND id IN ({})", ids)]
        now = db.clock()
        _bump(db, live, "deleted_at = ?, ", (now,))
        for member_id in live:
            db.log_change("members", member_id, "delete", {"deleted_at": None}, {"deleted_at": now})
    return len(live)


def restore_members(db: Database, ids: Iterable[int]) -> int:
    ids = sorted(set(ids))
    with db.transaction():
        gone = db.select_in("SELECT id, deleted_at FROM members WHERE deleted_at IS NOT NULL AND id IN ({})", ids)
        _bump(db, [r[0] for r in gone], "deleted_at = NULL, ")
        for member_id, deleted_at in gone:
            db.log_change("members", member_id, "restore", {"deleted_at": deleted_at}, {"deleted_at": None})
    return len(gone)


def _bulk_link(db: Database, ids: list[int], table: str, column: str, target: int, add: bool,
               label: str, name: str) -> int:
    """Add or remove one link for many members; log and version only members that changed."""
    have = {r[0] for r in db.select_in(
        f"SELECT member_id FROM {table} WHERE {column} = ? AND member_id IN ({{}})", ids, (target,))}
    changed = [i for i in ids if (i not in have) == add]
    if add:
        db.conn.executemany(f"INSERT INTO {table}(member_id, {column}) VALUES (?, ?)", [(i, target) for i in changed])
    else:
        db.conn.executemany(f"DELETE FROM {table} WHERE member_id = ? AND {column} = ?", [(i, target) for i in changed])
    _bump(db, changed, "")
    verb = "add" if add else "remove"
    for member_id in changed:
        db.log_change("members", member_id, "bulk", None, {f"{label}_{verb}": name})
    return len(changed)


def bulk_tag(db: Database, ids: Iterable[int], tag: str, *, add: bool = True) -> int:
    ids = list(dict.fromkeys(ids))   # a repeated id is one member: one change
    with db.transaction():
        return _bulk_link(db, ids, "member_tags", "tag_id", tag_id(db, tag), add, "tag", tag)


def bulk_move_sub_community(db: Database, ids: Iterable[int], name: str) -> int:
    """Move members into *name*: they leave their other sub-communities."""
    ids = list(ids)
    with db.transaction():
        target = sub_community_id(db, name)
        current: dict[int, list[str]] = {i: [] for i in ids}
        # Each member's links lie in one chunk, so its groups stay sorted by name.
        for member_id, group in db.select_in(
                "SELECT l.member_id, s.name FROM member_sub_communities l JOIN sub_communities s "
                "ON s.id = l.sub_community_id WHERE l.member_id IN ({}) ORDER BY s.name", list(current)):
            current[member_id].append(group)
        moving = [i for i, groups in current.items() if groups != [name]]
        db.conn.executemany("DELETE FROM member_sub_communities WHERE member_id = ?", [(i,) for i in moving])
        db.conn.executemany("INSERT INTO member_sub_communities(member_id, sub_community_id) VALUES (?, ?)",
                            [(i, target) for i in moving])
        _bump(db, moving, "")
        for member_id in moving:
            db.log_change("members", member_id, "bulk", {"sub_communities": current[member_id]},
                          {"sub_communities": [name]})
        return len(moving)


def bulk_set_status(db: Database, ids: Iterable[int], status: str) -> int:
    if status not in MEMBER_STATUSES:
        raise ValueError(f"unknown status {status!r}")
    ids = sorted(set(ids))
    with db.transaction():
        rows = db.select_in("SELECT id, status FROM members WHERE status != ? AND id IN ({})", ids, (status,))
        _bump(db, [r[0] for r in rows], "status = ?, ", (status,))
        for member_id, old in rows:
            db.log_change("members", member_id, "bulk", {"status": old}, {"status": status})
    return len(rows)

"""Filtered, sorted pages of the roster, all in SQL (the view never loads the whole table)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.models import search

# Columns the roster shows, in order: (key, SQL expression).
COLUMNS: list[tuple[str, str]] = [
    ("display_name", "m.display_name"),
    ("nickname", "m.nickname"),
    ("phone", "m.phone"),
    ("wechat_id", "m.wechat_id"),
    ("email", "m.email"),
    ("join_date", "m.join_date"),
    ("sub_communities", "(SELECT group_concat(s.name, '、') FROM member_sub_communities l "
                        "JOIN sub_communities s ON s.id = l.sub_community_id WHERE l.member_id = m.id)"),
    ("tags", "(SELECT group_concat(t.name, '、') FROM member_tags l JOIN tags t ON t.id = l.tag_id "
             "WHERE l.member_id = m.id)"),
    ("tier", "m.tier"),
    ("status", "m.status"),
    # One primary-key lookup per shown row (rfm_scores.member_id), so a block stays cheap.
    ("segment", "(SELECT segment FROM rfm_scores WHERE member_id = m.id)"),
    ("roles", "(SELECT group_concat(role, ',') FROM member_roles WHERE member_id = m.id)"),
    ("source_channel", "m.source_channel"),
    ("updated_at", "m.updated_at"),
]
COLUMN_KEYS = [key for key, _sql in COLUMNS]
# Sorting is offered where an index makes it fast at a million rows.
SORTABLE = {"display_name", "nickname", "join_date", "status", "tier", "updated_at"}
# MemberFilter.segment for members without an RFM score (no activity, or never recomputed).
NOT_SCORED = "not scored"
# The recoverable bin's member ids (read through the members_deleted index).
DELETED_IDS = "SELECT id FROM members WHERE deleted_at IS NOT NULL"


@dataclass
class MemberFilter:
    text: str = ""
    sub_community_id: int | None = None
    tier: str | None = None
    status: str | None = None
    role: str | None = None
    tag_id: int | None = None
    joined_from: str | None = None   # ISO date, inclusive
    joined_to: str | None = None     # ISO date, inclusive
    deleted: bool = False            # True: the recoverable bin instead of the roster
    segment: str | None = None       # an RFM segment code (rfm_scores.segment), or NOT_SCORED

    def where(self) -> tuple[str, list]:
        # The bin as an id list from its own index: with `deleted_at IS NOT NULL` the planner walks every
        # member in id order to find the few deleted ones.
        clauses = [f"m.id IN ({DELETED_IDS})" if self.deleted else "m.deleted_at IS NULL"]
        params: list = []
        query = search.match_query(self.text) if self.text else None
        if query:
            clauses.append(f"m.id IN ({search.matching_ids_sql()})")
            params.extend(query)
        if self.sub_community_id is not None:
            clauses.append("m.id IN (SELECT member_id FROM member_sub_communities WHERE sub_community_id = ?)")
            params.append(self.sub_community_id)
        if self.tag_id is not None:
            clauses.append("m.id IN (SELECT member_id FROM member_tags WHERE tag_id = ?)")
            params.append(self.tag_id)
        if self.role:
            clauses.append("m.id IN (SELECT member_id FROM member_roles WHERE role = ?)")
            params.append(self.role)
        if self.segment == NOT_SCORED:
            clauses.append("m.id NOT IN (SELECT member_id FROM rfm_scores)")
        elif self.segment is not None:
            clauses.append("m.id IN (SELECT member_id FROM rfm_scores WHERE segment = ?)")
            params.append(self.segment)
        for column, value in (("tier", self.tier), ("status", self.status)):
            if value is not None:
                clauses.append(f"m.{column} = ?")
                params.append(value)
        if self.joined_from:
            clauses.append("m.join_date >= ?")
            params.append(self.joined_from)
        if self.joined_to:
            clauses.append("m.join_date <= ?")
            params.append(self.joined_to)
        return " AND ".join(clauses), params


def count(conn: sqlite3.Connection, flt: MemberFilter) -> int:
    where, params = flt.where()
    return conn.execute(f"SELECT count(*) FROM members m WHERE {where}", params).fetchone()[0]


def order_by(sort: str, descending: bool) -> str:
    """The ORDER BY clause for a roster sort (ties broken by id, so pages never overlap)."""
    if sort not in SORTABLE and sort != "id":
        raise ValueError(f"cannot sort by {sort!r}")
    direction = "DESC" if descending else "ASC"
    return f"m.id {direction}" if sort == "id" else f"m.{sort} {direction}, m.id {direction}"


def page_ids(conn: sqlite3.Connection, flt: MemberFilter, sort: str = "id", descending: bool = False,
             offset: int = 0, limit: int = 200) -> list[int]:
    where, params = flt.where()
    return [r[0] for r in conn.execute(
        f"SELECT m.id FROM members m WHERE {where} ORDER BY {order_by(sort, descending)} LIMIT ? OFFSET ?",
        (*params, limit, offset))]


def rows_for(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple]:
    """The displayed columns for these ids (plus the id and version first)."""
    if not ids:
        return {}
    select = ", ".join(sql for _key, sql in COLUMNS)
    rows = conn.execute(
        f"SELECT m.id, m.version, {select} FROM members m WHERE m.id IN ({','.join('?' * len(ids))})", ids)
    return {r[0]: tuple(r) for r in rows}


def page(conn: sqlite3.Connection, flt: MemberFilter, sort: str = "id", descending: bool = False,
         offset: int = 0, limit: int = 200) -> list[tuple]:
    """Rows (id, version, *COLUMNS) of one page, in display order."""
    ids = page_ids(conn, flt, sort, descending, offset, limit)
    by_id = rows_for(conn, ids)
    return [by_id[i] for i in ids if i in by_id]

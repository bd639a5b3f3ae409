"""The distinct values of an indexed column without reading every row (a loose index scan).

`SELECT DISTINCT x FROM t` walks the whole table or index: at a million rows that is a visible
stall for a filter combo that lists a handful of values. Asking for the next value after the last
one is one index seek per value instead.
"""
from __future__ import annotations

import sqlite3


def distinct_values(conn: sqlite3.Connection, table: str, column: str, where: str = "") -> list:
    """The distinct non-empty values of *column* in *table*, in order (BINARY collation).

    *column* needs an index that leads with it (and covers *where*: for a partial index, *where*
    must repeat the index's condition word for word). *where* is trusted SQL, never user text.
    """
    condition = f"{where} AND " if where else ""
    sql = f"SELECT min({column}) FROM {table} WHERE {condition}{column} > ?"
    values: list = []
    value = conn.execute(sql, ("",)).fetchone()[0]
    while value is not None:
        values.append(value)
        value = conn.execute(sql, (value,)).fetchone()[0]
    return values

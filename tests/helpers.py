"""Small helpers shared by the test packages: read a community file the way an outsider would."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def sql(path: Path, query: str, params: tuple = ()) -> list[tuple]:
    """Rows of *query* on a fresh connection (so the app's own connection is not consulted)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def scalar(path: Path, query: str, params: tuple = ()):
    return sql(path, query, params)[0][0]

"""The roster's queries use indexes (a full scan or sort at a million members would freeze the view)."""
from __future__ import annotations

import pytest

from app.models import member_query as mq
from app.models.database import Database


@pytest.mark.parametrize("sort", sorted(mq.SORTABLE))
def test_roster_pages_are_read_from_an_index(demo_db: Database, sort: str):
    where, params = mq.MemberFilter().where()
    plan = " | ".join(r[3] for r in demo_db.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT m.id FROM members m WHERE {where} ORDER BY {mq.order_by(sort, True)} "
        "LIMIT 200 OFFSET 400", params))
    assert "USING INDEX members_sort_" in plan or "USING COVERING INDEX members_sort_" in plan, plan
    assert "TEMP B-TREE" not in plan, plan

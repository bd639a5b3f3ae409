"""Process bodies for the multi-process tests (importable by "spawn" children; no pytest, no Qt)."""
from __future__ import annotations

import traceback


def save_rounds(path: str, journal_mode: str, operator: str, field: str, rounds: int, barrier, results) -> None:
    """A teammate editing member #1: each round read it, wait until the other teammate has read it too,
    change *field* and save. A ConflictError keeps the edit: it is merged onto the row as it is now and
    saved again (what the comparison dialog's "merge" does)."""
    try:
        from app.models.database import Database
        from app.models.errors import ConflictError
        from app.models.members import get_member, save_member

        outcomes = []
        with Database(path, operator=operator, journal_mode=journal_mode) as db:
            for round_ in range(rounds):
                member = get_member(db, 1)
                read = member.version
                value = f"{operator} #{round_}"
                setattr(member, field, value)
                barrier.wait(60)                # both have read version `read`
                conflict = None
                try:
                    save_member(db, member)
                    saved = member.version
                except ConflictError as exc:
                    conflict = {"expected": exc.expected_version, "found": exc.current["version"],
                                "by": exc.current["updated_by"]}
                    fresh = get_member(db, 1)
                    setattr(fresh, field, value)
                    saved = save_member(db, fresh)
                outcomes.append({"round": round_, "read": read, "saved": saved, "value": value, "conflict": conflict})
                barrier.wait(60)                # the round is over for both
        results.put({"name": operator, "error": None, "outcomes": outcomes})
    except BaseException:
        results.put({"name": operator, "error": traceback.format_exc()})
        barrier.abort()
        raise

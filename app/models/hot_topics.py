"""Hot topics (热点) logged for a possible response: storage only; app.services.hot_topics rates them."""
from __future__ import annotations

from dataclasses import dataclass, fields as dc_fields

from app.models.content import check_utc_text
from app.models.database import Database
from app.models.errors import RowMissingError, UserError
from app.models.schema import HOT_TOPIC_KINDS, HOT_TOPIC_STATUSES

KINDS = HOT_TOPIC_KINDS            # social event, industry news, product update
STATUSES = HOT_TOPIC_STATUSES
SCORES = ("relevance", "timeliness", "spread")
TOPIC_FIELDS = ("title", "kind", *SCORES, "noted_at", "notes", "status")


@dataclass
class HotTopic:
    id: int | None = None
    title: str = ""
    kind: str = "industry"
    relevance: int = 3          # brand relevance, 1..5
    timeliness: int = 3         # how fast it moves, 1..5
    spread: int = 3             # spread value, 1..5
    noted_at: str = ""          # UTC text
    notes: str = ""
    status: str = "open"
    version: int = 0
    updated_at: str = ""
    updated_by: str = ""
    deleted_at: str | None = None

    def values(self) -> dict:
        return {name: getattr(self, name) for name in TOPIC_FIELDS}


def check_topic(topic: HotTopic) -> None:
    if not topic.title.strip():
        raise UserError("a hot topic needs a title")
    if topic.kind not in KINDS:
        raise UserError("unknown hot-topic type %1 (known: %2)", repr(topic.kind), ", ".join(KINDS))
    if topic.status not in STATUSES:
        raise UserError("unknown hot-topic status %1", repr(topic.status))
    for name in SCORES:
        value = getattr(topic, name)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            raise UserError("%1 is scored 1 to 5 (got %2)", name, repr(value))
    if not topic.noted_at:
        raise UserError("a hot topic needs the time it was noted")
    check_utc_text("noted_at", topic.noted_at)


def _from_row(row) -> HotTopic:
    known = {f.name for f in dc_fields(HotTopic)}
    return HotTopic(**{k: row[k] for k in row.keys() if k in known})


def get_topic(db: Database, topic_id: int) -> HotTopic:
    row = db.conn.execute("SELECT * FROM hot_topics WHERE id = ?", (topic_id,)).fetchone()
    if row is None:
        raise RowMissingError("hot topic #%1 no longer exists", topic_id)
    return _from_row(row)


def save_topic(db: Database, topic: HotTopic) -> int:
    """Insert (id None) or update at topic.version; returns the id."""
    check_topic(topic)
    topic.title = topic.title.strip()
    return db.save_row("hot_topics", topic, topic.values())


def list_topics(db: Database, *, include_closed: bool = False) -> list[HotTopic]:
    where = "deleted_at IS NULL" + ("" if include_closed else " AND status = 'open'")
    return [_from_row(r) for r in db.conn.execute(f"SELECT * FROM hot_topics WHERE {where} ORDER BY noted_at DESC")]


def delete_topic(db: Database, topic_id: int, expected_version: int) -> int:
    return db.update_row("hot_topics", topic_id, {"deleted_at": db.clock()}, expected_version=expected_version,
                         action="delete")

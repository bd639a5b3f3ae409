"""The hot-topic response matrix (热点响应矩阵): rate a topic, keep the board, answer it with an item.

Three topic types (social event / industry news / product update) are scored 1..5 on brand
relevance, timeliness and spread value. The weighted score gives a priority; the priority gives a
response deadline (hours after the topic was noted, from the content settings).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timedelta, timezone

from app.models import content
from app.models import hot_topics as topics
from app.models.content import ContentItem
from app.models.database import Database
from app.models.errors import ConflictError, RowMissingError, UserError
from app.models.hot_topics import HotTopic
from app.texts import Translatable, translatable

CONTEXT = "hot topics"      # the translation context of the ratings' reasons

# -- the matrix: every threshold in one place ---------------------------------------------
# Weights of the three scores (sum 1).
WEIGHTS = {"relevance": 0.4, "timeliness": 0.35, "spread": 0.25}
# Lowest score for each priority, best first; below the last one a topic is only watched.
PRIORITY_FLOORS = (("P1", 4.0), ("P2", 3.0), ("P3", 2.2))
WATCH = "watch"
PRIORITIES = (*(name for name, _ in PRIORITY_FLOORS), WATCH)
# Relevance 1 means "nothing to do with us": don't ride it, whatever else it scores.
NO_RELEVANCE = 1
# A brand riding unrelated social news is a risk: a social event needs this relevance to be answered.
SOCIAL_MIN_RELEVANCE = 3
# Our own product news is always answered: at this relevance a product update is at least P2.
PRODUCT_RELEVANCE = 4
PRODUCT_FLOOR = "P2"
# Responded topics stay on the board this long after they were answered.
RESPONDED_SHOWN = timedelta(days=7)
DONE_STATUSES = ("published", "reviewed")


@dataclass
class Rating:
    priority: str                   # P1 | P2 | P3 | watch
    score: float                    # weighted, 1.0 .. 5.0, two decimals
    hours: int | None               # the response window; None for watch
    deadline: datetime | None       # aware UTC; None for watch
    reason: Translatable            # short; str() is the English


def _score(topic: HotTopic) -> float:
    return round(sum(weight * getattr(topic, name) for name, weight in WEIGHTS.items()), 2)


def _priority(topic: HotTopic, score: float) -> tuple[str, Translatable]:
    if topic.relevance <= NO_RELEVANCE:
        return WATCH, translatable(CONTEXT, "no brand relevance")
    if topic.kind == "social" and topic.relevance < SOCIAL_MIN_RELEVANCE:
        return WATCH, translatable(CONTEXT, "social event with low brand relevance")
    priority = next((name for name, floor in PRIORITY_FLOORS if score >= floor), WATCH)
    if topic.kind == "product" and topic.relevance >= PRODUCT_RELEVANCE \
            and PRIORITIES.index(priority) > PRIORITIES.index(PRODUCT_FLOOR):
        return PRODUCT_FLOOR, translatable(CONTEXT, "our own product update (score %1)", format(score, ".2f"))
    return priority, translatable(CONTEXT, "score %1", format(score, ".2f"))


def rate(topic: HotTopic, response_hours: dict[str, int]) -> Rating:
    """The topic's priority and response deadline (noted_at + response_hours[priority])."""
    score = _score(topic)
    priority, reason = _priority(topic, score)
    if priority == WATCH:
        return Rating(priority, score, None, None, reason)
    hours = int(response_hours[priority])
    try:
        noted = content.parse_utc(topic.noted_at)
    except ValueError:
        raise UserError("hot topic %1: the time it was noted is not a time (%2)",
                        repr(topic.title), repr(topic.noted_at)) from None
    if noted.tzinfo is None:
        noted = noted.replace(tzinfo=timezone.utc)
    return Rating(priority, score, hours, noted + timedelta(hours=hours), reason)


# -- the board ------------------------------------------------------------------------------
@dataclass
class TopicRow:
    topic: HotTopic
    rating: Rating
    item_id: int | None             # the linked item planned first (None: not answered yet)
    item_status: str | None
    item_planned_at: str | None
    overdue: bool                   # open, past its deadline, and nothing linked went out
    late_plan: bool                 # the linked item is planned after the deadline


def _db_time(moment: datetime) -> str:
    """An aware datetime in the format of updated_at (milliseconds), so text comparison is exact."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def topic_board(db: Database, now: datetime) -> list[TopicRow]:
    """Open topics and those responded in the last 7 days: overdue first, then open ones by deadline,
    then responded ones by deadline; topics only watched last."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    hours = content.get_config(db)["response_hours"]
    with db.read_transaction() as conn:
        rows = conn.execute(
            "SELECT * FROM hot_topics WHERE deleted_at IS NULL AND (status = 'open' OR "
            "(status = 'responded' AND updated_at >= ?))", (_db_time(now - RESPONDED_SHOWN),)).fetchall()
        board_topics = [_topic(row) for row in rows]
        linked = _linked_items(conn, [t.id for t in board_topics])
    board = [_row(topic, rate(topic, hours), linked.get(topic.id, []), now) for topic in board_topics]
    far = datetime.max.replace(tzinfo=timezone.utc)

    def order(row: TopicRow) -> tuple:
        if row.rating.priority == WATCH:
            rank = 3
        else:
            rank = 0 if row.overdue else 1 if row.topic.status == "open" else 2
        return rank, row.rating.deadline or far, row.topic.id

    return sorted(board, key=order)


_TOPIC_FIELDS = {f.name for f in fields(HotTopic)}


def _topic(row) -> HotTopic:
    return HotTopic(**{k: row[k] for k in row.keys() if k in _TOPIC_FIELDS})


def _linked_items(conn, topic_ids: list[int]) -> dict[int, list[tuple]]:
    """Per topic: its non-deleted items as (id, status, planned_at), the earliest planned first."""
    linked: dict[int, list[tuple]] = {}
    for chunk in range(0, len(topic_ids), 500):
        part = topic_ids[chunk:chunk + 500]
        for r in conn.execute(
                f"SELECT hot_topic_id, id, status, planned_at FROM content_items WHERE deleted_at IS NULL "
                f"AND hot_topic_id IN ({','.join('?' * len(part))}) "
                "ORDER BY hot_topic_id, planned_at IS NULL, planned_at, id", part):
            linked.setdefault(r[0], []).append((r[1], r[2], r[3]))
    return linked


def _row(topic: HotTopic, rating: Rating, items: list[tuple], now: datetime) -> TopicRow:
    item_id, status, planned = items[0] if items else (None, None, None)
    went_out = any(s in DONE_STATUSES for _, s, _ in items)
    deadline = rating.deadline
    overdue = topic.status == "open" and deadline is not None and now > deadline and not went_out
    late = deadline is not None and planned is not None and content.parse_utc(planned) > deadline
    return TopicRow(topic, rating, item_id, status, planned, overdue, late)


# -- answering ------------------------------------------------------------------------------
def default_plan(rating: Rating, now: datetime) -> datetime:
    """When a response goes out by default: a quarter of the window before the deadline, on the
    hour (of *now*'s time zone), never before *now*; without a deadline, a day from now."""
    if rating.deadline is None:
        return now + timedelta(days=1)
    aim = (rating.deadline - timedelta(hours=rating.hours) / 4).astimezone(now.tzinfo)
    aim = aim.replace(minute=0, second=0, microsecond=0)
    return max(aim, now)


def respond(db: Database, topic_id: int, expected_version: int, *, now: datetime, channel_id: int | None = None,
            pillar_id: int | None = None, owner: str = "", planned_at: str | None = None) -> int:
    """Answer a topic: a drafting item linked to it, and the topic marked responded (one transaction).

    The item is titled after the topic, its body is the topic's notes, and it is planned at
    *planned_at* (UTC text) or default_plan. Returns the new item's id.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    with db.transaction():
        topic = topics.get_topic(db, topic_id)
        if topic.deleted_at is not None:
            raise RowMissingError("hot topic %1 was deleted", repr(topic.title))
        if topic.version != expected_version:
            raise ConflictError(table="hot_topics", row_id=topic_id, expected_version=expected_version,
                                current=db.get_row("hot_topics", topic_id))
        if planned_at is None:
            rating = rate(topic, content.get_config(db)["response_hours"])
            planned_at = content.utc_text(default_plan(rating, now))
        item = ContentItem(title=topic.title, body=topic.notes, channel_id=channel_id, pillar_id=pillar_id,
                           owner=owner, planned_at=planned_at, status="drafting", hot_topic_id=topic.id)
        item_id = content.create_item(db, item)
        db.update_row("hot_topics", topic_id, {"status": "responded"}, expected_version=expected_version,
                      action="respond")
    return item_id

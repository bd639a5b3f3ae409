"""The hot-topic response matrix: ratings, the board, and answering a topic with a content item."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import product
from zoneinfo import ZoneInfo

import pytest

from app.models import content
from app.models import hot_topics as topics
from app.models.database import Database
from app.models.errors import ConflictError, RowMissingError, UserError
from app.models.hot_topics import HotTopic
from app.services import hot_topics as matrix
from app.services.hot_topics import rate, respond, topic_board

HOURS = {"P1": 24, "P2": 48, "P3": 72}
NOTED = "2027-03-01T02:17:00Z"
UTC = timezone.utc


def topic(kind: str, relevance: int, timeliness: int, spread: int, **values) -> HotTopic:
    return HotTopic(title=values.pop("title", "话题"), kind=kind, relevance=relevance, timeliness=timeliness,
                    spread=spread, noted_at=values.pop("noted_at", NOTED), **values)


def at(text: str) -> datetime:
    return content.parse_utc(text)


# -- rating ---------------------------------------------------------------------------------
def test_a_beauty_brand_and_the_ai_face_swap_controversy_is_p1_within_24_hours():
    face_swap = topic("social", 4, 5, 5, title="AI换脸争议")
    rating = rate(face_swap, HOURS)
    assert (rating.priority, rating.score, rating.hours) == ("P1", 4.6, 24)
    assert rating.deadline == at("2027-03-02T02:17:00Z")


@pytest.mark.parametrize("kind, scores, priority, score, reason", [
    ("industry", (4, 4, 4), "P1", 4.0, "score 4.00"),                 # exactly on the P1 floor
    ("social", (3, 3, 3), "P2", 3.0, "score 3.00"),                   # exactly on the P2 floor
    ("industry", (4, 1, 1), "P3", 2.2, "score 2.20"),                 # exactly on the P3 floor
    ("industry", (2, 2, 2), "watch", 2.0, "score 2.00"),
    ("industry", (3, 3, 1), "P3", 2.5, "score 2.50"),
    ("product", (1, 5, 5), "watch", 3.4, "no brand relevance"),
    ("industry", (1, 5, 5), "watch", 3.4, "no brand relevance"),
    ("social", (2, 5, 5), "watch", 3.8, "social event with low brand relevance"),
    ("product", (4, 1, 1), "P2", 2.2, "our own product update (score 2.20)"),
    ("product", (5, 5, 5), "P1", 5.0, "score 5.00"),
    ("product", (3, 1, 1), "watch", 1.8, "score 1.80"),
])
def test_the_matrix(kind, scores, priority, score, reason):
    rating = rate(topic(kind, *scores), HOURS)
    assert (rating.priority, rating.score, str(rating.reason)) == (priority, score, reason)
    if priority == "watch":
        assert rating.hours is None and rating.deadline is None
    else:
        assert rating.deadline == at(NOTED) + timedelta(hours=HOURS[priority])


def test_every_combination_obeys_the_overrides():
    for kind, r, t, s in product(("social", "industry", "product"), range(1, 6), range(1, 6), range(1, 6)):
        rating = rate(topic(kind, r, t, s), HOURS)
        plain = next((p for p, floor in matrix.PRIORITY_FLOORS if rating.score >= floor), "watch")
        assert rating.score == round(0.4 * r + 0.35 * t + 0.25 * s, 2)
        if r == 1 or (kind == "social" and r < 3):
            assert rating.priority == "watch"
        elif kind == "product" and r >= 4:
            assert rating.priority == ("P1" if plain == "P1" else "P2")
        else:
            assert rating.priority == plain


def test_the_deadline_follows_the_configured_hours():
    rating = rate(topic("industry", 5, 5, 5), {"P1": 6, "P2": 12, "P3": 24})
    assert (rating.hours, rating.deadline) == (6, at("2027-03-01T08:17:00Z"))
    with pytest.raises(UserError, match="not a time"):
        rate(topic("industry", 5, 5, 5, noted_at="yesterday"), HOURS)


# -- the board ------------------------------------------------------------------------------
class Clock:
    def __init__(self, text: str):
        self.now = text

    def __call__(self) -> str:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock("2027-03-01T00:00:00.000Z")


@pytest.fixture
def clocked(db_path, clock: Clock):
    database = Database(db_path, operator="李娜", create=True, clock=clock)
    yield database
    database.close()


def add_topic(db: Database, title: str, kind: str, scores: tuple[int, int, int], noted_at: str, **values) -> int:
    return topics.save_topic(db, topic(kind, *scores, title=title, noted_at=noted_at, **values))


def add_item(db: Database, topic_id: int, planned_at: str | None, status: str = "drafting") -> int:
    return content.create_item(db, content.ContentItem(
        title="回应", planned_at=planned_at, status=status, hot_topic_id=topic_id,
        published_at=planned_at if status == "published" else None))


def test_the_board_orders_overdue_first_then_deadlines_and_watch_last(clocked: Database, clock: Clock):
    now = at("2027-03-10T12:00:00Z")
    overdue = add_topic(clocked, "过期P1", "industry", (5, 5, 5), "2027-03-09T06:00:00Z")      # due 03-10 06:00
    went_out = add_topic(clocked, "已发布", "industry", (5, 5, 5), "2027-03-09T00:00:00Z")     # due 03-10 00:00
    add_item(clocked, went_out, "2027-03-09T08:00:00Z", "published")
    late = add_topic(clocked, "排晚了", "industry", (3, 3, 3), "2027-03-09T12:00:00Z")       # P2: due 03-11 12:00
    add_item(clocked, late, "2027-03-12T09:00:00Z")
    add_item(clocked, late, None)                    # an undated draft is not "the" response
    soon = add_topic(clocked, "P1未到期", "industry", (5, 5, 5), "2027-03-10T10:00:00Z")     # due 03-11 10:00
    watch = add_topic(clocked, "只观望", "social", (2, 5, 5), "2027-03-10T11:00:00Z")
    add_topic(clocked, "已忽略", "industry", (5, 5, 5), "2027-03-10T11:00:00Z", status="dismissed")
    deleted = add_topic(clocked, "已删除", "industry", (5, 5, 5), "2027-03-10T11:00:00Z")
    topics.delete_topic(clocked, deleted, 1)
    clock.now = "2027-03-02T00:00:00.000Z"
    add_topic(clocked, "早已回应", "industry", (5, 5, 5), "2027-03-01T00:00:00Z", status="responded")
    clock.now = "2027-03-08T00:00:00.000Z"
    recent = add_topic(clocked, "近期回应", "industry", (5, 5, 5), "2027-03-07T00:00:00Z", status="responded")

    board = topic_board(clocked, now)
    assert [row.topic.title for row in board] == ["过期P1", "已发布", "P1未到期", "排晚了", "近期回应", "只观望"]
    rows = {row.topic.id: row for row in board}
    assert rows[overdue].overdue and rows[overdue].item_id is None and not rows[overdue].late_plan
    assert not rows[went_out].overdue and rows[went_out].item_status == "published"
    assert rows[late].late_plan and not rows[late].overdue
    assert (rows[late].item_planned_at, rows[late].item_status) == ("2027-03-12T09:00:00Z", "drafting")
    assert not rows[soon].overdue and rows[soon].rating.deadline == at("2027-03-11T10:00:00Z")
    assert rows[watch].rating.priority == "watch" and not rows[watch].overdue
    assert not rows[recent].overdue                   # past its deadline, but answered
    # A responded topic stays on the board for seven days after it was answered.
    assert "近期回应" in [row.topic.title for row in topic_board(clocked, at("2027-03-14T23:59:00Z"))]
    later = [row.topic.title for row in topic_board(clocked, at("2027-03-16T00:01:00Z"))]
    assert "近期回应" not in later and "过期P1" in later


def test_the_board_needs_an_aware_time(db: Database):
    with pytest.raises(ValueError):
        topic_board(db, datetime(2027, 3, 1))


# -- answering ------------------------------------------------------------------------------
def test_respond_creates_a_drafting_item_and_marks_the_topic(db: Database):
    channel = content.channel_id(db, "小红书")
    topic_id = add_topic(db, "AI换脸争议", "social", (4, 5, 5), NOTED, notes="立场：反对滥用，强调真实妆效")
    item_id = respond(db, topic_id, 1, now=at("2027-03-01T03:00:00Z"), channel_id=channel, owner="王芳")
    item = content.get_item(db, item_id)
    assert (item.title, item.body, item.status, item.hot_topic_id, item.channel_id, item.owner) == (
        "AI换脸争议", "立场：反对滥用，强调真实妆效", "drafting", topic_id, channel, "王芳")
    # Deadline 03-02 02:17; a quarter of the 24 h window earlier is 03-01 20:17, on the hour 20:00.
    assert item.planned_at == "2027-03-01T20:00:00Z"
    answered = topics.get_topic(db, topic_id)
    assert (answered.status, answered.version) == ("responded", 2)
    assert [h["action"] for h in db.history("hot_topics", topic_id)] == ["insert", "respond"]


def test_the_default_plan_is_on_the_hour_of_now_and_never_before_now(db: Database):
    first = add_topic(db, "甲", "social", (4, 5, 5), NOTED)
    kolkata = ZoneInfo("Asia/Kolkata")             # UTC+05:30: its hours fall on the half hour in UTC
    item_id = respond(db, first, 1, now=at("2027-03-01T03:00:00Z").astimezone(kolkata))
    assert content.get_item(db, item_id).planned_at == "2027-03-01T19:30:00Z"
    late = add_topic(db, "乙", "social", (4, 5, 5), NOTED)
    now = at("2027-03-02T01:00:00Z")               # past 20:17 already
    assert content.get_item(db, respond(db, late, 1, now=now)).planned_at == "2027-03-02T01:00:00Z"
    watch = add_topic(db, "丙", "industry", (1, 3, 3), NOTED)
    assert content.get_item(db, respond(db, watch, 1, now=now)).planned_at == "2027-03-03T01:00:00Z"
    given = add_topic(db, "丁", "industry", (5, 5, 5), NOTED)
    chosen = respond(db, given, 1, now=now, planned_at="2027-03-05T08:00:00Z")
    assert content.get_item(db, chosen).planned_at == "2027-03-05T08:00:00Z"


def count_items(db: Database) -> int:
    return db.conn.execute("SELECT count(*) FROM content_items").fetchone()[0]


def test_respond_is_versioned_and_all_or_nothing(db: Database):
    topic_id = add_topic(db, "行业新规", "industry", (4, 4, 4), NOTED)
    edited = topics.get_topic(db, topic_id)
    edited.notes = "同事补充"
    topics.save_topic(db, edited)
    with pytest.raises(ConflictError):
        respond(db, topic_id, 1, now=at(NOTED))
    with pytest.raises(UserError, match="planned_at is not a time"):
        respond(db, topic_id, 2, now=at(NOTED), planned_at="next Friday")
    assert count_items(db) == 0
    assert (topics.get_topic(db, topic_id).status, topics.get_topic(db, topic_id).version) == ("open", 2)
    topics.delete_topic(db, topic_id, 2)
    with pytest.raises(RowMissingError, match="deleted"):
        respond(db, topic_id, 3, now=at(NOTED))
    assert count_items(db) == 0

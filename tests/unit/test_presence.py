"""Who else is here: PresenceTracker judges teammates' sessions by this machine's monotonic clock."""
from __future__ import annotations

from dataclasses import replace

import pytest

from app.models import sessions
from app.models.sessions import PresenceTracker, Session

NOW = "2025-03-05T10:00:00.000Z"
GONE = 50.0


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def session(token: str, operator: str, *, seen_at: str = NOW, beat: int = 0, activity: str = "") -> Session:
    return Session(token=token, operator=operator, host="PC-" + token, pid=1, app_version="1",
                   started_at="2025-03-05T09:00:00.000Z", seen_at=seen_at, beat=beat, activity=activity)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def tracker(clock: Clock) -> PresenceTracker:
    return PresenceTracker("me", monotonic=clock, gone_after=GONE)


def tokens(present: list[Session]) -> list[str]:
    return [s.token for s in present]


def test_own_session_is_never_listed(tracker):
    assert tokens(tracker.update([session("me", "李娜"), session("w", "王芳")], NOW)) == ["w"]


def test_first_sight_trusts_a_recent_stored_time(tracker):
    recent = session("w", "王芳", seen_at="2025-03-05T09:59:30.000Z")      # 30 s before NOW
    stale = session("z", "张伟", seen_at="2025-03-05T09:58:00.000Z")       # 120 s before NOW: a crashed app
    assert tokens(tracker.update([recent, stale], NOW)) == ["w"]


def test_first_sight_counts_the_age_already_spent(tracker, clock):
    teammate = session("w", "王芳", seen_at="2025-03-05T09:59:30.000Z")    # 30 s old at first sight
    assert tokens(tracker.update([teammate], NOW)) == ["w"]
    clock.now += GONE - 30 - 1
    assert tokens(tracker.update([teammate], NOW)) == ["w"]
    clock.now += 2                                                        # 51 s without a beat in all
    assert tokens(tracker.update([teammate], NOW)) == []


def test_gone_after_missed_beats_and_back_when_the_beat_moves(tracker, clock):
    teammate = session("w", "王芳", beat=3)
    assert tokens(tracker.update([teammate], NOW)) == ["w"]
    clock.now += GONE                                     # exactly at the limit: still here
    assert tokens(tracker.update([teammate], NOW)) == ["w"]
    clock.now += 1
    assert tokens(tracker.update([teammate], NOW)) == []
    clock.now += 100
    assert tokens(tracker.update([replace(teammate, beat=4)], NOW)) == ["w"]


def test_a_beating_session_stays_present_whatever_its_stored_time_says(tracker, clock):
    teammate = session("w", "王芳", seen_at="2025-03-05T10:00:00.000Z")
    for beat in range(1, 8):                                              # 7 beats, 15 s apart
        clock.now += sessions.HEARTBEAT_SECONDS
        assert tokens(tracker.update([replace(teammate, beat=beat)], NOW)) == ["w"]


def test_clock_ahead_of_ours_does_not_make_a_teammate_immortal(tracker, clock):
    """Their clock runs 10 minutes fast: their stored time lies in our future. The beat decides."""
    ahead = session("w", "王芳", seen_at="2025-03-05T10:10:00.000Z", beat=1)
    assert tokens(tracker.update([ahead], NOW)) == ["w"]
    clock.now += GONE + 1
    assert tokens(tracker.update([ahead], NOW)) == []


def test_clock_behind_ours_shows_the_teammate_after_one_beat(tracker, clock):
    """Their clock runs 10 minutes slow: the first stored time looks stale; the next beat proves them here."""
    behind = session("w", "王芳", seen_at="2025-03-05T09:50:00.000Z", beat=1)
    assert tokens(tracker.update([behind], NOW)) == []
    clock.now += sessions.HEARTBEAT_SECONDS
    assert tokens(tracker.update([replace(behind, beat=2, seen_at="2025-03-05T09:50:15.000Z")], NOW)) == ["w"]


def test_a_session_that_left_is_forgotten(tracker, clock):
    teammate = session("w", "王芳", beat=5)
    assert tokens(tracker.update([teammate], NOW)) == ["w"]
    assert tracker.update([], NOW) == []
    clock.now += 1
    # Seen again later (same token, e.g. rejoined after a restore) it is judged afresh by its stored time.
    assert tokens(tracker.update([replace(teammate, seen_at="2025-03-05T09:40:00.000Z")], NOW)) == []


def test_present_sessions_keep_the_table_order_and_their_activity(tracker):
    rows = [session("a", "王芳"), session("me", "李娜"), session("b", "张伟", activity="importing members")]
    present = tracker.update(rows, NOW)
    assert [(s.operator, s.activity) for s in present] == [("王芳", ""), ("张伟", "importing members")]


def test_join_heartbeat_and_leave_on_a_real_file(db_path):
    from app.models.database import Database

    with Database(db_path, operator="李娜", create=True) as mine, Database(db_path, operator="王芳") as theirs:
        clock = Clock()
        tracker = PresenceTracker(mine.session_token, monotonic=clock, gone_after=GONE)
        assert sessions.join(mine) and sessions.join(theirs)
        present = tracker.update(sessions.all_sessions(mine), mine.clock())
        assert [(s.operator, s.token) for s in present] == [("王芳", theirs.session_token)]
        clock.now += GONE + 1
        assert tracker.update(sessions.all_sessions(mine), mine.clock()) == []      # no beat since
        assert sessions.heartbeat(theirs)
        assert tokens(tracker.update(sessions.all_sessions(mine), mine.clock())) == [theirs.session_token]
        assert sessions.leave(theirs)
        assert tracker.update(sessions.all_sessions(mine), mine.clock()) == []

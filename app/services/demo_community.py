"""The whole demo community in one job: the roster, the content plan, a year of activities, 120 days of
chat activity with a first recompute, the moderation queue and some history — what `demo` on the command
line builds, with one progress bar over every part (the first-run dialog runs it off the GUI thread).

Each part lands whole or not at all; a cancel between parts leaves the parts before it (the first run
builds into a new file and deletes it when cancelled).
"""
from __future__ import annotations

from dataclasses import dataclass

from app.models.database import Database
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress

# Each part's share of the progress bar (roughly its share of the time).
WEIGHTS = {"roster": 10, "content": 5, "activities": 25, "activity": 50, "moderation": 5, "history": 5}
TOTAL = sum(WEIGHTS.values())


@dataclass(frozen=True)
class DemoSummary:
    members: int
    content_items: int
    activities: int
    events: int
    cases: int


def build_demo_community(db: Database, *, members: int = 500, seed: int = 42, with_activity: bool = True,
                         progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled) -> DemoSummary:
    """Fill an empty file with the demo community 燃跑 · 运动生活社群; progress runs 0..TOTAL over all parts."""
    from app.services.demo import build_demo
    from app.services.demo_activities import add_demo_activities
    from app.services.demo_activity import add_demo_activity
    from app.services.demo_content import add_demo_content
    from app.services.demo_history import add_demo_history
    from app.services.demo_moderation import add_demo_moderation

    done = 0

    def part(name: str) -> Progress:
        def report(step: int, steps: int) -> None:
            share = WEIGHTS[name] * min(step, steps) // steps if steps else 0
            progress(done + share, TOTAL)
        return report

    def finished(name: str) -> None:
        nonlocal done
        done += WEIGHTS[name]
        progress(done, TOTAL)
        check_cancel(cancelled)

    progress(0, TOTAL)
    added = build_demo(db, members=members, seed=seed, progress=part("roster"), cancelled=cancelled)
    finished("roster")
    items = add_demo_content(db, seed=seed)
    finished("content")
    activities = events = cases = 0
    if with_activity:   # activities first: the chat's recompute then counts their attendance
        activities = add_demo_activities(db, seed=seed, progress=part("activities"), cancelled=cancelled)
        finished("activities")
        add_demo_activity(db, seed=seed, progress=part("activity"), cancelled=cancelled)
        finished("activity")
        cases = add_demo_moderation(db, seed=seed)
        finished("moderation")
        add_demo_history(db, seed=seed)
        events = db.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    progress(TOTAL, TOTAL)
    return DemoSummary(added, items, activities, events, cases)

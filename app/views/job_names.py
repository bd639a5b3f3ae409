"""A long write names itself for teammates while it runs ("王芳 is importing members"): the activity of
this app's session, which a teammate who meets the lock is shown (app.models.sessions)."""
from __future__ import annotations

from typing import Callable

from app.models import sessions
from app.models.database import Database


def announced(db: Database, activity: str, then: Callable[[], None] | None = None) -> Callable[[], None]:
    """Name the job about to start (*activity*: short English text) now; returns the job's on_ended
    handler, which clears the name and then calls *then*. Works for thread and process jobs alike: the name is
    set on this app's session, whatever connection the job writes through."""
    sessions.set_activity(db, activity)

    def ended() -> None:
        sessions.set_activity(db, "")
        if then is not None:
            then()
    return ended

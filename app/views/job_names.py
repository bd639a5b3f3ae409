"""A long write names itself for teammates while it runs ("王芳 is importing members"): the activity of
this app's session, which a teammate who meets the lock is shown (app.models.sessions).

The name is stored in English (teammates may work in other languages) and shown translated with
activity_text(). Every name a job uses is listed in ACTIVITIES, marked for translation here.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models import sessions
from app.models.database import Database

CONTEXT = "JobNames"
ACTIVITIES = (
    QT_TRANSLATE_NOOP("JobNames", "importing members"),             # import_wizard
    QT_TRANSLATE_NOOP("JobNames", "importing chat events"),         # event_import_dialog
    QT_TRANSLATE_NOOP("JobNames", "importing check-ins"),           # checkin_import_dialog
    QT_TRANSLATE_NOOP("JobNames", "recomputing tiers and points"),  # tabs/members
    QT_TRANSLATE_NOOP("JobNames", "scanning messages"),             # tabs/moderation
    QT_TRANSLATE_NOOP("JobNames", "backing up the file"),           # app.services.backups
)


def activity_text(activity: str) -> str:
    """A session's activity as stored (English) in the interface language."""
    return QCoreApplication.translate(CONTEXT, activity) if activity else ""


def announced(db: Database, activity: str, then: Callable[[], None] | None = None) -> Callable[[], None]:
    """Name the job about to start (*activity*: one of ACTIVITIES) now; returns the job's on_ended
    handler, which clears the name and then calls *then*. Works for thread and process jobs alike: the name is
    set on this app's session, whatever connection the job writes through."""
    sessions.set_activity(db, activity)

    def ended() -> None:
        sessions.set_activity(db, "")
        if then is not None:
            then()
    return ended

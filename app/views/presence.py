"""The status bar's "who else is here" texts, from the sessions LiveRefresh reports present."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.sessions import Session
from app.views.i18n import fmt, tr
from app.views.job_names import activity_text
from app.views.member_table_model import local_time

CONTEXT = "Presence"


def person(session: Session) -> str:
    """'王芳' or '王芳 (importing members)' while a long write of theirs runs."""
    name = session.operator or tr(CONTEXT, "someone")
    return fmt(tr(CONTEXT, "%1 (%2)"), name, activity_text(session.activity)) if session.activity else name


def presence_text(present: list[Session]) -> str:
    if not present:
        return tr(CONTEXT, "Only you")
    return fmt(tr(CONTEXT, "Also here: %1"), QCoreApplication.translate(CONTEXT, ", ").join(map(person, present)))


def presence_tooltip(present: list[Session]) -> str:
    if not present:
        return tr(CONTEXT, "Nobody else has this file open.")
    lines = [fmt(tr(CONTEXT, "%1 — on %2 since %3"), person(s), s.host or "?", local_time(s.started_at))
             for s in present]
    return "\n".join([tr(CONTEXT, "Also working in this file:"), *lines])

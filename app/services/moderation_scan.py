"""Scan message events for sensitive words and open one case per message that hits.

Messages are scanned once: the id of the last message scanned is kept in meta, and a message that
already has a case never gets a second one (rescan_all re-reads every message after the word lists
change). The messages are read first and the cases written in one short transaction, so a teammate
is not locked out during a long scan; a cancelled scan writes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from app.models import moderation as mod
from app.models.database import Database
from app.services.jobs import Cancelled
from app.services.word_matcher import Matcher, Word, highest_level

SCANNED_THROUGH_KEY = "moderation.scanned_through"
CHUNK = 20_000
EXCERPT_CHARS = 2000


@dataclass
class ScanReport:
    scanned: int = 0
    cases: dict[str, int] = field(default_factory=lambda: {level: 0 for level in mod.LEVELS})
    no_words: bool = False

    def as_json(self) -> dict:
        return {"scanned": self.scanned, "cases": dict(self.cases)}

    @property
    def opened(self) -> int:
        return sum(self.cases.values())


def load_matcher(db: Database) -> Matcher:
    return Matcher((Word(w.word, w.level, w.category) for w in mod.list_words(db)),
                   (phrase for phrase, _norm in mod.list_allowed(db)))


def scan_messages(db: Database, rescan_all: bool = False, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ScanReport:
    """Scan the message events not scanned yet (all of them with *rescan_all*); open the cases."""
    report = ScanReport()
    matcher = load_matcher(db)
    if not matcher:
        report.no_words = True
        return report
    after = 0 if rescan_all else int(db.get_meta(SCANNED_THROUGH_KEY) or 0)
    last = db.conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0
    total = db.conn.execute("SELECT count(*) FROM events WHERE kind = 'message' AND id > ? AND id <= ?",
                            (after, last)).fetchone()[0]
    config = mod.get_config(db)
    hits_of: dict[int, list] = {}
    conn = db.new_connection()
    conn.row_factory = None        # plain tuples: the bulk of the time is reading a million rows
    cursor = conn.execute("SELECT id, text FROM events WHERE kind = 'message' AND id > ? AND id <= ? ORDER BY id",
                          (after, last))
    try:
        while rows := cursor.fetchmany(CHUNK):
            if cancelled and cancelled():
                raise Cancelled()
            hits_of.update(matcher.scan(rows))
            report.scanned += len(rows)
            if progress:
                progress(report.scanned, total)
    finally:
        conn.close()
    # The details of the (few) messages that hit, read once.
    found = [_case_for(event_id, text, ts, platform, member_id, hits_of[event_id])
             for event_id, text, ts, platform, member_id in db.select_in(
                 "SELECT id, text, ts, platform, member_id FROM events WHERE id IN ({})", sorted(hits_of))]
    if cancelled and cancelled():
        raise Cancelled()
    with db.transaction():
        opened_at = db.clock()
        for case in found:
            case.opened_at = opened_at
            case.due_at = mod.due_at(opened_at, case.level, config)
        for case in mod.insert_scan_cases(db, found):
            report.cases[case.level] += 1
        if last > int(db.get_meta(SCANNED_THROUGH_KEY) or 0):
            db.set_meta(SCANNED_THROUGH_KEY, str(last))
        db.log_change("moderation_cases", None, "scan", None,
                      {"scanned": report.scanned, "opened": report.cases, "rescan_all": rescan_all})
    return report


def _case_for(event_id: int, text: str, ts: str, platform: str, member_id: int, hits) -> mod.Case:
    level = highest_level(hits)
    category = next(h.category for h in hits if h.level == level)
    return mod.Case(source="word_hit", event_id=event_id, excerpt=text[:EXCERPT_CHARS], message_at=ts,
                    platform=platform, member_id=member_id, category=category, level=level,
                    hits=[[h.word, h.level, h.category, h.start, h.end] for h in hits])


def scan_summary(report: ScanReport) -> str:
    """One line for the CLI and the status bar."""
    if report.no_words:
        return "scan: no sensitive words yet (import words FILE first); nothing scanned"
    levels = ", ".join(f"{level} {report.cases[level]}" for level in mod.LEVELS)
    return f"scan: {report.scanned} messages scanned, {report.opened} cases opened ({levels})"


def import_and_scan(db: Database, path, fmt: str = "auto", *, date_format: str | None = None, tz: str | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None):
    """Import events, then scan the new messages (report.scan). The import lands first; the scan that
    follows is not cancellable (a cancel after the import would misreport it as not imported)."""
    from app.services.event_import import import_events
    from app.services.jobs import never_cancelled, no_progress

    report = import_events(db, path, fmt, date_format=date_format, tz=tz, progress=progress or no_progress,
                           cancelled=cancelled or never_cancelled)
    if report.added:
        report.scan = scan_messages(db)
    return report

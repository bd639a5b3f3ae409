"""The contract of a long job: a progress callback and a cancel check (no Qt here)."""
from __future__ import annotations

from typing import Callable

Progress = Callable[[int, int], None]   # (done, total); total 0 when unknown
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """Raised by a job that noticed its cancel check; it has rolled back its writes."""


def no_progress(done: int, total: int) -> None:
    pass


def never_cancelled() -> bool:
    return False


def check_cancel(cancelled: CancelCheck) -> None:
    if cancelled():
        raise Cancelled()


# -- running a job in a child process ---------------------------------------------------
# CPU-bound Python holds the GIL; in a thread it steals time from the GUI thread (long
# C calls such as parsing a large document freeze it outright). The heaviest jobs run in
# a child process instead; these are the child's side of that conversation (no Qt).

PROGRESS_EVERY_S = 0.1


def resolve_target(target: str):
    """'package.module:function' -> the function."""
    import importlib

    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


BACKGROUND_NICENESS = 10


def yield_cpu_to_the_window(*, whole_process: bool = False) -> None:
    """Run the calling thread (or the whole process) at a lower CPU priority, so background work never starves the
    window's thread on a busy machine (2 cores: an import child, a backup and the window). POSIX only: Windows keeps
    the normal priority."""
    import os
    import sys
    import threading

    try:
        if whole_process and hasattr(os, "nice"):
            os.nice(BACKGROUND_NICENESS)
        elif sys.platform.startswith("linux"):       # Linux threads carry their own nice value
            thread = threading.get_native_id()
            if os.getpriority(os.PRIO_PROCESS, thread) < BACKGROUND_NICENESS:
                os.setpriority(os.PRIO_PROCESS, thread, BACKGROUND_NICENESS)
    except OSError:
        pass         # not allowed here: run at the normal priority


def run_in_child(messages, cancel_event, db_path: str, operator: str, journal_mode: str,
                 target: str, kwargs: dict, session_token: str | None = None) -> None:
    """Child process entry: open the file, run target(db, **kwargs, progress=, cancelled=), report back.

    Messages: ("progress", done, total), then one of ("done", result), ("cancelled",),
    ("failed", message, traceback) — for a user-level problem the message is a Translatable (str(): the English;
    app.services.sentences.of_error) the window shows translated, and the traceback is ''.
    """
    import time
    import traceback

    from app.models.database import Database
    from app.models.errors import UserError

    yield_cpu_to_the_window(whole_process=True)
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S or (total and done >= total):
            last[0] = now
            messages.put(("progress", done, total))

    try:
        with Database(db_path, operator=operator, journal_mode=journal_mode, session_token=session_token) as db:
            result = resolve_target(target)(db, progress=progress, cancelled=cancel_event.is_set, **kwargs)
    except Cancelled:
        messages.put(("cancelled",))
    except UserError as exc:
        from app.services.sentences import of_error

        messages.put(("failed", of_error(exc), ""))
    except BaseException as exc:  # reported to the parent, which shows it; never swallowed
        messages.put(("failed", f"{type(exc).__name__}: {exc}", traceback.format_exc()))
    else:
        messages.put(("done", result))

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

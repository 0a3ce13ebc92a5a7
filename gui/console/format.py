"""How the console writes times and distances in time. Plain functions, no Qt.

The words themselves (codes, the one date format, plurals, durations) are core/words.py's,
shared with the console's filters; this module adds the console's own phrasings.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from core import words
from core.words import duration, plural, readable, when

__all__ = ["clock", "duration", "label", "plural", "readable", "until", "when"]


def clock(at: datetime) -> str:
    """The big clock: the one date format with its weekday, ``Mon 2 Mar 2026, 09:00:05``."""
    return f"{at:%a} {when(at)}"


def until(due: datetime, now: datetime) -> str:
    """How far away a due date is: ``in 30 days``, ``in 5 hours``, ``due now``."""
    delta = due - now
    if delta <= timedelta(0):
        return "due now"
    if delta < timedelta(days=1):
        hours = -(-int(delta.total_seconds()) // 3600)
        return f"in {plural(hours, 'hour')}"
    days = delta.days + (1 if delta.seconds or delta.microseconds else 0)
    return f"in {plural(days, 'day')}"


def label(value: str) -> str:
    """A status word as shown on a chip: ``on-premise`` -> ``On-premise``."""
    return words.status(value)

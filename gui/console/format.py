"""How the console writes times and distances in time. Plain functions, no Qt."""

from __future__ import annotations

from datetime import datetime, timedelta


def when(at: datetime | None) -> str:
    """``2 Mar 2026, 09:00`` (simulated UTC)."""
    if at is None:
        return ""
    return f"{at.day} {at:%b %Y, %H:%M}"


def clock(at: datetime) -> str:
    """The big clock: ``Mon 2 Mar 2026 · 09:00``."""
    return f"{at:%a} {at.day} {at:%b %Y} · {at:%H:%M}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


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
    return (value or "").replace("_", " ").capitalize()

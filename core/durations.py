"""Durations as people write them for the clock ("30d", "12h", "1w", "90m"): --advance,
advanceClock. No database here, so reading a flow (main.py check) needs no SQLAlchemy."""

from __future__ import annotations

import re
from datetime import timedelta

from core.errors import DomainError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(w|d|h|m|s)\s*$", re.IGNORECASE)
_SECONDS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
MAX_ADVANCE = timedelta(days=36500)  # one --advance / advanceClock moves at most 100 years


def parse_duration(text: str) -> timedelta:
    """"30d", "12h", "1w", "90m" -> timedelta; a readable error otherwise."""
    parts = re.findall(r"\d+(?:\.\d+)?\s*[wdhms]", str(text).strip(), re.IGNORECASE)
    if not parts or "".join(parts).replace(" ", "") != str(text).replace(" ", ""):
        raise DomainError(f"Not a duration: {text!r}. Write e.g. 30d, 12h, 1w or 90m.")
    # The bound is checked on plain seconds before any timedelta is built: timedelta itself
    # overflows (OverflowError) long before a float does (``1e12d``), and ``1e400`` is inf.
    seconds = 0.0
    for part in parts:
        value, unit = _DURATION.match(part).groups()
        seconds += float(value) * _SECONDS[unit.lower()]
    if not seconds <= MAX_ADVANCE.total_seconds():
        raise DomainError(f"{text!r} is more than 100 years.")
    return timedelta(seconds=seconds)

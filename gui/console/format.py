"""How the console writes times and distances in time, in the current language.

The words themselves (codes, the one date format, plurals, durations) are core/words.py's,
shared with the console's filters; this module adds the console's own phrasings (translated
with the console's catalogue, context "Console").
"""

from __future__ import annotations

from datetime import datetime, timedelta

from core import i18n, words
from core.words import duration, plural, readable, when
from gui.counts import CONSOLE
from gui.i18n import translate

__all__ = ["clock", "duration", "label", "plural", "readable", "until", "weekday", "when"]


def clock(at: datetime) -> str:
    """The big clock: the one date format with its weekday, ``Mon 2 Mar 2026, 09:00:05``."""
    return translate("Console", "{weekday} {when}").format(weekday=weekday(at), when=when(at))


def weekday(at: datetime) -> str:
    """The short name of the day in the current language: ``Mon``, ``Mo.``, ``пн``."""
    language = i18n.current()
    if language in (i18n.SOURCE, i18n.PSEUDO):
        return i18n.pseudo(f"{at:%a}") if language == i18n.PSEUDO else f"{at:%a}"
    from babel.dates import format_date

    return format_date(at, "EEE", locale=i18n.babel_locale(language))


def until(due: datetime, now: datetime) -> str:
    """How far away a due date is: ``in 30 days``, ``in 5 hours``, ``due now``."""
    delta = due - now
    if delta <= timedelta(0):
        return translate("Console", "due now")
    if delta < timedelta(days=1):
        hours = -(-int(delta.total_seconds()) // 3600)
        return CONSOLE.in_hours(hours)
    days = delta.days + (1 if delta.seconds or delta.microseconds else 0)
    return CONSOLE.in_days(days)


def label(value: str) -> str:
    """A status word as shown on a chip: ``on-premise`` -> ``On-premise``."""
    return words.status(value)

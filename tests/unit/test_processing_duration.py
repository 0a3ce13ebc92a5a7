"""Durations for --advance and advanceClock; backoff delays for email retries."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.errors import DomainError
from core.mail.dispatch import MAX_BACKOFF, backoff_delay
from core.processing import parse_duration


@pytest.mark.parametrize(("text", "expected"), [
    ("30d", timedelta(days=30)), ("12h", timedelta(hours=12)), ("1w", timedelta(weeks=1)),
    ("90m", timedelta(minutes=90)), ("29d 1h", timedelta(days=29, hours=1)),
    (" 2D ", timedelta(days=2)), ("1.5d", timedelta(hours=36)),
])
def test_durations_are_read_like_people_write_them(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "30", "d", "3x", "-1d", "30 days", "1d 2q"])
def test_a_bad_duration_says_how_to_write_one(text):
    with pytest.raises(DomainError, match="Write e.g. 30d"):
        parse_duration(text)


def test_retries_back_off_exponentially_up_to_a_cap():
    assert [backoff_delay(n, 30).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff_delay(40, 30) == MAX_BACKOFF

"""The demo's closing card: what happened in a world, in the article's words, with dates."""

from __future__ import annotations

from datetime import datetime, timedelta

from core import processing, services, story


def _do(store, fn, *args, **kwargs):
    with store.uow("test") as uow:
        return fn(uow, *args, **kwargs)


def _read(store, fn, *args, **kwargs):
    with store.reader() as uow:
        return fn(uow, *args, **kwargs)


def test_a_world_without_requests_says_so(store):
    told = story.told(_read(store, story.story))
    assert told == ["No deletion request was sent."]


def test_a_completed_deletion_is_told_with_both_dates_and_the_articles_consequences(store):
    _do(store, services.sign_in, "anna", "acme.bitrix24.com")
    _do(store, services.browser_login, "anna@acme.example", "Anna-pass-1")
    _do(store, services.send_request, "Leaving", 7, True, sole_admin_confirmed=True)
    pending = story.told(_read(store, story.story))
    assert pending[0].startswith("2 Mar 2026: Anna Petrova sent a request to delete")
    assert "by 1 Apr 2026" in pending[0]
    processing.advance_clock(store, timedelta(days=30), "test")
    s = _read(store, story.story)
    told = "\n".join(story.told(s))
    assert "1 Apr 2026: the request was processed and the profile deleted" in told
    assert "marked as Dismissed in the list of employees" in told
    assert "until the Bitrix24 administrator deletes them" in told
    assert "Bitrix24 Network profile was deleted completely" in told
    assert "anna@acme.example" in told
    assert "within 30 days" not in told   # no longer pending: no promise about the future
    assert story.span(s) == "2 Mar 2026 \u2013 1 Apr 2026"


def test_a_cancelled_request_says_nothing_was_deleted():
    row = story.RequestRow(1, "anna", "Anna Petrova", "acme.bitrix24.com", "cancelled", "x",
                           datetime(2026, 3, 2, 9), datetime(2026, 4, 1, 9), None,
                           datetime(2026, 3, 5, 9))
    s = story.Story((row,), {"anna": "active"}, {"anna": "a@x"}, {"acme.bitrix24.com": "Acme"},
                    {"acme.bitrix24.com": "active"}, {"request_received": 1}, 1)
    told = story.told(s)
    assert told[1].startswith("5 Mar 2026: the request was cancelled")
    assert told[-1] == "1 email in all, each one in the simulator's outbox."


def test_the_story_is_told_in_the_current_language(store):
    from core import i18n

    with i18n.use("pseudo"):
        (line,) = story.told(_read(store, story.story))
        assert line.startswith("[") and line.endswith("]") and "No deletion" not in line
    _do(store, services.sign_in, "anna", "acme.bitrix24.com")
    _do(store, services.browser_login, "anna@acme.example", "Anna-pass-1")
    _do(store, services.send_request, "Leaving", 7, True, sole_admin_confirmed=True)
    with i18n.use("pseudo"):
        lines = story.told(_read(store, story.story))
        assert all(line.startswith("[") and line.endswith("]") for line in lines), lines
        assert "Anna Petrova" in lines[0] and story.span(_read(store, story.story))

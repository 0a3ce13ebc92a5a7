"""core/words.py: the words a person reads for codes, times and durations (no Qt, no store)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from core import words

AT = datetime(2026, 4, 1, 12, 35, 7)


@pytest.mark.parametrize(("delta", "said"), [
    (timedelta(days=30), "+30 days"),
    (timedelta(days=1), "+1 day"),
    (timedelta(hours=1, minutes=5, seconds=7), "+1 hour 5 minutes 7 seconds"),
    (timedelta(0), "+0 seconds"),
    (timedelta(minutes=-30), "-30 minutes"),
])
def test_a_duration_is_said_in_words_and_read_back(delta, said):
    assert words.duration(delta) == said
    assert words.parse_delta(said) == delta


@pytest.mark.parametrize(("stored", "shown"), [
    ("+30 days, 0:00:00", "+30 days"),
    ("+1:05:07", "+1 hour 5 minutes 7 seconds"),
    ("2026-03-02 11:00 -> 2026-04-01 12:05", "2 Mar 2026, 11:00:00 → 1 Apr 2026, 12:05:00"),
    ("due 2026-04-01 09:00; reason: 10:00:00 sharp", "due 1 Apr 2026, 09:00:00; reason: "
                                                     "10:00:00 sharp"),
    ("call +15550101", "call +15550101"),
])
def test_stored_texts_show_no_timedelta_repr_and_no_iso_time(stored, shown):
    assert words.readable(stored) == shown


def test_one_date_format_with_seconds():
    assert words.when(datetime(2026, 3, 2, 9, 0, 5)) == "2 Mar 2026, 09:00:05"
    assert words.when(None) == ""


def test_plurals_are_words_not_suffixes():
    assert [words.plural(n, "person") for n in (0, 1, 8)] == ["0 people", "1 person",
                                                             "8 people"]
    assert [words.plural(n, "attempt") for n in (1, 2)] == ["1 attempt", "2 attempts"]
    assert words.plural(100000, "email") == "100,000 emails"


def test_codes_read_as_words_and_an_unknown_code_still_reads():
    assert words.kind("cancellation_admin") == "Cancellation (to administrator)"
    assert words.event("deletion_requested") == "Deletion requested"
    assert words.event("something_new") == "Something new"
    assert words.actor("processor") == "Processing" and words.actor("Anna Petrova") == \
        "Anna Petrova"
    assert words.status("in_outbox") == "In outbox" and words.status("ios") == "iOS"


def test_a_filter_in_words_finds_the_codes():
    assert set(words.codes_matching("to administrator", words.KIND_WORDS)) == {
        "impending_deletion", "cancellation_admin"}
    assert words.codes_matching("  ", words.EVENT_WORDS) == []


def test_what_a_pending_email_waits_for_follows_the_transport():
    assert words.delivery_state("pending", 0, "outbox") == "in_outbox"
    assert words.delivery_state("pending", 0, "smtp") == "queued"
    assert words.delivery_state("pending", 2, "http") == "retrying"
    assert words.delivery_state("failed", 5, "outbox") == "failed"


def test_audit_texts_in_words():
    assert words.audit_texts("clock_advanced", "2026-03-02 11:30 -> 2026-04-01 12:35",
                             "+30 days, 1:05:07", AT) == (
        "2 Mar 2026, 11:30:00 → 1 Apr 2026, 12:35:07", "+30 days 1 hour 5 minutes 7 seconds")
    assert words.audit_texts("email_sent", "cancellation_admin to anna@acme.example",
                             "via smtp, attempt 1", AT)[0] == \
        "Cancellation (to administrator) email to anna@acme.example"
    assert words.audit_texts("policy_changed", "policy",
                             "platforms=ios,android; entry=edit_profile; window_days=14", AT) \
        == ("Policy", "Offered on iOS, Android; entry Edit profile; deletion window 14 days")
    assert words.audit_texts("platform_changed", "android", "", AT) == ("Android", "")
    assert words.audit_texts("deployment_changed", "northwind.example.com", "on-premise",
                             AT) == ("northwind.example.com", "On-premise")


# ---------------------------------------------------------------- languages (issue 19)

from core import i18n  # noqa: E402


def bracketed(text: str) -> bool:
    return text.startswith("[") and text.endswith("]")


def test_every_word_of_the_tables_is_translated_where_it_is_looked_up():
    with i18n.use("pseudo"):
        for table, look_up in ((words.KIND_WORDS, words.kind), (words.EVENT_WORDS, words.event),
                               (words.STATUS_WORDS, words.status),
                               (words.ACTOR_WORDS, words.actor)):
            for code, english in table.items():
                if english not in ("iOS", "Android"):  # names, the same in every language
                    assert bracketed(look_up(code)), (code, look_up(code))
    assert words.event("deletion_requested") == "Deletion requested"  # English as before


def test_counts_dates_and_durations_follow_the_current_language():
    with i18n.use("pseudo"):
        assert bracketed(words.plural(8, "person")) and "8" in words.plural(8, "person")
        assert bracketed(words.when(datetime(2026, 3, 2, 9, 0, 5)))
        said = words.duration(timedelta(days=2, hours=1))
        assert said.startswith("+[") and said.endswith("]") and said.count("[") == 2, said
    with i18n.use("de"):
        assert words.when(datetime(2026, 3, 2, 9, 0, 5)) == "02.03.2026, 09:00:05"
        assert words.number(100000) == "100.000"
    assert words.plural(100000, "email") == "100,000 emails"


def test_an_audit_rows_words_are_translated_and_stored_english_is_read_back():
    with i18n.use("pseudo"):
        subject, _ = words.audit_texts("email_sent", "request_received to a@b.c", "", AT)
        assert bracketed(subject) and "a@b.c" in subject
        assert bracketed(words.audit_texts("policy_changed", "policy", "window_days=14", AT)[0])
        assert words.parse_delta("+30 days, 0:00:00") == timedelta(days=30)


def test_a_filter_finds_codes_by_the_words_of_the_current_language_and_by_english():
    with i18n.use("pseudo"):
        shown = words.event("admin_notified")
        assert "admin_notified" in words.codes_matching(shown[1:8], words.EVENT_WORDS)
        assert "admin_notified" in words.codes_matching("administrator", words.EVENT_WORDS)


def test_english_dates_do_not_follow_the_c_librarys_locale():
    """Qt sets the C locale from the system's; English days are written from English names."""
    import datetime as dt

    class Foreign(dt.datetime):
        def __format__(self, spec):  # what strftime would give under a German C locale
            return super().__format__(spec.replace("%B", "März").replace("%b", "Mär"))

    at = Foreign(2026, 3, 2, 9, 0, 5)
    assert i18n.format_day(at) == "2 March 2026" and words.when(at) == "2 Mar 2026, 09:00:05"
    assert i18n.format_weekday_day(at) == "Monday, 2 March"


def test_a_weekday_date_opening_a_title_is_capitalised_in_every_language():
    """CLDR writes Russian, Spanish and Portuguese weekdays in lower case; the feed's large
    title and the lock screen open with one, as iOS writes them there."""
    import datetime as dt

    at = dt.datetime(2026, 3, 2, 9, 0)
    got = {lang: i18n.format_weekday_day(at, lang) for lang in i18n.LANGUAGES}
    assert got == {"en": "Monday, 2 March", "de": "Montag, 2. März",
                   "es": "Lunes, 2 de marzo", "pt-BR": "Segunda-feira, 2 de março",
                   "ru": "Понедельник, 2\u00a0марта"}


def test_a_russian_date_keeps_its_day_with_its_month_and_its_year_with_the_year_mark():
    """Russian typography: no line break in "2 марта" or before "г." (the feed's card wrapped
    "1 / апреля 2026 г."); a no-break space there, whatever Babel gives, and only in Russian."""
    import datetime as dt

    at = dt.datetime(2026, 4, 1)
    assert i18n.format_day(at, "ru") == "1\u00a0апреля 2026\u202fг."
    assert i18n.format_short_day(at, "ru") == "1\u00a0апр. 2026\u202fг."
    assert i18n.format_weekday_day(at, "ru") == "Среда, 1\u00a0апреля"
    assert i18n.typeset("1 апреля 2026 г.", "ru") == "1\u00a0апреля 2026\u202fг."
    assert i18n.format_day(at, "es") == "1 de abril de 2026"  # other languages as CLDR says

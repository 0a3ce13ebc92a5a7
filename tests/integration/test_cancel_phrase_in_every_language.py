"""Rule 9 in five languages (docs/languages.md, "The cancellation phrase"): the phrase is
accepted in English everywhere and, besides, as the catalogue translates it for the language
of the phone that sends it and for the language of the requester's emails (which quote it).
The phone's hints and the email take the phrase from the same catalogue message the rule
reads (core.rules.cancel_phrase), so they cannot drift apart."""

from __future__ import annotations

from datetime import datetime

import pytest

from core import i18n, rules
from core import models as m
from core.templates import render
from tests.integration.helpers import request_as, send

ACME = "acme.bitrix24.com"
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE]


def set_language(store, person: str, language: str | None) -> None:
    with store.uow("test") as uow:
        uow.session.query(m.NetworkProfile).filter_by(key=person).update(
            {"language": language, "device_language": None})
        uow.commit()


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_language_has_a_phrase_of_its_own(language):
    phrase = rules.cancel_phrase(language)
    assert phrase and phrase != rules.CANCEL_PHRASE
    assert rules.is_cancel_reason(phrase, [language])
    assert rules.is_cancel_reason(f"  \u201e{phrase.upper()}\u201c ", [language])
    assert not rules.is_cancel_reason(phrase, ["en"])  # not accepted where it was not shown


def test_the_phrase_follows_the_current_language_by_default():
    with i18n.use("de"):
        assert rules.is_cancel_reason("Profillöschung widerrufen")
        assert not rules.is_cancel_reason("Bitte Profil löschen")
    assert not rules.is_cancel_reason("Profillöschung widerrufen")


def test_a_german_phone_cancels_with_the_german_phrase(store):
    request_as(store, "anna", ACME)
    with i18n.use("de"):
        result = send(store, rules.cancel_phrase("de"))
    assert result.kind == "cancellation" and result.request.status == "cancelled"


def test_a_random_german_text_on_a_german_phone_is_no_cancellation(store):
    first = request_as(store, "anna", ACME).request
    with i18n.use("de"):
        result = send(store, "Ich möchte die Löschung abbrechen")
    assert result.kind == "request" and result.existing and result.request.id == first.id
    assert result.request.status == "pending"


@pytest.mark.parametrize("language", [*i18n.LANGUAGES, i18n.PSEUDO])
def test_the_english_phrase_cancels_in_every_language(store, language):
    request_as(store, "anna", ACME)
    with i18n.use(language):
        result = send(store, '"Cancel profile deletion"')
    assert result.kind == "cancellation"


def test_a_phrase_in_a_language_nobody_showed_the_person_is_a_reason(store):
    set_language(store, "anna", "en")
    request_as(store, "anna", ACME)
    with i18n.use("en"):
        result = send(store, rules.cancel_phrase("ru"))
    assert result.kind == "request" and result.existing


def test_the_phrase_of_the_requesters_emails_cancels_from_a_phone_in_another_language(store):
    """Anna reads her emails in German; her phone speaks English: the German phrase her
    confirmation quoted still cancels."""
    set_language(store, "anna", "de")
    request_as(store, "anna", ACME)
    with i18n.use("en"):
        result = send(store, rules.cancel_phrase("de"))
    assert result.kind == "cancellation"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_confirmation_email_quotes_the_phrase_of_its_language_and_the_english_one(language):
    context = {"person_name": "Anna", "person_email": "anna@acme.example",
               "portal_name": "Acme", "portal_address": ACME,
               "due_date": datetime(2026, 4, 1), "requested_date": datetime(2026, 3, 2),
               "reason": "x"}
    _subject, text, _html = render("request_received", context, language)
    assert rules.cancel_phrase(language) in text
    assert rules.CANCEL_PHRASE in text


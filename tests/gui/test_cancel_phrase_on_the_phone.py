"""Rule 9 on a German phone: the hints quote the German phrase (core.rules.cancel_phrase, the
catalogue message the rule reads), and typing it cancels the pending request; the English
phrase still does; another German text is a reason like any other."""

from __future__ import annotations

import pytest

from core import i18n
from core.rules import CANCEL_PHRASE, cancel_phrase

GERMAN = cancel_phrase("de")


@pytest.fixture
def german():
    before = i18n.default()
    i18n.set_default("de")
    yield "de"
    i18n.set_default(before)


def fill_form(drive, reason: str) -> None:
    """The form filled with ``reason`` set as a paste would set it (QTest types ASCII only)."""
    for i in range(1, 8):
        drive.tap(f"item_{i}")
    drive.find("reason").setPlainText(reason)
    drive.tap("confirm")


def send_first_request(drive) -> None:
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    fill_form(drive, "Ich verlasse das Unternehmen")
    drive.tap("send_request")
    assert drive.screen == "request_sent"
    assert f"\u201e{GERMAN}\u201c" in drive.text("sent_next_cancel")
    drive.tap("done")
    assert drive.screen == "profile"
    assert GERMAN in drive.text("pending_how_to_cancel")


def back_to_the_form(drive) -> None:
    drive.tap("delete_account")
    assert GERMAN in drive.text("warning_note")
    drive.tap("continue")
    drive.tap("log_in")
    assert drive.screen == "request_form"
    assert GERMAN in drive.text("reason_hint")


@pytest.mark.parametrize("phrase", [GERMAN, CANCEL_PHRASE])
def test_a_german_phone_cancels_with_the_phrase_its_hints_quote(german, drive, phrase):
    assert GERMAN != CANCEL_PHRASE
    send_first_request(drive)
    back_to_the_form(drive)
    fill_form(drive, phrase)
    assert drive.text("send_hint") == "Ihre ausstehende Anfrage wird widerrufen."
    drive.tap("send_request")
    assert drive.screen == "cancellation_sent"


def test_another_german_text_is_no_cancellation(german, drive):
    send_first_request(drive)
    back_to_the_form(drive)
    fill_form(drive, "Profil nicht mehr löschen")
    drive.tap("send_request")
    assert drive.screen == "request_sent"  # the pending request shown again, not cancelled

"""Messages built from outbox rows: multipart, stable headers, no header injection, escaping."""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from datetime import datetime

import pytest

from core.mail.message import InvalidMessage, build_message, message_bytes
from core.mail.transports import mailpit_payload
from core.templates import KINDS, render


@dataclass
class Row:
    to_addr: str = "anna@acme.example"
    to_name: str = "Anna Petrova"
    subject: str = "Your profile in Acme has been deleted"
    text_body: str = "Hello Anna,\n\nDone."
    html_body: str = "<p>Hello Anna,</p><p>Done.</p>"
    created_at: datetime = datetime(2026, 4, 1, 9, 0)
    message_id: str = "<abc123@bitrix24.sim>"
    kind: str = "profile_deleted"
    language: str | None = "en"


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_a_message_is_multipart_alternative_with_text_and_html():
    msg = parse(message_bytes(build_message(Row())))
    assert msg.get_content_type() == "multipart/alternative"
    plain = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert plain.strip() == "Hello Anna,\n\nDone."
    assert "<p>Done.</p>" in msg.get_body(("html",)).get_content()


def test_date_is_the_simulated_creation_time_and_message_id_is_the_stored_one():
    msg = parse(message_bytes(build_message(Row())))
    assert msg["Date"].datetime.isoformat() == "2026-04-01T09:00:00+00:00"
    assert msg["Message-ID"] == "<abc123@bitrix24.sim>"
    again = parse(message_bytes(build_message(Row())))
    assert again["Message-ID"] == msg["Message-ID"]


@pytest.mark.parametrize(("language", "tag"), [("de", "de"), ("pt-BR", "pt-BR"), ("ru", "ru"),
                                               (None, "en"), ("pseudo", "en-x-pseudo")])
def test_content_language_is_the_language_the_email_is_written_in(language, tag):
    msg = parse(message_bytes(build_message(Row(subject="Ihr Profil", language=language))))
    assert msg["Content-Language"] == tag
    assert msg.get_content_type() == "multipart/alternative"  # on the message, not a part
    assert all(part["Content-Language"] is None for part in msg.iter_parts())


def test_from_is_configurable_and_defaults_to_no_reply():
    assert str(build_message(Row())["From"]) == "Bitrix24 <no-reply@bitrix24.sim>"
    msg = build_message(Row(), from_addr="Acme HR <hr@acme.example>")
    assert msg["From"].addresses[0].addr_spec == "hr@acme.example"
    assert msg["From"].addresses[0].display_name == "Acme HR"


@pytest.mark.parametrize("name", ["Eve\r\nBcc: victim@example.com",
                                  "Eve\nX-Injected: yes", "Eve\rBcc: x@y.z"])
def test_a_name_with_line_breaks_cannot_add_a_header(name):
    raw = message_bytes(build_message(Row(to_name=name, subject=f"Hi {name}")))
    msg = parse(raw)
    assert msg["Bcc"] is None and msg["X-Injected"] is None
    assert [a.addr_spec for a in msg["To"].addresses] == ["anna@acme.example"]
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert not any(line.startswith((b"Bcc:", b"X-Injected:")) for line in head.split(b"\r\n"))


@pytest.mark.parametrize("addr", ["anna@acme.example\r\nBcc: x@y.z", "no-at-sign", "",
                                  "a b@c.d", "@acme.example"])
def test_a_malformed_address_is_refused(addr):
    with pytest.raises(InvalidMessage):
        build_message(Row(to_addr=addr))


def test_non_ascii_names_and_subjects_survive_the_round_trip():
    row = Row(to_name="Ева Новак", subject="Ваш профиль удалён — Bloom")
    msg = parse(message_bytes(build_message(row)))
    assert msg["To"].addresses[0].display_name == "Ева Новак"
    assert msg["Subject"] == "Ваш профиль удалён — Bloom"


def test_user_text_is_escaped_in_html_and_kept_in_plain_text():
    reason = '<script>alert("x")</script> & "quotes"'
    subject, text, html = render("request_received", {
        "person_name": "<b>Anna</b>", "recipient_name": "Anna", "person_email": "a@b.c",
        "portal_name": "Acme", "portal_address": "acme.bitrix24.com", "due_date": "1 April 2026",
        "requested_date": "2 March 2026", "reason": reason})
    assert reason in text
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>Anna</b>" not in html and "&lt;b&gt;Anna&lt;/b&gt;" in html


def test_every_notice_renders_a_one_line_subject_without_leftover_placeholders():
    context = {"person_name": "Anna\r\nPetrova", "recipient_name": "Boris",
               "person_email": "a@b.c", "portal_name": "Acme\nInc",
               "portal_address": "acme.bitrix24.com", "due_date": "1 April 2026",
               "requested_date": "2 March 2026", "reason": "moving on"}
    for kind in KINDS:
        subject, text, html = render(kind, context)
        assert subject and "\n" not in subject and "\r" not in subject
        assert "$" not in subject + text + html, kind
        assert html.lstrip().startswith("<!DOCTYPE html>")


def test_the_mailpit_payload_has_the_send_api_shape():
    payload = mailpit_payload(build_message(Row(), "Bitrix24 <no-reply@bitrix24.sim>"))
    assert payload["From"] == {"Name": "Bitrix24", "Email": "no-reply@bitrix24.sim"}
    assert payload["To"] == [{"Name": "Anna Petrova", "Email": "anna@acme.example"}]
    assert payload["Subject"] == "Your profile in Acme has been deleted"
    assert payload["Text"].strip() == "Hello Anna,\n\nDone."
    assert "<p>Done.</p>" in payload["HTML"]
    assert payload["Headers"]["Message-ID"] == "<abc123@bitrix24.sim>"
    assert "Date" not in payload["Headers"]  # Mailpit refuses to overwrite it

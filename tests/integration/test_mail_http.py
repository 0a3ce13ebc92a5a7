"""A real HTTP server (pytest-httpserver) receives Mailpit-shaped JSON through requests."""

from __future__ import annotations

import base64
import threading
import time
from dataclasses import replace
from datetime import timedelta

from werkzeug import Request, Response

from core.mail.config import MailConfig
from core.mail.dispatch import dispatch_pending, real_now
from core.notify import queue_email
from tests.integration.deletion_story import audit, emails, person

SEND = "/api/v1/send"


def one_email(store) -> int:
    """Exactly one pending email in the outbox (to Anna)."""
    with store.uow("tester") as uow:
        anna = uow.session.get(type(person(store, "anna")), person(store, "anna").id)
        row = queue_email(uow.session, uow.clock.now(), "request_received", anna, {
            "person_name": anna.name, "person_email": anna.email, "portal_name": "Acme",
            "portal_address": "acme.bitrix24.com", "due_date": "1 April 2026",
            "requested_date": "2 March 2026", "reason": "<b>bold</b> move"})
        uow.commit()
        return row.id


def http_config(httpserver, http_timeout: float = 5.0, **kw) -> MailConfig:
    return MailConfig(transport="http", http_url=httpserver.url_for("/"),
                      http_timeout=http_timeout, backoff=1, **kw)


def test_500_then_a_timeout_then_200_delivers_exactly_once_and_records_the_errors(
        store, httpserver):
    email_id = one_email(store)

    slow_done = threading.Event()

    def too_slow(_request: Request) -> Response:
        # Hangs past the client's timeout and never stores the message.
        time.sleep(1.5)
        slow_done.set()
        return Response("gateway timeout", status=504)

    httpserver.expect_ordered_request(SEND, method="POST").respond_with_data("boom", status=500)
    httpserver.expect_ordered_request(SEND, method="POST").respond_with_handler(too_slow)
    httpserver.expect_ordered_request(SEND, method="POST").respond_with_json({"ID": "abc"})
    cfg = http_config(httpserver, http_timeout=0.5)
    clock = [real_now()]

    def now():
        return clock[0]

    first = dispatch_pending(store, config=cfg, now=now)
    assert (first.sent, first.retrying) == (0, 1)
    (row,) = emails(store)
    assert (row.status, row.attempts) == ("pending", 1)
    assert "HTTP 500" in row.last_error
    assert dispatch_pending(store, config=cfg, now=now).sent == 0  # backoff not over yet
    assert len(httpserver.log) == 1

    clock[0] += timedelta(seconds=2)
    second = dispatch_pending(store, config=cfg, now=now)
    assert (second.sent, second.retrying) == (0, 1)
    (row,) = emails(store)
    assert "did not answer within 0.5 s" in row.last_error and row.attempts == 2
    assert row.next_attempt_at >= clock[0] + timedelta(seconds=2)  # backoff doubled

    clock[0] += timedelta(seconds=5)
    # The test server answers one request at a time: let the slow handler finish first, and
    # give the third attempt a timeout a loaded machine cannot miss (it answers at once).
    assert slow_done.wait(timeout=30)
    third = dispatch_pending(store, config=replace(cfg, http_timeout=10.0), now=now)
    assert third.sent == 1
    clock[0] += timedelta(hours=2)
    assert dispatch_pending(store, config=cfg, now=now).sent == 0
    (row,) = emails(store)
    assert (row.id, row.status, row.attempts) == (email_id, "sent", 3)
    httpserver.check_assertions()
    assert len(httpserver.log) == 3
    accepted = [req for req, resp in httpserver.log if resp.status_code == 200]
    assert len(accepted) == 1
    failures = [a.detail for a in audit(store, "email_delivery_failed")]
    assert len(failures) == 2
    assert "HTTP 500" in failures[0] and "did not answer" in failures[1]
    assert len(audit(store, "email_sent")) == 1

    body = accepted[0].get_json()
    assert body["From"] == {"Name": "Bitrix24", "Email": "no-reply@bitrix24.sim"}
    assert body["To"] == [{"Name": "Anna Petrova", "Email": "anna@acme.example"}]
    assert body["Subject"] == "Your account deletion request for Acme (acme.bitrix24.com)"
    assert "<b>bold</b> move" in body["Text"]
    assert "&lt;b&gt;bold&lt;/b&gt; move" in body["HTML"]
    assert body["Headers"]["Message-ID"] == row.message_id
    assert accepted[0].headers["Content-Type"] == "application/json"


def test_basic_auth_is_sent_when_configured(store, httpserver):
    one_email(store)
    token = base64.b64encode(b"mailer:pw").decode()
    httpserver.expect_request(SEND, method="POST",
                              headers={"Authorization": f"Basic {token}"}).respond_with_json(
        {"ID": "x"})
    report = dispatch_pending(store, config=http_config(httpserver, http_user="mailer",
                                                        http_password="pw"))
    assert report.sent == 1


def test_a_400_answer_fails_for_good_without_retrying(store, httpserver):
    one_email(store)
    httpserver.expect_request(SEND, method="POST").respond_with_data(
        "invalid To address", status=400)
    report = dispatch_pending(store, config=http_config(httpserver))
    assert report.failed == 1
    (row,) = emails(store)
    assert row.status == "failed" and "HTTP 400" in row.last_error
    assert "invalid To address" in row.last_error
    assert len(audit(store, "email_failed")) == 1


def test_the_attempt_limit_turns_a_retry_into_failed(store, httpserver):
    one_email(store)
    httpserver.expect_request(SEND, method="POST").respond_with_data("busy", status=503)
    cfg = http_config(httpserver, max_attempts=3)
    clock = [real_now()]
    for _ in range(3):
        dispatch_pending(store, config=cfg, now=lambda: clock[0])
        clock[0] += timedelta(hours=2)
    (row,) = emails(store)
    assert (row.status, row.attempts) == ("failed", 3)
    assert dispatch_pending(store, config=cfg, now=lambda: clock[0]).sent == 0
    assert len(httpserver.log) == 3

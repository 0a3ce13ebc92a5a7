"""The dispatcher on a real SQLite file: outbox mode, statuses, resend, threads, .eml export."""

from __future__ import annotations

import email
import email.policy
import threading

import pytest

from core import models as m
from core.errors import DomainError
from core.mail.config import MailConfig
from core.mail.dispatch import dispatch_pending, resend, status_counts
from core.mail.export import export_eml
from core.mail.transports import DeliveryError, OutboxOnly, RecordingTransport
from tests.integration.deletion_story import advance, emails, request_deletion

ACME, BLOOM = "acme.bitrix24.com", "bloom.bitrix24.com"


@pytest.fixture
def store(any_store):
    """Every test here runs on SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL."""
    return any_store


def test_with_the_outbox_transport_emails_stay_pending_in_the_database(store, monkeypatch):
    for var in ("B24SIM_MAIL_TRANSPORT", "B24SIM_MAIL_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    request_deletion(store, "anna", ACME)
    report = dispatch_pending(store)  # default configuration
    assert report.transport == "outbox" and report.kept == 2 and report.sent == 0
    assert "kept in the outbox" in report.summary()
    assert [(x.status, x.attempts) for x in emails(store)] == [("pending", 0)] * 2
    assert dispatch_pending(store, OutboxOnly()).kept == 2


def test_sent_rows_record_attempts_and_time_and_are_not_sent_again(store):
    request_deletion(store, "anna", ACME)
    outbox = RecordingTransport()
    assert dispatch_pending(store, outbox).sent == 2
    assert dispatch_pending(store, outbox).sent == 0
    assert len(outbox.sent) == 2
    assert all((x.status, x.attempts) == ("sent", 1) and x.sent_at for x in emails(store))
    assert status_counts(store) == {"sent": 2}


def test_suppressed_rows_are_never_delivered_nor_resent(store):
    request_deletion(store, "carla", BLOOM)
    advance(store, "1d")
    request_deletion(store, "eva", BLOOM, sole_admin=True)
    advance(store, "30d")
    outbox = RecordingTransport()
    dispatch_pending(store, outbox)
    (suppressed,) = emails(store, kind="portal_deleted", to_addr="carla@gmail.example")
    assert suppressed.status == "suppressed"
    assert suppressed.message_id not in {str(x["Message-ID"]) for x in outbox.sent}
    with pytest.raises(DomainError, match="suppressed"):
        resend(store, suppressed.id)


def test_a_failed_email_can_be_resent(store):
    request_deletion(store, "hugo", ACME)
    failing = RecordingTransport(failures=[DeliveryError("down")] * 3)
    report = dispatch_pending(store, failing, config=MailConfig(max_attempts=1))
    assert report.failed == 3 and report.errors[0].endswith("down")
    row = emails(store)[0]
    assert row.status == "failed" and row.last_error == "attempt 1: down"
    assert resend(store, row.id) == "pending"
    outbox = RecordingTransport()
    assert dispatch_pending(store, outbox).sent == 1
    assert str(outbox.sent[0]["Message-ID"]) == row.message_id
    with pytest.raises(DomainError, match="no email #999"):
        resend(store, 999)


def test_a_row_that_cannot_become_a_message_fails_with_the_reason(store):
    with store.uow("tester") as uow:
        uow.session.add(m.Email(
            message_id="<bad@bitrix24.sim>", kind="profile_deleted",
            to_addr="x@y.z\r\nBcc: victim@example.com", to_name="X", subject="S",
            text_body="t", html_body="<p>t</p>", created_at=uow.clock.now(), status="pending"))
        uow.commit()
    outbox = RecordingTransport()
    assert dispatch_pending(store, outbox).failed == 1
    assert outbox.attempts == 0
    assert "Not a deliverable email address" in emails(store)[0].last_error


def test_two_dispatchers_in_threads_deliver_each_email_once(store):
    for who in ("anna", "hugo", "dmitri"):
        request_deletion(store, who, ACME)
    advance(store, "30d")
    total = len(emails(store, status="pending"))
    transports = [RecordingTransport(), RecordingTransport()]
    threads = [threading.Thread(target=dispatch_pending, args=(store, t)) for t in transports]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [str(x["Message-ID"]) for t in transports for x in t.sent]
    assert len(ids) == len(set(ids))
    counts = status_counts(store)
    assert counts["sent"] == len(ids) and "pending" not in counts
    # Undelivered until after the deletions, rule 10 suppresses at delivery the three
    # confirmations and the two notices to Anna about Hugo and Dmitri (Anna is deleted too).
    assert counts["sent"] + counts["suppressed"] == total and counts["suppressed"] == 5


def test_any_email_exports_as_an_eml_file_a_mail_client_opens(store, tmp_path):
    request_deletion(store, "eva", BLOOM, reason="Closing <the> studio", sole_admin=True)
    first = emails(store)[0]
    path = export_eml(store, first.id, tmp_path / "request.eml")
    raw = path.read_bytes()
    assert b"\r\n" in raw
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Message-ID"] == first.message_id
    assert msg["To"].addresses[0].addr_spec == "eva@bloom.example"
    assert msg["Subject"] == first.subject
    assert msg["Date"].datetime.isoformat() == "2026-03-02T09:00:00+00:00"
    assert msg.get_body(("html",)).get_content().count("Closing &lt;the&gt; studio") == 1
    in_folder = export_eml(store, first.id, tmp_path)
    assert in_folder.name == f"email-{first.id}-request_received.eml"
    with pytest.raises(DomainError, match="does not exist"):
        export_eml(store, first.id, tmp_path / "missing" / "x.eml")
    with pytest.raises(DomainError, match="no email"):
        export_eml(store, 12345, tmp_path / "x.eml")


def test_an_email_undelivered_until_after_the_deletion_is_suppressed_at_delivery(store):
    request_deletion(store, "carla", ACME)  # confirmation to Carla, notices to Anna and Boris
    advance(store, "30d")  # outbox only so far: nothing was delivered
    outbox = RecordingTransport()
    report = dispatch_pending(store, outbox)
    assert report.suppressed == 1 and "1 suppressed" in report.summary()
    (late,) = emails(store, kind="request_received")
    assert late.status == "suppressed"
    assert late.suppressed_reason.startswith("profile deleted from this Bitrix24")
    assert late.suppressed_reason.endswith("found at delivery")
    delivered = sorted((str(x["To"].addresses[0].addr_spec), x["X-B24Sim-Kind"])
                       for x in outbox.sent)
    assert delivered == [("anna@acme.example", "impending_deletion"),
                         ("boris@acme.example", "impending_deletion"),
                         ("carla@gmail.example", "profile_deleted")]

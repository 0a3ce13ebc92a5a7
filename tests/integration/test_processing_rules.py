"""Rules 10 and 11 on a real SQLite file (the demo world): processing of due requests."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from core import errors as e
from core import models as m
from core import processing
from core import services as sv
from core.mail.dispatch import dispatch_pending
from core.mail.transports import RecordingTransport
from core.processing import complete_request, process_due
from tests.integration.deletion_story import (
    act,
    advance,
    audit,
    cancel_deletion,
    emails,
    person,
    portal,
    profile,
    request_deletion,
)

ACME, BLOOM = "acme.bitrix24.com", "bloom.bitrix24.com"


@pytest.fixture
def store(any_store):
    """Every test here runs on SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL."""
    return any_store


def test_nothing_happens_before_the_due_date(store):
    request_deletion(store, "anna", ACME)
    assert advance(store, "29d") == []
    assert profile(store, "anna", ACME).access == "open"
    assert person(store, "anna").status == "active"


def test_a_due_request_closes_access_unlists_and_dismisses_but_keeps_the_data(store):
    sent = request_deletion(store, "hugo", ACME)
    results = advance(store, "45d")
    assert [r.request.id for r in results] == [sent.request.id]
    hugo = profile(store, "hugo", ACME)
    assert (hugo.access, hugo.listed, hugo.employment, hugo.has_data) == \
        ("closed", False, "dismissed", True)
    assert results[0].request.status == "completed"


def test_completion_time_is_the_due_time_not_the_moment_the_clock_moved(store):
    sent = request_deletion(store, "anna", ACME)
    results = advance(store, "45d")
    assert results[0].request.completed_at == sent.request.due_at
    (final,) = emails(store, kind="profile_deleted")
    assert final.created_at == sent.request.due_at
    assert person(store, "anna").deleted_at == sent.request.due_at


def test_processing_again_changes_nothing(store):
    request_deletion(store, "anna", ACME)
    advance(store, "30d")
    with store.reader() as uow:
        before = (uow.session.scalar(select(func.count(m.Email.id))),
                  uow.session.scalar(select(func.count(m.AuditEvent.id))), uow.state().revision)
    assert process_due(store) == []
    assert process_due(store) == []
    with store.reader() as uow:
        after = (uow.session.scalar(select(func.count(m.Email.id))),
                 uow.session.scalar(select(func.count(m.AuditEvent.id))), uow.state().revision)
    assert after == before


def test_a_request_completed_by_another_worker_is_not_completed_twice(store):
    sent = request_deletion(store, "hugo", ACME)
    advance(store, "30d")
    count = len(emails(store))
    with store.uow("second worker") as uow:
        assert complete_request(uow, sent.request.id) is None
        uow.commit()
    assert len(emails(store)) == count
    assert len(audit(store, "profile_deleted")) == 1


def test_requests_complete_in_due_order_as_the_clock_passes_them(store):
    request_deletion(store, "hugo", ACME)
    advance(store, "2d")
    request_deletion(store, "dmitri", ACME)
    advance(store, "1d")
    request_deletion(store, "anna", ACME)
    results = advance(store, "40d")
    assert [r.request.person.key for r in results] == ["hugo", "dmitri", "anna"]
    due = [r.request.due_at for r in results]
    assert due == sorted(due)


def test_a_cancelled_request_is_never_processed(store):
    request_deletion(store, "anna", ACME)
    advance(store, "3d")
    cancel_deletion(store, "anna", ACME)
    assert advance(store, "60d") == []
    assert profile(store, "anna", ACME).access == "open"


def test_the_sole_administrator_must_confirm_that_the_bitrix24_goes_too(store):
    with pytest.raises(e.SoleAdminConfirmationNeeded):
        request_deletion(store, "eva", BLOOM, sole_admin=False)
    assert request_deletion(store, "eva", BLOOM, sole_admin=True).request.sole_admin_confirmed


def test_sole_administrator_deletes_the_bitrix24_and_every_profile_in_it_is_closed(store):
    request_deletion(store, "eva", BLOOM, sole_admin=True)
    (result,) = advance(store, "30d")
    assert result.portal_deleted and result.network_profile_deleted
    assert portal(store, BLOOM).status == "deleted"
    assert portal(store, BLOOM).deleted_at == result.request.due_at
    for key in ("carla", "frank"):
        assert profile(store, key, BLOOM).access == "closed"
        assert not profile(store, key, BLOOM).listed
    told = {(x.to_addr, x.status) for x in emails(store, kind="portal_deleted")}
    assert told == {("carla@gmail.example", "pending"), ("frank@outlook.example", "pending")}
    # Carla still works in Acme: her Network profile stays, and she can sign in there.
    assert person(store, "carla").status == "active"
    assert act(store, sv.sign_in, "carla", ACME).portal.address == ACME
    with pytest.raises(e.SignInRefused):
        act(store, sv.sign_in, "carla", BLOOM)


def test_an_administrator_assigned_before_the_due_date_saves_the_bitrix24(store):
    request_deletion(store, "eva", BLOOM, sole_admin=True)
    advance(store, "10d")
    act(store, sv.assign_admin, BLOOM, "frank")
    (result,) = advance(store, "20d")
    assert not result.portal_deleted
    assert portal(store, BLOOM).status == "active"
    assert profile(store, "frank", BLOOM).access == "open"
    assert emails(store, kind="portal_deleted") == []


def test_the_last_profile_deletes_the_network_profile_and_its_login(store):
    request_deletion(store, "anna", ACME)
    (result,) = advance(store, "30d")
    assert result.network_profile_deleted
    anna = person(store, "anna")
    assert anna.status == "deleted"
    with store.reader() as uow:
        assert uow.session.scalar(select(m.Credential).where(m.Credential.person_id == anna.id)) \
            is None
    with pytest.raises(e.DomainError):
        act(store, sv.browser_login, "anna@acme.example", "Anna-pass-1")
    (final,) = emails(store, kind="network_profile_deleted")
    assert final.to_addr == "anna@acme.example" and final.status == "pending"


def test_the_final_email_is_written_before_the_network_profile_is_deleted(store):
    request_deletion(store, "eva", BLOOM, sole_admin=True)
    steps: list[str] = []

    def flat(params) -> list:
        if isinstance(params, dict):
            return list(params.values())
        out = []
        for p in params or ():
            out.extend(flat(p) if isinstance(p, list | tuple | dict) else [p])
        return out

    def before_execute(_conn, _cursor, statement, params, _context, _many):
        # The statements as they reach the database (the ORM one by one or Core batches).
        values, sql = flat(params), " ".join(statement.split()).upper()
        if sql.startswith("INSERT INTO EMAILS"):
            steps.extend(f"email {k}" for k in ("profile_deleted", "network_profile_deleted")
                         if k in values)
        if sql.startswith("INSERT INTO AUDIT_EVENTS") and "network_profile_deleted" in values:
            steps.append("audit network_profile_deleted")
        if sql.startswith("UPDATE NETWORK_PROFILES") and "deleted" in values:
            steps.append("network profile deleted")

    copy_run = processing.Copy.run

    def copy_watched(self, conn, rows):
        # On PostgreSQL the batch's inserts are COPYs, not cursor executes: seen here.
        before_execute(conn, None, f"INSERT INTO {str(self).split()[1]}", rows, None, True)
        copy_run(self, conn, rows)

    event.listen(store.engine, "before_cursor_execute", before_execute)
    processing.Copy.run = copy_watched
    try:
        advance(store, "30d")
    finally:
        processing.Copy.run = copy_run
        event.remove(store.engine, "before_cursor_execute", before_execute)
    assert "email network_profile_deleted" in steps
    assert steps.index("email profile_deleted") < steps.index("network profile deleted")
    assert steps.index("email network_profile_deleted") < steps.index("network profile deleted")
    assert steps.index("email network_profile_deleted") < \
        steps.index("audit network_profile_deleted")
    finals = emails(store, person_id=person(store, "eva").id)
    kinds = [x.kind for x in finals]
    assert kinds.index("profile_deleted") < kinds.index("network_profile_deleted")
    (gone,) = audit(store, "network_profile_deleted")
    assert gone.at == finals[-1].created_at
    # The row keeps the address, so it is delivered although the Network profile is gone.
    outbox = RecordingTransport()
    dispatch_pending(store, outbox)
    delivered = [(str(x["To"]), str(x["Subject"])) for x in outbox.sent]
    assert ("Eva Novak <eva@bloom.example>",
            "Your Bitrix24 Network profile has been deleted") in delivered


def test_deleting_one_of_two_bitrix24s_keeps_the_network_profile(store):
    request_deletion(store, "carla", ACME)
    (result,) = advance(store, "30d")
    assert not result.network_profile_deleted
    assert person(store, "carla").status == "active"
    assert profile(store, "carla", ACME).access == "closed"
    assert profile(store, "carla", BLOOM).access == "open"
    assert emails(store, kind="network_profile_deleted") == []


def test_the_network_profile_goes_only_when_the_last_bitrix24_goes(store):
    request_deletion(store, "carla", ACME)
    advance(store, "5d")
    request_deletion(store, "carla", BLOOM)
    first, second = advance(store, "30d")
    assert first.request.portal.address == ACME and not first.network_profile_deleted
    assert second.request.portal.address == BLOOM and second.network_profile_deleted
    assert person(store, "carla").status == "deleted"
    (final,) = emails(store, kind="network_profile_deleted")
    assert final.to_addr == "carla@gmail.example"
    assert len(emails(store, kind="profile_deleted")) == 2


def test_a_deleted_profile_gets_no_more_emails_about_that_bitrix24(store):
    # Carla's own deletion in Bloom completes first; Eva's later deletion removes Bloom.
    request_deletion(store, "carla", BLOOM)
    advance(store, "1d")
    request_deletion(store, "eva", BLOOM, sole_admin=True)
    advance(store, "30d")
    assert portal(store, BLOOM).status == "deleted"
    (to_carla,) = emails(store, kind="portal_deleted", to_addr="carla@gmail.example")
    assert to_carla.status == "suppressed"
    assert "profile deleted from this Bitrix24" in to_carla.suppressed_reason
    (to_frank,) = emails(store, kind="portal_deleted", to_addr="frank@outlook.example")
    assert to_frank.status == "pending"
    logged = audit(store, "email_suppressed")
    assert [x.subject for x in logged] == ["portal_deleted to carla@gmail.example"]
    outbox = RecordingTransport()
    dispatch_pending(store, outbox)
    to_carla_sent = [str(x["Subject"]) for x in outbox.sent
                     if "carla@gmail.example" in str(x["To"])]
    assert "Your profile in Bloom Studio has been deleted" in to_carla_sent
    assert "The Bitrix24 Bloom Studio has been deleted" not in to_carla_sent


def test_an_administrator_deleted_meanwhile_is_not_told_of_a_cancellation(store):
    act(store, sv.assign_admin, ACME, "carla")
    request_deletion(store, "carla", ACME)
    advance(store, "1d")
    request_deletion(store, "boris", ACME)  # Anna and Carla are told
    told = {x.to_addr for x in emails(store, kind="impending_deletion")
            if x.created_at > emails(store, kind="request_received")[0].created_at}
    assert {"anna@acme.example", "carla@gmail.example"} <= told
    advance(store, "29d 1h")  # Carla's deletion completes; Boris's is still pending
    assert profile(store, "carla", ACME).access == "closed"
    cancel_deletion(store, "boris", ACME)
    to_carla = emails(store, kind="cancellation_admin", to_addr="carla@gmail.example")
    to_anna = emails(store, kind="cancellation_admin", to_addr="anna@acme.example")
    assert [x.status for x in to_carla] == ["suppressed"]
    assert [x.status for x in to_anna] == ["pending"]

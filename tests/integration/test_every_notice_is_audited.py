"""Rule 12: every in-app notice a person is shown is also an audit event (same person,
Bitrix24 and time), on the phone's path (request, cancellation) and on processing's path
(a Bitrix24 deleted with its only administrator)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from core import models as m
from tests.integration.deletion_story import advance, cancel_deletion, request_deletion

NOTICE_EVENTS = ("admin_notified", "access_closed")


def _notices_and_their_audit(store) -> tuple[Counter, Counter]:
    with store.reader() as uow:
        s = uow.session
        notices = Counter(s.execute(select(m.Notice.person_id, m.Notice.portal_id,
                                           m.Notice.created_at)).all())
        audited = Counter(s.execute(select(m.AuditEvent.person_id, m.AuditEvent.portal_id,
                                           m.AuditEvent.at)
                                    .where(m.AuditEvent.event.in_(NOTICE_EVENTS))).all())
    return notices, audited


def test_every_notice_shown_in_the_app_has_its_audit_event(store):
    request_deletion(store, "boris", "acme.bitrix24.com")  # Anna: impending deletion
    cancel_deletion(store, "boris", "acme.bitrix24.com")   # Anna: deletion cancelled
    request_deletion(store, "eva", "bloom.bitrix24.com", sole_admin=True)
    advance(store, "30d")                                  # Carla, Frank: Bitrix24 deleted
    notices, audited = _notices_and_their_audit(store)
    with store.reader() as uow:
        kinds = set(uow.session.scalars(select(m.Notice.kind)))
    assert kinds == {"impending_deletion", "deletion_cancelled", "portal_deleted"}
    missing = notices - audited
    assert not missing, f"notices with no audit event (person, Bitrix24, time): {missing}"


def test_the_cancellation_notice_is_audited_as_the_administrator_told(store):
    request_deletion(store, "boris", "acme.bitrix24.com")
    cancel_deletion(store, "boris", "acme.bitrix24.com")
    with store.reader() as uow:
        details = list(uow.session.scalars(
            select(m.AuditEvent.detail).where(m.AuditEvent.event == "admin_notified")
            .order_by(m.AuditEvent.id)))
    assert details == ["impending deletion of Boris Ivanov", "cancelled deletion of Boris Ivanov"]


def test_the_administrators_told_of_a_completed_deletion_have_its_audit_event(store):
    request_deletion(store, "anna", "acme.bitrix24.com")  # Boris: impending deletion
    advance(store, "30d")                                 # Boris: Anna's profile deleted
    notices, audited = _notices_and_their_audit(store)
    with store.reader() as uow:
        kinds = set(uow.session.scalars(select(m.Notice.kind)))
    assert "profile_deleted" in kinds
    missing = notices - audited
    assert not missing, f"notices with no audit event (person, Bitrix24, time): {missing}"

"""Gaps found by a rule-by-rule mutation check of core/: each test here failed against a
small deliberate break of the rule it names, and passes on the real code."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from core import errors as e
from core import models as m
from core import services as sv
from core.processing import advance_clock
from tests.integration.helpers import (
    browser_login,
    call,
    emails,
    profile,
    request_as,
    send,
    sign_in,
)

ACME, BLOOM = "acme.bitrix24.com", "bloom.bitrix24.com"


# Rule 5 -------------------------------------------------------------------------------

def test_a_browser_profile_whose_account_there_was_deleted_gets_address_not_found(store):
    # Carla's Acme profile is deleted; her Network profile lives on through Bloom Studio.
    request_as(store, "carla", ACME)
    advance_clock(store, timedelta(days=30))
    assert profile(store, "carla", ACME).access == "closed"
    sign_in(store, "anna", ACME)
    browser_login(store, "carla")  # a stale browser session of someone no longer in Acme
    with pytest.raises(e.AddressNotFound, match="This address could not be found"):
        call(store, sv.request_form)


# Rule 7 -------------------------------------------------------------------------------


def test_admin_permissions_go_only_to_an_active_employee(store):
    request_as(store, "carla", BLOOM)
    advance_clock(store, timedelta(days=30))  # Carla is now Dismissed in Bloom Studio
    with pytest.raises(e.AssignAdminRefused, match="not an active employee"):
        call(store, sv.assign_admin, BLOOM, "carla")
    assert profile(store, "carla", BLOOM).role == "employee"


def test_the_sole_administrator_can_pick_only_active_employees(store):
    request_as(store, "carla", BLOOM)
    advance_clock(store, timedelta(days=30))  # Carla is Dismissed; Frank is still active
    sign_in(store, "eva", BLOOM)
    browser_login(store, "eva")
    form = call(store, sv.request_form)
    assert form.sole_admin
    assert [p.key for p in form.candidates] == ["frank"]


def test_a_dismissed_administrator_is_no_co_admin_and_is_not_told(store):
    call(store, sv.assign_admin, BLOOM, "carla")
    request_as(store, "carla", BLOOM)
    advance_clock(store, timedelta(days=30))  # Carla: a Dismissed administrator of Bloom Studio
    sign_in(store, "eva", BLOOM)
    browser_login(store, "eva")
    assert call(store, sv.request_form).sole_admin
    send(store, "Closing the studio", sole=True)
    assert [x.kind for x in emails(store, to_addr="carla@gmail.example")
            if x.kind == "impending_deletion"] == []


# Rule 10 ------------------------------------------------------------------------------

def test_the_stored_completion_time_is_the_due_time_not_the_moment_the_clock_moved(store):
    sent = request_as(store, "anna", ACME).request
    advance_clock(store, timedelta(days=45))
    with store.reader() as uow:
        row = uow.session.get(m.DeletionRequest, sent.id)
        assert (row.status, row.completed_at) == ("completed", sent.due_at)



def test_an_email_suppressed_when_written_is_logged_as_suppressed_with_the_reason(store):
    call(store, sv.assign_admin, ACME, "carla")
    request_as(store, "carla", ACME)
    advance_clock(store, timedelta(days=1))
    request_as(store, "boris", ACME)  # Anna and Carla are told
    advance_clock(store, timedelta(days=29, hours=1))  # Carla's deletion completes
    send(store, "cancel profile deletion")  # Boris cancels: Carla is no longer to be told
    (to_carla,) = emails(store, kind="cancellation_admin", to_addr="carla@gmail.example")
    assert to_carla.status == "suppressed"
    with store.reader() as uow:
        logged = list(uow.session.scalars(select(m.AuditEvent).where(
            m.AuditEvent.event == "email_suppressed",
            m.AuditEvent.subject == "cancellation_admin to carla@gmail.example")))
    assert [ev.detail for ev in logged] == [to_carla.suppressed_reason]
    assert "profile deleted from this Bitrix24" in logged[0].detail


# Rule 12 ------------------------------------------------------------------------------

def test_switching_platform_deployment_and_policy_are_audit_events(store):
    call(store, sv.set_platform, "android", actor="QA")
    call(store, sv.set_deployment, ACME, "on-premise", actor="QA")
    call(store, sv.set_policy, ["ios", "android"], "edit_profile", 14, actor="QA")
    with store.reader() as uow:
        events = list(uow.session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.actor == "QA").order_by(m.AuditEvent.id)))
        now = uow.clock.now()
    assert [(ev.event, ev.subject) for ev in events] == [
        ("platform_changed", "android"), ("deployment_changed", ACME), ("policy_changed", "policy")]
    assert all(ev.at == now for ev in events)
    assert "window_days=14" in events[2].detail

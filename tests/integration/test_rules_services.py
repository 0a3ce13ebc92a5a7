"""Rules 1-9, 11 and 12 of SPEC.md at the service level, on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
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
    count,
    emails,
    profile,
    request_as,
    send,
    sign_in,
)

ACME, BLOOM, NORTHWIND = "acme.bitrix24.com", "bloom.bitrix24.com", "northwind.example.com"


# Rule 1 -------------------------------------------------------------------------------

def test_delete_account_shows_for_an_ios_user_of_a_cloud_bitrix24(store):
    sign_in(store, "anna", ACME)
    assert call(store, sv.profile_screen).option_visible is True
    call(store, sv.start_deletion)  # no refusal


def test_delete_account_is_absent_on_android_and_refused_if_forced(store):
    sign_in(store, "hugo", ACME)  # hugo's device is Android
    assert call(store, sv.session_view).platform == "android"
    assert call(store, sv.profile_screen).option_visible is False
    with pytest.raises(e.OptionUnavailable):
        call(store, sv.start_deletion)


def test_a_world_that_starts_signed_in_as_hugo_starts_on_his_android_phone(empty_store):
    from core.world import DEMO_WORLD, load_world, seed_world

    spec = load_world(DEMO_WORLD)
    seed_world(empty_store, replace(spec, session_person="hugo", session_portal=ACME))
    assert call(empty_store, sv.session_view).platform == "android"
    assert call(empty_store, sv.profile_screen).option_visible is False
    sign_in(empty_store, "anna", ACME)  # the world's own device is still iOS
    assert call(empty_store, sv.session_view).platform == "ios"


def test_the_phone_is_the_signed_in_persons_so_no_one_leaves_their_device_behind(store):
    def platform_events():
        with store.reader() as uow:
            return uow.session.execute(
                select(m.AuditEvent.subject, m.AuditEvent.detail)
                .where(m.AuditEvent.event == "platform_changed").order_by(m.AuditEvent.id)).all()

    sign_in(store, "hugo", ACME)  # his own Android phone
    sign_in(store, "anna", ACME)  # no device of her own: the world's iOS phone again
    assert call(store, sv.session_view).platform == "ios"
    assert call(store, sv.profile_screen).option_visible is True
    # Rule 12: both switches are in the audit, saying why.
    assert platform_events() == [
        ("android", "Hugo Martin signed in on their own Android phone"),
        ("ios", "Anna Petrova signed in on the world's iOS phone")]
    # The console's switch sets the world's device: the next person without one keeps it,
    # and Hugo still brings his own.
    call(store, sv.set_platform, "android")
    sign_in(store, "boris", ACME)
    assert call(store, sv.session_view).platform == "android"
    sign_in(store, "hugo", ACME)
    assert call(store, sv.session_view).platform == "android"
    call(store, sv.set_platform, "ios")
    sign_in(store, "hugo", ACME)
    assert call(store, sv.session_view).platform == "android"
    sign_in(store, "anna", ACME)
    assert call(store, sv.session_view).platform == "ios"


def test_delete_account_is_absent_for_an_on_premise_bitrix24(store):
    sign_in(store, "grace", NORTHWIND)
    assert call(store, sv.profile_screen).option_visible is False


def test_switching_the_platform_or_the_policy_moves_the_option(store):
    sign_in(store, "anna", ACME)
    call(store, sv.set_platform, "android")
    assert call(store, sv.profile_screen).option_visible is False
    call(store, sv.set_policy, platforms=["ios", "android"])
    assert call(store, sv.profile_screen).option_visible is True
    call(store, sv.set_deployment, ACME, "on-premise")
    assert call(store, sv.profile_screen).option_visible is False


# Rule 2 -------------------------------------------------------------------------------

def test_policy_entry_edit_profile_is_reported_to_the_profile_screen(store):
    sign_in(store, "anna", ACME)
    assert call(store, sv.profile_screen).entry == "profile"
    call(store, sv.set_policy, entry="edit_profile")
    assert call(store, sv.profile_screen).entry == "edit_profile"
    with pytest.raises(e.DomainError):
        call(store, sv.set_policy, entry="settings")


# Rule 4 -------------------------------------------------------------------------------

def test_browser_login_by_password_for_email_and_phone(store):
    sign_in(store, "boris", ACME)
    step = call(store, sv.browser_find_login, "+1 555 0101")
    assert step.login == "+1 555 0101"
    view = call(store, sv.browser_login, "+15550101", "Boris-pass-1")
    assert view.person.key == "boris"


def test_an_email_registered_through_a_sign_in_service_finds_no_password_login(store):
    sign_in(store, "carla", ACME)
    with pytest.raises(e.WrongMethod, match="Google"):
        call(store, sv.browser_find_login, "carla@gmail.example")
    assert call(store, sv.browser_view).person is None


def test_wrong_password_and_unknown_login_are_refused(store):
    with pytest.raises(e.WrongPassword, match="Incorrect password"):
        call(store, sv.browser_login, "anna@acme.example", "nope")
    with pytest.raises(e.LoginNotFound):
        call(store, sv.browser_find_login, "nobody@nowhere.example")
    assert call(store, sv.browser_view).person is None


def test_sign_in_services_log_in_only_their_own_accounts(store):
    sign_in(store, "carla", ACME)
    accounts = call(store, sv.browser_service_accounts, "google")
    assert [a.key for a in accounts] == ["carla"]
    with pytest.raises(e.WrongMethod):
        call(store, sv.browser_login_service, "apple", "carla")
    assert call(store, sv.browser_login_service, "google", "carla").person.key == "carla"


def test_a_different_person_in_the_browser_is_refused_naming_both(store):
    sign_in(store, "anna", ACME)
    browser_login(store, "boris")
    with pytest.raises(e.DifferentPerson) as err:
        call(store, sv.request_form)
    assert "Boris Ivanov" in str(err.value) and "Anna Petrova" in str(err.value)
    assert "Log out" in str(err.value)


# Rule 5 -------------------------------------------------------------------------------

def test_a_browser_profile_with_no_account_in_the_bitrix24_gets_address_not_found(store):
    sign_in(store, "anna", ACME)
    browser_login(store, "eva")  # eva has no Acme profile
    with pytest.raises(e.AddressNotFound, match="This address could not be found"):
        call(store, sv.request_form)


def test_the_browser_session_persists_until_logged_out_or_cleared(store):
    sign_in(store, "anna", ACME)
    browser_login(store, "eva")
    for _ in range(2):  # a second attempt reproduces the error: the stale session is kept
        with pytest.raises(e.AddressNotFound):
            call(store, sv.request_form)
    call(store, sv.browser_log_out)
    with pytest.raises(e.NotLoggedInBrowser):
        call(store, sv.request_form)
    browser_login(store, "eva")
    call(store, sv.browser_clear_history)
    assert call(store, sv.browser_view).person is None
    browser_login(store, "anna")
    assert call(store, sv.request_form).person.key == "anna"


# Rule 6 -------------------------------------------------------------------------------

@pytest.mark.parametrize(("reason", "items", "confirmed"), [
    ("", 7, True), ("    ", 7, True), ("x" * 501, 7, True), ("ok", 6, True), ("ok", 7, False),
])
def test_an_incomplete_form_is_refused_and_stores_nothing(store, reason, items, confirmed):
    sign_in(store, "anna", ACME)
    browser_login(store, "anna")
    assert sv.form_problem(reason, items, confirmed) is not None
    with pytest.raises(e.InvalidRequest):
        send(store, reason, items, confirmed)
    assert count(store, m.DeletionRequest) == 0


def test_the_reason_is_stored_trimmed(store):
    result = request_as(store, "anna", ACME, reason="   moving on   ")
    assert result.request.reason == "moving on"


# Rule 7 -------------------------------------------------------------------------------

def test_the_sole_administrator_must_confirm_that_the_bitrix24_goes_too(store):
    sign_in(store, "eva", BLOOM)
    browser_login(store, "eva")
    form = call(store, sv.request_form)
    assert form.sole_admin
    assert {p.key for p in form.candidates} == {"carla", "frank"}
    with pytest.raises(e.SoleAdminConfirmationNeeded, match="only administrator"):
        send(store)
    assert count(store, m.DeletionRequest) == 0
    result = send(store, sole=True)
    assert result.request.sole_admin_confirmed


def test_assigning_admin_permissions_lifts_the_sole_administrator_warning(store):
    sign_in(store, "eva", BLOOM)
    browser_login(store, "eva")
    call(store, sv.assign_admin, BLOOM, "frank", actor="Eva Novak")
    assert profile(store, "frank", BLOOM).role == "admin"
    assert call(store, sv.request_form).sole_admin is False
    assert send(store).kind == "request"


def test_an_administrator_with_a_co_admin_is_not_the_sole_administrator(store):
    sign_in(store, "anna", ACME)
    browser_login(store, "anna")
    assert call(store, sv.request_form).sole_admin is False


# Rule 8 -------------------------------------------------------------------------------

def test_sending_creates_one_pending_request_due_after_the_window(store):
    result = request_as(store, "anna", ACME)
    r = result.request
    assert r.status == "pending" and not result.existing
    assert r.due_at - r.requested_at == timedelta(days=30)
    screen = call(store, sv.profile_screen)
    assert screen.pending is not None and screen.pending.due_at == r.due_at


def test_a_second_send_shows_the_existing_request_and_makes_no_duplicate(store):
    first = request_as(store, "anna", ACME)
    second = send(store, "another reason")
    assert second.existing and second.request.id == first.request.id
    assert count(store, m.DeletionRequest) == 1
    assert len(emails(store, kind="request_received")) == 1


def test_the_window_follows_the_policy(store):
    call(store, sv.set_policy, window_days=14)
    r = request_as(store, "anna", ACME).request
    assert r.due_at - r.requested_at == timedelta(days=14)


def test_other_active_admins_get_an_email_and_notice_and_the_requester_a_confirmation(store):
    r = request_as(store, "anna", ACME).request
    to_boris = emails(store, to_addr="boris@acme.example")
    assert [x.kind for x in to_boris] == ["impending_deletion"]
    assert "Anna Petrova" in to_boris[0].subject
    mine = emails(store, to_addr="anna@acme.example")
    assert [x.kind for x in mine] == ["request_received"]
    assert "1 April 2026" in mine[0].text_body and "cancel profile deletion" in mine[0].text_body
    with store.reader() as uow:
        notices = list(uow.session.scalars(select(m.Notice)))
    assert [(n.person_id, n.kind) for n in notices] == [(r.person.id + 1, "impending_deletion")]
    # employees are not administrators: they are not told
    assert emails(store, to_addr="carla@gmail.example") == []


# Rule 9 -------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["cancel profile deletion", '  "Cancel Profile Deletion" ',
                                    '"cancel profile deletion '])  # one stray quote (issue 14)
def test_cancellation_cancels_the_pending_request_and_tells_everyone_who_was_told(store, phrase):
    r = request_as(store, "anna", ACME).request
    result = send(store, phrase)
    assert result.kind == "cancellation" and result.request.id == r.id
    assert result.request.status == "cancelled"
    assert [x.kind for x in emails(store, to_addr="anna@acme.example")] == [
        "request_received", "cancellation"]
    assert [x.kind for x in emails(store, to_addr="boris@acme.example")] == [
        "impending_deletion", "cancellation_admin"]
    advance_clock(store, timedelta(days=40))
    assert profile(store, "anna", ACME).access == "open"


def test_cancellation_from_another_of_the_persons_profiles_names_where_it_was_sent_from(store):
    request_as(store, "carla", ACME)
    sign_in(store, "carla", BLOOM)
    with pytest.raises(e.CancellationFromOtherProfile, match="acme.bitrix24.com"):
        send(store, "cancel profile deletion")
    assert profile(store, "carla", ACME).request == "pending"


def test_cancellation_with_nothing_pending_says_so(store):
    sign_in(store, "anna", ACME)
    browser_login(store, "anna")
    with pytest.raises(e.NoPendingRequest, match="nothing to cancel"):
        send(store, "cancel profile deletion")


def test_a_completed_deletion_cannot_be_cancelled(store):
    request_as(store, "carla", ACME)
    advance_clock(store, timedelta(days=30))
    assert profile(store, "carla", ACME).request == "completed"
    with pytest.raises(e.SignInRefused):
        sign_in(store, "carla", ACME)
    # the refusal a completed request gives if the form is reached anyway
    with store.uow() as uow:
        form = sv.RequestFormView(
            sv.person_view(sv.find_person(uow.session, "carla")),
            sv.portal_view(sv.find_portal(uow.session, ACME)),
            profile(store, "carla", ACME).id, (), False, (), None, 30, uow.clock.now())
        with pytest.raises(e.AlreadyDeleted):
            sv._cancel(uow, form)


# Rule 11 ------------------------------------------------------------------------------

def test_each_bitrix24_is_deleted_by_its_own_request_and_the_network_profile_goes_last(store):
    request_as(store, "carla", ACME)
    advance_clock(store, timedelta(days=30))
    assert profile(store, "carla", ACME).access == "closed"
    assert profile(store, "carla", BLOOM).access == "open"
    with store.reader() as uow:
        assert sv.find_person(uow.session, "carla").status == "active"
    request_as(store, "carla", BLOOM)
    advance_clock(store, timedelta(days=30))
    with store.reader() as uow:
        assert sv.find_person(uow.session, "carla").status == "deleted"


# Rule 12 ------------------------------------------------------------------------------

def test_every_state_change_is_an_audit_event_with_simulated_time_actor_and_subject(store):
    request_as(store, "anna", ACME)
    send(store, "cancel profile deletion")
    call(store, sv.assign_admin, ACME, "carla", actor="Boris Ivanov")
    advance_clock(store, timedelta(days=1))
    with store.reader() as uow:
        events = list(uow.session.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id)))
    kinds = [ev.event for ev in events]
    for expected in ("world_loaded", "signed_in", "browser_logged_in", "deletion_requested",
                     "admin_notified", "deletion_cancelled", "admin_assigned", "clock_advanced"):
        assert expected in kinds
    assigned = next(ev for ev in events if ev.event == "admin_assigned")
    assert assigned.actor == "Boris Ivanov" and "Carla Gomez" in assigned.subject
    assert events[-1].at.isoformat() == "2026-03-03T09:00:00"
    assert all(ev.actor and ev.subject for ev in events)

"""Access rules, on SQLite and PostgreSQL: each way of acting for someone else, or after
access is gone, is refused with a DomainError that says why, and stores nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from core import errors as e
from core import models as m
from core import services as sv
from core.processing import advance_clock
from tests.integration.test_hostile_input import dump

ITEMS = 7


def call(store, fn, *args, actor="app"):
    with store.uow(actor) as uow:
        return fn(uow, *args)


def request_as(store, person, portal, login=None, service=None, reason="Leaving"):
    call(store, sv.sign_in, person, portal)
    if service:
        call(store, sv.browser_login_service, service, person)
    else:
        call(store, sv.browser_login, *login)
    return call(store, sv.send_request, reason, ITEMS, True)


def refused(store, error, fn, *args) -> str:
    before = dump(store)
    with pytest.raises(error) as info:
        call(store, fn, *args)
    assert dump(store) == before, "a refusal stored something"
    return str(info.value)


def test_a_cancellation_sent_from_another_of_the_persons_profiles_is_refused(any_store):
    sent = request_as(any_store, "carla", "acme.bitrix24.com", service="google")
    assert sent.request.status == "pending"
    call(any_store, sv.sign_in, "carla", "bloom.bitrix24.com")
    message = refused(any_store, e.CancellationFromOtherProfile, sv.send_request,
                      "Cancel profile deletion", ITEMS, True)
    assert "acme.bitrix24.com" in message and "bloom.bitrix24.com" in message
    with any_store.reader() as uow:
        assert uow.session.scalar(select(m.DeletionRequest.status)) == "pending"


def test_a_browser_logged_in_as_another_person_cannot_send_a_request_for_them(any_store):
    call(any_store, sv.sign_in, "anna", "acme.bitrix24.com")
    call(any_store, sv.browser_login, "+15550101", "Boris-pass-1")  # Boris, in Anna's app
    message = refused(any_store, e.DifferentPerson, sv.request_form)
    assert "Boris Ivanov" in message and "Anna Petrova" in message and "Log out" in message
    message = refused(any_store, e.DifferentPerson, sv.send_request, "Leaving", ITEMS, True)
    assert "Boris Ivanov" in message
    refused(any_store, e.DifferentPerson, sv.send_request, "cancel profile deletion",
            ITEMS, True)


def test_a_request_for_a_bitrix24_the_person_is_not_in_is_refused(any_store):
    # Eva's app is signed in to Bloom; the browser holds Anna, who is not in Bloom.
    call(any_store, sv.sign_in, "eva", "bloom.bitrix24.com")
    call(any_store, sv.browser_login, "anna@acme.example", "Anna-pass-1")
    message = refused(any_store, e.AddressNotFound, sv.send_request, "Leaving", ITEMS, True)
    assert "This address could not be found" in message and "bloom.bitrix24.com" in message
    # Nor can the app itself be signed in to a Bitrix24 the person is not in.
    message = refused(any_store, e.SignInRefused, sv.sign_in, "anna", "bloom.bitrix24.com")
    assert "has no account in bloom.bitrix24.com" in message


def test_a_deleted_network_profile_cannot_sign_in_or_log_in_anywhere(any_store):
    request_as(any_store, "anna", "acme.bitrix24.com", login=("anna@acme.example",
                                                               "Anna-pass-1"))
    request_as(any_store, "dmitri", "acme.bitrix24.com", service="apple")
    advance_clock(any_store, timedelta(days=31))
    with any_store.reader() as uow:
        statuses = dict(uow.session.execute(select(m.NetworkProfile.key,
                                                   m.NetworkProfile.status)).all())
    assert statuses["anna"] == statuses["dmitri"] == "deleted"
    message = refused(any_store, e.SignInRefused, sv.sign_in, "anna", "acme.bitrix24.com")
    assert "anna@acme.example has been deleted" in message
    refused(any_store, e.SignInRefused, sv.sign_in, "anna")
    refused(any_store, e.LoginNotFound, sv.browser_login, "anna@acme.example", "Anna-pass-1")
    refused(any_store, e.LoginNotFound, sv.browser_find_login, "+15550100")
    refused(any_store, e.LoginNotFound, sv.browser_login_service, "apple", "dmitri")
    offered = call(any_store, sv.browser_service_accounts, "apple")
    assert "dmitri" not in {p.key for p in offered}


def test_a_closed_profile_cannot_keep_using_the_app(any_store):
    """Carla deletes her Acme profile while the app stays signed in there: after processing,
    every action of that session is refused; her Bloom profile still works."""
    request_as(any_store, "carla", "acme.bitrix24.com", service="google")
    advance_clock(any_store, timedelta(days=31))
    problem = call(any_store, sv.current_access_problem)
    assert problem and "Access to acme.bitrix24.com is closed for Carla Gomez" in problem
    for fn, args in ((sv.profile_screen, ()), (sv.start_deletion, ()), (sv.request_form, ()),
                     (sv.send_request, ("cancel profile deletion", ITEMS, True)),
                     (sv.send_request, ("Leaving again", ITEMS, True))):
        message = refused(any_store, e.AccessClosed, fn, *args)
        assert "Access to acme.bitrix24.com is closed" in message, (fn.__name__, message)
    refused(any_store, e.SignInRefused, sv.sign_in, "carla", "acme.bitrix24.com")
    view = call(any_store, sv.sign_in, "carla", "bloom.bitrix24.com")
    assert view.portal.address == "bloom.bitrix24.com"
    assert call(any_store, sv.profile_screen).profile.access == "open"


def test_everyone_loses_access_to_a_deleted_bitrix24(any_store):
    """Eva, Bloom's sole administrator, confirms; when Bloom goes, Frank cannot use it."""
    call(any_store, sv.sign_in, "eva", "bloom.bitrix24.com")
    call(any_store, sv.browser_login, "eva@bloom.example", "Eva-pass-1")
    refused(any_store, e.SoleAdminConfirmationNeeded, sv.send_request, "Leaving", ITEMS, True)
    call(any_store, sv.send_request, "Leaving", ITEMS, True, True)
    advance_clock(any_store, timedelta(days=31))
    message = refused(any_store, e.SignInRefused, sv.sign_in, "frank", "bloom.bitrix24.com")
    assert "bloom.bitrix24.com has been deleted" in message

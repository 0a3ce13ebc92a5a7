"""Two phones on one store (issue 17): each keeps its own session, browser session and
platform; the second phone's holder is chosen with clear refusals; the administrator acts
from their phone. Real SQLite (and PostgreSQL when a server is given)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text

from core import devices as dv
from core import errors as e
from core import services as sv
from core.db import HEAD_REVISION, open_store, sqlite_url
from core.processing import advance_clock
from core.queries_phone import notices_for_session
from tests.integration.helpers import PASSWORDS, browser_login, call, request_as, sign_in

ACME, BLOOM = "acme.bitrix24.com", "bloom.bitrix24.com"
ADMIN = dv.SECOND_DEVICE


def on_admin(store, fn, *args, actor="test"):
    with store.uow(actor, device=ADMIN) as uow:
        return fn(uow, *args)


def read_admin(store, fn, *args):
    with store.reader(device=ADMIN) as uow:
        return fn(uow, *args)


@pytest.fixture
def store(any_store):
    return any_store


def test_the_second_phone_keeps_its_own_session_beside_the_first(store):
    on_admin(store, dv.hold, "boris")
    assert call(store, sv.session_view).person.key == "anna"
    assert read_admin(store, sv.session_view).person.key == "boris"
    sign_in(store, "carla", ACME)  # the first phone changes hands; the second keeps Boris
    assert read_admin(store, sv.session_view).person.key == "boris"
    on_admin(store, sv.sign_out)
    assert read_admin(store, sv.session_view).person is None
    assert call(store, sv.session_view).person.key == "carla"


def test_each_phone_has_its_own_in_app_browser_session(store):
    on_admin(store, dv.hold, "boris")
    login, password = PASSWORDS["boris"]
    on_admin(store, sv.browser_login, login, password)
    assert read_admin(store, sv.browser_view).person.key == "boris"
    assert call(store, sv.browser_view).person is None  # Anna's browser is still empty
    browser_login(store, "anna")
    assert read_admin(store, sv.browser_view).person.key == "boris"


def test_each_phone_has_its_own_platform(store):
    on_admin(store, dv.hold, "boris")
    with store.uow("test", device=ADMIN) as uow:
        sv.sign_in(uow, "hugo", ACME)  # Hugo's own phone is Android
    assert read_admin(store, sv.session_view).platform == "android"
    assert call(store, sv.session_view).platform == "ios"


def test_a_phone_that_has_never_been_used_reads_as_signed_out_and_writes_nothing(store):
    revision = call(store, sv.session_view).revision
    assert read_admin(store, sv.session_view).person is None
    assert call(store, sv.session_view).revision == revision


def test_by_default_the_second_phone_goes_to_another_active_administrator(store):
    assert read_admin(store, dv.default_holder) == "boris"  # Anna is on the first phone
    sign_in(store, "boris", ACME)
    assert read_admin(store, dv.default_holder) == "anna"
    sign_in(store, "frank", BLOOM)
    assert read_admin(store, dv.default_holder) == "eva"
    sign_in(store, "eva", BLOOM)  # the sole administrator: nobody else fits
    assert read_admin(store, dv.default_holder) is None


@pytest.mark.parametrize("who, words", [
    ("anna", "Anna Petrova is already on the first phone"),
    ("nobody", "There is no person 'nobody' in this world."),
])
def test_a_bad_holder_for_the_second_phone_is_refused_with_a_sentence(store, who, words):
    with pytest.raises(dv.SecondPhoneRefused) as got:
        on_admin(store, dv.hold, who)
    assert words in str(got.value)
    assert read_admin(store, sv.session_view).person is None


def test_a_deleted_or_dismissed_person_cannot_hold_the_second_phone(store):
    request_as(store, "dmitri", ACME)  # Acme is Dmitri's only Bitrix24
    request_as(store, "carla", BLOOM)
    sign_in(store, "anna", ACME)
    advance_clock(store, timedelta(days=31))
    with pytest.raises(dv.SecondPhoneRefused, match="Network profile has been deleted"):
        on_admin(store, dv.hold, "dmitri")
    on_admin(store, dv.hold, "carla")  # still an active employee of Acme
    assert read_admin(store, sv.session_view).portal.address == ACME


def test_swapping_the_phones_swaps_their_sessions_and_browsers(store):
    on_admin(store, dv.hold, "boris")
    browser_login(store, "anna")
    on_admin(store, dv.swap)
    assert call(store, sv.session_view).person.key == "boris"
    assert read_admin(store, sv.session_view).person.key == "anna"
    assert read_admin(store, sv.browser_view).person.key == "anna"
    assert call(store, sv.browser_view).person is None


def test_the_administrator_is_told_on_their_phone_and_deletes_the_dismissed_users_data(store):
    on_admin(store, dv.hold, "boris")
    request_as(store, "dmitri", ACME)
    notices = read_admin(store, notices_for_session)
    assert notices[0].kind == "impending_deletion" and "Dmitri Sokolov" in notices[0].text
    assert notices[0].subject_key == "dmitri"
    advance_clock(store, timedelta(days=31))
    done = read_admin(store, notices_for_session)[0]
    assert (done.kind, done.subject_key) == ("profile_deleted", "dmitri")
    assert "Dismissed" in done.text
    rows = {v.person.key: v for v in read_admin(store, dv.employees).employees}
    assert rows["dmitri"].employment == "dismissed" and rows["dmitri"].has_data
    on_admin(store, dv.delete_dismissed_data, "dmitri")
    rows = {v.person.key: v for v in read_admin(store, dv.employees).employees}
    assert rows["dmitri"].has_data is False


def test_only_an_administrator_deletes_data_or_gives_admin_rights_from_their_phone(store):
    on_admin(store, dv.hold, "hugo")
    with pytest.raises(e.DomainError, match="Only an administrator of Acme"):
        on_admin(store, dv.give_admin_rights, "carla")
    assert call(store, lambda uow: sv.profile_view(
        uow.session, sv.find_profile(uow.session, sv.find_person(uow.session, "carla").id,
                                     sv.find_portal(uow.session, ACME).id))).role == "employee"


def test_a_store_from_schema_0003_opens_with_an_empty_table_of_phones(tmp_path):
    from alembic import command

    from core.db import alembic_config, make_engine

    url = sqlite_url(tmp_path / "old.db")
    engine = make_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003")
    engine.dispose()
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == HEAD_REVISION
            assert conn.execute(text("SELECT count(*) FROM device_sessions")).scalar() == 0
    finally:
        store.dispose()
    create_engine(url).dispose()

"""A reader asks the database once for the world's state with the first phone's signed-in
person and Bitrix24: every read starts with them, and they were one SELECT each."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from core import devices as dv
from core import models as m
from core import services as sv
from tests.integration.helpers import call, request_as

pytestmark = pytest.mark.usefixtures("store")


@pytest.fixture
def statements(store):
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args):
        seen.append(" ".join(statement.split()))

    event.listen(store.engine, "before_cursor_execute", note)
    yield seen
    event.remove(store.engine, "before_cursor_execute", note)


def _reading(seen: list[str], table: str) -> list[str]:
    """The SELECTs that read ``table``, the joined one with the state not counted (it
    reads the latest request in a subquery) unless ``table`` is the state."""
    return [s for s in seen if s.startswith("SELECT") and f"FROM {table}" in s
            and (table == "world_state" or "FROM world_state" not in s)]


def test_the_session_view_reads_person_and_bitrix24_with_the_state(store, statements):
    call(store, sv.sign_in, "anna", "acme.bitrix24.com")
    statements.clear()
    with store.reader() as uow:
        view = sv.session_view(uow)
    assert view.person.name == "Anna Petrova" and view.portal.address == "acme.bitrix24.com"
    assert len(_reading(statements, "world_state")) == 1
    joined = _reading(statements, "world_state")[0]
    assert "network_profiles" in joined and "portals" in joined
    assert not _reading(statements, "network_profiles")   # found in the session
    assert not _reading(statements, "portals")
    assert "profiles" in joined.replace("network_profiles", "")
    assert not _reading(statements, "profiles")   # find_profile took it from the session
    assert view.profile is not None and view.profile.role
    assert view.profile.request == "none"
    assert not _reading(statements, "deletion_requests")   # its latest request: in the row


def test_the_signed_in_profiles_latest_request_comes_with_the_state(store, statements):
    request_as(store, "anna", "acme.bitrix24.com")
    statements.clear()
    with store.reader() as uow:
        assert sv.session_view(uow).profile.request == "pending"
    assert len(_reading(statements, "world_state")) == 1
    assert not _reading(statements, "deletion_requests")
    assert not _reading(statements, "profiles")


def test_another_persons_profile_is_still_asked_for(store, statements):
    call(store, sv.sign_in, "anna", "acme.bitrix24.com")
    with store.reader() as uow:
        state = uow.state()
        others = uow.session.scalars(select(m.Profile).where(
            m.Profile.portal_id == state.session_portal_id,
            m.Profile.person_id != state.session_person_id)).all()
        assert others
        statements.clear()
        for other in others:
            assert sv.find_profile(uow.session, other.person_id, other.portal_id) is other
        assert len(_reading(statements, "profiles")) == len(others)


def test_a_writer_asks_for_the_profile_as_before(store, statements):
    call(store, sv.sign_in, "anna", "acme.bitrix24.com")
    with store.uow() as uow:
        state = uow.state()
        statements.clear()
        assert sv.find_profile(uow.session, state.session_person_id,
                               state.session_portal_id) is not None
        assert len(_reading(statements, "profiles")) == 1


def test_signed_out_the_read_still_works_and_says_nobody(store, statements):
    call(store, sv.sign_out)
    statements.clear()
    with store.reader() as uow:
        view = sv.session_view(uow)
    assert view.person is None and view.portal is None
    assert len(_reading(statements, "world_state")) == 1


def test_a_second_phones_reader_reads_its_own_seat(store):
    call(store, sv.sign_in, "anna", "acme.bitrix24.com")
    with store.reader(device="admin") as uow:
        assert sv.session_view(uow).person is None   # nobody holds it yet


def test_a_readers_phone_language_reads_the_signed_in_person_with_the_state(store, statements):
    call(store, sv.sign_in, "anna", "acme.bitrix24.com")
    with store.uow() as uow:
        person = sv.find_person(uow.session, "anna")
        person.device_language = "de"
        uow.commit()
    statements.clear()
    with store.reader() as uow:
        assert dv.phone_language(uow, uow.device) == "de"
    assert len(_reading(statements, "world_state")) == 1
    assert not _reading(statements, "network_profiles")
    with store.reader(device="admin") as uow:   # nobody on the second phone: the world's
        assert dv.phone_language(uow, uow.device) == dv.phone_language(uow.session, "admin")


def _hold_second(store, person_key: str, device: str = "admin") -> None:
    with store.uow("test", device=device) as uow:
        dv.hold(uow, person_key)
        uow.commit()


def test_a_second_phones_seat_and_holder_come_with_the_state(store, statements):
    call(store, sv.sign_in, "anna", "acme.bitrix24.com")
    _hold_second(store, "boris")
    statements.clear()
    with store.reader(device="admin") as uow:
        view = sv.session_view(uow)
    assert view.person.name == "Boris Ivanov" and view.portal.address == "acme.bitrix24.com"
    assert view.profile is not None and view.profile.role == "admin"
    assert view.profile.request == "none"
    assert len(_reading(statements, "world_state")) == 1
    joined = _reading(statements, "world_state")[0]
    assert "device_sessions" in joined
    for table in ("device_sessions", "network_profiles", "portals", "profiles",
                  "deletion_requests"):
        assert not _reading(statements, table), table   # all of them in the one row


def test_a_second_phones_latest_request_is_its_holders_not_the_first_phones(store, statements):
    request_as(store, "anna", "acme.bitrix24.com")   # Anna, on the first phone, asks
    _hold_second(store, "boris")
    with store.reader(device="admin") as uow:
        assert sv.session_view(uow).profile.request == "none"
    with store.reader() as uow:
        assert sv.session_view(uow).profile.request == "pending"


def test_a_phone_without_a_seat_row_reads_nobody_and_stores_nothing(store, statements):
    call(store, sv.sign_in, "anna", "acme.bitrix24.com")
    _hold_second(store, "boris")   # the "admin" phone has a row; "spare" has none
    statements.clear()
    with store.reader(device="spare") as uow:
        assert uow.seat().session_person_id is None
        view = sv.session_view(uow)
    assert view.person is None and view.portal is None
    assert len(_reading(statements, "world_state")) == 1
    assert not _reading(statements, "device_sessions")
    with store.reader() as uow:
        rows = uow.session.scalars(select(m.DeviceSession.device)).all()
    assert rows == ["admin"]


def test_a_second_phones_writer_still_reads_and_keeps_its_row(store):
    call(store, sv.sign_in, "anna", "acme.bitrix24.com")
    _hold_second(store, "boris")
    with store.uow("test", device="admin") as uow:
        seat = uow.seat()
        assert seat.session_person_id is not None and seat in uow.session
        seat.language = "de"
        uow.commit()
    with store.reader(device="admin") as uow:
        assert uow.seat().language == "de"
        assert dv.phone_language(uow, "admin") == "de"


def test_the_context_select_is_built_once_for_any_number_of_readers(store, monkeypatch):
    from core import db
    from core.rules import MAIN_DEVICE

    _hold_second(store, "boris")
    db._context_query.cache_clear()
    built = []
    real = db.select
    monkeypatch.setattr(db, "select", lambda *a, **k: built.append(a) or real(*a, **k))
    seen = []
    for device in (MAIN_DEVICE, "admin", MAIN_DEVICE, "admin", "spare", "admin"):
        with store.reader(device=device) as uow:
            seen.append(uow.seat().session_person_id)
    # one statement for the first phone, one for any other (its device a bound parameter);
    # two select() each: the row and its latest-request subquery
    assert db._context_query.cache_info().misses == 2 and len(built) == 4
    with store.reader() as uow:
        boris = uow.session.scalar(select(m.NetworkProfile.id).where(
            m.NetworkProfile.key == "boris"))
    first = seen[0]
    assert first != boris   # each phone its own seat, whichever came before it
    assert seen == [first, boris, first, boris, None, boris]

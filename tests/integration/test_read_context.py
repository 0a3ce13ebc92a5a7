"""A reader asks the database once for the world's state with the first phone's signed-in
person and Bitrix24: every read starts with them, and they were one SELECT each."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from core import services as sv
from tests.integration.helpers import call

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
    return [s for s in seen if s.startswith("SELECT") and f"FROM {table}" in s]


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

"""Batches of any size leave exactly the rows that one request per transaction leaves: what
one completion changes in memory, the next one in the same batch sees, as it would see it
in the database one transaction later."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from core import models as m
from core.db import open_store, sqlite_url
from core.processing import BATCH_SIZE, process_due
from core.synthetic import add_due_requests
from core.world import DEMO_WORLD, load_world, seed_world
from tests.integration.deletion_story import log_in_to_delete, request_deletion

ACME, BLOOM = "acme.bitrix24.com", "bloom.bitrix24.com"
IGNORED = {("emails", "message_id"), ("world_state", "revision")}


def dump(store) -> dict[str, list[tuple]]:
    """Every row of every table, in id order (random message ids and the revision
    counter aside: the batch path bumps the revision once per batch)."""
    out = {}
    with store.reader() as uow:
        for table in m.Base.metadata.sorted_tables:
            cols = [c for c in table.columns if (table.name, c.name) not in IGNORED]
            out[table.name] = [tuple(row) for row in uow.session.execute(
                select(*cols).order_by(*table.primary_key.columns))]
    return out


def copy_db(src, dst) -> None:
    source, target = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


@pytest.fixture
def mixed_world(tmp_path):
    """The demo world with requests that meet inside one batch (both administrators of
    Acme, Carla's two Bitrix24s, Eva the sole administrator of Bloom, where Frank's and
    Carla's requests are due before hers), the browser left logged in as a requester, and
    300 bulk requests (sole administrators, people with two profiles) due in shuffled order."""
    path = tmp_path / "mixed.db"
    store = open_store(sqlite_url(path))
    seed_world(store, load_world(DEMO_WORLD))
    request_deletion(store, "carla", BLOOM)
    request_deletion(store, "anna", ACME)
    request_deletion(store, "boris", ACME)
    request_deletion(store, "carla", ACME)
    request_deletion(store, "eva", BLOOM, sole_admin=True)
    request_deletion(store, "hugo", ACME)
    log_in_to_delete(store, "hugo", ACME)  # the browser stays logged in as Hugo
    add_due_requests(store, 300, per_portal=6)
    with store.reader() as uow:
        until = uow.clock.now() + timedelta(days=400)
    store.dispose()
    return path, until


@pytest.fixture
def two_copies(mixed_world, tmp_path):
    """Two stores on copies of the mixed world: one for each path of processing."""
    paths = tmp_path / "one.db", tmp_path / "batch.db"
    for copy in paths:
        copy_db(mixed_world[0], copy)
    return tuple(open_store(sqlite_url(copy)) for copy in paths)


@pytest.mark.parametrize("batch_size", [BATCH_SIZE, 7])
def test_batches_leave_the_same_rows_and_results_as_one_request_at_a_time(
        mixed_world, two_copies, batch_size):
    until = mixed_world[1]
    one, batch = two_copies
    try:
        one_results = process_due(one, until, batch_size=1)
        batch_results = process_due(batch, until, batch_size=batch_size)
        assert len(one_results) == 306
        assert batch_results == one_results
        before, after = dump(one), dump(batch)
        assert after == before
        # The world really was mixed: Bitrix24s and Network profiles were deleted, some
        # emails suppressed, the browser logged out of Hugo's deleted Network profile.
        assert sum(r.portal_deleted for r in one_results) >= 6
        with batch.reader() as uow:
            s = uow.session
            suppressed = s.scalars(select(m.Email.suppressed_reason)
                                   .where(m.Email.status == "suppressed")).all()
            assert any("request #" in reason for reason in suppressed)
            assert any("Network profile" in reason for reason in suppressed)
            assert uow.state().browser_person_id is None
    finally:
        one.dispose()
        batch.dispose()


def test_a_limit_completes_exactly_that_many_in_due_order(mixed_world, two_copies):
    until = mixed_world[1]
    one, batch = two_copies
    try:
        firsts = process_due(one, until, limit=40, batch_size=1)
        assert process_due(batch, until, limit=40) == firsts
        assert dump(batch) == dump(one)
    finally:
        one.dispose()
        batch.dispose()


def test_a_batch_is_one_transaction_so_a_failure_inside_leaves_nothing(mixed_world,
                                                                       monkeypatch):
    import core.processing as processing

    path, until = mixed_world
    store = open_store(sqlite_url(path))
    try:
        before = dump(store)

        def broken(*_args, **_kwargs):
            raise RuntimeError("disk pulled out")

        monkeypatch.setattr(processing, "render", broken)
        with pytest.raises(RuntimeError):
            process_due(store, until)
        assert dump(store) == before
    finally:
        store.dispose()



def rename_first_due_person(store, until) -> None:
    """What a second writer (the console) might do: rename the person whose request is due
    first, in a unit of work of its own."""
    with store.uow("console") as uow:
        first = uow.session.scalars(
            select(m.DeletionRequest).where(m.DeletionRequest.status == "pending",
                                            m.DeletionRequest.due_at <= until)
            .order_by(m.DeletionRequest.due_at, m.DeletionRequest.id).limit(1)).one()
        profile = uow.session.get(m.Profile, first.profile_id)
        person = uow.session.get(m.NetworkProfile, profile.person_id)
        person.name = "Renamed While Deciding"
        uow.commit()


def test_a_change_written_while_a_batch_is_decided_is_seen_by_that_batch(
        mixed_world, two_copies, monkeypatch):
    """On SQLite a batch is read and decided before the worker takes the write lock; a
    change another writer commits in between must not be overwritten by decisions made on
    the old rows: the batch is read again, and the rows equal those of the change made
    first and the requests completed one at a time."""
    import core.processing as processing

    until = mixed_world[1]
    one, batch = two_copies
    real, calls = processing._writes, []

    def writes_after_a_change(*args):
        if not calls:
            rename_first_due_person(batch, until)  # after the decisions, before the lock
        calls.append(1)
        return real(*args)

    try:
        rename_first_due_person(one, until)
        one_results = process_due(one, until, batch_size=1)
        monkeypatch.setattr(processing, "_writes", writes_after_a_change)
        assert process_due(batch, until) == one_results
        assert dump(batch) == dump(one)
        with batch.reader() as uow:
            assert uow.session.scalar(select(func.count()).select_from(m.Email).where(
                m.Email.to_name == "Renamed While Deciding")) >= 2
    finally:
        one.dispose()
        batch.dispose()

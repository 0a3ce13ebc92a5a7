"""The processing worker's commits do not checkpoint SQLite's WAL (a thread beside them does),
and the worker leaves every connection with SQLite's default and the WAL copied into the
file when done."""

from __future__ import annotations

import sqlite3
import time
from datetime import timedelta

from core import processing
from core.db import (
    DEFAULT_WAL_AUTOCHECKPOINT,
    WORKER_WAL_AUTOCHECKPOINT,
    Checkpointer,
    checkpoint,
    sqlite_path,
)
from core.synthetic import seed_synthetic


def pragma(conn, name: str):
    return conn.exec_driver_sql(f"PRAGMA {name}").fetchall()


def raw_pragma(store, name: str):
    """On a pooled connection outside any transaction (as the next writer gets it)."""
    raw = store.engine.raw_connection()
    try:
        return raw.driver_connection.execute(f"PRAGMA {name}").fetchall()
    finally:
        raw.close()


def test_batches_commit_without_checkpointing_and_hand_back_the_default(
        empty_store, monkeypatch):
    seed_synthetic(empty_store, 1200, due=True)
    seen = []
    real = processing._run_writes

    def watched(uow, *args):
        seen.append(pragma(uow.session.connection(), "wal_autocheckpoint")[0][0])
        return real(uow, *args)

    monkeypatch.setattr(processing, "_run_writes", watched)
    with empty_store.reader() as uow:
        until = uow.clock.now() + timedelta(minutes=1)
    done = processing.process_due(empty_store, until)
    assert len(done) == 1200
    assert seen == [WORKER_WAL_AUTOCHECKPOINT] * (1200 // processing.COMMIT_SIZE)
    # Every pooled connection (and a new one) is back at the default; the WAL is copied
    # into the database file (nothing left for the next writer to checkpoint).
    assert raw_pragma(empty_store, "wal_autocheckpoint")[0][0] == DEFAULT_WAL_AUTOCHECKPOINT
    # The database file alone (the WAL ignored) holds every completion.
    path = sqlite_path(empty_store.url).resolve()
    file_only = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        assert file_only.execute("SELECT count(*) FROM deletion_requests "
                                 "WHERE status = 'completed'").fetchone()[0] == 1200
    finally:
        file_only.close()
    assert empty_store.engine.pool.checkedout() == 0


def completed_in_file_alone(path) -> int:
    file_only = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        return file_only.execute("SELECT count(*) FROM deletion_requests "
                                 "WHERE status = 'completed'").fetchone()[0]
    finally:
        file_only.close()


def test_the_checkpointer_copies_committed_batches_into_the_file_while_the_worker_runs(
        empty_store):
    seed_synthetic(empty_store, 300, due=True)
    checkpoint(empty_store)  # the seeded world in the file itself
    path = sqlite_path(empty_store.url).resolve()
    with empty_store.reader() as uow:
        until = uow.clock.now() + timedelta(minutes=1)
    with Checkpointer(empty_store) as checkpointer:
        with empty_store.uow("processor") as uow:
            processing.worker_pragmas(uow.session)
            claimed = processing._claim_batch(uow, until, 100)
            processing.complete_batch(uow, claimed)
            uow.commit()
        assert completed_in_file_alone(path) == 0  # in the WAL only: the commit copied nothing
        checkpointer.poke()
        deadline = time.monotonic() + 30
        while completed_in_file_alone(path) < 100 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert completed_in_file_alone(path) == 100

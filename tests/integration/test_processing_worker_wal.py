"""The processing worker checkpoints SQLite's WAL less often while it runs its batches, and
leaves every connection with SQLite's default and the WAL copied into the file when done."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from core import processing
from core.db import DEFAULT_WAL_AUTOCHECKPOINT, WORKER_WAL_AUTOCHECKPOINT, sqlite_path
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


def test_batches_run_with_the_worker_checkpoint_interval_and_hand_back_the_default(
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
    assert seen == [WORKER_WAL_AUTOCHECKPOINT] * 3
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

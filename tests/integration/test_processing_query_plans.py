"""Processing at scale: every statement a batch runs on SQLite finds its rows through an
index. A statement that scans a table, or walks an index through every pending request,
costs time in proportion to the whole database on every batch, so completing 100,000
requests grows with their square (the claim did, until it was found by `make bench`).
The plans are SQLite's own (EXPLAIN QUERY PLAN), so this holds without a timed test."""

from __future__ import annotations

import sqlite3

from sqlalchemy import event

from core.db import open_store, sqlite_url
from core.processing import process_due
from core.synthetic import seed_synthetic

# Tables of a row or a few, where a scan reads those: the world's state, and one session
# per phone beyond the first (device_sessions).
SMALL = {"world_state", "device_sessions"}


def run_and_record(tmp_path, requests: int, sole_admins: bool):
    path = tmp_path / "plans.db"
    store = open_store(sqlite_url(path))
    seed_synthetic(store, requests, due=True, per_portal=50, sole_admins=sole_admins)
    statements: dict[str, tuple] = {}

    @event.listens_for(store.engine, "before_cursor_execute")
    def record(conn, cursor, statement, parameters, context, executemany):
        if not executemany:
            statements.setdefault(statement, tuple(parameters or ()))

    done = process_due(store, batch_size=100)
    store.dispose()
    assert len(done) == requests
    return path, statements


def plans(path, statements) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        return {sql: [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
                for sql, params in statements.items() if not sql.lstrip().upper().startswith(
                    ("PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"))}
    finally:
        conn.close()


def test_no_batch_statement_scans_a_table(tmp_path):
    path, statements = run_and_record(tmp_path, 600, sole_admins=True)
    found = plans(path, statements)
    # The run did what the statements are for: claims, reads, Bitrix24s deleted with
    # their sole administrators and their members read.
    assert any(sql.startswith("UPDATE deletion_requests") for sql in found)
    members_read = [where for sql in found if sql.startswith("SELECT") and "FROM profiles" in sql
                    and "profiles.portal_id IN" in (where := sql.partition("WHERE")[2])
                    and "profiles.role" not in where]
    assert members_read
    scans = {sql[:120]: lines for sql, lines in found.items()
             if any(line.startswith("SCAN") and not any(t in line for t in SMALL)
                    for line in lines)}
    assert not scans, scans


def test_the_claim_finds_requests_by_id_not_by_walking_the_pending_ones(tmp_path):
    path, statements = run_and_record(tmp_path, 300, sole_admins=False)
    claims = {sql: lines for sql, lines in plans(path, statements).items()
              if sql.startswith("UPDATE deletion_requests") and "RETURNING" in sql}
    assert claims, "the batch claim was not run"
    for sql, lines in claims.items():
        assert any("INTEGER PRIMARY KEY" in line for line in lines), (sql, lines)
        assert not any("ix_deletion_requests_status_due" in line for line in lines), lines

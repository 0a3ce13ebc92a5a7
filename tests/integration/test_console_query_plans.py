"""The console's row counts at scale: each tab opening counts its table, so the count must be
SQLite's count of index entries (its ``Count`` instruction), not a read of every row: at
300,000 emails ``count(id)`` took ~0.2 s of the Emails tab's opening, ``count(*)`` none."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from core import queries
from core.db import open_store, sqlite_url
from core.world import DEMO_WORLD, load_world, seed_world


@pytest.mark.parametrize("count", [queries.count_requests, queries.count_emails,
                                   queries.count_audit])
def test_a_tab_counts_its_rows_without_reading_them(tmp_path, count):
    path = tmp_path / "counts.db"
    store = open_store(sqlite_url(path))
    try:
        seed_world(store, load_world(DEMO_WORLD))
        seen: list[str] = []

        @event.listens_for(store.engine, "before_cursor_execute")
        def record(conn, cursor, statement, parameters, context, executemany):
            seen.append(statement)

        with store.reader() as uow:
            total = count(uow)
    finally:
        store.dispose()
    (sql,) = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    conn = sqlite3.connect(path)
    try:
        table = sql.partition("FROM")[2].split()[0]
        assert total == conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        opcodes = [row[1] for row in conn.execute(f"EXPLAIN {sql}")]
    finally:
        conn.close()
    assert "Count" in opcodes, (sql, opcodes)


@pytest.mark.parametrize("page", [queries.requests_page, queries.emails_page,
                                  queries.audit_page])
def test_a_tab_reads_its_first_page_without_sorting_every_row(tmp_path, page):
    """A tab opens on its default sort: that order must come from an index, not from a
    sort of the whole table (the Requests tab's newest-first sorted all 100,000 requests
    for the first page, ~100 ms of opening it, before ix_deletion_requests_requested_at)."""
    path = tmp_path / "pages.db"
    store = open_store(sqlite_url(path))
    try:
        seed_world(store, load_world(DEMO_WORLD))
        seen: list[tuple] = []

        @event.listens_for(store.engine, "before_cursor_execute")
        def record(conn, cursor, statement, parameters, context, executemany):
            seen.append((statement, parameters))

        with store.reader() as uow:
            page(uow)
    finally:
        store.dispose()
    (sql, params) = [s for s in seen if s[0].lstrip().upper().startswith("SELECT")][0]
    conn = sqlite3.connect(path)
    try:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    finally:
        conn.close()
    assert not any("TEMP B-TREE" in step for step in plan), (sql, plan)

"""On PostgreSQL the worker's statements keep one text from batch to batch: ids go as one
array parameter (``= ANY(%s)``), not as an IN list of 500 placeholders (SQLAlchemy compiled
and psycopg converted each such text again, ~15% of the worker's CPU), and the deleted
Network profiles and Bitrix24s are marked by one UPDATE ... FROM unnest a batch, not one
UPDATE a row."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from core.db import open_store
from core.processing import process_due
from core.synthetic import add_due_requests


@pytest.mark.postgres
def test_a_batch_runs_the_same_few_statements_whatever_its_ids(pg_url):
    store = open_store(pg_url)
    try:
        add_due_requests(store, 300)
        seen: list[tuple[str, bool]] = []

        @event.listens_for(store.engine, "before_cursor_execute")
        def record(conn, cursor, statement, parameters, context, executemany):
            seen.append((" ".join(statement.split()), executemany))

        done = process_due(store, batch_size=100)
    finally:
        store.dispose()
    assert len(done) == 300
    assert max(text.count("%") for text, _ in seen) < 40, "an IN list of placeholders"
    assert not any(" IN (" in text for text, _ in seen)
    marks = [(text, many) for text, many in seen
             if text.startswith(("UPDATE network_profiles", "UPDATE portals"))]
    assert marks and not any(many for _, many in marks), marks
    # Three batches, each the same statements: few distinct texts, not new ones per batch.
    assert len({text for text, _ in seen}) < 40

"""The batch path writes values to SQLite exactly as the ORM does (it bypasses SQLAlchemy's
per-row parameter processing for speed, so it must apply the same type conversions)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from core.processing import advance_clock
from tests.integration.helpers import request_as


def test_batch_written_times_have_the_orms_storage_format(store):
    request_as(store, "anna", "acme.bitrix24.com")  # ORM: request_received email
    advance_clock(store, timedelta(days=30))  # batch path: final emails, audit rows
    with store.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT kind, typeof(created_at), created_at FROM emails ORDER BY id")).all()
        audit = conn.execute(text(
            "SELECT event, at FROM audit_events WHERE event = 'profile_deleted'")).all()
    by_kind = {kind: (kind_type, value) for kind, kind_type, value in rows}
    orm_type, orm_value = by_kind["request_received"]
    batch_type, batch_value = by_kind["profile_deleted"]
    assert orm_type == batch_type == "text"
    assert len(batch_value) == len(orm_value)  # same shape, e.g. 2026-04-01 09:00:00.000000
    assert batch_value == "2026-04-01 09:00:00.000000"
    assert audit == [("profile_deleted", "2026-04-01 09:00:00.000000")]

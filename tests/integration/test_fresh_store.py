"""A fresh database built from the models (the flow runner's template) equals a migrated one."""

from __future__ import annotations

import sqlite3

import pytest

from core.db import HEAD_REVISION, create_fresh_sqlite, open_store, sqlite_url
from core.errors import StoreError
from core.world import DEMO_WORLD, load_world, seed_world


def _schema(path) -> dict:
    """Every table's columns, indexes (with their columns and partial WHERE), foreign keys."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for t in tables:
            indexes = {}
            for _, name, unique, origin, partial in conn.execute(f"PRAGMA index_list('{t}')"):
                sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                   (name,)).fetchone()[0]
                where = sql.split(" WHERE ", 1)[1].strip() if sql and partial else None
                cols = [r[2] for r in conn.execute(f"PRAGMA index_info('{name}')")]
                key = name if origin == "c" else (origin, tuple(cols))
                indexes[key] = (unique, origin, partial, tuple(cols), where)
            out[t] = {
                "columns": [r[1:] for r in conn.execute(f"PRAGMA table_info('{t}')")],
                "indexes": indexes,
                "foreign_keys": sorted(r[2:] for r in conn.execute(
                    f"PRAGMA foreign_key_list('{t}')")),
            }
        return out
    finally:
        conn.close()


def test_a_database_built_from_the_models_equals_one_migrated_to_head(tmp_path):
    migrated, fresh = tmp_path / "migrated.db", tmp_path / "fresh.db"
    open_store(sqlite_url(migrated)).dispose()
    create_fresh_sqlite(fresh)
    assert _schema(fresh) == _schema(migrated)
    conn = sqlite3.connect(fresh)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
        (HEAD_REVISION,)]
    conn.close()


def test_a_fresh_database_opens_at_head_and_holds_the_demo_world(tmp_path):
    path = tmp_path / "fresh.db"
    create_fresh_sqlite(path)
    store = open_store(sqlite_url(path))
    seed_world(store, load_world(DEMO_WORLD))
    assert store.has_world()
    store.dispose()


def test_building_a_fresh_database_over_one_with_tables_is_refused(tmp_path):
    path = tmp_path / "world.db"
    open_store(sqlite_url(path)).dispose()
    with pytest.raises(StoreError, match="already holds tables"):
        create_fresh_sqlite(path)

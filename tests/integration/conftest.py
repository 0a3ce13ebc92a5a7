"""Integration fixtures: a fresh database per test on SQLite and, when a server is given,
PostgreSQL.

PostgreSQL variants need ``TEST_DATABASE_URL`` (a role that may CREATE DATABASE): each test
gets its own database, created from that URL and dropped afterwards. ``.ci/run`` starts a
private server and sets the variable; locally ``eval "$(.ci/postgres-up)"`` does the same.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from core.db import Store, open_store, sqlite_url
from core.world import DEMO_WORLD, load_world, seed_world

PG_ENV = "TEST_DATABASE_URL"
PG_SKIP_REASON = (
    "PostgreSQL variant: set TEST_DATABASE_URL=postgresql+psycopg://USER:PASS@127.0.0.1:5432/postgres "
    "(a role allowed to CREATE DATABASE), or run `eval \"$(.ci/postgres-up)\"` first to start a "
    "private server; .ci/run does this in CI."
)
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def require_pg() -> str:
    url = pg_admin_url()
    if url is None:
        if os.environ.get("REQUIRE_POSTGRES"):
            pytest.fail("REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not")
        pytest.skip(PG_SKIP_REASON)
    return url


class PgDatabases:
    """Creates uniquely named databases on the server and drops them (with FORCE) at the end."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", pool_size=1)

    def create(self) -> str:
        name = f"b24t_{uuid.uuid4().hex[:16]}"
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_databases():
    url = require_pg()
    dbs = PgDatabases(url)
    yield dbs
    dbs.engine.dispose()


@pytest.fixture
def pg_url(pg_databases: PgDatabases):
    """A fresh, empty PostgreSQL database for one test."""
    url = pg_databases.create()
    yield url
    pg_databases.drop(url)


@pytest.fixture(params=BACKENDS)
def backend_url(request, tmp_path: Path):
    """A fresh, empty database URL on each backend (SQLite file; PostgreSQL database)."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "world.db")
        return
    dbs = request.getfixturevalue("pg_databases")
    url = dbs.create()
    yield url
    dbs.drop(url)


@pytest.fixture
def any_empty_store(backend_url: str):
    store = open_store(backend_url)
    yield store
    store.dispose()


@pytest.fixture
def any_store(any_empty_store: Store) -> Store:
    """The demo world, on SQLite and on PostgreSQL."""
    seed_world(any_empty_store, load_world(DEMO_WORLD))
    return any_empty_store

"""Opening a store: engine, SQLite pragmas, migrations to head, units of work."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core.errors import StoreError
from core.models import WorldState

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "0001"
BUSY_TIMEOUT_MS = 15000


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - trivial
        # Take over transaction control so writers can BEGIN IMMEDIATE.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if dbapi_conn.execute("PRAGMA journal_mode").fetchone()[0] != "memory":
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover - trivial
        # Writers take the write lock at BEGIN, so two writers queue on busy_timeout
        # instead of failing with "database is locked" on upgrade from read to write.
        mode = "DEFERRED" if conn.get_execution_options().get("readonly") else "IMMEDIATE"
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"Not a database URL: {url!r}. Use e.g. sqlite:///path/to/file.db "
                         "or postgresql+psycopg://user:pass@host/dbname.") from exc
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            folder = Path(db).expanduser().resolve().parent
            if not folder.exists():
                folder.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_pragmas(engine)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # missing driver, bad options
        raise StoreError(f"Cannot use database {parsed.render_as_string()}: {exc}") from exc


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to head. Refuses a database from a newer version of the app."""
    current = _current_revision(engine)
    if current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(
            f"This database was written by a newer version of the app (schema {current}); "
            "it was left untouched. Update the app, or choose another file with --db or "
            "--data-dir."
        )
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@dataclass
class Store:
    """A database with its schema at head. ``store.uow()`` opens one unit of work."""

    engine: Engine
    url: str

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._readonly = sessionmaker(
            self.engine.execution_options(readonly=True), expire_on_commit=False
        )

    def session(self, readonly: bool = False) -> Session:
        return (self._readonly if readonly else self._factory)()

    def uow(self, actor: str = "system") -> UnitOfWork:
        return UnitOfWork(self, actor)

    def reader(self) -> UnitOfWork:
        return UnitOfWork(self, "reader", readonly=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def has_world(self) -> bool:
        with self.session(readonly=True) as s:
            return s.get(WorldState, 1) is not None

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(url: str) -> Store:
    """Open (and migrate) the database at ``url``. Raises StoreError with a readable message."""
    engine = make_engine(url)
    try:
        migrate(engine)
    except StoreError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise StoreError(_explain(url, exc)) from exc
    return Store(engine, url)


def _explain(url: str, exc: Exception) -> str:
    msg = str(getattr(exc, "orig", exc))
    where = make_url(url).render_as_string(hide_password=True)
    if "file is not a database" in msg or "malformed" in msg:
        return (f"The database {where} is damaged or not a database file ({msg}). It was left "
                "untouched. Restore a backup with 'python main.py restore FILE' or reset with "
                "'python main.py reset'.")
    if "readonly" in msg or "read-only" in msg:
        return (f"The database {where} is read-only ({msg}). Make the file writable or choose "
                "another with --data-dir or --db.")
    if "unable to open" in msg:
        return f"Cannot open the database {where} ({msg}). Check the folder exists and is writable."
    return f"Cannot open the database {where}: {msg}"


class DbClock:
    """The simulated clock: kept in the database, it moves only when told."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def now(self) -> datetime:
        state = self._session.get(WorldState, 1)
        if state is None:
            raise StoreError("The database holds no world yet. Run 'python main.py reset'.")
        return state.clock

    def set(self, when: datetime) -> None:
        self._session.get(WorldState, 1).clock = when


class UnitOfWork:
    """One session per user action; rolls back unless committed."""

    def __init__(self, store: Store, actor: str = "system", readonly: bool = False) -> None:
        self.store = store
        self.actor = actor
        self.readonly = readonly
        self.session: Session
        self.clock: DbClock

    def __enter__(self) -> UnitOfWork:
        self.session = self.store.session(readonly=self.readonly)
        self.clock = DbClock(self.session)
        return self

    def __exit__(self, *exc) -> None:
        # close() rolls back whatever was not committed and detaches objects without
        # expiring them, so views built from them stay readable.
        self.session.close()

    def commit(self) -> None:
        state = self.session.get(WorldState, 1)
        if state is not None and self.session.dirty | self.session.new | self.session.deleted:
            state.revision = (state.revision or 0) + 1
        self.session.commit()

    def state(self) -> WorldState:
        state = self.session.get(WorldState, 1)
        if state is None:
            raise StoreError("The database holds no world yet. Run 'python main.py reset'.")
        return state

"""Opening a store: engine, SQLite pragmas, migrations to head, units of work."""

from __future__ import annotations

import random
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, event, func, inspect, text, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from core.config import sqlite_url  # noqa: F401 (core.db.sqlite_url: part of this API)
from core.errors import DomainError, StoreError
from core.models import Base, WorldState

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "0003"
BUSY_TIMEOUT_MS = 15000
# The simulated clock does not move past this: a request made then is due at most 3650 days
# later (the longest window_days), which must still be a date Python can hold (year 9999).
CLOCK_LIMIT = datetime(9989, 1, 1)
DEFAULT_WAL_AUTOCHECKPOINT = 1000  # pages: SQLite's default
WORKER_WAL_AUTOCHECKPOINT = 16384  # pages (64 MB of 4 KB pages): see worker_pragmas
CONNECT_TIMEOUT_S = 10
# Any stable number: the PostgreSQL advisory lock that serializes migrations.
MIGRATION_LOCK = 0x62323473696D


def sqlite_path(url: str) -> Path | None:
    """The file behind a plain SQLite URL; None for servers, memory and ``file:`` URIs."""
    parsed = make_url(url)
    if (parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:")
            or parsed.query.get("uri")):
        return None
    return Path(parsed.database).expanduser()


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

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_conn, record):
        if record.info.pop("worker_pragmas", False):
            dbapi_conn.execute(f"PRAGMA wal_autocheckpoint = {DEFAULT_WAL_AUTOCHECKPOINT}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the write lock at BEGIN, so two writers queue instead of failing with
        # "database is locked" on upgrade from read to write.
        if conn.get_execution_options().get("readonly"):
            conn.exec_driver_sql("BEGIN DEFERRED")
        else:
            _begin_immediate(conn.connection.dbapi_connection)


def worker_pragmas(session: Session) -> None:
    """For a processing worker's unit of work on SQLite: checkpoint the WAL once it holds
    WORKER_WAL_AUTOCHECKPOINT pages instead of SQLite's 1000 (4 MB). Each batch of
    completions writes megabytes, so the default copied the WAL into the database file and
    synced it after every commit. Commits are written and synced as before (durability is
    unchanged); the connection gets the default back when it returns to the pool, and
    ``checkpoint`` leaves a small WAL when the worker is done."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {WORKER_WAL_AUTOCHECKPOINT}")
    conn.connection.info["worker_pragmas"] = True


def checkpoint(store: Store) -> None:
    """Copy the SQLite WAL into the database file now (passive: waits for nobody), so the
    next writer does not pay for the worker's pages."""
    if not store.is_sqlite:
        return
    raw = store.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        raw.close()


def _begin_immediate(dbapi_conn) -> None:
    """BEGIN IMMEDIATE, retried every millisecond or two until BUSY_TIMEOUT_MS.

    SQLite's own busy handler sleeps up to 100 ms between tries; a writer that commits and
    begins again back to back (a worker, or the phone tapping quickly) leaves gaps far
    shorter than that, so the other writer could miss them all and fail after the timeout.
    Polling with a short random sleep finds the gaps.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA busy_timeout = 0")
        while True:
            try:
                cur.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(random.uniform(0.0005, 0.002))
    finally:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.close()


def prepare_sqlite_file(path: Path) -> None:
    """Make sure a SQLite database can live at ``path``: its folder is created when missing
    (the command line refuses a --db whose folder is missing before this, see
    core.config.resolve_db_url); StoreError, with a sentence, when the folder cannot be made
    or ``path`` is a folder itself."""
    path = Path(path).expanduser()
    folder = path.resolve().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the folder {folder} for the database "
                         f"({exc.strerror or exc}). Choose another with --data-dir "
                         "or --db.") from exc
    if not folder.is_dir():
        raise StoreError(f"{folder} is not a folder. Choose another with --data-dir or --db.")
    if path.is_dir():
        raise StoreError(_folder_not_file(path))


def _folder_not_file(path: Path) -> str:
    return (f"{path} is a folder, not a database file. Name a file inside it "
            f"(--db sqlite:///{path / 'world.db'}) or use --data-dir {path}.")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"Not a database URL: {url!r}. Use e.g. sqlite:///path/to/file.db "
                         "or postgresql+psycopg://user:pass@host/dbname.") from exc
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not parsed.query.get("uri"):
            prepare_sqlite_file(Path(db))
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_pragmas(engine)
        return engine
    connect_args = {}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except NoSuchModuleError as exc:
        raise StoreError(f"Cannot use the database {shown}: unknown kind of database "
                         f"{parsed.drivername!r}. Use sqlite:///path/to/file.db or "
                         "postgresql+psycopg://user:pass@host/dbname.") from exc
    except Exception as exc:  # missing driver, bad options
        raise StoreError(f"Cannot use the database {shown}: {exc}") from exc


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


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _refuse_newer(current: str | None) -> None:
    if current is not None and current != HEAD_REVISION and current not in _known_revisions():
        raise StoreError(
            f"This database was written by a newer version of the app (schema {current}); "
            "it was left untouched. Update the app, or choose another file with --db or "
            "--data-dir."
        )


def probe_sqlite_file(path: Path) -> str | None:
    """Look at an existing SQLite file without writing a byte to it.

    Returns its schema revision (None for a new or empty file). Raises StoreError for a file
    that is not a database, is damaged, or comes from a newer version of the app, so such a
    file is refused before anything (even the WAL switch) touches it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    where = f"sqlite:///{path}"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            row = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                   if has_version else None)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(_explain(where, exc)) from exc
    current = row[0] if row else None
    _refuse_newer(current)
    return current


def migrate(engine: Engine) -> None:
    """Bring the schema to head. Refuses a database from a newer version of the app."""
    current = _current_revision(engine)
    if current == HEAD_REVISION:
        return
    _refuse_newer(current)
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two workers starting on an empty server database: one migrates, the other
            # waits here and then finds the schema at head (alembic reads it under the lock).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


# What ``alembic stamp`` writes into a new database (alembic.runtime.migration).
_VERSION_TABLE = ("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                  "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")


def create_fresh_sqlite(path: Path) -> None:
    """A new SQLite file with the schema built from the models and stamped at head.

    Alembic's own recipe for new databases (``create_all``, then ``stamp head``), without
    importing Alembic (~0.2 s): the version table and row are written as ``stamp`` writes
    them. The flow runner makes its template database this way; ``open_store`` still
    migrates. tests/integration/test_fresh_store.py checks the file equals a migrated one.
    """
    engine = make_engine(sqlite_url(path))
    try:
        with engine.begin() as conn:
            if inspect(conn).get_table_names():
                raise StoreError(f"{path} already holds tables; a fresh database needs a new "
                                 "file.")
            Base.metadata.create_all(conn)
            conn.exec_driver_sql(_VERSION_TABLE)
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:rev)"),
                         {"rev": HEAD_REVISION})
    finally:
        engine.dispose()


@dataclass
class Store:
    """A database with its schema at head. ``store.uow()`` opens one unit of work."""

    engine: Engine
    url: str

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._factory, "after_flush", _note_flush)
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
    try:
        path = sqlite_path(url)
    except ArgumentError as exc:
        raise StoreError(f"Not a database URL: {url!r}. Use e.g. sqlite:///path/to/file.db "
                         "or postgresql+psycopg://user:pass@host/dbname.") from exc
    if path is not None:
        if path.is_dir():  # SQLite would call it a "disk I/O error"
            raise StoreError(_folder_not_file(path))
        probe_sqlite_file(path)
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
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc) else repr(exc)
    try:
        where = make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        where = "(unreadable URL)"
    if "file is not a database" in msg or "malformed" in msg:
        return (f"The database {where} is damaged or not a database file ({msg}). It was left "
                "untouched. Restore a backup with 'python main.py restore FILE' or reset with "
                "'python main.py reset'.")
    if "readonly" in msg or "read-only" in msg:
        return (f"The database {where} is read-only ({msg}). Make the file writable or choose "
                "another with --data-dir or --db.")
    if "database is locked" in msg or "database table is locked" in msg:
        return (f"The database {where} is busy: another program kept it locked for more than "
                f"{BUSY_TIMEOUT_MS // 1000} seconds. Nothing was changed; try again.")
    try:
        path = sqlite_path(url)
    except ArgumentError:
        path = None
    if path is not None and path.is_dir():
        return _folder_not_file(path)
    if "disk is full" in msg or "disk I/O" in msg:
        return f"The database {where} cannot be written ({msg}). Free some disk space."
    if "connection failed" in msg or "could not connect" in msg or "timeout expired" in msg:
        return (f"Cannot connect to the database server {where} ({msg}). Check the host, the "
                "port and that the server is running.")
    if "unable to open" in msg:
        return f"Cannot open the database {where} ({msg}). Check the folder exists and is writable."
    return f"Cannot use the database {where}: {msg}"


def _note_flush(session: Session, _flush_context) -> None:
    # Changes written by an autoflush are no longer "dirty" at commit: remember them.
    session.info["changed"] = True


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

    def advance(self, delta: timedelta) -> tuple[datetime, datetime]:
        """Move the clock by ``delta``; returns (before, after). The clock is read under a
        row lock (FOR UPDATE on a server database; SQLite writers are serialized already),
        so two people advancing one shared clock at once both count: the second waits for
        the first and moves on from its time."""
        state = self._session.get(WorldState, 1, with_for_update=True, populate_existing=True)
        if state is None:
            raise StoreError("The database holds no world yet. Run 'python main.py reset'.")
        before = state.clock
        # Checked before adding: past datetime.max the sum raises OverflowError.
        if delta > CLOCK_LIMIT - before:
            raise DomainError(
                f"The clock is at {before:%Y-%m-%d %H:%M}; moving it by {delta.days:,} days "
                f"would pass {CLOCK_LIMIT:%Y-%m-%d}, the latest time the simulator keeps "
                "(requests made then still need room for their deletion date). Reset to a "
                "world with an earlier clock.")
        state.clock = before + delta
        return before, state.clock


class UnitOfWork:
    """One session per user action; rolls back unless committed."""

    def __init__(self, store: Store, actor: str = "system", readonly: bool = False) -> None:
        self.store = store
        self.actor = actor
        self.readonly = readonly
        self.session: Session
        self.clock: DbClock
        self.changes_committed = 0  # commits that changed something (each bumps the revision)

    def __enter__(self) -> UnitOfWork:
        self.session = self.store.session(readonly=self.readonly)
        self.clock = DbClock(self.session)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        # close() rolls back whatever was not committed and detaches objects without
        # expiring them, so views built from them stay readable.
        self.session.close()
        if isinstance(exc, DBAPIError | sqlite3.DatabaseError):
            # A database that is locked too long, read-only, damaged or unreachable: the
            # user gets a sentence (StoreError), never a driver traceback. Nothing was stored.
            raise StoreError(_explain(self.store.url, exc)) from exc

    def commit(self) -> None:
        s = self.session
        if s.dirty or s.new or s.deleted or s.info.get("changed"):
            s.flush()
            # Incremented in SQL, not read-modify-write in Python: two writers on a server
            # database (READ COMMITTED) would otherwise both write the same revision.
            revision = s.execute(
                update(WorldState).where(WorldState.id == 1)
                .values(revision=func.coalesce(WorldState.revision, 0) + 1)
                .returning(WorldState.revision)
                .execution_options(synchronize_session=False)
            ).scalar()
            state = s.identity_map.get(s.identity_key(WorldState, 1))
            if state is not None and revision is not None:
                set_committed_value(state, "revision", revision)
            self.changes_committed += 1
        s.commit()
        s.info.pop("changed", None)

    def state(self) -> WorldState:
        state = self.session.get(WorldState, 1)
        if state is None:
            raise StoreError("The database holds no world yet. Run 'python main.py reset'.")
        return state

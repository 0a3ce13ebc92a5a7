"""Opening a store: engine, SQLite pragmas, migrations to head, units of work."""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import bindparam, create_engine, event, func, inspect, select, text, update
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from core.config import sqlite_url
from core.errors import DomainError, StoreError
from core.models import (
    MAIN_DEVICE,
    Base,
    DeletionRequest,
    DeviceSession,
    NetworkProfile,
    Portal,
    Profile,
    WorldState,
    postgresql_options,
)

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "0007"
# Tables added after the first schema, with the migration that adds each.
TABLES_ADDED_BY = {"device_sessions": "0004"}
BUSY_TIMEOUT_MS = 15000
# The simulated clock does not move past this: a request made then is due at most 3650 days
# later (the longest window_days), which must still be a date Python can hold (year 9999).
CLOCK_LIMIT = datetime(9989, 1, 1)
DEFAULT_WAL_AUTOCHECKPOINT = 1000  # pages: SQLite's default
WORKER_WAL_AUTOCHECKPOINT = 0  # off in the worker's commits: Checkpointer does it beside them
CONNECT_TIMEOUT_S = 10
# Any stable number: the PostgreSQL advisory lock that serializes migrations.
MIGRATION_LOCK = 0x62323473696D


# What the SQLite driver takes in a URL without uri=true (SQLAlchemy ignores anything else
# with a warning, and passes these to sqlite3.connect).
SQLITE_URL_OPTIONS = ("timeout", "check_same_thread", "cached_statements")


def _not_a_url(url: str) -> str:
    return (f"Not a database URL: {url!r}. Use e.g. sqlite:///path/to/file.db or "
            "postgresql+psycopg://user:pass@host/dbname.")


def parse_url(url: str) -> URL:
    """``url`` read by SQLAlchemy; StoreError, with a sentence, for one it cannot read (its
    own ArgumentError, or a ValueError for a port such as ``[::1`` or ``host:abc``)."""
    try:
        return make_url(url)
    except (ArgumentError, ValueError, TypeError) as exc:
        raise StoreError(_not_a_url(url)) from exc


def sqlite_path(url: str) -> Path | None:
    """The file behind a plain SQLite URL; None for servers, memory and ``file:`` URIs.
    StoreError for a URL that cannot be read."""
    parsed = parse_url(url)
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
        _use_wal(dbapi_conn)
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
    """For a processing worker's unit of work on SQLite: no automatic checkpoint in its
    commits (WORKER_WAL_AUTOCHECKPOINT). Each batch of completions writes megabytes, so
    SQLite's default (every 1000 pages, 4 MB) copied the WAL into the database file and
    synced it after nearly every commit, and a later 64 MB interval made one commit in a
    few last up to a second (a checkpoint into a 1.5 GB file). A Checkpointer thread copies
    the WAL beside the batches instead. Commits are written and synced as before
    (durability is unchanged); the connection gets the default back when it returns to the
    pool, and ``checkpoint`` leaves a small WAL when the worker is done."""
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


class Checkpointer:
    """Copies a SQLite store's WAL into its database file in a thread of its own while a
    worker writes batches (``poke()`` after each commit), so no commit of the worker pays
    for it and the copying and syncing overlap the worker's next batch (the driver lets go
    of the GIL while SQLite works). PASSIVE: it takes no lock that a writer or reader waits
    for. Does nothing for a server database or one in memory. Use as a context manager."""

    def __init__(self, store: Store) -> None:
        database = store.engine.url.database
        self._store = store
        self._on = store.is_sqlite and database not in (None, "", ":memory:")
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Checkpointer:
        if self._on:
            self._thread = threading.Thread(target=self._run, name="wal-checkpointer",
                                            daemon=True)
            self._thread.start()
        return self

    def poke(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        raw = None
        try:
            raw = self._store.engine.raw_connection()
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stopping:
                    return
                raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except (sqlite3.Error, DBAPIError) as exc:
            # The worker's commits go on (the WAL only grows); ``checkpoint`` runs at the end.
            log.warning("WAL checkpoint beside the worker stopped: %s", exc)
        finally:
            if raw is not None:
                raw.close()

    def __exit__(self, *_exc) -> None:
        if self._thread is not None:
            self._stopping = True
            self._wake.set()
            self._thread.join()


def _use_wal(dbapi_conn) -> None:
    """Put the file in WAL mode; nothing to do for a file in it already (every file this app
    writes is, from its first write) or in memory.

    The switch needs the only lock on the file, and SQLite does not wait in its busy handler
    for it while another connection holds the write lock: a short lock (a backup, another
    program's transaction) failed the open at once. Retried like BEGIN IMMEDIATE, until
    BUSY_TIMEOUT_MS."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if dbapi_conn.execute("PRAGMA journal_mode").fetchone()[0] in ("wal", "memory"):
                return
            dbapi_conn.execute("PRAGMA journal_mode = WAL").fetchall()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(random.uniform(0.005, 0.02))


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
    recover_hot_journal(path)  # before a backup copies the dead writer's pages


def _folder_not_file(path: Path) -> str:
    return (f"{path} is a folder, not a database file. Name a file inside it "
            f"(--db {sqlite_url(path / 'world.db')}) or use --data-dir {path}.")


def make_engine(url: str) -> Engine:
    """An engine for ``url``; StoreError, with a sentence, for a URL or an option the app
    cannot use (never a driver's traceback)."""
    parsed = parse_url(url)
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_options(parsed, shown)
        db = parsed.database
        if db and db != ":memory:" and not parsed.query.get("uri"):
            prepare_sqlite_file(Path(db))
        connect_args = {} if "timeout" in parsed.query else {"timeout": BUSY_TIMEOUT_MS / 1000}
        engine = _create(parsed, shown, connect_args=connect_args)
        _sqlite_pragmas(engine)
        return engine
    connect_args = {}
    if parsed.get_backend_name() == "postgresql":
        postgresql_options()
        if "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    return _create(parsed, shown, pool_pre_ping=True, connect_args=connect_args)


def _create(parsed: URL, shown: str, **options) -> Engine:
    try:
        return create_engine(parsed, **options)
    except NoSuchModuleError as exc:
        raise StoreError(f"Cannot use the database {shown}: unknown kind of database "
                         f"{parsed.drivername!r}. Use sqlite:///path/to/file.db or "
                         "postgresql+psycopg://user:pass@host/dbname.") from exc
    except ImportError as exc:  # a dialect whose driver is not installed (pysqlcipher3)
        raise StoreError(f"Cannot use the database {shown}: its driver "
                         f"{getattr(exc, 'name', None) or exc} is not installed. Use "
                         "sqlite:///path/to/file.db or postgresql+psycopg://user:pass@host/"
                         "dbname.") from exc
    except Exception as exc:  # bad options (a port that is not a number, ...)
        raise StoreError(f"Cannot use the database {shown}: {exc}") from exc


def _check_sqlite_options(parsed: URL, shown: str) -> None:
    """The options after ``?`` of a SQLite URL: SQLAlchemy drops unknown ones with a warning
    (``?mode=ro`` would silently open the file for writing) and a bad timeout ended in a
    ValueError traceback."""
    if parsed.query.get("uri"):
        return  # a file: URI of SQLite's own; sqlite3 reads its options
    unknown = sorted(set(parsed.query) - set(SQLITE_URL_OPTIONS))
    if unknown:
        raise StoreError(f"Cannot use the database {shown}: the option(s) "
                         f"{', '.join(unknown)} are not SQLite URL options (known: "
                         f"{', '.join(SQLITE_URL_OPTIONS)}, or uri=true for a file: URI). "
                         "Remove them.")
    timeout = parsed.query.get("timeout")
    if timeout is not None:
        try:
            if not 0 <= float(timeout) <= 3600:
                raise ValueError
        except (TypeError, ValueError):
            raise StoreError(f"Cannot use the database {shown}: timeout={timeout} is not a "
                             "number of seconds from 0 to 3600.") from None


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


def recover_hot_journal(path: Path) -> None:
    """Roll back what a writer killed mid-transaction left in a rollback journal.

    A "hot" journal (``FILE-journal`` of a store still in rollback mode, its writer gone)
    makes every read-only open fail as "read-only", and copying the file past it, or deleting
    it, keeps the dead writer's half-written pages as if committed. SQLite rolls it back on
    the first read-write open; this is that open, made before anything else reads the file.
    A journal a live writer still holds is not hot, and SQLite leaves it alone."""
    journal = Path(f"{path}-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:
        return  # no journal (the usual case)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # read-only or damaged: the probe that follows says which


def probe_sqlite_file(path: Path) -> str | None:
    """Look at an existing SQLite file without writing a byte to it (but for rolling back a
    dead writer's hot journal, see recover_hot_journal).

    Returns its schema revision (None for a new or empty file). Raises StoreError for a file
    that is not a database, is damaged, holds another program's tables, lacks this app's
    tables, or comes from a newer version of the app, so such a file is refused before
    anything (even the WAL switch) touches it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    recover_hot_journal(path)
    where = sqlite_url(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            tables = {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'")}
            row = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                   if "alembic_version" in tables else None)
            current = row[0] if row else None
            _refuse_foreign(path, tables, current)
            damaged = _damaged_roots(path, conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(_explain(where, exc)) from exc
    if damaged:
        raise StoreError(_explain(where, sqlite3.DatabaseError(
            f"database disk image is malformed: the first page of {', '.join(damaged[:3])} "
            "is not a table page")))
    return current


_BTREE_PAGE_TYPES = {2, 5, 10, 13}  # interior/leaf index and table pages (file format 1.6)


def _damaged_roots(path: Path, conn: sqlite3.Connection) -> list[str]:
    """Tables and indexes whose root page is not a b-tree page (zeroed, overwritten).

    Such a table reads as empty when it is, so a command would run until it first wrote to
    it (a clock moved and audited, then the damage met). Reads one byte of each root page
    from the file: a few dozen reads, where ``PRAGMA quick_check`` reads the whole store
    (seconds at 100,000 requests). Only when the file is the whole store, no WAL beside it
    (a live WAL may hold newer copies of these pages); every store is so when no program
    has it open."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return []
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = conn.execute("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 1").fetchall()
    damaged = []
    with open(path, "rb") as fh:
        for name, root in roots:
            fh.seek((root - 1) * page_size)
            kind = fh.read(1)
            if not kind or kind[0] not in _BTREE_PAGE_TYPES:
                damaged.append(name)
    return damaged


def _refuse_foreign(path: Path, tables: set[str], current: str | None) -> None:
    """StoreError for a file that is not one of this app's stores: another program's tables
    (it would have been migrated, gaining this app's tables and a demo world), a version
    stamp without the tables, or a newer version of the app. An empty file is fine."""
    ours = set(Base.metadata.tables)
    others = tables - {"alembic_version"}
    if current is None and not others:
        return  # empty (or only an empty version table): a new store
    if current is None or (not others & ours and current not in _known_revisions()):
        shown = sorted(others or tables)
        names = ", ".join(shown[:4]) + (", ..." if len(shown) > 4 else "")
        raise StoreError(
            f"{path} is a SQLite database of another program (tables: {names}), not a store "
            "of this app; it was left untouched. Choose a new file or one this app wrote, "
            "with --db or --data-dir.")
    _refuse_newer(current)
    # A table a later migration adds is not missing from an older store.
    later = {t for t, rev in TABLES_ADDED_BY.items() if current is not None and current < rev}
    missing = sorted(ours - tables - later)
    if missing:
        raise StoreError(
            f"{path} says it holds this app's schema {current} but lacks its tables "
            f"({', '.join(missing[:4])}{', ...' if len(missing) > 4 else ''}); it was left "
            "untouched. Restore a backup with 'python main.py restore FILE', reset it with "
            "'python main.py reset', or choose another file with --db or --data-dir.")


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

    def uow(self, actor: str = "system", device: str = MAIN_DEVICE) -> UnitOfWork:
        return UnitOfWork(self, actor, device=device)

    def reader(self, device: str = MAIN_DEVICE) -> UnitOfWork:
        return UnitOfWork(self, "reader", readonly=True, device=device)

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
    path = sqlite_path(url)
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
    except (TypeError, ValueError) as exc:  # an option the driver refuses when it connects
        engine.dispose()
        raise StoreError(f"Cannot use the database {_shown(url)}: {exc}") from exc
    return Store(engine, url)


def _shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        return "(unreadable URL)"


def _explain(url: str, exc: Exception, opening: bool = True) -> str:
    """One sentence for a database error. ``opening``: raised while the store was opened, so
    nothing was written; otherwise during a step, whose own changes were not saved (earlier
    steps of the same command may have been)."""
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc) else repr(exc)
    where = _shown(url)
    kept = "It was left untouched." if opening else "This step was not saved."
    if "file is not a database" in msg or "malformed" in msg:
        return (f"The database {where} is damaged or not a database file ({msg}). {kept} "
                "Restore a backup with 'python main.py restore FILE' or reset with "
                "'python main.py reset'.")
    if "readonly" in msg or "read-only" in msg:
        return (f"The database {where} is read-only ({msg}). Make the file writable or choose "
                "another with --data-dir or --db.")
    if "database is locked" in msg or "database table is locked" in msg:
        return (f"The database {where} is busy: another program kept it locked for more than "
                f"{BUSY_TIMEOUT_MS // 1000} seconds. "
                f"{'Nothing was changed' if opening else 'This step was not saved'}; try again.")
    try:
        path = sqlite_path(url)
    except StoreError:
        path = None
    if path is not None and path.is_dir():
        return _folder_not_file(path)
    if "disk is full" in msg or "disk I/O" in msg:
        return f"The database {where} cannot be written ({msg}). Free some disk space."
    if "connection failed" in msg or "could not connect" in msg or "timeout expired" in msg:
        return (f"Cannot connect to the database server {where} ({msg}). Check the host, the "
                "port and that the server is running.")
    if "unable to open" in msg:
        folder = path.resolve().parent if path is not None else None
        if folder is not None and path.exists() and not os.access(folder, os.W_OK | os.X_OK):
            return (f"The database {where} is in a folder that cannot be written ({folder}: "
                    "read-only, or no permission); SQLite writes its WAL beside the file. "
                    f"{kept} Make the folder writable, or copy the store to another and use "
                    "--data-dir.")
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

    def advance_to(self, when: datetime) -> tuple[datetime, datetime]:
        """Move the clock forward to ``when``; a clock already there, or past it, stays where
        it is, so a command repeated (after a kill, or by a second worker) never moves it
        twice. Read under the same row lock as ``advance``; returns (before, after)."""
        state = self._session.get(WorldState, 1, with_for_update=True, populate_existing=True)
        if state is None:
            raise StoreError("The database holds no world yet. Run 'python main.py reset'.")
        before = state.clock
        if when <= before:
            return before, before
        if when >= CLOCK_LIMIT:
            raise DomainError(
                f"{when:%Y-%m-%d} is past {CLOCK_LIMIT:%Y-%m-%d}, the latest time the simulator "
                "keeps (requests made then still need room for their deletion date).")
        state.clock = when
        return before, when


# session.info key: (person id, Bitrix24 id) -> their Profile or None, known in a reader's
# session (UnitOfWork._read_context); core.services.find_profile looks there first.
PROFILES = "profiles"
# session.info key: profile id -> the status of its latest deletion request (None: none),
# for core.services.profile_view, read the same way.
LATEST_REQUEST = "latest request"


_UNREAD = object()  # UnitOfWork._seat before the read context brought it


@cache
def _context_query(main: bool):
    """The read context's SELECT (``UnitOfWork._read_context``), built once: for the first
    phone (its seat is ``world_state``) or for another (its ``device_sessions`` row, the
    phone bound as ``:device``). Building it each time cost more than running it (~0.14
    of ~0.54 ms a read, and its cache key ~0.08 more); a built statement keeps its key."""
    latest = (select(DeletionRequest.status).where(DeletionRequest.profile_id == Profile.id)
              .order_by(DeletionRequest.id.desc()).limit(1).scalar_subquery())
    if main:
        seat, query = WorldState, select(WorldState)
    else:
        seat = DeviceSession
        query = (select(WorldState, DeviceSession).select_from(WorldState)
                 .outerjoin(DeviceSession, DeviceSession.device == bindparam("device")))
    return (query.add_columns(NetworkProfile, Portal, Profile, latest)
            .outerjoin(NetworkProfile, NetworkProfile.id == seat.session_person_id)
            .outerjoin(Portal, Portal.id == seat.session_portal_id)
            .outerjoin(Profile, (Profile.person_id == seat.session_person_id)
                       & (Profile.portal_id == seat.session_portal_id))
            .where(WorldState.id == 1))


class UnitOfWork:
    """One session per user action; rolls back unless committed."""

    def __init__(self, store: Store, actor: str = "system", readonly: bool = False,
                 device: str = MAIN_DEVICE) -> None:
        self.store = store
        self.actor = actor
        self.readonly = readonly
        self.device = device  # the phone this action comes from (``seat``)
        self.session: Session
        self.clock: DbClock
        self.changes_committed = 0  # commits that changed something (each bumps the revision)
        self.revision: int | None = None  # world_state.revision after the last such commit
        self._context_read = False  # a reader's first state(): with who is signed in where
        self._context = None        # what it loaded (the session keeps objects only weakly)
        self._seat = _UNREAD        # another phone's device_sessions row, read with it

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
            raise StoreError(_explain(self.store.url, exc, opening=False)) from exc

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
            if s.get_bind().dialect.name == "postgresql":
                # Other windows on this database hear of it as it commits (core.live).
                s.execute(text("SELECT pg_notify('b24sim_changes', :rev)"),
                          {"rev": str(revision)})
            self.revision = revision
            self.changes_committed += 1
        s.commit()
        s.info.pop("changed", None)

    def state(self) -> WorldState:
        if self.readonly and not self._context_read:
            self._context_read = True
            self._read_context()
        state = self.session.get(WorldState, 1)
        if state is None:
            raise StoreError("The database holds no world yet. Run 'python main.py reset'.")
        return state

    def _read_context(self) -> None:
        """The world's state with this phone's seat, its signed-in person and Bitrix24, in
        one SELECT: nearly every read starts with them, and ``session.get`` then finds them
        in the session instead of asking the database once each (a fifth of a flow's
        statements). The seat is ``world_state`` itself for the first phone, the phone's
        ``device_sessions`` row (if it has one yet) for another. The person's profile in that
        Bitrix24 comes in the same row, and ``core.services.find_profile`` takes it from
        ``session.info`` (this session only reads, so it stays true until the unit ends),
        and so does the status of that profile's latest request, for ``profile_view``. Kept
        here: the session holds what it loaded only while someone does."""
        main = self.device == MAIN_DEVICE
        self._context = row = self.session.execute(
            _context_query(main), {} if main else {"device": self.device}).first()
        if row is None:
            return
        if self.device != MAIN_DEVICE:
            self._seat = row[1]  # None: the phone has no row yet (``seat`` makes an empty one)
            row = (row[0], *row[2:])
        if row[1] is not None and row[2] is not None:
            self.session.info[PROFILES] = {(row[1].id, row[2].id): row[3]}
            if row[3] is not None:
                self.session.info[LATEST_REQUEST] = {row[3].id: row[4]}

    def seat(self) -> WorldState | DeviceSession:
        """The app's session on this unit's phone (``device``): who is signed in there, its
        in-app browser's session and its platform, as attributes of one row. The first phone
        keeps them on ``world_state``; another phone on its ``device_sessions`` row, made on
        its first write (a reader gets an empty one, not stored)."""
        state = self.state()
        if self.device == MAIN_DEVICE:
            return state
        if self._seat is not _UNREAD:  # a reader's: read with the state (_read_context)
            row = self._seat
        else:
            row = self.session.scalar(select(DeviceSession).where(
                DeviceSession.device == self.device))
        if row is None:
            row = DeviceSession(device=self.device, platform=state.device_platform or "ios")
            if not self.readonly:
                self.session.add(row)
        return row

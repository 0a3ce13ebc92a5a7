"""What the headless commands do to a store: back up, reset, restore, seed, process.

Each function returns what it did and raises StoreError (or WorldError, DomainError) with a
message a person can act on; none prints. The command line (b24_delete_account.py) reads the
arguments, renders progress and turns these results and errors into lines and exit codes.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import ArgumentError

from core.db import (
    BUSY_TIMEOUT_MS,
    open_store,
    prepare_sqlite_file,
    probe_sqlite_file,
    sqlite_path,
    sqlite_url,
)
from core.errors import StoreError
from core.world import DEMO_WORLD, load_world, seed_world

log = logging.getLogger(__name__)

__all__ = ["Restored", "WorkDone", "backup", "backups_beside", "due_count", "file_of",
           "open_or_seed", "rebuild_store", "reset_store", "restore_backup", "run_worker",
           "seed_store", "sqlite_path"]


def file_of(url: str) -> Path | None:
    """The SQLite file of ``url`` (None for a server); StoreError for a URL that is not one."""
    try:
        return sqlite_path(url)
    except ArgumentError as exc:
        raise StoreError(f"Not a database URL: {url!r}. Use e.g. sqlite:///path/to/file.db "
                         "or postgresql+psycopg://user:pass@host/dbname.") from exc


def _ro_connect(path: Path) -> sqlite3.Connection:
    """A connection that cannot write a byte to ``path``."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000)


def _copy_consistent(source: Path, target: Path) -> None:
    """A consistent single-file copy of a live SQLite database (its WAL included)."""
    src = _ro_connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _unlink_db(path: Path) -> None:
    """Remove a database file and its companions, skipping those that are not there (on a
    read-only file system unlink says EROFS even for a missing file) and, with a warning in
    the log, those that cannot be removed: a cleanup must not hide the error that led to it
    behind an OSError traceback."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        file = Path(f"{path}{suffix}")
        if os.path.lexists(file):
            try:
                file.unlink()
            except OSError as exc:
                log.warning("could not remove %s: %s", file, exc.strerror or exc)


def backup(url: str, stamp: datetime | None = None) -> Path | None:
    """Copy the SQLite file beside itself with a timestamp; None when there is nothing to copy.

    The copy is written under a temporary name and renamed when complete, so a backup file
    is never half written. A damaged file is kept byte for byte. Raises StoreError when the
    copy cannot be written (then nothing else happens).
    """
    path = file_of(url)
    if path is None or not path.exists():
        return None
    stamp = stamp or datetime.now()
    target = path.with_name(f"{path.stem}.backup-{stamp:%Y%m%d-%H%M%S-%f}{path.suffix}")
    partial = target.with_name(f".{target.name}.partial")
    try:
        try:
            _copy_consistent(path, partial)
        except sqlite3.DatabaseError:
            # A damaged file cannot go through the backup API: keep its bytes as they are.
            _unlink_db(partial)
            shutil.copyfile(path, partial)
            wal = Path(f"{path}-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{target}-wal"))
        os.replace(partial, target)
    except OSError as exc:
        _unlink_db(partial)
        raise StoreError(f"Could not write a backup beside {path} ({exc.strerror or exc}); "
                         "nothing was changed.") from exc
    return target


def _put_in_place(new_file: Path, path: Path) -> None:
    """Replace the database at ``path`` by the single file ``new_file`` (already backed up).

    The old WAL is emptied into the old file first and removed: a WAL left beside a new main
    file would be replayed into it. If anything fails before the rename, the old database is
    whole.
    """
    if path.exists():
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            pass  # damaged: its bytes are in the backup
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(new_file, path)


def _single_file(path: Path) -> None:
    """Fold a freshly written database's WAL into it, so the file stands alone.

    It stays in WAL mode (kept in the file's header), so the store is in WAL from its first
    write on: no later writer writes it in rollback mode (one killed mid-transaction left a
    hot journal) or has to switch modes at connect (which needs the only lock on the file)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def reset_store(url: str, world_path: str | Path | None = None) -> tuple[Path | None, str]:
    """Back up the old database, then load the demo world (or another) into a fresh one.

    The world is validated first and built in a new file beside the old one; only then is the
    old file backed up and the new one renamed over it. A failure at any step leaves the old
    database as it was.
    """
    spec = load_world(world_path or DEMO_WORLD)
    saved, _ = rebuild_store(url, lambda store: seed_world(store, spec))
    return saved, spec.name


def rebuild_store(url: str, build) -> tuple[Path | None, object]:
    """Replace the database by what ``build(store)`` writes into a fresh one; returns the
    backup of the old file (None for a server database or when there was none) and what
    ``build`` returned. The fresh SQLite file is built beside the old one, then the old one is
    backed up as it is (never opened, so never migrated) and the new one renamed over it;
    a failure at any step leaves the old database as it was."""
    path = file_of(url)
    if path is None:
        store = open_store(url)  # a server database: no file to keep; use its own backups
        try:
            return None, build(store)
        finally:
            store.dispose()
    prepare_sqlite_file(path)
    _writable_folder(path)
    fresh = path.with_name(f".{path.name}.new-{os.getpid()}")
    _unlink_db(fresh)
    try:
        store = open_store(sqlite_url(fresh))
        try:
            built = build(store)
        finally:
            store.dispose()
        _single_file(fresh)
        saved = backup(url)
        _put_in_place(fresh, path)
    except OSError as exc:
        raise StoreError(f"Could not write {path} ({exc.strerror or exc}); the old database "
                         "was left as it was.") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Could not build the new database beside {path} ({exc}); the old "
                         "database was left as it was.") from exc
    finally:
        _unlink_db(fresh)
    return saved, built


def _writable_folder(path: Path) -> None:
    """StoreError, before anything is written, when the new database cannot be built beside
    ``path`` (a read-only file system, a folder without write permission)."""
    folder = path.resolve().parent
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"The folder {folder} cannot be written (read-only, or no "
                         "permission), and the new database is built beside the old one; "
                         "nothing was changed. Choose a writable folder with --data-dir or "
                         "--db.")


def backups_beside(path: Path) -> list[Path]:
    """The backups ``reset`` and ``restore`` left beside a database, newest first."""
    return sorted(path.parent.glob(f"{path.stem}.backup-*{path.suffix}"), reverse=True)


@dataclass(frozen=True)
class Restored:
    source: Path          # the backup that was brought back
    target: Path          # the database file it replaced
    saved: Path | None    # where the database it replaced went (None: there was none)


def restore_backup(url: str, file: str | Path) -> Restored:
    """Bring back a backup: validated on a copy (the backup itself is never written), then
    the current database is backed up and replaced. StoreError says why not; then nothing
    was changed."""
    target = file_of(url)
    if target is None:
        raise StoreError("restore works on SQLite files only; for a server database use its "
                         "own backup tools (pg_dump / pg_restore).")
    source = _backup_file(Path(file).expanduser(), target)
    staged = target.with_name(f".{target.name}.restore-{os.getpid()}")
    _unlink_db(staged)
    try:
        prepare_sqlite_file(target)
        _writable_folder(target)
        _stage(source, staged)
        _single_file(staged)
        saved = backup(url)
        _put_in_place(staged, target)
    except OSError as exc:
        raise StoreError(f"Could not restore {source} to {target} ({exc.strerror or exc}); "
                         "the current database was left as it was.") from exc
    finally:
        _unlink_db(staged)
    return Restored(source, target, saved)


def _backup_file(source: Path, target: Path) -> Path:
    """The backup file ``source`` names (a bare name is looked up beside ``target``)."""
    if not source.exists() and (target.parent / source.name).is_file():
        source = target.parent / source.name  # a bare backup name: look beside the database
    if not source.is_file():
        known = backups_beside(target)
        hint = (" Backups beside the database: " + ", ".join(p.name for p in known[:5])
                if known else "")
        what = "is a folder, not a backup file" if source.is_dir() else "no such backup file"
        raise StoreError(f"{source}: {what}.{hint}")
    if target.exists() and source.resolve() == target.resolve():
        raise StoreError(f"{source} is the database itself; name a backup file.")
    return source


def _stage(source: Path, staged: Path) -> None:
    """Copy the backup to ``staged`` and check it holds a world (migrating an older one)."""
    try:
        _copy_consistent(source, staged)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{source} cannot be restored: it is damaged or not a database file "
                         f"({exc}). Nothing was changed.") from exc
    try:
        probe = open_store(sqlite_url(staged))  # an older backup is migrated on the copy
        try:
            has_world = probe.has_world()
        finally:
            probe.dispose()
    except StoreError as exc:
        # The problem was found on the copy: name the backup the person gave.
        why = str(exc).replace(sqlite_url(staged), str(source)).replace(str(staged), str(source))
        raise StoreError(f"{source} cannot be restored: {why}") from exc
    if not has_world:
        raise StoreError(f"{source} holds no world; nothing restored.")


def open_or_seed(url: str):
    """Open the store; a store with no world yet gets the demo world."""
    store = open_store(url)
    if not store.has_world():
        seed_world(store, load_world(DEMO_WORLD))
    return store


def due_count(store, until: datetime | None = None) -> int:
    """How many pending requests are due by ``until`` (default: the clock)."""
    from sqlalchemy import func, select

    from core import models as m

    with store.reader() as uow:
        until = until or uow.clock.now()
        return uow.session.scalar(
            select(func.count()).select_from(m.DeletionRequest)
            .where(m.DeletionRequest.status == "pending", m.DeletionRequest.due_at <= until))


@dataclass(frozen=True)
class WorkDone:
    results: list       # the ProcessResults, in completion order
    clock: datetime     # the simulated clock afterwards


def run_worker(store, delta: timedelta | None = None,
               on_start: Callable[[int], None] | None = None,
               on_done: Callable[[object], None] | None = None,
               until: datetime | None = None) -> WorkDone:
    """The headless worker: move the clock by ``delta`` if given, or forward to ``until``
    (safe to repeat: a clock already there stays), then complete what is due.

    ``on_start(n)`` hears how many requests are due before the first is completed (other
    workers may take some), ``on_done(result)`` each completed request, for progress.
    """
    from core import processing

    started = time.perf_counter()
    target = until
    with store.reader() as uow:
        now = uow.clock.now()
        until = max(now, until) if until is not None else now + (delta or timedelta(0))
    due = due_count(store, until)
    log.info("worker: %d requests due by %s", due, f"{until:%Y-%m-%d %H:%M}")
    if on_start is not None:
        on_start(due)

    def done(result) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("worker: completed request #%d", result.request.id)
        if on_done is not None:
            on_done(result)

    if target is not None:
        results = processing.advance_clock_to(store, target, "worker", on_done=done)
    elif delta is not None:
        results = processing.advance_clock(store, delta, "worker", on_done=done)
    else:
        results = processing.process_due(store, on_done=done)
    with store.reader() as uow:
        now = uow.clock.now()
    log.info("worker: %d requests completed in %.2f s; clock at %s", len(results),
             time.perf_counter() - started, f"{now:%Y-%m-%d %H:%M}")
    return WorkDone(results, now)


def seed_store(url: str, requests: int, *, due: bool = False, shape: str = "uniform",
               progress: Callable[[int], None] | None = None) -> tuple[Path | None, object]:
    """Replace the world by a synthetic one, the way reset does: built in a fresh file, then
    the old database is kept as a backup, as it was, and the new one takes its place.
    Returns (the backup or None, the SyntheticInfo); ``progress(n)`` hears each batch of
    ``n`` requests written."""
    from core.synthetic import seed_synthetic

    path = file_of(url)
    if path is not None:
        # A damaged file, or one from a newer version of the app, is refused untouched
        # (reset is the way to replace those).
        probe_sqlite_file(path)
    return rebuild_store(url, lambda store: seed_synthetic(
        store, requests, due=due, shape=shape, progress=progress))

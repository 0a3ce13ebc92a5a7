"""The headless commands of main.py: reset, restore, process, seed. Each returns an exit code."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from datetime import datetime
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
from core.errors import DomainError, StoreError
from core.world import DEMO_WORLD, WorldError, load_world, seed_world

__all__ = ["backup", "fail", "load_world_into", "process", "reset", "reset_store", "restore",
           "seed", "sqlite_path"]


def fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _file_of(url: str) -> Path | None:
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
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def backup(url: str, stamp: datetime | None = None) -> Path | None:
    """Copy the SQLite file beside itself with a timestamp; None when there is nothing to copy.

    The copy is written under a temporary name and renamed when complete, so a backup file
    is never half written. A damaged file is kept byte for byte. Raises StoreError when the
    copy cannot be written (then nothing else happens).
    """
    path = _file_of(url)
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
    """Fold a freshly written database's WAL into it, so the file stands alone."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
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
    path = _file_of(url)
    if path is None:
        store = open_store(url)  # a server database: no file to keep; use its own backups
        try:
            return None, build(store)
        finally:
            store.dispose()
    prepare_sqlite_file(path)
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


def say_backup(url: str, saved: Path | None, before: str) -> None:
    """Tell where the old database went: every command that replaces the world says it."""
    if saved:
        print(f"Old database kept as {saved}", flush=True)
    elif _file_of(url) is None:
        print(f"Server database: no file backup is kept; use pg_dump before {before}.",
              flush=True)


def _replace_world(url: str, world_path, before: str, done: str) -> int:
    try:
        saved, name = reset_store(url, world_path)
    except (WorldError, StoreError) as exc:
        return fail(str(exc))
    say_backup(url, saved, before)
    print(done.format(name=name), flush=True)
    return 0


def reset(url: str, args) -> int:
    return _replace_world(url, getattr(args, "world", None), "a reset", "Reset to {name}.")


def load_world_into(url: str, world_path: str) -> int:
    """``main.py --world FILE``: the same as ``reset --world FILE`` (validated first, the old
    database kept as a backup), before the GUI opens."""
    return _replace_world(url, world_path, "loading a world", "Loaded {name}.")


def backups_beside(path: Path) -> list[Path]:
    """The backups ``reset`` and ``restore`` left beside a database, newest first."""
    return sorted(path.parent.glob(f"{path.stem}.backup-*{path.suffix}"), reverse=True)


def restore(url: str, args) -> int:
    """Bring back a backup: validated on a copy (the backup itself is never written), then
    the current database is backed up and replaced."""
    try:
        target = _file_of(url)
    except StoreError as exc:
        return fail(str(exc))
    if target is None:
        return fail("restore works on SQLite files only; for a server database use its own "
                    "backup tools (pg_dump / pg_restore).")
    source = Path(args.file).expanduser()
    if not source.exists() and (target.parent / source.name).is_file():
        source = target.parent / source.name  # a bare backup name: look beside the database
    if not source.is_file():
        known = backups_beside(target)
        hint = (" Backups beside the database: " + ", ".join(p.name for p in known[:5])
                if known else "")
        what = "is a folder, not a backup file" if source.is_dir() else "no such backup file"
        return fail(f"{source}: {what}.{hint}")
    if target.exists() and source.resolve() == target.resolve():
        return fail(f"{source} is the database itself; name a backup file.")
    staged = target.with_name(f".{target.name}.restore-{os.getpid()}")
    _unlink_db(staged)
    try:
        prepare_sqlite_file(target)
        try:
            _copy_consistent(source, staged)
        except sqlite3.DatabaseError as exc:
            return fail(f"{source} cannot be restored: it is damaged or not a database file "
                        f"({exc}). Nothing was changed.")
        try:
            probe = open_store(sqlite_url(staged))  # an older backup is migrated on the copy
            try:
                has_world = probe.has_world()
            finally:
                probe.dispose()
        except StoreError as exc:
            return fail(f"{source} cannot be restored: {exc}")
        if not has_world:
            return fail(f"{source} holds no world; nothing restored.")
        _single_file(staged)
        saved = backup(url)
        _put_in_place(staged, target)
    except StoreError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"Could not restore {source} to {target} ({exc.strerror or exc}); the "
                    "current database was left as it was.")
    finally:
        _unlink_db(staged)
    if saved:
        print(f"Previous database kept as {saved}")
    print(f"Restored {source} to {target}")
    return 0


def open_or_seed(url: str):
    """Open the store; a store with no world yet gets the demo world."""
    store = open_store(url)
    if not store.has_world():
        seed_world(store, load_world(DEMO_WORLD))
    return store


def process(url: str, args) -> int:
    """The headless worker: complete due requests (one line each), then optionally send mail."""
    from core import processing

    send = getattr(args, "send", False)
    mail_config = None
    if send:
        from core.mail.config import MailConfigError, load_mail_config

        try:  # a bad transport configuration stops the run before anything changes
            mail_config = load_mail_config()
        except MailConfigError as exc:
            return fail(str(exc))
    try:
        delta = processing.parse_duration(args.advance) if args.advance else None
        store = open_or_seed(url)
    except (StoreError, WorldError, DomainError) as exc:
        return fail(str(exc))

    def say(result) -> None:
        r = result.request
        extra = []
        if result.portal_deleted:
            extra.append(f"Bitrix24 {r.portal.address} deleted")
        if result.network_profile_deleted:
            extra.append("Network profile deleted")
        tail = f" ({'; '.join(extra)})" if extra else ""
        print(f"completed #{r.id} {r.person.name} @ {r.portal.address} "
              f"due {r.due_at:%Y-%m-%d %H:%M}{tail}", flush=True)

    try:
        if delta is not None:
            results = processing.advance_clock(store, delta, "worker", on_done=say)
        else:
            results = processing.process_due(store, on_done=say)
        with store.reader() as uow:
            now = uow.clock.now()
        print(f"{len(results)} requests completed; clock at {now:%Y-%m-%d %H:%M} UTC",
              flush=True)
        if send:
            from core.mail.dispatch import dispatch_pending

            report = dispatch_pending(store, config=mail_config)
            for error in report.errors:
                print(f"  email error: {error}", file=sys.stderr)
            print(f"mail via {mail_config.describe()}: {report.summary()}")
            if report.failed:
                return 1
    except (DomainError, StoreError) as exc:
        return fail(str(exc))
    finally:
        store.dispose()
    return 0


def seed(url: str, args) -> int:
    """Replace the world by a synthetic one, the way reset does: built in a fresh file, then
    the old database is kept as a backup, as it was, and the new one takes its place."""
    from core.synthetic import seed_synthetic

    if args.requests < 0 or args.requests > 5_000_000:
        return fail("--requests must be between 0 and 5,000,000.")
    shape = getattr(args, "shape", "uniform")
    try:
        path = _file_of(url)
        if path is not None:
            # A damaged file, or one from a newer version of the app, is refused untouched
            # (reset is the way to replace those).
            probe_sqlite_file(path)
        saved, info = rebuild_store(url, lambda store: seed_synthetic(
            store, args.requests, due=args.due, shape=shape))
    except StoreError as exc:
        return fail(str(exc))
    say_backup(url, saved, "seeding")
    print(info)
    return 0

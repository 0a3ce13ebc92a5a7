"""The headless commands of main.py: reset, restore, process, seed. Each returns an exit code."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from core.db import open_store
from core.errors import DomainError, StoreError
from core.world import DEMO_WORLD, WorldError, load_world, seed_world


def fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


def backup(url: str, stamp: datetime | None = None) -> Path | None:
    """Copy the SQLite file beside itself with a timestamp; None when there is nothing to copy."""
    path = sqlite_path(url)
    if path is None or not path.exists():
        return None
    stamp = stamp or datetime.now()
    target = path.with_name(f"{path.stem}.backup-{stamp:%Y%m%d-%H%M%S-%f}{path.suffix}")
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    except sqlite3.DatabaseError:
        # A damaged file cannot go through the backup API: keep its bytes as they are.
        shutil.copy2(path, target)
    finally:
        src.close()
    return target


def reset_store(url: str, world_path: str | Path | None = None) -> tuple[Path | None, str]:
    """Back up the old database, then load the demo world (or another) into a fresh one."""
    spec = load_world(world_path or DEMO_WORLD)
    saved = backup(url)
    path = sqlite_path(url)
    if path is not None and path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = open_store(url)
    try:
        seed_world(store, spec)
    finally:
        store.dispose()
    return saved, spec.name


def reset(url: str, args) -> int:
    try:
        saved, name = reset_store(url, getattr(args, "world", None))
    except (WorldError, StoreError) as exc:
        return fail(str(exc))
    if saved:
        print(f"Old database kept as {saved}")
    print(f"Reset to {name}.")
    return 0


def restore(url: str, args) -> int:
    source = Path(args.file).expanduser()
    target = sqlite_path(url)
    if target is None:
        return fail("restore works on SQLite files only; for a server database use its own "
                    "backup tools (pg_dump / pg_restore).")
    if not source.is_file():
        return fail(f"{source}: no such backup file.")
    try:
        probe = open_store(f"sqlite:///{source}")
        has_world = probe.has_world()
        probe.dispose()
    except StoreError as exc:
        return fail(f"{source} cannot be restored: {exc}")
    if not has_world:
        return fail(f"{source} holds no world; nothing restored.")
    saved = backup(url)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
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
    from core.synthetic import seed_synthetic

    if args.requests < 0 or args.requests > 5_000_000:
        return fail("--requests must be between 0 and 5,000,000.")
    try:
        store = open_store(url)
        info = seed_synthetic(store, args.requests, due=args.due)
        store.dispose()
    except StoreError as exc:
        return fail(str(exc))
    print(info)
    return 0

"""`python main.py reset` keeps a timestamped backup; `python main.py restore FILE` brings
it back. Real subprocesses on real files."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from core import models as m
from core import services as sv
from core.db import open_store, sqlite_url

ROOT = Path(__file__).resolve().parents[2]
BACKUP_NAME = re.compile(r"^world\.backup-\d{8}-\d{6}-\d{6}\.db$")


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def requests_in(url: str) -> int:
    store = open_store(url)
    try:
        with store.reader() as uow:
            return uow.session.scalar(select(func.count()).select_from(m.DeletionRequest))
    finally:
        store.dispose()


def make_a_request(url: str) -> None:
    store = open_store(url)
    try:
        with store.uow("app") as uow:
            sv.browser_login(uow, "anna@acme.example", "Anna-pass-1")
        with store.uow("app") as uow:
            sv.send_request(uow, "Leaving", 7, True)
    finally:
        store.dispose()


def test_reset_keeps_a_timestamped_backup_and_restore_brings_it_back(tmp_path):
    data = tmp_path / "data"
    db = data / "world.db"
    url = sqlite_url(db)
    first = cli("reset", "--data-dir", str(data))
    assert first.returncode == 0, first.stderr
    assert "Reset to Demo world." in first.stdout
    assert not list(data.glob("*.backup-*"))  # nothing to keep the first time
    make_a_request(url)
    assert requests_in(url) == 1

    second = cli("reset", "--data-dir", str(data))
    assert second.returncode == 0, second.stderr
    backups = list(data.glob("world.backup-*.db"))
    assert len(backups) == 1 and BACKUP_NAME.match(backups[0].name)
    assert f"Old database kept as {backups[0]}" in second.stdout
    assert requests_in(url) == 0  # the demo world again
    assert requests_in(sqlite_url(backups[0])) == 1  # the old world, request included
    backup_digest = digest(backups[0])

    restored = cli("restore", "--data-dir", str(data), str(backups[0]))
    assert restored.returncode == 0, restored.stderr
    assert requests_in(url) == 1
    assert digest(backups[0]) == backup_digest  # the backup itself was never written
    # The world replaced by the restore was kept too.
    assert len(list(data.glob("world.backup-*.db"))) == 2
    assert "Previous database kept as" in restored.stdout
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def demo_with_a_request(tmp_path):
    """A data folder holding the demo world (made by reset) with one request in it."""
    data = tmp_path / "data"
    assert cli("reset", "--data-dir", str(data)).returncode == 0
    make_a_request(sqlite_url(data / "world.db"))
    return data


def test_restore_accepts_a_bare_backup_name_and_lists_backups_when_the_file_is_missing(
        tmp_path):
    data = demo_with_a_request(tmp_path)
    assert cli("reset", "--data-dir", str(data)).returncode == 0
    backup = next(data.glob("world.backup-*.db"))
    missing = cli("restore", "--data-dir", str(data), "world.backup-19990101.db")
    assert missing.returncode == 2
    assert "no such backup file" in missing.stderr and backup.name in missing.stderr
    folder = cli("restore", "--data-dir", str(data), str(tmp_path))
    assert folder.returncode == 2 and "is a folder, not a backup file" in folder.stderr
    ok = cli("restore", "--data-dir", str(data), backup.name)
    assert ok.returncode == 0, ok.stderr
    assert requests_in(sqlite_url(data / "world.db")) == 1


def test_a_backup_taken_while_the_database_has_a_live_wal_is_complete(tmp_path, store,
                                                                       db_url):
    """The store stays open (its WAL holds the latest commits) while reset runs."""
    make_a_request(db_url)
    db = Path(db_url[len("sqlite:///"):])
    with store.uow("test") as uow:  # keep a connection open: the WAL is not checkpointed
        uow.session.execute(select(1))
        result = cli("reset", "--db", db_url)
    assert result.returncode == 0, result.stderr
    backup = next(db.parent.glob("world.backup-*.db"))
    assert requests_in(sqlite_url(backup)) == 1
    assert requests_in(db_url) == 0


def test_a_failed_reset_leaves_the_old_database_and_no_backup(tmp_path):
    data = demo_with_a_request(tmp_path)
    before = digest(data / "world.db")
    bad = tmp_path / "bad.yaml"
    bad.write_text("clock: never\n")
    result = cli("reset", "--data-dir", str(data), "--world", str(bad))
    assert result.returncode == 2
    assert "is not valid" in result.stderr and "Traceback" not in result.stderr
    assert digest(data / "world.db") == before
    assert not list(data.glob("*.backup-*")) and not list(data.glob(".*"))


def test_restoring_a_damaged_or_newer_file_changes_nothing(tmp_path):
    data = demo_with_a_request(tmp_path)
    before = digest(data / "world.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x07" * 9000)
    newer = tmp_path / "newer.db"
    store = open_store(sqlite_url(newer))
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0999'")
    store.dispose()
    newer_digest = digest(newer)
    for source, expect in ((junk, "damaged or not a database"), (newer, "newer version")):
        result = cli("restore", "--data-dir", str(data), str(source))
        assert result.returncode == 2, result.stdout
        assert expect in result.stderr and "Traceback" not in result.stderr
        assert digest(data / "world.db") == before
    assert digest(newer) == newer_digest
    assert not list(data.glob("*.backup-*"))


def test_reset_on_a_server_database_says_it_keeps_no_file_backup(pg_url):
    result = cli("reset", "--db", pg_url)
    assert result.returncode == 0, result.stderr
    assert "use pg_dump" in result.stdout
    assert requests_in(pg_url) == 0
    restore = cli("restore", "--db", pg_url, "whatever.db")
    assert restore.returncode == 2 and "SQLite files only" in restore.stderr

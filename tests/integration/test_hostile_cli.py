"""Hostile input met at the command line, second round: worlds and flows whose YAML PyYAML
cannot build, control characters, deep nesting, inputs that never end, odd store URLs and
folders, other programs' files, damaged and half-written stores.

Each case is a real `main.py` subprocess on a private --data-dir: one `error:` line (or the
world's list of problems) that says what to do, exit code 2, never a traceback, and the store's
bytes unchanged where the input was refused.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from core.world import DEMO_WORLD

ROOT = Path(__file__).resolve().parents[2]
DEMO_TEXT = DEMO_WORLD.read_text(encoding="utf-8")


def cli(*args: str, env: dict | None = None, timeout: float = 120
        ) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("B24SIM_")}
    full.update({"QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env=full)


def refused(proc: subprocess.CompletedProcess, *needles: str) -> str:
    """Exit 2, an `error:` message without a traceback holding every needle."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("error: "), proc.stderr
    for needle in needles:
        assert needle in proc.stderr, proc.stderr
    assert len(proc.stderr) < 2000, proc.stderr[:400]
    return proc.stderr


def digest(folder: Path) -> dict[str, str]:
    """Every file of a data folder and its bytes' hash."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A private data folder holding the demo world, written by the real command."""
    folder = tmp_path / "data"
    out = cli("reset", "--data-dir", str(folder))
    assert out.returncode == 0, out.stderr
    for name in os.listdir(folder):
        if ".backup-" in name:
            os.unlink(folder / name)
    return folder


def demo_with(old: str, new: str) -> str:
    assert old in DEMO_TEXT, old
    return DEMO_TEXT.replace(old, new, 1)


# ------------------------------------------------------------- worlds PyYAML cannot build

WORLDS = {
    # (1) values PyYAML's constructors raise on
    "impossible-date-time": (demo_with("clock: 2026-03-02T09:00:00Z",
                                       "clock: 2026-02-30T09:00:00Z"),
                             ["clock: not a date and time: '2026-02-30T09:00:00Z'", "(line"]),
    "impossible-date": (demo_with("clock: 2026-03-02T09:00:00Z", "clock: 2026-02-29"),
                        ["clock: not a date and time: '2026-02-29'"]),
    "offset-past-a-day": (demo_with("clock: 2026-03-02T09:00:00Z",
                                    "clock: 2026-03-02T09:00:00+25:00"),
                          ["clock: not a date and time"]),
    "int-tag-on-a-word": (demo_with("window_days: 30", "window_days: !!int thirty"),
                          ["'thirty' is not a valid !!int", "remove the !!int tag"]),
    "timestamp-tag-on-a-word": (demo_with("clock: 2026-03-02T09:00:00Z",
                                          "clock: !!timestamp yesterday"),
                                ["line 8: 'yesterday' is not a valid !!timestamp"]),
    # (2) characters YAML does not allow in a file
    "nul-in-a-value": (demo_with("name: Demo world", "name: Demo\x00world"),
                       ["line 7: the character U+0000", "remove it"]),
    "bell-in-a-comment": ("# a bell \x07 here\n" + DEMO_TEXT,
                          ["line 1: the character U+0007", "remove it"]),
    # (3) nesting PyYAML composes recursively
    "5000-nested-brackets": ("name: x\nclock: " + "[" * 5000 + "\n",
                             ["line 2: nested more than 100 levels deep"]),
    # (6) the world's own name is text of one line
    "name-a-mapping": (demo_with("name: Demo world", "name: {first: Demo}"),
                       ["name: expected text, got a mapping"]),
    "name-with-a-nul-escape": (demo_with("name: Demo world", 'name: "Demo\\0world"'),
                               ["name: must be one line (no line breaks or NUL)"]),
}


@pytest.mark.parametrize("case", list(WORLDS))
def test_a_world_pyyaml_cannot_build_is_refused_on_its_line_and_the_store_kept(
        data, tmp_path, case):
    text, needles = WORLDS[case]
    world = tmp_path / "bad.yaml"
    world.write_text(text, encoding="utf-8")
    before = digest(data)
    refused(cli("reset", "--data-dir", str(data), "--world", str(world)), *needles)
    assert digest(data) == before


def test_a_million_nested_brackets_within_the_size_cap_are_refused_in_seconds(data, tmp_path):
    """PyYAML's scanner walks every open `[` at each token: quadratic, so 6,000 took seconds
    and the 2 MiB a file may hold would have taken hours (found by test_fuzz_inputs.py)."""
    world = tmp_path / "deep.yaml"
    world.write_text("name: x\nclock: " + "[" * 1_000_000 + "\n", encoding="utf-8")
    before = digest(data)
    started = time.monotonic()
    refused(cli("reset", "--data-dir", str(data), "--world", str(world), timeout=120),
            "line 2: nested more than 100 levels deep")
    assert time.monotonic() - started < 60  # mostly start-up on a busy machine; ~0.1 s reading
    assert digest(data) == before


# ------------------------------------------------------------------ flows (the same reader)

FLOWS = {
    "nul-in-a-flow": ('- inputText: "a\x00b"\n', "flow.yaml:5: the character U+0000"),
    "3000-nested-braces": ("- " + "{a: " * 3000 + "\n", "flow.yaml:5: nested more than 100"),
}


def flow_file(tmp_path: Path, body: str) -> Path:
    flow = tmp_path / "flow.yaml"
    flow.write_text("name: hostile\n---\n- launchApp\n- tapOn: {id: profile_tab}\n" + body,
                    encoding="utf-8")
    return flow


@pytest.mark.parametrize("case", list(FLOWS))
def test_a_flow_pyyaml_cannot_read_fails_on_its_line_without_a_traceback(tmp_path, case):
    body, expect = FLOWS[case]
    out = cli("test", str(flow_file(tmp_path, body)), timeout=180)
    shown = out.stdout + out.stderr
    assert out.returncode == 1, shown
    assert "Traceback" not in shown and "RecursionError" not in shown, shown
    assert expect in shown, shown
    assert "0 passed, 1 failed" in out.stdout, shown


def test_a_plain_value_that_is_no_real_date_is_the_text_a_flow_types(tmp_path):
    """`- inputText: 2026-02-30` looked like a date to PyYAML, whose date builder raised
    ValueError; it is the ten characters the person wants typed (Maestro reads it so)."""
    from gui.flows.parser import parse_flow

    flow = parse_flow(flow_file(tmp_path, "- inputText: 2026-02-30\n"))
    assert flow.commands[-1].name == "inputText"
    assert flow.commands[-1].args["text"] == "2026-02-30"


# ------------------------------------------------------------------ inputs that never end


def test_a_world_read_from_dev_zero_is_refused_after_two_megabytes(data):
    before = digest(data)
    msg = refused(cli("reset", "--data-dir", str(data), "--world", "/dev/zero", timeout=60),
                  "goes on past 2048 KiB")
    assert "/dev/zero" in msg
    assert digest(data) == before


def test_a_world_from_a_fifo_that_never_ends_is_refused(data, tmp_path):
    fifo = tmp_path / "world.fifo"
    os.mkfifo(fifo)
    stop = threading.Event()

    def feed() -> None:
        try:
            with open(fifo, "wb") as fh:
                while not stop.is_set():
                    fh.write(b"# more and more\n" * 4096)
        except (BrokenPipeError, OSError):
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    before = digest(data)
    try:
        refused(cli("reset", "--data-dir", str(data), "--world", str(fifo), timeout=60),
                "goes on past 2048 KiB")
    finally:
        stop.set()
        writer.join(10)
    assert digest(data) == before


def test_a_mail_configuration_from_dev_zero_is_refused_before_anything_changes(data):
    before = digest(data)
    refused(cli("process", "--data-dir", str(data), "--send",
                env={"B24SIM_MAIL_CONFIG": "/dev/zero"}, timeout=60),
            "Mail configuration file /dev/zero goes on past")
    assert digest(data) == before


# ------------------------------------------------------------------ store URLs and folders

URLS = {
    "a-driver-not-installed": ("sqlite+pysqlcipher:///{dir}/x.db",
                               "its driver pysqlcipher3 is not installed"),
    "an-unclosed-ipv6-host": ("postgresql://u@[::1", "Not a database URL: 'postgresql://u@[::1'"),
    "a-port-that-is-no-number": ("postgresql+psycopg://u@host:abc/x", "Not a database URL"),
    "a-timeout-that-is-no-number": ("sqlite:///{dir}/x.db?timeout=abc",
                                    "timeout=abc is not a number of seconds"),
    "an-option-sqlite-ignores": ("sqlite:///{dir}/x.db?mode=ro",
                                 "mode are not SQLite URL options"),
}


@pytest.mark.parametrize("case", list(URLS))
def test_a_database_url_the_app_cannot_use_gets_one_line_and_creates_nothing(tmp_path, case):
    url, expect = URLS[case]
    refused(cli("process", "--db", url.format(dir=tmp_path)), expect)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["a?b", "x#1", "100%", "50%41"])
def test_a_data_dir_named_with_url_characters_holds_the_store_itself(tmp_path, name):
    folder = tmp_path / name
    out = cli("reset", "--data-dir", str(folder))
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing beside it
    assert (folder / "world.db").is_file()
    out = cli("process", "--data-dir", str(folder), "--advance", "1d")
    assert out.returncode == 0, out.stderr
    assert "clock at 2026-03-03 09:00" in out.stdout


# ------------------------------------------------------------------ files that are not ours


def sqlite_file(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    return path


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    places = sqlite_file(tmp_path / "places.sqlite",
                         "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
                         "INSERT INTO moz_places (url) VALUES ('https://example.org')")
    before = digest(tmp_path)
    for command in (["process"], ["process", "--advance", "30d"], ["seed", "--requests", "3"]):
        refused(cli(*command, "--db", f"sqlite:///{places}"),
                "is a SQLite database of another program (tables: moz_places)",
                "left untouched")
        assert digest(tmp_path) == before


def test_an_empty_sqlite_file_becomes_a_store(tmp_path):
    empty = sqlite_file(tmp_path / "empty.db", "PRAGMA user_version = 0")
    out = cli("process", "--db", f"sqlite:///{empty}")
    assert out.returncode == 0, out.stderr


def test_a_file_stamped_with_our_schema_without_our_tables_is_refused(tmp_path):
    stamp = sqlite_file(tmp_path / "stamp.db",
                        "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                        "INSERT INTO alembic_version VALUES ('0003')")
    before = digest(tmp_path)
    refused(cli("process", "--db", f"sqlite:///{stamp}"),
            "holds this app's schema 0003 but lacks its tables", "left untouched")
    data = tmp_path / "data"
    out = cli("reset", "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    store_before = digest(data)
    refused(cli("restore", "--data-dir", str(data), str(stamp)),
            "cannot be restored", "lacks its tables")
    assert digest(tmp_path) == before
    assert digest(data) == store_before


# ------------------------------------------------------------------ half-written and damaged

DEAD_WRITER = r'''
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")  # a store still in rollback mode
conn.execute("PRAGMA cache_size = 1")  # so the change spills into the file before COMMIT
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE world_state SET name = 'UNCOMMITTED'")
conn.execute("UPDATE audit_events SET detail = hex(randomblob(2000))")
print("in the middle", flush=True)
time.sleep(120)
'''


def kill_a_writer_mid_transaction(db: Path) -> None:
    """Leave a hot rollback journal: a writer SIGKILLed after changing pages of ``db``."""
    writer = subprocess.Popen([sys.executable, "-c", DEAD_WRITER, str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "in the middle"
    finally:
        writer.kill()
        writer.wait(10)
    assert Path(f"{db}-journal").stat().st_size > 0


def world_row(db: Path) -> tuple:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT name, clock FROM world_state").fetchone()
    finally:
        conn.close()


@pytest.mark.parametrize("command", [["process"], ["seed", "--requests", "3"]])
def test_a_writer_killed_mid_transaction_is_rolled_back_before_the_next_command(data, command):
    kill_a_writer_mid_transaction(data / "world.db")
    out = cli(*command, "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    assert "read-only" not in out.stderr
    if command == ["process"]:
        assert world_row(data / "world.db")[0] == "Demo world"


def test_reset_after_a_killed_writer_backs_up_the_committed_world_not_the_dead_change(data):
    kill_a_writer_mid_transaction(data / "world.db")
    out = cli("reset", "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    [backup] = sorted(data.glob("world.backup-*.db"))
    assert world_row(backup)[0] == "Demo world"
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM audit_events WHERE length(detail) = 4000"
                            ).fetchone() == (0,)
    finally:
        conn.close()


def zero_root_page(db: Path, table: str) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # the whole store in the one file
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(bytes(page_size))


def test_a_store_with_a_zeroed_table_page_is_refused_before_the_clock_moves(data):
    db = data / "world.db"
    zero_root_page(db, "deletion_requests")
    before = digest(data)
    refused(cli("process", "--data-dir", str(data), "--advance", "30d"),
            "is damaged", "left untouched", "restore")
    assert digest(data) == before


def test_a_short_lock_at_open_is_waited_for_not_reported_as_fifteen_seconds(data, capsys):
    """In-process (main.main, argparse included): a subprocess's start-up could outlast the
    lock and prove nothing. The lock is held while the command opens the store, from a file
    in rollback mode, whose switch to WAL SQLite does not wait for."""
    import main

    db = data / "world.db"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA journal_mode = DELETE')\n"  # as another program may leave it
        "conn.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "time.sleep(3)\n"
        "conn.execute('COMMIT')\n"), str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        code = main.main(["process", "--data-dir", str(data), "--advance", "1d"])
        waited = time.monotonic() - started
    finally:
        holder.wait(30)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "clock at 2026-03-03 09:00" in out.out
    assert waited > 1.5, waited  # it did wait for the holder


# ------------------------------------------------------------------ a command repeated after a kill


def clock_of(db: Path) -> str:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT clock FROM world_state").fetchone()[0][:16]
    finally:
        conn.close()


def test_process_until_killed_and_run_again_moves_the_clock_once_and_finishes_the_work(
        tmp_path):
    """`process --advance 30d` run again after a kill moves another 30 days (five kills: July
    instead of April). `--until WHEN` is the repeatable form: the clock goes to WHEN once."""
    from core.db import open_store, sqlite_url
    from core.synthetic import add_due_requests
    from tests.integration.bulkdata import check_consistent, check_whole

    n = 6000
    db = tmp_path / "world.db"
    store = open_store(sqlite_url(db))
    add_due_requests(store, n)
    store.dispose()
    start = clock_of(db)
    until = "2026-04-01T09:00Z"
    log = tmp_path / "first.out"
    with open(log, "w") as fh:
        first = subprocess.Popen(
            [sys.executable, "main.py", "process", "-v", "--db", sqlite_url(db), "--until",
             until], cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 120
    while first.poll() is None and "completed #" not in log.read_text():
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.01)
    killed = first.poll() is None
    first.kill()
    first.wait(30)
    assert clock_of(db) == "2026-04-01 09:00", start
    store = open_store(sqlite_url(db))
    try:
        done = check_consistent(store)
    finally:
        store.dispose()
    assert not killed or done < n, "the kill came after the work"
    for _ in range(2):  # run again, and once more: the clock stays, the rest completes once
        again = cli("process", "--db", sqlite_url(db), "--until", until, timeout=300)
        assert again.returncode == 0, again.stderr
        assert "clock at 2026-04-01 09:00 UTC" in again.stdout
    assert "0 requests completed" in again.stdout
    store = open_store(sqlite_url(db))
    try:
        check_whole(store, n)
    finally:
        store.dispose()


def test_process_until_refuses_a_time_it_cannot_read_or_advance_beside_it(data):
    before = digest(data)
    refused(cli("process", "--data-dir", str(data), "--until", "yesterday"),
            "--until 'yesterday' is not a date and time", "2026-04-01T09:00Z")
    refused(cli("process", "--data-dir", str(data), "--until", "2026-04-01", "--advance", "1d"),
            "give one of them")
    assert digest(data) == before


# ------------------------------------------------------------------ journal mode, read-only file systems


def journal_mode_in_header(db: Path) -> str:
    """The mode kept in the file itself (bytes 18-19: 1 rollback, 2 WAL), read without
    opening it through SQLite (an open could change nothing, but reading proves more)."""
    header = db.read_bytes()[:20]
    return {(1, 1): "rollback", (2, 2): "wal"}[(header[18], header[19])]


@pytest.mark.parametrize("command", [["reset"], ["seed", "--requests", "3"]])
def test_every_store_a_command_writes_is_in_wal_mode_from_its_first_write(tmp_path, command):
    data = tmp_path / "data"
    out = cli(*command, "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    assert journal_mode_in_header(data / "world.db") == "wal"
    backup_source = data / "world.db"
    out = cli("reset", "--data-dir", str(data))  # replaces it, keeping a backup
    assert out.returncode == 0, out.stderr
    assert journal_mode_in_header(backup_source) == "wal"
    [saved] = data.glob("world.backup-*.db")
    out = cli("restore", "--data-dir", str(data), str(saved))
    assert out.returncode == 0, out.stderr
    assert journal_mode_in_header(data / "world.db") == "wal"


def read_only_mount(folder: Path) -> list[str] | None:
    """A prefix that runs a command with ``folder`` bind-mounted read-only (a private mount
    namespace of an unprivileged user namespace), or None where the kernel refuses it."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    probe = subprocess.run([unshare, "-rm", "sh", "-c", f"mount --bind -o ro '{folder}' "
                            f"'{folder}' && ! touch '{folder}/.probe'"], capture_output=True)
    if probe.returncode != 0:
        return None
    return [unshare, "-rm", "sh", "-c", f"mount --bind -o ro '{folder}' '{folder}' && "
            'exec "$@"', "sh"]


@pytest.mark.parametrize("command", [["reset"], ["restore", "BACKUP"], ["seed", "--requests",
                                                                        "2"]])
def test_replacing_a_store_on_a_read_only_file_system_is_one_line(data, tmp_path, command):
    prefix = read_only_mount(data)
    if prefix is None:
        pytest.skip("this kernel allows no unprivileged read-only bind mount (unshare -rm)")
    backup = tmp_path / "backup.db"
    shutil.copyfile(data / "world.db", backup)
    argv = [str(backup) if a == "BACKUP" else a for a in command]
    before = digest(data)
    env = {k: v for k, v in os.environ.items() if not k.startswith("B24SIM_")}
    proc = subprocess.run([*prefix, sys.executable, "main.py", *argv, "--data-dir", str(data)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    refused(proc, "cannot be written", str(data))
    assert digest(data) == before

"""Hostile input, table-driven: each case gets a clear message (and the exit code where a
command is involved), never a traceback, and leaves what is stored as it was.

Service cases run on SQLite and PostgreSQL; command cases run `main.main([...])` in-process
on a SQLite file (argparse included), and a few run as real subprocesses.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

import main
from core import models as m
from core import services as sv
from core.db import open_store, sqlite_url
from core.errors import DomainError
from core.processing import advance_clock
from core.world import DEMO_WORLD, load_world, seed_world

ROOT = Path(__file__).resolve().parents[2]
ITEMS = 7
NOT_CLEAR = re.compile(r"Traceback|sqlalchemy\.|psycopg\.|sqlite3\.|Background on this error|"
                       r"File \"|Exception:|Error:")


def dump(store, ignore: tuple[str, ...] = ()) -> dict:
    """Every row of every table (world_state without its revision counter)."""
    out = {}
    with store.reader() as uow:
        for table in m.Base.metadata.sorted_tables:
            if table.name in ignore:
                continue
            cols = [c for c in table.columns if not (table.name == "world_state"
                                                     and c.name == "revision")]
            rows = uow.session.execute(select(*cols).order_by(*table.primary_key.columns))
            out[table.name] = [tuple(r) for r in rows]
    return out


def assert_clear(message: str, expect: str) -> None:
    assert message.strip(), "no message at all"
    assert not NOT_CLEAR.search(message), message[:800]
    assert len(message) < 2500, message[:300]
    assert re.search(expect, message, re.IGNORECASE | re.DOTALL), message[:800]


# ----------------------------------------------------------------------- service cases


def refused(store, fn, *args, actor: str = "app") -> str:
    with store.uow(actor) as uow:
        try:
            fn(uow, *args)
        except DomainError as exc:
            return str(exc)
    raise AssertionError(f"{fn.__name__}{args!r:.80} was accepted")


def send(reason: str, items: int = ITEMS, confirmed: bool = True):
    return lambda store: refused(store, sv.send_request, reason, items, confirmed)


def login(login_text: str, password: str = "whatever-1"):
    return lambda store: refused(store, sv.browser_login, login_text, password)


def find_login(login_text: str):
    return lambda store: refused(store, sv.browser_find_login, login_text)


def service_call(fn, *args):
    return lambda store: refused(store, fn, *args)


@dataclass(frozen=True)
class ServiceCase:
    id: str
    run: Callable
    expect: str
    may_change: tuple[str, ...] = ()  # tables a refusal legitimately writes (failed logins)


LOGIN_TABLES = ("audit_events", "credentials")
SERVICE_CASES = [
    ServiceCase("reason-empty", send(""), "Specify the reason"),
    ServiceCase("reason-spaces", send("    \t  "), "Specify the reason"),
    ServiceCase("reason-501-chars", send("x" * 501), "too long: 501"),
    ServiceCase("reason-100000-chars", send("y" * 100_000), "too long: 100000"),
    ServiceCase("reason-nul", send("leaving\x00now"), "NUL"),
    ServiceCase("reason-rtl-override", send("I agree \u202etxt.exe"), "right-to-left"),
    ServiceCase("reason-invisible-only", send("\u200b\u200b\u2060"), "Specify the reason"),
    ServiceCase("reason-control-chars", send("ring\x07\x1b[31mred"), "control characters"),
    ServiceCase("items-not-all-read", send("Leaving", items=6), "Read all the items"),
    ServiceCase("not-confirmed", send("Leaving", confirmed=False), "Confirm"),
    ServiceCase("login-unknown-user", find_login("nobody@nowhere.example"), "couldn't find"),
    ServiceCase("login-empty", find_login("   "), "Enter your phone number or email"),
    ServiceCase("login-nul", find_login("anna\x00@acme.example"), "couldn't find"),
    ServiceCase("login-100000-chars", find_login("a" * 100_000 + "@x.example"),
                "couldn't find"),
    ServiceCase("login-sql-text", find_login("' OR 1=1 --@x.example"), "couldn't find"),
    ServiceCase("login-wrong-method", find_login("carla@gmail.example"),
                "registered with Google"),
    ServiceCase("login-wrong-password", login("anna@acme.example", "nope"),
                "Incorrect password. 4 attempts left", LOGIN_TABLES),
    ServiceCase("login-password-nul", login("anna@acme.example", "Anna-pass-1\x00"),
                "Incorrect password", LOGIN_TABLES),
    ServiceCase("service-unknown", service_call(sv.browser_service_accounts, "facebook"),
                "Unknown sign-in service"),
    ServiceCase("service-wrong-person", service_call(sv.browser_login_service, "apple",
                                                     "carla"), "did not register with Apple"),
    ServiceCase("sign-in-unknown-person", service_call(sv.sign_in, "mallory"),
                "no person 'mallory'"),
    ServiceCase("sign-in-nul-person", service_call(sv.sign_in, "anna\x00"), "no person"),
    ServiceCase("sign-in-unknown-portal", service_call(sv.sign_in, "anna", "evil.example.com"),
                "no Bitrix24"),
    ServiceCase("set-platform-bogus", service_call(sv.set_platform, "symbian"),
                "Unknown platform"),
    ServiceCase("set-policy-window-zero", lambda s: refused(s, sv.set_policy, None, None, 0),
                "whole number of days"),
    ServiceCase("assign-admin-stranger", service_call(sv.assign_admin, "bloom.bitrix24.com",
                                                      "anna"), "has no account in"),
]


@pytest.fixture
def browser_ready(any_store):
    """The demo world with Anna signed in to Acme and logged in inside the browser."""
    with any_store.uow("app") as uow:
        sv.sign_in(uow, "anna", "acme.bitrix24.com")
    with any_store.uow("app") as uow:
        sv.browser_login(uow, "anna@acme.example", "Anna-pass-1")
    return any_store


@pytest.mark.parametrize("case", SERVICE_CASES, ids=[c.id for c in SERVICE_CASES])
def test_hostile_service_input_is_refused_clearly_and_changes_nothing(browser_ready, case):
    before = dump(browser_ready, case.may_change)
    message = case.run(browser_ready)
    assert_clear(message, case.expect)
    assert dump(browser_ready, case.may_change) == before


ACCEPTED = [
    ("emoji", "Moving on 🙂🚀 — thanks for everything"),
    ("sql-text", "Robert'); DROP TABLE deletion_requests;--"),
    ("script-tag", "<script>alert('x')</script> & <b>bold</b>"),
    ("exactly-500-chars", "z" * 500),
    ("crlf-inside", "First line\r\nBcc: victim@example.com\r\n\r\nInjected body"),
]


@pytest.mark.parametrize("label,reason", ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_unusual_but_valid_reasons_are_stored_verbatim_and_escaped_in_the_html_email(
        browser_ready, label, reason):
    with browser_ready.uow("app") as uow:
        sent = sv.send_request(uow, reason, ITEMS, True)
    assert sent.request.reason == reason.strip()
    with browser_ready.reader() as uow:
        s = uow.session
        stored = s.scalar(select(m.DeletionRequest.reason))
        mails = list(s.scalars(select(m.Email)))
        tables = {t for t in s.execute(select(m.DeletionRequest.id)).scalars()}
    assert stored == reason.strip() and tables  # the SQL text did not run
    assert mails
    for mail in mails:
        assert "<script>" not in mail.html_body
        assert "\r" not in mail.subject and "\n" not in mail.subject
    if label == "script-tag":
        requester = next(x for x in mails if x.kind == "request_received")
        assert "&lt;script&gt;" in requester.html_body or "&lt;script&gt;" in "".join(
            x.html_body for x in mails) or "<script>" in requester.text_body


def test_header_injection_through_a_name_cannot_add_headers(store):
    """Names never reach a header with a line break, even when one slipped into the
    database (worlds refuse CR/LF; this writes the row directly)."""
    from email import message_from_bytes

    from core.mail.message import build_message, message_bytes

    with store.uow("test") as uow:
        anna = uow.session.scalar(select(m.NetworkProfile).where(m.NetworkProfile.key == "anna"))
        anna.name = "Anna\r\nBcc: victim@evil.example\r\nX-Evil: 1"
        uow.commit()
    with store.uow("app") as uow:
        sv.browser_login(uow, "anna@acme.example", "Anna-pass-1")
    with store.uow("app") as uow:
        sv.send_request(uow, "Leaving", ITEMS, True)
    with store.reader() as uow:
        rows = list(uow.session.scalars(select(m.Email)))
    assert rows
    for row in rows:
        raw = message_bytes(build_message(row))
        parsed = message_from_bytes(raw)
        assert parsed["Bcc"] is None and parsed["X-Evil"] is None
        assert "victim@evil.example" not in (parsed["To"] or "") or "\r" not in parsed["To"]


def test_five_wrong_passwords_lock_the_login_until_fifteen_simulated_minutes_pass(any_store):
    with any_store.uow("app") as uow:
        sv.sign_in(uow, "anna", "acme.bitrix24.com")
    messages = [refused(any_store, sv.browser_login, "anna@acme.example", f"bad-{i}")
                for i in range(5)]
    assert "4 attempts left" in messages[0] and "1 attempt left" in messages[3]
    assert_clear(messages[4], "Too many failed attempts.*blocked for 15 minutes")
    # Locked: even the right password is refused, with the time left.
    locked = refused(any_store, sv.browser_login, "anna@acme.example", "Anna-pass-1")
    assert_clear(locked, "blocked for 15 more minutes")
    advance_clock(any_store, timedelta(minutes=14))
    assert_clear(refused(any_store, sv.browser_login, "anna@acme.example", "Anna-pass-1"),
                 "blocked for 1 more minute")
    advance_clock(any_store, timedelta(minutes=1))
    with any_store.uow("app") as uow:
        view = sv.browser_login(uow, "anna@acme.example", "Anna-pass-1")
    assert view.person.key == "anna"


# ----------------------------------------------------------------------- command cases

BOMB = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
"""
DEMO_TEXT = DEMO_WORLD.read_text(encoding="utf-8")


def world_file(tmp: Path, name: str, text: str | bytes) -> str:
    path = tmp / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def demo_with(old: str, new: str) -> str:
    assert old in DEMO_TEXT
    return DEMO_TEXT.replace(old, new, 1)


@dataclass(frozen=True)
class CommandCase:
    id: str
    argv: Callable[[Path, str], list[str]]  # (tmp folder, db url) -> arguments
    expect: str
    code: int = 2
    env: tuple[tuple[str, str], ...] = ()


def reset_world(name: str, text: str | bytes):
    return lambda tmp, url: ["reset", "--db", url, "--world", world_file(tmp, name, text)]


COMMAND_CASES = [
    CommandCase("world-malformed-yaml", reset_world("bad.yaml", "people: [unclosed\n  - x"),
                "not valid YAML"),
    CommandCase("world-wrong-types", reset_world("types.yaml", demo_with(
        "window_days: 30", "window_days: thirty")), "window_days"),
    CommandCase("world-people-not-a-list", reset_world("people.yaml", "clock: 2026-03-02\n"
                "portals: []\npeople: anna\n"), "people: expected a list"),
    CommandCase("world-unknown-key", reset_world("unknown.yaml", DEMO_TEXT + "colour: red\n"),
                "colour: unknown key"),
    CommandCase("world-alias-bomb", reset_world("bomb.yaml", BOMB), "aliases .* not allowed"),
    CommandCase("world-not-utf8", reset_world("latin.yaml", b"name: Caf\xe9\xff\xfe\n"),
                "not UTF-8"),
    CommandCase("world-missing-file", lambda tmp, url: ["reset", "--db", url, "--world",
                                                        str(tmp / "nope.yaml")], "no such"),
    CommandCase("world-is-a-folder", lambda tmp, url: ["reset", "--db", url, "--world",
                                                       str(tmp)], "cannot read|not"),
    CommandCase("world-empty-file", reset_world("empty.yaml", ""), "expected a world mapping"),
    CommandCase("world-two-documents", reset_world("two.yaml", DEMO_TEXT + "\n---\na: 1\n"),
                "one YAML document"),
    CommandCase("world-name-crlf", reset_world("crlf-name.yaml", demo_with(
        "name: Anna Petrova", 'name: "Anna\\r\\nBcc: victim@evil.example"')),
        "name: must be one line"),
    CommandCase("world-email-crlf", reset_world("crlf-email.yaml", demo_with(
        "email: anna@acme.example", 'email: "anna@acme.example\\r\\nBcc: x@evil.example"')),
        "email: must be one line"),
    CommandCase("world-email-invalid", reset_world("bad-email.yaml", demo_with(
        "email: anna@acme.example", "email: not-an-email")), "not an email address"),
    CommandCase("world-bad-address", reset_world("bad-address.yaml", demo_with(
        "address: acme.bitrix24.com", 'address: "acme bitrix24 com"')), "not a Bitrix24"),
    CommandCase("world-clock-garbage", reset_world("clock.yaml", demo_with(
        "clock: 2026-03-02T09:00:00Z", "clock: yesterday")), "clock: not a date"),
    CommandCase("world-session-unknown", reset_world("session.yaml", demo_with(
        "session: {person: anna", "session: {person: mallory")), "unknown person 'mallory'"),
    CommandCase("process-advance-garbage", lambda tmp, url: ["process", "--db", url,
                                                             "--advance", "soon"],
                "Not a duration"),
    CommandCase("process-advance-negative", lambda tmp, url: ["process", "--db", url,
                                                              "--advance=-5d"],
                "Not a duration"),
    CommandCase("process-advance-centuries", lambda tmp, url: ["process", "--db", url,
                                                               "--advance", "99999d"],
                "more than 100 years"),
    CommandCase("db-url-garbage", lambda tmp, url: ["process", "--db", "::not a url::"],
                "Not a database URL|Cannot use the database"),
    CommandCase("db-url-unknown-driver", lambda tmp, url: ["process", "--db", "foo://x/y"],
                "unknown kind of database 'foo'"),
    CommandCase("data-dir-is-a-file", lambda tmp, url: [
        "process", "--data-dir", world_file(tmp, "plain.txt", "not a folder")],
        "not a folder|Cannot create the folder"),
    CommandCase("db-server-unreachable", lambda tmp, url: [
        "process", "--db", "postgresql+psycopg://u:secret@127.0.0.1:1/none"],
        "Cannot connect to the database server postgresql\\+psycopg://u:\\*\\*\\*@"
        "127.0.0.1:1/none .*Check the host"),
    CommandCase("restore-missing", lambda tmp, url: ["restore", "--db", url,
                                                     str(tmp / "no-such.db")], "no such backup"),
    CommandCase("restore-not-a-database", lambda tmp, url: [
        "restore", "--db", url, world_file(tmp, "junk.db", b"\x00junk" * 1000)],
        "damaged or not a database"),
    CommandCase("restore-itself", lambda tmp, url: ["restore", "--db", url, url[10:]],
                "is the database itself"),
    CommandCase("mail-bad-host", lambda tmp, url: ["process", "--db", url, "--send"],
                "B24SIM_SMTP_HOST", env=(("B24SIM_MAIL_TRANSPORT", "smtp"),
                                         ("B24SIM_SMTP_HOST", "bad host!.example"))),
    CommandCase("mail-bad-port", lambda tmp, url: ["process", "--db", url, "--send"],
                "B24SIM_SMTP_PORT", env=(("B24SIM_MAIL_TRANSPORT", "smtp"),
                                         ("B24SIM_SMTP_HOST", "localhost"),
                                         ("B24SIM_SMTP_PORT", "99999"))),
    CommandCase("mail-bad-url", lambda tmp, url: ["process", "--db", url, "--send"],
                "B24SIM_HTTP_URL", env=(("B24SIM_MAIL_TRANSPORT", "http"),
                                        ("B24SIM_HTTP_URL", "ftp://mail example"))),
    CommandCase("mail-bad-transport", lambda tmp, url: ["process", "--db", url, "--send"],
                "B24SIM_MAIL_TRANSPORT", env=(("B24SIM_MAIL_TRANSPORT", "pigeon"),)),
    CommandCase("seed-negative", lambda tmp, url: ["seed", "--db", url, "--requests", "-1"],
                "between 0 and"),
]


def run_main(argv: list[str], capsys) -> tuple[int, str]:
    try:
        code = main.main(argv)
    except SystemExit as exc:  # argparse
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.err + captured.out


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", COMMAND_CASES, ids=[c.id for c in COMMAND_CASES])
def test_hostile_command_input_gets_a_message_and_an_exit_code_and_changes_nothing(
        store, db_url, tmp_path, capsys, monkeypatch, case):
    for var in [v for v in os.environ if v.startswith("B24SIM_")]:
        monkeypatch.delenv(var)
    for var, value in case.env:
        monkeypatch.setenv(var, value)
    before = dump(store)
    digest = file_digest(Path(db_url[len("sqlite:///"):]))
    started = time.monotonic()
    code, message = run_main(case.argv(tmp_path, db_url), capsys)
    assert code == case.code, message
    assert_clear(message, case.expect)
    assert time.monotonic() - started < 15
    assert dump(store) == before
    assert file_digest(Path(db_url[len("sqlite:///"):])) == digest
    assert not list(tmp_path.glob("*.backup-*")), "a refused command left a backup"


def test_a_50_megabyte_world_is_refused_quickly_by_the_real_command(store, db_url, tmp_path):
    big = tmp_path / "big.yaml"
    with open(big, "w") as fh:
        fh.write(DEMO_TEXT)
        chunk = "# padding " + "x" * 1013 + "\n"
        for _ in range(50 * 1024):
            fh.write(chunk)
    assert big.stat().st_size > 50 * 1024 * 1024
    before = dump(store)
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "main.py", "reset", "--db", db_url, "--world",
                           str(big)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    elapsed = time.monotonic() - started
    assert proc.returncode == 2
    assert_clear(proc.stderr, r"big\.yaml: the world file is \d+ KiB; at most \d+ KiB")
    assert elapsed < 10, elapsed  # mostly interpreter start-up; the file is never read
    assert dump(store) == before


# ----------------------------------------------------------------------- damaged databases


def run_process(url: str, *extra: str, prefix: tuple[str, ...] = ()
                ) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, "main.py", "process", "--db", url, *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_a_corrupted_database_file_is_refused_and_left_byte_for_byte(tmp_path):
    db = tmp_path / "world.db"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(64 * 1024))
    digest = file_digest(db)
    proc = run_process(sqlite_url(db))
    assert proc.returncode == 2
    assert_clear(proc.stderr, "damaged or not a database file.*restore")
    assert file_digest(db) == digest
    assert not Path(f"{db}-wal").exists()


def test_a_database_with_damaged_pages_is_refused_without_a_traceback(store, db_url, tmp_path):
    db = Path(db_url[len("sqlite:///"):])
    store.dispose()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(db.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):  # scribble over every page but the first
        data[offset + 8:offset + 200] = os.urandom(192)
    db.write_bytes(bytes(data))
    digest = file_digest(db)
    proc = run_process(db_url, "--advance", "31d")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert_clear(proc.stderr, "damaged|malformed|not a database")
    assert file_digest(db) == digest


def test_a_database_from_a_newer_version_is_refused_and_never_written(store, db_url):
    db = Path(db_url[len("sqlite:///"):])
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    store.dispose()
    digest = file_digest(db)
    for command in (["process"], ["process", "--advance", "30d"], ["seed", "--requests", "5"]):
        proc = subprocess.run([sys.executable, "main.py", *command, "--db", db_url], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2
        assert_clear(proc.stderr, "newer version of the app .*9999_from_the_future.*untouched")
        assert file_digest(db) == digest
    # The library refuses it too, before any pragma could touch the file.
    from core.errors import StoreError

    with pytest.raises(StoreError, match="newer version"):
        open_store(db_url)
    assert file_digest(db) == digest


def test_a_read_only_database_file_gets_a_clear_message_and_is_not_changed():
    """Read-only for real: a 0444 file. Root ignores file modes through the capability
    CAP_DAC_OVERRIDE, so when the tests run as root (CI does) the command runs under
    ``setpriv`` with that capability dropped: the kernel then refuses the writes exactly as
    it would for an ordinary user."""
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv (util-linux): a 0444 file is "
                        "writable for root, so a read-only file cannot be simulated honestly")
        prefix = (setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--")
    folder = Path(tempfile.mkdtemp(prefix="b24-readonly-"))
    try:
        folder.chmod(0o1777)  # the folder stays writable: SQLite may add its -shm beside it
        db = folder / "world.db"
        store = open_store(sqlite_url(db))
        seed_world(store, load_world(DEMO_WORLD))
        store.dispose()
        db.chmod(0o444)
        digest = file_digest(db)
        proc = run_process(sqlite_url(db), "--advance", "31d", prefix=prefix)
        assert proc.returncode == 2, proc.stdout + proc.stderr
        assert_clear(proc.stderr, "read-only|cannot be written|readonly")
        assert file_digest(db) == digest
    finally:
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()

"""The world's password hashes made before ``main.py test`` forks its workers: the copies
use them (no scrypt of their own), and a fork taken while hashes are still pending never
waits for a thread the copy has not got."""

import os
import threading
import time
from pathlib import Path

import pytest

from core import passwords
from core import world as w
from core.world import load_world, prepare_passwords, settle_passwords

DEMO = Path(__file__).resolve().parents[2] / "resources" / "worlds" / "demo.yaml"


def _in_child(check) -> int:
    """Run ``check`` in a forked copy of this process; its exit code (2 if it hung)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the copy
        code = 1
        try:
            code = 0 if check() else 1
        finally:
            os._exit(code)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.02)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return 2


def test_settled_hashes_are_made_once_and_the_fork_uses_them(fresh_memo, monkeypatch):
    spec = load_world(DEMO)
    secrets = {p.password for p in spec.people if p.password and p.method in w.PASSWORD_METHODS}
    assert len(secrets) >= 2
    prepare_passwords(spec)
    settle_passwords()
    assert w._POOL is None and not w._PENDING   # no threads left to lose in the fork
    assert set(w._HASHES) == {w._memo(s) for s in secrets}
    made = dict(w._HASHES)

    def no_scrypt(*_args, **_kwargs):
        raise AssertionError("hashed again")

    monkeypatch.setattr(w, "hash_password", no_scrypt)

    def child() -> bool:
        # the copy gets the same hashes, and its sign-ins skip scrypt (the keyed digests)
        monkeypatch.setattr(passwords.hashlib, "scrypt", no_scrypt)
        same = all(w._hash_of(s) == made[w._memo(s)] for s in secrets)
        return same and all(passwords.verify_password(s, w._hash_of(s)) for s in secrets)

    assert _in_child(child) == 0


def test_a_fork_while_hashes_are_pending_hashes_in_the_copy(fresh_memo, monkeypatch):
    spec = load_world(DEMO)
    first = next(p.password for p in spec.people if p.password)
    release = threading.Event()
    real = w.hash_password

    def slow(password: str) -> str:
        release.wait(10)   # the parent's pool thread is busy until after the fork
        return real(password, n=2**4)

    monkeypatch.setattr(w, "hash_password", slow)
    prepare_passwords(spec)
    assert w._PENDING

    def child() -> bool:
        monkeypatch.setattr(w, "hash_password", lambda p: real(p, n=2**4))
        stored = w._hash_of(first)   # its own, not a Future no thread here completes
        return passwords.verify_password(first, stored)

    try:
        assert _in_child(child) == 0
    finally:
        release.set()
        settle_passwords()
    assert w._POOL is None and not w._PENDING


def test_a_fork_while_a_thread_holds_the_made_lock_can_still_hash():
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with passwords._MADE_LOCK:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    try:
        # the copy's lock is its own: the holder thread is not in the copy to let it go
        assert _in_child(lambda: passwords.verify_password(
            "pass-x", passwords.hash_password("pass-x", n=2**4))) == 0
    finally:
        release.set()
        holder.join()


def test_a_hash_that_fails_is_left_to_the_flow_and_the_pool_still_stops(fresh_memo,
                                                                        monkeypatch):
    spec = load_world(DEMO)
    bad = next(p.password for p in spec.people if p.password)
    real = w.hash_password

    def hashing(password: str) -> str:
        if password == bad:
            raise MemoryError("scrypt: memory limit exceeded")
        return real(password, n=2**4)

    monkeypatch.setattr(w, "hash_password", hashing)
    prepare_passwords(spec)
    settle_passwords()   # says nothing: the flow that seeds this world fails, not the run
    assert w._POOL is None and not w._PENDING
    assert w._memo(bad) not in w._HASHES and len(w._HASHES) >= 1
    with pytest.raises(MemoryError):
        w._hash_of(bad)

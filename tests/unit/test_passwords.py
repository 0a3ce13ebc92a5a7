"""Password hashes: the right password matches, a wrong one does not, and the shortcut for a
hash made in this process never says yes to a wrong password."""

import hashlib

import pytest

from core import passwords
from core.passwords import hash_password, verify_password


@pytest.fixture
def counted_scrypt(monkeypatch):
    calls = []
    real = hashlib.scrypt

    def scrypt(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", scrypt)
    return calls


def test_a_hash_made_here_matches_its_password_without_scrypt_again(counted_scrypt):
    stored = hash_password("Right-pass-1", n=2**10)
    assert len(counted_scrypt) == 1
    assert verify_password("Right-pass-1", stored)
    assert len(counted_scrypt) == 1   # known: made here from this password


def test_a_wrong_password_still_runs_scrypt_and_fails(counted_scrypt):
    stored = hash_password("Right-pass-1", n=2**10)
    for wrong in ("Right-pass-2", "right-pass-1", "", "Right-pass-1\x00", "\udcff"):
        assert not verify_password(wrong, stored), wrong
    assert len(counted_scrypt) == 1 + 3   # three ran scrypt; \x00 and \udcff are refused before


def test_a_hash_from_another_process_is_checked_by_scrypt(counted_scrypt):
    stored = hash_password("Right-pass-1", n=2**10)
    passwords._MADE.clear()   # as if another process had made it
    assert verify_password("Right-pass-1", stored)
    assert not verify_password("Wrong-pass-1", stored)
    assert len(counted_scrypt) == 3


def test_the_hash_itself_is_what_is_stored_not_the_password():
    stored = hash_password("Right-pass-1", n=2**10)
    assert "Right-pass-1" not in stored
    assert stored.startswith("scrypt$1024$8$1$")
    assert hash_password("Right-pass-1", n=2**10) != stored   # salted


def test_the_memory_of_made_hashes_is_bounded(monkeypatch):
    monkeypatch.setattr(passwords, "_MADE_MAX", 3)
    passwords._MADE.clear()
    made = [hash_password(f"pass-{i}", n=2**4) for i in range(5)]
    assert list(passwords._MADE) == made[2:]
    assert verify_password("pass-0", made[0])   # forgotten: scrypt answers

"""Password hashing with the standard library's scrypt. Only the hash is ever stored."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import threading

N, R, P = 2**14, 8, 1

# The hashes this process made, each with a keyed digest of its password (the key is this
# process's own and never leaves its memory): the right password against a hash made here is
# known to match without running scrypt again. A flow run seeds its world's people and then
# signs them in, ~90 ms of scrypt per sign-in; a wrong password, or a hash from another
# process (the store a person's app opens), still takes the whole scrypt.
_KEY = os.urandom(32)
_MADE: dict[str, bytes] = {}
_MADE_MAX = 1024
_MADE_LOCK = threading.Lock()   # hashes are made in pool threads (core.world)


def _new_lock_in_child() -> None:
    """A fork's copy gets a lock of its own: a pool thread may have held this one at the fork."""
    global _MADE_LOCK
    _MADE_LOCK = threading.Lock()


os.register_at_fork(after_in_child=_new_lock_in_child)


def _keyed(password: str) -> bytes:
    return hmac.digest(_KEY, password.encode(), "sha256")


def hash_password(password: str, *, n: int = N) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=n, r=R, p=P, dklen=32)
    stored = f"scrypt${n}${R}${P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    keyed = _keyed(password)
    with _MADE_LOCK:
        if len(_MADE) >= _MADE_MAX:
            del _MADE[next(iter(_MADE))]   # the oldest
        _MADE[stored] = keyed
    return stored


def made_hashes() -> dict[str, str]:
    """The hashes made here, each with its keyed digest (hex): for ``learn_made`` in a process
    that shares this one's key (forked from the same parent)."""
    with _MADE_LOCK:
        return {stored: keyed.hex() for stored, keyed in _MADE.items()}


def learn_made(made: dict[str, str]) -> None:
    with _MADE_LOCK:
        for stored, keyed in made.items():
            if len(_MADE) >= _MADE_MAX:
                del _MADE[next(iter(_MADE))]
            _MADE[stored] = bytes.fromhex(keyed)


def verify_password(password: str, stored: str) -> bool:
    if "\x00" in password:
        # scrypt's HMAC pads short keys with zero bytes, so "pw" and "pw\x00" would match.
        return False
    try:
        made = _MADE.get(stored)
        if made is not None and hmac.compare_digest(made, _keyed(password)):
            return True
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)

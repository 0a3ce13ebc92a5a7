"""Worlds: validated YAML descriptions of people, Bitrix24s and settings, seeded into a store."""

from __future__ import annotations

import hashlib
import os
import re
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from core.assets import RESOURCES as _RESOURCES
from core.i18n import LANGUAGE_NAMES, LANGUAGES, PSEUDO, LanguageError, parse_language
from core.passwords import hash_password
from core.rules import (
    DEPLOYMENTS,
    ENTRIES,
    METHODS,
    PASSWORD_METHODS,
    PLATFORMS,
    ROLES,
    email_language,
)

RESOURCES = _RESOURCES  # the bundled files (core.assets: importlib.resources)
DEMO_WORLD = RESOURCES / "worlds" / "demo.yaml"

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")
PHONE_RE = re.compile(r"^\+?[0-9]{6,15}$")
ADDRESS_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9\-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9\-]{0,61}[a-z0-9])?)+$")
KEY_RE = re.compile(r"^[A-Za-z0-9_\-]{1,100}$")
TOP_KEYS = {"name", "clock", "device", "policy", "portals", "people", "session", "browser"}
PERSON_KEYS = {"key", "name", "email", "phone", "method", "password", "position", "device",
               "language", "profiles"}
DEVICE_KEYS = {"platform", "language"}
PROFILE_KEYS = {"portal", "role", "employment", "access", "listed"}
PORTAL_KEYS = {"address", "name", "deployment"}


class WorldError(Exception):
    """A world that does not validate. ``problems`` are "path: problem" strings; ``lines``,
    when known (a world read from a file), the line of each in ``source``."""

    def __init__(self, source: str, problems: list[str],
                 lines: list[int | None] | None = None) -> None:
        self.source = source
        self.problems = problems
        self.lines = lines or [None] * len(problems)
        # "file: path: problem (line N)": the line last, so the message still starts with the
        # file, the path in the world and the problem, as before lines were known.
        shown = "\n".join(f"  {source}: {p} (line {line})" if line else f"  {source}: {p}"
                          for p, line in zip(problems, self.lines, strict=True))
        super().__init__(f"The world in {source} is not valid:\n{shown}")


@dataclass(frozen=True)
class ProfileSpec:
    portal: str
    role: str = "employee"
    employment: str = "active"
    access: str = "open"
    listed: bool = True


@dataclass(frozen=True)
class PersonSpec:
    key: str
    name: str
    email: str
    method: str
    phone: str | None = None
    password: str | None = None
    position: str = ""
    device: str | None = None  # their own phone's platform (None: the world's device)
    profiles: tuple[ProfileSpec, ...] = ()
    language: str | None = None  # theirs: their emails, and their phone when signed in
    device_language: str | None = None  # their own phone's, when it differs from theirs


@dataclass(frozen=True)
class PortalSpec:
    address: str
    name: str
    deployment: str = "cloud"


@dataclass(frozen=True)
class WorldSpec:
    name: str
    clock: datetime
    platform: str = "ios"
    language: str | None = None  # the world's device's (None: --lang or the system's)
    policy_platforms: tuple[str, ...] = ("ios",)
    entry: str = "profile"
    window_days: int = 30
    portals: tuple[PortalSpec, ...] = ()
    people: tuple[PersonSpec, ...] = ()
    session_person: str | None = None
    session_portal: str | None = None
    browser_person: str | None = None
    extra: dict = field(default_factory=dict)


def parse_clock(value: Any) -> datetime | None:
    """An ISO 8601 time (``2026-03-02T09:00:00Z``) as naive UTC, or None if it is not one."""
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, path: str, problem: str) -> None:
        # A huge key or value in a hostile file must not make a message of megabytes.
        line = f"{path[:120]}: {problem}"
        self.problems.append(line if len(line) <= 400 else f"{line[:400]}...(cut)")

    def mapping(self, value: Any, path: str, allowed: set[str]) -> dict | None:
        if not isinstance(value, dict):
            self.add(path, f"expected a mapping, got {_kind(value)}")
            return None
        for key in value:
            if key not in allowed:
                self.add(f"{path}.{key}" if path else str(key),
                         f"unknown key (allowed: {', '.join(sorted(allowed))})")
        return value

    def string(self, data: dict, key: str, path: str, required: bool = True,
               max_len: int = 200) -> str | None:
        value = data.get(key)
        where = f"{path}.{key}" if path else key
        if value is None:
            if required:
                self.add(where, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.add(where, f"expected text, got {_kind(value)}")
            return None
        text = str(value).strip()
        if required and not text:
            self.add(where, "must not be empty")
            return None
        if len(text) > max_len:
            self.add(where, f"too long ({len(text)} characters, at most {max_len})")
            return None
        if any(ch in text for ch in "\r\n\x00"):
            self.add(where, "must be one line (no line breaks or NUL)")
            return None
        return text

    def choice(self, data: dict, key: str, path: str, options, default: str) -> str:
        value = data.get(key, default)
        if value not in options:
            self.add(f"{path}.{key}" if path else key,
                     f"unknown value {value!r} (one of: {', '.join(options)})")
            return default
        return value


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), type(value).__name__)


def validate_world(data: Any, source: str) -> WorldSpec:
    """Check a world mapping; raise WorldError naming every problem with its path."""
    c = _Checker()
    data = c.mapping(data, "", TOP_KEYS)
    if data is None:
        raise WorldError(source, c.problems)
    clock = parse_clock(data.get("clock"))
    if "clock" not in data:
        c.add("clock", "missing (e.g. 2026-03-02T09:00:00Z)")
    elif clock is None:
        c.add("clock", f"not a date and time: {data.get('clock')!r} (e.g. 2026-03-02T09:00:00Z)")
    elif not (2000 <= clock.year <= 2200):
        c.add("clock", f"year {clock.year} is out of range (2000-2200)")
    platform, language = "ios", None
    device = data.get("device", {})
    if c.mapping(device, "device", DEVICE_KEYS) is not None:
        platform = c.choice(device, "platform", "device", PLATFORMS, "ios")
        language = _language(c, device, "device")
    platforms, entry, window = _policy(c, data.get("policy", {}) or {})
    portals = _portals(c, data.get("portals"))
    addresses = {p.address for p in portals}
    people = _people(c, data.get("people"), addresses)
    keys = {p.key: p for p in people}
    session_person, session_portal, browser_person = _session(c, data, keys, addresses)
    # Text like every other name (a mapping would be stored as its Python repr, a NUL as is).
    name = c.string(data, "name", "", required=False) or Path(source).stem
    if c.problems:
        raise WorldError(source, c.problems)
    return WorldSpec(
        name=name[:200], clock=clock, platform=platform, language=language,
        policy_platforms=platforms,
        entry=entry, window_days=window, portals=tuple(portals), people=tuple(people),
        session_person=session_person, session_portal=session_portal,
        browser_person=browser_person,
    )


def _policy(c: _Checker, policy: Any) -> tuple[tuple[str, ...], str, int]:
    """The policy knobs: (platforms, entry, window_days), defaults where a value is wrong."""
    platforms: tuple[str, ...] = ("ios",)
    entry, window = "profile", 30
    if c.mapping(policy, "policy", {"platforms", "entry", "window_days"}) is None:
        return platforms, entry, window
    raw = policy.get("platforms", ["ios"])
    if not isinstance(raw, list) or not raw:
        c.add("policy.platforms", "expected a non-empty list such as [ios]")
    else:
        for i, p in enumerate(raw):
            if p not in PLATFORMS:
                c.add(f"policy.platforms[{i}]", f"unknown platform {p!r} (ios or android)")
        platforms = tuple(p for p in raw if p in PLATFORMS)
    entry = c.choice(policy, "entry", "policy", ENTRIES, "profile")
    window = policy.get("window_days", 30)
    if isinstance(window, bool) or not isinstance(window, int) or not 1 <= window <= 3650:
        c.add("policy.window_days", f"expected a whole number of days 1-3650, got {window!r}")
        window = 30
    return platforms, entry, window


def _language(c: _Checker, data: dict, path: str) -> str | None:
    """``data["language"]`` as one of the app's languages (``pt_BR`` and ``PT-BR`` are
    ``pt-BR``), None when absent; another one is a problem naming the five."""
    value = data.get("language")
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return parse_language(value)
        except LanguageError:
            pass
    shown = repr(value[:40]) if isinstance(value, str) else _kind(value)
    c.add(f"{path}.language", f"unknown language {shown} (one of: {', '.join(LANGUAGES)}; "
                              f"or {PSEUDO} to find untranslated text)")
    return None


def _person_device(c: _Checker, item: dict, path: str) -> tuple[str | None, str | None]:
    """A person's own phone: ``device: android`` or ``device: {platform, language}``."""
    device = item.get("device")
    if device is None:
        return None, None
    where = f"{path}.device"
    if isinstance(device, dict):
        if c.mapping(device, where, DEVICE_KEYS) is None:
            return None, None
        platform = device.get("platform")
        if platform is not None and platform not in PLATFORMS:
            c.add(f"{where}.platform", f"unknown platform {platform!r} (ios or android)")
            platform = None
        return platform, _language(c, device, where)
    if device not in PLATFORMS:
        c.add(where, f"unknown platform {device!r} (ios or android, or a mapping "
                     "{platform, language})")
        return None, None
    return device, None


def _session(c: _Checker, data: dict, keys: dict[str, PersonSpec], addresses: set[str]
             ) -> tuple[str | None, str | None, str | None]:
    """Who is signed in to the app, where, and who is left logged in to the browser."""
    session_person = session_portal = browser_person = None
    session = data.get("session")
    if session is not None and c.mapping(session, "session", {"person", "portal"}) is not None:
        session_person = c.string(session, "person", "session")
        session_portal = c.string(session, "portal", "session")
        if session_person and session_person not in keys:
            c.add("session.person", f"unknown person {session_person!r}")
        elif session_portal and session_portal not in addresses:
            c.add("session.portal", f"unknown Bitrix24 {session_portal!r}")
        elif session_person and session_portal and session_portal not in {
            pr.portal for pr in keys[session_person].profiles
        }:
            c.add("session.portal",
                  f"{session_person!r} has no profile in {session_portal!r}")
    browser = data.get("browser")
    if browser is not None and c.mapping(browser, "browser", {"person"}) is not None:
        browser_person = c.string(browser, "person", "browser")
        if browser_person and browser_person not in keys:
            c.add("browser.person", f"unknown person {browser_person!r}")
    return session_person, session_portal, browser_person


def _portals(c: _Checker, raw: Any) -> list[PortalSpec]:
    if raw is None:
        c.add("portals", "missing: list at least one Bitrix24")
        return []
    if not isinstance(raw, list):
        c.add("portals", f"expected a list, got {_kind(raw)}")
        return []
    out: list[PortalSpec] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        path = f"portals[{i}]"
        if c.mapping(item, path, PORTAL_KEYS) is None:
            continue
        address = c.string(item, "address", path, max_len=253)
        name = c.string(item, "name", path) or (address or "")
        deployment = c.choice(item, "deployment", path, DEPLOYMENTS, "cloud")
        if address is None:
            continue
        address = address.lower()
        if not ADDRESS_RE.match(address):
            c.add(f"{path}.address", f"not a Bitrix24 address: {address!r} (e.g. acme.bitrix24.com)")
            continue
        if address in seen:
            c.add(f"{path}.address", f"duplicate Bitrix24 {address!r}")
            continue
        seen.add(address)
        out.append(PortalSpec(address, name, deployment))
    return out


def _people(c: _Checker, raw: Any, addresses: set[str]) -> list[PersonSpec]:
    if raw is None:
        c.add("people", "missing: list at least one person")
        return []
    if not isinstance(raw, list):
        c.add("people", f"expected a list, got {_kind(raw)}")
        return []
    out: list[PersonSpec] = []
    keys: set[str] = set()
    emails: set[str] = set()
    phones: set[str] = set()
    for i, item in enumerate(raw):
        path = f"people[{i}]"
        if c.mapping(item, path, PERSON_KEYS) is None:
            continue
        key = c.string(item, "key", path, max_len=100)
        name = c.string(item, "name", path)
        email = c.string(item, "email", path, max_len=320)
        phone = c.string(item, "phone", path, required=False, max_len=40)
        method = c.choice(item, "method", path, METHODS, "email") if "method" in item else None
        if "method" not in item:
            c.add(f"{path}.method", f"missing (one of: {', '.join(METHODS)})")
        password = _password(c, item, path, method)
        position = c.string(item, "position", path, required=False) or ""
        device, device_language = _person_device(c, item, path)
        language = _language(c, item, path)
        email, phone = _unique_ids(c, path, key, email, phone, (keys, emails, phones))
        if method == "phone" and "phone" not in item:
            c.add(f"{path}.phone", "missing: people who sign in by phone need a phone number")
        profiles = _profiles(c, item.get("profiles"), f"{path}.profiles", addresses)
        if None in (key, name, email, method):
            continue
        out.append(PersonSpec(key=key, name=name, email=email.lower(), method=method, phone=phone,
                              password=password, position=position, device=device,
                              profiles=tuple(profiles), language=language,
                              device_language=device_language))
    return out


def _password(c: _Checker, item: dict, path: str, method: str | None) -> str | None:
    password = item.get("password")
    if password is not None and (isinstance(password, bool)
                                 or not isinstance(password, str | int)):
        c.add(f"{path}.password", f"expected text, got {_kind(password)}")
        password = None
    password = None if password is None else str(password)
    if method in PASSWORD_METHODS and not password:
        c.add(f"{path}.password", f"missing: people who sign in by {method} need a password")
    if password is not None and len(password) > 200:
        c.add(f"{path}.password", "too long (at most 200 characters)")
    return password


def _unique_ids(c: _Checker, path: str, key: str | None, email: str | None, phone: str | None,
                seen: tuple[set[str], set[str], set[str]]) -> tuple[str | None, str | None]:
    """Check a person's key, email and phone and that no one before has them; returns the
    email (None when unusable) and the phone written compactly."""
    keys, emails, phones = seen
    if key is not None:
        if not KEY_RE.match(key):
            c.add(f"{path}.key", f"use letters, digits, - and _ only: {key!r}")
        elif key in keys:
            c.add(f"{path}.key", f"duplicate key {key!r}")
        keys.add(key)
    if email is not None:
        if not EMAIL_RE.match(email):
            c.add(f"{path}.email", f"not an email address: {email!r}")
            email = None
        elif email.lower() in emails:
            c.add(f"{path}.email", f"duplicate email {email!r}")
        else:
            emails.add(email.lower())
    if phone is not None:
        compact = re.sub(r"[\s\-().]", "", phone)
        if not PHONE_RE.match(compact):
            c.add(f"{path}.phone", f"not a phone number: {phone!r} (e.g. +15550100)")
            phone = None
        elif compact in phones:
            c.add(f"{path}.phone", f"duplicate phone {phone!r}")
        else:
            phones.add(compact)
            phone = compact
    return email, phone


def _profiles(c: _Checker, raw: Any, path: str, addresses: set[str]) -> list[ProfileSpec]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        c.add(path, f"expected a list, got {_kind(raw)}")
        return []
    out: list[ProfileSpec] = []
    seen: set[str] = set()
    for j, item in enumerate(raw):
        where = f"{path}[{j}]"
        if c.mapping(item, where, PROFILE_KEYS) is None:
            continue
        portal = c.string(item, "portal", where, max_len=253)
        role = c.choice(item, "role", where, ROLES, "employee")
        employment = c.choice(item, "employment", where, ("active", "dismissed"), "active")
        access = c.choice(item, "access", where, ("open", "closed"), "open")
        listed = item.get("listed", True)
        if not isinstance(listed, bool):
            c.add(f"{where}.listed", "expected true or false")
            listed = True
        if portal is None:
            continue
        portal = portal.lower()
        if portal not in addresses:
            known = ", ".join(sorted(addresses)) or "none"
            c.add(f"{where}.portal", f"unknown Bitrix24 {portal!r} (known: {known})")
            continue
        if portal in seen:
            c.add(f"{where}.portal", f"duplicate profile in {portal!r}")
            continue
        seen.add(portal)
        out.append(ProfileSpec(portal, role, employment, access, listed))
    return out


def _read_world(path: Path):
    """(mapping, its YAML node) of a world file; WorldError with the line when unreadable."""
    # PyYAML only here: the GUI's start reads no world file (its store holds the world).
    from core.yamlsafe import YamlProblem, line_of, load_one_node, read_text

    try:
        node, data = load_one_node(read_text(path, "world file"), str(path))
    except YamlProblem as exc:  # its text names the line already ("line 4: ...")
        raise WorldError(str(path), [str(exc).removeprefix(f"{path}: ")]) from None
    if isinstance(data, dict) and "world" in data and len(data) == 1:
        node = next((v for k, v in node.value if getattr(k, "value", None) == "world"), None)
        data = data["world"]
    if not isinstance(data, dict):
        raise WorldError(str(path), [f"expected a world mapping, got {_kind(data)}"],
                         [line_of(node, "")])
    return data, node


def read_world_mapping(path: Path) -> dict:
    """The raw mapping of a world file (for merging with a flow's inline world)."""
    return _read_world(Path(path))[0]


def load_world(path: Path | str) -> WorldSpec:
    """A validated world file; each problem carries its line in the file."""
    path = Path(path)
    data, node = _read_world(path)
    try:
        return validate_world(data, str(path))
    except WorldError as exc:
        from core.yamlsafe import line_of

        lines = [line_of(node, p.partition(": ")[0]) for p in exc.problems]
        raise WorldError(exc.source, exc.problems, lines) from None


def merge_world(base: dict | None, overrides: dict | None) -> dict:
    """A flow's inline ``world`` beside ``world_file`` overrides the file's top-level keys."""
    merged = dict(base or {})
    merged.update(overrides or {})
    return merged


# scrypt is slow on purpose; a process that seeds many worlds (a flow run) hashes each
# distinct password once. Only hashes are kept, never the passwords.
_HASHES: dict[str, str] = {}
_PENDING: dict[str, Future] = {}
_POOL: ThreadPoolExecutor | None = None
settled_listeners: list = []   # called after settle_passwords (the warm runner's copy)


def known_hashes() -> dict[str, str]:
    """The hashes made so far, by a digest of their password (never the password)."""
    return dict(_HASHES)


def learn_hashes(hashes: dict[str, str]) -> None:
    """Hashes another process made (gui/flows/warm_server.py: a warm runner's earlier runs)."""
    _HASHES.update(hashes)


def _memo(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()


def prepare_passwords(spec: WorldSpec) -> None:
    """Start hashing the world's distinct passwords, each in its own pool thread.

    hashlib.scrypt releases the GIL, so the hashes run side by side on several cores and
    beside whatever the caller does meanwhile. ``seed_world`` calls this first itself.
    """
    global _POOL
    for p in spec.people:
        if p.password is None or p.method not in PASSWORD_METHODS:
            continue
        memo = _memo(p.password)
        if memo in _HASHES or memo in _PENDING:
            continue
        if _POOL is None:
            _POOL = ThreadPoolExecutor(max_workers=os.cpu_count() or 2,
                                       thread_name_prefix="scrypt")
        _PENDING[memo] = _POOL.submit(hash_password, p.password)


def settle_passwords() -> None:
    """Wait for the hashes being made and stop the pool's threads. ``main.py test`` calls
    this before it forks its workers: each copy starts with every hash made so far (and the
    keyed digests that let its sign-ins skip scrypt) and with no pool whose threads it has
    not got."""
    global _POOL
    try:
        for memo, pending in list(_PENDING.items()):
            # A hash that failed is left to _hash_of, where that world is seeded (its flow
            # fails there, not the whole run here).
            with suppress(Exception):
                _HASHES[memo] = pending.result()
    finally:
        _PENDING.clear()
        if _POOL is not None:
            _POOL.shutdown(wait=True)
            _POOL = None
    for listener in settled_listeners:
        listener()


def _forget_pool_in_child() -> None:
    """A fallback for a fork taken while hashes were pending (``main.py test`` settles them
    first): their threads are not in the copy, so the copy hashes what it needs itself and
    never waits for a Future nobody completes."""
    global _POOL
    _PENDING.clear()
    _POOL = None


os.register_at_fork(after_in_child=_forget_pool_in_child)


def _hash_of(password: str) -> str:
    memo = _memo(password)
    if memo not in _HASHES:
        pending = _PENDING.pop(memo, None)
        _HASHES[memo] = pending.result() if pending is not None else hash_password(password)
    return _HASHES[memo]


def seed_world(store, spec: WorldSpec) -> None:
    """Replace everything in ``store`` with ``spec``'s world."""
    # The ORM only here: reading and validating a world (main.py check) needs no SQLAlchemy.
    from sqlalchemy import delete, select

    from core import models as m

    prepare_passwords(spec)
    with store.uow() as uow:
        s = uow.session
        # The revision goes on from the old world's, so other windows see the new one
        # (core.live watches it); a fresh store starts from 0.
        old = s.scalar(select(m.WorldState.revision).where(m.WorldState.id == 1)) or 0
        for table in reversed(m.Base.metadata.sorted_tables):
            s.execute(delete(table))
        portals: dict[str, m.Portal] = {}
        for p in spec.portals:
            portals[p.address] = m.Portal(address=p.address, name=p.name, deployment=p.deployment)
            s.add(portals[p.address])
        people: dict[str, m.NetworkProfile] = {}
        for p in spec.people:
            person = m.NetworkProfile(key=p.key, name=p.name, email=p.email, phone=p.phone,
                                      method=p.method, position=p.position, device=p.device,
                                      language=p.language, device_language=p.device_language)
            if p.password is not None and p.method in PASSWORD_METHODS:
                person.credential = m.Credential(password_hash=_hash_of(p.password))
            s.add(person)
            people[p.key] = person
            for pr in p.profiles:
                s.add(m.Profile(person=person, portal=portals[pr.portal], role=pr.role,
                                employment=pr.employment, access=pr.access, listed=pr.listed))
        s.flush()
        state = m.WorldState(
            id=1, name=spec.name, clock=spec.clock,
            # The phone is the signed-in person's own, if they have one (as at sign-in).
            platform=next((p.device for p in spec.people
                           if p.key == spec.session_person and p.device), spec.platform),
            device_platform=spec.platform, device_language=spec.language,
            language=None,  # the phone's own choice, made later (console, launchApp)
            policy_platforms=list(spec.policy_platforms), policy_entry=spec.entry,
            window_days=spec.window_days,
            session_person_id=people[spec.session_person].id if spec.session_person else None,
            session_portal_id=portals[spec.session_portal].id if spec.session_portal else None,
            browser_person_id=people[spec.browser_person].id if spec.browser_person else None,
            revision=old,
        )
        s.add(state)
        s.add(m.AuditEvent(at=spec.clock, actor="simulator", event="world_loaded",
                           subject=spec.name, detail=f"{len(spec.people)} people, "
                           f"{len(spec.portals)} Bitrix24"))
        silent = [p.key for p in spec.people if not p.language]
        if silent:  # their emails and notices fall back (rules.email_language): say so once
            name = LANGUAGE_NAMES[email_language(None, spec.language)]
            detail = (f"no language of their own: their emails are in {name}, the world's "
                      "device's language" if spec.language else "no language of their own "
                      "nor the world's device's: their emails are in English")
            s.add(m.AuditEvent(at=spec.clock, actor="simulator", event="language_fallback",
                               subject=", ".join(silent)[:200], detail=detail))
        uow.commit()

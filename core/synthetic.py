"""Large synthetic worlds, one generator for `main.py seed`, `make bench` and the reliability
tests.

Everything is written with bulk Core inserts, so 100,000 requests take seconds, not minutes.
Two shapes:

- ``uniform`` (``seed_synthetic``, the benchmarks): Bitrix24s of ``per_portal`` people each
  (two administrators per Bitrix24, so no deletion takes a Bitrix24 with it unless
  ``sole_admins``), one profile per person, one pending deletion request per person with its
  request_received email in the outbox.
- ``mixed`` (``add_due_requests``, the reliability tests; ``seed_synthetic(shape="mixed")``):
  most Bitrix24s keep an administrator who never asks for deletion, every tenth has none and
  its first requester is its sole administrator (the Bitrix24 goes with them), the first half
  of the requesters have two profiles in two Bitrix24s (their Network profile goes only with
  the last), and the due order is shuffled. It can be added on top of an existing world.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, text

from core import models as m
from core.notify import new_message_id
from core.passwords import hash_password
from core.templates import render

CLOCK = datetime(2026, 3, 2, 9, 0)
BATCH = 5000
SHAPES = ("uniform", "mixed")
SPREAD = 29 * 24 * 60  # minutes over which the uniform shape's requests were made


@dataclass(frozen=True)
class SyntheticInfo:
    people: int
    portals: int
    requests: int
    emails: int
    clock: datetime

    def __str__(self) -> str:
        return (f"Seeded {self.people} people in {self.portals} Bitrix24s with {self.requests} "
                f"pending requests and {self.emails} emails; clock at {self.clock:%Y-%m-%d %H:%M}.")


def seed_synthetic(store, requests: int, *, due: bool = False, per_portal: int = 100,
                   sole_admins: bool = False, emails: bool = True,
                   clock: datetime = CLOCK, shape: str = "uniform",
                   progress: Callable[[int], None] | None = None) -> SyntheticInfo:
    """Replace the store's contents with a synthetic world of ``requests`` pending requests
    in one of the SHAPES (see the module's docstring).

    ``due=True`` dates every request so that it is already due at the world's clock.
    ``progress(n)`` hears each batch of ``n`` requests written (for a progress bar).
    """
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}: one of {', '.join(SHAPES)}")
    with store.uow("seed") as uow:
        if shape == "mixed":
            _clear(uow.session)
            got = _add_mixed(uow.session, requests, per_portal, due, clock)
            info = SyntheticInfo(got["people"], got["portals"], got["requests"], 0, clock)
        else:
            info = _seed_uniform(uow.session, requests, due, per_portal, sole_admins, emails,
                                 clock, progress)
        uow.commit()
    _move_sequences(store)
    if shape == "mixed" and progress:  # written in one go
        progress(info.requests)
    return info


def _seed_uniform(s, requests: int, due: bool, per_portal: int, sole_admins: bool,
                  emails: bool, clock: datetime,
                  progress: Callable[[int], None] | None) -> SyntheticInfo:
    pw = hash_password("Synthetic-pass-1")  # before the first write: the lock waits less
    _clear(s)
    n = max(requests, 1)
    portals = (n + per_portal - 1) // per_portal
    s.execute(insert(m.Portal), [
        {"id": i + 1, "address": f"p{i + 1:06d}.bitrix24.com", "name": f"Portal {i + 1}",
         "deployment": "cloud", "status": "active"} for i in range(portals)])
    for start in range(0, n, BATCH):
        _uniform_people(s, range(start, min(start + BATCH, n)), per_portal, sole_admins, pw)
    count_emails = 0
    for start in range(0, requests, BATCH):
        rows, mails = _uniform_requests(range(start, min(start + BATCH, requests)), requests,
                                        due, per_portal, emails, clock)
        s.execute(insert(m.DeletionRequest), rows)
        if mails:
            s.execute(insert(m.Email), mails)
            count_emails += len(mails)
        if progress:
            progress(len(rows))
    s.add(m.WorldState(id=1, name=f"Synthetic world ({requests} requests)", clock=clock,
                       platform="ios", policy_platforms=["ios"], policy_entry="profile",
                       window_days=30, session_person_id=1, session_portal_id=1))
    s.add(m.AuditEvent(at=clock, actor="seed", event="world_loaded",
                       subject="synthetic world", detail=f"{requests} requests"))
    return SyntheticInfo(n, portals, requests, count_emails, clock)


def _uniform_people(s, numbers: range, per_portal: int, sole_admins: bool, pw: str) -> None:
    """Person ``i + 1`` for each ``i``, with a password login and one profile: the first two
    of each Bitrix24 are its administrators (only the first with ``sole_admins``)."""
    people, creds, profiles = [], [], []
    for i in numbers:
        pid = i + 1
        people.append({"id": pid, "key": f"u{pid}", "name": f"User {pid}",
                       "position": "Employee", "email": f"u{pid}@synthetic.example",
                       "phone": None, "method": "email", "device": None, "status": "active"})
        creds.append({"person_id": pid, "password_hash": pw, "failed_attempts": 0})
        in_portal = i % per_portal
        admin = in_portal == 0 or (in_portal == 1 and not sole_admins)
        profiles.append({"id": pid, "person_id": pid, "portal_id": i // per_portal + 1,
                         "role": "admin" if admin else "employee", "employment": "active",
                         "access": "open", "listed": True, "has_data": True})
    s.execute(insert(m.NetworkProfile), people)
    s.execute(insert(m.Credential), creds)
    s.execute(insert(m.Profile), profiles)


def _uniform_requests(numbers: range, requests: int, due: bool, per_portal: int,
                      emails: bool, clock: datetime) -> tuple[list[dict], list[dict]]:
    """The pending request of person ``i + 1`` for each ``i``, and its request_received
    email when ``emails``."""
    rows, mails = [], []
    for i in numbers:
        pid = i + 1
        # Spread over 29 days before the clock (due) or after it, in id order at every
        # size, so 10k and 100k are the same world, only bigger (a modulo here
        # interleaved three ranges of Bitrix24s above 41,760 requests).
        requested = clock - timedelta(days=30 if due else 0,
                                      minutes=(requests - i) * SPREAD // requests)
        due_at = requested + timedelta(days=30)
        rows.append({"id": pid, "profile_id": pid, "sent_from_profile_id": pid,
                     "status": "pending", "reason": "Synthetic request",
                     "requested_at": requested, "due_at": due_at,
                     "sole_admin_confirmed": False, "notified_admin_ids": []})
        if emails:
            portal_no = i // per_portal + 1
            subject, body, html = render("request_received", {
                "person_name": f"User {pid}", "recipient_name": f"User {pid}",
                "portal_name": f"Portal {portal_no}",
                "portal_address": f"p{portal_no:06d}.bitrix24.com",
                "due_date": due_at, "reason": "Synthetic request"}, "en")
            mails.append({"message_id": new_message_id(), "kind": "request_received",
                          "to_addr": f"u{pid}@synthetic.example", "to_name": f"User {pid}",
                          "subject": subject, "text_body": body, "html_body": html,
                          "created_at": requested, "status": "pending", "attempts": 0,
                          "person_id": pid, "portal_id": portal_no, "request_id": pid,
                          "language": "en"})
    return rows, mails


def add_due_requests(store, n: int, per_portal: int = 50, *, due: bool = True) -> dict:
    """``n`` pending requests in the ``mixed`` shape, on top of what the store already holds
    (new ids after its own; a store without a world gets a bare one). Returns the counts."""
    with store.uow("bulk") as uow:
        got = _add_mixed(uow.session, n, per_portal, due, CLOCK)
        uow.commit()
    _move_sequences(store)
    return got


class _MixedRows:
    """The rows of a mixed world being built, with ids after those the store holds."""

    def __init__(self, s) -> None:
        base = {model: s.scalar(select(func.coalesce(func.max(model.id), 0)))
                for model in (m.Portal, m.NetworkProfile, m.Profile, m.DeletionRequest)}
        self.portal_base, self.request_base = base[m.Portal], base[m.DeletionRequest]
        self.person_id, self.profile_id = base[m.NetworkProfile], base[m.Profile]
        self.portals: list[dict] = []
        self.people: list[dict] = []
        self.profiles: list[dict] = []
        self.requests: list[dict] = []

    def add_portal(self, p: int) -> int:
        self.portals.append({"id": self.portal_base + p + 1, "address": f"p{p}.bitrix24.com",
                             "name": f"Portal {p}", "deployment": "cloud", "status": "active"})
        return self.portal_base + p + 1

    def add_person(self, key: str) -> int:
        self.person_id += 1
        self.people.append({"id": self.person_id, "key": key, "name": f"Person {key}",
                            "position": "", "email": f"{key}@bulk.example", "phone": None,
                            "method": "google", "device": None, "status": "active"})
        return self.person_id

    def add_profile(self, person: int, portal: int, role: str) -> int:
        self.profile_id += 1
        self.profiles.append({"id": self.profile_id, "person_id": person, "portal_id": portal,
                              "role": role, "employment": "active", "access": "open",
                              "listed": True, "has_data": True})
        return self.profile_id


def _add_mixed(s, n: int, per_portal: int, due: bool, clock: datetime) -> dict:
    rows = _MixedRows(s)
    n_portals = max(2, -(-n // per_portal))
    for p in range(n_portals):
        rows.add_portal(p)
    for p in range(n_portals):
        if p % 10:
            rows.add_profile(rows.add_person(f"keeper{p}"), rows.portal_base + p + 1, "admin")
    _add_mixed_requests(rows, n, n_portals, due, clock)
    for model, batch in ((m.Portal, rows.portals), (m.NetworkProfile, rows.people),
                         (m.Profile, rows.profiles), (m.DeletionRequest, rows.requests)):
        for start in range(0, len(batch), BATCH):
            s.execute(insert(model), batch[start:start + BATCH])
    if s.get(m.WorldState, 1) is None:  # signed in as the first requester
        first = rows.profiles[-len(rows.requests)] if rows.requests else None
        s.add(m.WorldState(id=1, name=f"Synthetic world ({n} requests, mixed)", clock=clock,
                           platform="ios", policy_platforms=["ios"], policy_entry="profile",
                           window_days=30, revision=0,
                           session_person_id=first["person_id"] if first else None,
                           session_portal_id=first["portal_id"] if first else None))
    return {"requests": n, "portals": n_portals, "people": len(rows.people)}


def _add_mixed_requests(rows: _MixedRows, n: int, n_portals: int, due: bool,
                        clock: datetime) -> None:
    """``n`` requesters: request j is in Bitrix24 j % n_portals (spreading each Bitrix24's
    requests), the first requester of every tenth Bitrix24 is its sole administrator, and
    the first half come from people with two profiles; due one second apart in shuffled
    order, so one person's two requests are rarely next to each other."""
    sole_admin_given: set[int] = set()
    order = list(range(n))
    random.Random(n).shuffle(order)
    pairs = n // 4  # 2 * pairs requests come from people with two profiles
    j = 0
    while j < n:
        owner = rows.add_person(f"r{j}")
        count = 2 if j < 2 * pairs and j + 1 < n else 1
        for k in range(count):
            portal = rows.portal_base + (j + k) % n_portals + 1
            role = "employee"
            if (portal - rows.portal_base - 1) % 10 == 0 and portal not in sole_admin_given:
                role = "admin"
                sole_admin_given.add(portal)
            pr = rows.add_profile(owner, portal, role)
            # Due a day before the clock (or after it), one second apart in shuffled order.
            due_at = (clock - timedelta(days=1, seconds=n - order[j + k]) if due
                      else clock + timedelta(days=1, seconds=order[j + k]))
            rows.requests.append({"id": rows.request_base + j + k + 1, "profile_id": pr,
                                  "sent_from_profile_id": pr, "status": "pending",
                                  "reason": f"bulk {j + k}",
                                  "requested_at": due_at - timedelta(days=30),
                                  "due_at": due_at, "sole_admin_confirmed": role == "admin",
                                  "notified_admin_ids": []})
        j += count


def _clear(s) -> None:
    for table in reversed(m.Base.metadata.sorted_tables):
        s.execute(delete(table))


def _move_sequences(store) -> None:
    """PostgreSQL: rows were written with explicit ids; move each table's sequence past them."""
    if store.engine.dialect.name != "postgresql":
        return
    with store.engine.begin() as conn:
        for table in m.Base.metadata.sorted_tables:
            if "id" in table.c and table.c.id.autoincrement is not False \
                    and table.name != "world_state":
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                  f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))

"""Helpers for the processing and mail tests: drive the services as the app does, one unit of
work per action, and build many due requests quickly for the concurrency test."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from core import models as m
from core import services as sv
from core.db import Store
from core.processing import advance_clock, parse_duration
from core.rules import REQUEST_ITEMS

PASSWORDS = {"anna": "Anna-pass-1", "boris": "Boris-pass-1", "eva": "Eva-pass-1",
             "hugo": "Hugo-pass-1", "grace": "Grace-pass-1"}
LOGINS = {"anna": "anna@acme.example", "boris": "+15550101", "eva": "eva@bloom.example",
          "hugo": "hugo@acme.example", "grace": "grace@northwind.example"}
SERVICES = {"carla": "google", "dmitri": "apple", "frank": "office365"}


def act(store: Store, fn, *args, actor: str = "tester", **kwargs):
    with store.uow(actor) as uow:
        return fn(uow, *args, **kwargs)


def log_in_to_delete(store: Store, person: str, portal: str) -> None:
    """App signed in as ``person`` in ``portal``; the in-app browser logged in by their method."""
    act(store, sv.sign_in, person, portal)
    if person in SERVICES:
        act(store, sv.browser_login_service, SERVICES[person], person)
    else:
        act(store, sv.browser_login, LOGINS[person], PASSWORDS[person])


def request_deletion(store: Store, person: str, portal: str, reason: str = "I am leaving",
                     sole_admin: bool = False):
    log_in_to_delete(store, person, portal)
    return act(store, sv.send_request, reason, len(REQUEST_ITEMS), True,
               sole_admin_confirmed=sole_admin)


def cancel_deletion(store: Store, person: str, portal: str):
    log_in_to_delete(store, person, portal)
    return act(store, sv.send_request, "cancel profile deletion", len(REQUEST_ITEMS), True)


def advance(store: Store, text: str):
    return advance_clock(store, parse_duration(text), "tester")


def emails(store: Store, **where) -> list[m.Email]:
    with store.reader() as uow:
        query = select(m.Email).order_by(m.Email.id)
        for key, value in where.items():
            query = query.where(getattr(m.Email, key) == value)
        return list(uow.session.scalars(query))


def audit(store: Store, event: str) -> list[m.AuditEvent]:
    with store.reader() as uow:
        return list(uow.session.scalars(
            select(m.AuditEvent).where(m.AuditEvent.event == event).order_by(m.AuditEvent.id)))


def person(store: Store, key: str) -> m.NetworkProfile:
    with store.reader() as uow:
        return uow.session.scalar(select(m.NetworkProfile).where(m.NetworkProfile.key == key))


def portal(store: Store, address: str) -> m.Portal:
    with store.reader() as uow:
        return uow.session.scalar(select(m.Portal).where(m.Portal.address == address))


def profile(store: Store, key: str, address: str) -> m.Profile:
    with store.reader() as uow:
        return uow.session.scalar(
            select(m.Profile).join(m.NetworkProfile, m.NetworkProfile.id == m.Profile.person_id)
            .join(m.Portal, m.Portal.id == m.Profile.portal_id)
            .where(m.NetworkProfile.key == key, m.Portal.address == address))


def seed_due_requests(store: Store, n: int, sole_admin_every: int = 10) -> None:
    """``n`` pending requests, all already due, in one transaction (added to the demo world).

    Request i belongs to a new person whose only Bitrix24 is ``big.bitrix24.com`` (two other
    administrators stay), so completing it deletes the Network profile too. Every
    ``sole_admin_every``-th person is instead the sole administrator of a small Bitrix24 of their
    own with one employee, so completing it deletes that Bitrix24 as well.
    """
    with store.uow("seeder") as uow:
        s = uow.session
        now = uow.clock.now()
        big = m.Portal(address="big.bitrix24.com", name="Big Co", deployment="cloud")
        s.add(big)
        for k in range(2):
            admin = m.NetworkProfile(key=f"bigadmin{k}", name=f"Big Admin {k}",
                                     email=f"admin{k}@big.example", method="email")
            s.add(admin)
            s.add(m.Profile(person=admin, portal=big, role="admin"))
        for i in range(n):
            p = m.NetworkProfile(key=f"p{i}", name=f"Person {i}", email=f"p{i}@load.example",
                                 method="email")
            s.add(p)
            if sole_admin_every and i % sole_admin_every == 0:
                own = m.Portal(address=f"own{i}.bitrix24.com", name=f"Own {i}")
                s.add(own)
                worker = m.NetworkProfile(key=f"w{i}", name=f"Worker {i}",
                                          email=f"w{i}@load.example", method="email")
                s.add(worker)
                s.add(m.Profile(person=worker, portal=own, role="employee"))
                pr = m.Profile(person=p, portal=own, role="admin")
            else:
                pr = m.Profile(person=p, portal=big, role="employee")
            s.add(pr)
            s.flush()
            requested = now - timedelta(days=31, minutes=n - i)
            s.add(m.DeletionRequest(
                profile=pr, sent_from_profile_id=pr.id, status="pending", reason=f"load {i}",
                requested_at=requested, due_at=requested + timedelta(days=30),
                sole_admin_confirmed=bool(sole_admin_every and i % sole_admin_every == 0),
                notified_admin_ids=[]))
        uow.commit()

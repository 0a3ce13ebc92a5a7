"""A fast builder of many due deletion requests (core inserts, no services), and the checks
that a fully processed world is whole: each request done once, each final email once, no
profile half done."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select

from core import models as m
from core.db import Store

CLOCK = datetime(2026, 3, 2, 9, 0)


def build_due_requests(store: Store, n: int, per_portal: int = 50) -> dict:
    """``n`` pending requests, all due before the clock.

    Shape: one portal per ``per_portal`` requests. Most portals keep an administrator who
    never asks for deletion; every tenth portal has none, and its first requester is its sole
    administrator (the Bitrix24 is deleted with them). The first half of the requesters have
    two profiles (two requests, in two portals), so their Network profile goes only with the
    last one; the rest have one.
    """
    portals, people, profiles, requests = [], [], [], []
    n_portals = max(2, -(-n // per_portal))
    with store.reader() as uow:  # on top of an existing world: ids after its own
        s = uow.session
        has_world = s.get(m.WorldState, 1) is not None
        base = {model: s.scalar(select(func.coalesce(func.max(model.id), 0)))
                for model in (m.Portal, m.NetworkProfile, m.Profile, m.DeletionRequest)}
    portal_base = base[m.Portal]
    for p in range(n_portals):
        portals.append({"id": portal_base + p + 1, "address": f"p{p}.bitrix24.com", "name": f"Portal {p}",
                        "deployment": "cloud", "status": "active"})
    person_id, profile_id = base[m.NetworkProfile], base[m.Profile]
    request_base = base[m.DeletionRequest]

    def add_person(key: str) -> int:
        nonlocal person_id
        person_id += 1
        people.append({"id": person_id, "key": key, "name": f"Person {key}", "position": "",
                       "email": f"{key}@bulk.example", "phone": None, "method": "google",
                       "device": None, "status": "active"})
        return person_id

    def add_profile(person: int, portal: int, role: str) -> int:
        nonlocal profile_id
        profile_id += 1
        profiles.append({"id": profile_id, "person_id": person, "portal_id": portal,
                         "role": role, "employment": "active", "access": "open",
                         "listed": True, "has_data": True})
        return profile_id

    for p in range(n_portals):
        if p % 10:
            add_profile(add_person(f"keeper{p}"), portal_base + p + 1, "admin")
    # Request slots: portal of request j is j % n_portals (spreads each portal's requests).
    sole_admin_given: set[int] = set()
    # Due order is shuffled, so one person's two requests are rarely next to each other.
    order = list(range(n))
    random.Random(n).shuffle(order)
    pairs = n // 4  # 2 * pairs requests come from people with two profiles
    j = 0
    while j < n:
        owner = add_person(f"r{j}")
        count = 2 if j < 2 * pairs and j + 1 < n else 1
        for k in range(count):
            portal = portal_base + (j + k) % n_portals + 1
            role = "employee"
            if (portal - portal_base - 1) % 10 == 0 and portal not in sole_admin_given:
                role = "admin"
                sole_admin_given.add(portal)
            pr = add_profile(owner, portal, role)
            due = CLOCK - timedelta(days=1, seconds=n - order[j + k])
            requests.append({"id": request_base + j + k + 1, "profile_id": pr, "sent_from_profile_id": pr,
                             "status": "pending", "reason": f"bulk {j + k}",
                             "requested_at": due - timedelta(days=30), "due_at": due,
                             "sole_admin_confirmed": role == "admin", "notified_admin_ids": []})
        j += count
    with store.uow("bulk") as uow:
        s = uow.session
        if not has_world:
            s.add(m.WorldState(id=1, name="bulk", clock=CLOCK, platform="ios",
                               policy_platforms=["ios"], policy_entry="profile",
                               window_days=30, revision=0))
            s.flush()
        for model, rows in ((m.Portal, portals), (m.NetworkProfile, people),
                            (m.Profile, profiles), (m.DeletionRequest, requests)):
            for start in range(0, len(rows), 2000):
                s.execute(insert(model), rows[start:start + 2000])
        uow.commit()
    if store.engine.dialect.name == "postgresql":
        # Explicit ids: move the sequences past them.
        with store.engine.begin() as conn:
            for table in ("portals", "network_profiles", "profiles", "deletion_requests"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}))")
    return {"requests": n, "portals": n_portals, "people": len(people)}


def check_whole(store: Store, n: int) -> dict:
    """Assert the invariants of a fully processed bulk world; returns counts for messages."""
    with store.reader() as uow:
        s = uow.session
        statuses = Counter(dict(s.execute(select(m.DeletionRequest.status, func.count())
                                          .group_by(m.DeletionRequest.status)).all()))
        assert statuses == Counter({"completed": n}), statuses
        # Each request done exactly once: one audit event and one final email per request.
        done_events = s.scalar(select(func.count()).select_from(m.AuditEvent)
                               .where(m.AuditEvent.event == "profile_deleted"))
        assert done_events == n
        per_request = Counter(s.scalars(select(m.Email.request_id)
                                        .where(m.Email.kind == "profile_deleted")))
        assert len(per_request) == n and set(per_request.values()) == {1}, (
            [k for k, v in per_request.items() if v != 1][:10])
        # Every requester's Network profile is deleted, once, with one final email.
        requesters = set(s.scalars(select(m.Profile.person_id).join(
            m.DeletionRequest, m.DeletionRequest.profile_id == m.Profile.id)))
        deleted = set(s.scalars(select(m.NetworkProfile.id)
                                .where(m.NetworkProfile.status == "deleted")))
        assert requesters <= deleted, f"{len(requesters - deleted)} requesters not deleted"
        finals = Counter(s.scalars(select(m.Email.person_id)
                                   .where(m.Email.kind == "network_profile_deleted")))
        assert set(finals) == deleted and set(finals.values()) == {1}
        net_events = s.scalar(select(func.count()).select_from(m.AuditEvent)
                              .where(m.AuditEvent.event == "network_profile_deleted"))
        assert net_events == len(deleted)
        # No profile half done.
        half = s.scalar(select(func.count()).select_from(m.Profile).where(
            m.Profile.employment == "dismissed", m.Profile.access == "open"))
        assert half == 0, f"{half} profiles dismissed with access open"
        alive_elsewhere = s.scalar(
            select(func.count()).select_from(m.Profile)
            .join(m.NetworkProfile, m.NetworkProfile.id == m.Profile.person_id)
            .join(m.Portal, m.Portal.id == m.Profile.portal_id)
            .where(m.NetworkProfile.status == "deleted", m.Profile.access == "open",
                   m.Portal.status == "active"))
        assert alive_elsewhere == 0, f"{alive_elsewhere} deleted people with an active profile"
        requested = s.scalar(
            select(func.count()).select_from(m.Profile).join(
                m.DeletionRequest, m.DeletionRequest.profile_id == m.Profile.id)
            .where((m.Profile.access != "closed") | (m.Profile.employment != "dismissed")
                   | m.Profile.listed.is_(True)))
        assert requested == 0, f"{requested} requested profiles not fully closed"
        # Bitrix24s whose sole administrator left are deleted, and nobody keeps access there.
        deleted_portals = s.scalar(select(func.count()).select_from(m.Portal)
                                   .where(m.Portal.status == "deleted"))
        open_in_deleted = s.scalar(
            select(func.count()).select_from(m.Profile)
            .join(m.Portal, m.Portal.id == m.Profile.portal_id)
            .where(m.Portal.status == "deleted", m.Profile.access == "open"))
        assert open_in_deleted == 0
    return {"deleted_people": len(deleted), "deleted_portals": deleted_portals}


def check_consistent(store: Store) -> int:
    """After any interruption: each request is either untouched or wholly done. Returns how
    many are done."""
    with store.reader() as uow:
        s = uow.session
        rows = s.execute(select(m.DeletionRequest.id, m.DeletionRequest.status, m.Profile.access,
                                m.Profile.employment, m.Profile.listed)
                         .join(m.Profile, m.Profile.id == m.DeletionRequest.profile_id)).all()
        finals = Counter(s.scalars(select(m.Email.request_id)
                                   .where(m.Email.kind == "profile_deleted")))
        done = 0
        for rid, status, access, employment, listed in rows:
            if status == "completed":
                done += 1
                assert (access, employment, listed) == ("closed", "dismissed", False), rid
                assert finals[rid] == 1, (rid, finals[rid])
            else:
                assert status == "pending" and employment == "active", (rid, status)
                assert rid not in finals, rid
        half = s.scalar(select(func.count()).select_from(m.Profile).where(
            m.Profile.employment == "dismissed", m.Profile.access == "open"))
        assert half == 0
        alive_elsewhere = s.scalar(
            select(func.count()).select_from(m.Profile)
            .join(m.NetworkProfile, m.NetworkProfile.id == m.Profile.person_id)
            .join(m.Portal, m.Portal.id == m.Profile.portal_id)
            .where(m.NetworkProfile.status == "deleted", m.Profile.access == "open",
                   m.Portal.status == "active"))
        assert alive_elsewhere == 0
        finals_net = Counter(s.scalars(select(m.Email.person_id)
                                       .where(m.Email.kind == "network_profile_deleted")))
        assert set(finals_net.values()) <= {1}
    return done

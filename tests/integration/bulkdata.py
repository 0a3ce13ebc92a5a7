"""The checks that a fully processed bulk world is whole: each request done once, each final
email once, no profile half done. The worlds come from core.synthetic (``add_due_requests``,
the ``mixed`` shape), the generator `main.py seed` and `make bench` use too."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from core import models as m
from core.db import Store


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

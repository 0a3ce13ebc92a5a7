"""Rule 10 and 11: completing deletion requests when the simulated clock passes their due date.

Each request completes in its own transaction. A request is claimed with a conditional update
(``status = 'pending'`` in the WHERE clause; on PostgreSQL the candidate row is also taken with
``FOR UPDATE SKIP LOCKED``), so two workers on one database never complete the same request twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from core import models as m
from core.db import Store
from core.errors import DomainError
from core.notify import add_notice, queue_email, record
from core.services import active_admin_ids, request_view
from core.templates import format_date
from core.views import ProcessResult

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(w|d|h|m|s)\s*$", re.IGNORECASE)
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes", "s": "seconds"}


def parse_duration(text: str) -> timedelta:
    """"30d", "12h", "1w", "90m" -> timedelta; a readable error otherwise."""
    parts = re.findall(r"\d+(?:\.\d+)?\s*[wdhms]", str(text).strip(), re.IGNORECASE)
    if not parts or "".join(parts).replace(" ", "") != str(text).replace(" ", ""):
        raise DomainError(f"Not a duration: {text!r}. Write e.g. 30d, 12h, 1w or 90m.")
    total = timedelta()
    for part in parts:
        value, unit = _DURATION.match(part).groups()
        total += timedelta(**{_UNITS[unit.lower()]: float(value)})
    if total > timedelta(days=36500):
        raise DomainError(f"{text!r} is more than 100 years.")
    return total


def next_due(store: Store) -> datetime | None:
    with store.reader() as uow:
        return uow.session.scalar(select(func.min(m.DeletionRequest.due_at)).where(
            m.DeletionRequest.status == "pending"))


def _claim_next(uow, now: datetime) -> int | None:
    query = (select(m.DeletionRequest.id)
             .where(m.DeletionRequest.status == "pending", m.DeletionRequest.due_at <= now)
             .order_by(m.DeletionRequest.due_at, m.DeletionRequest.id).limit(1))
    if uow.session.bind.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return uow.session.scalar(query)


def complete_request(uow, request_id: int) -> ProcessResult | None:
    """Complete one due request inside ``uow``; None if another worker already did."""
    s = uow.session
    r = s.get(m.DeletionRequest, request_id)
    if r is None:
        return None
    done = s.execute(
        update(m.DeletionRequest)
        .where(m.DeletionRequest.id == request_id, m.DeletionRequest.status == "pending")
        .values(status="completed", completed_at=m.DeletionRequest.due_at)
        .execution_options(synchronize_session=False)
    ).rowcount
    if done != 1:
        return None
    # Two workers on a server database: completions touching the same Bitrix24 or the same
    # person wait for each other here, so the sole-admin and last-profile checks below see
    # the other's result (portal first, then person: one lock order, no deadlock). FOR NO KEY
    # UPDATE does not block the foreign-key checks of notices. SQLite serializes writers anyway.
    person_id, portal_id = s.execute(select(m.Profile.person_id, m.Profile.portal_id)
                                     .where(m.Profile.id == r.profile_id)).one()
    s.execute(select(m.Portal.id).where(m.Portal.id == portal_id)
              .with_for_update(key_share=True))
    s.execute(select(m.NetworkProfile.id).where(m.NetworkProfile.id == person_id)
              .with_for_update(key_share=True))
    s.refresh(r)
    at = r.due_at  # completion time is the due time, not the moment the clock moved
    profile, person, portal = r.profile, r.profile.person, r.profile.portal
    ctx = {"person_name": person.name, "person_email": person.email, "portal_name": portal.name,
           "portal_address": portal.address, "due_date": format_date(r.due_at),
           "requested_date": format_date(r.requested_at), "reason": r.reason}
    was_sole_admin = (profile.role == "admin" and portal.status == "active"
                      and set(active_admin_ids(s, portal.id)) == {profile.id})
    profile.access, profile.listed, profile.employment = "closed", False, "dismissed"
    record(s, at, "processor", "profile_deleted", f"{person.name} @ {portal.address}",
           f"request #{r.id}; access closed, removed from the Network page, marked Dismissed",
           person_id=person.id, portal_id=portal.id)
    queue_email(s, at, "profile_deleted", person, ctx, portal.id, r.id, final=True)
    portal_deleted = False
    if was_sole_admin:
        portal_deleted = True
        portal.status, portal.deleted_at = "deleted", at
        record(s, at, "processor", "portal_deleted", portal.address,
               f"its only administrator {person.name} was deleted", portal_id=portal.id)
        others = s.scalars(select(m.Profile).where(m.Profile.portal_id == portal.id,
                                                   m.Profile.id != profile.id)
                           .order_by(m.Profile.id))
        for other in others:
            was_open = other.access == "open"
            other.access, other.listed = "closed", False
            # Everyone in it is told; queue_email records it as suppressed for those whose
            # own deletion there already completed (rule 10) or whose Network profile is gone.
            queue_email(s, at, "portal_deleted", other.person, ctx, portal.id, r.id)
            if was_open:
                add_notice(s, at, other.person_id, portal.id, "portal_deleted",
                           f"The Bitrix24 {portal.name} has been deleted.")
                record(s, at, "processor", "access_closed",
                       f"{other.person.name} @ {portal.address}", "Bitrix24 deleted",
                       person_id=other.person_id, portal_id=portal.id)
    remaining = s.scalar(
        select(func.count(m.Profile.id)).join(m.Portal, m.Portal.id == m.Profile.portal_id)
        .where(m.Profile.person_id == person.id, m.Profile.access == "open",
               m.Portal.status == "active"))
    network_deleted = False
    if not remaining and person.status == "active":
        # The final email is written first, to the Network profile's own address.
        queue_email(s, at, "network_profile_deleted", person, ctx, portal.id, r.id, final=True)
        s.flush()
        person.status, person.deleted_at = "deleted", at
        network_deleted = True
        if person.credential is not None:
            s.delete(person.credential)
        state = uow.state()
        if state.browser_person_id == person.id:
            state.browser_person_id = None
            state.browser_login_hint = None
        record(s, at, "processor", "network_profile_deleted", person.email,
               f"{portal.address} was their last Bitrix24", person_id=person.id)
    view = request_view(s, r)
    return ProcessResult(view, portal_deleted, network_deleted)


def process_due(store: Store, until: datetime | None = None,
                on_done: Callable[[ProcessResult], None] | None = None,
                limit: int | None = None) -> list[ProcessResult]:
    """Complete every pending request due by ``until`` (default: the clock), in due order."""
    results: list[ProcessResult] = []
    while limit is None or len(results) < limit:
        with store.uow("processor") as uow:
            now = until or uow.clock.now()
            request_id = _claim_next(uow, now)
            if request_id is None:
                break
            result = complete_request(uow, request_id)
            uow.commit()
        if result is not None:
            results.append(result)
            if on_done:
                on_done(result)
    return results


def advance_clock(store: Store, delta: timedelta, actor: str = "simulator",
                  on_done: Callable[[ProcessResult], None] | None = None) -> list[ProcessResult]:
    """Move the simulated clock forward and process what falls due on the way."""
    if delta < timedelta(0):
        raise DomainError("The simulated clock only moves forward.")
    with store.uow(actor) as uow:
        before = uow.clock.now()
        after = before + delta
        uow.clock.set(after)
        record(uow.session, after, actor, "clock_advanced", f"{before:%Y-%m-%d %H:%M} -> "
               f"{after:%Y-%m-%d %H:%M}", f"+{delta}")
        uow.commit()
    return process_due(store, after, on_done)


def advance_to_next_due(store: Store, actor: str = "simulator") -> list[ProcessResult]:
    due = next_due(store)
    if due is None:
        raise DomainError("There is no pending deletion request.")
    with store.reader() as uow:
        now = uow.clock.now()
    return advance_clock(store, max(due - now, timedelta(0)), actor)

"""Rule 10 and 11: completing deletion requests when the simulated clock passes their due date.

Due requests complete in batches, one transaction per batch (a crash leaves whole batches).
A batch is claimed with one conditional update (``status = 'pending'`` in the WHERE clause; on
PostgreSQL the candidate rows are also taken with ``FOR UPDATE SKIP LOCKED``), so two workers on
one database never complete the same request twice. ``complete_request`` is the one-by-one path
the batch path must match row for row (tests compare them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, func, insert, select, update

from core import models as m
from core.db import Store, checkpoint, worker_pragmas
from core.errors import DomainError
from core.notify import add_notice, new_message_id, queue_email, record
from core.services import active_admin_ids, request_view
from core.templates import format_date, render
from core.views import PersonView, PortalView, ProcessResult, RequestView

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(w|d|h|m|s)\s*$", re.IGNORECASE)
# Due requests completed per transaction (see process_due).
BATCH_SIZE = 500
_SECONDS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}
MAX_ADVANCE = timedelta(days=36500)  # one --advance / advanceClock moves at most 100 years


def parse_duration(text: str) -> timedelta:
    """"30d", "12h", "1w", "90m" -> timedelta; a readable error otherwise."""
    parts = re.findall(r"\d+(?:\.\d+)?\s*[wdhms]", str(text).strip(), re.IGNORECASE)
    if not parts or "".join(parts).replace(" ", "") != str(text).replace(" ", ""):
        raise DomainError(f"Not a duration: {text!r}. Write e.g. 30d, 12h, 1w or 90m.")
    # The bound is checked on plain seconds before any timedelta is built: timedelta itself
    # overflows (OverflowError) long before a float does (``1e12d``), and ``1e400`` is inf.
    seconds = 0.0
    for part in parts:
        value, unit = _DURATION.match(part).groups()
        seconds += float(value) * _SECONDS[unit.lower()]
    if not seconds <= MAX_ADVANCE.total_seconds():
        raise DomainError(f"{text!r} is more than 100 years.")
    return timedelta(seconds=seconds)


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
                limit: int | None = None,
                batch_size: int = BATCH_SIZE) -> list[ProcessResult]:
    """Complete every pending request due by ``until`` (default: the clock), in due order.

    Requests are claimed and completed ``batch_size`` at a time, each batch in one
    transaction (a crash leaves whole batches, never half a request). ``batch_size=1``
    completes them one by one through ``complete_request``; both give the same rows.
    """
    results: list[ProcessResult] = []
    batches = 0
    while limit is None or len(results) < limit:
        size = batch_size if limit is None else min(batch_size, limit - len(results))
        with store.uow("processor") as uow:
            now = until or uow.clock.now()
            if size <= 1:
                request_id = _claim_next(uow, now)
                done = [] if request_id is None else [complete_request(uow, request_id)]
                if request_id is None:
                    break
            else:
                worker_pragmas(uow.session)
                claimed = _claim_batch(uow, now, size)
                if not claimed:
                    break
                done = complete_batch(uow, claimed)
                batches += 1
            uow.commit()
        for result in done:
            if result is not None:
                results.append(result)
                if on_done:
                    on_done(result)
    if batches:
        checkpoint(store)
    return results


# ---------------------------------------------------------------- batches

_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit


def _chunks(ids) -> list[list]:
    ids = list(ids)
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _claim_batch(uow, now: datetime, size: int) -> list[int]:
    """Claim up to ``size`` due requests, in due order, with one conditional update."""
    s = uow.session
    query = (select(m.DeletionRequest.id)
             .where(m.DeletionRequest.status == "pending", m.DeletionRequest.due_at <= now)
             .order_by(m.DeletionRequest.due_at, m.DeletionRequest.id).limit(size))
    if s.bind.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    ids = list(s.scalars(query))
    if not ids:
        return []
    # "status || ''" keeps the status check out of index selection: given "status = ?",
    # SQLite walks the status index through every pending request, per batch (quadratic
    # at 100k); this way it looks the claimed ids up by primary key.
    claimed = set(s.scalars(
        update(m.DeletionRequest)
        .where(m.DeletionRequest.id.in_(ids), m.DeletionRequest.status.concat("") == "pending")
        .values(status="completed", completed_at=m.DeletionRequest.due_at)
        .returning(m.DeletionRequest.id)
        .execution_options(synchronize_session=False)))
    return [i for i in ids if i in claimed]


class _Row:
    """A mutable copy of one database row, for the in-memory run of a batch."""

    __slots__ = ("__dict__",)

    def __init__(self, mapping) -> None:
        self.__dict__ = mapping


def _rows(s, columns, where) -> list[_Row]:
    """``columns`` of the rows matching ``where``, as _Rows (plain tuples zipped with the
    column names: quicker than SQLAlchemy's row mappings)."""
    names = [c.key for c in columns]
    return [_Row(dict(zip(names, row, strict=True)))
            for row in s.execute(select(*columns).where(where))]


def _load(s, columns, key, ids) -> dict[int, _Row]:
    out: dict[int, _Row] = {}
    for chunk in _chunks(ids):
        for row in _rows(s, columns, key.in_(chunk)):
            out[row.id] = row
    return out


_PROFILE_COLS = (m.Profile.id, m.Profile.person_id, m.Profile.portal_id, m.Profile.role,
                 m.Profile.employment, m.Profile.access, m.Profile.listed)
_PERSON_COLS = (m.NetworkProfile.id, m.NetworkProfile.key, m.NetworkProfile.name,
                m.NetworkProfile.email, m.NetworkProfile.phone, m.NetworkProfile.method,
                m.NetworkProfile.status, m.NetworkProfile.position)
_PORTAL_COLS = (m.Portal.id, m.Portal.address, m.Portal.name, m.Portal.deployment,
                m.Portal.status)


def complete_batch(uow, request_ids: list[int]) -> list[ProcessResult]:
    """Complete already-claimed requests (in this order) with a handful of set-based
    statements: the same rows, in the same order, as ``complete_request`` one by one.

    Everything each completion reads (its Bitrix24's administrators and members, the
    person's other profiles, suppression) is loaded first and then updated in memory as
    the batch runs in due order, so requests that touch each other within one batch (two
    administrators of one Bitrix24, one person's two profiles) see each other's effects
    exactly as they would one after another.
    """
    s = uow.session
    reqs = _load(s, (m.DeletionRequest.id, m.DeletionRequest.profile_id,
                     m.DeletionRequest.sent_from_profile_id, m.DeletionRequest.reason,
                     m.DeletionRequest.requested_at, m.DeletionRequest.due_at,
                     m.DeletionRequest.cancelled_at, m.DeletionRequest.sole_admin_confirmed),
                 m.DeletionRequest.id, request_ids)
    own = _load(s, _PROFILE_COLS, m.Profile.id,
                {r.profile_id for r in reqs.values()}
                | {r.sent_from_profile_id for r in reqs.values()})
    mine = [own[reqs[i].profile_id] for i in request_ids]
    # Two workers on a server database: the same locks as one by one (all Bitrix24s of the
    # batch, then all persons, each in id order: one lock order, no deadlock).
    if s.bind.dialect.name == "postgresql":
        for model, ids in ((m.Portal, {p.portal_id for p in mine}),
                           (m.NetworkProfile, {p.person_id for p in mine})):
            for chunk in _chunks(sorted(ids)):
                s.execute(select(model.id).where(model.id.in_(chunk)).order_by(model.id)
                          .with_for_update(key_share=True))
    persons_of = {p.person_id for p in mine}
    admin_portals = {p.portal_id for p in mine if p.role == "admin"}
    # Read up front: every profile of the batch's people (the last-profile check) and the
    # administrators of their Bitrix24s (the sole-admin check). All members of a Bitrix24
    # are read only when it is deleted (members_of): a batch reads what its requests need,
    # not a hundred colleagues per administrator.
    profiles: dict[int, _Row] = {}
    for chunk in _chunks(persons_of):
        for row in _rows(s, _PROFILE_COLS, m.Profile.person_id.in_(chunk)):
            profiles[row.id] = row
    for chunk in _chunks(admin_portals):
        for row in _rows(s, _PROFILE_COLS,
                         m.Profile.portal_id.in_(chunk) & (m.Profile.role == "admin")):
            profiles.setdefault(row.id, row)
    for pid, row in own.items():
        profiles.setdefault(pid, row)
    admins: dict[int, list[_Row]] = {b: [] for b in admin_portals}
    held: dict[int, list[_Row]] = {x: [] for x in persons_of}
    for p in sorted(profiles.values(), key=lambda p: p.id):
        if p.portal_id in admins and p.role == "admin":
            admins[p.portal_id].append(p)
        if p.person_id in held:
            held[p.person_id].append(p)
    persons = _load(s, _PERSON_COLS, m.NetworkProfile.id,
                    {p.person_id for p in profiles.values()})
    portals = _load(s, _PORTAL_COLS, m.Portal.id, {p.portal_id for p in profiles.values()})
    # Rule 10 suppression: each profile's first completed request (completions of this
    # batch are added as it runs; earlier ones are read with the members they belong to).
    completed: dict[int, int] = {}
    batch = set(request_ids)

    def members_of(portal_id: int) -> list[_Row]:
        """Everyone in a Bitrix24 being deleted, in id order: rows already read are reused
        (this batch may have changed them), the rest read now with their people and their
        completed requests."""
        rows = []
        for row in _rows(s, _PROFILE_COLS, m.Profile.portal_id == portal_id):
            rows.append(profiles.setdefault(row.id, row))
        rows.sort(key=lambda p: p.id)
        missing = {p.person_id for p in rows} - persons.keys()
        persons.update(_load(s, _PERSON_COLS, m.NetworkProfile.id, missing))
        for chunk in _chunks([p.id for p in rows]):
            # By profile only, status checked here: with "status = 'completed'" in the WHERE
            # clause SQLite picks the status index and reads every completed request.
            for profile_id, rid, status in s.execute(
                    select(m.DeletionRequest.profile_id, m.DeletionRequest.id,
                           m.DeletionRequest.status)
                    .where(m.DeletionRequest.profile_id.in_(chunk))):
                if status == "completed" and rid not in batch:
                    completed[profile_id] = min(completed.get(profile_id, rid), rid)
        return rows

    state = uow.state()

    audits, emails, notices, results = [], [], [], []
    touched: set[int] = set()
    gone_portals: list[dict] = []
    gone_persons: list[dict] = []

    def audit(at, event, subject, detail, person_id=None, portal_id=None):
        audits.append({"at": at, "actor": "processor", "event": event, "subject": subject[:400],
                       "detail": detail, "person_id": person_id, "portal_id": portal_id})

    def email(at, kind, person, ctx, portal_id, request_id, reason=None):
        subject, text, html_body = render(kind, {"recipient_name": person.name, **ctx})
        emails.append({"message_id": new_message_id(), "kind": kind,
                       "to_addr": person.email, "to_name": person.name, "subject": subject,
                       "text_body": text, "html_body": html_body, "created_at": at,
                       "status": "suppressed" if reason else "pending",
                       "suppressed_reason": reason, "attempts": 0, "person_id": person.id,
                       "portal_id": portal_id, "request_id": request_id})
        if reason:
            audits.append({"at": at, "actor": "mailer", "event": "email_suppressed",
                           "subject": f"{kind} to {person.email}"[:400], "detail": reason,
                           "person_id": person.id, "portal_id": portal_id})

    for rid in request_ids:
        r = reqs[rid]
        profile = profiles[r.profile_id]
        person, portal = persons[profile.person_id], portals[profile.portal_id]
        at = r.due_at
        ctx = {"person_name": person.name, "person_email": person.email,
               "portal_name": portal.name, "portal_address": portal.address,
               "due_date": format_date(r.due_at), "requested_date": format_date(r.requested_at),
               "reason": r.reason}
        was_sole_admin = (
            profile.role == "admin" and portal.status == "active"
            and {p.id for p in admins[portal.id]
                 if p.employment == "active" and p.access == "open"
                 and persons[p.person_id].status == "active"} == {profile.id})
        profile.access, profile.listed, profile.employment = "closed", False, "dismissed"
        touched.add(profile.id)
        completed[profile.id] = min(completed.get(profile.id, rid), rid)
        audit(at, "profile_deleted", f"{person.name} @ {portal.address}",
              f"request #{rid}; access closed, removed from the Network page, marked Dismissed",
              person.id, portal.id)
        email(at, "profile_deleted", person, ctx, portal.id, rid)
        portal_deleted = False
        if was_sole_admin:
            portal_deleted = True
            portal.status = "deleted"
            gone_portals.append({"b_id": portal.id, "b_at": at})
            audit(at, "portal_deleted", portal.address,
                  f"its only administrator {person.name} was deleted", portal_id=portal.id)
            for other in members_of(portal.id):
                if other.id == profile.id:
                    continue
                was_open = other.access == "open"
                other.access, other.listed = "closed", False
                touched.add(other.id)
                who = persons[other.person_id]
                if who.status == "deleted":
                    reason = "the Network profile has been deleted"
                elif other.id in completed:
                    reason = f"profile deleted from this Bitrix24 (request #{completed[other.id]})"
                else:
                    reason = None
                email(at, "portal_deleted", who, ctx, portal.id, rid, reason)
                if was_open:
                    notices.append({"person_id": who.id, "portal_id": portal.id,
                                    "kind": "portal_deleted", "created_at": at, "read": False,
                                    "text": f"The Bitrix24 {portal.name} has been deleted."})
                    audit(at, "access_closed", f"{who.name} @ {portal.address}",
                          "Bitrix24 deleted", who.id, portal.id)
        network_deleted = False
        if person.status == "active" and not any(
                p.access == "open" and portals[p.portal_id].status == "active"
                for p in held[person.id]):
            email(at, "network_profile_deleted", person, ctx, portal.id, rid)
            person.status = "deleted"
            network_deleted = True
            gone_persons.append({"x_id": person.id, "x_at": at})
            if state.browser_person_id == person.id:
                state.browser_person_id = None
                state.browser_login_hint = None
            audit(at, "network_profile_deleted", person.email,
                  f"{portal.address} was their last Bitrix24", person.id)
        sent_from = own.get(r.sent_from_profile_id)
        view = RequestView(
            rid, r.profile_id,
            PersonView(person.id, person.key, person.name, person.email, person.phone,
                       person.method, person.status, person.position),
            PortalView(portal.id, portal.address, portal.name, portal.deployment, portal.status),
            portals[sent_from.portal_id].address if sent_from else "", "completed", r.reason,
            r.requested_at, r.due_at, r.due_at, r.cancelled_at, r.sole_admin_confirmed)
        results.append(ProcessResult(view, portal_deleted, network_deleted))

    # The writes: a few set-based statements for the whole batch. The emails first: a final
    # email is written before the Network profile it goes to is marked deleted.
    _insert(s, m.Email.__table__, emails)
    groups: dict[tuple, list[int]] = {}
    for pid in touched:
        p = profiles[pid]
        groups.setdefault((p.access, p.listed, p.employment), []).append(pid)
    for (access, listed, employment), ids in groups.items():
        for chunk in _chunks(sorted(ids)):
            s.execute(update(m.Profile).where(m.Profile.id.in_(chunk))
                      .values(access=access, listed=listed, employment=employment)
                      .execution_options(synchronize_session=False))
    if gone_portals:
        s.connection().execute(
            update(m.Portal.__table__).where(m.Portal.id == bindparam("b_id"))
            .values(status="deleted", deleted_at=bindparam("b_at")), gone_portals)
    if gone_persons:
        s.connection().execute(
            update(m.NetworkProfile.__table__).where(m.NetworkProfile.id == bindparam("x_id"))
            .values(status="deleted", deleted_at=bindparam("x_at")), gone_persons)
        for chunk in _chunks([g["x_id"] for g in gone_persons]):
            s.execute(delete(m.Credential).where(m.Credential.person_id.in_(chunk))
                      .execution_options(synchronize_session=False))
    _insert(s, m.AuditEvent.__table__, audits)
    _insert(s, m.Notice.__table__, notices)
    s.info["changed"] = True  # Core statements: tell the unit of work to bump the revision
    return results


def _insert(s, table, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``: on SQLite straight through
    the driver's executemany, with the values converted as SQLAlchemy converts them (its
    per-row parameter processing was a tenth of the batch); elsewhere through SQLAlchemy."""
    if not rows:
        return
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    defaults = {c.name: c.default.arg for c in table.columns
                if c.name not in rows[0] and c.default is not None and c.default.is_scalar}
    cols += defaults
    procs = [(i, proc) for i, c in enumerate(cols)
             if (proc := table.c[c].type.dialect_impl(conn.dialect)
                                .bind_processor(conn.dialect)) is not None]
    values = []
    for row in rows:
        value = [row.get(c, defaults.get(c)) for c in cols]
        for i, proc in procs:
            if value[i] is not None:
                value[i] = proc(value[i])
        values.append(tuple(value))
    quote = conn.dialect.identifier_preparer.quote
    conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, cols))}) "
                         f"VALUES ({', '.join('?' * len(cols))})", values)


def advance_clock(store: Store, delta: timedelta, actor: str = "simulator",
                  on_done: Callable[[ProcessResult], None] | None = None) -> list[ProcessResult]:
    """Move the simulated clock forward and process what falls due on the way."""
    if delta < timedelta(0):
        raise DomainError("The simulated clock only moves forward.")
    with store.uow(actor) as uow:
        before, after = uow.clock.advance(delta)
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

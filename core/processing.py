"""Rule 10 and 11: completing deletion requests when the simulated clock passes their due date.

Due requests complete in batches, each written in one transaction (on SQLite in parts of
COMMIT_SIZE requests, each its own transaction): a crash leaves whole requests, never half
of one. A batch is claimed with one conditional update (``status = 'pending'`` in the WHERE clause; on
PostgreSQL the candidate rows are also taken with ``FOR UPDATE SKIP LOCKED``), so two workers on
one database never complete the same request twice. A batch loads what its requests read,
decides each one in due order with the rules of ``core.rules`` (whether the Bitrix24 and the
Network profile go too, which emails are suppressed) and writes the result;
``complete_request`` is the same for a batch of one.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from operator import itemgetter

from sqlalchemy import any_, bindparam, delete, func, insert, select, update

from core import models as m
from core import rules
from core.db import Checkpointer, Store, checkpoint, worker_pragmas
from core.durations import MAX_ADVANCE, parse_duration  # noqa: F401 - also core.processing's
from core.errors import DomainError
from core.notify import new_message_id, notice_text, record
from core.templates import render
from core.views import PersonView, PortalView, ProcessResult, RequestView

# Due requests read and decided together (see process_due).
BATCH_SIZE = 500
# On SQLite, due requests written per transaction (see _speculative_batch): how long the
# phone may wait for the worker.
COMMIT_SIZE = 100


def next_due(store: Store) -> datetime | None:
    with store.reader() as uow:
        return uow.session.scalar(select(func.min(m.DeletionRequest.due_at)).where(
            m.DeletionRequest.status == "pending"))


def complete_request(uow, request_id: int) -> ProcessResult | None:
    """Complete one due request inside ``uow``; None if another worker already did (or there
    is no such request). It is the batch path for a batch of one: the same load, the same
    decisions (core.rules), the same writes."""
    if not _claim(uow.session, [request_id]):
        return None
    (result,) = complete_batch(uow, [request_id])
    return result


def process_due(store: Store, until: datetime | None = None,
                on_done: Callable[[ProcessResult], None] | None = None,
                limit: int | None = None,
                batch_size: int = BATCH_SIZE) -> list[ProcessResult]:
    """Complete every pending request due by ``until`` (default: the clock), in due order.

    Requests are read, decided and completed ``batch_size`` at a time, each batch written in
    one transaction (on SQLite, one per COMMIT_SIZE requests: see _speculative_batch); a
    crash leaves whole requests, never half of one. ``batch_size=1`` completes them one per
    transaction; every size leaves the same rows. On SQLite a batch is read, decided and
    rendered before the write lock is taken, and the WAL is checkpointed beside the batches,
    not in their commits (core.db.Checkpointer).
    """
    results: list[ProcessResult] = []
    batches = 0
    run_batch = _speculative_batch if store.is_sqlite else _locked_batch
    with Checkpointer(store) as checkpointer, _collector_paused():
        while limit is None or len(results) < limit:
            size = batch_size if limit is None else min(batch_size, limit - len(results))
            done = run_batch(store, until, max(size, 1))
            if done is None:
                break
            batches += 1
            checkpointer.poke()
            for result in done:
                results.append(result)
                if on_done:
                    on_done(result)
            gc.collect(1)  # what the batch left for the collector, outside the write lock
    if batches:
        checkpoint(store)
    return results


def _locked_batch(store: Store, until: datetime | None, size: int) -> list[ProcessResult] | None:
    """Claim, read, decide and write one batch in one write transaction (None: nothing is
    due). On PostgreSQL the rows it reads are locked (see _claim_batch and _lock)."""
    with store.uow("processor") as uow:
        now = until or uow.clock.now()
        worker_pragmas(uow.session)
        claimed = _claim_batch(uow, now, size)
        if not claimed:
            return None
        done = complete_batch(uow, claimed)
        uow.commit()
    return done


def _speculative_batch(store: Store, until: datetime | None,
                       size: int) -> list[ProcessResult] | None:
    """SQLite: read, decide and render one batch in a read transaction, which takes no lock
    (WAL); then take the write lock only to write it, COMMIT_SIZE requests per transaction,
    each time checking that the store is still as it was read.

    Every commit that changes the store bumps ``world_state.revision`` (UnitOfWork.commit),
    so the revision this worker last saw, found again under the write lock, means the
    requests were decided on exactly the rows they would read now: their writes are those
    of _locked_batch. Requests decide in due order and each reads only what the earlier
    ones left, so committing them COMMIT_SIZE at a time leaves what one transaction would.
    When anything else was written in between (the phone, the console, a second worker),
    the rest of the batch is dropped and read again; if not even the first part could be
    written, the next COMMIT_SIZE requests are read and decided under the lock
    (_locked_batch), so the worker always moves on. The phone waits for a part's writes
    only, never for the reading and rendering."""
    with store.reader() as uow:
        state = uow.state()
        now, revision = until or state.clock, state.revision
        ids = _due_ids(uow.session, now, size)
        if not ids:
            return None
        world = _load_batch(uow.session, ids, state.browser_person_id, state.device_language)
    parts = []
    for start in range(0, len(ids), COMMIT_SIZE):
        part, changes = ids[start:start + COMMIT_SIZE], _Changes(world.device_language)
        results = [_decide(world, changes, rid) for rid in part]
        # Prepared now: the rows as they stand after this part's requests.
        parts.append((part, results, _writes(store.engine.dialect, world, changes),
                      changes.browser_logged_out))
    done: list[ProcessResult] = []
    for part, results, writes, logged_out in parts:
        with _collector_paused(), store.uow("processor") as uow:
            s = uow.session
            worker_pragmas(s)
            if (s.scalar(select(m.WorldState.revision).where(m.WorldState.id == 1)) != revision
                    or _claim(s, part) != part):
                break  # changed since it was read: rolled back, nothing written
            _run_writes(uow, writes, logged_out)
            uow.commit()
            revision = uow.revision
        done += results
    return done or _locked_batch(store, until, min(size, COMMIT_SIZE))


@contextmanager
def _collector_paused():
    """Python's automatic garbage collection off, restored as it was afterwards. Around a
    whole run (process_due, which collects the young generations after each batch instead)
    and around each write-lock hold. The run keeps every result (eight tracked objects
    each), and the automatic full collections scanned them all again and again: 16 of them
    cost 2.9 s of a 100k run against 0.16 s at 10k (the largest part of its growth beyond
    linear), and one could fall inside a hold (0.4-0.7 s). What a batch throws away is
    young when its batch ends, so it is still collected then; the old generation is left
    to the collector once the run is over."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# ---------------------------------------------------------------- claim

_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit


def _among(where, column, ids):
    """``column IN (ids)``; on PostgreSQL ``column = ANY(%s)`` with the ids as one array
    parameter, so the statement's text is the same for every batch: SQLAlchemy and psycopg
    keep it compiled and converted (and the server prepared) instead of doing it again for
    each list of 500 placeholders (~15% of the worker's CPU at 20k). ``where``: a session or
    a dialect."""
    dialect = where.bind.dialect if hasattr(where, "bind") else where
    if dialect.name != "postgresql":
        return column.in_(ids)
    from sqlalchemy.dialects.postgresql import ARRAY  # loaded already on PostgreSQL

    return column == any_(bindparam(None, list(ids), type_=ARRAY(column.type)))


def _chunks(ids) -> list[list]:
    ids = list(ids)
    return [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def _due_ids(s, now: datetime, size: int, lock: bool = False) -> list[int]:
    """Up to ``size`` pending requests due by ``now``, in due order; ``lock``: on
    PostgreSQL, taken with FOR UPDATE SKIP LOCKED (rows another worker holds are skipped)."""
    query = (select(m.DeletionRequest.id)
             .where(m.DeletionRequest.status == "pending", m.DeletionRequest.due_at <= now)
             .order_by(m.DeletionRequest.due_at, m.DeletionRequest.id).limit(size))
    if lock and s.bind.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return list(s.scalars(query))


def _claim_batch(uow, now: datetime, size: int) -> list[int]:
    """Claim up to ``size`` due requests, in due order."""
    ids = _due_ids(uow.session, now, size, lock=True)
    return _claim(uow.session, ids) if ids else []


def _claim(s, ids: list[int]) -> list[int]:
    """Mark ``ids`` completed with one conditional update (``status = 'pending'``), so two
    workers never complete one request twice; returns those this worker got, in order."""
    # "status || ''" keeps the status check out of index selection: given "status = ?",
    # SQLite walks the status index through every pending request, per batch (quadratic
    # at 100k); this way it looks the claimed ids up by primary key.
    claimed = set(s.scalars(
        update(m.DeletionRequest)
        .where(_among(s, m.DeletionRequest.id, ids),
               m.DeletionRequest.status.concat("") == "pending")
        .values(status="completed", completed_at=m.DeletionRequest.due_at)
        .returning(m.DeletionRequest.id)
        .execution_options(synchronize_session=False)))
    return [i for i in ids if i in claimed]


# ---------------------------------------------------------------- a batch: load, decide, write


def complete_batch(uow, request_ids: list[int]) -> list[ProcessResult]:
    """Complete already-claimed requests, in this order: load what they read, decide each
    with the rules of core.rules in memory, then write everything with a handful of
    set-based statements.

    The loaded rows are changed in memory as the batch runs in due order, so requests that
    touch each other within one batch (two administrators of one Bitrix24, one person's two
    profiles) see each other's effects exactly as they would one after another.
    """
    state = uow.state()
    world = _load_batch(uow.session, request_ids, state.browser_person_id,
                        state.device_language)
    changes = _Changes(world.device_language)
    results = [_decide(world, changes, rid) for rid in request_ids]
    _write(uow, world, changes)
    return results


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
        for row in _rows(s, columns, _among(s, key, chunk)):
            out[row.id] = row
    return out


_REQUEST_COLS = (m.DeletionRequest.id, m.DeletionRequest.profile_id,
                 m.DeletionRequest.sent_from_profile_id, m.DeletionRequest.reason,
                 m.DeletionRequest.requested_at, m.DeletionRequest.due_at,
                 m.DeletionRequest.cancelled_at, m.DeletionRequest.sole_admin_confirmed,
                 m.DeletionRequest.notified_admin_ids)
_PROFILE_COLS = (m.Profile.id, m.Profile.person_id, m.Profile.portal_id, m.Profile.role,
                 m.Profile.employment, m.Profile.access, m.Profile.listed)
_PERSON_COLS = (m.NetworkProfile.id, m.NetworkProfile.key, m.NetworkProfile.name,
                m.NetworkProfile.email, m.NetworkProfile.phone, m.NetworkProfile.method,
                m.NetworkProfile.status, m.NetworkProfile.position, m.NetworkProfile.language)
_PORTAL_COLS = (m.Portal.id, m.Portal.address, m.Portal.name, m.Portal.deployment,
                m.Portal.status)


@dataclass
class _World:
    """What a batch has read, one _Row per database row (a row reached two ways is one
    object), changed in memory as the batch decides."""

    requests: dict[int, _Row]
    profiles: dict[int, _Row]  # the requesters', their people's, their Bitrix24s' admins'
    persons: dict[int, _Row]
    portals: dict[int, _Row]
    admins: dict[int, list[_Row]]  # Bitrix24 -> its administrators' profiles, by id
    held: dict[int, list[_Row]]  # person -> their profiles, by id
    members: dict[int, list[_Row]]  # Bitrix24 this batch may delete -> every profile in it
    completed: dict[int, int]  # profile -> its first completed request (rule 10)
    browser_person_id: int | None
    device_language: str | None  # the world's device's: emails to people without a language
    # told admin's profile -> (their person, their name: the audit row of the notice names them)
    told: dict[int, tuple[int, str]] = field(default_factory=dict)


def _load_batch(s, request_ids: list[int], browser_person_id: int | None,
                device_language: str | None = None) -> _World:
    """Read everything the batch's decisions need, locking what a second worker might
    change; no database access after this until the writes."""
    requests = _load(s, _REQUEST_COLS, m.DeletionRequest.id, request_ids)
    own = _load(s, _PROFILE_COLS, m.Profile.id,
                {r.profile_id for r in requests.values()}
                | {r.sent_from_profile_id for r in requests.values()})
    mine = [own[requests[i].profile_id] for i in request_ids]
    _lock(s, {p.portal_id for p in mine}, {p.person_id for p in mine})
    people = {p.person_id for p in mine}
    admin_portals = {p.portal_id for p in mine if p.role == "admin"}
    # Every profile of the batch's people (the last-account check) and the administrators
    # of their Bitrix24s (the sole-administrator check); all members of a Bitrix24 only
    # when the batch may delete it (see _load_members): what the requests need, not a
    # hundred colleagues per administrator.
    profiles: dict[int, _Row] = {}
    for chunk in _chunks(people):
        for row in _rows(s, _PROFILE_COLS, _among(s, m.Profile.person_id, chunk)):
            profiles[row.id] = row
    for chunk in _chunks(admin_portals):
        for row in _rows(s, _PROFILE_COLS,
                         _among(s, m.Profile.portal_id, chunk) & (m.Profile.role == "admin")):
            profiles.setdefault(row.id, row)
    for pid, row in own.items():
        profiles.setdefault(pid, row)
    admins: dict[int, list[_Row]] = {b: [] for b in admin_portals}
    held: dict[int, list[_Row]] = {x: [] for x in people}
    for p in sorted(profiles.values(), key=lambda p: p.id):
        if p.portal_id in admins and p.role == "admin":
            admins[p.portal_id].append(p)
        if p.person_id in held:
            held[p.person_id].append(p)
    world = _World(requests, profiles,
                   _load(s, _PERSON_COLS, m.NetworkProfile.id,
                         {p.person_id for p in profiles.values()}),
                   _load(s, _PORTAL_COLS, m.Portal.id, {p.portal_id for p in profiles.values()}),
                   admins, held, {}, {}, browser_person_id, device_language)
    _load_members(s, world, {p.id for p in mine})
    told = {pid for r in requests.values() for pid in (r.notified_admin_ids or ())}
    for chunk in _chunks(told):
        world.told.update((pid, (person, name)) for pid, person, name in s.execute(
            select(m.Profile.id, m.Profile.person_id, m.NetworkProfile.name)
            .join(m.NetworkProfile, m.NetworkProfile.id == m.Profile.person_id)
            .where(_among(s, m.Profile.id, chunk))))
    return world


def _lock(s, portal_ids: set[int], person_ids: set[int]) -> None:
    """Two workers on a server database: completions touching the same Bitrix24 or the same
    person wait for each other, so each decides on the other's result (all Bitrix24s, then
    all persons, each in id order: one lock order, no deadlock). FOR NO KEY UPDATE does not
    block the foreign-key checks of notices. SQLite serializes writers anyway."""
    if s.bind.dialect.name != "postgresql":
        return
    for model, ids in ((m.Portal, portal_ids), (m.NetworkProfile, person_ids)):
        for chunk in _chunks(sorted(ids)):
            s.execute(select(model.id).where(_among(s, model.id, chunk)).order_by(model.id)
                      .with_for_update(key_share=True))


def _load_members(s, world: _World, requesters: set[int]) -> None:
    """Everyone in each Bitrix24 the batch may delete, with their people and their completed
    requests (read up front, so deciding needs no database).

    A Bitrix24 can go with one of the batch's requesters only if every active administrator
    it has now is one of them: within a batch an administrator stops counting only by their
    own completion (a batch closes profiles and deletes, never opens; the Network profile of
    an administrator still open in an active Bitrix24 stays). Then the last of them to
    complete is its only active administrator, so these are exactly the Bitrix24s deleted."""
    def active(p: _Row) -> bool:
        return rules.is_active_admin(p.role, p.employment, p.access,
                                     world.persons[p.person_id].status)

    may_go = []
    for portal_id, admins in world.admins.items():
        ids = {p.id for p in admins if active(p)}
        if world.portals[portal_id].status == "active" and ids and ids <= requesters:
            may_go.append(portal_id)
    for chunk in _chunks(may_go):
        for row in _rows(s, _PROFILE_COLS, _among(s, m.Profile.portal_id, chunk)):
            row = world.profiles.setdefault(row.id, row)  # reuse a row read already
            world.members.setdefault(row.portal_id, []).append(row)
    rows = [p for b in may_go for p in world.members.get(b, ())]
    for members in world.members.values():
        members.sort(key=lambda p: p.id)
    world.persons.update(_load(s, _PERSON_COLS, m.NetworkProfile.id,
                               {p.person_id for p in rows} - world.persons.keys()))
    for chunk in _chunks([p.id for p in rows]):
        # By profile only, status checked here: with "status = 'completed'" in the WHERE
        # clause SQLite picks the status index and reads every completed request. The
        # batch's own claimed requests count only once decided (in due order).
        for profile_id, rid, status in s.execute(
                select(m.DeletionRequest.profile_id, m.DeletionRequest.id,
                       m.DeletionRequest.status)
                .where(_among(s, m.DeletionRequest.profile_id, chunk))):
            if status == "completed" and rid not in world.requests:
                world.completed[profile_id] = min(world.completed.get(profile_id, rid), rid)


@dataclass
class _Changes:
    """What the batch's decisions write, gathered in memory."""

    world_language: str | None = None  # the world's device's (rules.email_language)
    audits: list[dict] = field(default_factory=list)
    emails: list[dict] = field(default_factory=list)
    notices: list[dict] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)  # profiles changed
    gone_portals: list[dict] = field(default_factory=list)
    gone_persons: list[dict] = field(default_factory=list)
    browser_logged_out: bool = False

    def audit(self, at, event, subject, detail, person_id=None, portal_id=None) -> None:
        self.audits.append({"at": at, "actor": "processor", "event": event,
                            "subject": subject[:400], "detail": detail,
                            "person_id": person_id, "portal_id": portal_id})

    def email(self, at, kind, person, ctx, portal_id, request_id, completed=None) -> None:
        """An outbox email to ``person``, suppressed when rule 10 says so (``completed``:
        their profile's first completed request in that Bitrix24)."""
        reason = rules.email_suppression_reason(kind, person.status, completed)
        language = rules.email_language(person.language, self.world_language)
        subject, text, html_body = render(kind, {"recipient_name": person.name, **ctx},
                                          language)
        self.emails.append({"message_id": new_message_id(), "kind": kind,
                            "to_addr": person.email, "to_name": person.name,
                            "subject": subject, "text_body": text, "html_body": html_body,
                            "created_at": at, "status": "suppressed" if reason else "pending",
                            "suppressed_reason": reason, "attempts": 0,
                            "person_id": person.id, "portal_id": portal_id,
                            "request_id": request_id, "language": language})
        if reason:
            self.audits.append({"at": at, "actor": "mailer", "event": "email_suppressed",
                                "subject": f"{kind} to {person.email}"[:400],
                                "detail": reason, "person_id": person.id,
                                "portal_id": portal_id})


def _decide(world: _World, changes: _Changes, rid: int) -> ProcessResult:
    """Rule 10 for one request, on the batch's rows in memory: the profile is deleted; with
    it the Bitrix24 (rule 7) and the Network profile (rule 8) when the rules say so."""
    r = world.requests[rid]
    profile = world.profiles[r.profile_id]
    person, portal = world.persons[profile.person_id], world.portals[profile.portal_id]
    at = r.due_at  # completion time is the due time, not the moment the clock moved
    ctx = {"person_name": person.name, "person_email": person.email,
           "portal_name": portal.name, "portal_address": portal.address,
           "due_date": r.due_at, "requested_date": r.requested_at,  # each email's language
           "reason": r.reason}
    bitrix24_goes = rules.bitrix24_goes_with_requester(
        profile.role, portal.status, profile.id,
        (p.id for p in world.admins.get(portal.id, ())
         if rules.is_active_admin(p.role, p.employment, p.access,
                                  world.persons[p.person_id].status)))
    profile.access, profile.listed, profile.employment = "closed", False, "dismissed"
    changes.touched.add(profile.id)
    world.completed[profile.id] = min(world.completed.get(profile.id, rid), rid)
    changes.audit(at, "profile_deleted", f"{person.name} @ {portal.address}",
                  f"request #{rid}; access closed, removed from the Network page, "
                  "marked Dismissed", person.id, portal.id)
    changes.email(at, "profile_deleted", person, ctx, portal.id, rid)
    for admin_profile in r.notified_admin_ids or ():
        if admin_profile in world.told:  # the administrators who were told, in the app
            admin_id, admin_name = world.told[admin_profile]
            changes.notices.append({
                "person_id": admin_id, "portal_id": portal.id,
                "kind": "profile_deleted", "created_at": at, "read": False,
                "subject_person_id": person.id,
                "text": notice_text("profile_deleted", name=person.name, portal=portal.name)})
            changes.audit(at, "admin_notified", f"{admin_name} @ {portal.address}",
                          f"profile of {person.name} deleted", admin_id, portal.id)
    if bitrix24_goes:
        _delete_bitrix24(world, changes, profile, person, portal, ctx, rid, at)
    network_goes = rules.network_profile_goes_too(
        person.status,
        ((p.access, world.portals[p.portal_id].status) for p in world.held[person.id]))
    if network_goes:
        # The final email is written first, to the Network profile's own address.
        changes.email(at, "network_profile_deleted", person, ctx, portal.id, rid)
        person.status = "deleted"
        changes.gone_persons.append({"x_id": person.id, "x_at": at})
        if world.browser_person_id == person.id:
            world.browser_person_id = None
            changes.browser_logged_out = True
        changes.audit(at, "network_profile_deleted", person.email,
                      f"{portal.address} was their last Bitrix24", person.id)
    return ProcessResult(_request_view(world, r, person, portal), bitrix24_goes, network_goes)


def _delete_bitrix24(world: _World, changes: _Changes, profile, person, portal, ctx, rid,
                     at) -> None:
    """Rule 7: the Bitrix24 goes with its only administrator; everyone in it loses access
    and is told, by email (unless rule 10 suppresses it) and, if they had access, in the
    app."""
    portal.status = "deleted"
    changes.gone_portals.append({"b_id": portal.id, "b_at": at})
    changes.audit(at, "portal_deleted", portal.address,
                  f"its only administrator {person.name} was deleted", portal_id=portal.id)
    for other in world.members[portal.id]:  # read by _load_members (a KeyError: not read)
        if other.id == profile.id:
            continue
        was_open = other.access == "open"
        other.access, other.listed = "closed", False
        changes.touched.add(other.id)
        who = world.persons[other.person_id]
        changes.email(at, "portal_deleted", who, ctx, portal.id, rid,
                      world.completed.get(other.id))
        if was_open:
            changes.notices.append({"person_id": who.id, "portal_id": portal.id,
                                    "kind": "portal_deleted", "created_at": at,
                                    "read": False, "subject_person_id": None,
                                    "text": notice_text("portal_deleted", portal=portal.name)})
            changes.audit(at, "access_closed", f"{who.name} @ {portal.address}",
                          "Bitrix24 deleted", who.id, portal.id)


def _request_view(world: _World, r: _Row, person: _Row, portal: _Row) -> RequestView:
    sent_from = world.profiles.get(r.sent_from_profile_id)
    return RequestView(
        r.id, r.profile_id,
        PersonView(person.id, person.key, person.name, person.email, person.phone,
                   person.method, person.status, person.position, person.language),
        PortalView(portal.id, portal.address, portal.name, portal.deployment, portal.status),
        world.portals[sent_from.portal_id].address if sent_from else "", "completed",
        r.reason, r.requested_at, r.due_at, r.due_at, r.cancelled_at, r.sole_admin_confirmed)


def _write(uow, world: _World, changes: _Changes) -> None:
    """The batch's writes, prepared and run (see _writes)."""
    _run_writes(uow, _writes(uow.session.bind.dialect, world, changes),
                changes.browser_logged_out)


def _writes(dialect, world: _World, changes: _Changes) -> list[tuple]:
    """The batch's writes as a few set-based statements with their parameters, ready to run
    (they need no database to prepare). The emails first: a final email is written before
    the Network profile it goes to is marked deleted."""
    out = [_insert(dialect, m.Email.__table__, changes.emails)]
    groups: dict[tuple, list[int]] = {}
    for pid in changes.touched:
        p = world.profiles[pid]
        groups.setdefault((p.access, p.listed, p.employment), []).append(pid)
    for (access, listed, employment), ids in groups.items():
        for chunk in _chunks(sorted(ids)):
            out.append((update(m.Profile).where(_among(dialect, m.Profile.id, chunk))
                        .values(access=access, listed=listed, employment=employment)
                        .execution_options(synchronize_session=False), None))
    if changes.gone_portals:
        out.append(_mark_deleted(dialect, m.Portal.__table__, changes.gone_portals, "b"))
    if changes.gone_persons:
        out.append(_mark_deleted(dialect, m.NetworkProfile.__table__, changes.gone_persons,
                                 "x"))
        for chunk in _chunks([g["x_id"] for g in changes.gone_persons]):
            out.append((delete(m.Credential)
                        .where(_among(dialect, m.Credential.person_id, chunk))
                        .execution_options(synchronize_session=False), None))
            # Another phone's in-app browser logged in as them is logged out too.
            out.append((update(m.DeviceSession)
                        .where(_among(dialect, m.DeviceSession.browser_person_id, chunk))
                        .values(browser_person_id=None, browser_login_hint=None)
                        .execution_options(synchronize_session=False), None))
    out.append(_insert(dialect, m.AuditEvent.__table__, changes.audits))
    out.append(_insert(dialect, m.Notice.__table__, changes.notices))
    return [w for w in out if w is not None]


def _mark_deleted(dialect, table, gone: list[dict], key: str) -> tuple:
    """``status = 'deleted'`` and each row's ``deleted_at`` for ``gone`` (``{key}_id``,
    ``{key}_at``), one row each. On PostgreSQL one UPDATE ... FROM unnest(ids, times) for
    the batch: executemany ran one UPDATE a row (~0.7 s of a 20k run, ~0.1 s so); a row
    is in ``gone`` once (a person or Bitrix24 is deleted once)."""
    if dialect.name != "postgresql":
        return (update(table).where(table.c.id == bindparam(f"{key}_id"))
                .values(status="deleted", deleted_at=bindparam(f"{key}_at")), gone)
    name = dialect.identifier_preparer.quote(table.name)
    return (f"UPDATE {name} SET status = %s, deleted_at = gone.at "
            "FROM unnest(%s::INTEGER[], %s::TIMESTAMP WITHOUT TIME ZONE[]) AS gone(id, at) "
            f"WHERE {name}.id = gone.id",
            ("deleted", [g[f"{key}_id"] for g in gone], [g[f"{key}_at"] for g in gone]))


def _run_writes(uow, writes: list[tuple], browser_logged_out: bool) -> None:
    s = uow.session
    conn = s.connection()
    for statement, params in writes:
        if isinstance(statement, Copy):
            statement.run(conn, params)
        elif isinstance(statement, str):
            conn.exec_driver_sql(statement, params)
        elif params is None:
            s.execute(statement)
        else:
            conn.execute(statement, params)
    if browser_logged_out:
        state = uow.state()
        state.browser_person_id = None
        state.browser_login_hint = None
    s.info["changed"] = True  # Core statements: tell the unit of work to bump the revision


def _insert(dialect, table, rows: list[dict]) -> tuple | None:
    """An insert of ``rows`` (dicts with the same keys) into ``table``: on SQLite and
    PostgreSQL as SQL for the driver's executemany, with the values converted as SQLAlchemy
    converts them (its per-row parameter processing was a tenth of the batch on SQLite; on
    PostgreSQL, with psycopg's query conversion, ~15% of the worker's CPU); elsewhere
    through SQLAlchemy."""
    if not rows:
        return None
    if dialect.name not in _DRIVER_MARKS:
        return insert(table), rows
    if dialect.name == "postgresql":
        return _copy_rows(dialect, table, rows)
    sql, get, tail, procs = _insert_plan(dialect, table, tuple(rows[0]))
    values = []
    for row in rows:
        try:
            value = [*get(row), *tail]
        except KeyError:  # a row without one of the first row's keys: None, as .get gives
            value = [*(row.get(c) for c in rows[0]), *tail]
        for i, proc in procs:
            if value[i] is not None:
                value[i] = proc(value[i])
        values.append(tuple(value))
    return sql, values


@lru_cache(maxsize=64)
def _insert_plan(dialect, table, keys: tuple[str, ...]):
    """For an insert of rows with ``keys`` into ``table``, made once: the driver's SQL, a
    getter of the rows' values in column order, the values of the columns they leave out
    (the table's Python-side defaults), and each column's conversion (SQLAlchemy's own, a
    datetime's by ``_fast_datetime``)."""
    defaults = {c.name: c.default.arg for c in table.columns
                if c.name not in keys and c.default is not None and c.default.is_scalar}
    cols = [*keys, *defaults]
    procs = tuple((i, _fast_datetime(proc)) for i, c in enumerate(cols)
                  if (proc := table.c[c].type.dialect_impl(dialect)
                                     .bind_processor(dialect)) is not None)
    quote = dialect.identifier_preparer.quote
    marks = ", ".join([_DRIVER_MARKS[dialect.name]] * len(cols))
    get = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    return (f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, cols))}) "
            f"VALUES ({marks})", get, tuple(defaults.values()), procs)


def _fast_datetime(proc):
    """``proc``, or for a datetime column stored as SQLAlchemy's SQLite DATETIME stores it
    (``2026-04-01 09:00:00.000000``) the same text from ``datetime.isoformat``, written in C:
    SQLAlchemy's formats a dict of seven fields per value (a twentieth of a batch's CPU).
    Used only when the two agree on a sample; anything but a naive datetime goes to
    ``proc``."""
    sample = datetime(2001, 2, 3, 4, 5, 6, 7)
    try:
        same = proc(sample) == sample.isoformat(" ", "microseconds")
    except (TypeError, ValueError):
        same = False
    if not same:
        return proc

    def convert(value):
        if type(value) is datetime and value.tzinfo is None:
            return value.isoformat(" ", "microseconds")
        return proc(value)
    return convert


_DRIVER_MARKS = {"sqlite": "?", "postgresql": "%s"}  # the drivers' positional placeholders


class Copy(str):
    """A ``COPY table (columns) FROM STDIN`` for PostgreSQL: _run_writes streams the rows
    through psycopg's COPY on the unit of work's connection (same transaction). It is not
    a cursor execute, so SQLAlchemy's cursor events do not see it; ``Copy.run`` is the one
    place its rows go to the database (a test watching the writes wraps it)."""

    __slots__ = ()

    def run(self, conn, rows: list[tuple]) -> None:
        with conn.connection.driver_connection.cursor() as cursor, \
                cursor.copy(str(self)) as copy:
            for row in rows:
                copy.write_row(row)


def _copy_rows(dialect, table, rows: list[dict]) -> tuple:
    """PostgreSQL: ``rows`` as one COPY (see Copy). psycopg's executemany sent, bound and
    executed a row at a time, ~40 us of the worker's CPU a row (a third of its CPU at 20k);
    COPY streams them. The columns the rows leave out get the table's Python-side defaults,
    as an INSERT through SQLAlchemy would; psycopg converts the values itself."""
    cols = list(rows[0])
    defaults = {c.name: c.default.arg for c in table.columns
                if c.name not in rows[0] and c.default is not None and c.default.is_scalar}
    cols += defaults
    quote = dialect.identifier_preparer.quote
    return (Copy(f"COPY {quote(table.name)} ({', '.join(map(quote, cols))}) FROM STDIN"),
            [tuple(row.get(c, defaults.get(c)) for c in cols) for row in rows])


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


def advance_clock_to(store: Store, when: datetime, actor: str = "simulator",
                     on_done: Callable[[ProcessResult], None] | None = None
                     ) -> list[ProcessResult]:
    """Move the simulated clock forward to ``when`` (not at all when it is there already)
    and process what falls due by then. Safe to repeat: a run killed half way and started
    again moves the clock no further and completes what is left (``--advance 30d`` run
    twice moves it 60 days)."""
    with store.uow(actor) as uow:
        before, after = uow.clock.advance_to(when)
        if after - before > MAX_ADVANCE:
            raise DomainError(f"{when:%Y-%m-%d} is more than 100 years after the clock "
                              f"({before:%Y-%m-%d}).")
        if after != before:
            record(uow.session, after, actor, "clock_advanced", f"{before:%Y-%m-%d %H:%M} -> "
                   f"{after:%Y-%m-%d %H:%M}", f"+{after - before}")
            uow.commit()
    return process_due(store, after, on_done)


def advance_to_next_due(store: Store, actor: str = "simulator") -> list[ProcessResult]:
    due = next_due(store)
    if due is None:
        raise DomainError("There is no pending deletion request.")
    with store.reader() as uow:
        now = uow.clock.now()
    return advance_clock(store, max(due - now, timedelta(0)), actor)

"""Read-side queries for the simulator console's tables.

Counts and pages with sorting and a text filter done in SQL, so a table of 100,000 rows opens
by reading one page. Every function takes an open unit of work first and returns frozen row
views (never ORM objects). The row views are lighter than core/views.py's: a table page needs
names and statuses, not whole people and Bitrix24s.

Sort keys are names from each table's ``*_SORTS`` mapping; an unknown key is a programming
error (KeyError), not user input. The filter is a case-insensitive substring matched against
the table's text columns; ``%`` and ``_`` in it are taken literally.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import aliased

from core import models as m
from core import words
from core.db import UnitOfWork
from core.services import person_view, portal_view
from core.views import AuditView, EmailView, PersonView, PortalView

PAGE_SIZE = 200

# ---------------------------------------------------------------- row views


@dataclass(frozen=True)
class RequestRow:
    id: int
    person_key: str
    person_name: str
    portal_address: str
    status: str
    reason: str
    requested_at: datetime
    due_at: datetime
    completed_at: datetime | None
    cancelled_at: datetime | None


@dataclass(frozen=True)
class EmailRow:
    id: int
    to_addr: str
    to_name: str
    subject: str
    kind: str
    status: str
    attempts: int
    created_at: datetime
    last_error: str | None


@dataclass(frozen=True)
class EmployeeRow:
    profile_id: int
    person_key: str
    name: str
    position: str
    email: str
    role: str
    employment: str
    access: str
    has_data: bool
    person_status: str
    request: str  # none | pending | cancelled | completed (latest request)


@dataclass(frozen=True)
class NetworkPageRow:
    """One person's Network page: the Bitrix24 accounts it lists (listed, portal not deleted)."""

    person_key: str
    name: str
    email: str
    status: str
    method: str
    portals: tuple[str, ...]


@dataclass(frozen=True)
class NoticeRow:
    id: int
    person_key: str
    person_name: str
    portal_address: str | None
    kind: str
    text: str
    created_at: datetime
    read: bool


@dataclass(frozen=True)
class ProfileChoice:
    """One of a person's Bitrix24s, for the console's sign-in switcher."""

    portal_address: str
    portal_name: str
    role: str
    access: str
    portal_status: str


# ---------------------------------------------------------------- helpers


def _like(text: str | None, columns: Sequence, coded: Sequence = ()) -> list:
    """The filter clause: the text as a case-insensitive substring of any of ``columns``.
    ``coded``: (column, words) pairs; a column of codes also matches by the words the console
    shows for them (core/words.py): "administrator" finds ``admin_notified``."""
    needle = (text or "").strip()
    if not needle:
        return []
    clauses = [func.lower(c).contains(needle.lower(), autoescape=True) for c in columns]
    for column, table in coded:
        codes = words.codes_matching(needle, table)
        if codes:
            clauses.append(column.in_(codes))
    return [or_(*clauses)]


def _order(query: Select, sorts: dict, sort: str, descending: bool, tiebreak) -> Select:
    column = sorts[sort]
    primary = column.desc() if descending else column.asc()
    return query.order_by(primary, tiebreak.desc() if descending else tiebreak.asc())


def _count_all(model) -> Select:
    """``count(*)``: SQLite counts the entries of the smallest index. ``count(id)`` (not
    null, so the same number) reads each row's id instead: ~0.2 s at 300,000 emails, on
    every opening of the tab (tests/integration/test_console_query_plans.py)."""
    return select(func.count()).select_from(model)


def _count(uow: UnitOfWork, query: Select) -> int:
    return uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0


def _window(query: Select, offset: int, limit: int) -> Select:
    return query.offset(max(0, int(offset))).limit(max(0, int(limit)))


# ---------------------------------------------------------------- requests

_Person = aliased(m.NetworkProfile)
_Portal = aliased(m.Portal)

REQUEST_SORTS = {
    "person": _Person.name,
    "portal": _Portal.address,
    "status": m.DeletionRequest.status,
    "requested": m.DeletionRequest.requested_at,
    "due": m.DeletionRequest.due_at,
    "id": m.DeletionRequest.id,
}


def _requests(text: str) -> Select:
    return (
        select(m.DeletionRequest.id, _Person.key, _Person.name, _Portal.address,
               m.DeletionRequest.status, m.DeletionRequest.reason,
               m.DeletionRequest.requested_at, m.DeletionRequest.due_at,
               m.DeletionRequest.completed_at, m.DeletionRequest.cancelled_at)
        .join(m.Profile, m.Profile.id == m.DeletionRequest.profile_id)
        .join(_Person, _Person.id == m.Profile.person_id)
        .join(_Portal, _Portal.id == m.Profile.portal_id)
        .where(*_like(text, [_Person.name, _Person.key, _Portal.address,
                             m.DeletionRequest.status, m.DeletionRequest.reason],
                      [(m.DeletionRequest.status, words.STATUS_WORDS)]))
    )


def count_requests(uow: UnitOfWork, text: str = "") -> int:
    if not (text or "").strip():  # the common case: no joins needed
        return uow.session.scalar(_count_all(m.DeletionRequest)) or 0
    return _count(uow, _requests(text))


def requests_page(uow: UnitOfWork, offset: int = 0, limit: int = PAGE_SIZE,
                  sort: str = "requested", descending: bool = True,
                  text: str = "") -> tuple[RequestRow, ...]:
    query = _order(_requests(text), REQUEST_SORTS, sort, descending, m.DeletionRequest.id)
    return tuple(RequestRow(*row) for row in uow.session.execute(_window(query, offset, limit)))


def next_due_request(uow: UnitOfWork) -> RequestRow | None:
    """The pending request that falls due first, or None."""
    query = (_requests("").where(m.DeletionRequest.status == "pending")
             .order_by(m.DeletionRequest.due_at, m.DeletionRequest.id).limit(1))
    row = uow.session.execute(query).first()
    return RequestRow(*row) if row else None


# ---------------------------------------------------------------- emails

EMAIL_SORTS = {
    "to": m.Email.to_addr,
    "subject": m.Email.subject,
    "kind": m.Email.kind,
    "status": m.Email.status,
    "attempts": m.Email.attempts,
    "created": m.Email.created_at,
    "id": m.Email.id,
}


def _emails(text: str) -> Select:
    return (select(m.Email.id, m.Email.to_addr, m.Email.to_name, m.Email.subject, m.Email.kind,
                   m.Email.status, m.Email.attempts, m.Email.created_at, m.Email.last_error)
            .where(*_like(text, [m.Email.to_addr, m.Email.to_name, m.Email.subject,
                                 m.Email.kind, m.Email.status],
                          [(m.Email.kind, words.KIND_WORDS),
                           (m.Email.status, words.STATUS_WORDS)])))


def count_emails(uow: UnitOfWork, text: str = "") -> int:
    if not (text or "").strip():
        return uow.session.scalar(_count_all(m.Email)) or 0
    return _count(uow, _emails(text))


def emails_page(uow: UnitOfWork, offset: int = 0, limit: int = PAGE_SIZE, sort: str = "id",
                descending: bool = True, text: str = "") -> tuple[EmailRow, ...]:
    query = _order(_emails(text), EMAIL_SORTS, sort, descending, m.Email.id)
    return tuple(EmailRow(*row) for row in uow.session.execute(_window(query, offset, limit)))


def email_detail(uow: UnitOfWork, email_id: int) -> EmailView | None:
    e = uow.session.get(m.Email, email_id)
    if e is None:
        return None
    return EmailView(e.id, e.message_id, e.kind, e.to_addr, e.to_name, e.subject, e.text_body,
                     e.html_body, e.created_at, e.status, e.attempts, e.last_error, e.sent_at,
                     e.suppressed_reason, e.request_id, e.language or "en")


# ---------------------------------------------------------------- employees of one Bitrix24

EMPLOYEE_SORTS = {
    "name": m.NetworkProfile.name,
    "position": m.NetworkProfile.position,
    "role": m.Profile.role,
    "employment": m.Profile.employment,
    "access": m.Profile.access,
    "data": m.Profile.has_data,
    "email": m.NetworkProfile.email,
}


def _employees(portal_address: str, text: str) -> Select:
    return (
        select(m.Profile.id, m.NetworkProfile.key, m.NetworkProfile.name,
               m.NetworkProfile.position, m.NetworkProfile.email, m.Profile.role,
               m.Profile.employment, m.Profile.access, m.Profile.has_data,
               m.NetworkProfile.status)
        .join(m.NetworkProfile, m.NetworkProfile.id == m.Profile.person_id)
        .join(m.Portal, m.Portal.id == m.Profile.portal_id)
        .where(m.Portal.address == (portal_address or "").strip().lower())
        .where(*_like(text, [m.NetworkProfile.name, m.NetworkProfile.email,
                             m.NetworkProfile.position, m.Profile.role, m.Profile.employment,
                             m.Profile.access],
                      [(m.Profile.role, words.STATUS_WORDS),
                       (m.Profile.employment, words.STATUS_WORDS),
                       (m.Profile.access, words.STATUS_WORDS)]))
    )


def _latest_requests(uow: UnitOfWork, profile_ids: list[int]) -> dict[int, str]:
    """The latest request's status of each profile: one query for a whole page."""
    if not profile_ids:
        return {}
    latest = (select(func.max(m.DeletionRequest.id))
              .where(m.DeletionRequest.profile_id.in_(profile_ids))
              .group_by(m.DeletionRequest.profile_id))
    rows = uow.session.execute(select(m.DeletionRequest.profile_id, m.DeletionRequest.status)
                               .where(m.DeletionRequest.id.in_(latest)))
    return {profile_id: status for profile_id, status in rows}


def count_employees(uow: UnitOfWork, portal_address: str, text: str = "") -> int:
    return _count(uow, _employees(portal_address, text))


def employees_page(uow: UnitOfWork, portal_address: str, offset: int = 0,
                   limit: int = PAGE_SIZE, sort: str = "name", descending: bool = False,
                   text: str = "") -> tuple[EmployeeRow, ...]:
    query = _order(_employees(portal_address, text), EMPLOYEE_SORTS, sort, descending,
                   m.Profile.id)
    rows = uow.session.execute(_window(query, offset, limit)).all()
    latest = _latest_requests(uow, [r[0] for r in rows])
    return tuple(EmployeeRow(*row, latest.get(row[0], "none")) for row in rows)


# ---------------------------------------------------------------- Network pages

NETWORK_SORTS = {
    "name": m.NetworkProfile.name,
    "email": m.NetworkProfile.email,
    "status": m.NetworkProfile.status,
    "method": m.NetworkProfile.method,
}


def _listed():
    """Profiles the Network page shows: listed, and their Bitrix24 not deleted."""
    return (select(m.Profile.person_id, m.Portal.address)
            .join(m.Portal, m.Portal.id == m.Profile.portal_id)
            .where(m.Profile.listed.is_(True), m.Portal.status != "deleted"))


def _network(text: str) -> Select:
    query = select(m.NetworkProfile.key, m.NetworkProfile.name, m.NetworkProfile.email,
                   m.NetworkProfile.status, m.NetworkProfile.method, m.NetworkProfile.id)
    needle = (text or "").strip()
    if needle:
        listed = _listed().subquery()
        in_portal = exists(select(listed.c.person_id).where(
            listed.c.person_id == m.NetworkProfile.id,
            func.lower(listed.c.address).contains(needle.lower(), autoescape=True)))
        query = query.where(or_(*_like(needle, [m.NetworkProfile.name, m.NetworkProfile.email,
                                                m.NetworkProfile.key]), in_portal))
    return query


def count_network_pages(uow: UnitOfWork, text: str = "") -> int:
    return _count(uow, _network(text))


def network_pages(uow: UnitOfWork, offset: int = 0, limit: int = PAGE_SIZE,
                  sort: str = "name", descending: bool = False,
                  text: str = "") -> tuple[NetworkPageRow, ...]:
    query = _order(_network(text), NETWORK_SORTS, sort, descending, m.NetworkProfile.id)
    people = uow.session.execute(_window(query, offset, limit)).all()
    ids = [row.id for row in people]
    portals: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        listed = _listed().where(m.Profile.person_id.in_(ids)).order_by(m.Portal.address)
        for person_id, address in uow.session.execute(listed):
            portals[person_id].append(address)
    return tuple(NetworkPageRow(r.key, r.name, r.email, r.status, r.method,
                                tuple(portals[r.id])) for r in people)


# ---------------------------------------------------------------- notices

NOTICE_SORTS = {
    "time": m.Notice.created_at,
    "person": m.NetworkProfile.name,
    "portal": m.Portal.address,
    "kind": m.Notice.kind,
    "text": m.Notice.text,
    "read": m.Notice.read,
}


def _notices(person_key: str | None, text: str) -> Select:
    query = (select(m.Notice.id, m.NetworkProfile.key, m.NetworkProfile.name, m.Portal.address,
                    m.Notice.kind, m.Notice.text, m.Notice.created_at, m.Notice.read)
             .join(m.NetworkProfile, m.NetworkProfile.id == m.Notice.person_id)
             .outerjoin(m.Portal, m.Portal.id == m.Notice.portal_id)
             .where(*_like(text, [m.Notice.text, m.Notice.kind, m.NetworkProfile.name],
                           [(m.Notice.kind, words.KIND_WORDS)])))
    if person_key:
        query = query.where(m.NetworkProfile.key == person_key)
    return query


def count_notices(uow: UnitOfWork, person_key: str | None = None, text: str = "") -> int:
    return _count(uow, _notices(person_key, text))


def notices_page(uow: UnitOfWork, person_key: str | None = None, offset: int = 0,
                 limit: int = PAGE_SIZE, sort: str = "time", descending: bool = True,
                 text: str = "") -> tuple[NoticeRow, ...]:
    query = _order(_notices(person_key, text), NOTICE_SORTS, sort, descending, m.Notice.id)
    rows = uow.session.execute(_window(query, offset, limit))
    return tuple(NoticeRow(*row[:5], words.notice(row.kind, row.text), *row[6:]) for row in rows)


# ---------------------------------------------------------------- audit

AUDIT_SORTS = {
    "time": m.AuditEvent.at,
    "actor": m.AuditEvent.actor,
    "event": m.AuditEvent.event,
    "subject": m.AuditEvent.subject,
    "id": m.AuditEvent.id,
}


def _audit(person_key: str | None, text: str) -> Select:
    query = (select(m.AuditEvent.id, m.AuditEvent.at, m.AuditEvent.actor, m.AuditEvent.event,
                    m.AuditEvent.subject, m.AuditEvent.detail)
             .where(*_like(text, [m.AuditEvent.actor, m.AuditEvent.event, m.AuditEvent.subject,
                                  m.AuditEvent.detail],
                           [(m.AuditEvent.event, words.EVENT_WORDS),
                            (m.AuditEvent.actor, words.ACTOR_WORDS)])))
    if person_key:
        person_id = (select(m.NetworkProfile.id).where(m.NetworkProfile.key == person_key)
                     .scalar_subquery())
        query = query.where(m.AuditEvent.person_id == person_id)
    return query


def count_audit(uow: UnitOfWork, person_key: str | None = None, text: str = "") -> int:
    if not person_key and not (text or "").strip():
        return uow.session.scalar(_count_all(m.AuditEvent)) or 0
    return _count(uow, _audit(person_key, text))


def audit_page(uow: UnitOfWork, person_key: str | None = None, offset: int = 0,
               limit: int = PAGE_SIZE, sort: str = "id", descending: bool = True,
               text: str = "") -> tuple[AuditView, ...]:
    query = _order(_audit(person_key, text), AUDIT_SORTS, sort, descending, m.AuditEvent.id)
    return tuple(AuditView(*row) for row in uow.session.execute(_window(query, offset, limit)))


# ---------------------------------------------------------------- choices for the switchers


def people(uow: UnitOfWork, limit: int | None = None) -> tuple[PersonView, ...]:
    """People by name; ``limit`` keeps a switcher short in a world of 100,000."""
    query = select(m.NetworkProfile).order_by(m.NetworkProfile.name, m.NetworkProfile.id)
    if limit is not None:
        query = query.limit(limit)
    return tuple(person_view(p) for p in uow.session.scalars(query))


def count_people(uow: UnitOfWork) -> int:
    return uow.session.scalar(_count_all(m.NetworkProfile)) or 0


def portals(uow: UnitOfWork, limit: int | None = None) -> tuple[PortalView, ...]:
    query = select(m.Portal).order_by(m.Portal.address)
    if limit is not None:
        query = query.limit(limit)
    return tuple(portal_view(p) for p in uow.session.scalars(query))


def person_profiles(uow: UnitOfWork, person_key: str) -> tuple[ProfileChoice, ...]:
    """The Bitrix24s a person has a profile in (any state: the sign-in explains refusals)."""
    rows = uow.session.execute(
        select(m.Portal.address, m.Portal.name, m.Profile.role, m.Profile.access,
               m.Portal.status)
        .join(m.Profile, m.Profile.portal_id == m.Portal.id)
        .join(m.NetworkProfile, m.NetworkProfile.id == m.Profile.person_id)
        .where(m.NetworkProfile.key == person_key).order_by(m.Portal.address))
    return tuple(ProfileChoice(*row) for row in rows)


def world_name(uow: UnitOfWork) -> str:
    return uow.state().name

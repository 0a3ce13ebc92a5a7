"""Read-only queries the phone needs beside core.services. Qt-free; frozen views out."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from core import models as m
from core import words
from core.db import UnitOfWork
from core.services import browser_view, person_view, portal_view, session_view
from core.views import BrowserView, NoticeView, PersonView, PortalView, SessionView


@dataclass(frozen=True)
class SignInChoice:
    """A person on the Sign in screen and the Bitrix24s they can sign in to."""

    person: PersonView
    portals: tuple[PortalView, ...]


@dataclass(frozen=True)
class FeedView:
    session: SessionView
    notices: tuple[NoticeView, ...]  # for the signed-in person in this Bitrix24, newest first

    @property
    def unread(self) -> int:
        return sum(1 for n in self.notices if not n.read)


@dataclass(frozen=True)
class BrowserScreenView:
    browser: BrowserView
    portal_address: str  # the Bitrix24 the app is signed in to (the address bar)
    app_person: PersonView | None


def sign_in_choices(uow: UnitOfWork) -> tuple[SignInChoice, ...]:
    """Everyone who can sign in to the app, with their open Bitrix24s, in world order."""
    s = uow.session
    people = s.scalars(select(m.NetworkProfile).where(m.NetworkProfile.status == "active")
                       .order_by(m.NetworkProfile.id))
    choices = []
    for person in people:
        portals = tuple(
            portal_view(pr.portal) for pr in sorted(person.profiles, key=lambda p: p.id)
            if pr.access == "open" and pr.portal.status == "active")
        if portals:
            choices.append(SignInChoice(person_view(person), portals))
    return tuple(choices)


def notices_for_session(uow: UnitOfWork) -> tuple[NoticeView, ...]:
    seat = uow.seat()
    if seat.session_person_id is None:
        return ()
    s = uow.session
    rows = s.scalars(
        select(m.Notice).where(
            m.Notice.person_id == seat.session_person_id,
            or_(m.Notice.portal_id == seat.session_portal_id, m.Notice.portal_id.is_(None)))
        .order_by(m.Notice.created_at.desc(), m.Notice.id.desc()))
    person = s.get(m.NetworkProfile, seat.session_person_id)
    out = []
    for n in rows:
        portal = s.get(m.Portal, n.portal_id) if n.portal_id else None
        subject = s.get(m.NetworkProfile, n.subject_person_id) if n.subject_person_id else None
        out.append(NoticeView(n.id, person_view(person), portal.address if portal else None,
                              n.kind, words.notice(n.kind, n.text), n.created_at, n.read,
                              subject.key if subject else None))
    return tuple(out)


def feed_view(uow: UnitOfWork) -> FeedView:
    return FeedView(session_view(uow), notices_for_session(uow))


def browser_screen(uow: UnitOfWork) -> BrowserScreenView:
    seat = uow.seat()
    portal = uow.session.get(m.Portal, seat.session_portal_id) if seat.session_portal_id else None
    person = (uow.session.get(m.NetworkProfile, seat.session_person_id)
              if seat.session_person_id else None)
    return BrowserScreenView(browser_view(uow), portal.address if portal else "bitrix24.com",
                             person_view(person) if person else None)

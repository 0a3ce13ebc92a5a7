"""A second phone beside the first: who holds it, swapping the two, and what an administrator
does from it (the employee list, deleting a dismissed user's data, giving admin rights).

Each phone has its own session (``UnitOfWork.seat``): the first phone's is on world_state,
another phone's on its ``device_sessions`` row. Every function here runs in a unit of work
opened for the second phone (``store.uow(actor, device=name)``), reads the first phone's
session from world_state, and returns frozen views. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from core import errors as e
from core import models as m
from core import rules
from core import services as sv
from core.db import UnitOfWork
from core.i18n import gettext
from core.notify import record
from core.views import PersonView, PortalView, ProfileView

SECOND_DEVICE = rules.SECOND_DEVICE  # the second phone's name (flows: ``device: admin``)


class SecondPhoneRefused(e.DomainError):
    """This person cannot hold the second phone (the message says why)."""


@dataclass(frozen=True)
class EmployeesView:
    """The employee list of the Bitrix24 a phone is signed in to, as its administrator sees it."""

    portal: PortalView
    viewer: PersonView
    viewer_is_admin: bool
    employees: tuple[ProfileView, ...]  # active first, then Dismissed; by name


@dataclass(frozen=True)
class EmployeeView:
    """One employee's profile as the administrator's phone shows it."""

    profile: ProfileView
    viewer_is_admin: bool
    due_at: datetime | None  # a pending deletion's date


def _first_phone(uow: UnitOfWork) -> tuple[m.NetworkProfile | None, m.Portal | None]:
    state = uow.state()
    s = uow.session
    person = s.get(m.NetworkProfile, state.session_person_id) if state.session_person_id else None
    portal = s.get(m.Portal, state.session_portal_id) if state.session_portal_id else None
    return person, portal


def phone_language(uow_or_session, device: str = rules.MAIN_DEVICE) -> str | None:
    """The language of phone ``device`` now: its own choice, else its signed-in person's
    phone's language, else the person's, else the world's device's; None when nobody says
    (the GUI then uses --lang or the system locale). Takes a unit of work or a session."""
    uow = uow_or_session if isinstance(uow_or_session, UnitOfWork) else None
    if uow is not None and uow.readonly and uow.device == device:
        # A reader of that phone: its state and seat as every read gets them (on the first
        # phone, with its signed-in person in the same SELECT).
        try:
            state, seat = uow.state(), uow.seat()
        except e.StoreError:  # no world yet
            return None
        return sv.seat_language(uow.session, state, seat)
    s = uow.session if uow is not None else uow_or_session
    state = s.get(m.WorldState, 1)
    if state is None:
        return None
    seat = state if device == rules.MAIN_DEVICE else s.scalar(
        select(m.DeviceSession).where(m.DeviceSession.device == device))
    return sv.seat_language(s, state, seat)


def default_holder(uow: UnitOfWork) -> str | None:
    """Who holds the second phone by default: an active administrator of the Bitrix24 the
    first phone is signed in to, other than the person signed in there (None: nobody fits)."""
    person, portal = _first_phone(uow)
    if portal is None:
        return None
    s = uow.session
    for profile_id in sv.active_admin_ids(s, portal.id):
        admin = s.get(m.Profile, profile_id)
        if person is None or admin.person_id != person.id:
            return admin.person.key
    return None


def holder_problem(uow: UnitOfWork, person_key: str) -> tuple[str | None, m.Portal | None]:
    """Why ``person_key`` cannot hold the second phone (None when they can), and the Bitrix24
    they would be signed in to there: the first phone's if they work in it, else their first
    open one."""
    s = uow.session
    try:
        person = sv.find_person(s, person_key)
    except e.NotFound as err:
        return str(err), None
    first_person, first_portal = _first_phone(uow)
    said = {"name": person.name}
    if person.status == "deleted":
        return gettext("%(name)s cannot hold the second phone: their Bitrix24 Network profile "
                       "has been deleted.") % said, None
    if first_person is not None and person.id == first_person.id:
        return gettext("%(name)s is already on the first phone; choose someone else for the "
                       "second one.") % said, None
    open_ones = [pr for pr in sorted(person.profiles, key=lambda p: p.id)
                 if pr.access == "open" and pr.portal.status == "active"]
    if not person.profiles:
        return gettext("%(name)s has no profile in any Bitrix24, so has no app to sign in "
                       "to.") % said, None
    if not any(pr.employment == "active" for pr in open_ones):
        return gettext("%(name)s is dismissed from every Bitrix24 they belong to and cannot "
                       "sign in to the app.") % said, None
    here = next((pr for pr in open_ones if first_portal is not None
                 and pr.portal_id == first_portal.id and pr.employment == "active"), None)
    chosen = here or next(pr for pr in open_ones if pr.employment == "active")
    return None, chosen.portal


def hold(uow: UnitOfWork, person_key: str) -> None:
    """Put ``person_key`` on this unit's phone (the second one), signed in to their app there;
    a bad choice is refused with a sentence (``SecondPhoneRefused``) and changes nothing."""
    if uow.device == m.MAIN_DEVICE:
        raise SecondPhoneRefused(gettext("The first phone is chosen with its own Sign in "
                                         "screen."))
    problem, portal = holder_problem(uow, person_key)
    if problem:
        raise SecondPhoneRefused(problem)
    sv.sign_in(uow, person_key, portal.address)


def swap(uow: UnitOfWork) -> None:
    """Swap who holds the two phones: sessions, in-app browsers, platforms and the phones'
    own languages change places."""
    state, seat = uow.state(), uow.seat()
    fields = ("session_person_id", "session_portal_id", "browser_person_id",
              "browser_login_hint", "platform", "language")
    mine = [getattr(seat, f) for f in fields]
    for f, value in zip(fields, mine, strict=True):
        setattr(seat, f, getattr(state, f))
        setattr(state, f, value)
    record(uow.session, uow.clock.now(), uow.actor, "phones_swapped", "phones",
              f"first phone: {_name(uow, state.session_person_id)}; "
              f"second phone: {_name(uow, seat.session_person_id)}")
    uow.commit()


def _name(uow: UnitOfWork, person_id: int | None) -> str:
    person = uow.session.get(m.NetworkProfile, person_id) if person_id else None
    return person.name if person else "signed out"


# ---------------------------------------------------------------- the administrator's phone


def _admin_here(uow: UnitOfWork) -> tuple[m.NetworkProfile, m.Portal, m.Profile]:
    _, person, portal, profile = sv._signed_in(uow)
    if profile.id not in sv.active_admin_ids(uow.session, portal.id):
        raise e.DomainError(gettext("Only an administrator of %(portal)s can do this; %(name)s "
                                    "is an employee there.")
                            % {"portal": portal.name, "name": person.name})
    return person, portal, profile


def employees(uow: UnitOfWork) -> EmployeesView:
    """The employee list of this phone's Bitrix24 (Dismissed people included)."""
    _, person, portal, profile = sv._signed_in(uow)
    s = uow.session
    rows = [sv.profile_view(s, pr) for pr in s.scalars(
        select(m.Profile).join(m.NetworkProfile, m.NetworkProfile.id == m.Profile.person_id)
        .where(m.Profile.portal_id == portal.id).order_by(m.NetworkProfile.name))]
    rows.sort(key=lambda v: v.employment != "active")
    is_admin = profile.id in sv.active_admin_ids(s, portal.id)
    return EmployeesView(sv.portal_view(portal), sv.person_view(person), is_admin, tuple(rows))


def employee(uow: UnitOfWork, person_key: str) -> EmployeeView:
    """One person's profile in this phone's Bitrix24, for its administrator."""
    _, viewer, portal, mine = sv._signed_in(uow)
    s = uow.session
    person = sv.find_person(s, person_key)
    profile = sv.find_profile(s, person.id, portal.id)
    if profile is None:
        raise e.NotFound(gettext("%(name)s has no profile in %(portal)s.")
                         % {"name": person.name, "portal": portal.name})
    pending = sv.pending_request(s, profile.id)
    return EmployeeView(sv.profile_view(s, profile),
                        mine.id in sv.active_admin_ids(s, portal.id),
                        pending.due_at if pending else None)


def delete_dismissed_data(uow: UnitOfWork, person_key: str) -> ProfileView:
    """The administrator deletes a dismissed user's data from their phone (rule 10: the data
    stays "until your Bitrix24 administrator deletes them")."""
    admin, portal, _ = _admin_here(uow)
    uow.actor = admin.name
    return sv.delete_user_data(uow, portal.address, person_key)


def give_admin_rights(uow: UnitOfWork, person_key: str) -> ProfileView:
    """The administrator gives admin rights to an active employee (rule 7's way out)."""
    admin, portal, _ = _admin_here(uow)
    uow.actor = admin.name
    return sv.assign_admin(uow, portal.address, person_key)

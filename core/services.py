"""Service functions: verbs over primitives, one unit of work each, frozen views out.

Each function takes an open UnitOfWork, changes what the action changes, records audit events
and queues emails in the same transaction, and commits. Refusals raise DomainError subclasses.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import select

from core import errors as e
from core import models as m
from core import rules
from core.db import LATEST_REQUEST, PROFILES, UnitOfWork
from core.i18n import LanguageError, current, gettext, ngettext, parse_language
from core.notify import add_notice, notice_text, queue_email, record
from core.passwords import verify_password
from core.views import (
    BrowserView,
    LoginStep,
    PersonView,
    PortalView,
    ProfileScreenView,
    ProfileView,
    RequestFormView,
    RequestView,
    SendResult,
    SessionView,
)

# ---------------------------------------------------------------- views of rows


def person_view(p: m.NetworkProfile) -> PersonView:
    return PersonView(p.id, p.key, p.name, p.email, p.phone, p.method, p.status, p.position,
                      p.language)


def portal_view(p: m.Portal) -> PortalView:
    return PortalView(p.id, p.address, p.name, p.deployment, p.status)


def profile_view(session, pr: m.Profile) -> ProfileView:
    known = session.info.get(LATEST_REQUEST)  # a reader's signed-in profile's, read with it
    if known is not None and pr.id in known:
        latest = known[pr.id]
    else:
        latest = session.scalar(
            select(m.DeletionRequest.status).where(m.DeletionRequest.profile_id == pr.id)
            .order_by(m.DeletionRequest.id.desc()).limit(1)
        )
    return ProfileView(pr.id, person_view(pr.person), portal_view(pr.portal), pr.role,
                       pr.employment, pr.access, pr.listed, pr.has_data, latest or "none")


def request_view(session, r: m.DeletionRequest) -> RequestView:
    sent_from = session.get(m.Profile, r.sent_from_profile_id)
    return RequestView(
        r.id, r.profile_id, person_view(r.profile.person), portal_view(r.profile.portal),
        sent_from.portal.address if sent_from else "", r.status, r.reason, r.requested_at,
        r.due_at, r.completed_at, r.cancelled_at, r.sole_admin_confirmed,
    )


def policy_of(state: m.WorldState) -> rules.Policy:
    return rules.Policy(tuple(state.policy_platforms or ()), state.policy_entry,
                        state.window_days)


# ---------------------------------------------------------------- lookups


def find_person(session, key: str) -> m.NetworkProfile:
    if "\x00" in str(key):  # PostgreSQL refuses NUL in text: no such person, not a crash
        raise e.NotFound(gettext("There is no person %(key)s in this world.")
                         % {"key": repr(key)})
    person = session.scalar(select(m.NetworkProfile).where(m.NetworkProfile.key == key))
    if person is None:
        person = session.scalar(select(m.NetworkProfile).where(m.NetworkProfile.name == key))
    if person is None:
        raise e.NotFound(gettext("There is no person %(key)s in this world.")
                         % {"key": repr(key)})
    return person


def find_portal(session, address: str) -> m.Portal:
    if "\x00" in str(address):
        raise e.NotFound(gettext("There is no Bitrix24 %(address)s in this world.")
                         % {"address": repr(address)})
    portal = session.scalar(select(m.Portal).where(m.Portal.address == address.strip().lower()))
    if portal is None:
        raise e.NotFound(gettext("There is no Bitrix24 %(address)s in this world.")
                         % {"address": repr(address)})
    return portal


def find_profile(session, person_id: int, portal_id: int) -> m.Profile | None:
    known = session.info.get(PROFILES)  # a reader's signed-in profile, read with the state
    if known is not None and (person_id, portal_id) in known:
        return known[person_id, portal_id]
    return session.scalar(select(m.Profile).where(m.Profile.person_id == person_id,
                                                  m.Profile.portal_id == portal_id))


def pending_request(session, profile_id: int) -> m.DeletionRequest | None:
    return session.scalar(select(m.DeletionRequest).where(
        m.DeletionRequest.profile_id == profile_id, m.DeletionRequest.status == "pending"))


def active_admin_ids(session, portal_id: int) -> list[int]:
    """The Bitrix24's administrators who count (rules.is_active_admin), in id order."""
    rows = session.execute(
        select(m.Profile.id, m.Profile.role, m.Profile.employment, m.Profile.access,
               m.NetworkProfile.status)
        .join(m.NetworkProfile, m.NetworkProfile.id == m.Profile.person_id)
        .where(m.Profile.portal_id == portal_id, m.Profile.role == "admin")
        .order_by(m.Profile.id))
    return [pid for pid, *facts in rows if rules.is_active_admin(*facts)]


def _signed_in(uow: UnitOfWork) -> tuple[m.WorldState, m.NetworkProfile, m.Portal, m.Profile]:
    state, seat = uow.state(), uow.seat()
    if seat.session_person_id is None or seat.session_portal_id is None:
        raise e.NotSignedIn()
    s = uow.session
    person = s.get(m.NetworkProfile, seat.session_person_id)
    portal = s.get(m.Portal, seat.session_portal_id)
    profile = find_profile(s, person.id, portal.id)
    if profile is None:
        raise e.NotSignedIn()
    problem = access_problem(person, portal, profile)
    if problem:  # a profile closed by a deletion cannot keep using the app
        raise e.AccessClosed(problem)
    return state, person, portal, profile


# ---------------------------------------------------------------- the app session


def session_view(uow: UnitOfWork) -> SessionView:
    state, seat = uow.state(), uow.seat()
    s = uow.session
    person = s.get(m.NetworkProfile, seat.session_person_id) if seat.session_person_id else None
    portal = s.get(m.Portal, seat.session_portal_id) if seat.session_portal_id else None
    profile = find_profile(s, person.id, portal.id) if person and portal else None
    return SessionView(
        person_view(person) if person else None, portal_view(portal) if portal else None,
        profile_view(s, profile) if profile else None, seat.platform,
        tuple(state.policy_platforms or ()), state.policy_entry, state.window_days,
        state.clock, state.revision or 0, seat_language(s, state, seat), seat.language,
    )


def seat_language(s, state: m.WorldState, seat: m.WorldState | m.DeviceSession | None
                  ) -> str | None:
    """The language of the phone on ``seat`` now (rules.phone_language): its own choice,
    else its signed-in person's phone's or their own, else the world's device's."""
    person = (s.get(m.NetworkProfile, seat.session_person_id)
              if seat is not None and seat.session_person_id else None)
    return rules.phone_language(seat.language if seat is not None else None,
                                person.device_language if person else None,
                                person.language if person else None, state.device_language)


def access_problem(person: m.NetworkProfile, portal: m.Portal, profile: m.Profile | None) -> str | None:
    """Why this person cannot use the app in this Bitrix24, or None."""
    if person.status == "deleted":
        return gettext("The Bitrix24 Network profile %(email)s has been deleted. It can no "
                       "longer be used to log in.") % {"email": person.email}
    if portal.status == "deleted":
        return gettext("The Bitrix24 %(address)s has been deleted.") % {"address": portal.address}
    if profile is None:
        return _no_account(person, portal)
    if profile.access == "closed":
        return gettext("Access to %(address)s is closed for %(name)s.") % {
            "address": portal.address, "name": person.name}
    return None


def _no_account(person: m.NetworkProfile, portal: m.Portal) -> str:
    return gettext("%(name)s has no account in %(address)s.") % {"name": person.name,
                                                                "address": portal.address}


def sign_in(uow: UnitOfWork, person_key: str, portal_address: str | None = None) -> SessionView:
    """Sign the app in as a person in one of their Bitrix24s (the first open one if not named)."""
    s = uow.session
    state, seat = uow.state(), uow.seat()
    person = find_person(s, person_key)
    if portal_address:
        portal = find_portal(s, portal_address)
    else:
        portal = next((pr.portal for pr in person.profiles
                       if pr.access == "open" and pr.portal.status == "active"), None)
        if portal is None:
            raise e.SignInRefused(gettext("%(name)s has no Bitrix24 they can sign in to.")
                                  % {"name": person.name})
    profile = find_profile(s, person.id, portal.id)
    problem = access_problem(person, portal, profile)
    if problem:
        raise e.SignInRefused(problem)
    seat.session_person_id, seat.session_portal_id = person.id, portal.id
    record(s, uow.clock.now(), person.name, "signed_in", f"{person.name} @ {portal.address}",
           person_id=person.id, portal_id=portal.id)
    # The phone is the signed-in person's: their own device if they have one, otherwise the
    # world's (so whoever was looked at before does not leave theirs behind).
    platform = person.device or state.device_platform or seat.platform
    if platform != seat.platform:
        seat.platform = platform
        record(s, uow.clock.now(), person.name, "platform_changed", platform,
               f"{person.name} signed in on "
               + (f"their own {rules.PLATFORM_NAMES[platform]} phone" if person.device
                  else f"the world's {rules.PLATFORM_NAMES[platform]} phone"),
               person_id=person.id)
    uow.commit()
    return session_view(uow)


def sign_out(uow: UnitOfWork) -> None:
    seat = uow.seat()
    if seat.session_person_id is None:
        return
    person = uow.session.get(m.NetworkProfile, seat.session_person_id)
    seat.session_person_id = seat.session_portal_id = None
    record(uow.session, uow.clock.now(), person.name if person else uow.actor, "signed_out",
           person.name if person else "app", person_id=person.id if person else None)
    uow.commit()


def current_access_problem(uow: UnitOfWork) -> str | None:
    """For the phone: whether the signed-in profile has lost access (after a deletion)."""
    seat = uow.seat()
    if seat.session_person_id is None:
        return None
    s = uow.session
    person = s.get(m.NetworkProfile, seat.session_person_id)
    portal = s.get(m.Portal, seat.session_portal_id)
    return access_problem(person, portal, find_profile(s, person.id, portal.id))


def profile_screen(uow: UnitOfWork) -> ProfileScreenView:
    state, person, portal, profile = _signed_in(uow)
    pending = pending_request(uow.session, profile.id)
    return ProfileScreenView(
        person_view(person), portal_view(portal), profile_view(uow.session, profile),
        rules.deletion_option_visible(policy_of(state), uow.seat().platform, portal.deployment),
        state.policy_entry, request_view(uow.session, pending) if pending else None,
        state.window_days,
    )


def start_deletion(uow: UnitOfWork) -> None:
    """Rule 1 on the way in: refuse where the option is not shown."""
    state, person, portal, _ = _signed_in(uow)
    if not rules.deletion_option_visible(policy_of(state), uow.seat().platform,
                                         portal.deployment):
        shown = ", ".join(p.upper() if p == "ios" else p.title() for p in state.policy_platforms)
        raise e.OptionUnavailable(
            gettext("Delete account is only available for cloud Bitrix24 accounts in the mobile "
                    "app for %(platforms)s.") % {"platforms": shown})


# ---------------------------------------------------------------- the in-app browser


def browser_view(uow: UnitOfWork) -> BrowserView:
    seat = uow.seat()
    person = (uow.session.get(m.NetworkProfile, seat.browser_person_id)
              if seat.browser_person_id else None)
    return BrowserView(person_view(person) if person else None, seat.browser_login_hint)


def _by_login(session, login: str) -> m.NetworkProfile | None:
    text = (login or "").strip()
    if not text or "\x00" in text:  # PostgreSQL refuses NUL in text: simply not found
        return None
    if "@" in text:
        return session.scalar(select(m.NetworkProfile).where(
            m.NetworkProfile.email == text.lower(), m.NetworkProfile.status == "active"))
    compact = re.sub(r"[\s\-().]", "", text)
    if not compact.lstrip("+").isdigit():
        return None
    candidates = {compact, compact.lstrip("+"), "+" + compact.lstrip("+")}
    return session.scalar(select(m.NetworkProfile).where(
        m.NetworkProfile.phone.in_(candidates), m.NetworkProfile.status == "active"))


def browser_find_login(uow: UnitOfWork, login: str) -> LoginStep:
    """"Phone or email" -> Next. Only people who registered by email or phone are found."""
    if not (login or "").strip():
        raise e.LoginNotFound(gettext("Enter your phone number or email."))
    person = _by_login(uow.session, login)
    if person is None:
        raise e.LoginNotFound(gettext(
            "We couldn't find a Bitrix24 account with this phone or email. Check it, or log in "
            "the way you registered."))
    if person.method not in rules.PASSWORD_METHODS:
        service = rules.SERVICE_NAMES[person.method]
        raise e.WrongMethod(gettext(
            "No account with a password was found for %(login)s. This account was registered "
            "with %(service)s: tap \"Sign in with %(service)s\" instead.")
            % {"login": login.strip(), "service": service})
    return LoginStep(login.strip(), person.email if "@" in login else (person.phone or ""))


def browser_login(uow: UnitOfWork, login: str, password: str) -> BrowserView:
    """"Password" -> Next. Five wrong passwords lock the login for a while (simulated time)."""
    browser_find_login(uow, login)
    person = _by_login(uow.session, login)
    cred = person.credential
    now = uow.clock.now()
    if cred is None:
        raise e.WrongMethod(gettext("This account has no password. Log in the way you "
                                    "registered."))
    if cred.locked_until and now < cred.locked_until:
        minutes = max(1, int((cred.locked_until - now).total_seconds() // 60))
        raise e.LoginLocked(ngettext(
            "Too many failed attempts. For your security, logging in to %(login)s is blocked "
            "for %(n)s more minute. Try again later.",
            "Too many failed attempts. For your security, logging in to %(login)s is blocked "
            "for %(n)s more minutes. Try again later.", minutes)
            % {"login": login.strip(), "n": minutes})
    if not verify_password(password or "", cred.password_hash):
        cred.failed_attempts += 1
        if cred.failed_attempts >= rules.LOCKOUT_ATTEMPTS:
            cred.locked_until = now + timedelta(minutes=rules.LOCKOUT_MINUTES)
            cred.failed_attempts = 0
            record(uow.session, now, "browser", "login_locked", person.email,
                   f"{rules.LOCKOUT_ATTEMPTS} wrong passwords", person_id=person.id)
            uow.commit()
            raise e.LoginLocked(ngettext(
                "Too many failed attempts. For your security, logging in to %(login)s is "
                "blocked for %(n)s minute.",
                "Too many failed attempts. For your security, logging in to %(login)s is "
                "blocked for %(n)s minutes.", rules.LOCKOUT_MINUTES)
                % {"login": login.strip(), "n": rules.LOCKOUT_MINUTES})
        left = rules.LOCKOUT_ATTEMPTS - cred.failed_attempts
        record(uow.session, now, "browser", "login_failed", person.email, "wrong password",
               person_id=person.id)
        uow.commit()
        raise e.WrongPassword(ngettext(
            "Incorrect password. %(n)s attempt left before the login is blocked for a while.",
            "Incorrect password. %(n)s attempts left before the login is blocked for a while.",
            left) % {"n": left})
    cred.failed_attempts = 0
    cred.locked_until = None
    return _browser_logged_in(uow, person, login.strip())


def browser_service_accounts(uow: UnitOfWork, service: str) -> tuple[PersonView, ...]:
    """The accounts a sign-in service offers on its consent page: the app's person first."""
    if service not in rules.SERVICE_METHODS:
        raise e.NotFound(gettext("Unknown sign-in service %(service)s.")
                         % {"service": repr(service)})
    seat = uow.seat()
    people = list(uow.session.scalars(select(m.NetworkProfile).where(
        m.NetworkProfile.method == service, m.NetworkProfile.status == "active")
        .order_by(m.NetworkProfile.id)))
    people.sort(key=lambda p: p.id != seat.session_person_id)
    return tuple(person_view(p) for p in people)


def browser_login_service(uow: UnitOfWork, service: str, person_key: str) -> BrowserView:
    """Consent page "Continue as NAME" -> Next."""
    person = find_person(uow.session, person_key)
    if person.status != "active":
        raise e.LoginNotFound(gettext("This %(service)s account is not linked to any Bitrix24 "
                                      "Network profile.")
                              % {"service": rules.SERVICE_NAMES.get(service, service)})
    if person.method != service:
        raise e.WrongMethod(gettext(
            "%(name)s did not register with %(service)s. Log in the way you registered.")
            % {"name": person.name, "service": rules.SERVICE_NAMES.get(service, service)})
    return _browser_logged_in(uow, person, person.email)


def _browser_logged_in(uow: UnitOfWork, person: m.NetworkProfile, hint: str) -> BrowserView:
    seat = uow.seat()
    seat.browser_person_id = person.id
    seat.browser_login_hint = hint
    record(uow.session, uow.clock.now(), person.name, "browser_logged_in", person.email,
           f"by {person.method}", person_id=person.id)
    uow.commit()
    return browser_view(uow)


def browser_log_out(uow: UnitOfWork) -> None:
    seat = uow.seat()
    if seat.browser_person_id is not None:
        person = uow.session.get(m.NetworkProfile, seat.browser_person_id)
        record(uow.session, uow.clock.now(), person.name, "browser_logged_out", person.email,
               person_id=person.id)
    seat.browser_person_id = None
    uow.commit()


def browser_clear_history(uow: UnitOfWork) -> None:
    seat = uow.seat()
    seat.browser_person_id = None
    seat.browser_login_hint = None
    record(uow.session, uow.clock.now(), uow.actor, "browser_history_cleared", "in-app browser")
    uow.commit()


# ---------------------------------------------------------------- the request form


def request_form(uow: UnitOfWork) -> RequestFormView:
    """The form after logging in inside the browser (rules 4, 5, 6, 7)."""
    state, app_person, portal, _ = _signed_in(uow)
    seat = uow.seat()
    if seat.browser_person_id is None:
        raise e.NotLoggedInBrowser()
    s = uow.session
    browser_person = s.get(m.NetworkProfile, seat.browser_person_id)
    profile = find_profile(s, browser_person.id, portal.id)
    if profile is None or profile.access == "closed" or browser_person.status != "active":
        raise e.AddressNotFound(browser_person.name, portal.address)
    if browser_person.id != app_person.id:
        raise e.DifferentPerson(browser_person.name, app_person.name, portal.address)
    sole = rules.is_sole_admin(profile.id, active_admin_ids(s, portal.id))
    candidates = tuple(
        person_view(pr.person) for pr in s.scalars(
            select(m.Profile).join(m.NetworkProfile, m.NetworkProfile.id == m.Profile.person_id)
            .where(m.Profile.portal_id == portal.id, m.Profile.id != profile.id,
                   m.Profile.employment == "active", m.Profile.access == "open",
                   m.NetworkProfile.status == "active").order_by(m.NetworkProfile.name))
    ) if sole else ()
    pending = pending_request(s, profile.id)
    now = uow.clock.now()
    return RequestFormView(
        person_view(app_person), portal_view(portal), profile.id, rules.request_items(), sole,
        candidates, request_view(s, pending) if pending else None, state.window_days,
        now + timedelta(days=state.window_days),
    )


# The rule lives in core.rules; this name stays for the request form screen's import.
form_problem = rules.form_problem


def send_request(uow: UnitOfWork, reason: str, items_read: int, confirmed: bool,
                 sole_admin_confirmed: bool = False) -> SendResult:
    """Send request: a deletion request, or a cancellation when the reason says so (rule 9)."""
    form = request_form(uow)
    problem = rules.form_problem(reason, items_read, confirmed)
    if problem:
        raise e.InvalidRequest(problem)
    if rules.is_cancel_reason(reason, cancel_languages(uow, form)):
        return _cancel(uow, form)
    s = uow.session
    existing = pending_request(s, form.profile_id)
    if existing is not None:
        return SendResult("request", request_view(s, existing), existing=True,
                          admins_told=len(existing.notified_admin_ids or []),
                          sole_admin=form.sole_admin)
    if form.sole_admin and not sole_admin_confirmed:
        raise e.SoleAdminConfirmationNeeded(form.portal.address)
    now = uow.clock.now()
    profile = s.get(m.Profile, form.profile_id)
    request = m.DeletionRequest(
        profile=profile, sent_from_profile_id=profile.id, status="pending",
        reason=rules.normalize_reason(reason), requested_at=now,
        due_at=now + timedelta(days=form.window_days), sole_admin_confirmed=form.sole_admin,
        notified_admin_ids=[],
    )
    s.add(request)
    s.flush()
    person, portal = profile.person, profile.portal
    ctx = _context(person, portal, request)
    record(s, now, person.name, "deletion_requested", f"{person.name} @ {portal.address}",
           f"due {request.due_at:%Y-%m-%d %H:%M}; reason: {request.reason}"
           + ("; sole administrator confirmed" if form.sole_admin else ""),
           person_id=person.id, portal_id=portal.id)
    queue_email(s, now, "request_received", person, ctx, portal.id, request.id)
    told = []
    for admin in s.scalars(select(m.Profile).where(m.Profile.id.in_(
            active_admin_ids(s, portal.id)), m.Profile.id != profile.id)):
        told.append(admin.id)
        queue_email(s, now, "impending_deletion", admin.person, ctx, portal.id, request.id)
        add_notice(s, now, admin.person_id, portal.id, "impending_deletion",
                   notice_text("impending_deletion", name=person.name, portal=portal.name,
                               date=request.due_at),
                   subject_person_id=person.id)
        record(s, now, "notifier", "admin_notified", f"{admin.person.name} @ {portal.address}",
               f"impending deletion of {person.name}", person_id=admin.person_id,
               portal_id=portal.id)
    request.notified_admin_ids = told
    uow.commit()
    return SendResult("request", request_view(s, request), admins_told=len(told),
                      sole_admin=form.sole_admin)


def cancel_languages(uow: UnitOfWork, form: RequestFormView) -> tuple[str, str]:
    """The languages the cancellation phrase is accepted in besides English (rule 9,
    docs/languages.md): the phone's that sends it (the current language, which the phone
    sets around what it does) and the one the requester's emails are written in, whose
    confirmation quoted the phrase."""
    return (current(), rules.email_language(form.person.language, uow.state().device_language))


def _context(person: m.NetworkProfile, portal: m.Portal, r: m.DeletionRequest) -> dict:
    """An email's values; the dates as datetimes, each email writing them in its language."""
    return {
        "person_name": person.name, "person_email": person.email, "portal_name": portal.name,
        "portal_address": portal.address, "due_date": r.due_at,
        "requested_date": r.requested_at, "reason": r.reason,
    }


def _cancel(uow: UnitOfWork, form: RequestFormView) -> SendResult:
    s = uow.session
    request = pending_request(s, form.profile_id)
    if request is None:
        elsewhere = s.scalar(
            select(m.DeletionRequest).join(m.Profile, m.Profile.id == m.DeletionRequest.profile_id)
            .where(m.Profile.person_id == form.person.id, m.DeletionRequest.status == "pending")
            .order_by(m.DeletionRequest.id).limit(1))
        if elsewhere is not None:
            sent_from = s.get(m.Profile, elsewhere.sent_from_profile_id).portal.address
            raise e.CancellationFromOtherProfile(sent_from, form.portal.address)
        completed = s.scalar(select(m.DeletionRequest.id).where(
            m.DeletionRequest.profile_id == form.profile_id,
            m.DeletionRequest.status == "completed").limit(1))
        if completed is not None:
            raise e.AlreadyDeleted(gettext(
                "Your profile in %(address)s has already been deleted. A completed deletion "
                "cannot be cancelled.") % {"address": form.portal.address})
        raise e.NoPendingRequest(gettext(
            "There is no pending deletion request for your profile in %(address)s, so there "
            "is nothing to cancel.") % {"address": form.portal.address})
    now = uow.clock.now()
    request.status = "cancelled"
    request.cancelled_at = now
    person, portal = request.profile.person, request.profile.portal
    ctx = _context(person, portal, request)
    record(s, now, person.name, "deletion_cancelled", f"{person.name} @ {portal.address}",
           f"request #{request.id}", person_id=person.id, portal_id=portal.id)
    queue_email(s, now, "cancellation", person, ctx, portal.id, request.id)
    for admin_profile_id in request.notified_admin_ids or []:
        admin = s.get(m.Profile, admin_profile_id)
        if admin is None or admin.person.status != "active":
            continue
        queue_email(s, now, "cancellation_admin", admin.person, ctx, portal.id, request.id)
        add_notice(s, now, admin.person_id, portal.id, "deletion_cancelled",
                   notice_text("deletion_cancelled", name=person.name, portal=portal.name),
                   subject_person_id=person.id)
        record(s, now, "notifier", "admin_notified", f"{admin.person.name} @ {portal.address}",
               f"cancelled deletion of {person.name}", person_id=admin.person_id,
               portal_id=portal.id)
    uow.commit()
    return SendResult("cancellation", request_view(s, request))


# ---------------------------------------------------------------- administrators and settings


def assign_admin(uow: UnitOfWork, portal_address: str, person_key: str) -> ProfileView:
    """Assign admin permissions to an active employee (rule 7's way out)."""
    s = uow.session
    portal = find_portal(s, portal_address)
    person = find_person(s, person_key)
    profile = find_profile(s, person.id, portal.id)
    if profile is None:
        raise e.AssignAdminRefused(_no_account(person, portal))
    if profile.employment != "active" or profile.access != "open" or person.status != "active":
        raise e.AssignAdminRefused(gettext(
            "%(name)s is not an active employee of %(address)s; only active employees can get "
            "admin permissions.") % {"name": person.name, "address": portal.address})
    if profile.role == "admin":
        return profile_view(s, profile)
    profile.role = "admin"
    record(s, uow.clock.now(), uow.actor, "admin_assigned", f"{person.name} @ {portal.address}",
           person_id=person.id, portal_id=portal.id)
    uow.commit()
    return profile_view(s, profile)


def delete_user_data(uow: UnitOfWork, portal_address: str, person_key: str) -> ProfileView:
    """An administrator deletes a dismissed user's data and content (rule 10: kept until then)."""
    s = uow.session
    portal = find_portal(s, portal_address)
    person = find_person(s, person_key)
    profile = find_profile(s, person.id, portal.id)
    if profile is None:
        raise e.DataDeletionRefused(_no_account(person, portal))
    if profile.employment != "dismissed":
        raise e.DataDeletionRefused(gettext(
            "%(name)s is still an active employee of %(address)s; only a dismissed user's data "
            "can be deleted.") % {"name": person.name, "address": portal.address})
    if not profile.has_data:
        raise e.DataDeletionRefused(gettext("%(name)s's data in %(address)s is already deleted.")
                                    % {"name": person.name, "address": portal.address})
    profile.has_data = False
    record(s, uow.clock.now(), uow.actor, "user_data_deleted", f"{person.name} @ {portal.address}",
           person_id=person.id, portal_id=portal.id)
    uow.commit()
    return profile_view(s, profile)


def set_platform(uow: UnitOfWork, platform: str) -> None:
    if platform not in rules.PLATFORMS:
        raise e.DomainError(gettext("Unknown platform %(platform)s: use ios or android.")
                            % {"platform": repr(platform)})
    state = uow.state()
    if state.platform != platform or state.device_platform != platform:
        # The console's switch sets the phone's platform and the world's device: people
        # without their own device find it on their next sign-in too.
        changed = state.platform != platform
        state.platform = state.device_platform = platform
        if changed:
            record(uow.session, uow.clock.now(), uow.actor, "platform_changed", platform)
        uow.commit()


def set_phone_language(uow: UnitOfWork, language: str | None) -> str | None:
    """The phone's own language on this unit's seat (the console's switch, a flow's
    launchApp); None goes back to the rule (the person's, the world's device's). Returns the
    phone's language now. An unknown language is refused with a sentence naming the five."""
    if not language:  # None or "": back to the rule
        language = None
    else:
        try:
            language = parse_language(language)
        except LanguageError:
            raise e.UnknownLanguage(language) from None
    state, seat = uow.state(), uow.seat()
    if seat.language != language:
        seat.language = language
        record(uow.session, uow.clock.now(), uow.actor, "language_changed",
               language or "automatic", f"{uow.device} phone", person_id=seat.session_person_id)
        uow.commit()
    return seat_language(uow.session, state, seat)


def set_deployment(uow: UnitOfWork, portal_address: str, deployment: str) -> None:
    if deployment not in rules.DEPLOYMENTS:
        raise e.DomainError(gettext("Unknown deployment %(deployment)s: use cloud or "
                                    "on-premise.") % {"deployment": repr(deployment)})
    portal = find_portal(uow.session, portal_address)
    if portal.deployment != deployment:
        portal.deployment = deployment
        record(uow.session, uow.clock.now(), uow.actor, "deployment_changed", portal.address,
               deployment, portal_id=portal.id)
        uow.commit()


def set_policy(uow: UnitOfWork, platforms: list[str] | None = None, entry: str | None = None,
               window_days: int | None = None) -> None:
    state = uow.state()
    changes = []
    if platforms is not None:
        bad = [p for p in platforms if p not in rules.PLATFORMS]
        if bad or not platforms:
            raise e.DomainError(gettext("Policy platforms must be a non-empty list of ios and "
                                        "android."))
        state.policy_platforms = list(dict.fromkeys(platforms))
        changes.append(f"platforms={','.join(state.policy_platforms)}")
    if entry is not None:
        if entry not in rules.ENTRIES:
            raise e.DomainError(gettext("Unknown entry %(entry)s: use profile, edit_profile or "
                                        "menu.") % {"entry": repr(entry)})
        state.policy_entry = entry
        changes.append(f"entry={entry}")
    if window_days is not None:
        if isinstance(window_days, bool) or not isinstance(window_days, int) or not 1 <= window_days <= 3650:
            raise e.DomainError(gettext("The deletion window must be a whole number of days, "
                                        "1-3650."))
        state.window_days = window_days
        changes.append(f"window_days={window_days}")
    if changes:
        record(uow.session, uow.clock.now(), uow.actor, "policy_changed", "policy",
               "; ".join(changes))
        uow.commit()


def now(uow: UnitOfWork) -> datetime:
    return uow.clock.now()

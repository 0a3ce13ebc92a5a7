"""Read-only queries behind the flow runner's assertions (assertEmail, assertProfile, ...).

Each takes an open unit of work and returns view objects or plain values; nothing here writes.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from core import models as m
from core.services import find_person, find_portal, find_profile, profile_view
from core.views import EmailView, ProfileView


def email_view(e: m.Email) -> EmailView:
    return EmailView(e.id, e.message_id, e.kind, e.to_addr, e.to_name, e.subject, e.text_body,
                     e.html_body, e.created_at, e.status, e.attempts, e.last_error, e.sent_at,
                     e.suppressed_reason, e.request_id, e.language or "en")


def outbox(uow, to_addr: str | None = None) -> list[EmailView]:
    """Every email in the outbox (to one address if given), oldest first."""
    query = select(m.Email).order_by(m.Email.created_at, m.Email.id)
    if to_addr:
        query = query.where(m.Email.to_addr == to_addr.strip().lower())
    return [email_view(e) for e in uow.session.scalars(query)]


def matching_emails(uow, to_addr: str | None = None, subject: str | None = None,
                    contains: str | None = None, suppressed: bool = False) -> list[EmailView]:
    """Emails to ``to_addr`` whose subject matches the regex ``subject`` (searched) and whose
    text contains ``contains``. Suppressed emails never reached anyone: they count only when
    ``suppressed`` is asked for, and then only they count."""
    pattern = re.compile(subject, re.DOTALL) if subject else None
    out = []
    for e in outbox(uow, to_addr):
        if (e.status == "suppressed") != suppressed:
            continue
        if pattern and not pattern.search(e.subject):
            continue
        if contains and contains not in e.text_body and contains not in e.subject:
            continue
        out.append(e)
    return out


def profile_state(uow, person_key: str, portal_address: str) -> ProfileView | None:
    s = uow.session
    person = find_person(s, person_key)
    portal = find_portal(s, portal_address)
    profile = find_profile(s, person.id, portal.id)
    return profile_view(s, profile) if profile else None


def network_profile_status(uow, person_key: str) -> str:
    return find_person(uow.session, person_key).status


def portal_status(uow, address: str) -> str:
    return find_portal(uow.session, address).status

"""Side effects inside a unit of work: audit events, in-app notices, outbox emails."""

from __future__ import annotations

import random
import threading
import time
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import i18n, rules
from core import models as m
from core.i18n import LANGUAGE_NAMES
from core.rules import FINAL_KINDS  # noqa: F401 - imported from here by the mail dispatcher
from core.templates import render
from core.words import NOTICE_TEXTS

FROM_DOMAIN = "bitrix24.sim"


_id_lock = threading.Lock()
_last_ns = 0


def new_message_id() -> str:
    """A globally unique Message-ID that sorts by creation: the outbox's unique index then
    grows at its end instead of at random pages (uuid4 made each batch of the worker touch
    pages all over the index). Real time here only orders identifiers; it is no domain time."""
    global _last_ns
    with _id_lock:  # strictly increasing within the process, even on a coarse clock
        _last_ns = max(time.time_ns(), _last_ns + 1)
        stamp = _last_ns
    # 48 random bits tell apart two processes' ids made in the same nanosecond (no secret:
    # random's generator, seeded from the OS and again in a forked child, not a read of
    # os.urandom per email, a system call for each of a batch's thousands).
    return f"<{stamp:016x}.{random.getrandbits(48):012x}@{FROM_DOMAIN}>"


def record(session: Session, at: datetime, actor: str, event: str, subject: str,
           detail: str = "", person_id: int | None = None,
           portal_id: int | None = None) -> None:
    """Rule 12: every state change is an audit event in the same transaction."""
    session.add(m.AuditEvent(at=at, actor=actor, event=event, subject=subject[:400],
                             detail=detail, person_id=person_id, portal_id=portal_id))


def notice_text(kind: str, **values) -> str:
    """A notice's text as it is stored: in English (words.NOTICE_TEXTS), whatever the current
    language; ``words.notice`` shows it in the reader's. A datetime ``date`` is a day."""
    said = {k: i18n.format_day(v, i18n.SOURCE) if isinstance(v, datetime) else str(v)
            for k, v in values.items()}
    return NOTICE_TEXTS[kind] % said


def add_notice(session: Session, at: datetime, person_id: int, portal_id: int | None,
               kind: str, text: str, subject_person_id: int | None = None) -> None:
    session.add(m.Notice(person_id=person_id, portal_id=portal_id, kind=kind, text=text,
                         created_at=at, subject_person_id=subject_person_id))


def suppression_reason(session: Session, person_id: int | None,
                       portal_id: int | None) -> str | None:
    """Rule 10 (rules.email_suppression_reason) on the facts read from the database."""
    if person_id is None:
        return None
    person = session.get(m.NetworkProfile, person_id)
    status = person.status if person is not None else None
    completed = None
    if status != "deleted" and portal_id is not None:
        completed = session.scalar(
            select(m.DeletionRequest.id)
            .join(m.Profile, m.Profile.id == m.DeletionRequest.profile_id)
            .where(m.Profile.person_id == person_id, m.Profile.portal_id == portal_id,
                   m.DeletionRequest.status == "completed")
            .limit(1)
        )
    return rules.email_suppression_reason(None, status, completed)


def recipient_language(session: Session, person: m.NetworkProfile) -> str:
    """The language an email or an in-app notice to ``person`` is written in
    (rules.email_language: theirs, else the world's device's, else English)."""
    state = session.get(m.WorldState, 1)
    return rules.email_language(person.language, state.device_language if state else None)


def queue_email(session: Session, at: datetime, kind: str, person: m.NetworkProfile,
                context: dict[str, str], portal_id: int | None = None,
                request_id: int | None = None, final: bool = False) -> m.Email:
    """Write a notice email to the outbox, in its recipient's language
    (rules.email_language); the dispatcher delivers it later. Dates in ``context`` are
    best given as datetimes: each email writes them in its own language.

    ``final`` marks the notice of the deletion itself, which is sent even though the
    profile is gone (the article: "We will inform you of the final profile deletion").
    """
    language = recipient_language(session, person)
    subject, text, html_body = render(kind, {"recipient_name": person.name, **context},
                                      language)
    reason = None if final else suppression_reason(session, person.id, portal_id)
    email = m.Email(
        message_id=new_message_id(), kind=kind, to_addr=person.email,
        to_name=person.name, subject=subject, text_body=text, html_body=html_body,
        created_at=at, status="suppressed" if reason else "pending", suppressed_reason=reason,
        attempts=0, person_id=person.id, portal_id=portal_id, request_id=request_id,
        language=language,
    )
    session.add(email)
    if reason:
        record(session, at, "mailer", "email_suppressed", f"{kind} to {person.email}",
               reason,
               person_id=person.id, portal_id=portal_id)
    return email


def with_language_note(detail: str, language: str, person_language: str | None,
                       person_key: str) -> str:
    """An email audit row's detail, saying so when its recipient has no language of their
    own (rules.email_language_note): "...; sent in English: no language for anna"."""
    note = rules.email_language_note(LANGUAGE_NAMES.get(language, language), person_language,
                                     person_key)
    return f"{detail}; {note}" if note else detail


def language_note_of(session: Session, row: m.Email, detail: str) -> str:
    """``detail`` with the note for a written email (the dispatcher's rows)."""
    person = session.get(m.NetworkProfile, row.person_id) if row.person_id else None
    if person is None:
        return detail
    return with_language_note(detail, row.language or "en", person.language, person.key)

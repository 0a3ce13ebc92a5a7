"""The dispatcher: delivers outbox rows through the configured transport.

Statuses of an outbox row (``core.models.Email.status``):

- ``pending``: written, not delivered yet. With the ``outbox`` transport rows stay pending: they
  are kept in the database, shown in the console and exportable as .eml, and nothing leaves the
  machine. Switching to ``smtp`` or ``http`` later delivers them. The console shows a pending row
  as "In outbox", "Queued" or "Retrying" by the configured transport and its attempts
  (``core.words.delivery_state``), not as one word that reads like a failure.
- ``sent``: the transport accepted it (``sent_at``, real UTC time).
- ``failed``: the transport refused it for good, or ``max_attempts`` tries failed;
  ``last_error`` says why. ``resend()`` puts it back to pending.
- ``suppressed``: never to be sent (rule 10); ``suppressed_reason`` says why. Written so by
  ``core.notify.queue_email``; the dispatcher never touches it.

Delivery is at least once: a row is claimed in one short transaction (``attempts + 1`` and a
lease in ``next_attempt_at``), the message goes out with no database lock held, and the outcome
is written in another transaction. A process that dies after writing a row, or while sending it,
loses nothing: the next run (after the lease) sends it again, with the same Message-ID.

Retries wait ``backoff * 2 ** (attempt - 1)`` seconds (capped at an hour). That is REAL time
from an injectable clock, because the simulated clock moves only when told.

Thread safety: every call opens its own units of work and, unless one is passed, its own
transport, so the console may run ``dispatch_pending`` in a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, or_, select, update

from core import models as m
from core.db import Store
from core.errors import DomainError
from core.mail.config import MailConfig, load_mail_config
from core.mail.message import InvalidMessage, build_message
from core.mail.transports import (
    DeliveryError,
    MailTransport,
    PermanentDeliveryError,
    transport_from_config,
)
from core.notify import FINAL_KINDS, language_note_of, record, suppression_reason

LEASE = timedelta(minutes=2)
MAX_BACKOFF = timedelta(hours=1)
log = logging.getLogger(__name__)


def real_now() -> datetime:
    """Real (wall-clock) UTC time, naive like every time in the store."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class DispatchReport:
    transport: str
    sent: int = 0
    failed: int = 0  # given up in this run (status failed)
    retrying: int = 0  # failed this time; pending again with a later next_attempt_at
    kept: int = 0  # outbox transport: pending rows left in the database
    suppressed: int = 0  # rule 10 found at delivery time
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.transport == "outbox":
            return f"{self.kept} emails kept in the outbox (transport: outbox; nothing sent)"
        text = f"{self.sent} emails sent, {self.failed} failed"
        if self.retrying:
            text += f", {self.retrying} to retry later"
        if self.suppressed:
            text += f", {self.suppressed} suppressed"
        return text


@dataclass(frozen=True)
class _Claim:
    id: int
    attempt: int
    label: str
    message: object  # EmailMessage, or None when the row cannot become a message
    suppressed: bool = False


def backoff_delay(attempt: int, base: float) -> timedelta:
    """Wait before the next try after ``attempt`` failed tries: base, 2 base, 4 base..."""
    return min(timedelta(seconds=base * 2 ** max(attempt - 1, 0)), MAX_BACKOFF)


def _due(at: datetime):
    return m.Email.status == "pending", or_(m.Email.next_attempt_at.is_(None),
                                            m.Email.next_attempt_at <= at)


def _claim_next(store: Store, at: datetime, cfg: MailConfig, lease: timedelta) -> _Claim | None:
    with store.uow("mailer") as uow:
        s = uow.session
        query = select(m.Email).where(*_due(at)).order_by(m.Email.id).limit(1)
        if s.bind.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        row = s.scalar(query)
        if row is None:
            return None
        reason = None if row.kind in FINAL_KINDS else \
            suppression_reason(s, row.person_id, row.portal_id)
        if reason is not None:
            # Written before the recipient's deletion completed, not delivered until after it:
            # rule 10 still holds, nothing more about that Bitrix24 reaches them.
            row.status, row.next_attempt_at = "suppressed", None
            row.suppressed_reason = f"{reason}; found at delivery"
            record(s, uow.clock.now(), "mailer", "email_suppressed",
                   f"{row.kind} to {row.to_addr}", row.suppressed_reason,
                   person_id=row.person_id, portal_id=row.portal_id)
            uow.commit()
            return _Claim(row.id, 0, "", None, suppressed=True)
        claimed = s.execute(
            update(m.Email).where(m.Email.id == row.id, *_due(at))
            .values(attempts=m.Email.attempts + 1, next_attempt_at=at + lease)
            .execution_options(synchronize_session=False)
        ).rowcount
        if claimed != 1:
            return _Claim(row.id, 0, "", None)  # another worker took it; look again
        s.refresh(row)
        label = f"{row.kind} to {row.to_addr}"
        try:
            message = build_message(row, cfg.from_addr)
        except InvalidMessage as exc:
            message = exc
        uow.commit()
        return _Claim(row.id, row.attempts, label, message)


def _finish(store: Store, claim: _Claim, transport: str, error: Exception | None,
            at: datetime, cfg: MailConfig, report: DispatchReport) -> None:
    with store.uow("mailer") as uow:
        s = uow.session
        row = s.get(m.Email, claim.id)
        if row is None or row.status != "pending" or row.attempts != claim.attempt:
            return  # resent or changed meanwhile: the newer state wins
        now = uow.clock.now()
        if error is None:
            row.status, row.sent_at, row.next_attempt_at = "sent", at, None
            report.sent += 1
            record(s, now, "mailer", "email_sent", claim.label,
                   language_note_of(s, row, f"via {transport}, attempt {claim.attempt}; "
                                            f"{row.message_id}"),
                   person_id=row.person_id, portal_id=row.portal_id)
        else:
            text = str(error) or type(error).__name__
            row.last_error = f"attempt {claim.attempt}: {text}"[:2000]
            permanent = isinstance(error, PermanentDeliveryError | InvalidMessage)
            if permanent or claim.attempt >= cfg.max_attempts:
                row.status, row.next_attempt_at = "failed", None
                report.failed += 1
                why = "refused" if permanent else f"gave up after {claim.attempt} attempts"
                record(s, now, "mailer", "email_failed", claim.label, f"{why}: {text}",
                       person_id=row.person_id, portal_id=row.portal_id)
            else:
                wait = backoff_delay(claim.attempt, cfg.backoff)
                row.next_attempt_at = at + wait
                report.retrying += 1
                record(s, now, "mailer", "email_delivery_failed", claim.label,
                       f"attempt {claim.attempt}: {text}; next try in "
                       f"{int(wait.total_seconds())} s", person_id=row.person_id,
                       portal_id=row.portal_id)
            report.errors.append(f"{claim.label}: {text}")
        uow.commit()


def pending_count(store: Store) -> int:
    with store.reader() as uow:
        return uow.session.scalar(
            select(func.count(m.Email.id)).where(m.Email.status == "pending")) or 0


def status_counts(store: Store) -> dict[str, int]:
    """How many outbox rows are in each status (pending, sent, failed, suppressed)."""
    with store.reader() as uow:
        rows = uow.session.execute(select(m.Email.status, func.count(m.Email.id))
                                   .group_by(m.Email.status))
        return {status: count for status, count in rows}


def dispatch_pending(store: Store, transport: MailTransport | None = None,
                     now: Callable[[], datetime] | None = None,
                     config: MailConfig | None = None, limit: int | None = None,
                     lease: timedelta = LEASE) -> DispatchReport:
    """Deliver every pending row whose next attempt has come; one pass, no sleeping.

    ``transport`` defaults to the configured one (environment / config file); ``now`` is the
    real clock (injectable for tests). Raises MailConfigError for a bad configuration.
    """
    cfg = config or load_mail_config()
    transport = transport or transport_from_config(cfg)
    now = now or real_now
    report = DispatchReport(transport.name)
    if not transport.delivers:
        report.kept = pending_count(store)
        return report
    with transport:  # closes any connection kept for the batch
        while limit is None or report.sent + report.failed + report.retrying < limit:
            claim = _claim_next(store, now(), cfg, lease)
            if claim is None:
                break
            if claim.attempt == 0:  # suppressed at delivery, or taken by another worker
                report.suppressed += claim.suppressed
                continue
            error: Exception | None = None
            if isinstance(claim.message, Exception):
                error = claim.message
            else:
                try:
                    transport.send(claim.message)
                except DeliveryError as exc:
                    error = exc
                except Exception as exc:  # a transport bug must not lose the row
                    log.error("the %s transport broke sending %s", transport.name,
                              claim.label, exc_info=True)
                    error = DeliveryError(f"{type(exc).__name__}: {exc}")
            if error is None:
                log.debug("sent %s (attempt %d)", claim.label, claim.attempt)
            else:
                log.info("not sent: %s (attempt %d): %s", claim.label, claim.attempt, error)
            _finish(store, claim, transport.name, error, now(), cfg, report)
    log.info("mail via %s: %s", transport.name, report.summary())
    return report


def resend(store: Store, email_id: int, actor: str = "console") -> str:
    """Put a failed (or sent) email back in the queue; returns its new status."""
    with store.uow(actor) as uow:
        s = uow.session
        row = s.get(m.Email, email_id)
        if row is None:
            raise DomainError(f"There is no email #{email_id}.")
        if row.status == "suppressed":
            raise DomainError(f"Email #{email_id} was suppressed ({row.suppressed_reason}); "
                              "it is never sent.")
        if row.status == "pending":
            return row.status
        previous = row.status
        row.status, row.attempts, row.next_attempt_at = "pending", 0, None
        record(s, uow.clock.now(), actor, "email_resend", f"{row.kind} to {row.to_addr}",
               f"was {previous}" + (f"; last error: {row.last_error}" if row.last_error else ""),
               person_id=row.person_id, portal_id=row.portal_id)
        uow.commit()
        return row.status

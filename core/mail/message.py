"""Build a standard multipart email (plain text + HTML) from an outbox row.

The message is built at delivery or export time from what the row holds, so a row written by a
process that died is sent later exactly as it was written, with the same Message-ID. The Date is
the row's simulated creation time. Names are folded to one printable line and go through
``email.headerregistry.Address``, so a CR/LF in a name cannot add a header. Content-Language
names the language the row is written in (its recipient's).
"""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from core.errors import DomainError
from core.mail.config import DEFAULT_FROM

SIM_HEADER = "X-B24Sim-Kind"
LANGUAGE_TAGS = {"pseudo": "en-x-pseudo"}  # Content-Language is BCP 47: pseudo is English


class InvalidMessage(DomainError):
    """The row cannot become a valid message (for example a malformed address)."""


def one_line(value: str | None) -> str:
    """Printable characters on one line: what may go into a header."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(value or ""))
    return " ".join(text.split())


def address(name: str | None, addr: str) -> Address:
    addr = str(addr or "").strip()
    if not addr or any(ch.isspace() or not ch.isprintable() for ch in addr) \
            or addr.count("@") != 1 or addr.startswith("@") or addr.endswith("@"):
        raise InvalidMessage(f"Not a deliverable email address: {addr!r}.")
    try:
        return Address(display_name=one_line(name), addr_spec=addr)
    except (ValueError, IndexError) as exc:
        raise InvalidMessage(f"Not a deliverable email address: {addr!r} ({exc}).") from None


def sender(from_addr: str = DEFAULT_FROM) -> Address:
    display, addr = parseaddr(one_line(from_addr))
    return address(display, addr)


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def build_message(row, from_addr: str = DEFAULT_FROM) -> EmailMessage:
    """An ``EmailMessage`` for an outbox row (``core.models.Email`` or ``EmailView``)."""
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = sender(from_addr)
    msg["To"] = address(row.to_name, row.to_addr)
    msg["Subject"] = one_line(row.subject)
    msg["Date"] = format_datetime(_utc(row.created_at))
    message_id = one_line(row.message_id).replace(" ", "")
    if not (message_id.startswith("<") and message_id.endswith(">") and "@" in message_id):
        raise InvalidMessage(f"Not a Message-ID: {row.message_id!r}.")
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"
    msg[SIM_HEADER] = one_line(row.kind)
    msg.set_content(row.text_body or "", subtype="plain", charset="utf-8")
    msg.add_alternative(row.html_body or "", subtype="html", charset="utf-8")
    # After the parts: making the message multipart moves its Content-* headers into a part.
    msg["Content-Language"] = content_language(getattr(row, "language", None))
    return msg


def content_language(language: str | None) -> str:
    """The BCP 47 tag of the language an email is written in (an older row's None: English)."""
    tag = one_line(language).replace(" ", "") or "en"
    return LANGUAGE_TAGS.get(tag, tag)


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as a mail client expects it on disk or on the wire (CRLF line ends)."""
    return msg.as_bytes(policy=email.policy.SMTP)


def body_parts(msg: EmailMessage) -> tuple[str, str]:
    """(plain text, HTML) of a message built here."""
    text = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    return (text.get_content() if text else "", html.get_content() if html else "")

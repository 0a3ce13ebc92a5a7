"""Email templates from resources/emails: plain text with a Subject line, wrapped in HTML."""

from __future__ import annotations

import html
from datetime import datetime
from functools import cache
from pathlib import Path
from string import Template

TEMPLATES = Path(__file__).resolve().parent.parent / "resources" / "emails"
KINDS = ("request_received", "impending_deletion", "cancellation", "cancellation_admin",
         "profile_deleted", "portal_deleted", "network_profile_deleted")


def format_date(when: datetime) -> str:
    return f"{when.day} {when:%B %Y}"


def format_datetime(when: datetime) -> str:
    return f"{when.day} {when:%B %Y, %H:%M} UTC"


@cache
def _template(kind: str) -> tuple[Template, Template]:
    raw = (TEMPLATES / f"{kind}.txt").read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    return Template(first.removeprefix("Subject:").strip()), Template(body.strip())


@cache
def _layout() -> Template:
    return Template((TEMPLATES / "layout.html").read_text(encoding="utf-8"))


def _one_line(value: str) -> str:
    """Header-safe: no CR/LF or other control characters in anything that reaches a subject."""
    if not value.isprintable():  # the character loop only when there is something to drop
        value = "".join(ch if ch.isprintable() else " " for ch in value)
    return " ".join(value.split())


def render(kind: str, context: dict[str, str]) -> tuple[str, str, str]:
    """(subject, plain text, HTML) for a notice. User text is escaped in the HTML part."""
    subject_t, body_t = _template(kind)
    safe = {k: str(v) for k, v in context.items()}
    subject = _one_line(subject_t.safe_substitute({k: _one_line(v) for k, v in safe.items()}))
    text = body_t.safe_substitute(safe)
    escaped = {k: html.escape(v) for k, v in safe.items()}
    paragraphs = body_t.safe_substitute(escaped).split("\n\n")
    body_html = "\n".join(
        f'<p style="margin:0 0 14px 0;">{p.replace(chr(10), "<br>")}</p>' for p in paragraphs
    )
    page = _layout().safe_substitute(subject=html.escape(subject), body=body_html)
    return subject[:400], text, page

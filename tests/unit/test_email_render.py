"""Email rendering from templates split once per kind gives byte for byte what substituting
the templates each time gave, whatever people typed into their names and reasons."""

from __future__ import annotations

import html
import itertools
from string import Template

import pytest

from core.templates import KINDS, TEMPLATES, _one_line, render


def substituted(kind: str, context: dict[str, str]) -> tuple[str, str, str]:
    """The rendering as it was before templates were split once (a frozen copy)."""
    first, _, body = (TEMPLATES / f"{kind}.txt").read_text(encoding="utf-8").partition("\n")
    subject_t, body_t = Template(first.removeprefix("Subject:").strip()), Template(body.strip())
    safe = {k: str(v) for k, v in context.items()}
    subject = _one_line(subject_t.safe_substitute({k: _one_line(v) for k, v in safe.items()}))
    text = body_t.safe_substitute(safe)
    escaped = {k: html.escape(v) for k, v in safe.items()}
    paragraphs = body_t.safe_substitute(escaped).split("\n\n")
    body_html = "\n".join(
        f'<p style="margin:0 0 14px 0;">{p.replace(chr(10), "<br>")}</p>' for p in paragraphs
    )
    layout = Template((TEMPLATES / "layout.html").read_text(encoding="utf-8"))
    page = layout.safe_substitute(subject=html.escape(subject), body=body_html)
    return subject[:400], text, page


KEYS = ("person_name", "person_email", "portal_name", "portal_address", "due_date",
        "requested_date", "reason", "recipient_name")
HOSTILE = [
    "Anna Smith",
    "<script>alert('x')</script> & \"quotes\"",
    "line one\r\nBcc: evil@example.com",
    "two\n\nparagraphs\n",
    "\n",
    "\n\nstarts blank",
    "",
    "   spaced   out   ",
    "nul\x00inside",
    "rtl \u202eevil\u202c override",
    "emoji 👩‍💻🎉 and ümlauts",
    "$person_name and ${reason} and $$ and $",
    "{portal_name} {0} {{braces}} }{",
    "tab\there\x0bvt\x0cff",
    "x" * 600,
]


def contexts():
    yield {k: f"{k} value" for k in KEYS}
    for value in HOSTILE:
        yield {k: value for k in KEYS}
        for key in KEYS:  # one hostile field among ordinary ones
            yield {**{k: f"{k} value" for k in KEYS}, key: value}
    for a, b in itertools.combinations(HOSTILE[:8], 2):
        yield {k: (a if i % 2 else b) for i, k in enumerate(KEYS)}
    yield {"person_name": "Missing keys stay as written"}
    yield {}
    yield {**{k: "v" for k in KEYS}, "due_date": 7, "extra": "<not used>"}


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_exactly_as_substituting_the_templates_did(kind):
    count = 0
    for context in contexts():
        assert render(kind, context) == substituted(kind, context), context
        count += 1
    assert count > 100


# ---------------------------------------------------------------- languages (issue 19)

from datetime import datetime  # noqa: E402

from core import i18n  # noqa: E402

VALUES = {"person_name": "Anna", "person_email": "anna@acme.example", "portal_name": "Acme",
          "portal_address": "acme.bitrix24.com", "due_date": datetime(2026, 4, 1, 9),
          "requested_date": datetime(2026, 3, 2, 9), "reason": "Leaving",
          "recipient_name": "Anna"}


@pytest.mark.parametrize("kind", KINDS)
def test_an_email_in_pseudo_has_its_subject_every_paragraph_and_the_footer_translated(kind):
    subject, text, page = render(kind, VALUES, "pseudo")
    assert subject.startswith("[") and subject.endswith("]"), subject
    for paragraph in text.split("\n\n"):
        assert paragraph.startswith("[") and paragraph.rstrip().endswith("]"), paragraph
    assert "Please do not reply" not in page and "Ƥŀḗȧşḗ ḓǿ ƞǿŧ řḗƥŀẏ" in page
    assert "$" not in text  # every placeholder kept through the translation and filled


def test_the_current_language_renders_when_none_is_named_and_english_is_unchanged():
    english = render("request_received", VALUES, "en")
    assert render("request_received", VALUES) == english
    assert "1 April 2026" in english[1] and '<html lang="en">' in english[2]
    with i18n.use("pseudo"):
        assert render("request_received", VALUES)[0].startswith("[")


def test_dates_in_an_email_are_written_in_its_language():
    assert "1 April 2026" in render("request_received", VALUES, "en")[1]
    assert "1. April 2026" in render("request_received", VALUES, "de")[1]
    assert "1\u00a0апреля 2026\u202fг." in render("request_received", VALUES, "ru")[1]
    assert '<html lang="de">' in render("request_received", VALUES, "de")[2]

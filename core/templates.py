"""Email templates from resources/emails: plain text with a Subject line, wrapped in HTML.

The templates are the English source. An email is rendered in one language (its
recipient's, core.notify): the subject and each paragraph translated with gettext as a
whole (scripts/i18n.py extracts them so), the layout's footer too, dates (values that are
datetimes) as that language writes them; all of it made once per (kind, language).
"""

from __future__ import annotations

import html
from datetime import date, datetime
from functools import cache, lru_cache
from string import Template

from core import i18n
from core.assets import resource
from core.i18n import N_

TEMPLATES = resource("emails")  # core.assets: importlib.resources, checkout or installed
KINDS = ("request_received", "impending_deletion", "cancellation", "cancellation_admin",
         "profile_deleted", "portal_deleted", "network_profile_deleted")
_P = '<p style="margin:0 0 14px 0;">'
# The layout's own sentence (resources/emails/layout.html), translated where it stands.
FOOTER = N_("This is an automatic message from Bitrix24 (simulated). Please do not reply.")


def format_date(when: datetime) -> str:
    """A date as a sentence says it, in the current language (``2 March 2026``)."""
    return i18n.format_day(when)


def format_datetime(when: datetime) -> str:
    """A date and time (simulated UTC) in the current language: ``2 March 2026, 09:00 UTC``."""
    language = i18n.current()
    if language in (i18n.SOURCE, i18n.PSEUDO):
        text = f"{i18n.english_day(when)}, {when:%H:%M} UTC"
        return i18n.pseudo(text) if language == i18n.PSEUDO else text
    return f"{i18n.format_day(when)}, {when:%H:%M} UTC"


# A batch writes each person's and Bitrix24's values into several emails (and days into
# most): escaping each value once is a dict lookup for the others.
_escape = lru_cache(maxsize=16384)(html.escape)


@lru_cache(maxsize=4096)
def _day(day: date, language: str) -> str:
    return i18n.format_day(datetime(day.year, day.month, day.day), language)


def _value(value, language: str) -> str:
    """A context value as the email writes it: a datetime as a day in ``language``."""
    if isinstance(value, datetime):
        return _day(value.date(), language)
    return str(value)


@cache
def _source(kind: str) -> tuple[str, str]:
    raw = (TEMPLATES / f"{kind}.txt").read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    return first.removeprefix("Subject:").strip(), body.strip()


@cache
def _template(kind: str, language: str = i18n.SOURCE) -> tuple[Template, Template]:
    """The subject and body of ``kind`` in ``language``: the subject and each paragraph (text
    between blank lines) translated whole, as scripts/i18n.py extracts them."""
    subject, body = _source(kind)
    if language == i18n.SOURCE:
        return Template(subject), Template(body)
    with i18n.use(language):
        paragraphs = [i18n.gettext(p.strip()) if p.strip() else p for p in body.split("\n\n")]
        return Template(i18n.gettext(subject)), Template("\n\n".join(paragraphs))


@cache
def _layout(language: str = i18n.SOURCE) -> Template:
    text = (TEMPLATES / "layout.html").read_text(encoding="utf-8")
    if language != i18n.SOURCE:
        with i18n.use(language):
            footer = i18n.gettext(FOOTER)
        tag = "en" if language == i18n.PSEUDO else language
        text = text.replace(FOOTER, html.escape(footer, quote=False)).replace(
            '<html lang="en">', f'<html lang="{tag}">')
    return Template(text)


def _one_line(value: str) -> str:
    """Header-safe: no CR/LF or other control characters in anything that reaches a subject."""
    if not value.isprintable():  # the character loop only when there is something to drop
        value = "".join(ch if ch.isprintable() else " " for ch in value)
    return " ".join(value.split())


def _paragraphs(text: str) -> str:
    """Blank lines make paragraphs, single newlines line breaks."""
    return "\n".join(f"{_P}{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))


def _split(t: Template, fields=None, transform=lambda s: s) -> tuple[list[str], list[str]]:
    """``t`` as the literal text between its placeholders (``transform`` applied) and the
    keys of those placeholders, so that joining them with the values gives what
    ``t.safe_substitute`` gives for a mapping with every key (``fields``: only those)."""
    literals, keys, literal, pos = [], [], [], 0
    for mo in t.pattern.finditer(t.template):
        literal.append(t.template[pos:mo.start()])
        pos = mo.end()
        key = mo.group("named") or mo.group("braced")
        if mo.group("escaped") is not None:
            literal.append(t.delimiter)
        elif key is not None and (fields is None or key in fields):
            literals.append(transform("".join(literal)))
            keys.append(key)
            literal = []
        else:
            literal.append(mo.group())
    literal.append(t.template[pos:])
    literals.append(transform("".join(literal)))
    return literals, keys


def _pattern(literals: list[str], keys: list[str]) -> str:
    """The same as a str.format pattern."""
    out = [literals[0].replace("{", "{{").replace("}", "}}")]
    for key, literal in zip(keys, literals[1:], strict=True):
        out.append("{" + key + "}" + literal.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def _html_literal(text: str) -> str:
    return text.replace("\n\n", "\0").replace("\n", "<br>").replace("\0", f"</p>\n{_P}")


@cache
def _compiled(kind: str, language: str = i18n.SOURCE):
    """Per kind and language, made once: the subject, text and HTML paragraphs as str.format
    patterns (the HTML one with the paragraph markup of the text between placeholders
    already in place) and the keys each reads; the layout as its pieces (literal, key,
    literal, ...), quicker to join than a long pattern is to format."""
    subject_t, body_t = _template(kind, language)
    subject_keys, body_keys = _split(subject_t)[1], _split(body_t)[1]
    literals, keys = _split(_layout(language), {"subject", "body"})
    page = [literals[0]]
    for key, literal in zip(keys, literals[1:], strict=True):
        page += (key, literal)
    return (_pattern(*_split(subject_t)), tuple(dict.fromkeys(subject_keys)),
            _pattern(*_split(body_t)), tuple(dict.fromkeys(body_keys)),
            f"{_P}{_pattern(*_split(body_t, None, _html_literal))}</p>", tuple(page),
            frozenset(subject_keys + body_keys))


def render(kind: str, context: dict, language: str | None = None) -> tuple[str, str, str]:
    """(subject, plain text, HTML) for a notice in ``language`` (None: the current one).
    User text is escaped in the HTML part; datetime values are written as days.

    Byte for byte what substituting the templates does (``_render_by_substitution``), with
    each template split once: the substitution itself is taken when a placeholder has no
    value (it stays as written) or a value is empty or holds a newline (it would change
    the paragraphs)."""
    language = language or i18n.current()
    subject_f, subject_keys, text_f, body_keys, html_f, page_f, needed = _compiled(kind,
                                                                                   language)
    if not needed <= context.keys():
        return _render_by_substitution(kind, context, language)
    safe = {k: _value(context[k], language) for k in needed}
    subject = _one_line(subject_f.format_map({k: _one_line(safe[k]) for k in subject_keys}))
    text = text_f.format_map(safe)
    if all(safe[k] and "\n" not in safe[k] for k in body_keys):
        body_html = html_f.format_map({k: _escape(safe[k]) for k in body_keys})
    else:
        body_html = _paragraphs(_template(kind, language)[1].safe_substitute(
            {k: html.escape(v) for k, v in safe.items()}))
    fill = {"subject": _escape(subject), "body": body_html}
    page = list(page_f)
    page[1::2] = [fill[key] for key in page_f[1::2]]
    return subject[:400], text, "".join(page)


def _render_by_substitution(kind: str, context: dict,
                            language: str = i18n.SOURCE) -> tuple[str, str, str]:
    subject_t, body_t = _template(kind, language)
    safe = {k: _value(v, language) for k, v in context.items()}
    subject = _one_line(subject_t.safe_substitute({k: _one_line(v) for k, v in safe.items()}))
    text = body_t.safe_substitute(safe)
    escaped = {k: html.escape(v) for k, v in safe.items()}
    page = _layout(language).safe_substitute(subject=html.escape(subject),
                                     body=_paragraphs(body_t.safe_substitute(escaped)))
    return subject[:400], text, page

"""Languages: which ones there are, who speaks which, and the core's own catalogue.

Five languages (``LANGUAGES``) and ``pseudo``, a made-up one for finding strings nobody
translated: every text accented, bracketed and about 40% longer, so a hard-coded English
string stands out on a screen at a glance, and a text that only fits in English is cut.

The core (Qt-free: the emails, the console's words for codes, the story's captions, the
refusals of core.services) translates with GNU gettext: English source strings marked with
``_()`` / ``N_()`` / ``ngettext()``, one ``resources/i18n/<lang>.po`` catalogue per
language, compiled by Babel to ``.mo`` and read by the standard library's ``gettext``.
Dates and plurals follow CLDR through Babel. The GUI's own strings use Qt's system
(gui/i18n.py, ``.ts``/``.qm``); scripts/i18n.py keeps both catalogues current.

Which language a string is in comes from the **current language** (a context variable):
``with use("de"): ...`` around what one phone shows or one email says, ``set_default`` for
the process (``--lang``, the system locale). Code that renders text reads ``current()``;
nothing passes a language through every call.
"""

from __future__ import annotations

import gettext as _gettext
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from functools import cache

from core.assets import resource

LANGUAGES: tuple[str, ...] = ("en", "de", "es", "pt-BR", "ru")
PSEUDO = "pseudo"
SOURCE = "en"  # the language the code is written in
# Each language in its own words (the console's switch, the Sign in screen's footer).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "pt-BR": "Português (Brasil)",
    "ru": "Русский",
    PSEUDO: "[Ƥšéûðö]",
}
CATALOGUES = resource("i18n")


class LanguageError(ValueError):
    """A language that is not one of the five; the message names them."""


def known_languages() -> str:
    return ", ".join(LANGUAGES)


def parse_language(value: object, where: str = "language") -> str:
    """``value`` as one of LANGUAGES (or ``pseudo``), forgiving case and ``_`` for ``-``
    (``pt_br``, ``PT-BR``); a bare ``pt`` is Brazilian Portuguese, the one Bitrix24 ships.
    Raises LanguageError naming the five."""
    text = str(value).strip().replace("_", "-") if value is not None else ""
    lowered = text.lower()
    for lang in (*LANGUAGES, PSEUDO):
        if lowered == lang.lower():
            return lang
    if lowered in ("pt", "pt-br"):
        return "pt-BR"
    raise LanguageError(f"{where} {text!r} is not one of the app's languages; "
                        f"write one of {known_languages()} (or {PSEUDO} to find untranslated "
                        "text).")


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language of the system locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE, as gettext
    reads them), if it is one of the five; else English."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if not value or value in ("C", "POSIX") or value.startswith("C."):
            continue
        for part in value.split(":"):
            code = part.split(".")[0].split("@")[0]
            try:
                return parse_language(code)
            except LanguageError:
                try:
                    return parse_language(code.split("_")[0].split("-")[0])
                except LanguageError:
                    continue
        break
    return SOURCE


# ---------------------------------------------------------------- the current language

_default = {"language": SOURCE}
_current: ContextVar[str | None] = ContextVar("b24sim_language", default=None)


def current() -> str:
    """The language texts are made in now."""
    return _current.get() or _default["language"]


def default() -> str:
    """The process's language (``set_default``), whatever ``use`` says now: a phone asks
    for it while another phone's texts are being made."""
    return _default["language"]


def set_default(language: str) -> None:
    """The process's language where no ``use`` says otherwise (``--lang``, the locale)."""
    _default["language"] = parse_language(language)


@contextmanager
def use(language: str | None) -> Iterator[str]:
    """Texts made inside are in ``language`` (None: as they are)."""
    if language is None:
        yield current()
        return
    token = _current.set(parse_language(language))
    try:
        yield current()
    finally:
        _current.reset(token)


# ---------------------------------------------------------------- the catalogue

def babel_locale(language: str | None = None) -> str:
    """Babel's (CLDR's) name for the language: ``pt_BR``; pseudo dates are English ones."""
    lang = language or current()
    return "en" if lang == PSEUDO else lang.replace("-", "_")


def catalogue_name(language: str) -> str:
    """The file stem of a language's catalogues: ``pt_BR``, ``de``, ``pseudo``."""
    return language.replace("-", "_")


class _Pseudo(_gettext.NullTranslations):
    """The pseudo-language, made from the English source as it is asked for."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)


@cache
def _translations(language: str) -> _gettext.NullTranslations:
    if language == SOURCE:
        return _gettext.NullTranslations()
    if language == PSEUDO:
        return _Pseudo()
    path = CATALOGUES / f"{catalogue_name(language)}.mo"
    try:
        with path.open("rb") as fh:
            return _gettext.GNUTranslations(fh)
    except FileNotFoundError:  # not built: English, and the test of the catalogues fails
        return _gettext.NullTranslations()


def gettext(message: str) -> str:
    """``message`` (English) in the current language."""
    return _translations(current()).gettext(message)


_ = gettext


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for ``n`` in the current language (Russian has three), not yet formatted:
    ``ngettext("%(n)d day", "%(n)d days", n) % {"n": n}``."""
    return _translations(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language where the same English word means two things
    (``pgettext("status", "Pending")``)."""
    return _translations(current()).pgettext(context, message)


def flow_text(text: str) -> str:
    """A bundled flow's own words (a step's ``label``, the flow's ``name``) in the current
    language: the demo's captions, the storyboard's titles. scripts/i18n.py reads them from
    resources/flows into the catalogue (context ``flow``); a flow of one's own has no
    entry there and is shown as written."""
    return pgettext("flow", text) if text else text


def N_(message: str) -> str:  # noqa: N802 (gettext's own name for it)
    """Marks ``message`` for the catalogue without translating it (tables of English words
    translated where they are shown)."""
    return message


# ---------------------------------------------------------------- dates

# English names, not strftime's: %B follows the C library's locale, which Qt sets from the
# system's (a German system would write "2 März 2026" for English, and into stored texts).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def english_day(when: datetime, short: bool = False) -> str:
    """``2 March 2026`` (``2 Mar 2026``), whatever the C library's locale."""
    month = MONTHS[when.month - 1]
    return f"{when.day} {month[:3] if short else month} {when.year:04d}"


def format_day(when: datetime, language: str | None = None) -> str:
    """A date as a sentence says it: ``2 March 2026``, ``2. März 2026``, ``2 марта 2026 г.``"""
    lang = language or current()
    if lang in (SOURCE, PSEUDO):
        text = english_day(when)
        return pseudo(text) if lang == PSEUDO else text
    from babel.dates import format_date

    return typeset(format_date(when, "long", locale=babel_locale(lang)), lang)


def format_short_day(when: datetime, language: str | None = None) -> str:
    """A date in a table: ``2 Mar 2026``, ``02.03.2026``, ``2 mar 2026``."""
    lang = language or current()
    if lang in (SOURCE, PSEUDO):
        text = english_day(when, short=True)
        return pseudo(text) if lang == PSEUDO else text
    from babel.dates import format_date

    return typeset(format_date(when, "medium", locale=babel_locale(lang)), lang)


# Russian typography keeps a day's number with its month (2\u00a0марта) and the year with
# «г.» (2026\u202fг.): CLDR gives the second (a narrow no-break space), not the first.
_RU_DAY_MONTH = re.compile(r"(\d) (?=[а-яё])")
_RU_YEAR_MARK = re.compile(r"(\d)[ \u00a0](?=г\.)")


def typeset(text: str, language: str) -> str:
    """A date as ``language``'s typography wants it where a line may wrap: in Russian no
    break between day and month (``2\u00a0марта``) or before «г.» (the feed's card wrapped
    "1 / апреля")."""
    if language != "ru":
        return text
    return _RU_YEAR_MARK.sub("\\1\u202f", _RU_DAY_MONTH.sub("\\1\u00a0", text))


# A weekday and a day of the month, as a phone's home and lock screen show them (CLDR has
# no such format of its own: its full date without the year).
_WEEKDAY_DAY = {"de": "EEEE, d. MMMM", "es": "EEEE, d 'de' MMMM", "pt-BR": "EEEE, d 'de' MMMM",
                "ru": "EEEE, d MMMM"}


def format_weekday_day(when: datetime, language: str | None = None) -> str:
    """A weekday and a day: ``Monday, 2 March``, ``Montag, 2. März``, ``понедельник, 2 марта``."""
    lang = language or current()
    if lang not in _WEEKDAY_DAY:
        text = f"{WEEKDAYS[when.weekday()]}, {when.day} {MONTHS[when.month - 1]}"
        return pseudo(text) if lang == PSEUDO else text
    from babel.dates import format_date

    text = typeset(format_date(when, _WEEKDAY_DAY[lang], locale=babel_locale(lang)), lang)
    # It opens a title (the feed's, the lock screen's): capitalised, as iOS writes
    # "Понедельник, 2 марта" and "Lunes, 2 de marzo" there (CLDR's weekdays are lower case).
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- pseudo

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧūṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŪṼẆẊẎẐ")
# Left as they are: placeholders of every kind the catalogues use ($name, ${name}, {name},
# %(name)s, %n, %1) and HTML tags.
_KEEP = re.compile(r"\$\{?\w+\}?|\{\w*\}|%\(\w+\)[sd]|%[nd1-9s]|<[^>]+>|&\w+;")


def pseudo(text: str) -> str:
    """``text`` in the pseudo-language: accented, about 40% longer, in brackets, every
    placeholder kept, so untranslated text and text that does not fit show at a glance."""
    if not text:
        return text
    out, pos = [], 0
    for mo in _KEEP.finditer(text):
        out.append(text[pos:mo.start()].translate(_ACCENTED))
        out.append(mo.group(0))
        pos = mo.end()
    out.append(text[pos:].translate(_ACCENTED))
    body = "".join(out)
    letters = sum(ch.isalpha() for ch in text)
    extra = max(1, round(letters * 0.4)) if letters else 0
    # In words of up to five, so that a long text still wraps where a translation would.
    padding = " ".join("~" * min(5, extra - i) for i in range(0, extra, 5))
    return f"[{body}{' ' if padding and ' ' in text else ''}{padding}]"

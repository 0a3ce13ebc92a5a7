"""A flow's English words as a phone in another language shows them (no Qt).

The bundled flows are written in English and run in all five languages (``main.py test
--lang de``). There a text selector matches what it always matched (a flow's texts may also be
written in the run's language) and, besides, the text's translations into the run's
language: each one the GUI's catalogues give it (resources/i18n/gui_<lang>.ts, any context),
the core's catalogue's and, in the pseudo-language, its pseudo form. A text made from parts
(``Dismissed · Head of Sales``) or a pattern (``.*30 days.*``) has no translation of its own:
a selector that names an ``id`` as well is then decided by the id (gui/flows/selectors.py).
A text that is a catalogue message with its placeholders filled (``Anna Petrova has cancelled
their account deletion in Acme.`` from ``%(name)s has cancelled their account deletion in
%(portal)s.``) matches that message's translation filled with the same values.
docs/flows.md ("Flows in any language") says the same for flow writers.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache, lru_cache

from core import i18n

_DROPPED = ("obsolete", "vanished")  # lrelease leaves these out; "unfinished" ones it keeps


@cache
def _gui_catalogue(language: str) -> dict[str, frozenset[str]]:
    """Source text -> its translations in the GUI's catalogue of ``language``, any context."""
    path = i18n.CATALOGUES / f"gui_{i18n.catalogue_name(language)}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[str, set[str]] = {}
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if not source or translation is None or translation.get("type") in _DROPPED:
            continue
        texts = [translation.text] if translation.text and translation.text.strip() else [
            form.text for form in translation.findall("numerusform") if form.text]
        found.setdefault(source, set()).update(t for t in texts if t and t != source)
    return {source: frozenset(texts) for source, texts in found.items() if texts}


# A message's placeholders, as the GUI ({name}, Qt's %n) and the core (%(name)s, $name) write
# them; each is filled with the same value in the message and in its translation.
_PLACEHOLDER = re.compile(r"\{(\w+)\}|%\((\w+)\)[sd]|%(n)\b|\$\{?(\w+)\}?")

# What makes a text a regular expression rather than a sentence ("." ends sentences, and
# brackets hold counts: "Notifications (2)").
_PATTERN_MARKS = set("\\*+?[]{}|^$")


def _name(mo: re.Match) -> str:
    return next(g for g in mo.groups() if g)


@cache
def _core_catalogue(language: str) -> dict[str, frozenset[str]]:
    """msgid -> its translations in the core's catalogue (both forms of a plural); in
    pseudo, every msgid (translated or not in German: all the core has) to itself."""
    from babel.messages.pofile import read_po  # only for a run in another language (~14 ms)

    path = i18n.CATALOGUES / f"{i18n.catalogue_name('de' if language == i18n.PSEUDO else language)}.po"
    try:
        with path.open("rb") as fh:
            catalogue = read_po(fh)
    except (OSError, ValueError):
        return {}
    found: dict[str, set[str]] = {}
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        for msgid in ids:
            if language == i18n.PSEUDO:
                found.setdefault(msgid, set()).add(msgid)
            else:
                found.setdefault(msgid, set()).update(t for t in texts if t and t != msgid)
    return {msgid: frozenset(texts) for msgid, texts in found.items() if texts}


@cache
def _gui_sources() -> frozenset[str]:
    """Every source text of the GUI's catalogues (the pseudo-language translates them all)."""
    try:
        root = ET.parse(i18n.CATALOGUES / "gui_de.ts").getroot()
    except (OSError, ET.ParseError):
        return frozenset()
    return frozenset(s for m in root.iter("message") if (s := m.findtext("source")))


@cache
def _templates(language: str) -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """(the message as a pattern, a group per placeholder; its translations) for every
    message with a placeholder and words of its own."""
    if language == i18n.PSEUDO:
        messages = {source: frozenset({source}) for source in _gui_sources()}
        messages.update(_core_catalogue(language))
    else:
        messages = dict(_gui_catalogue(language))
        for msgid, texts in _core_catalogue(language).items():
            messages[msgid] = messages.get(msgid, frozenset()) | texts
    out = []
    for msgid, texts in messages.items():
        parts, pos, seen = [], 0, set()
        for mo in _PLACEHOLDER.finditer(msgid):
            parts.append(re.escape(msgid[pos:mo.start()]))
            name = _name(mo)
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
            pos = mo.end()
        if not seen or not any(ch.isalpha() for ch in _PLACEHOLDER.sub("", msgid)):
            continue
        parts.append(re.escape(msgid[pos:]))
        out.append((re.compile("".join(parts), re.DOTALL), texts))
    return tuple(out)


def _fill(text: str, values: dict[str, str]) -> str | None:
    """``text`` with each placeholder replaced by its value; None if one has no value."""
    missing = False

    def value(mo: re.Match) -> str:
        nonlocal missing
        name = _name(mo)
        if name not in values:
            missing = True
            return ""
        return values[name]

    filled = _PLACEHOLDER.sub(value, text)
    return None if missing else filled


def filled(text: str, language: str) -> frozenset[str]:
    """What ``text``, a message with its placeholders filled, reads as in ``language``: each
    translation of each message it is, filled with the same values. Only a plain text: a
    pattern (``.*Eva Novak has requested.*``) is no message's words (its id decides)."""
    if _PATTERN_MARKS & set(text):
        return frozenset()
    found = set()
    for pattern, texts in _templates(language):
        mo = pattern.fullmatch(text)
        if mo is None:
            continue
        values = mo.groupdict()
        for translation in texts:
            if language == i18n.PSEUDO:
                translation = i18n.pseudo(translation)
            done = _fill(translation, values)
            if done is not None:
                found.add(done)
    return frozenset(found)


@lru_cache(maxsize=4096)
def translations(text: str, language: str) -> frozenset[str]:
    """What ``text`` (English) reads as in ``language``: none in English, or where no
    catalogue has it; a message with its placeholders filled reads as its translation
    filled alike."""
    if language == i18n.SOURCE:
        return frozenset()
    return _as_message(text, language) | filled(text, language)


def _as_message(text: str, language: str) -> frozenset[str]:
    """``text``'s translations as a message of its own (no placeholder filled)."""
    if language == i18n.PSEUDO:
        return frozenset({i18n.pseudo(text)})
    found = set(_gui_catalogue(language).get(text, ()))
    with i18n.use(language):
        core = i18n.gettext(text)
    if core != text:
        found.add(core)
    return frozenset(found)


@lru_cache(maxsize=4096)
def has_translation(text: str, language: str) -> bool:
    """Whether ``text`` is itself a message the catalogues translate into ``language``: then
    a selector checks it and never leaves it to an id (in pseudo every message is). A
    message with its placeholders filled is not: a value in it may be a date or a word that
    is translated apart (``Active · to be deleted on 1 April 2026``), so where no element
    shows its filled translation, an id still decides."""
    if language == i18n.SOURCE:
        return False
    if language == i18n.PSEUDO:
        return text in _gui_sources() or text in _core_catalogue(language)
    return bool(_as_message(text, language))

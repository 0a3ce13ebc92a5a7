"""A flow's English words as a phone in another language shows them (no Qt).

The bundled flows are written in English and run in all five languages (``main.py test
--lang de``). There a text selector matches what it always matched (a flow's texts may also be
written in the run's language) and, besides, the text's translations into the run's
language: each one the GUI's catalogues give it (resources/i18n/gui_<lang>.ts, any context),
the core's catalogue's and, in the pseudo-language, its pseudo form. A text made from parts
(``Dismissed · Head of Sales``) or a pattern (``.*30 days.*``) has no translation of its own:
a selector that names an ``id`` as well is then decided by the id (gui/flows/selectors.py).
docs/flows.md ("Flows in any language") says the same for flow writers.
"""

from __future__ import annotations

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
        texts = [translation.text] if translation.text else [
            form.text for form in translation.findall("numerusform") if form.text]
        found.setdefault(source, set()).update(t for t in texts if t and t != source)
    return {source: frozenset(texts) for source, texts in found.items() if texts}


@lru_cache(maxsize=4096)
def translations(text: str, language: str) -> frozenset[str]:
    """What ``text`` (English) reads as in ``language``: none in English, or where no
    catalogue has it."""
    if language == i18n.SOURCE:
        return frozenset()
    if language == i18n.PSEUDO:
        return frozenset({i18n.pseudo(text)})
    found = set(_gui_catalogue(language).get(text, ()))
    with i18n.use(language):
        core = i18n.gettext(text)
    if core != text:
        found.add(core)
    return frozenset(found)

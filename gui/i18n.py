"""The GUI's strings in five languages, with Qt's own system: ``.ts`` catalogues made by
``pyside6-lupdate`` from the code, compiled to ``.qm`` by ``pyside6-lrelease``
(resources/i18n/gui_<lang>.ts and .qm; scripts/i18n.py runs both, a test checks that the
committed ``.qm`` files are current).

Two ways to mark a string, both read by lupdate:

- in a phone screen or sheet (gui/phone/screens/), ``self.tr("Send request")``: the context
  is the class, the language the phone's (``Screen.language``, fixed when the phone built
  the screen; a phone whose language changes builds its screens again);
- everywhere else, ``translate("Console", "Requests")``: the language is the current one
  (core.i18n.current(): the console's, or the phone's while a phone builds and shows).

Plurals pass ``n`` (``translate("Console", "%n requests", None, n)``); Russian has three forms.
Qt's translators are used one by one, not installed into the application, so two phones in
two languages can be on screen at once. The pseudo-language is made from the source text.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale, QTranslator

from core import i18n

CATALOGUES = i18n.CATALOGUES


@cache
def translator(language: str) -> QTranslator | None:
    """The compiled catalogue of ``language`` (English has one for its plural forms)."""
    if language == i18n.PSEUDO:
        return None
    path = CATALOGUES / f"gui_{i18n.catalogue_name(language)}.qm"
    qt = QTranslator()
    if not path.is_file() or not qt.load(str(path)):
        return None  # not built: the source text, and the test of the catalogues fails
    return qt


def _number(n: int, language: str) -> str:
    return QLocale(i18n.babel_locale(language)).toString(n)


def lookup(contexts: tuple[str, ...], text: str, disambiguation: str | None, n: int,
           language: str) -> str:
    """``text`` of the first of ``contexts`` that has it, in ``language``; the source text
    where none has (English, or not translated yet)."""
    if language == i18n.PSEUDO:
        out = i18n.pseudo(text)
    else:
        out = ""
        qt = translator(language)
        if qt is not None:
            for context in contexts:
                out = qt.translate(context, text, disambiguation, n)
                if out:
                    break
        out = out or text
    if n >= 0:
        out = out.replace("%n", _number(n, language))
    return out


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1,
              language: str | None = None) -> str:
    """``text`` (English) in ``language`` (default: the current one)."""
    return lookup((context,), text, disambiguation, n, language or i18n.current())


class Translated:
    """A widget whose ``self.tr`` speaks its own language (``self.language``, taken when it
    is built) with its class as the context, as lupdate reads ``self.tr`` calls; a base
    class's strings are found under the base class's name."""

    language: str = i18n.SOURCE

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        contexts = _contexts(type(self))
        return lookup(contexts, text, disambiguation, n, self.language)


@cache
def _contexts(cls: type) -> tuple[str, ...]:
    return tuple(k.__name__ for k in cls.__mro__
                 if k.__module__.startswith("gui.") and k is not Translated)

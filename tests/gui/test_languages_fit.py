"""Every screen of the phone, in every language: no text left in English, none cut.

The tour of tests/gui/phone_tour.py visits every screen and sheet; at each stop every visible
label, button and placeholder of the phone is checked:

- **untranslated**: in the pseudo-language every string the app makes is accented and
  bracketed (core/i18n.py), so a word of plain English letters that is not the world's data
  (names, addresses, what the tour typed) is a string nobody marked for translation; in the
  five languages, a text that is exactly an English source string with a different
  translation in that language's catalogue was shown untranslated;
- **cut**, in the five languages: a one-line text wider than its widget, a wrapped text
  taller than its widget, a button narrower than its text, a row title or bar title elided
  with "…" (laid out first: the check runs after pending events). The pseudo-language is
  longer than any of them on purpose: it shows what would not fit, its check is the first.

A planted English label must be reported, so the check itself is tested.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select

from core import i18n
from core import models as m
from tests.gui.phone_tour import tour

LANGS = [*i18n.LANGUAGES, i18n.PSEUDO]
# Words that are the same in every language: brands and the tour's typed text.
KEPT = {"Bitrix", "Google", "Apple", "Office", "Microsoft", "iPhone", "Android", "ID", "OK",
        "UTC", "Safari", "Chrome", "am", "pm", "AM", "PM",
        "aA"}  # Safari's reader button, a glyph in every language
TYPED = ("I am leaving the company", "cancel profile deletion", "Closing the studio",
         "carla@gmail.example", "anna@acme.example", "eva@bloom.example")
WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def language(request):
    """The app's language for the phone the test builds (set before the phone fixture)."""
    before = i18n.current()
    i18n.set_default(request.param)
    yield request.param
    i18n.set_default(before)


def _data_words(controller) -> set[str]:
    def read(uow):
        s = uow.session
        texts = []
        for column in (m.NetworkProfile.name, m.NetworkProfile.email,
                       m.NetworkProfile.position, m.Portal.name, m.Portal.address):
            texts += s.scalars(select(column))
        return texts

    words = {w.lower() for w in KEPT}
    texts = controller.read(read)
    for text in [*texts, *TYPED]:
        words.update(w.lower() for w in WORD.findall(text or ""))
    for name in texts:  # avatars show initials
        parts = (name or "").split()
        if len(parts) >= 2:
            words.add((parts[0][0] + parts[-1][0]).lower())
    return words


def _english_sources(lang: str) -> set[str]:
    """English strings that the language's catalogues translate to something else."""
    if lang in (i18n.SOURCE, i18n.PSEUDO):
        return set()
    out = set()
    tree = ET.parse(i18n.CATALOGUES / f"gui_{i18n.catalogue_name(lang)}.ts")
    for msg in tree.iter("message"):
        source, text = msg.findtext("source") or "", msg.findtext("translation") or ""
        if text and text != source and "%" not in source and "{" not in source:
            out.add(source)
    with (i18n.CATALOGUES / f"{i18n.catalogue_name(lang)}.po").open("rb") as fh:
        for msg in read_po(fh):
            if isinstance(msg.id, str) and msg.string and msg.string != msg.id and not any(
                    c in msg.id for c in "%${"):
                out.add(msg.id)
    return out


def _shown_text(w: QWidget) -> str:
    if isinstance(w, QLineEdit):
        return w.text() or w.placeholderText()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText() or w.placeholderText()
    if isinstance(w, QLabel):
        return "" if w.textFormat() == Qt.TextFormat.RichText else w.text()
    if isinstance(w, QAbstractButton):
        return w.text()
    return ""


def _cut(w: QWidget, text: str) -> str | None:
    """Why ``text`` does not fit ``w``, or None."""
    if isinstance(w, QLabel):
        room = w.contentsRect()
        fm = w.fontMetrics()
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 2:
                return f"needs {need} px of height, has {w.height()}"
        else:
            widest = max(fm.horizontalAdvance(line) for line in text.split("\n"))
            if widest > room.width() + 2:
                return f"needs {widest} px of width, has {room.width()}"
    elif isinstance(w, QAbstractButton) and text:
        widest = w.fontMetrics().horizontalAdvance(text.replace("&", ""))
        if widest > w.width():
            return f"needs {widest} px of width, has {w.width()}"
    elif isinstance(w, QLineEdit) and not w.text() and w.placeholderText():
        widest = w.fontMetrics().horizontalAdvance(text)
        if widest > w.width() - 8:
            return f"placeholder needs {widest} px, has {w.width()}"
    return None


def check_phone(phone, lang: str, data: set[str], english: set[str]) -> list[str]:
    """The problems of the texts the phone shows now."""
    QApplication.processEvents()  # layouts asked for by the last text changes
    problems = []
    for w in phone.findChildren(QWidget):
        if not w.isVisibleTo(phone) or w.width() <= 0:
            continue
        text = _shown_text(w)
        if not text.strip():
            continue
        where = f"{phone.current_screen_name()}/{w.objectName() or type(w).__name__}"
        if lang == i18n.PSEUDO:
            # A text ended in "…" (gui.phone.widgets.ElidedLabel) shows only the start of
            # its last word: that part is no word of the data, nor an untranslated one.
            whole = re.sub(r"\w*…$", "", text)
            plain = [word for word in WORD.findall(whole) if word.lower() not in data]
            if plain:
                problems.append(f"{where}: untranslated {text!r}")
        elif text in english:
            problems.append(f"{where}: shown in English {text!r}")
        if lang == i18n.PSEUDO:
            continue  # pseudo is 40% longer than any language on purpose: it shows, not fits
        full = w.full_text() if hasattr(w, "full_text") else text
        if full != text:  # gui.phone.widgets.ElidedLabel: it ends in "…" where it is cut
            problems.append(f"{where}: cut (elided) {full!r} shown as {text!r}")
        elif (why := _cut(w, text)) is not None:
            problems.append(f"{where}: cut ({why}) {text!r}")
    return problems


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_every_screen_shows_its_language_and_every_text_fits(language, drive, controller):
    data, english = _data_words(controller), _english_sources(language)
    problems: list[str] = []

    def shoot(name: str) -> None:
        for problem in check_phone(drive.phone, language, data, english):
            if problem not in problems:
                problems.append(problem)

    tour(drive, controller, shoot)
    assert not problems, f"{len(problems)} in {language}:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("language", [i18n.PSEUDO], indirect=True)
def test_a_planted_english_string_is_found(language, drive, controller):
    screen = drive.phone.current_screen()
    planted = QLabel("Planted English words", screen)
    planted.setObjectName("planted")
    planted.show()
    problems = check_phone(drive.phone, language, _data_words(controller), set())
    assert any("planted" in p and "untranslated" in p for p in problems), problems
    planted.setText("Ƥŀȧƞŧḗḓ ẇǿřḓş, a text that cannot fit in this narrow label")
    planted.setFixedWidth(40)
    problems = check_phone(drive.phone, "de", _data_words(controller), set())
    assert any("planted" in p and "cut" in p for p in problems), problems

"""The storyboard's own notes and the titles made from commands, in the run's language (a
repeat's "ran 2 times", a retry's attempt, the phone an onDevice step ran on, evalScript's
and assertTrue's titles, a tap on an id named by the words on the control), while JUnit's
and --debug-output's messages stay English; Russian counts with its three forms."""

from __future__ import annotations

import re

import pytest

from core import i18n
from gui.counts import STORYBOARD
from gui.flows.parser import parse_flow
from gui.flows.report import write_storyboard
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker

FLOW = """
name: Notes of control commands
---
- launchApp
- evalScript: ${output.n = 0}
- repeat:
    times: 2
    commands:
      - evalScript: ${output.n = output.n + 1}
- retry:
    maxRetries: 1
    commands:
      - assertVisible: {id: profile_photo}
- assertTrue: ${output.n == 2}
- tapOn: {id: profile_photo}
- onDevice:
    person: boris
    commands:
      - assertVisible: {id: feed_date}
"""


@pytest.fixture
def german():
    before = i18n.default()
    i18n.set_default("de")
    yield
    i18n.set_default(before)


def test_a_german_storyboard_says_its_notes_and_titles_in_german(german, write_flow, tmp_path,
                                                                 qapp):
    folder = tmp_path / "board"
    artifacts = Artifacts(folder, storyboard=True)
    stores = StoreMaker()
    try:
        result = FlowRunner(parse_flow(write_flow("notes.yaml", FLOW)), stores, artifacts,
                            number=1).run()
    finally:
        artifacts.flush()
        stores.close()
    assert result.passed, result.failure
    page = write_storyboard([result], folder).read_text(encoding="utf-8")
    for german_words in ("2 Durchläufe", "beim 1. von 2 Versuchen bestanden",
                         "auf dem zweiten Telefon (Boris Ivanov)", "2-mal wiederholen",
                         "Bei einem Fehler bis zu 1-mal wiederholen",
                         "Skript: output.n = 0", "Prüfen: output.n == 2",
                         "Auf dem zweiten Telefon (boris)",
                         "Auf Profilbild tippen"):  # the photo's name, not the id's words
        assert german_words in page, german_words
    titles = " | ".join(re.findall(r"<span class='title'>(.*?)</span>", page))
    for english in ("evalScript", "repeat", "retry", "assertTrue", "onDevice"):
        assert english not in titles, (english, titles)  # a command as written is detail
    for english in ("ran 2 times", "passed at attempt", "on the second phone"):
        assert english not in page, english
    messages = {s.command.name: s.message for s in result.steps}
    assert messages["repeat"] == "ran 2 times"  # JUnit and --debug-output stay English
    assert messages["onDevice"] == "on the second phone (Boris Ivanov)"


@pytest.mark.parametrize(("n", "said"), [(1, "выполнено 1 раз"), (3, "выполнено 3 раза"),
                                         (5, "выполнено 5 раз"), (21, "выполнено 21 раз")])
def test_a_repeat_s_note_counts_in_russian_forms(n, said):
    with i18n.use("ru"):
        assert STORYBOARD.ran(n) == said


def test_a_selector_s_english_text_is_titled_as_the_phone_shows_it():
    from gui.flows.sentences import shown_text

    with i18n.use("de"):
        assert shown_text("Request sent") == "Anfrage gesendet"
        assert shown_text(".*30 days.*") == ".*30 days.*"  # a pattern stays as written
        assert shown_text("Anna Petrova") == "Anna Petrova"  # the world's data too
    assert shown_text("Request sent") == "Request sent"

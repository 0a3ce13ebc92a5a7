"""Flows in any language (issue 19): ``main.py test --lang LANG`` runs a flow with every
phone and the console in LANG; ``launchApp: {arguments: {language: de}}`` turns the phone to
German; a flow's English texts also match their translations, and a selector with an id is
decided by the id where its English text has no translation (docs/flows.md, "Flows in any
language"). The whole story passes in each of the five languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import i18n
from core import services as sv
from gui.flows.model import FlowError
from gui.flows.parser import parse_flow
from gui.flows.runner import LANGUAGE_ENV, Artifacts, FlowRunner, Hooks, StoreMaker
from gui.flows.selectors import Matcher, Selector, match

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "resources" / "flows" / "demo_whole_story.yaml"


# pseudo too: there every wrapped text differs from its English, so the run shows that the
# story's English texts find their translations (or are decided by their ids).
@pytest.mark.parametrize("language", (*i18n.LANGUAGES, i18n.PSEUDO))
def test_the_whole_story_passes_in_each_of_the_five_languages(main_py, tmp_path, language):
    done = main_py("test", "--lang", language, str(STORY), "--junit", str(tmp_path / "j.xml"),
                   timeout=300)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert output.rstrip().splitlines()[-1] == "1 passed, 0 failed"


def test_a_language_that_is_not_one_of_the_five_stops_the_run_naming_them(main_py):
    done = main_py("test", "--lang", "xx", str(STORY))
    assert done.returncode == 2
    assert "en, de, es, pt-BR, ru" in done.stderr
    assert "PASS" not in done.stdout


class Spy(Hooks):
    """What the phones and the console speak as the flow ends."""

    def finishing(self, runner) -> None:
        window = runner.window
        self.phone = window.phone.language
        self.screens = {s.language for s in window.phone.screens.built_screens()}
        self.stored = runner.controller.read(sv.session_view).language
        self.combo = window.console.device_card.language.currentData()

    def after(self, runner, step) -> None:
        self.current = i18n.current()  # what the console's texts are made in


def run_flow(path: Path, tmp_path: Path) -> tuple:
    stores, spy = StoreMaker(), Spy()
    try:
        result = FlowRunner(parse_flow(path), stores, Artifacts(tmp_path / "shots", False),
                            hooks=spy).run()
    finally:
        stores.close()
    return result, spy


LOG_IN = "Log in to the account you want to delete"
PROFILE = """
name: Anna asks to delete her account
---
- launchApp{arguments}
- tapOn: {{id: profile_photo}}
- scrollUntilVisible: {{element: {{id: delete_account}}}}
- tapOn: {{id: delete_account}}
- tapOn: {{id: continue}}
- assertVisible: {{text: "{text}"}}
"""


def test_launch_app_language_turns_the_phone_to_it(qapp, write_flow, tmp_path):
    flow = write_flow("de.yaml", PROFILE.format(
        arguments=": {arguments: {language: pseudo}}",
        text=i18n.pseudo(LOG_IN)))  # a text written in the flow's language
    result, spy = run_flow(flow, tmp_path)
    assert result.passed, result.steps[-1].message
    assert (spy.phone, spy.screens, spy.stored) == ("pseudo", {"pseudo"}, "pseudo")
    assert "the phone speaks pseudo" in result.steps[0].message


def test_lang_makes_the_phones_and_the_console_speak_it_and_english_texts_still_match(
        qapp, write_flow, tmp_path, monkeypatch):
    monkeypatch.setenv(LANGUAGE_ENV, "pseudo")
    flow = write_flow("en.yaml", PROFILE.format(arguments="", text=LOG_IN))
    result, spy = run_flow(flow, tmp_path)
    assert result.passed, result.steps[-1].message
    assert (spy.phone, spy.screens, spy.combo, spy.current) == (
        "pseudo", {"pseudo"}, "pseudo", "pseudo")
    assert spy.stored is None  # --lang is not stored: the world says nothing
    assert i18n.current() == "en"


def test_launch_app_language_beats_lang(qapp, write_flow, tmp_path, monkeypatch):
    monkeypatch.setenv(LANGUAGE_ENV, "pseudo")
    flow = write_flow("de.yaml", PROFILE.format(
        arguments=": {arguments: {language: en}}", text=LOG_IN))
    result, spy = run_flow(flow, tmp_path)
    assert result.passed, result.steps[-1].message
    assert spy.phone == "en"


def test_a_launch_language_that_is_not_one_of_the_five_is_refused_when_read(write_flow):
    flow = write_flow("xx.yaml", PROFILE.format(arguments=": {arguments: {language: xx}}",
                                                text="x"))
    with pytest.raises(FlowError) as caught:
        parse_flow(flow)
    assert "en, de, es, pt-BR, ru" in str(caught.value)


# ---------------------------------------------------------------- the matching rules (no Qt)


class N:
    def __init__(self, text: str = "", node_id: str = "") -> None:
        self.texts = (text,) if text else ()
        self.id = node_id
        self.kind = "widget"
        self.enabled, self.checked, self.focused, self.selected = True, None, False, False
        self.clickable = False
        self.parent = None
        self.bounds = (0, 0, 10, 10)


def found(selector: Selector, nodes: list, language: str) -> list:
    return match(selector, [nodes], Matcher(1.0, language))


def test_an_english_text_matches_its_translation_in_another_language():
    shown = N(i18n.pseudo(LOG_IN), "delete_account")
    assert found(Selector(text=LOG_IN), [shown], "pseudo") == [shown]
    assert found(Selector(text=LOG_IN), [shown], "en") == []
    written = Selector(text=i18n.pseudo(LOG_IN))  # a flow in the run's language
    assert found(written, [shown], "pseudo") == [shown]


def test_an_id_decides_where_the_english_text_has_no_translation():
    due = N("[Ŧħḗ řḗɋūḗşŧ ẇīŀŀ ƀḗ ḓḗŀḗŧḗḓ īƞ 30 ḓȧẏş]", "sent_due")
    selector = Selector(text=".*30 days.*", id="sent_due")
    assert found(selector, [due], "pseudo") == [due]
    assert found(selector, [due], "en") == []  # in English the text is checked as written
    assert found(Selector(text=".*30 days.*"), [due], "pseudo") == []  # no id: no match


def test_a_world_in_the_header_chooses_the_phone_language_and_lang_beats_it(
        qapp, write_flow, tmp_path, monkeypatch):
    world = ROOT / "resources" / "worlds" / "demo.yaml"
    header = f"world_file: {world}\nworld:\n  device: {{platform: ios, language: pseudo}}\n"
    flow = write_flow("world.yaml", header + PROFILE.format(
        arguments="", text=i18n.pseudo(LOG_IN)))
    result, spy = run_flow(flow, tmp_path)
    assert result.passed, result.steps[-1].message
    assert (spy.phone, spy.stored) == ("pseudo", "pseudo")
    monkeypatch.setenv(LANGUAGE_ENV, "de")
    result, spy = run_flow(flow, tmp_path / "de")
    assert spy.phone == "de"


CANCELLED = "%(name)s has cancelled their account deletion in %(portal)s."


def cancelled(language: str, name: str = "Anna Petrova") -> str:
    """The notice as the core writes it in ``language``."""
    with i18n.use(language):
        return i18n.gettext(CANCELLED) % {"name": name, "portal": "Acme"}


@pytest.mark.parametrize("language", ("de", "es", "pt-BR", "ru", "pseudo"))
def test_a_message_with_its_placeholders_filled_matches_its_translation_filled_alike(
        language):
    english = cancelled("en")
    shown = N(cancelled(language), "notice_text")
    assert shown.texts != (english,)
    assert found(Selector(text=english), [shown], language) == [shown]
    # Other values are another text: Boris's notice is not Anna's.
    assert found(Selector(text=cancelled("en", "Boris Ivanov")), [shown], language) == []
    assert found(Selector(text=english), [shown], "en") == []


def test_a_filled_message_with_an_id_is_checked_by_its_words_where_the_id_shows_them():
    requested = N("Anna Petrova hat die Löschung des eigenen Profils in Acme beantragt.",
                  "notice_text")
    selector = Selector(text=cancelled("en"), id="notice_text")
    shown = N(cancelled("de"), "notice_text")
    assert found(selector, [requested, shown], "de") == [shown]  # not the other notice
    # Shown nowhere (a value translated apart, a date): the id decides, as for a pattern.
    assert found(selector, [requested], "de") == [requested]


def test_a_message_of_its_own_with_an_id_is_checked_never_decided_by_the_id():
    other = N(i18n.pseudo("Continue"), "log_in")
    selector = Selector(text=LOG_IN, id="log_in")
    assert found(selector, [other], "pseudo") == []
    assert found(selector, [N(i18n.pseudo(LOG_IN), "log_in")], "pseudo") != []


def test_a_gui_message_with_a_placeholder_is_filled_too():
    shown = N(i18n.pseudo("Continue as {name}").format(name="Carla Gomez"), "continue_as")
    assert found(Selector(text="Continue as Carla Gomez"), [shown], "pseudo") == [shown]
    assert found(Selector(text="Continue as Boris Ivanov"), [shown], "pseudo") == []


def test_a_pattern_is_no_filled_message_and_its_id_decides():
    shown = N(cancelled("de"), "notice_text")
    pattern = Selector(text=".*Anna Petrova has cancelled.*", id="notice_text")
    assert found(pattern, [shown], "de") == [shown]
    assert found(Selector(text=".*Anna Petrova has cancelled.*"), [shown], "de") == []


def test_a_count_in_brackets_is_a_filled_message_too():
    shown = N(i18n.pseudo("Notifications ({count})").format(count=2), "notices")
    assert found(Selector(text="Notifications (2)"), [shown], "pseudo") == [shown]
    assert found(Selector(text="Notifications (3)"), [shown], "pseudo") == []

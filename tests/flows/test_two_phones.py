"""Flows that drive both phones (issue 17): onDevice acts on the second phone, names it in
the report, and refuses a phone that is not shown or a person who cannot hold it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import yaml

from core.processing import advance_clock
from gui.flows.model import FlowError
from gui.flows.parser import parse_flow
from gui.flows.runner import Artifacts, FlowRunner, Hooks, StoreMaker
from tests.integration.helpers import outsiders_world, request_as, sign_in


@pytest.fixture
def run(qapp, tmp_path: Path, write_flow):
    stores = StoreMaker()

    def go(body: str):
        path = write_flow("two.yaml", "name: two phones\n---\n- launchApp\n" + body)
        return FlowRunner(parse_flow(path), stores, Artifacts(None, False)).run()

    yield go
    stores.close()


def test_on_device_acts_on_the_second_phone_and_the_step_names_it(run):
    result = run("- onDevice:\n    person: boris\n    commands:\n"
                 "      - tapOn: {id: profile_photo}\n"
                 "      - assertVisible: Boris Ivanov\n"
                 "- assertNotVisible: {text: Boris Ivanov, on: phone, timeout: 0}\n")
    assert result.passed, result.failure
    on_device = next(s for s in result.steps if s.command.name == "onDevice")
    assert on_device.message == "on the second phone (Boris Ivanov)"


def test_a_second_phone_that_is_not_shown_fails_with_that_sentence(run):
    result = run("- onDevice: {commands: [assertVisible: {id: feed_date}]}\n")
    assert not result.passed
    assert "the second phone is not shown: name who holds it" in result.failure


@pytest.mark.parametrize("who, words", [
    ("anna", "anna cannot hold the second phone: Anna Petrova is already on the first phone"),
    ("zoe", "zoe cannot hold the second phone: There is no person 'zoe' in this world."),
])
def test_a_person_who_cannot_hold_the_second_phone_fails_the_step_naming_them(run, who, words):
    result = run(f"- onDevice: {{person: {who}, commands: [assertVisible: {{id: feed_date}}]}}\n")
    assert not result.passed
    assert words in result.failure


def test_person_on_the_first_phone_is_refused_when_the_flow_is_read(write_flow):
    path = write_flow("bad.yaml", "---\n- onDevice: {device: user, person: boris, "
                                  "commands: [back]}\n")
    with pytest.raises(FlowError, match="sign the first phone in with signIn"):
        parse_flow(path)


def test_a_selector_failing_on_the_second_phone_names_it_and_its_screenshot(qapp, tmp_path,
                                                                            write_flow):
    path = write_flow("miss.yaml", "name: miss\n---\n- launchApp\n"
                      "- onDevice:\n    person: boris\n    commands:\n"
                      "      - takeScreenshot\n"
                      "      - assertVisible: {id: no_such_thing, timeout: 0}\n")
    stores = StoreMaker()
    artifacts = Artifacts(tmp_path / "shots", False)
    try:
        result = FlowRunner(parse_flow(path), stores, artifacts).run()
        artifacts.flush()   # pictures are written by a thread: all of them, before looking
    finally:
        stores.close()
    assert not result.passed
    failed = next(s for s in result.steps if s.command.name == "assertVisible")
    assert failed.message == ("on the second phone (Boris Ivanov): no element with id "
                              "no_such_thing is on screen")
    assert "problem:   on the second phone (Boris Ivanov): no element with id" in result.failure
    assert "called by: onDevice at " in result.failure
    assert "\n    second phone (Boris Ivanov): #status_time" in result.failure  # on screen
    assert result.screenshot.name == "failure-admin.png" and result.screenshot.is_file()
    shot = next(s for s in result.steps if s.command.name == "takeScreenshot").shot
    assert shot.name == "screenshot-003-admin.png" and shot.is_file()
    on_device = next(s for s in result.steps if s.command.name == "onDevice")
    assert on_device.message.count("on the second phone (Boris Ivanov)") == 1


def test_each_step_inside_on_device_says_which_phone_it_acted_on(run):
    result = run("- onDevice:\n    device: user\n    commands:\n"
                 "      - assertVisible: {id: feed_date}\n"
                 "- onDevice:\n    person: carla\n    commands:\n"
                 "      - assertVisible: {id: feed_date}\n"
                 "- assertVisible: {id: feed_date}\n")
    assert result.passed, result.failure
    inside = [s.message for s in result.steps if s.command.name == "assertVisible"]
    assert inside == ["on the first phone (Anna Petrova)", "on the second phone (Carla Gomez)",
                      ""]  # outside onDevice: the first phone, as ever, unnamed
    notes = [s.note for s in result.steps if s.command.name == "assertVisible"]
    assert notes == ["on the first phone (Anna Petrova)", "on the second phone (Carla Gomez)",
                     ""]  # the storyboard's words, in the run's language (English here)


def test_the_consoles_second_phone_row_follows_what_a_flow_did(qapp, write_flow):
    seen = {}

    class Look(Hooks):
        def after(self, runner, step):
            if step.command.name == "onDevice":
                row = runner.window.console.second_phone
                seen.update(shown=row.shown.isChecked(), label=row.holder.text(),
                            chosen=row.person.currentData(), swap=row.swap.isEnabled())

    path = write_flow("row.yaml", "name: row\n---\n- launchApp\n"
                      "- onDevice: {person: carla, commands: [assertVisible: {id: feed_date}]}\n")
    stores = StoreMaker()
    try:
        result = FlowRunner(parse_flow(path), stores, Artifacts(None, False), hooks=Look()).run()
    finally:
        stores.close()
    assert result.passed, result.failure
    assert seen == {"shown": True, "label": "Second phone: <b>Carla Gomez</b> in "
                    "acme.bitrix24.com", "chosen": "carla", "swap": True}


@pytest.mark.parametrize("who, words", [
    ("ivan", "ivan cannot hold the second phone: Ivan Orlov is dismissed from every Bitrix24"),
    ("nina", "nina cannot hold the second phone: Nina Berg has no profile in any Bitrix24"),
    ("dmitri", "dmitri: Dmitri Sokolov cannot hold the second phone: their Bitrix24 Network "
               "profile has been deleted."),
])
def test_a_dismissed_deleted_or_profile_less_holder_fails_the_step_naming_them(
        qapp, tmp_path, write_flow, who, words):
    (tmp_path / "outsiders.yaml").write_text(yaml.safe_dump(outsiders_world()), "utf-8")

    class DeleteDmitri(Hooks):  # his only Bitrix24: 30 days after his request he is deleted
        def before(self, runner, command):
            if command.name == "onDevice" and who == "dmitri":
                store = runner.controller.store
                request_as(store, "dmitri", "acme.bitrix24.com")
                advance_clock(store, timedelta(days=31))
                sign_in(store, "anna", "acme.bitrix24.com")

    path = write_flow("bad.yaml", "name: bad holder\nworld_file: outsiders.yaml\n---\n"
                      f"- launchApp\n- onDevice: {{person: {who}, commands: [back]}}\n")
    stores = StoreMaker()
    try:
        result = FlowRunner(parse_flow(path), stores, Artifacts(None, False),
                            hooks=DeleteDmitri()).run()
    finally:
        stores.close()
    assert not result.passed
    assert words in result.failure

"""Flows that drive both phones (issue 17): onDevice acts on the second phone, names it in
the report, and refuses a phone that is not shown or a person who cannot hold it."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.flows.model import FlowError
from gui.flows.parser import parse_flow
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker


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

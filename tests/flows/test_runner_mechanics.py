"""The runner's Maestro semantics on real widgets (a stand-in window, not the app's screens)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.flows.parser import parse_flow
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker
from tests.flows.conftest import StandInWindow


@pytest.fixture
def run(qapp, tmp_path: Path):
    stores = StoreMaker()

    def go(path: Path, storyboard: bool = False):
        artifacts = Artifacts(tmp_path / "shots", storyboard)
        result = FlowRunner(parse_flow(path), stores, artifacts,
                            window_factory=StandInWindow).run()
        artifacts.flush()  # pictures are written on a worker thread
        return result

    yield go
    stores.close()


def test_a_button_below_the_fold_is_not_visible_until_scrolled_to(run, write_flow):
    flow = write_flow("f.yaml", """
        name: scroll
        ---
        - launchApp
        - assertVisible: "Anna Petrova"
        - assertNotVisible: {text: "Delete account", timeout: 50}
        - scrollUntilVisible: {element: {id: delete_account}}
        - tapOn: "Delete account"
        - assertVisible: ".*within 30 days.*"
        """)
    result = run(flow)
    assert result.passed, result.failure


def test_tapping_something_that_is_off_screen_fails_with_a_hint_to_scroll(run, write_flow):
    flow = write_flow("f.yaml", """
        ---
        - launchApp
        - tapOn: {text: "Delete account", timeout: 100}
        """)
    result = run(flow)
    assert not result.passed
    assert "f.yaml:3" in result.failure
    assert "scroll first" in result.failure
    assert result.screenshot is not None and result.screenshot.exists()


def test_typing_goes_into_the_tapped_field_and_enables_send(run, write_flow):
    flow = write_flow("f.yaml", """
        ---
        - launchApp
        - scrollUntilVisible: "Delete account"
        - tapOn: {id: delete_account}
        - assertVisible: {id: send_request, enabled: false}
        - tapOn: {id: reason}
        - inputText: "Movingg"
        - eraseText: 1
        - tapOn: "I confirm"
        - assertVisible: {id: confirm, checked: true}
        - assertVisible: {text: "Send request", enabled: true}
        - assertVisible: "Moving"
        - back
        - assertVisible: {id: delete_account}
        - assertNotVisible: {id: profile_photo, timeout: 50}
        """)
    result = run(flow)
    assert result.passed, result.failure


def test_selectors_look_in_the_phone_first_then_the_console(run, write_flow):
    flow = write_flow("f.yaml", """
        ---
        - launchApp
        - assertVisible: {id: process_now}
        - assertVisible: {text: "Console"}
        - assertVisible: {text: "Filler line \\\\d+", index: 2}
        """)
    result = run(flow)
    assert result.passed, result.failure


def test_a_failure_lists_what_was_on_screen(run, write_flow):
    flow = write_flow("f.yaml", """
        ---
        - launchApp
        - assertVisible: {text: "Nowhere", timeout: 50, label: "Look for nowhere"}
        """)
    result = run(flow)
    assert not result.passed
    assert "label:     Look for nowhere" in result.failure
    assert "#profile_photo" in result.failure and '"Anna Petrova"' in result.failure
    assert "console:" in result.failure and "#process_now" in result.failure


def test_storyboard_pictures_are_taken_after_every_step(run, write_flow):
    flow = write_flow("f.yaml", """
        ---
        - launchApp
        - assertVisible: "Anna Petrova"
        - takeScreenshot: profile
        """)
    result = run(flow, storyboard=True)
    assert result.passed, result.failure
    assert all(s.picture and s.picture.exists() for s in result.steps)
    assert result.steps[2].shot.name == "profile.png"

"""The recorder: a click-through of the whole story on the real window (driven by the flow
runner's own taps and typing, as a person's clicks arrive) is written as a flow that replays
green with ``main.py test``; ``main.py record`` refuses a target that exists."""

from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

import pytest

from gui.flows.parser import parse_flow
from gui.flows.record_cli import check_target, header_for
from gui.flows.recorder import Recorder
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker

# The whole story done only through the screen: the phone, then the console's own controls
# (the 30 days pass with the console's Advance, not a backend command).
CLICK_THROUGH = """
name: Anna deletes her account, clicked through
---
- launchApp
- tapOn: {id: profile_photo}
- scrollUntilVisible: {element: {id: delete_account}}
- tapOn: {id: delete_account}
- tapOn: {id: continue}
- tapOn: {id: log_in}
- tapOn: {id: login}
- inputText: anna@acme.example
- tapOn: {id: next}
- tapOn: {id: password}
- inputText: Anna-pass-1
- tapOn: {id: next}
- runFlow: {file: subflows/mark_every_item_as_read.yaml}
- scrollUntilVisible: {element: {id: reason}}
- tapOn: {id: reason}
- inputText: I am leaving Acme for a new job
- scrollUntilVisible: {element: {id: confirm}}
- tapOn: {id: confirm}
- tapOn: {id: send_request}
- tapOn: {id: done}
- tapOn: {text: Emails}
- tapOn: {id: custom_amount}
- inputText: 30d
- tapOn: {id: advance_custom}
- tapOn: {text: Employees}
- tapOn: {text: Network pages}
"""

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_recorded_click_through_of_the_whole_story_replays_green(qapp, tmp_path, main_py):
    from gui.builder import build_window

    driven = tmp_path / "click_through.yaml"
    driven.write_text(CLICK_THROUGH, encoding="utf-8")
    (tmp_path / "subflows").mkdir()
    shutil.copy(ROOT / "resources/flows/subflows/mark_every_item_as_read.yaml",
                tmp_path / "subflows")
    out = tmp_path / "recorded.yaml"
    recorders: list[Recorder] = []

    def window(controller):
        shown = build_window(controller)
        recorder = Recorder(shown, header_for(out, None, "Recorded whole story"))
        recorder.start()
        recorders.append(recorder)
        return shown

    stores = StoreMaker()
    try:
        result = FlowRunner(parse_flow(driven), stores, Artifacts(None, False),
                            window_factory=window).run()
    finally:
        stores.close()
        for r in recorders:
            r.stop()
    assert result.passed, result.failure
    [recorder] = recorders
    text = recorder.save(out).read_text()
    # what a person did, with the ids the flows use
    for line in ("- tapOn: {id: profile_photo}", "- tapOn: {id: delete_account}",
                 '- inputText: "anna@acme.example"', '- inputText: "Anna-pass-1"',
                 '- inputText: "I am leaving Acme for a new job"', "- tapOn: {id: send_request}",
                 "- scrollUntilVisible: {element: {id: delete_account}}",
                 "- tapOn: {id: item_7}", "- tapOn: {id: advance_custom}",
                 '- inputText: "30d"'):
        assert line in text.splitlines(), (line, text)
    # every tap once (the click-through has 24), none counted twice
    assert len(re.findall(r"^- tapOn: ", text, re.MULTILINE)) == 24
    # it replays green, and the replay ends where the story does
    with out.open("a", encoding="utf-8") as fh:
        fh.write('- assertVisible: "Access closed"\n')
    done = main_py("test", str(out), timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr + text
    assert done.stdout.rstrip().splitlines()[-1] == "1 passed, 0 failed"


def test_a_record_target_that_exists_is_refused_unless_forced(tmp_path, main_py):
    taken = tmp_path / "mine.yaml"
    taken.write_text("# my flow\n")
    done = main_py("record", str(taken), timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        f"error: {taken} exists; give another name, or --force to replace it."]
    assert taken.read_text() == "# my flow\n"
    assert check_target(str(taken), force=True) is None
    assert "ends in .yaml" in check_target(str(tmp_path / "x.txt"), force=False)
    assert "does not exist" in check_target(str(tmp_path / "no" / "x.yaml"), force=False)


def test_a_recorded_flow_names_its_world_relative_to_itself(tmp_path):
    world = tmp_path / "worlds" / "w.yaml"
    header = header_for(tmp_path / "flows" / "f.yaml", str(world))
    assert header == textwrap.dedent("""\
        name: Recorded flow
        world_file: "../worlds/w.yaml"
        """)

"""The recorder: a click-through of the whole story on the real window (driven by the flow
runner's own taps and typing, as a person's clicks arrive), recorded with the console's
Record button and saved with its Save… dialog, is a flow that replays green with
``main.py test``; ``main.py record`` refuses a target that exists."""

from __future__ import annotations

import re
import shutil
import textwrap
from pathlib import Path

import pytest

from gui.flows.parser import parse_flow
from gui.flows.record_cli import check_target, header_for
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker

# The whole story done only through the screen: the console's Record, the phone, then the
# console's own controls (the 30 days pass with the console's custom amount and Enter, not a
# backend command; a Bitrix24 chosen in the Employees tab's chooser), Stop and Save….
CLICK_THROUGH = """
name: Anna deletes her account, clicked through
---
- launchApp
- tapOn: {id: record_flow}
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
- pressKey: Enter
- tapOn: {text: Employees}
- tapOn: {id: employees_portal}
- tapOn: bloom.bitrix24.com
- tapOn: {text: Network pages}
- tapOn: {id: record_flow}
- tapOn: {id: record_save}
"""

ROOT = Path(__file__).resolve().parents[2]


def _save_as(dialog, path: Path) -> None:
    """Type the file's name into the Save dialog and press its Save button, as a person."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setText(str(path))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)


@pytest.mark.slow
def test_a_recorded_click_through_of_the_whole_story_replays_green(qapp, tmp_path, main_py):
    from gui.builder import build_window

    driven = tmp_path / "click_through.yaml"
    driven.write_text(CLICK_THROUGH, encoding="utf-8")
    (tmp_path / "subflows").mkdir()
    shutil.copy(ROOT / "resources/flows/subflows/mark_every_item_as_read.yaml",
                tmp_path / "subflows")
    out = tmp_path / "recorded.yaml"
    states: list[tuple[bool, str]] = []   # recording?, the pane's YAML: at Stop and Save

    def window(controller):
        shown = build_window(controller)
        pane = shown.console.recorder_pane
        pane.record_button.clicked.connect(
            lambda: states.append((pane.recording, pane.yaml_view.toPlainText())))
        pane.save_button.clicked.connect(lambda: _save_as(pane.dialog, out))
        return shown

    stores = StoreMaker()
    try:
        result = FlowRunner(parse_flow(driven), stores, Artifacts(None, False),
                            window_factory=window).run()
    finally:
        stores.close()
    assert result.passed, result.failure
    text = out.read_text()
    # Record showed the pane recording; Stop left the whole flow in it, as saved
    (started, _), (stopped, shown_yaml) = states
    assert started and not stopped and shown_yaml == text
    # what a person did, with the ids the flows use; the recorder's own taps left out
    for line in ("- tapOn: {id: profile_photo}", "- tapOn: {id: delete_account}",
                 '- inputText: "anna@acme.example"', '- inputText: "Anna-pass-1"',
                 '- inputText: "I am leaving Acme for a new job"', "- tapOn: {id: send_request}",
                 "- scrollUntilVisible: {element: {id: delete_account}}",
                 "- tapOn: {id: item_7}", '- inputText: "30d"', "- pressKey: Enter",
                 "- tapOn: {id: employees_portal}", '- tapOn: "bloom.bitrix24.com"'):
        assert line in text.splitlines(), (line, text)
    assert "record_" not in text
    # every tap once (the click-through has 25 besides Record, Stop and Save), none twice
    assert len(re.findall(r"^- tapOn: ", text, re.MULTILINE)) == 25
    # it replays green, and the replay ends where the story does
    with out.open("a", encoding="utf-8") as fh:
        fh.write('- assertVisible: "Access closed"\n'
                 '- tapOn: Employees\n'   # the chooser kept the Bitrix24 chosen in it
                 '- assertVisible: {id: employees_portal, text: "bloom.bitrix24.com"}\n')
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

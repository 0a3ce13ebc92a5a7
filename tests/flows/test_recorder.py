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
from PySide6.QtWidgets import QApplication, QWidget

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


@pytest.fixture
def recording(qapp, tmp_path):
    """``main.py record``'s session (the demo world, a fresh database), shown and recording
    into tmp_path/out.yaml; closed afterwards."""
    from gui.flows.parser import demo_world
    from gui.flows.record_cli import Session

    session = Session(demo_world(), header_for(tmp_path / "out.yaml", None),
                      tmp_path / "out.yaml")
    session.show()
    yield session
    session.close()


def _click(widget) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_console_shows_the_flow_growing_and_outlines_each_recorded_element(
        recording, qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QFrame

    from gui.flows.recorder import FLASH_MS

    window, pane = recording.window, recording.pane
    assert pane.isVisible() and pane.status.text() == "● Recording · 1 command"
    assert pane.record_button.text() == "■ Stop"
    photo = window.findChild(QWidget, "profile_photo")
    _click(photo)
    lines = pane.yaml_view.toPlainText().splitlines()
    assert lines[-2:] == ["- launchApp", "- tapOn: {id: profile_photo}"]
    assert pane.yaml_view.textCursor().atEnd()
    assert pane.status.text() == "● Recording · 2 commands"
    [mark] = [f for f in window.findChildren(QFrame, "recorded_highlight") if f.isVisible()]
    assert mark.geometry().contains(QRect(photo.mapTo(window, photo.rect().topLeft()),
                                          photo.size()))
    qtbot.waitUntil(lambda: not window.findChildren(QFrame, "recorded_highlight"),
                    timeout=FLASH_MS + 2000)
    _click(pane.record_button)   # Stop: not a command, and the flow is written to the target
    assert pane.record_button.text() == "● Record" and pane.status.text().startswith("Stopped")
    assert (recording.pane.target.read_text() == pane.yaml_view.toPlainText()
            == recording.pane.recorder.yaml())
    assert "record_flow" not in pane.yaml_view.toPlainText()


def test_a_choice_picked_with_the_mouse_in_an_open_chooser_is_recorded_by_its_text(recording):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QComboBox

    from gui.flows import driver

    recording.window.console.show_tab("employees")
    combo = recording.window.findChild(QComboBox, "employees_portal")
    _click(combo)
    driver.settle()
    view = combo.view()
    assert view.isVisible()
    row = combo.findData("bloom.bitrix24.com")
    QTest.qWait(QApplication.doubleClickInterval() + 50)  # Qt ignores a release at once
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(combo.model().index(row, 0)).center())
    driver.settle()
    assert combo.currentData() == "bloom.bitrix24.com"
    assert recording.pane.recorder.commands[-2:] == [
        "- tapOn: {id: employees_portal}", '- tapOn: "bloom.bitrix24.com"']


def test_saving_the_recorded_flow_refuses_a_name_that_is_not_a_flow_and_a_missing_folder(
        recording, tmp_path):
    message = recording.window.console.console_message
    assert not recording.pane.save_to(tmp_path / "flow.txt")
    assert message.text() == "flow.txt: a flow file ends in .yaml; save it as flow.yaml."
    assert not recording.pane.save_to(tmp_path / "missing" / "flow.yaml")
    assert message.text().startswith(f"Could not write {tmp_path / 'missing' / 'flow.yaml'}: ")
    assert not (tmp_path / "flow.txt").exists() and not (tmp_path / "missing").exists()
    assert recording.pane.save_to(tmp_path / "flow.yaml")
    assert message.text().startswith("Saved the flow (1 command) to ")
    assert parse_flow(tmp_path / "flow.yaml").commands[0].name == "launchApp"


@pytest.mark.parametrize("argv, line", [
    (["record", "--bogus", "x.yaml"],
     "error: main.py record: unknown option --bogus; see main.py record --help."),
    (["record"], "error: main.py record: the following arguments are required: OUT.yaml; "
                 "see main.py record --help."),
    (["hierarchy", "--bogus"],
     "error: main.py hierarchy: unknown option --bogus; see main.py hierarchy --help."),
    (["hierarchy", "extra"],
     "error: main.py hierarchy: unexpected argument extra; see main.py hierarchy --help."),
])
def test_a_bad_record_or_hierarchy_command_line_is_one_line_and_exit_2(argv, line, capsys):
    from b24_delete_account import parse_command_line

    with pytest.raises(SystemExit) as stop:
        parse_command_line(argv)
    assert stop.value.code == 2
    assert capsys.readouterr().err.splitlines() == [line]


def test_a_record_target_inside_a_file_is_refused_as_not_a_folder(tmp_path):
    (tmp_path / "afile").write_text("")
    assert check_target(str(tmp_path / "afile" / "x.yaml"), force=False) == (
        f"{tmp_path / 'afile' / 'x.yaml'}: {tmp_path / 'afile'} is a file, not a folder; "
        "give the flow another place.")


# `main.py record` runs the whole app (its event loop, its end) in a process of its own, as a
# person runs it: in the test process it left the later tests' phones unable to show.
_RECORD_SESSION = """
import sys
from argparse import Namespace
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from gui.app import create_app
from gui.flows.record_cli import run_record

out, stops = Path(sys.argv[2]), Path(sys.argv[3])
app = create_app()


def click(widget):
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def use_the_app():
    [window] = [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "main_window" and w.isVisible()]
    pane = window.console.recorder_pane
    click(window.findChild(QWidget, "profile_photo"))
    click(pane.record_button)                        # Stop: written at once
    stops.write_text(out.read_text())
    click(pane.record_button)                        # Record again: the flow goes on
    click(window.findChild(QWidget, "back"))
    window.close()


QTimer.singleShot(0, use_the_app)
sys.exit(run_record(Namespace(out=str(out), force=False, record_world=None)))
"""


def test_main_py_record_writes_the_flow_at_each_stop_and_when_the_window_closes(tmp_path):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    out, stops = tmp_path / "mine.yaml", tmp_path / "at_stop.yaml"
    script = tmp_path / "session.py"
    script.write_text(_RECORD_SESSION)
    done = subprocess.run([sys.executable, str(script), str(root), str(out), str(stops)],
                          capture_output=True, text=True, timeout=120, cwd=root,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    at_stop = stops.read_text()
    assert at_stop.splitlines()[-2:] == ["- launchApp", "- tapOn: {id: profile_photo}"]
    assert out.read_text() == at_stop + "- tapOn: {id: back}\n"
    assert done.stdout == (f"recorded 3 commands to {out}; run it with "
                           f"main.py test {out}\n")


def test_a_spin_box_stepped_with_its_arrow_or_typed_into_is_recorded_and_replays(
        recording, tmp_path):
    """The deletion window's days: the arrow's step and a number typed with Return are
    each written as the number typed in and Enter, and the flow replays to the same policy."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    window = recording.window
    spin = window.findChild(QWidget, "policy_window_days")
    QTest.mouseClick(spin, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(spin.width() - 6, 4))          # the up arrow: 30 -> 31 days
    assert spin.value() == 31
    _click(window.findChild(QWidget, "advance_1d"))
    assert recording.pane.recorder.commands[-5:] == [
        "- tapOn: {id: policy_window_days}", "- eraseText", '- inputText: "31"',
        "- pressKey: Enter", "- tapOn: {id: advance_1d}"]
    _click(spin)
    spin.selectAll()
    QTest.keyClicks(spin, "45")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 45
    assert recording.pane.recorder.commands[-4:] == [
        "- tapOn: {id: policy_window_days}", "- eraseText", '- inputText: "45"',
        "- pressKey: Enter"]
    flow = tmp_path / "replayed.yaml"
    recording.pane.recorder.save(flow)
    # the app started again reads the policy from the store: the replay stored 45 days
    flow.write_text(flow.read_text() + "- stopApp\n- launchApp\n"
                    "- assertVisible: {id: policy_window_days, text: 45 days}\n")
    stores = StoreMaker()
    try:
        result = FlowRunner(parse_flow(flow), stores, Artifacts(None, False)).run()
    finally:
        stores.close()
    assert result.passed, result.failure


def test_open_world_is_noted_as_not_replayed_and_its_dialog_is_not_recorded(recording):
    from PySide6.QtWidgets import QLineEdit

    window = recording.window
    _click(window.findChild(QWidget, "open_world"))
    dialog = window.console.world_card.file_dialog
    try:
        _click(dialog.findChild(QLineEdit, "fileNameEdit"))   # in the dialog: not the flow's
    finally:
        dialog.reject()
    assert recording.pane.recorder.commands[1:] == [
        "# Open world… was used here: a flow starts from its own world (world_file: in the "
        "header), so the file chosen is not replayed"]
    assert recording.pane.save_to(recording.pane.target)   # the comment leaves a valid flow
    assert [c.name for c in parse_flow(recording.pane.target).commands] == ["launchApp"]


def test_a_tap_on_the_second_phone_is_recorded_inside_on_device(recording):
    from gui.flows import driver

    window = recording.window
    _click(window.findChild(QWidget, "second_phone_shown"))
    driver.settle()
    assert len(window.phones) == 2
    _click(window.phones[1].findChild(QWidget, "profile_photo"))
    _click(window.phones[0].findChild(QWidget, "profile_photo"))
    assert recording.pane.recorder.commands[1:] == [
        "- tapOn: {id: second_phone_shown}",
        "- onDevice:\n    device: admin\n    commands:\n      - tapOn: {id: profile_photo}",
        "- tapOn: {id: profile_photo}"]


def test_clear_starts_the_flow_afresh_with_the_same_header(recording, tmp_path):
    pane = recording.pane
    _click(recording.window.findChild(QWidget, "profile_photo"))
    _click(pane.clear_button)
    assert pane.recording and pane.recorder.commands == ["- launchApp"]
    assert pane.recorder.yaml() == header_for(tmp_path / "out.yaml", None) + "---\n- launchApp\n"
    assert pane.yaml_view.toPlainText() == pane.recorder.yaml()

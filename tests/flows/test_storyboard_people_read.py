"""The storyboard reads as a story: phone pictures with the tapped control marked (the whole
window on demand), each step titled by its label or a sentence, failures first, paths that
wrap only between folders, an even grid; and the sentences made from commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from gui.flows.parser import parse_flow
from gui.flows.recording import MARK
from gui.flows.report import write_storyboard
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker
from gui.flows.sentences import sentence

PASSING = """
name: Anna opens her profile
---
- launchApp
- tapOn: {id: profile_photo}
- assertVisible: ".*Anna Petrova.*"
- scrollUntilVisible: {element: {id: delete_account}, label: Down to Delete account}
"""
FAILING = """
name: Anna looks for nobody
---
- launchApp
- assertVisible: Nobody Here
"""


def _run(write_flow, tmp_path: Path, frame: str = "phone"):
    folder = tmp_path / f"shots-{frame}"
    artifacts = Artifacts(folder, storyboard=True, frame=frame)
    stores = StoreMaker()
    try:
        results = [FlowRunner(parse_flow(write_flow(name, text)), stores, artifacts,
                              number=n).run()
                   for n, (name, text) in enumerate((("open_profile.yaml", PASSING),
                                                     ("look_for_nobody.yaml", FAILING)), 1)]
    finally:
        artifacts.flush()
        stores.close()
    return results, folder


@pytest.fixture(scope="module")
def phone_run(tmp_path_factory, qapp):
    tmp = tmp_path_factory.mktemp("board")

    def write(name, text):
        path = tmp / name
        path.write_text(text.lstrip("\n"), encoding="utf-8")
        return path
    results, folder = _run(write, tmp)
    index = write_storyboard(results, folder)
    return results, folder, index.read_text(encoding="utf-8")


def _marks(image: QImage) -> int:
    mark = QColor(MARK).rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixel(x, y) == mark)


def test_step_pictures_show_the_phone_alone_with_the_tapped_control_marked(phone_run):
    results, _, _ = phone_run
    steps = results[0].steps
    tap = QImage(str(steps[1].picture))
    launch = QImage(str(steps[0].picture))
    assert 380 <= tap.width() <= 460 and tap.height() > tap.width()   # a phone, not the window
    # the same Feed screen, once as launched and once just before the tap, outlined
    assert _marks(tap) > _marks(launch) + 200


def test_the_whole_window_on_demand(write_flow, tmp_path, qapp):
    results, _ = _run(write_flow, tmp_path, frame="window")
    picture = QImage(str(results[0].steps[0].picture))
    assert picture.width() > 1000


def test_steps_are_titled_by_label_or_a_sentence_not_yaml(phone_run):
    titles = re.findall(r"class='title'>([^<]*)", phone_run[2])
    assert titles == ["Open the app", "See \u201cNobody Here\u201d",    # the failed flow first
                      "Open the app", "Tap Profile photo",
                      "See \u201c\u2026Anna Petrova\u2026\u201d", "Down to Delete account"]
    assert not any(t.startswith(("tapOn:", "assertVisible:")) for t in titles)


def test_failed_flows_come_first(phone_run):
    names = re.findall(r"<h2>.*?</span>([^<]*)</h2>", phone_run[2])
    assert names == ["Anna looks for nobody", "Anna opens her profile"]


def test_paths_wrap_only_between_folders_and_the_grid_is_even(phone_run):
    index = phone_run[2]
    assert "overflow-wrap:anywhere" not in index and "break-all" not in index
    paths = re.findall(r"<span class='path'>(.*?)</span>", index)
    assert paths
    for path in paths:
        for piece in path.split("<wbr>")[:-1]:
            assert piece.endswith("/"), path
    assert "margin-left:" not in index   # nested steps keep their cell of the grid
    assert re.search(r"\.step img\{[^}]*height:\d+px", index)


def test_sentences_made_from_commands(write_flow):
    flow = parse_flow(write_flow("s.yaml", """
        name: s
        ---
        - tapOn: {id: delete_account}
        - tapOn: Continue
        - assertVisible: Request sent
        - assertNotVisible: {id: send_request}
        - inputText: hello
        - advanceClock: 30d
        - advanceClock: 1d
        - assertEmail: {to: boris, subject: "requested to delete"}
        - back
    """))
    assert [sentence(c) for c in flow.commands] == [
        "Tap Delete account", "Tap Continue", "See \u201cRequest sent\u201d",
        "Send request is gone", "Type \u201chello\u201d", "30 days pass", "1 day passes",
        "An email to boris <boris@acme.example>: \u201crequested to delete\u201d", "Go back"]


def test_the_handout_pictures_the_flows_own_labelled_steps_before_a_sub_flows():
    from gui.flows.handout import _chosen

    steps = [{"labelled": True, "depth": 0, "n": 1}, {"labelled": True, "depth": 1, "n": 2},
             {"labelled": False, "depth": 0, "n": 3}]
    assert [s["n"] for s in _chosen(steps)] == [1]
    inner_only = [{"labelled": False, "depth": 0, "n": 1}, {"labelled": True, "depth": 1, "n": 2}]
    assert [s["n"] for s in _chosen(inner_only)] == [2]
    none = [{"labelled": False, "depth": 0, "n": 1}, {"labelled": False, "depth": 1, "n": 2}]
    assert [s["n"] for s in _chosen(none)] == [1]

"""``python main.py test``: the bundled flows pass; a failing flow says where and shows it;
JUnit and the storyboard list every flow and step."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLOWS = ROOT / "resources" / "flows"


def bundled() -> list[Path]:
    return sorted(p for p in FLOWS.glob("*.yaml"))


def test_there_are_at_least_fifteen_bundled_flows_named_as_sentences():
    names = [p.stem for p in bundled()]
    assert len(names) >= 15
    assert "demo_whole_story" in names  # the name the demo command and the brief use
    sentences = [n for n in names if n != "demo_whole_story"]
    assert all(re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+){4,}", n) for n in sentences), sentences


@pytest.mark.slow
def test_the_bundled_flows_pass_and_close_with_the_summary_line(main_py, tmp_path):
    junit = tmp_path / "flows.xml"
    done = main_py("test", str(FLOWS), "--junit", str(junit), timeout=600)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    count = len(bundled())
    assert output.rstrip().splitlines()[-1] == f"{count} passed, 0 failed"
    assert len(re.findall(r"^PASS ", done.stdout, re.MULTILINE)) == count
    assert "Traceback" not in output
    cases = ET.parse(junit).getroot().findall("./testsuite/testcase")
    assert len(cases) == count  # sub-flows are not flows of their own


FAILING = """
name: Anna expects the impossible
tags: [broken]
---
- launchApp
- tapOn: {id: profile_photo, label: Open the profile}
- assertVisible: {text: "A button that is not there", timeout: 200, label: Look for it}
- back
"""

PASSING = """
name: Anna opens her profile
---
- launchApp
- tapOn: {id: profile_photo, label: Open the profile}
- runFlow: {file: subflows/scroll_down.yaml, label: Scroll to the bottom}
- takeScreenshot: profile bottom
"""


@pytest.fixture
def two_flows(write_flow):
    write_flow("flows/subflows/scroll_down.yaml",
               "---\n- scrollUntilVisible: {element: {id: delete_account}}\n")
    write_flow("flows/anna_opens_her_profile.yaml", PASSING)
    write_flow("flows/anna_expects_the_impossible.yaml", FAILING)


def test_a_failing_flow_names_the_command_its_file_and_line_and_saves_a_screenshot(
        two_flows, main_py, tmp_path):
    done = main_py("test", "flows", "--screenshots", "shots", "--junit", "report.xml")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "Traceback" not in output
    assert output.rstrip().splitlines()[-1] == "1 passed, 1 failed"
    assert re.search(r"^FAIL .*Anna expects the impossible", done.stdout, re.MULTILINE)
    assert re.search(r"^PASS .*Anna opens her profile", done.stdout, re.MULTILINE)
    assert "failed at flows/anna_expects_the_impossible.yaml:6" in output
    assert 'assertVisible: {text: A button that is not there, timeout: 200}' in output
    assert "label:     Look for it" in output
    assert "#delete_account" in output or "#back" in output  # what was on screen
    shot = re.search(r"screenshot: (\S+\.png)", output)
    assert shot and (tmp_path / shot.group(1)).stat().st_size > 10_000

    # JUnit: every flow a testcase; the failed one carries its message
    root = ET.parse(tmp_path / "report.xml").getroot()
    suite = root.find("testsuite")
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {"Anna expects the impossible", "Anna opens her profile"}
    failure = cases["Anna expects the impossible"].find("failure")
    assert "anna_expects_the_impossible.yaml:6" in failure.get("message")
    assert "A button that is not there" in failure.text
    assert cases["Anna opens her profile"].find("failure") is None

    # Storyboard: every step of every flow with its picture, label or command, and state
    index = (tmp_path / "shots" / "index.html").read_text()
    pictures = re.findall(r"<img [^>]*src='([^']+)'", index)
    steps = index.count("<div class='step ")
    assert steps == 5 + 3  # launch, tap, runFlow + its step, screenshot; launch, tap, assert
    assert len(pictures) == steps
    assert all((tmp_path / "shots" / p).is_file() for p in pictures)
    for title in ("Open the profile", "Scroll to the bottom", "Look for it",
                  "takeScreenshot: profile bottom"):
        assert title in index
    assert "class='step failed'" in index
    assert (tmp_path / "shots" / "01-anna_expects_the_impossible" / "failure.png").is_file()


def test_tags_choose_which_flows_run(two_flows, main_py):
    done = main_py("test", "flows", "--tags", "broken")
    assert done.stdout.rstrip().splitlines()[-1] == "0 passed, 1 failed"
    assert "Anna opens her profile" not in done.stdout

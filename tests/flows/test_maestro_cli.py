"""``main.py test`` with Maestro's flags: bad input refused in one line before anything runs,
the reports (JUnit valid against the strict schema, the HTML storyboard, the debug output),
workspaces with an execution order, a flow that kills its process, shares of a split."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gui.flows.cli import share
from tests.flows.conftest import ROOT

XSD = ROOT / "tests" / "data" / "junit-10.xsd"

PASSING = """
name: {name}
tags: [{tags}]
---
- launchApp
- assertVisible: "Anna Petrova"
"""

FAILING = """
name: {name}
---
- launchApp
- tapOn: {{id: profile_photo}}
- assertVisible: {{text: "Nobody", timeout: 100}}
"""


def flow(write_flow, rel: str, text: str, **fields) -> Path:
    return write_flow(rel, text.format(**{"tags": "", **fields}))


# ---------------------------------------------------------------- bad input: one line, exit 2


@pytest.mark.parametrize("args, words", [
    (["--fromat", "junit"], "unknown option --fromat; main.py test --help lists the options"),
    (["--shards", "0"], "--shards 0: give a whole number from 1"),
    (["--shard-split", "2", "--shard-index", "3"],
     "--shard-index 3 is outside the split: give 1 to 2."),
    (["--shard-split", "2"], "--shard-split 2 needs --shard-index I"),
    (["--shard-index", "1"], "--shard-index needs --shard-split N"),
    (["--format", "pdf"], "--format pdf: give junit, html or noop."),
    (["--output", "r.xml"], "--output names the report's file: give --format junit"),
    (["--format", "junit", "--output", "taken.txt/r.xml"], "taken.txt is a file, not a folder"),
    (["--debug-output", "taken.txt"], "--debug-output taken.txt is a file"),
    (["--test-output-dir", "a", "--screenshots", "b"], "name two folders for the pictures"),
    (["--config", "nowhere.yaml"], "--config nowhere.yaml: no such file"),
])
def test_bad_options_are_refused_in_one_line_before_anything_runs(main_py, write_flow, tmp_path,
                                                                 args, words):
    flow(write_flow, "flows/a.yaml", PASSING, name="A")
    taken = write_flow("taken.txt", "my notes\n")
    report = write_flow("report.xml", "<old/>\n")
    done = main_py("test", "flows", "--junit", "report.xml", *args, timeout=60)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout == ""  # no flow ran
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: ") and words in line, line
    assert report.read_text() == "<old/>\n" and taken.read_text() == "my notes\n"


@pytest.mark.parametrize("config, words", [
    ("- a.yaml\n", "a workspace config is one mapping"),
    ("flows: [nothing/*]\n", "match no flow file in flows"),
])
def test_a_config_that_is_not_a_mapping_or_names_no_flow_stops_the_run(main_py, write_flow,
                                                                      config, words):
    flow(write_flow, "flows/a.yaml", PASSING, name="A")
    write_flow("flows/config.yaml", config)
    done = main_py("test", "flows", timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert words in line


def test_the_share_of_a_split_is_stable_and_every_flow_is_in_exactly_one():
    items = [f"flow{i}" for i in range(7)]
    shares = [share(items, 3, i) for i in (1, 2, 3)]
    assert [[n for n, _ in s] for s in shares] == [[1, 4, 7], [2, 5], [3, 6]]
    assert sorted(x for s in shares for _, x in s) == sorted(items)
    assert share(items, 3, 2) == share(list(items), 3, 2)  # the same files, the same share
    assert share(items, None, None) == list(enumerate(items, 1))


# ---------------------------------------------------------------- a run with every report


@pytest.mark.slow
def test_maestros_report_flags_write_a_schema_valid_junit_the_storyboard_and_debug_output(
        main_py, write_flow, tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    flow(write_flow, "flows/anna_sees_her_name.yaml", PASSING, name="Anna sees her name")
    flow(write_flow, "flows/anna_expects_nobody.yaml", FAILING, name="Anna expects nobody")
    done = main_py("test", "flows", "--format", "junit", "--output", "out/report.xml",
                   "--test-output-dir", "shots", "--debug-output", "debug",
                   "--test-suite-name", "Nightly", "--shards", "2")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert output.rstrip().splitlines()[-1] == "1 passed, 1 failed"
    assert "Traceback" not in output
    # command-line (file) order, whichever process finished first
    lines = [x for x in done.stdout.splitlines() if x[:4] in ("PASS", "FAIL")]
    assert [x.split("  ")[-1] for x in lines] == ["(flows/anna_expects_nobody.yaml)",
                                                  "(flows/anna_sees_her_name.yaml)"]

    report = tmp_path / "out" / "report.xml"
    xmlschema.XMLSchema(str(XSD)).validate(str(report))  # raises when not valid
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite.get("name") == "Nightly" and suite.get("failures") == "1"
    failed = suite.find("testcase[@name='Anna expects nobody']")
    assert failed.find("failure").get("message").startswith(
        "flows/anna_expects_nobody.yaml:5: ")
    out = failed.find("system-out").text
    assert out.splitlines()[0] == "failed at flows/anna_expects_nobody.yaml:5"
    attachment = re.search(r"\[\[ATTACHMENT\|([^\]]+)\]\]", out)
    assert attachment and (tmp_path / attachment.group(1)).is_file()
    assert attachment.group(1) == "shots/01-anna_expects_nobody/failure.png"

    index = (tmp_path / "shots" / "index.html").read_text()
    assert "<h1>Nightly</h1>" in index and index.count("<div class='step ") == 5
    assert all((tmp_path / "shots" / p).is_file()
               for p in re.findall(r"<img [^>]*src='([^']+)'", index))

    debug = json.loads((tmp_path / "debug" / "01-anna_expects_nobody" / "commands.json")
                       .read_text())
    assert debug["status"] == "failed"
    assert debug["failing_line"] == "flows/anna_expects_nobody.yaml:5"
    assert [s["status"] for s in debug["steps"]] == ["passed", "passed", "failed"]


def _settled(junit: Path) -> str:
    """The JUnit report without what may differ between runs: times, the date, and the
    temporary folder of a failure's screenshot."""
    text = re.sub(r' (time|timestamp)="[^"]*"', "", junit.read_text(encoding="utf-8"))
    text = re.sub(r"\(\d+\.\d+s\)", "(s)", text)
    return re.sub(r"b24-flows-[^/]+", "b24-flows-X", text)


@pytest.mark.slow
def test_one_worker_two_workers_and_this_process_settle_the_same_results_and_reports(
        main_py, write_flow, tmp_path, qapp):
    from gui.flows.cli import load_all, run_flows
    from gui.flows.runner import Artifacts

    for name in ("a_passes", "b_fails", "c_passes"):
        flow(write_flow, f"flows/{name}.yaml", FAILING if "fails" in name else PASSING,
             name=name.replace("_", " "))
    reports = {}
    for shards in ("1", "2"):
        done = main_py("test", "flows", "--junit", f"r{shards}.xml", "--shards", shards)
        assert done.stdout.rstrip().splitlines()[-1] == "2 passed, 1 failed", done.stdout
        reports[shards] = _settled(tmp_path / f"r{shards}.xml")
    assert reports["1"] == reports["2"]
    here = run_flows(load_all([str(tmp_path / "flows")]), Artifacts(None, False),
                     echo=lambda _line: None)
    cases = ET.fromstring(reports["1"]).findall("testsuite/testcase")
    assert [(r.name, r.passed) for r in here] == [
        (c.get("name"), c.find("failure") is None) for c in cases]
    assert here[1].short.split(": ", 1)[1] == \
        cases[1].find("failure").get("message").split(": ", 1)[1]


@pytest.mark.slow
def test_format_html_writes_the_storyboard_to_the_output_file(main_py, write_flow, tmp_path):
    flow(write_flow, "flows/a.yaml", PASSING, name="Anna sees her name")
    done = main_py("test", "flows", "--format", "html", "--output", "story.html")
    assert done.returncode == 0, done.stdout + done.stderr
    page = (tmp_path / "story.html").read_text()
    pictures = re.findall(r"<img [^>]*src='([^']+)'", page)
    assert len(pictures) == 2 and all((tmp_path / p).is_file() for p in pictures)
    assert all(p.startswith("story-files/01-a/") for p in pictures)


# ---------------------------------------------------------------- workspaces


@pytest.mark.slow
def test_a_workspace_runs_its_order_first_skips_after_a_failure_and_never_runs_a_world(
        main_py, write_flow, tmp_path):
    write_flow("ws/config.yaml", "executionOrder:\n  continueOnFailure: false\n"
                                 "  flowsOrder: [Breaks first, Never reached]\n"
                                 "appName: kept, not read\n")
    flow(write_flow, "ws/a_breaks.yaml", FAILING, name="Breaks first")
    flow(write_flow, "ws/b_never.yaml", PASSING, name="Never reached")
    flow(write_flow, "ws/c_other.yaml", PASSING, name="Another flow", tags="smoke")
    flow(write_flow, "ws/deep/not_top_level.yaml", PASSING, name="Deep")
    write_flow("ws/small_world.yaml", "clock: 2026-03-02T09:00:00Z\nportals: []\npeople: []\n")
    done = main_py("test", "ws", "--junit", "r.xml")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    lines = [" ".join(m.groups()) for x in done.stdout.splitlines()
             if (m := re.match(r"(PASS|FAIL|SKIP) +\S+ {2}(.*?) {2}\(", x))]
    assert lines == ["FAIL Breaks first", "SKIP Never reached", "PASS Another flow"]
    assert output.rstrip().splitlines()[-1] == "1 passed, 1 failed, 1 skipped"
    suite = ET.parse(tmp_path / "r.xml").getroot().find("testsuite")
    assert suite.get("skipped") == "1"
    assert suite.find("testcase[@name='Never reached']/skipped") is not None


# ---------------------------------------------------------------- a flow that kills its process


@pytest.mark.slow
@pytest.mark.parametrize("spawn", ["", "1"], ids=["forked", "spawned"])
def test_a_flow_that_aborts_its_process_fails_alone_and_the_reports_are_whole(
        main_py, write_flow, tmp_path, monkeypatch, spawn):
    xmlschema = pytest.importorskip("xmlschema")
    monkeypatch.setenv("B24SIM_FLOW_SPAWN", spawn)  # workers forked (Linux) or new interpreters
    for name in ("a_first", "b_aborts", "c_last"):
        flow(write_flow, f"flows/{name}.yaml", PASSING, name=name.replace("_", " "))
    monkeypatch.setenv("B24SIM_TEST_CRASH_FLOW", "b_aborts.yaml")  # the worker calls abort()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    done = main_py("test", "flows", "--junit", "r.xml", "--screenshots", "shots",
                   "--shards", "1")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert output.rstrip().splitlines()[-1] == "2 passed, 1 failed"
    assert re.search(r"^FAIL .* b aborts .*\n.*the flow's process died \(signal SIGABRT\)",
                     done.stdout, re.MULTILINE), output
    assert 'ASSERT: "b_aborts.yaml" in a test hook' in done.stdout  # what it printed
    assert re.search(r"^PASS .* c last ", done.stdout, re.MULTILINE)
    xmlschema.XMLSchema(str(XSD)).validate(str(tmp_path / "r.xml"))
    cases = ET.parse(tmp_path / "r.xml").getroot().findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == ["a first", "b aborts", "c last"]
    assert "SIGABRT" in cases[1].find("failure").get("message")
    index = (tmp_path / "shots" / "index.html").read_text()
    assert index.count("<section class='flow'") == 3
    assert not list(scratch.glob("b24-flow-db-*"))  # the dead worker's databases are gone too


@pytest.mark.slow
def test_a_flow_that_hangs_its_process_is_killed_after_its_time_limit_and_fails_alone(
        main_py, write_flow, tmp_path, monkeypatch):
    for name in ("a_first", "b_hangs", "c_last"):
        flow(write_flow, f"flows/{name}.yaml", PASSING, name=name.replace("_", " "))
    monkeypatch.setenv("B24SIM_TEST_HANG_FLOW", "b_hangs.yaml")  # the worker sleeps for ever
    began = time.monotonic()
    done = main_py("test", "flows", "--junit", "r.xml", "--shards", "1", "--flow-timeout", "5")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert output.rstrip().splitlines()[-1] == "2 passed, 1 failed"
    assert re.search(r"^FAIL .* b hangs .*\n.*the flow ran longer than its time limit .* its "
                     r"process was killed", done.stdout, re.MULTILINE), output
    assert "b_hangs.yaml: a test hook (the worker stops answering)" in done.stdout
    assert re.search(r"^PASS .* c last ", done.stdout, re.MULTILINE), output
    cases = ET.parse(tmp_path / "r.xml").getroot().findall("testsuite/testcase")
    assert [c.find("failure") is None for c in cases] == [True, False, True]
    assert time.monotonic() - began < 60  # killed after 5 s + the grace, not the default 600


# ---------------------------------------------------------------- --continuous


@pytest.mark.slow
def test_continuous_runs_a_flow_again_when_its_file_changes(write_flow, tmp_path):
    target = flow(write_flow, "flows/a.yaml", PASSING, name="Anna sees her name")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "test", "flows",
                             "--continuous"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    seen: list[str] = []

    def wait_for(pattern: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line)
            if re.search(pattern, line):
                return
        raise AssertionError(f"no {pattern!r} in:\n{''.join(seen)}")

    try:
        wait_for(r"^1 passed, 0 failed")
        wait_for(r"^watching \d+ files? for changes")
        time.sleep(0.1)
        target.write_text(FAILING.format(name="Anna sees her name"), encoding="utf-8")
        wait_for(r"^changed: flows/a.yaml")
        wait_for(r"^0 passed, 1 failed")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# ---------------------------------------------------------------- memory across flows


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads /proc (Linux)")
def test_a_worker_does_not_grow_with_every_flow_it_runs(qapp):
    from gui.flows.parser import parse_flow
    from gui.flows.runner import Artifacts
    from gui.flows.shards import run_one

    def rss_mb() -> float:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf(
            "SC_PAGE_SIZE") / 2**20

    parsed = parse_flow(ROOT / "resources" / "flows" / "demo_whole_story.yaml")
    context: dict = {}
    artifacts = Artifacts(None, False)
    sizes = []
    try:
        for n in range(1, 5):
            run_one(parsed, artifacts, n, False, context)
            sizes.append(rss_mb())
    finally:
        context["stores"].close()
    # each flow's window is freed: a few MB of noise in all, not ~17 MB a flow
    assert sizes[-1] - sizes[0] < 12, sizes

"""Maestro's flow language: variables and their precedence, JavaScript (time limit, no file
access, console.log, the shared output object), control flow (repeat, retry, runFlow when,
the header's hooks) and the flow's own limits. Real runner, a stand-in window."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui.flows.model import FlowError
from gui.flows.parser import parse_flow
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker
from gui.flows.script import ScriptError, Scripts
from tests.flows.conftest import ROOT, StandInWindow


@pytest.fixture
def run(qapp, tmp_path: Path):
    stores = StoreMaker()

    def go(path: Path, env: dict | None = None, flow_timeout: float | None = None):
        artifacts = Artifacts(tmp_path / "shots", False)
        result = FlowRunner(parse_flow(path, set(env or ())), stores, artifacts,
                            window_factory=StandInWindow, env=env or {},
                            flow_timeout=flow_timeout).run()
        artifacts.flush()
        return result

    yield go
    stores.close()


def _typed(result) -> str:
    return next(s for s in result.steps if s.command.name == "inputText").command.args["text"]


# ---------------------------------------------------------------- variables


def test_env_precedence_is_header_then_run_flow_env_then_the_command_line(run, write_flow):
    write_flow("subflows/who.yaml", """
        env:
          WHO: from the sub-flow's header
          WHAT: sub-flow default
        ---
        - evalScript: ${output.who = WHO}
        - evalScript: ${output.what = WHAT}
        - evalScript: ${output.where = WHERE}
        """)
    flow = write_flow("f.yaml", """
        env:
          WHO: from the header
          WHERE: header
        ---
        - evalScript: ${output.top = WHO}
        - runFlow:
            file: subflows/who.yaml
            env:
              WHAT: from runFlow
        - assertTrue: ${output.top == 'from the header'}
        - assertTrue: ${output.who == "from the sub-flow's header"}
        - assertTrue: ${output.what == 'from runFlow'}
        - assertTrue: ${output.where == 'header'}
        """)
    assert run(flow).passed
    flow_cli = write_flow("g.yaml", """
        env:
          WHO: from the header
        ---
        - runFlow:
            file: subflows/who.yaml
            env:
              WHAT: from runFlow
        - assertTrue: ${output.who == 'cli'}
        - assertTrue: ${output.what == 'cli'}
        """)
    result = run(flow_cli, env={"WHO": "cli", "WHAT": "cli", "WHERE": "cli"})
    assert result.passed, result.failure


def test_a_variable_is_typed_with_its_value_and_a_default_works_when_unset(run, write_flow):
    flow = write_flow("f.yaml", """
        env:
          EMAIL: anna@acme.example
        ---
        - launchApp
        - scrollUntilVisible: {element: {id: delete_account}}
        - tapOn: "Delete account"
        - tapOn: {id: reason}
        - inputText: ${EMAIL} ${APP_ID || 'default'} \\${kept}
        - assertVisible: {text: "anna@acme.example default \\\\$\\\\{kept\\\\}"}
        """)
    result = run(flow)
    assert result.passed, result.failure
    assert _typed(result) == "anna@acme.example default ${kept}"


def test_an_undefined_name_fails_the_step_instead_of_typing_it(run, write_flow):
    flow = write_flow("f.yaml", """
        ---
        - launchApp
        - scrollUntilVisible: {element: {id: delete_account}}
        - tapOn: "Delete account"
        - tapOn: {id: reason}
        - inputText: ${EMAIL}
        """)
    parsed = parse_flow(flow)
    assert any("f.yaml:6: warning: ${EMAIL}: nothing defines EMAIL" in w
               for w in parsed.warnings)
    result = run(flow)
    assert not result.passed
    assert "f.yaml:6" in result.short and "nothing defines EMAIL" in result.short


def test_maestro_filename_and_platform_are_built_in(run, write_flow):
    flow = write_flow("my_flow.yaml", """
        ---
        - assertTrue: ${MAESTRO_FILENAME == 'my_flow'}
        - assertTrue: ${maestro.platform == 'ios'}
        """)
    result = run(flow)
    assert result.passed, result.failure


# ---------------------------------------------------------------- JavaScript


def test_a_script_that_never_ends_fails_within_its_time_limit():
    scripts = Scripts(seconds=0.3)
    began = time.monotonic()
    with pytest.raises(ScriptError, match="did not finish within 0.3 s"):
        scripts.run("while (true) {}")
    assert time.monotonic() - began < 2
    assert scripts.value("1 + 1") == "2"  # the context is still usable


@pytest.mark.parametrize("source", [
    "require('fs').readFileSync('/etc/passwd')",
    "std.loadFile('/etc/passwd')",
    "os.open('/etc/passwd')",
    "fetch('http://example.com')",
])
def test_scripts_have_no_file_system_or_network(source):
    with pytest.raises(ScriptError, match="not a function|cannot read property|not defined"):
        Scripts().run(source)


def test_a_run_script_error_names_the_script_and_its_line(run, write_flow, tmp_path):
    (tmp_path / "check.js").write_text("var a = 1;\nvar b = 2;\nnothing.here();\n")
    flow = write_flow("f.yaml", """
        ---
        - runScript: check.js
        """)
    result = run(flow)
    assert not result.passed
    assert "check.js:3: TypeError" in result.failure


def test_run_script_env_console_log_and_output_reach_the_flow(run, write_flow, tmp_path):
    (tmp_path / "due.js").write_text(
        "console.log('due in', DAYS);\noutput.due = Number(DAYS) + 1;\n")
    flow = write_flow("f.yaml", """
        ---
        - runScript: {file: due.js, env: {DAYS: "29"}}
        - assertTrue: ${output.due === 30}
        """)
    result = run(flow)
    assert result.passed, result.failure
    assert result.steps[0].log == ["due in 29"]


# ---------------------------------------------------------------- control flow


def test_repeat_times_and_while_and_retry(run, write_flow):
    flow = write_flow("f.yaml", """
        ---
        - evalScript: ${output.n = 0}
        - repeat:
            times: 7
            commands:
              - evalScript: ${output.n = output.n + 1}
        - assertTrue: ${output.n == 7}
        - repeat:
            while:
              true: ${output.n < 10}
            commands:
              - evalScript: ${output.n = output.n + 1}
        - assertTrue: ${output.n == 10}
        - evalScript: ${output.tries = 0}
        - retry:
            maxRetries: 2
            commands:
              - evalScript: ${output.tries = output.tries + 1}
              - assertTrue: ${output.tries == 3}
        """)
    result = run(flow)
    assert result.passed, result.failure


def test_retry_gives_up_after_max_retries_and_fails_the_flow(run, write_flow):
    flow = write_flow("f.yaml", """
        ---
        - evalScript: ${output.tries = 0}
        - retry:
            maxRetries: 1
            commands:
              - evalScript: ${output.tries = output.tries + 1}
              - assertTrue: ${output.tries == 5}
        """)
    result = run(flow)
    assert not result.passed and "f.yaml:7" in result.short


def test_run_flow_when_true_and_platform(run, write_flow):
    flow = write_flow("f.yaml", """
        ---
        - runFlow:
            when:
              true: ${1 == 2}
            commands:
              - assertTrue: false
        - runFlow:
            when: {platform: android}
            commands:
              - assertTrue: false
        - runFlow:
            when: {platform: iOS}
            commands:
              - evalScript: ${output.ran = true}
        - assertTrue: ${output.ran}
        """)
    result = run(flow)
    assert result.passed, result.failure
    assert [s.status for s in result.steps[:2]] == ["skipped", "skipped"]


def test_on_flow_complete_runs_after_a_failure(run, write_flow):
    flow = write_flow("f.yaml", """
        onFlowStart:
          - evalScript: ${output.started = true}
        onFlowComplete:
          - evalScript: ${output.completed = output.started}
          - evalScript: ${console.log('completed', output.completed)}
        ---
        - assertTrue: ${output.started}
        - assertTrue: false
        - evalScript: ${output.never = true}
        """)
    result = run(flow)
    assert not result.passed and "f.yaml:8" in result.short
    names = [s.command.line for s in result.steps]
    assert names == [2, 7, 8, 4, 5]  # the third command never ran, the hooks did
    assert result.steps[-1].log == ["completed true"]


@pytest.mark.parametrize("body", [
    "- repeat:\n    times: 1000000000\n    commands:\n      - evalScript: ${1}\n",
    "- repeat:\n    while: {true: 'true'}\n    commands:\n      - evalScript: ${1}\n",
    "- evalScript: ${while (true) {}}\n",
])
def test_what_never_ends_fails_its_flow_within_the_time_limit(run, write_flow, body):
    flow = write_flow("f.yaml", "---\n" + body)
    began = time.monotonic()
    result = run(flow, flow_timeout=1.0)
    assert time.monotonic() - began < 15
    assert not result.passed
    assert "f.yaml:" in result.short
    assert "time limit" in result.short or "did not finish" in result.short or \
        "more than" in result.short


def test_an_expression_that_throws_fails_the_step_with_its_line(run, write_flow):
    flow = write_flow("f.yaml", "---\n- evalScript: ok\n- assertTrue: ${null.x}\n")
    result = run(flow)
    assert not result.passed
    assert result.short.startswith(f"{flow.name}:3") or "f.yaml:3" in result.short
    assert "TypeError" in result.short


# ---------------------------------------------------------------- reading


def test_every_problem_of_a_file_is_reported_at_once(write_flow):
    flow = write_flow("f.yaml", """
        nmae: typo
        ---
        - tapOm: "Next"
        - launchApp
        - setLocation: {latitude: 1, longitude: 2}
        - scrollUntilVisible: {element: {id: x}, direction: SIDEWAYS}
        - stopApq
        """)
    with pytest.raises(FlowError) as caught:
        parse_flow(flow)
    lines = [f"{p.line}: {p.message}" for p in caught.value.problems]
    assert len(lines) == 5, lines
    assert lines[0].startswith("1: unknown header key 'nmae' (did you mean name?")
    assert lines[1].startswith("3: unknown command 'tapOm'; did you mean tapOn?")
    assert "not meaningful on this simulator" in lines[2]
    assert lines[3].startswith("6: scrollUntilVisible: direction")
    assert lines[4].startswith("7: unknown command 'stopApq'; did you mean stopApp?")
    assert str(caught.value).count("f.yaml:") == 5


def test_a_hint_never_names_an_unrelated_command(write_flow):
    flow = write_flow("f.yaml", "---\n- frobnicate\n- scrol\n")
    with pytest.raises(FlowError) as caught:
        parse_flow(flow)
    first, second = (p.message for p in caught.value.problems)
    assert "did you mean" not in first
    assert "did you mean scroll?" in second


def test_a_run_flow_that_includes_itself_is_refused_when_read(write_flow):
    flow = write_flow("f.yaml", "---\n- runFlow: f.yaml\n")
    with pytest.raises(FlowError, match="would run itself again"):
        parse_flow(flow)


# ---------------------------------------------------------------- the command line


def test_dash_e_beats_the_header_and_a_flow_that_never_ends_lets_the_next_run(main_py,
                                                                              write_flow):
    write_flow("a_forever.yaml", """
        ---
        - repeat:
            while: {true: "true"}
            commands:
              - evalScript: ${output.n = (output.n || 0) + 1}
        """)
    write_flow("b_env.yaml", """
        env:
          WHO: header
        ---
        - assertTrue: ${WHO == 'cli'}
        """)
    done = main_py("test", "--flow-timeout", "2", "-e", "WHO=cli", "a_forever.yaml",
                   "b_env.yaml", timeout=120)
    out = done.stdout + done.stderr
    assert "Traceback" not in out
    assert "a_forever.yaml:2" in out and "time limit of 2 s" in out
    assert "PASS" in out and out.rstrip().splitlines()[-1] == "1 passed, 1 failed"


def test_check_prints_every_problem_with_its_line_and_exits_1(main_py, write_flow):
    write_flow("bad.yaml", "---\n- tapOm: x\n- setAirplaneMode: true\n- inputText: ${WHO}\n")
    write_flow("good.yaml", "---\n- launchApp\n")
    done = main_py("check", "bad.yaml", "good.yaml")
    lines = done.stdout.splitlines()
    assert done.returncode == 1
    assert lines == [
        "bad.yaml:4: warning: ${WHO}: nothing defines WHO here (the header's env:, runFlow's "
        "env: or -e WHO=VALUE); the step will fail unless a script sets it",
        "bad.yaml:2: unknown command 'tapOm'; did you mean tapOn? (see docs/flows.md for the "
        "list)",
        "bad.yaml:3: setAirplaneMode is not meaningful on this simulator: the simulated phone "
        "has no network connection to cut; remove it; to test an unreachable backend use a "
        "world whose browser session is stale, or the mail settings for a failing delivery"]
    assert main_py("check", "good.yaml").returncode == 0
    assert main_py("check", "-e", "WHO=x", "good.yaml").stdout == ""


def test_check_imports_neither_qt_nor_the_database(write_flow, tmp_path):
    # main.py check reads flows only: Qt and SQLAlchemy would make each file cost seconds.
    # The flow uses every family of command (the backend's, control, gestures, scripts).
    write_flow("all.yaml", """
        world_file: w.yaml
        env: {WHO: anna}
        onFlowComplete: [{runProcessing: {}}]
        ---
        - launchApp
        - tapOn: {id: item_1, below: {text: Items}}
        - runFlow: {when: {platform: ios}, commands: [{back: {}}]}
        - repeat: {times: 2, commands: [{evalScript: "${output.n = 1}"}]}
        - advanceClock: 30d
        - assertEmail: {to: "${WHO}", subject: deletion}
        - assertProfile: {person: anna, request: none}
        - swipe: {direction: UP}
        """)
    write_flow("w.yaml", """
        clock: 2026-03-02T09:00:00Z
        portals: [{address: acme.bitrix24.com, name: Acme, deployment: cloud}]
        people:
          - {key: anna, name: Anna, email: a@b.example, method: email, password: x-pass-1,
             profiles: [{portal: acme.bitrix24.com, role: admin}]}
        """)
    probe = ("import runpy, sys\n"
             "sys.argv = ['main.py', 'check', 'all.yaml', 'w.yaml']\n"
             "try:\n    runpy.run_path(sys.argv_main, run_name='__main__')\n"
             "except SystemExit as exit:\n    code = exit.code\n"
             "bad = sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', "
             "'sqlalchemy', 'alembic'})\n"
             "print('exit', code, 'imported', bad)\n")
    script = tmp_path / "probe.py"
    script.write_text(probe.replace("sys.argv_main", repr(str(ROOT / "main.py"))))
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.splitlines()[-1] == "exit 0 imported []", done.stdout + done.stderr


def test_shell_variables_named_maestro_reach_every_flow_below_the_command_line(
        qapp, write_flow, tmp_path, monkeypatch, main_py):
    # As Maestro's CLI does: MAESTRO_* of the shell join the -e values; a -e of the same
    # name wins, an empty one is left out, MAESTRO_FILENAME stays the flow's own name.
    import json

    from gui.flows.options import OPTIONS_ENV

    flow = write_flow("shell_env.yaml", """
        env:
          MAESTRO_WHO: header
        ---
        - assertTrue: ${MAESTRO_WHO == 'shell'}
        - assertTrue: ${MAESTRO_WHAT == 'cli'}
        - assertTrue: ${typeof MAESTRO_EMPTY == 'undefined'}
        - assertTrue: ${MAESTRO_FILENAME == 'shell_env'}
        - inputText: ${MAESTRO_ONLY_SHELL}
        """)
    monkeypatch.setenv("MAESTRO_WHO", "shell")
    monkeypatch.setenv("MAESTRO_WHAT", "shell")
    monkeypatch.setenv("MAESTRO_EMPTY", "")
    monkeypatch.setenv("MAESTRO_FILENAME", "not this")
    monkeypatch.setenv("MAESTRO_ONLY_SHELL", "x")
    monkeypatch.setenv(OPTIONS_ENV, json.dumps({"env": {"MAESTRO_WHAT": "cli"}}))
    stores = StoreMaker()
    try:
        result = FlowRunner(parse_flow(flow), stores, Artifacts(tmp_path / "shots", False),
                            window_factory=StandInWindow).run()
    finally:
        stores.close()
    assert [s.status for s in result.steps][:4] == ["passed"] * 4, result.failure
    # main.py check knows them too: no warning for ${MAESTRO_ONLY_SHELL}
    assert "MAESTRO_ONLY_SHELL" not in main_py("check", str(flow)).stdout
    monkeypatch.delenv("MAESTRO_ONLY_SHELL")
    assert "${MAESTRO_ONLY_SHELL}: nothing defines" in main_py("check", str(flow)).stdout


def test_a_label_s_expression_is_evaluated_in_every_report(run, write_flow, tmp_path):
    import json

    from gui.flows.report import write_debug, write_junit

    flow = write_flow("f.yaml", """
        env: {WHO: anna}
        ---
        - evalScript:
            script: ${output.n = 2}
            label: Ask for ${WHO}
        - assertTrue:
            condition: ${output.n == 2}
            label: Item ${output.n} read
        """)
    result = run(flow)
    assert result.passed, result.failure
    write_junit([result], tmp_path / "j.xml")
    debug = write_debug([result], tmp_path / "debug")
    labels = [s["label"] for s in json.loads(next(debug.glob("*/commands.json")).read_text())[
        "steps"]]
    assert labels == ["Ask for anna", "Item 2 read"]
    junit = (tmp_path / "j.xml").read_text()
    assert "Ask for anna" in junit and "Item 2 read" in junit and "${" not in junit


def test_expressions_work_in_selectors_env_values_and_maestro_s_built_ins(run, write_flow):
    write_flow("sub.yaml", "appId: x\n---\n- evalScript: ${output.sub = WHAT}\n")
    flow = write_flow("built_ins.yaml", """
        env:
          ID: delete_account
          WHAT: ${'computed ' + ID}
        ---
        - scrollUntilVisible: {element: {id: "${ID}"}}
        - runFlow: {file: sub.yaml, env: {WHAT: "${WHAT + '!'}"}}
        - assertTrue: ${output.sub == 'computed delete_account!'}
        - copyTextFrom: {id: "${ID.replace('delete', 'delete')}"}
        - assertTrue: ${maestro.copiedText == 'Delete account'}
        - assertVisible: ${maestro.copiedText}
        - assertTrue: ${MAESTRO_FILENAME == 'built_ins' && maestro.platform == 'ios'}
        """)
    result = run(flow)
    assert result.passed, result.failure
    assert [s.status for s in result.steps].count("passed") == len(result.steps) == 8

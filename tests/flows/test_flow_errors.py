"""Bad flows give a message with the file and line, exit code 1 and never a traceback."""

from __future__ import annotations

import pytest

CASES = {
    "a_syntax_error": ("""
        name: broken
        ---
        - launchApp
        - tapOn: {id: continue
        """, "flow.yaml:4", "not valid YAML: the `{` opened here is never closed"),
    "an_unknown_command": ("""
        name: typo
        ---
        - launchApp
        - tapOnn: "Continue"
        """, "flow.yaml:4", "unknown command 'tapOnn'; did you mean tapOn?"),
    "a_bad_selector": ("""
        name: selector
        ---
        - launchApp
        - assertVisible: {idd: continue}
        """, "flow.yaml:4", "unknown key 'idd' (did you mean id?)"),
    "a_selector_with_neither_text_nor_id": ("""
        name: selector
        ---
        - tapOn: {enabled: true}
        """, "flow.yaml:3", "a selector needs text, id or a relative key"),
    "a_bad_regex": ("""
        name: regex
        ---
        - launchApp
        - assertVisible: {text: "*30 days", timeout: 100}
        """, "flow.yaml:4", 'no element with text "*30 days"'),  # as Maestro: plain text
    "an_invalid_world": ("""
        name: world
        world:
          clock: 2026-03-02T09:00:00Z
          portals: [{address: acme.bitrix24.com, name: Acme}]
          people:
            - key: anna
              name: Anna
              email: not-an-email
              method: email
              password: x
        ---
        - launchApp
        """, "flow.yaml:8: people[0].email: not an email address", "the world is not valid"),
    "a_missing_runflow_file": ("""
        name: missing
        ---
        - launchApp
        - runFlow: subflows/nowhere.yaml
        """, "flow.yaml:4", "no such file 'subflows/nowhere.yaml'"),
    "a_runflow_outside_the_flow_folder": ("""
        name: escape
        ---
        - runFlow: ../outside.yaml
        """, "flow.yaml:3", "is outside the flow's folder"),
    "a_runflow_that_calls_itself": ("""
        name: loop
        ---
        - runFlow: flow.yaml
        """, "flow.yaml:3", "would run itself again"),
    "an_unknown_person": ("""
        name: who
        ---
        - assertNetworkProfile: {person: zed, status: deleted}
        """, "flow.yaml:3", "unknown person 'zed'"),
    "a_bad_duration": ("""
        name: when
        ---
        - advanceClock: 30 days
        """, "flow.yaml:3", "Not a duration"),
    "a_missing_world_file": ("""
        name: world file
        world_file: worlds/none.yaml
        ---
        - launchApp
        """, "flow.yaml:2", "no such file 'worlds/none.yaml'"),
    "a_yaml_alias": ("""
        name: &n alias
        tags: [*n]
        ---
        - launchApp
        """, "flow.yaml:2", "aliases"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_flow_with_a_problem_fails_with_file_line_and_no_traceback(case, write_flow, main_py,
                                                                     tmp_path):
    text, where, what = CASES[case]
    (tmp_path / "outside.yaml").write_text("- back\n")
    flows = tmp_path / "flows"
    flows.mkdir()
    write_flow("flows/flow.yaml", text)
    done = main_py("test", "flows/flow.yaml")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert where in output, output
    assert what in output, output
    assert "Traceback" not in output, output
    assert output.rstrip().splitlines()[-1] == "0 passed, 1 failed"


def test_a_path_that_does_not_exist_is_a_failure_not_a_crash(main_py):
    done = main_py("test", "no/such/folder")
    output = done.stdout + done.stderr
    assert done.returncode == 1
    assert "no/such/folder: no such file or folder" in output
    assert "Traceback" not in output
    assert output.rstrip().splitlines()[-1] == "0 passed, 1 failed"

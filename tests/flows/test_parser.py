"""Reading flows: header, world resolution, commands with their lines, sub-flows (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.flows.cli import load
from gui.flows.model import FlowError
from gui.flows.parser import parse_flow

DEMO = Path(__file__).resolve().parents[2] / "resources" / "worlds" / "demo.yaml"


def test_every_command_keeps_its_line_and_label(write_flow):
    flow = parse_flow(write_flow("f.yaml", """
        name: Anna asks
        tags: [smoke, rule-8]
        ---
        - launchApp
        - tapOn:
            id: profile_photo
            label: Open the profile
        - inputText: "Moving to another company"
        - advanceClock: 30d
        """))
    assert flow.name == "Anna asks" and flow.tags == ("smoke", "rule-8")
    assert [(c.name, c.line) for c in flow.commands] == [
        ("launchApp", 4), ("tapOn", 5), ("inputText", 8), ("advanceClock", 9)]
    assert flow.commands[1].title == "Open the profile"
    assert flow.commands[3].args["delta"].days == 30


def test_a_flow_without_a_world_runs_in_the_demo_world(write_flow):
    flow = parse_flow(write_flow("f.yaml", "name: f\n---\n- launchApp\n"))
    assert flow.world.name == "Demo world"
    assert {p.key for p in flow.world.people} >= {"anna", "eva", "hugo"}


def test_an_inline_world_overrides_the_top_level_keys_of_its_world_file(write_flow, tmp_path):
    (tmp_path / "worlds").mkdir()
    (tmp_path / "worlds" / "demo.yaml").write_text(DEMO.read_text())
    flow = parse_flow(write_flow("flows/f.yaml", """
        world_file: ../worlds/demo.yaml
        world:
          device: {platform: android}
          policy: {platforms: [ios, android], entry: edit_profile, window_days: 14}
        ---
        - launchApp
        """))
    assert flow.world.platform == "android"
    assert flow.world.policy_platforms == ("ios", "android")
    assert flow.world.window_days == 14
    assert len(flow.world.people) == 8  # the rest came from the file


def test_a_world_file_problem_names_the_world_file_and_its_line(write_flow, tmp_path):
    (tmp_path / "bad.yaml").write_text(
        "clock: 2026-03-02T09:00:00Z\nportals:\n  - {address: acme.bitrix24.com, name: A}\n"
        "people:\n  - {key: a, name: A, email: a@x.example, method: fax}\n")
    with pytest.raises(FlowError) as caught:
        parse_flow(write_flow("f.yaml", "world_file: bad.yaml\n---\n- launchApp\n"))
    assert "bad.yaml:5: people[0].method" in str(caught.value)


def test_run_flow_pulls_in_the_sub_flow_with_its_own_file_and_lines(write_flow):
    write_flow("subflows/open_profile.yaml", """
        ---
        - tapOn: {id: profile_photo}
        - scrollUntilVisible: "Delete account"
        """)
    flow = parse_flow(write_flow("f.yaml", """
        ---
        - launchApp
        - runFlow: {file: subflows/open_profile.yaml, label: Open the profile}
        """))
    call = flow.commands[1]
    assert call.label == "Open the profile"
    inner = call.args["commands"]
    assert [(c.name, c.file.name, c.line) for c in inner] == [
        ("tapOn", "open_profile.yaml", 2), ("scrollUntilVisible", "open_profile.yaml", 3)]


def test_sub_flows_are_not_run_on_their_own_when_a_folder_is_run(write_flow, tmp_path):
    write_flow("flows/subflows/steps.yaml", "---\n- back\n")
    write_flow("flows/shared_steps.yaml", "---\n- back\n")
    write_flow("flows/main_flow.yaml", "---\n- runFlow: shared_steps.yaml\n"
               "- runFlow: subflows/steps.yaml\n")
    flows, broken = load([str(tmp_path / "flows")])
    assert not broken
    assert [f.path.name for f in flows] == ["main_flow.yaml"]


def test_a_sub_flow_cannot_bring_its_own_world(write_flow):
    write_flow("subflows/s.yaml", "world_file: x.yaml\n---\n- back\n")
    with pytest.raises(FlowError) as caught:
        parse_flow(write_flow("f.yaml", "---\n- runFlow: subflows/s.yaml\n"))
    assert "s.yaml:1" in str(caught.value) and "caller's world" in str(caught.value)


@pytest.mark.parametrize("command, message", [
    ("- assertEmail: {to: anna, count: -1}", "count: expected a whole number"),
    ("- assertProfile: {person: carla, access: closed}", "carla has 2 profiles; say which portal"),
    ("- assertProfile: {person: anna, access: shut}", "'shut' is not one of open, closed"),
    ("- setPlatform: windows", "'windows' is not one of ios, android"),
    ("- takeScreenshot: ../../etc/x", "must stay inside the screenshots folder"),
    ("- tapOn", "say which element"),
    ("- back: 3", "back takes no arguments"),
    ("- [tapOn, back]", "each command is `- name` or `- name: arguments`"),
])
def test_bad_arguments_are_refused_before_anything_runs(write_flow, command, message):
    with pytest.raises(FlowError) as caught:
        parse_flow(write_flow("f.yaml", f"---\n- launchApp\n{command}\n"))
    assert str(caught.value).startswith("f.yaml:3:") or ":3:" in str(caught.value)
    assert message in str(caught.value)


def test_email_recipients_may_be_people_or_addresses(write_flow):
    flow = parse_flow(write_flow("f.yaml", """
        ---
        - assertEmail: {to: boris, subject: "deletion", count: 1}
        - assertNoEmail: {to: Anna@Acme.example}
        """))
    assert flow.commands[0].args["to"] == "boris@acme.example"
    assert flow.commands[1].args["to"] == "anna@acme.example"


def problems_of(path) -> list[str]:
    with pytest.raises(FlowError) as caught:
        parse_flow(path)
    return [p.where_message() for p in caught.value.problems]


def test_a_file_of_commands_alone_is_refused_as_maestro_refuses_it(write_flow, monkeypatch,
                                                                    tmp_path):
    monkeypatch.chdir(tmp_path)
    # Maestro: "Flow files must contain a config section and a commands section separated
    # by ---"; an empty header before the line is this simulator's leniency (no appId here).
    assert problems_of(write_flow("f.yaml", "- launchApp\n")) == [
        "f.yaml:1: a flow file is a header and the commands, separated by a line `---` "
        "(Maestro refuses a file of commands alone); write e.g. `appId: com.bitrix24.app` (or "
        "`name: ...`) and a line `---` above the commands"]
    assert parse_flow(write_flow("g.yaml", "--- # no header\n- launchApp\n")).commands


def test_an_unknown_key_is_named_on_its_own_line(write_flow, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    first, second = problems_of(write_flow("f.yaml", """
        appId: com.example
        ---
        - launchApp:
            clearState: true
            invalidOption: true
        - tapOn:
            id: next
            below: {text: Items, colour: red}
        """))
    assert first == ("f.yaml:5: launchApp: unknown key 'invalidOption'; allowed: appId, url, "
                     "clearState, clearKeychain, stopApp, permissions, arguments, label, "
                     "optional")
    assert second.startswith("f.yaml:8: ") and "unknown key 'colour'" in second


def test_a_problem_in_a_sub_flow_names_every_run_flow_that_pulled_it_in(write_flow, monkeypatch,
                                                                         tmp_path):
    monkeypatch.chdir(tmp_path)
    write_flow("subflow/b.yaml", "appId: x\n---\n- invalidCommand\n")
    write_flow("subflow/a.yaml", "appId: x\n---\n- runFlow: ./b.yaml\n")
    assert problems_of(write_flow("f.yaml", "appId: x\n---\n- back\n- runFlow: subflow/a.yaml\n")) \
        == ["subflow/b.yaml:3: unknown command 'invalidCommand' (see docs/flows.md for the "
            "list) (runFlow at subflow/a.yaml:3, from f.yaml:4)"]


def test_javascript_words_in_braces_are_values_not_undefined_names(write_flow):
    # Maestro's own samples write when: {true: ${false}}; only WHO is a name nothing defines.
    flow = parse_flow(write_flow("f.yaml", """
        ---
        - runFlow: {when: {true: "${false}"}, commands: [{back: {}}]}
        - assertTrue: ${true}
        - evalScript: ${output.x = null}
        - inputText: ${WHO}
        """))
    assert [w.partition(": warning: ")[2][:6] for w in flow.warnings] == ["${WHO}"]


def test_maestro_s_hide_keyboard_written_with_a_space_is_hide_keyboard(write_flow):
    flow = parse_flow(write_flow("f.yaml", "appId: x\n---\n- hide keyboard\n"))
    assert [c.name for c in flow.commands] == ["hideKeyboard"]


def test_a_sub_flow_file_named_by_an_expression_is_refused_saying_why(write_flow, monkeypatch,
                                                                      tmp_path):
    # Maestro reads runFlow's and retry's file with the flow, before any ${...} has a value.
    monkeypatch.chdir(tmp_path)
    write_flow("sub.yaml", "---\n- back\n")
    found = problems_of(write_flow("f.yaml", """
        env: {SUB: sub.yaml}
        ---
        - runFlow: ${SUB}
        - retry: {file: "${SUB}"}
        """))
    assert [p.partition(": the file")[0] for p in found] == [
        "f.yaml:3: runFlow: file '${SUB}'", "f.yaml:4: retry: file '${SUB}'"]
    assert all("name the file itself" in p for p in found)

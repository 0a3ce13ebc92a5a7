"""Workspaces: Maestro's own sample workspaces select the flows Maestro's planner test says they
select, and this project's cases (a world file in a flows folder, config refusals, no config)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gui.flows.workspace import WorkspaceError, glob_regex, is_world_file, plan, read_config

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the checkout (or beside the folder of git worktrees it is one of), or
# B24SIM_MAESTRO_SAMPLES naming the maestro-samples folder.
_SAMPLE_ROOTS = [Path(os.environ["B24SIM_MAESTRO_SAMPLES"])] \
    if os.environ.get("B24SIM_MAESTRO_SAMPLES") else \
    [ROOT.parent / "shared" / "maestro-samples", ROOT.parent.parent / "shared" / "maestro-samples"]
SAMPLES = next((r for r in _SAMPLE_ROOTS if r.is_dir()), _SAMPLE_ROOTS[0]) \
    / "maestro-orchestra" / "src" / "test" / "resources" / "workspaces"
needs_samples = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"Maestro's sample workspaces are not here ({SAMPLES})")


def ws(*parts: str) -> str:
    return str(SAMPLES.joinpath(*parts))


def names(paths) -> list[str]:
    return [Path(p).relative_to(SAMPLES).as_posix() for p in paths]


# The cases of Maestro's WorkspaceExecutionPlannerTest: (inputs, include, exclude, config,
# the flows to run (any order), the sequence (in order)).
MAESTRO_CASES = {
    "000 individual file": (["000_individual_file/flow.yaml"], (), (), None,
                            ["000_individual_file/flow.yaml"], []),
    "001 simple workspace": (["001_simple"], (), (), None,
                             ["001_simple/flowA.yaml", "001_simple/flowB.yaml"], []),
    "001 multiple files": (["001_simple/flowA.yaml", "001_simple/flowB.yaml"], (), (), None,
                           ["001_simple/flowA.yaml", "001_simple/flowB.yaml"], []),
    "002 workspace with subflows": (["002_subflows"], (), (), None,
                                    ["002_subflows/flowA.yaml", "002_subflows/flowB.yaml"], []),
    "002 multiple folders": (["001_simple", "002_subflows"], (), (), None,
                             ["001_simple/flowA.yaml", "001_simple/flowB.yaml",
                              "002_subflows/flowA.yaml", "002_subflows/flowB.yaml"], []),
    "002 multiple files and folders": (
        ["000_individual_file/flow.yaml", "001_simple", "002_subflows",
         "003_include_tags/flowC.yaml"], (), (), None,
        ["000_individual_file/flow.yaml", "001_simple/flowA.yaml", "001_simple/flowB.yaml",
         "002_subflows/flowA.yaml", "002_subflows/flowB.yaml", "003_include_tags/flowC.yaml"],
        []),
    "003 include tags": (["003_include_tags"], ("included",), (), None,
                         ["003_include_tags/flowA.yaml"], []),
    "004 exclude tags": (["004_exclude_tags"], (), ("excluded",), None,
                         ["004_exclude_tags/flowA.yaml", "004_exclude_tags/flowC.yaml"], []),
    "005 custom include pattern": (
        ["005_custom_include_pattern"], (), (), None,
        ["005_custom_include_pattern/featureA/flowA.yaml",
         "005_custom_include_pattern/featureB/flowB.yaml"], []),
    "006 include subfolders": (
        ["006_include_subfolders"], (), (), None,
        ["006_include_subfolders/featureA/flowA.yaml",
         "006_include_subfolders/featureB/flowB.yaml",
         "006_include_subfolders/featureC/subfolder/flowC.yaml",
         "006_include_subfolders/flowD.yaml"], []),
    "007 empty config": (["007_empty_config"], (), (), None,
                         ["007_empty_config/flowA.yaml", "007_empty_config/flowB.yaml"], []),
    "008 literal pattern": (["008_literal_pattern"], (), (), None,
                            ["008_literal_pattern/featureA/flowA.yaml"], []),
    "009 custom fields in config": (
        ["009_custom_config_fields"], (), (), None,
        ["009_custom_config_fields/flowA.yaml", "009_custom_config_fields/flowB.yaml"], []),
    "010 global include tags": (
        ["010_global_include_tags"], ("featureB",), (), None,
        ["010_global_include_tags/flowA.yaml", "010_global_include_tags/flowA_subflow.yaml",
         "010_global_include_tags/flowB.yaml"], []),
    "011 global exclude tags": (
        ["011_global_exclude_tags"], (), ("featureA",), None,
        ["011_global_exclude_tags/flowB.yaml", "011_global_exclude_tags/flowC.yaml",
         "011_global_exclude_tags/flowE.yaml"], []),
    "012 deterministic order": (
        ["012_local_deterministic_order"], (), (), None,
        ["012_local_deterministic_order/flowA.yaml", "012_local_deterministic_order/flowB.yaml",
         "012_local_deterministic_order/flowC.yaml"], []),
    "013 execution order": (
        ["013_execution_order"], (), (), None, ["013_execution_order/flowA.yaml"],
        ["013_execution_order/flowB.yaml", "013_execution_order/flowCWithCustomName.yaml",
         "013_execution_order/flowD.yaml"]),
    "014 config not null": (["014_config_not_null"], (), (),
                            "014_config_not_null/config/another_config.yaml",
                            ["014_config_not_null/flowA.yaml"], []),
}


@needs_samples
@pytest.mark.parametrize("case", list(MAESTRO_CASES))
def test_each_maestro_sample_workspace_selects_what_maestros_planner_selects(case):
    inputs, include, exclude, config, to_run, sequence = MAESTRO_CASES[case]
    got = plan([ws(p) for p in inputs], include, exclude, ws(config) if config else None)
    rest = [f for f in got.files if f not in got.sequence]
    assert sorted(names(rest)) == sorted(to_run)
    assert names(got.sequence) == sequence  # in order
    if case.startswith("012"):
        assert names(rest) == to_run  # in order, as Maestro's test asks


@needs_samples
def test_maestros_error_workspaces_are_refused_with_one_line_or_select_nothing():
    # e003: a pattern that matches no flow file is a one-line error
    with pytest.raises(WorkspaceError) as caught:
        plan([ws("e003_flow_inclusion_pattern_does_not_match_any_flow_files", "workspace")])
    assert "FlowA.yaml, FlowB.yaml match no flow file" in str(caught.value)
    assert "\n" not in str(caught.value)
    # e001 (no YAML at all) and e002 (flows only in a subfolder, default pattern): nothing
    assert plan([ws("e001_directory_does_not_contain_flow_files", "workspace")]).files == []
    # without a config this runner searches subfolders (documented): e002's Flow.yaml is found
    found = plan([ws("e002_top_level_directory_does_not_contain_flow_files", "workspace")])
    assert names(found.files) == [
        "e002_top_level_directory_does_not_contain_flow_files/workspace/subdir/Flow.yaml"]
    # e004: the tags of the command line and the config together select nothing
    e004 = plan([ws("e004_tags_config_does_not_match_any_flow_files", "workspace")],
                ("parameterInclude",), ("parameterExclude",))
    assert e004.files == []
    assert e004.include_tags == ("parameterInclude", "configInclude")
    assert e004.exclude_tags == ("parameterExclude", "configExclude")


# ---------------------------------------------------------------- this project's cases


def write(folder: Path, rel: str, text: str) -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


FLOW = "name: {name}\ntags: [{tags}]\n---\n- launchApp\n"
WORLD = ("clock: 2026-03-02T09:00:00Z\nportals: [{address: a.bitrix24.com, name: A}]\n"
         "people: []\n")


def test_a_world_file_in_a_flows_folder_is_a_world_not_a_flow(tmp_path):
    write(tmp_path, "a_flow.yaml", FLOW.format(name="A", tags=""))
    world = write(tmp_path, "worlds/small.yaml", WORLD)
    wrapped = write(tmp_path, "wrapped.yaml", "world:\n  clock: 2026-03-02T09:00:00Z\n")
    got = plan([str(tmp_path)])
    assert [f.name for f in got.files] == ["a_flow.yaml"]
    assert set(got.worlds) == {world.resolve(), wrapped.resolve()}
    assert is_world_file(world) and not is_world_file(tmp_path / "a_flow.yaml")


def test_without_a_config_a_folder_is_searched_recursively_leaving_out_subflows(tmp_path):
    write(tmp_path, "top.yaml", FLOW.format(name="Top", tags=""))
    write(tmp_path, "deep/inner.yaml", FLOW.format(name="Inner", tags=""))
    write(tmp_path, "subflows/step.yaml", "- launchApp\n")
    write(tmp_path, ".hidden/x.yaml", FLOW.format(name="X", tags=""))
    assert [f.relative_to(tmp_path).as_posix() for f in plan([str(tmp_path)]).files] == [
        "deep/inner.yaml", "top.yaml"]


def test_with_a_config_the_default_pattern_is_the_top_level_only(tmp_path):
    write(tmp_path, "config.yaml", "")
    write(tmp_path, "top.yaml", FLOW.format(name="Top", tags=""))
    write(tmp_path, "deep/inner.yaml", FLOW.format(name="Inner", tags=""))
    assert [f.name for f in plan([str(tmp_path)]).files] == ["top.yaml"]


def test_config_tags_add_to_the_command_lines_and_unknown_keys_are_kept(tmp_path):
    write(tmp_path, "config.yaml", "includeTags: smoke\nexcludeTags: [slow]\nappName: b24\n")
    write(tmp_path, "a.yaml", FLOW.format(name="A", tags="smoke"))
    write(tmp_path, "b.yaml", FLOW.format(name="B", tags="smoke, slow"))
    write(tmp_path, "c.yaml", FLOW.format(name="C", tags="nightly"))
    got = plan([str(tmp_path)], include_tags=("nightly",))
    assert [f.name for f in got.files] == ["a.yaml", "c.yaml"]
    assert got.config.extra == {"appName": "b24"}


def test_execution_order_names_flows_by_header_name_and_runs_them_first(tmp_path):
    write(tmp_path, "config.yaml", "executionOrder:\n  continueOnFailure: false\n"
                                   "  flowsOrder: [Second, a]\n")
    write(tmp_path, "a.yaml", "---\n- launchApp\n")
    write(tmp_path, "b.yaml", FLOW.format(name="Second", tags=""))
    write(tmp_path, "c.yaml", FLOW.format(name="Other", tags=""))
    got = plan([str(tmp_path)])
    assert [f.name for f in got.flows] == ["b.yaml", "a.yaml", "c.yaml"]
    assert got.continue_on_failure is False


@pytest.mark.parametrize("text, words", [
    ("- a.yaml\n", "found a list"),
    ("flows: []\n", "names no pattern"),
    ("flows: [nothing/*]\n", "match no flow file"),
    ("executionOrder: [a]\n", "executionOrder: expected a mapping"),
    ("executionOrder: {flowsOrder: [Nobody]}\n", "no flow named 'Nobody'"),
    ("includeTags: {a: 1}\n", "includeTags: expected a word or a list of words, "
                             "e.g. includeTags: [smoke]"),
    ("flows: 5\n", 'flows: expected a word or a list of words, e.g. flows: ["*.yaml"'),
    ("flows: [\n", "not valid YAML"),
])
def test_a_config_that_is_not_a_mapping_or_names_no_flow_is_refused_in_one_line(
        tmp_path, text, words):
    write(tmp_path, "config.yaml", text)
    write(tmp_path, "a.yaml", FLOW.format(name="A", tags=""))
    with pytest.raises(WorkspaceError) as caught:
        plan([str(tmp_path)])
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_read_config_reads_every_key(tmp_path):
    config = read_config(write(tmp_path, "config.yaml",
                               "flows: 'f/*'\nexecutionOrder: {flowsOrder: [x]}\n"
                               "local: {deterministicOrder: true}\n"))
    assert config.flows == ("f/*",) and config.flows_order == ("x",)
    assert config.continue_on_failure is True and config.deterministic_order is True


@pytest.mark.parametrize("pattern, path, matches", [
    ("*", "a.yaml", True), ("*", "d/a.yaml", False), ("**", "d/e/a.yaml", True),
    ("featureA/*", "featureA/flowA.yaml", True), ("f?.yaml", "f1.yaml", True),
    ("{a,b}.yaml", "b.yaml", True), ("[ab].yaml", "c.yaml", False),
])
def test_patterns_follow_javas_glob_syntax_as_maestro_does(pattern, path, matches):
    assert bool(glob_regex(pattern).fullmatch(path)) is matches

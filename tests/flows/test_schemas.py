"""The JSON Schemas for editors (resources/schemas): current with the command registry and the
world loader, every bundled flow and world validates, and a typo'd command does not."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource

from gui.flows.schema import SCHEMA_DIR, rendered

ROOT = Path(__file__).resolve().parents[2]
FLOWS = sorted((ROOT / "resources" / "flows").rglob("*.yaml"))
WORLDS = sorted((ROOT / "resources" / "worlds").glob("*.yaml"))


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schemas = {n: json.loads((SCHEMA_DIR / n).read_text()) for n in
               ("flow.schema.json", "world.schema.json")}
    registry = Registry().with_resources(
        (n, Resource.from_contents(s)) for n, s in schemas.items())
    return jsonschema.Draft202012Validator(schemas[name], registry=registry)


def _documents(path: Path) -> list:
    # JSON's types only (a YAML timestamp is written as text), as an editor sees the file
    docs = [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d is not None]
    return json.loads(json.dumps(docs, default=str))


def test_the_committed_schemas_are_what_main_py_schema_writes():
    for name, text in rendered().items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == text, (
            f"{name} is not current: run python main.py schema")


@pytest.mark.parametrize("path", FLOWS, ids=lambda p: p.name)
def test_every_bundled_flow_validates(path):
    validator = _validator("flow.schema.json")
    for doc in _documents(path):
        errors = [e.message for e in validator.iter_errors(doc)]
        assert not errors, errors[:3]


@pytest.mark.parametrize("path", WORLDS, ids=lambda p: p.name)
def test_every_bundled_world_validates(path):
    validator = _validator("world.schema.json")
    for doc in _documents(path):
        assert not list(validator.iter_errors(doc))


def test_a_typo_in_a_command_or_a_world_key_does_not_validate():
    flow = _validator("flow.schema.json")
    assert flow.is_valid([{"tapOn": {"id": "next"}}, "launchApp"])
    assert not flow.is_valid([{"tapOm": {"id": "next"}}])
    assert not flow.is_valid(["lauchApp"])
    assert not flow.is_valid([{"setLocation": {"latitude": 1, "longitude": 2}}])
    world = _validator("world.schema.json")
    assert not world.is_valid({"clock": "2026-03-02T09:00:00Z", "poeple": []})


# Maestro's commands (the fields of its YamlFluentCommand, Maestro 1.39)
MAESTRO_COMMANDS = (
    "tapOn", "doubleTapOn", "longPressOn", "assertVisible", "assertNotVisible", "assertTrue",
    "assertNoDefectsWithAI", "assertWithAI", "extractTextWithAI", "back", "clearKeychain",
    "hideKeyboard", "pasteText", "scroll", "inputText", "inputRandomText", "inputRandomNumber",
    "inputRandomEmail", "inputRandomPersonName", "launchApp", "swipe", "openLink",
    "openBrowser", "pressKey", "eraseText", "action", "takeScreenshot", "extendedWaitUntil",
    "stopApp", "killApp", "clearState", "runFlow", "setLocation", "repeat", "copyTextFrom",
    "runScript", "waitForAnimationToEnd", "evalScript", "scrollUntilVisible", "travel",
    "startRecording", "stopRecording", "addMedia", "setAirplaneMode", "toggleAirplaneMode",
    "retry",
)


def test_the_docs_table_is_current_and_names_every_maestro_command():
    from gui.flows.schema import DOCS, docs_with_table

    text = DOCS.read_text(encoding="utf-8")
    assert docs_with_table(text) == text, "run python main.py schema"
    for name in MAESTRO_COMMANDS:
        assert f"| `{name}` | Maestro |" in text, name

"""JSON Schemas for editors (VS Code's YAML extension and the like), generated so they cannot
drift: the flow schema from the command registry (each unit's ``schema``), the world schema
from the world loader's known keys (core/world.py) and core/rules.py's choices.

``python main.py schema [--check] [--out DIR]`` writes resources/schemas/flow.schema.json and
world.schema.json (``--check``: exit 1 when the committed files are not what it would write).
Qt-free.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

from core import rules
from core.assets import resource
from core.i18n import LANGUAGES, PSEUDO
from core.world import DEVICE_KEYS, PERSON_KEYS, PORTAL_KEYS, PROFILE_KEYS, TOP_KEYS

SCHEMA_DIR = resource("schemas")  # core.assets: importlib.resources, checkout or installed
DRAFT = "https://json-schema.org/draft/2020-12/schema"
_COMMON = {"label": {"type": "string", "description": "its caption in reports and the demo"},
           "optional": {"type": ["boolean", "string"],
                        "description": "a failure is reported, the flow goes on"},
           "spotlight": {"type": ["string", "object", "boolean"],
                         "description": "what the demo points at: a selector, or false"}}


def _with_common(schema: dict) -> dict:
    """Every command's mapping form also takes label and optional."""
    schema = copy.deepcopy(schema)
    branches = schema.get("anyOf", [schema])
    for branch in branches:
        if branch.get("type") == "object" or "properties" in branch:
            branch.setdefault("properties", {}).update(_COMMON)
    return schema


def flow_schema() -> dict:
    from gui.flows.commands.registry import REGISTRY
    from gui.flows.parser import HEADER_KEYS, STRING_SPELLINGS

    commands: dict[str, dict] = {}
    for name in sorted(REGISTRY):
        unit = REGISTRY[name]
        if unit.family == "device":
            commands[name] = {"not": {}, "description": unit.doc}
        else:
            commands[name] = {**_with_common(unit.schema), "description": unit.doc}
    bare = sorted([*(n for n, u in REGISTRY.items() if u.family != "device"),
                   *STRING_SPELLINGS])
    item = {"anyOf": [
        {"enum": bare, "description": "a command without arguments: - launchApp"},
        {"type": "object", "minProperties": 1, "maxProperties": 1,
         "properties": commands, "additionalProperties": False},
    ]}
    header_props = {
        "name": {"type": ["string", "number"]}, "appId": {"type": "string"},
        "url": {"type": "string"},
        "tags": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
        "env": {"type": "object", "additionalProperties": {
            "type": ["string", "number", "boolean", "null"]}},
        "onFlowStart": {"$ref": "#/$defs/commands"},
        "onFlowComplete": {"$ref": "#/$defs/commands"},
        "jsEngine": {"type": "string"},
        "world_file": {"type": "string", "description": "a world YAML, relative to the flow"},
        "world": {"$ref": "world.schema.json"},
    }
    assert set(header_props) == set(HEADER_KEYS), "the header's keys changed: update here"
    return {
        "$schema": DRAFT,
        "$id": "flow.schema.json",
        "title": "Delete account prototype: a Maestro flow",
        "description": "Each YAML document of a flow file: the header (a mapping), then the "
                       "commands (a list). Generated from gui/flows/commands by "
                       "`python main.py schema`.",
        "anyOf": [{"$ref": "#/$defs/header"}, {"$ref": "#/$defs/commands"}],
        "$defs": {
            "header": {"type": "object", "properties": header_props},
            "commands": {"type": "array", "items": item},
        },
    }


def world_schema() -> dict:
    def keys(names: set[str], props: dict) -> dict:
        assert set(props) == names, f"the world loader's keys changed: {sorted(names)}"
        return {"type": "object", "properties": props, "additionalProperties": False}

    text = {"type": "string"}
    # The loader also takes pt_BR, PT-BR...; editors suggest the names as they are written.
    language = {"enum": [*LANGUAGES, PSEUDO]}
    platform = {"enum": list(rules.PLATFORMS)}
    device = keys(DEVICE_KEYS, {"platform": platform, "language": language})
    profile = keys(PROFILE_KEYS, {
        "portal": text, "role": {"enum": list(rules.ROLES)},
        "employment": {"enum": ["active", "dismissed"]}, "access": {"enum": ["open", "closed"]},
        "listed": {"type": "boolean"}})
    person = keys(PERSON_KEYS, {
        "key": text, "name": text, "email": text, "phone": text,
        "method": {"enum": list(rules.METHODS)}, "password": text, "position": text,
        "device": {"anyOf": [platform, device]}, "language": language,
        "profiles": {"type": "array", "items": profile}})
    portal = keys(PORTAL_KEYS, {"address": text, "name": text,
                                "deployment": {"enum": list(rules.DEPLOYMENTS)}})
    top = keys(TOP_KEYS, {
        "name": text, "clock": {"type": ["string"]},
        "device": device,
        "policy": {"type": "object", "additionalProperties": False, "properties": {
            "platforms": {"type": "array", "items": {"enum": list(rules.PLATFORMS)}},
            "entry": {"enum": list(rules.ENTRIES)},
            "window_days": {"type": "integer", "minimum": 1}}},
        "portals": {"type": "array", "items": portal},
        "people": {"type": "array", "items": person},
        "session": {"type": "object", "additionalProperties": False,
                    "properties": {"person": text, "portal": text}},
        "browser": {"type": "object", "additionalProperties": False,
                    "properties": {"person": text}}})
    return {
        "$schema": DRAFT,
        "$id": "world.schema.json",
        "title": "Delete account prototype: a world",
        "description": "A world file (or a flow header's world:). Generated from core/world.py "
                       "by `python main.py schema`.",
        "anyOf": [top, {"type": "object", "properties": {"world": top},
                        "required": ["world"], "additionalProperties": False}],
    }


DOCS = Path(__file__).resolve().parents[2] / "docs" / "flows.md"
TABLE_START, TABLE_END = "<!-- commands:start -->", "<!-- commands:end -->"


def command_table() -> str:
    """docs/flows.md's table of every command, family by family, from the registry."""
    from gui.flows.commands.base import FAMILIES
    from gui.flows.commands.registry import REGISTRY

    lines = ["| command | from | what it does here |", "|---|---|---|"]
    for family in FAMILIES:
        for name in sorted(n for n, u in REGISTRY.items() if u.family == family):
            unit = REGISTRY[name]
            origin = "Maestro" if unit.maestro else "this simulator"
            doc = unit.doc.replace("|", "\\|") + (" (not written yet)" if unit.stub else "")
            lines.append(f"| `{name}` | {origin} | {doc} |")
    return "\n".join(lines)


def docs_with_table(text: str) -> str:
    """``text`` (docs/flows.md) with the table between its markers made current."""
    start, end = text.find(TABLE_START), text.find(TABLE_END)
    if start < 0 or end < start:
        return text
    return text[:start + len(TABLE_START)] + "\n" + command_table() + "\n" + text[end:]


def rendered() -> dict[str, str]:
    return {name: json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
            for name, schema in (("flow.schema.json", flow_schema()),
                                 ("world.schema.json", world_schema()))}


def add_schema_parser(sub) -> argparse.ArgumentParser:
    s = sub.add_parser("schema", help="write the JSON Schemas of flows and worlds (editors)")
    s.add_argument("--out", metavar="DIR", default=str(SCHEMA_DIR),
                   help="where to write them (default resources/schemas)")
    s.add_argument("--check", action="store_true",
                   help="write nothing; exit 1 when the files there are not current")
    return s


def run_schema(args) -> int:
    folder = Path(args.out)
    stale = []
    for name, text in rendered().items():
        path = folder / name
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        if args.check:
            stale.append(name)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    if DOCS.is_file():
        text = DOCS.read_text(encoding="utf-8")
        if docs_with_table(text) != text:
            if args.check:
                stale.append("docs/flows.md's command table")
            else:
                DOCS.write_text(docs_with_table(text), encoding="utf-8")
                print(f"wrote the command table in {DOCS}")
    if stale:
        print(f"not current: {', '.join(stale)} (run python main.py schema)", file=sys.stderr)
        return 1
    return 0

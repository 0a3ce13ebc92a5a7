"""Reading flow files: Maestro's layout (header, ``---``, a list of commands), every command
checked before anything runs, each with its file and line.

Qt-free. ``parse_flow(path)`` returns a ``Flow`` or raises ``FlowError`` ("file:line: what is
wrong"); nothing here ever shows a traceback for bad input.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from core import rules
from core.errors import DomainError
from core.processing import parse_duration
from core.world import DEMO_WORLD, WorldError, WorldSpec, merge_world, validate_world
from core.yamlsafe import YamlProblem, _NoAliasLoader, line_of, read_text
from gui.flows.model import Command, Flow, FlowError, Selector, shown_path

HEADER_KEYS = ("name", "tags", "world", "world_file", "appId")
SUBFLOW_HEADER_KEYS = ("name", "tags", "appId")
DIRECTIONS = ("DOWN", "UP", "LEFT", "RIGHT")
EMPLOYMENT = ("active", "dismissed")
ACCESS = ("open", "closed")
REQUEST = ("none", "pending", "cancelled", "completed")
STATUS = ("active", "deleted")
MAX_TIMEOUT_MS = 600_000
SCREENSHOT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.\-]{0,99}$")


class _Loader(_NoAliasLoader):
    """The safe loader of core.yamlsafe (no aliases), used node by node to keep line numbers."""


_UNCLOSED = {"flow mapping": "the `{`", "flow sequence": "the `[`",
             "quoted scalar": "the quote"}


def _compose(text: str, file: Path) -> list[tuple[yaml.Node, Any]]:
    """Every non-empty YAML document of ``text`` as (node, value)."""
    loader = _Loader(text)
    docs: list[tuple[yaml.Node, Any]] = []
    try:
        while loader.check_node():
            node = loader.get_node()
            value = loader.construct_document(node)
            if value is not None:
                docs.append((node, value))
    except YamlProblem as exc:
        match = re.match(r"line (\d+): (.*)", str(exc), re.DOTALL)
        if match:
            raise FlowError(file, int(match[1]), match[2]) from None
        raise FlowError(file, None, str(exc)) from None
    except yaml.MarkedYAMLError as exc:
        mark, problem = exc.problem_mark or exc.context_mark, exc.problem or str(exc)
        opened = _UNCLOSED.get((exc.context or "").split(" a ")[-1])
        if opened and exc.context_mark and "end" in problem and "stream" in problem:
            # PyYAML notices only at the end of the file; the line to fix is where it opened
            mark, problem = exc.context_mark, f"{opened} opened here is never closed ({problem})"
        line = mark.line + 1 if mark else None
        raise FlowError(file, line, f"not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise FlowError(file, None, f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()
    return docs


def _read(file: Path, what: str) -> str:
    try:
        return read_text(file, what)
    except YamlProblem as exc:
        raise FlowError(file, None, str(exc).removeprefix(f"{file}: ")) from None


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                return v
    return None


# ---------------------------------------------------------------- worlds


@lru_cache(maxsize=1)
def demo_world() -> WorldSpec:
    from core.world import load_world

    return load_world(DEMO_WORLD)


def _world_file(path: Path) -> tuple[dict, yaml.Node]:
    docs = _compose(_read(path, "world file"), path)
    if len(docs) != 1:
        raise FlowError(path, None, f"expected one world mapping, found {len(docs)} documents")
    node, data = docs[0]
    if isinstance(data, dict) and list(data) == ["world"]:
        node, data = _child(node, "world"), data["world"]
    if not isinstance(data, dict):
        raise FlowError(path, node.start_mark.line + 1, "expected a world mapping")
    return data, node


def resolve_world(header: dict, header_node: yaml.Node, file: Path) -> WorldSpec:
    """The flow's world: ``world_file`` (relative to the flow), its top-level keys overridden
    by an inline ``world``; the demo world when the flow names none."""
    inline, world_file = header.get("world"), header.get("world_file")
    if inline is None and world_file is None:
        return demo_world()
    base: dict = {}
    base_node = base_path = None
    if world_file is not None:
        line = line_of(header_node, "world_file")
        if not isinstance(world_file, str) or not world_file.strip():
            raise FlowError(file, line, "world_file: expected the path of a world YAML file")
        base_path = (file.parent / world_file).resolve()
        if not base_path.is_file():
            raise FlowError(file, line, f"world_file: no such file {world_file!r} "
                            f"(looked for {shown_path(base_path)})")
        base, base_node = _world_file(base_path)
    inline_node = _child(header_node, "world")
    if inline is not None and not isinstance(inline, dict):
        raise FlowError(file, line_of(header_node, "world"),
                        "world: expected a mapping (clock, device, policy, portals, people, ...)")
    merged = merge_world(base, inline)
    try:
        return validate_world(merged, shown_path(file))
    except WorldError as exc:
        lines = []
        first = None
        for problem in exc.problems:
            path, _, what = problem.partition(": ")
            top = re.split(r"[.\[]", path, maxsplit=1)[0]
            if inline is not None and (top in inline or base_node is None):
                where_file, line = file, line_of(inline_node, path)
            elif base_node is not None:
                where_file, line = base_path, line_of(base_node, path)
            else:
                where_file, line = file, line_of(header_node, "world")
            first = first or (where_file, line)
            lines.append(f"  {shown_path(where_file)}:{line}: {path}: {what}")
        raise FlowError(file, line_of(header_node, "world" if inline is not None else "world_file"),
                        "the world is not valid:\n" + "\n".join(lines)) from None


# ---------------------------------------------------------------- commands


@dataclass
class _Ctx:
    file: Path
    root: Path  # runFlow files must stay inside this folder tree
    world: WorldSpec
    stack: tuple[Path, ...]
    included: set[Path] = field(default_factory=set)

    def error(self, line: int, message: str) -> FlowError:
        return FlowError(self.file, line, message)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), type(value).__name__)


def _mapping(ctx: _Ctx, line: int, name: str, arg: Any, allowed: tuple[str, ...],
             required: tuple[str, ...] = ()) -> dict:
    if not isinstance(arg, dict):
        raise ctx.error(line, f"{name}: expected a mapping with {', '.join(allowed)}; "
                        f"got {_kind(arg)}")
    for key in arg:
        if key not in allowed:
            hint = difflib.get_close_matches(str(key), allowed, n=1)
            also = f" (did you mean {hint[0]}?)" if hint else ""
            raise ctx.error(line, f"{name}: unknown key {key!r}{also}; allowed: "
                            f"{', '.join(allowed)}, label, optional")
    for key in required:
        if key not in arg:
            raise ctx.error(line, f"{name}: {key} is missing")
    return arg


def _text(ctx: _Ctx, line: int, where: str, value: Any, allow_empty: bool = False) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ctx.error(line, f"{where}: expected text, got {_kind(value)}")
    text = str(value)
    if not allow_empty and not text.strip():
        raise ctx.error(line, f"{where}: must not be empty")
    return text


def _choice(ctx: _Ctx, line: int, where: str, value: Any, options: tuple[str, ...]) -> str:
    if value not in options:
        raise ctx.error(line, f"{where}: {value!r} is not one of {', '.join(options)}")
    return value


def _bool(ctx: _Ctx, line: int, where: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ctx.error(line, f"{where}: expected true or false, got {value!r}")
    return value


def _int(ctx: _Ctx, line: int, where: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ctx.error(line, f"{where}: expected a whole number {low}-{high}, got {value!r}")
    return value


def _regex(ctx: _Ctx, line: int, where: str, pattern: str) -> str:
    try:
        re.compile(pattern, re.DOTALL)
    except re.error as exc:
        raise ctx.error(line, f"{where} {pattern!r} is not a valid regular expression ({exc}); "
                        f"to match it literally write {re.escape(pattern)!r}") from None
    return pattern


SELECTOR_KEYS = ("text", "id", "index", "enabled", "checked")


def _selector(ctx: _Ctx, line: int, name: str, arg: Any,
              extra: tuple[str, ...] = ()) -> tuple[Selector, dict]:
    if isinstance(arg, str | int | float) and not isinstance(arg, bool):
        return Selector(text=_regex(ctx, line, f"{name}: text", _text(ctx, line, name, arg))), {}
    if arg is None:
        raise ctx.error(line, f"{name}: say which element, e.g. `{name}: \"Continue\"` or "
                        f"`{name}: {{id: continue}}`")
    arg = _mapping(ctx, line, name, arg, SELECTOR_KEYS + extra)
    if "text" not in arg and "id" not in arg:
        raise ctx.error(line, f"{name}: a selector needs text or id")
    text = arg.get("text")
    if text is not None:
        text = _regex(ctx, line, f"{name}: text", _text(ctx, line, f"{name}: text", text))
    ident = arg.get("id")
    if ident is not None:
        ident = _regex(ctx, line, f"{name}: id", _text(ctx, line, f"{name}: id", ident))
    index = arg.get("index")
    if index is not None:
        index = _int(ctx, line, f"{name}: index", index, 0, 10_000)
    enabled = arg.get("enabled")
    if enabled is not None:
        enabled = _bool(ctx, line, f"{name}: enabled", enabled)
    checked = arg.get("checked")
    if checked is not None:
        checked = _bool(ctx, line, f"{name}: checked", checked)
    extras = {k: arg[k] for k in extra if k in arg}
    return Selector(text, ident, index, enabled, checked), extras


def _timeout(ctx: _Ctx, line: int, name: str, extras: dict) -> int | None:
    if "timeout" not in extras:
        return None
    return _int(ctx, line, f"{name}: timeout (milliseconds)", extras["timeout"], 0, MAX_TIMEOUT_MS)


def _person(ctx: _Ctx, line: int, where: str, value: Any) -> str:
    key = _text(ctx, line, where, value).strip()
    for p in ctx.world.people:
        if key in (p.key, p.name):
            return p.key
    known = ", ".join(p.key for p in ctx.world.people)
    raise ctx.error(line, f"{where}: unknown person {key!r} (known: {known})")


def _portal(ctx: _Ctx, line: int, where: str, value: Any) -> str:
    address = _text(ctx, line, where, value).strip().lower()
    if address not in {p.address for p in ctx.world.portals}:
        known = ", ".join(p.address for p in ctx.world.portals)
        raise ctx.error(line, f"{where}: unknown Bitrix24 {address!r} (known: {known})")
    return address


# Each checker takes (ctx, line, name, arg, node) and returns the command's arguments.


def _none(ctx, line, name, arg, node):
    if arg not in (None, {}):
        raise ctx.error(line, f"{name} takes no arguments (only label and optional)")
    return {}


def _launch_app(ctx, line, name, arg, node):
    if arg is None:
        return {"clearState": False}
    arg = _mapping(ctx, line, name, arg, ("appId", "clearState", "stopApp"))
    clear = _bool(ctx, line, f"{name}: clearState", arg.get("clearState", False))
    return {"clearState": clear}


def _tap_on(ctx, line, name, arg, node):
    selector, extras = _selector(ctx, line, name, arg, ("timeout",))
    return {"selector": selector, "timeout": _timeout(ctx, line, name, extras)}


def _input_text(ctx, line, name, arg, node):
    if isinstance(arg, dict):
        arg = _mapping(ctx, line, name, arg, ("text",), required=("text",))["text"]
    text = _text(ctx, line, name, arg, allow_empty=True)
    if len(text) > 10_000:
        raise ctx.error(line, f"{name}: at most 10000 characters")
    return {"text": text}


def _erase_text(ctx, line, name, arg, node):
    if isinstance(arg, dict):
        arg = _mapping(ctx, line, name, arg, ("charactersToErase",)).get("charactersToErase")
    count = 50 if arg is None else _int(ctx, line, name, arg, 0, 10_000)
    return {"count": count}


def _assert_visible(ctx, line, name, arg, node):
    return _tap_on(ctx, line, name, arg, node)


def _scroll_until_visible(ctx, line, name, arg, node):
    if not isinstance(arg, dict):
        selector, _ = _selector(ctx, line, name, arg)
        return {"selector": selector, "direction": "DOWN", "timeout": None, "visibility": 100}
    arg = _mapping(ctx, line, name, arg, ("element", "direction", "timeout", "speed",
                                          "visibilityPercentage", "centerElement"),
                   required=("element",))
    selector, _ = _selector(ctx, line, f"{name}: element", arg["element"])
    direction = str(arg.get("direction", "DOWN")).upper()
    _choice(ctx, line, f"{name}: direction", direction, DIRECTIONS)
    timeout = _int(ctx, line, f"{name}: timeout", arg["timeout"], 0, MAX_TIMEOUT_MS) \
        if "timeout" in arg else None
    if "speed" in arg:
        _int(ctx, line, f"{name}: speed", arg["speed"], 0, 100)
    visibility = _int(ctx, line, f"{name}: visibilityPercentage",
                      arg.get("visibilityPercentage", 100), 1, 100)
    if "centerElement" in arg:
        _bool(ctx, line, f"{name}: centerElement", arg["centerElement"])
    return {"selector": selector, "direction": direction, "timeout": timeout,
            "visibility": visibility}


def _take_screenshot(ctx, line, name, arg, node):
    if isinstance(arg, dict):
        arg = _mapping(ctx, line, name, arg, ("path",), required=("path",))["path"]
    if arg is None:
        return {"name": None}
    shot = _text(ctx, line, name, arg).strip()
    shot = shot.removesuffix(".png")
    if not SCREENSHOT_NAME.match(shot):
        raise ctx.error(line, f"{name}: {shot!r} is not a plain file name (letters, digits, "
                        "space, . _ -; no folders)")
    return {"name": shot}


def _run_flow(ctx, line, name, arg, node):
    if isinstance(arg, str):
        arg = {"file": arg}
        node = None
    arg = _mapping(ctx, line, name, arg, ("file", "commands", "when", "env"))
    if ("file" in arg) == ("commands" in arg):
        raise ctx.error(line, f"{name}: give either file or commands")
    if arg.get("env"):
        raise ctx.error(line, f"{name}: env is not supported by this runner")
    when = _when(ctx, line, name, arg.get("when"))
    if "commands" in arg:
        commands = _commands(ctx, _child(node, "commands"), arg["commands"])
        return {"file": None, "commands": commands, "when": when}
    file = _text(ctx, line, f"{name}: file", arg["file"]).strip()
    target = (ctx.file.parent / file).resolve()
    if not target.is_relative_to(ctx.root):
        raise ctx.error(line, f"{name}: {file!r} is outside the flow's folder "
                        f"{shown_path(ctx.root)}; keep sub-flows inside it (e.g. in subflows/)")
    if target in ctx.stack:
        chain = " -> ".join(p.name for p in (*ctx.stack, target))
        raise ctx.error(line, f"{name}: {file!r} would run itself again ({chain})")
    if not target.is_file():
        raise ctx.error(line, f"{name}: no such file {file!r} (looked for {shown_path(target)})")
    sub = _Ctx(target, ctx.root, ctx.world, (*ctx.stack, target), ctx.included)
    ctx.included.add(target)
    header, _, commands = _parse_file(sub, subflow=True)
    return {"file": target, "commands": commands, "when": when,
            "name": str(header.get("name") or target.stem)}


def _when(ctx, line, name, when):
    if when is None:
        return None
    when = _mapping(ctx, line, f"{name}: when", when, ("visible", "notVisible", "platform"))
    out: dict[str, Any] = {}
    for key in ("visible", "notVisible"):
        if key in when:
            out[key], _ = _selector(ctx, line, f"{name}: when: {key}", when[key])
    if "platform" in when:
        out["platform"] = _choice(ctx, line, f"{name}: when: platform",
                                  str(when["platform"]).lower(), rules.PLATFORMS)
    return out


def _advance_clock(ctx, line, name, arg, node):
    if isinstance(arg, dict):
        arg = _mapping(ctx, line, name, arg, ("duration",), required=("duration",))["duration"]
    text = _text(ctx, line, name, arg)
    try:
        delta = parse_duration(text)
    except DomainError as exc:  # parse_duration checks the size before building a timedelta
        raise ctx.error(line, f"{name}: {exc}") from None
    return {"duration": text, "delta": delta}


EMAIL_KEYS = ("to", "subject", "contains", "count", "suppressed")


def _assert_email(ctx, line, name, arg, node):
    keys = EMAIL_KEYS if name == "assertEmail" else EMAIL_KEYS[:3] + EMAIL_KEYS[4:]
    arg = _mapping(ctx, line, name, arg, keys)
    if not any(k in arg for k in ("to", "subject", "contains")):
        raise ctx.error(line, f"{name}: say which email: to, subject and/or contains")
    out: dict[str, Any] = {"to": None, "to_label": None, "subject": None, "contains": None,
                           "count": None, "suppressed": False}
    if "to" in arg:
        to = _text(ctx, line, f"{name}: to", arg["to"]).strip()
        if "@" in to:
            out["to"], out["to_label"] = to.lower(), to
        else:
            key = _person(ctx, line, f"{name}: to", to)
            out["to"] = next(p.email for p in ctx.world.people if p.key == key)
            out["to_label"] = f"{key} <{out['to']}>"
    if "subject" in arg:
        out["subject"] = _regex(ctx, line, f"{name}: subject",
                                _text(ctx, line, f"{name}: subject", arg["subject"]))
    if "contains" in arg:
        out["contains"] = _text(ctx, line, f"{name}: contains", arg["contains"])
    if "count" in arg:
        out["count"] = _int(ctx, line, f"{name}: count", arg["count"], 0, 100_000)
    if "suppressed" in arg:
        out["suppressed"] = _bool(ctx, line, f"{name}: suppressed", arg["suppressed"])
    return out


def _assert_profile(ctx, line, name, arg, node):
    arg = _mapping(ctx, line, name, arg, ("person", "portal", "employment", "access", "request",
                                          "role", "listed"), required=("person",))
    person = _person(ctx, line, f"{name}: person", arg["person"])
    spec = next(p for p in ctx.world.people if p.key == person)
    if "portal" in arg:
        portal = _portal(ctx, line, f"{name}: portal", arg["portal"])
    elif len(spec.profiles) == 1:
        portal = spec.profiles[0].portal
    else:
        raise ctx.error(line, f"{name}: {person} has {len(spec.profiles)} profiles; say which "
                        "portal")
    expect: dict[str, Any] = {}
    for key, options in (("employment", EMPLOYMENT), ("access", ACCESS), ("request", REQUEST),
                         ("role", rules.ROLES)):
        if key in arg:
            expect[key] = _choice(ctx, line, f"{name}: {key}", arg[key], options)
    if "listed" in arg:
        expect["listed"] = _bool(ctx, line, f"{name}: listed", arg["listed"])
    if not expect:
        raise ctx.error(line, f"{name}: say what to check: employment, access, request, role "
                        "or listed")
    return {"person": person, "portal": portal, "expect": expect}


def _assert_network_profile(ctx, line, name, arg, node):
    arg = _mapping(ctx, line, name, arg, ("person", "status"), required=("person", "status"))
    return {"person": _person(ctx, line, f"{name}: person", arg["person"]),
            "status": _choice(ctx, line, f"{name}: status", arg["status"], STATUS)}


def _assert_portal(ctx, line, name, arg, node):
    arg = _mapping(ctx, line, name, arg, ("address", "status"), required=("address", "status"))
    return {"address": _portal(ctx, line, f"{name}: address", arg["address"]),
            "status": _choice(ctx, line, f"{name}: status", arg["status"], STATUS)}


def _set_platform(ctx, line, name, arg, node):
    if isinstance(arg, dict):
        arg = _mapping(ctx, line, name, arg, ("platform",), required=("platform",))["platform"]
    return {"platform": _choice(ctx, line, name, str(arg).lower(), rules.PLATFORMS)}


def _assign_admin(ctx, line, name, arg, node):
    arg = _mapping(ctx, line, name, arg, ("portal", "person"), required=("portal", "person"))
    return {"portal": _portal(ctx, line, f"{name}: portal", arg["portal"]),
            "person": _person(ctx, line, f"{name}: person", arg["person"])}


def _sign_in(ctx, line, name, arg, node):
    if not isinstance(arg, dict):
        arg = {"person": arg}
    arg = _mapping(ctx, line, name, arg, ("person", "portal"), required=("person",))
    return {"person": _person(ctx, line, f"{name}: person", arg["person"]),
            "portal": _portal(ctx, line, f"{name}: portal", arg["portal"])
            if "portal" in arg else None}


def _wait(ctx, line, name, arg, node):
    if isinstance(arg, dict):
        arg = _mapping(ctx, line, name, arg, ("timeout",))
        return {"timeout": _timeout(ctx, line, name, arg)}
    return _none(ctx, line, name, arg, node)


def _extended_wait(ctx, line, name, arg, node):
    arg = _mapping(ctx, line, name, arg, ("visible", "notVisible", "timeout"))
    if ("visible" in arg) == ("notVisible" in arg):
        raise ctx.error(line, f"{name}: give either visible or notVisible")
    key = "visible" if "visible" in arg else "notVisible"
    selector, _ = _selector(ctx, line, f"{name}: {key}", arg[key])
    return {"selector": selector, "visible": key == "visible",
            "timeout": _timeout(ctx, line, name, arg)}


COMMANDS = {
    # Maestro's own commands
    "launchApp": _launch_app,
    "tapOn": _tap_on,
    "inputText": _input_text,
    "eraseText": _erase_text,
    "assertVisible": _assert_visible,
    "assertNotVisible": _assert_visible,
    "scrollUntilVisible": _scroll_until_visible,
    "back": _none,
    "takeScreenshot": _take_screenshot,
    "runFlow": _run_flow,
    "waitForAnimationToEnd": _wait,
    "extendedWaitUntil": _extended_wait,
    "hideKeyboard": _none,
    # extensions for the simulated backend
    "advanceClock": _advance_clock,
    "runProcessing": _none,
    "assertEmail": _assert_email,
    "assertNoEmail": _assert_email,
    "assertProfile": _assert_profile,
    "assertNetworkProfile": _assert_network_profile,
    "assertPortal": _assert_portal,
    "setPlatform": _set_platform,
    "assignAdmin": _assign_admin,
    "signIn": _sign_in,
}


def _source(name: str, arg: Any) -> str:
    if arg is None or arg == {}:
        return name
    if isinstance(arg, dict):
        arg = {k: v for k, v in arg.items() if k not in ("commands", "label", "optional")}
    text = yaml.safe_dump(arg, default_flow_style=True, width=10_000, allow_unicode=True,
                          sort_keys=False).strip()
    text = text.removesuffix("...").strip()
    text = f"{name}: {text}"
    return text if len(text) <= 120 else text[:117] + "..."


def _commands(ctx: _Ctx, node: yaml.Node | None, value: Any) -> list[Command]:
    line0 = node.start_mark.line + 1 if node is not None else 1
    if not isinstance(value, list):
        raise ctx.error(line0, f"expected a list of commands (`- tapOn: ...`), got {_kind(value)}")
    out: list[Command] = []
    for i, item in enumerate(value):
        item_node = node.value[i] if isinstance(node, yaml.SequenceNode) else None
        line = item_node.start_mark.line + 1 if item_node is not None else line0
        arg_node = None
        if isinstance(item, str):
            name, arg = item, None
        elif isinstance(item, dict) and len(item) == 1:
            name, arg = next(iter(item.items()))
            if isinstance(item_node, yaml.MappingNode):
                arg_node = item_node.value[0][1]
        else:
            raise ctx.error(line, "each command is `- name` or `- name: arguments` "
                            f"(got {_kind(item)})")
        if not isinstance(name, str) or name not in COMMANDS:
            hint = difflib.get_close_matches(str(name), list(COMMANDS), n=1)
            also = f"; did you mean {hint[0]}?" if hint else ""
            raise ctx.error(line, f"unknown command {name!r}{also} "
                            "(see docs/flows.md for the list)")
        label, optional = None, False
        if isinstance(arg, dict):
            arg = dict(arg)
            if "label" in arg:
                label = _text(ctx, line, f"{name}: label", arg.pop("label")).strip()
            if "optional" in arg:
                optional = _bool(ctx, line, f"{name}: optional", arg.pop("optional"))
            if not arg and name != "runFlow":
                arg = None
        args = COMMANDS[name](ctx, line, name, arg, arg_node)
        out.append(Command(name, args, ctx.file, line, label, optional, _source(name, arg)))
    return out


def _parse_file(ctx: _Ctx, subflow: bool = False) -> tuple[dict, Any, list[Command]]:
    docs = _compose(_read(ctx.file, "flow file"), ctx.file)
    if not docs:
        raise ctx.error(1, "the flow is empty: write a header, a line `---`, then the commands")
    if len(docs) > 2:
        raise ctx.error(docs[2][0].start_mark.line + 1,
                        f"expected a header, `---` and the commands; found {len(docs)} documents")
    if len(docs) == 1:
        node, value = docs[0]
        if isinstance(value, dict):
            raise ctx.error(node.end_mark.line + 1, "no commands: after the header write a line "
                            "`---`, then the commands as a list")
        header, header_node = {}, None
        commands_node, commands = node, value
    else:
        (header_node, header), (commands_node, commands) = docs
        if not isinstance(header, dict):
            raise ctx.error(header_node.start_mark.line + 1,
                            "the header (before `---`) must be a mapping: name, tags, world, "
                            "world_file")
    allowed = SUBFLOW_HEADER_KEYS if subflow else HEADER_KEYS
    for key in header:
        if key not in allowed:
            line = line_of(header_node, str(key))
            if subflow and key in ("world", "world_file"):
                raise ctx.error(line, "a sub-flow runs in its caller's world: remove "
                                f"{key} from it")
            raise ctx.error(line, f"unknown header key {key!r} (allowed: {', '.join(allowed)})")
    if not subflow:
        ctx.world = resolve_world(header, header_node, ctx.file)
    return header, header_node, _commands(ctx, commands_node, commands)


def _tags(ctx: _Ctx, header: dict, header_node) -> tuple[str, ...]:
    tags = header.get("tags", [])
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        raise ctx.error(line_of(header_node, "tags"), "tags: expected a list of words")
    return tuple(t.strip() for t in tags)


def _name(value: Any) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()[:200] or None
    return None


def header_name(path: Path | str) -> str | None:
    """The ``name`` of a flow's header when the header alone can be read, else None: a flow
    that fails further down is still reported under its own name. Never raises."""
    try:
        loader = _Loader(read_text(Path(path), "flow file"))
        try:
            header = loader.get_data() if loader.check_node() else None
        finally:
            loader.dispose()
    except Exception:  # noqa: BLE001 - unreadable in any way: the caller uses the file name
        return None
    return _name(header.get("name")) if isinstance(header, dict) else None


def parse_flow(path: Path | str) -> Flow:
    """Read, check and resolve one flow file (its sub-flows and world included)."""
    file = Path(path).resolve()
    ctx = _Ctx(file, file.parent, demo_world(), (file,))
    docs_header, header_node, commands = _parse_file(ctx)
    name = docs_header.get("name") or file.stem.replace("_", " ")
    if not isinstance(name, str | int | float) or isinstance(name, bool):
        raise ctx.error(line_of(header_node, "name"), "name: expected text")
    tags = _tags(ctx, docs_header, header_node) if docs_header else ()
    return Flow(file, _name(name) or file.stem.replace("_", " "), tags, ctx.world, commands,
                set(ctx.included))

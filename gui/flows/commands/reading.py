"""What every command's reader uses: the reading context (file, world, folder, the problems
found so far) and the checks of argument values, each failing with the file and line.

Qt-free, like the parser: a flow is read and checked without a window.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from core.world import WorldSpec
from gui.flows.model import Command, FlowError, Selector

DIRECTIONS = ("DOWN", "UP", "LEFT", "RIGHT")
MAX_TIMEOUT_MS = 600_000
COMMON_KEYS = ("label", "optional")  # every command takes them
# Hints name a command or key only when it is spelled nearly the same (tapOm -> tapOn), never
# an unrelated one (difflib's default 0.6 offers scroll for stopApp's typo).
HINT_CUTOFF = 0.75
EXPRESSION = re.compile(r"(?<!\\)\$\{([^$]*)}")


@dataclass
class Ctx:
    """Where reading is: the file, the world its names come from, the folder runFlow files must
    stay in, the files on the way here (to refuse a flow that runs itself)."""

    file: Path
    root: Path
    world: WorldSpec
    stack: tuple[Path, ...]
    included: set[Path] = field(default_factory=set)
    # Set by the parser: read a list of commands (node, value) / a sub-flow file.
    commands: Callable[[Ctx, yaml.Node | None, Any], list[Command]] | None = None
    subflow: Callable[[Ctx, Path], tuple[dict, list[Command]]] | None = None
    problems: list[FlowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    defined: set[str] = field(default_factory=set)  # env names known where this file runs
    node: Any = None  # the YAML node of the command being read (for the lines of its keys)

    def error(self, line: int | None, message: str) -> FlowError:
        return FlowError(self.file, line, message)

    def at(self, file: Path, stack: tuple[Path, ...]) -> Ctx:
        """The context for reading another file (a sub-flow) in the same run."""
        return Ctx(file, self.root, self.world, stack, self.included, self.commands,
                   self.subflow, self.problems, self.warnings, set(self.defined))


def hint(word: str, options) -> str | None:
    found = difflib.get_close_matches(str(word), list(options), n=1, cutoff=HINT_CUTOFF)
    return found[0] if found else None


def has_expression(value: Any, skip: tuple[str, ...] = ()) -> bool:
    """Whether a ``${...}`` is in any string of ``value`` (mapping keys in ``skip`` aside)."""
    if isinstance(value, str):
        return "${" in value and EXPRESSION.search(value) is not None
    if isinstance(value, dict):
        return any(has_expression(v) for k, v in value.items() if k not in skip)
    if isinstance(value, list):
        return any(has_expression(v) for v in value)
    return False


def placeholder(value: Any, skip: tuple[str, ...] = ()) -> Any:
    """``value`` with every ``${...}`` taken out, for checking what the rest says when read."""
    if isinstance(value, str):
        return EXPRESSION.sub("x", value)
    if isinstance(value, dict):
        return {k: (v if k in skip else placeholder(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [placeholder(v) for v in value]
    return value


def kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), type(value).__name__)


def child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                return v
    return None


def key_line(node: Any, arg: dict, key: str) -> int | None:
    """The line of ``key`` in the mapping under ``node`` that holds ``arg``'s keys (as
    Maestro names the line of an unknown field); None when no such mapping is found."""
    todo = [node]
    while todo:
        current = todo.pop(0)
        if isinstance(current, yaml.MappingNode):
            keys = {getattr(k, "value", None): k for k, _ in current.value}
            if key in keys and set(arg) <= set(keys):
                return keys[key].start_mark.line + 1
            todo += [v for _, v in current.value]
        elif isinstance(current, yaml.SequenceNode):
            todo += current.value
    return None


def mapping(ctx: Ctx, line: int, name: str, arg: Any, allowed: tuple[str, ...],
            required: tuple[str, ...] = ()) -> dict:
    if not isinstance(arg, dict):
        raise ctx.error(line, f"{name}: expected a mapping with {', '.join(allowed)}; "
                        f"got {kind(arg)}")
    for key in arg:
        if key not in allowed:
            near = hint(key, allowed)
            also = f" (did you mean {near}?)" if near else ""
            common = "" if "label" in allowed else ", label, optional"
            raise ctx.error(key_line(ctx.node, arg, key) or line,
                            f"{name}: unknown key {key!r}{also}; allowed: "
                            f"{', '.join(allowed)}{common}")
    for key in required:
        if key not in arg:
            raise ctx.error(line, f"{name}: {key} is missing")
    return arg


def text(ctx: Ctx, line: int, where: str, value: Any, allow_empty: bool = False) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ctx.error(line, f"{where}: expected text, got {kind(value)}")
    out = str(value)
    if not allow_empty and not out.strip():
        raise ctx.error(line, f"{where}: must not be empty")
    return out


def choice(ctx: Ctx, line: int, where: str, value: Any, options: tuple[str, ...]) -> str:
    if value not in options:
        raise ctx.error(line, f"{where}: {value!r} is not one of {', '.join(options)}")
    return value


def boolean(ctx: Ctx, line: int, where: str, value: Any) -> bool:
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"  # Maestro reads "true" as true
    if not isinstance(value, bool):
        raise ctx.error(line, f"{where}: expected true or false, got {value!r}")
    return value


def integer(ctx: Ctx, line: int, where: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value)  # Maestro reads "3" as 3
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ctx.error(line, f"{where}: expected a whole number {low}-{high}, got {value!r}")
    return value


def regex(ctx: Ctx, line: int, where: str, pattern: str) -> str:
    try:
        re.compile(pattern, re.DOTALL)
    except re.error as exc:
        raise ctx.error(line, f"{where} {pattern!r} is not a valid regular expression ({exc}); "
                        f"to match it literally write {re.escape(pattern)!r}") from None
    return pattern


def selector(ctx: Ctx, line: int, name: str, arg: Any,
             extra: tuple[str, ...] = ()) -> tuple[Selector, dict]:
    """Maestro's selector (gui/flows/selectors.py reads it), failing at this file and line;
    ``extra`` are the command's own keys, returned apart."""
    from gui.flows.selectors import read_selector

    if isinstance(arg, dict) and ("label" in arg or "optional" in arg):
        # Maestro reads both inside any selector (scrollUntilVisible's element too); the
        # command's own label and optional are taken out before this
        arg = {k: v for k, v in arg.items() if k not in ("label", "optional")}
    def fail(message: str, *key_of) -> FlowError:  # (mapping, key): that key's own line
        return ctx.error((key_of and key_line(ctx.node, *key_of)) or line, message)

    return read_selector(name, arg, fail, extra)


def timeout(ctx: Ctx, line: int, name: str, extras: dict) -> int | None:
    if "timeout" not in extras:
        return None
    return integer(ctx, line, f"{name}: timeout (milliseconds)", extras["timeout"], 0,
                   MAX_TIMEOUT_MS)


def person(ctx: Ctx, line: int, where: str, value: Any) -> str:
    key = text(ctx, line, where, value).strip()
    for p in ctx.world.people:
        if key in (p.key, p.name):
            return p.key
    known = ", ".join(p.key for p in ctx.world.people)
    raise ctx.error(line, f"{where}: unknown person {key!r} (known: {known})")


def portal(ctx: Ctx, line: int, where: str, value: Any) -> str:
    address = text(ctx, line, where, value).strip().lower()
    if address not in {p.address for p in ctx.world.portals}:
        known = ", ".join(p.address for p in ctx.world.portals)
        raise ctx.error(line, f"{where}: unknown Bitrix24 {address!r} (known: {known})")
    return address


def nothing(ctx: Ctx, line: int, name: str, arg: Any) -> dict:
    if arg not in (None, {}):
        raise ctx.error(line, f"{name} takes no arguments (only label and optional)")
    return {}


def env_mapping(ctx: Ctx, line: int, where: str, value: Any) -> dict[str, str]:
    """An ``env:`` mapping: names to text (numbers and true/false are written as text)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ctx.error(line, f"{where}: expected a mapping of NAME: value, got {kind(value)}")
    out = {}
    for key, item in value.items():
        if not isinstance(key, str) or not re.fullmatch(r"[A-Za-z_$][\w$]*", key):
            raise ctx.error(line, f"{where}: {key!r} is not a variable name (letters, digits, "
                            "_; not starting with a digit)")
        if isinstance(item, bool):
            item = "true" if item else "false"
        elif item is None:
            item = ""
        elif not isinstance(item, str | int | float):
            raise ctx.error(line, f"{where}: {key}: expected text, got {kind(item)}")
        out[key] = str(item)
    return out

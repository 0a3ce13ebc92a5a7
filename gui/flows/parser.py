"""Reading flow files: Maestro's layout (header, ``---``, a list of commands), every command
checked before anything runs, each with its file and line.

Qt-free. ``parse_flow(path)`` returns a ``Flow`` or raises ``FlowError`` ("file:line: what is
wrong"); nothing here ever shows a traceback for bad input.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from core.world import DEMO_WORLD, WorldError, WorldSpec, merge_world, validate_world
from core.yamlsafe import YamlProblem, _NoAliasLoader, line_of, read_text
from gui.flows.commands.reading import (
    Ctx,
    boolean,
    child,
    env_mapping,
    has_expression,
    hint,
    kind,
    text,
)
from gui.flows.commands.registry import REGISTRY
from gui.flows.model import Command, Flow, FlowError, shown_path
from gui.flows.script import plain_names

# Maestro's header keys (appId or its alias url, name, tags, env, the hooks, jsEngine) and this
# simulator's world. Maestro keeps any other key as ``ext``; so does this reader, with a
# warning, unless it looks like a typo of a known key (then it is a problem).
MAESTRO_HEADER_KEYS = ("appId", "url", "name", "tags", "env", "onFlowStart", "onFlowComplete",
                       "jsEngine")
HEADER_KEYS = (*MAESTRO_HEADER_KEYS, "world", "world_file")
SUBFLOW_HEADER_KEYS = MAESTRO_HEADER_KEYS
BUILT_IN_NAMES = frozenset({"MAESTRO_FILENAME", "output", "maestro", "console", "json",
                            "relativePoint", "Math", "JSON", "Date", "String", "Number"})


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
        node, data = child(node, "world"), data["world"]
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
        if not isinstance(world_file, str) or not world_file.strip() or "\0" in world_file:
            raise FlowError(file, line, "world_file: expected the path of a world YAML file")
        try:
            base_path = (file.parent / world_file).resolve()
            found = base_path.is_file()
        except (OSError, ValueError):  # too long, or not a name the system can look up
            found = False
            base_path = file.parent / world_file
        if not found:
            raise FlowError(file, line, f"world_file: no such file {world_file!r} "
                            f"(looked for {shown_path(base_path)})")
        base, base_node = _world_file(base_path)
    inline_node = child(header_node, "world")
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


# Maestro's other names of a command written alone (YamlFluentCommand.parse).
STRING_SPELLINGS = {"hide keyboard": "hideKeyboard"}


def _split(ctx: Ctx, item: Any, item_node, line: int) -> tuple[str, Any, yaml.Node | None]:
    """One list item as (command name, argument, argument node)."""
    if isinstance(item, str):
        return STRING_SPELLINGS.get(item, item), None, None
    if isinstance(item, dict) and len(item) == 1:
        name, arg = next(iter(item.items()))
        arg_node = item_node.value[0][1] if isinstance(item_node, yaml.MappingNode) else None
        return name, arg, arg_node
    raise ctx.error(line, f"each command is `- name` or `- name: arguments` (got {kind(item)})")


def _unknown(name: Any) -> str:
    near = hint(str(name), REGISTRY)
    also = f"; did you mean {near}?" if near else ""
    return f"unknown command {name!r}{also} (see docs/flows.md for the list)"


def _command(ctx: Ctx, item: Any, item_node, line: int) -> Command:
    outer, ctx.node = ctx.node, item_node  # a nested list of commands puts it back
    try:
        return _read_command(ctx, item, item_node, line)
    finally:
        ctx.node = outer


def _read_command(ctx: Ctx, item: Any, item_node, line: int) -> Command:
    name, arg, arg_node = _split(ctx, item, item_node, line)
    unit = REGISTRY.get(name) if isinstance(name, str) else None
    if unit is None:
        raise ctx.error(line, _unknown(name))
    if isinstance(item, dict) and arg is None:
        # Maestro refuses `- launchApp:` with nothing after the colon ("No mapping provided")
        raise ctx.error(line, f"`{name}:` has nothing after the colon: write `- {name}` "
                        f"alone, or give its arguments")
    label, optional, spot = None, False, None
    if isinstance(arg, dict):
        arg = dict(arg)
        if "label" in arg:
            label = text(ctx, line, f"{name}: label", arg.pop("label")).strip()
        if "spotlight" in arg:
            spot = _spotlight(ctx, line, name, arg.pop("spotlight"))
        if "optional" in arg:
            optional = boolean(ctx, line, f"{name}: optional", arg.pop("optional"))
        if not arg and not unit.nested:
            arg = None
    _warn_undefined(ctx, line, arg)
    if not unit.nested and not unit.expands_itself and has_expression(arg):
        # Read again when it runs, with the ${...} evaluated; what can be checked now is.
        try:
            args = unit.read(ctx, line, arg, arg_node)
        except FlowError:
            args = {}
        return Command(name, args, ctx.file, line, label, optional, _source(name, arg),
                       raw=arg, dynamic=True, reader=ctx, spotlight=spot)
    args = unit.read(ctx, line, arg, arg_node)
    return Command(name, args, ctx.file, line, label, optional, _source(name, arg),
                   spotlight=spot)


def _spotlight(ctx: Ctx, line: int, name: str, value: Any):
    """A step's ``spotlight:`` (the demo's): a selector, or false to light nothing."""
    if value is False:
        return False
    from gui.flows.commands.reading import selector

    return selector(ctx, line, f"{name}: spotlight", value)[0]


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "commands":
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _warn_undefined(ctx: Ctx, line: int, arg: Any) -> None:
    """A plain ``${NAME}`` that no env: (header, runFlow, -e) defines where it is read."""
    for value in _strings(arg):
        for name in plain_names(value):
            if name not in ctx.defined and name not in BUILT_IN_NAMES:
                ctx.warnings.append(
                    f"{shown_path(ctx.file)}:{line}: warning: ${{{name}}}: nothing defines "
                    f"{name} here (the header's env:, runFlow's env: or -e {name}=VALUE); "
                    "the step will fail unless a script sets it")


def _commands(ctx: Ctx, node: yaml.Node | None, value: Any) -> list[Command]:
    """Every command of a list; a command that cannot be read is noted in ``ctx.problems``
    and reading goes on, so one reading reports all of a file's problems."""
    line0 = node.start_mark.line + 1 if node is not None else 1
    if not isinstance(value, list):
        raise ctx.error(line0, f"expected a list of commands (`- tapOn: ...`), got {kind(value)}")
    out: list[Command] = []
    for i, item in enumerate(value):
        item_node = node.value[i] if isinstance(node, yaml.SequenceNode) else None
        line = item_node.start_mark.line + 1 if item_node is not None else line0
        try:
            out.append(_command(ctx, item, item_node, line))
        except FlowError as exc:
            ctx.problems.append(exc)
    return out


def _subflow(ctx: Ctx, target: Path, given: set[str]) -> tuple[dict, list[Command]]:
    sub = ctx.at(target, (*ctx.stack, target))
    sub.defined |= given
    header, _, commands = _parse_file(sub, subflow=True)
    return header, commands


def _header_problems(ctx: Ctx, header: dict, header_node, subflow: bool) -> None:
    allowed = SUBFLOW_HEADER_KEYS if subflow else HEADER_KEYS
    for key in header:
        if key not in allowed:
            line = line_of(header_node, str(key))
            if subflow and key in ("world", "world_file"):
                ctx.problems.append(ctx.error(line, "a sub-flow runs in its caller's world: "
                                              f"remove {key} from it"))
                continue
            near = hint(str(key), allowed)
            if near:
                ctx.problems.append(ctx.error(line, f"unknown header key {key!r} (did you "
                                              f"mean {near}? allowed: {', '.join(allowed)})"))
            else:
                ctx.warnings.append(f"{shown_path(ctx.file)}:{line}: warning: header key "
                                    f"{key!r} is kept but means nothing here (Maestro's ext)")


def _header_parts(ctx: Ctx, header: dict, header_node) -> dict:
    """The header's env (its names known from here on) and its hooks, read as commands."""
    out: dict[str, Any] = {"env": {}, "onFlowStart": [], "onFlowComplete": []}
    if "env" in header:
        try:
            out["env"] = env_mapping(ctx, line_of(header_node, "env"), "env", header["env"])
        except FlowError as exc:
            ctx.problems.append(exc)
        ctx.defined |= set(out["env"])
    for key in ("onFlowStart", "onFlowComplete"):
        if key in header:
            value = header[key]
            if isinstance(value, dict) and list(value) == ["commands"]:
                value = value["commands"]
            try:
                out[key] = _commands(ctx, child(header_node, key), value)
            except FlowError as exc:
                ctx.problems.append(exc)
    return out


_DOCUMENT_START = re.compile(r"^---(?:[ \t]|$)")
NO_SEPARATOR = ("a flow file is a header and the commands, separated by a line `---` (Maestro "
                "refuses a file of commands alone); write e.g. `appId: com.bitrix24.app` (or "
                "`name: ...`) and a line `---` above the commands")


def _separated(text: str, node: yaml.Node) -> bool:
    """Whether a line ``---`` stands before the commands (the header may be empty)."""
    return any(_DOCUMENT_START.match(line)
               for line in text.splitlines()[:node.start_mark.line + 1])


def _parse_file(ctx: Ctx, subflow: bool = False) -> tuple[dict, Any, list[Command]]:
    text = _read(ctx.file, "flow file")
    docs = _compose(text, ctx.file)
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
        if not _separated(text, node):
            raise ctx.error(node.start_mark.line + 1, NO_SEPARATOR)
        header, header_node = {}, None
        commands_node, commands = node, value
    else:
        (header_node, header), (commands_node, commands) = docs
        if not isinstance(header, dict):
            raise ctx.error(header_node.start_mark.line + 1,
                            "the header (before `---`) must be a mapping: name, tags, world, "
                            "world_file")
    _header_problems(ctx, header, header_node, subflow)
    if not subflow:
        ctx.world = resolve_world(header, header_node, ctx.file)
    ctx.commands, ctx.subflow = _commands, _subflow
    header = {**header, **_header_parts(ctx, header, header_node)}
    return header, header_node, _commands(ctx, commands_node, commands)


def _tags(ctx: Ctx, header: dict, header_node) -> tuple[str, ...]:
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


def parse_flow(path: Path | str, defined: tuple[str, ...] | set[str] = ()) -> Flow:
    """Read, check and resolve one flow file (its sub-flows and world included). Every
    problem found is in the FlowError's ``problems``. ``defined``: names given with -e."""
    file = Path(path).resolve()
    ctx = Ctx(file, file.parent, demo_world(), (file,), defined=set(defined))
    try:
        docs_header, header_node, commands = _parse_file(ctx)
    except FlowError as exc:
        error = FlowError.several([*ctx.problems, exc])
        error.warnings = list(dict.fromkeys(ctx.warnings))
        raise error from None
    name = docs_header.get("name") or file.stem.replace("_", " ")
    if not isinstance(name, str | int | float) or isinstance(name, bool):
        ctx.problems.append(ctx.error(line_of(header_node, "name"), "name: expected text"))
    try:
        tags = _tags(ctx, docs_header, header_node) if docs_header else ()
    except FlowError as exc:
        ctx.problems.append(exc)
    if ctx.problems:
        error = FlowError.several(ctx.problems)
        error.warnings = list(dict.fromkeys(ctx.warnings))
        raise error
    return Flow(file, _name(name) or file.stem.replace("_", " "), tags, ctx.world, commands,
                set(ctx.included), docs_header.get("env", {}),
                docs_header.get("onFlowStart", []), docs_header.get("onFlowComplete", []),
                list(dict.fromkeys(ctx.warnings)))

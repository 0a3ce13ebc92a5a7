"""Which files a run takes, the way Maestro reads a workspace.

A folder with a ``config.yaml`` (or ``config.yml``), or any folder when ``--config FILE`` is
given, is a Maestro workspace: its ``flows`` glob patterns pick the files (default ``*``: the
folder's top level only), ``includeTags`` / ``excludeTags`` add to the command line's, and
``executionOrder.flowsOrder`` names flows that run first, one after the other (stopping at the
first failure unless ``continueOnFailure``). Keys this runner does not know are kept
(``WorkspaceConfig.extra``), as Maestro ignores them.

A folder without one is searched as before: recursively, leaving out ``subflows/`` folders and
hidden files. Either way, a file named ``config.*`` is never a flow, and neither is a world file
(a single YAML mapping of world keys, or one ``world:`` mapping): it is a flow's world.

Only headers are read here (name, tags); the flows themselves are parsed by the caller. Qt-free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.world import TOP_KEYS
from core.yamlsafe import YamlProblem, load_all, read_text

CONFIG_NAMES = ("config.yaml", "config.yml")
SUBFLOW_DIR = "subflows"
FLOW_SUFFIXES = (".yaml", ".yml")
# What makes a mapping a world rather than a flow header (a header has name/tags/world/appId).
WORLD_MARKERS = {"clock", "portals", "people", "policy", "device", "session", "browser"}


class WorkspaceError(Exception):
    """A workspace that cannot be planned; one line a person can act on (exit code 2)."""


@dataclass(frozen=True)
class WorkspaceConfig:
    source: Path | None = None
    flows: tuple[str, ...] | None = None       # glob patterns; None: Maestro's default "*"
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    flows_order: tuple[str, ...] = ()
    continue_on_failure: bool = True
    deterministic_order: bool = False          # Maestro's deprecated local.deterministicOrder
    extra: dict = field(default_factory=dict)  # keys Maestro (and we) do not read: kept


@dataclass
class Plan:
    """The files to run, in order, and the problems found on the way."""

    files: list[Path | str] = field(default_factory=list)  # a str: a path that does not exist
    explicit: set[Path] = field(default_factory=set)       # named on the command line
    sequence: list[Path] = field(default_factory=list)     # executionOrder.flowsOrder, in order
    continue_on_failure: bool = True
    config: WorkspaceConfig | None = None
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    worlds: list[Path] = field(default_factory=list)       # world files met in the folders

    @property
    def flows(self) -> list[Path]:
        """Every file to run: the sequence first (Maestro runs it first), then the rest."""
        rest = [f for f in self.files if isinstance(f, Path) and f not in self.sequence]
        return self.sequence + rest


# ---------------------------------------------------------------- config.yaml


def _words(value: Any, where: str, source: Path) -> tuple[str, ...]:
    """A string or a list of strings (Maestro's StringList)."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        example = '["*.yaml", "smoke/*"]' if where == "flows" else "[smoke]"
        raise WorkspaceError(f"{source}: {where}: expected a word or a list of words, "
                             f"e.g. {where}: {example}.")
    return tuple(v.strip() for v in value)


def read_config(path: Path) -> WorkspaceConfig:
    """A workspace's config.yaml; an empty file is the default configuration."""
    try:
        docs = [d for d in load_all(read_text(path, "workspace config"), str(path))
                if d is not None]
    except YamlProblem as exc:
        raise WorkspaceError(f"{exc} Fix the workspace config.") from None
    if not docs:
        return WorkspaceConfig(source=path)
    if len(docs) > 1 or not isinstance(docs[0], dict):
        found = f"{len(docs)} documents" if len(docs) > 1 else f"a {type(docs[0]).__name__}"
        raise WorkspaceError(f"{path}: a workspace config is one mapping (flows, includeTags, "
                             f"excludeTags, executionOrder); found {found}.")
    data = {str(k): v for k, v in docs[0].items()}
    flows = _words(data.get("flows"), "flows", path) if "flows" in data else None
    if flows == ():
        raise WorkspaceError(f"{path}: flows: names no pattern; write e.g. flows: ['*'] or "
                             "remove the key.")
    order = data.get("executionOrder") or {}
    if not isinstance(order, dict):
        raise WorkspaceError(f"{path}: executionOrder: expected a mapping with flowsOrder and "
                             "continueOnFailure.")
    keep_going = order.get("continueOnFailure", True)
    if not isinstance(keep_going, bool):
        raise WorkspaceError(f"{path}: executionOrder.continueOnFailure: expected true or "
                             "false.")
    local = data.get("local") or {}
    deterministic = local.get("deterministicOrder", False) if isinstance(local, dict) else False
    known = {"flows", "includeTags", "excludeTags", "executionOrder", "local"}
    return WorkspaceConfig(
        source=path, flows=flows,
        include_tags=_words(data.get("includeTags"), "includeTags", path),
        exclude_tags=_words(data.get("excludeTags"), "excludeTags", path),
        flows_order=_words(order.get("flowsOrder"), "executionOrder.flowsOrder", path),
        continue_on_failure=keep_going, deterministic_order=deterministic is True,
        extra={k: v for k, v in data.items() if k not in known})


def find_config(folder: Path) -> Path | None:
    for name in CONFIG_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


# ---------------------------------------------------------------- files


def _documents(path: Path) -> list | None:
    """The YAML documents of a file, or None when it cannot be read (the parser says why)."""
    try:
        return [d for d in load_all(read_text(path, "flow file"), str(path)) if d is not None]
    except YamlProblem:
        return None


def is_world_file(path: Path) -> bool:
    """A world, not a flow: one mapping of world keys (clock, portals, people, ...) or one
    ``world:`` mapping, and no ``---`` commands after it."""
    docs = _documents(path)
    if not docs or len(docs) != 1 or not isinstance(docs[0], dict) or not docs[0]:
        return False
    keys = {str(k) for k in docs[0]}
    if keys == {"world"}:
        return isinstance(docs[0]["world"], dict)
    return keys <= TOP_KEYS and bool(keys & WORLD_MARKERS)


def header(path: Path) -> dict:
    """A flow's header (the mapping before ``---``), or {} when there is none or it is
    unreadable."""
    docs = _documents(path)
    if docs and len(docs) == 2 and isinstance(docs[0], dict):
        return docs[0]
    return {}


def header_tags(path: Path) -> tuple[str, ...] | None:
    """The header's tags, or None when the file cannot be read (its tags are unknown)."""
    docs = _documents(path)
    if docs is None:
        return None
    head = docs[0] if len(docs) == 2 and isinstance(docs[0], dict) else {}
    tags = head.get("tags", [])
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    if not isinstance(tags, list):
        return None
    return tuple(str(t).strip() for t in tags if str(t).strip())


def flow_name(path: Path) -> str:
    """The name Maestro orders flows by: the header's ``name``, else the file name without
    its extension."""
    name = header(path).get("name")
    return str(name).strip() if isinstance(name, str | int | float) and str(name).strip() \
        else path.stem


def _is_candidate(path: Path) -> bool:
    return (path.suffix in FLOW_SUFFIXES and path.is_file()
            and path.stem not in ("config",))


def _recursive(folder: Path) -> list[Path]:
    """Without a workspace config: every flow under the folder, as before."""
    out = []
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder).parts
        if (_is_candidate(f) and SUBFLOW_DIR not in rel[:-1]
                and not any(p.startswith(".") for p in rel)):
            out.append(f.resolve())
    return out


def glob_regex(pattern: str) -> re.Pattern:
    """Java's ``glob:`` syntax (what Maestro's patterns are): ``*`` within one folder, ``**``
    across folders, ``?`` one character, ``{a,b}`` alternatives, ``[...]`` a set."""
    out, i, depth = [], 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "{":
            depth += 1
            out.append("(?:")
        elif ch == "}" and depth:
            depth -= 1
            out.append(")")
        elif ch == "," and depth:
            out.append("|")
        elif ch == "[":
            end = pattern.find("]", i + 1)
            if end < 0:
                out.append(re.escape(ch))
            else:
                body = pattern[i + 1:end].replace("\\", "\\\\")
                out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
                i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return re.compile("".join(out) + ")" * depth)


def _by_globs(folder: Path, globs: tuple[str, ...]) -> list[Path]:
    """With a workspace config: the files under the folder that a pattern matches (relative
    to the folder, as Maestro matches ``folder/pattern``)."""
    matchers = [glob_regex(g.strip().removeprefix("./")) for g in globs]
    out = []
    for f in sorted(folder.rglob("*")):
        if not _is_candidate(f):
            continue
        rel = f.relative_to(folder).as_posix()
        if any(m.fullmatch(rel) for m in matchers):
            out.append(f.resolve())
    return out


# ---------------------------------------------------------------- the plan


def _config_for(folders: list[Path], config_file: str | None) -> WorkspaceConfig | None:
    if config_file is not None:
        path = Path(config_file)
        if not path.is_file():
            raise WorkspaceError(f"--config {config_file}: no such file; give the workspace's "
                                 "config.yaml.")
        return read_config(path)
    for folder in folders:
        found = find_config(folder)
        if found is not None:
            return read_config(found)
    return None


def _order(plan: Plan, flows_order: tuple[str, ...]) -> list[Path]:
    by_name: dict[str, Path] = {}
    for f in plan.files:
        if isinstance(f, Path):
            by_name.setdefault(flow_name(f), f)
    missing = [n for n in flows_order if n not in by_name]
    if missing:
        source = plan.config.source if plan.config else "config"
        raise WorkspaceError(
            f"{source}: executionOrder.flowsOrder: no flow named {', '.join(map(repr, missing))} "
            f"among the flows selected (a flow is named by its header's name, else its file "
            f"name); known: {', '.join(sorted(by_name)) or 'none'}.")
    return [by_name[n] for n in dict.fromkeys(flows_order)]


def _wanted(tags: tuple[str, ...] | None, include: tuple[str, ...],
            exclude: tuple[str, ...]) -> bool:
    if tags is None:  # unreadable: always reported, its tags are unknown
        return True
    return ((not include or any(t in include for t in tags))
            and not any(t in exclude for t in tags))


def plan(paths: list[str], include_tags: tuple[str, ...] = (),
         exclude_tags: tuple[str, ...] = (), config_file: str | None = None) -> Plan:
    """The files to run for ``main.py test PATH...``, in command-line order."""
    folders = [Path(p) for p in paths if Path(p).is_dir()]
    config = _config_for(folders, config_file)
    result = Plan(config=config)
    result.include_tags = tuple(dict.fromkeys(include_tags + (config.include_tags
                                                              if config else ())))
    result.exclude_tags = tuple(dict.fromkeys(exclude_tags + (config.exclude_tags
                                                              if config else ())))
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            files = [path.resolve()]
            result.explicit.add(files[0])
        elif path.is_dir():
            if config is None:
                files = _recursive(path)
            else:
                files = _by_globs(path, config.flows or ("*",))
                if not files and config.flows:
                    raise WorkspaceError(
                        f"{config.source}: flows: the patterns {', '.join(config.flows)} match "
                        f"no flow file in {raw}; change the patterns or the folder.")
            worlds = [f for f in files if is_world_file(f)]
            result.worlds += worlds
            files = [f for f in files if f not in worlds]
        else:
            result.files.append(raw)
            continue
        for f in files:
            if f not in seen:
                seen.add(f)
                result.files.append(f)
    if result.include_tags or result.exclude_tags:
        result.files = [f for f in result.files if isinstance(f, str)
                        or _wanted(header_tags(f), result.include_tags, result.exclude_tags)]
    if config is not None:
        if config.deterministic_order:
            result.files.sort(key=lambda f: f.name if isinstance(f, Path) else f)
        result.sequence = _order(result, config.flows_order) if config.flows_order else []
        result.continue_on_failure = config.continue_on_failure
    return result

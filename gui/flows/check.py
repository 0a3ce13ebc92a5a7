"""``main.py check PATH... [-e NAME=VALUE]``: read flows (and every file they pull in:
sub-flows, scripts, world files) without running them.

Prints one ``FILE:LINE: message`` line per problem, every problem of every file (not only
the first), and ``FILE:LINE: warning: ...`` for what may go wrong when it runs (a
``${NAME}`` nothing defines). Exit code 0 when everything reads, 1 when not. Qt-free: no
window, no database.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gui.flows.model import FlowError, env_pair, maestro_shell_env, shown_path

SUBFLOW_DIR = "subflows"


def add_check_parser(sub) -> argparse.ArgumentParser:
    """The ``check`` subcommand (main.py calls this)."""
    c = sub.add_parser("check", help="read flows without running them; one FILE:LINE line "
                                     "per problem",
                       description="Read flows (and the files they pull in) without running "
                                   "them. Exit 0 when everything reads, 1 when not.")
    c.add_argument("paths", nargs="+", metavar="PATH", help="flow files or folders")
    c.add_argument("-e", "--env", dest="env", action="append", type=env_pair, default=[],
                   metavar="NAME=VALUE", help="a variable the flows will get from `test -e`")
    return c


def _files(paths: list[str]) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            files.append(path.resolve())
        elif path.is_dir():
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path).parts
                if (f.suffix in (".yaml", ".yml") and f.is_file()
                        and f.stem != "config" and SUBFLOW_DIR not in rel[:-1]
                        and not any(p.startswith(".") for p in rel)):
                    files.append(f.resolve())
        else:
            missing.append(raw)
    return list(dict.fromkeys(files)), missing


def check_paths(paths: list[str], defined: set[str] = frozenset()) -> tuple[list[str],
                                                                             list[str]]:
    """(problems, warnings) of every flow in ``paths``, each a ``FILE:LINE: ...`` line."""
    from gui.flows.parser import parse_flow
    from gui.flows.workspace import is_world_file

    files, missing = _files(paths)
    problems = [f"{raw}: no such file or folder" for raw in missing]
    warnings: list[str] = []
    for f in files:
        if is_world_file(f):
            problems += _world_problems(f)
            continue
        if _is_workspace_config(f):
            problems += _config_problems(f)
            continue
        try:
            flow = parse_flow(f, defined)
        except FlowError as exc:
            problems += [p.where_message() for p in exc.problems]
            warnings += exc.warnings
            continue
        warnings += flow.warnings
    return list(dict.fromkeys(problems)), list(dict.fromkeys(warnings))


WORKSPACE_KEYS = {"flows", "includeTags", "excludeTags", "executionOrder", "local"}


def _is_workspace_config(path: Path) -> bool:
    """A Maestro workspace config (one mapping of its keys), named config.yaml or not."""
    import yaml

    if path.name in ("config.yaml", "config.yml"):
        return True
    try:
        docs = [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d is not None]
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False
    return (len(docs) == 1 and isinstance(docs[0], dict) and bool(docs[0])
            and {str(k) for k in docs[0]} <= WORKSPACE_KEYS)


def _config_problems(path: Path) -> list[str]:
    from gui.flows.workspace import WorkspaceError, read_config

    try:
        read_config(path)
    except WorkspaceError as exc:
        return [str(exc)]
    return []


def _world_problems(path: Path) -> list[str]:
    from core.world import WorldError, load_world

    try:
        load_world(path)
    except WorldError as exc:
        return [f"{shown_path(path)}: {p}" for p in exc.problems] or [str(exc)]
    except (OSError, ValueError) as exc:
        return [f"{shown_path(path)}: {exc}"]
    return []


def run_check(args) -> int:
    defined = {name for name, _ in args.env} | set(maestro_shell_env())
    problems, warnings = check_paths(args.paths, defined)
    for line in warnings:
        print(line)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem{'s' * (len(problems) != 1)}", file=sys.stderr)
        return 1
    return 0

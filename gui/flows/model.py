"""What a flow is once parsed: a header, a resolved world, and commands with their lines.

Qt-free: parsing and checking a flow never needs a window.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.world import WorldSpec
from gui.flows.selectors import Selector  # noqa: F401 - read and matched there


def shown_path(path: Path | str) -> str:
    """A path as people want to read it: relative to the working folder when inside it."""
    path = Path(path)
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if rel.startswith("..") else rel


def env_pair(text: str) -> tuple[str, str]:
    """``NAME=VALUE`` of -e on main.py test and check (an argparse type)."""
    import argparse

    name, sep, value = text.partition("=")
    if not sep or not name.strip().isidentifier():
        raise argparse.ArgumentTypeError(
            f"{text!r} is not NAME=VALUE; e.g. -e EMAIL=anna@acme.example")
    return name.strip(), value


def maestro_shell_env(environ=None) -> dict[str, str]:
    """The shell's MAESTRO_* variables, which Maestro passes into every flow as if given with
    -e (a -e of the same name wins; empty ones are left out), e.g. MAESTRO_APP_ID=... ."""
    environ = os.environ if environ is None else environ
    return {k: v for k, v in environ.items() if k.startswith("MAESTRO_") and v}


class FlowError(Exception):
    """A flow that cannot run as written: the message names the file and the line.

    Reading a flow goes on after a problem; ``problems`` holds every one found (this one
    first), and the text of the error is one ``FILE:LINE: message`` line per problem."""

    def __init__(self, file: Path | str, line: int | None, message: str) -> None:
        self.file = Path(file)
        self.line = line
        self.message = message
        self.problems: list[FlowError] = [self]
        self.warnings: list[str] = []  # FILE:LINE: warning: ... found on the way
        self.via: list[str] = []  # FILE:LINE of each runFlow that pulled this file in
        super().__init__(self.where_message())

    def where_message(self) -> str:
        chain = f" (runFlow at {', from '.join(self.via)})" if self.via else ""
        return shown_path(self.file) + (f":{self.line}" if self.line else "") + \
            f": {self.message}{chain}"

    def pulled_in_at(self, where: str) -> None:
        """This problem is in a sub-flow that the runFlow at ``where`` (FILE:LINE) reads."""
        self.via.append(where)
        self.args = (self.where_message(),)

    @classmethod
    def several(cls, problems: list[FlowError]) -> FlowError:
        """One error standing for all ``problems`` (in the order they were found)."""
        flat = [p for e in problems for p in e.problems]
        first = flat[0]
        error = cls(first.file, first.line, first.message)
        error.problems = flat
        error.args = ("\n".join(p.where_message() for p in flat),)
        return error


class StepFailed(Exception):
    """A command that could not do what it says; the message says what was wrong."""


@dataclass(frozen=True)
class Command:
    """One step: ``name`` is the Maestro command, ``args`` its checked arguments."""

    name: str
    args: dict[str, Any]
    file: Path
    line: int
    label: str | None = None
    optional: bool = False
    source: str = ""  # the command as written, shortened, for reports
    # The argument as written when it holds a ``${...}``: read again once that is evaluated,
    # at run time (``reader`` is what reading needs then: the flow's file, world, folder).
    raw: Any = None
    dynamic: bool = False
    reader: Any = field(default=None, compare=False, repr=False)
    # The demo's ``spotlight:`` (gui/flows/choreography.py): a Selector, False (light
    # nothing), or None (the command's own subject).
    spotlight: Any = field(default=None, compare=False)

    @property
    def title(self) -> str:
        return self.label or self.source or self.name

    @property
    def where(self) -> str:
        return f"{shown_path(self.file)}:{self.line}"


@dataclass
class Flow:
    path: Path
    name: str
    tags: tuple[str, ...]
    world: WorldSpec
    commands: list[Command] = field(default_factory=list)
    included: set[Path] = field(default_factory=set)  # files pulled in by runFlow
    env: dict[str, str] = field(default_factory=dict)      # the header's env:
    on_start: list[Command] = field(default_factory=list)  # onFlowStart
    on_complete: list[Command] = field(default_factory=list)  # onFlowComplete
    warnings: list[str] = field(default_factory=list)     # FILE:LINE: what may go wrong

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


class FlowError(Exception):
    """A flow that cannot run as written: the message names the file and the line."""

    def __init__(self, file: Path | str, line: int | None, message: str) -> None:
        self.file = Path(file)
        self.line = line
        self.message = message
        where = shown_path(file) + (f":{line}" if line else "")
        super().__init__(f"{where}: {message}")


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

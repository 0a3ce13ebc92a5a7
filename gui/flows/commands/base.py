"""One flow command = one unit: its name, how it is read, how it runs, its docs line and the
JSON Schema of its argument. The parser, the runner, ``main.py check``, the docs table in
docs/flows.md and resources/schemas/flow.schema.json all read the registry below.

Qt-free: a unit's ``run`` gets the runner (which holds the window) and imports what it needs
from gui.flows.driver inside the module that defines it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from gui.flows.model import Command, StepFailed

if TYPE_CHECKING:
    from gui.flows.commands.reading import Ctx

FAMILIES = {
    "phone": "Acting on the screen (the phone first, then the console)",
    "control": "Variables, JavaScript and control flow",
    "backend": "Extensions for the simulated backend",
    "device": "Refused: not meaningful on this simulator",
}


class Unit:
    """A flow command. Subclasses set the class attributes and override ``read``/``run``."""

    name: str = ""
    family: str = "phone"
    maestro: bool = True        # one of Maestro's commands (False: this simulator's extension)
    doc: str = ""               # what it does here: one line of the docs table
    schema: dict = {}           # JSON Schema of the argument (``{}``: anything)
    nested: tuple[str, ...] = ()  # keys holding commands: not part of a ``${}`` re-read
    expands_itself: bool = False  # its run evaluates its own ${...} (scripts, conditions)
    opens_window: bool = True   # the runner opens the app's window before it runs
    stub: bool = False          # reads, but its run is not written yet (a helper's to do)

    def read(self, ctx: Ctx, line: int, arg: Any, node: yaml.Node | None) -> dict:
        """Check the argument as written; return what ``run`` needs. Raise ctx.error(...)."""
        from gui.flows.commands.reading import nothing

        return nothing(ctx, line, self.name, arg)

    def run(self, runner, command: Command, step, depth: int) -> bool | None:
        """Do it on the runner's window and store. False or StepFailed: the step failed."""
        raise StepFailed(f"{self.name} is read but does not run yet in this simulator")


REGISTRY: dict[str, Unit] = {}


def register(cls: type[Unit]) -> type[Unit]:
    """Class decorator: add one unit. A real unit replaces a stub of the same name (whatever
    the order the modules load in); two real units with one name are a programming error."""
    unit = cls()
    if not unit.name:
        raise ValueError(f"{cls.__name__} has no name")
    old = REGISTRY.get(unit.name)
    if old is not None and not old.stub and not unit.stub:
        raise ValueError(f"two flow commands are named {unit.name}: "
                         f"{type(old).__name__} and {cls.__name__}")
    if old is None or old.stub:
        REGISTRY[unit.name] = unit
    return cls

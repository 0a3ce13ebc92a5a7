"""Every flow command, one unit each (see base.py): importing this module registers them all.

``REGISTRY`` maps a command's name to its unit; ``unit(name)`` looks one up.
"""

from __future__ import annotations

# each module registers its units
from gui.flows.commands import (  # noqa: F401
    aliases,
    backend,
    control,
    device,
    devices2,
    gestures,
    phone,
    recording,
)
from gui.flows.commands.base import FAMILIES, REGISTRY, Unit, register

__all__ = ["FAMILIES", "REGISTRY", "Unit", "register", "unit"]


def unit(name: str) -> Unit | None:
    return REGISTRY.get(name)

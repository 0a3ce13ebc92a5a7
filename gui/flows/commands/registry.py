"""Every flow command, one unit each (see base.py): importing this module registers them all.

``REGISTRY`` maps a command's name to its unit; ``unit(name)`` looks one up.
"""

from __future__ import annotations

from gui.flows.commands import backend, control, gestures, phone  # noqa: F401 - each registers
from gui.flows.commands.base import FAMILIES, REGISTRY, Unit, register

__all__ = ["FAMILIES", "REGISTRY", "Unit", "register", "unit"]


def unit(name: str) -> Unit | None:
    return REGISTRY.get(name)

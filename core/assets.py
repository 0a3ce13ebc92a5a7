"""Where the bundled files are: the ``resources`` package, found with importlib.resources.

The same code finds them in a checkout (resources/ beside core/) and once installed (the
``resources`` package in site-packages). Wheels install unzipped, so the folder is a real
one that Qt (style sheets, icons) and ``Path.glob`` can read.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["RESOURCES", "resource"]


def _folder() -> Path:
    root = files("resources")
    if not isinstance(root, Path):  # a zip or a namespace package: not how this app installs
        raise RuntimeError(f"the resources package is not a folder ({root!r}); install the "
                           "app with pip or pipx, or run it from a checkout")
    return root


RESOURCES = _folder()


def resource(*parts: str) -> Path:
    """A bundled file or folder, e.g. ``resource("worlds", "demo.yaml")``."""
    return RESOURCES.joinpath(*parts)

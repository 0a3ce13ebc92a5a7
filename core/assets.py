"""Where the bundled files are: the folder of the ``resources`` package.

The same code finds them in a checkout (resources/ beside core/) and once installed (the
``resources`` package in site-packages). Wheels install unzipped, so the folder is a real
one that Qt (style sheets, icons) and ``Path.glob`` can read. The package's own ``__file__``
says where it is, as ``importlib.resources.files`` would for a package on disk, without
importing importlib.resources (with tempfile, shutil and zipfile: ~11 ms before the launch
screen's first paint, which needs this folder for its style sheet).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["RESOURCES", "resource"]


def _folder() -> Path:
    import resources

    where = getattr(resources, "__file__", None)  # None: a namespace package
    root = Path(where).parent if where else None
    if root is None or not root.is_dir():  # a zip or a namespace package: not how this app
        raise RuntimeError(f"the resources package is not a folder ({where!r}); install "
                           "the app with pip or pipx, or run it from a checkout")
    return root


RESOURCES = _folder()


def resource(*parts: str) -> Path:
    """A bundled file or folder, e.g. ``resource("worlds", "demo.yaml")``."""
    return RESOURCES.joinpath(*parts)

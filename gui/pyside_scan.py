"""PySide6's check of every imported module, made cheap.

Once PySide6 is loaded, its ``__feature__`` support (``from __feature__ import snake_case``)
looks at each module imported after it to decide whether that module "uses PySide":
``shibokensupport.feature._mod_uses_pyside`` runs ``inspect.getsource(module)`` and looks
for the word ``PySide6`` in it. The app imports ~340 modules after PySide6 (SQLAlchemy, the
models, the phone and the console), and those calls cost ~55 ms of every start, flow
process and worker.

``install()`` (``gui/__init__.py`` calls it) gives PySide6 the same answer for a module
with a ``.py`` file by reading the file's bytes and looking for the same word; any other
module (built in, compiled, without a file) still goes to PySide6's own check. The app uses
no ``__feature__``, so the answers only have to stay the same, and they do
(tests/gui/test_pyside_scan.py compares them for every loaded module).
"""

from __future__ import annotations

import sys

FEATURE = "shibokensupport.feature"   # shiboken6 loads it with PySide6


def uses_pyside_by_bytes(original):
    """The check: a ``.py`` file's bytes hold ``PySide6``, else ``original``'s answer."""

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass   # no such file (a zip's module, say): PySide6's check asks its loader
        return original(module)

    uses_pyside.original = original
    return uses_pyside


def patch() -> bool:
    """Put the cheap check in place if PySide6 is loaded; whether it is in place now."""
    feature = sys.modules.get(FEATURE)
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None:
        return False
    if getattr(check, "original", None) is None:
        feature._mod_uses_pyside = uses_pyside_by_bytes(check)
    return True


class _WhenPySideLoads:
    """A meta path finder that finds nothing: at the first import after shiboken6 has
    loaded PySide6's feature module it puts the cheap check in place and goes away. (In a
    process that never loads PySide6, ``main.py check`` say, it stays: a dict lookup an
    import.)"""

    def find_spec(self, name, path=None, target=None):
        if FEATURE in sys.modules and patch():
            # A new list, not a removal: the import system is looping over the old one now,
            # and a removal would make it skip the finder after this one for this import.
            sys.meta_path = [f for f in sys.meta_path if f is not self]
        return None


def install() -> None:
    """The cheap check now, if PySide6 is loaded, or from its first import on."""
    if patch() or any(isinstance(f, _WhenPySideLoads) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _WhenPySideLoads())

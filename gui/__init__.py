"""PySide6 widgets: the phone, the simulator console, the flow runner. Never writes SQL."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    # PySide6 6.12 returns None (and some bools) to Python without taking a reference, which
    # is harmless only where they are immortal (Python 3.12+, PEP 683). On 3.11 every void
    # Qt call from Python (setEnabled, setItemData, ...) drops one reference to None, and after
    # a few thousand the process dies with "Fatal Python error: none_dealloc". Give the three
    # singletons a reference count they can never spend, as 3.12 does.
    import ctypes

    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
    del _singleton

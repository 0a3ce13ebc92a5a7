"""PySide6's check of each imported module (does it use PySide?) is answered from the file's
bytes once ``gui`` is imported, with the same answers as PySide6's own check."""

import sys
import types
from pathlib import Path

import gui  # noqa: F401 - installs the cheap check
import gui.builder  # noqa: F401 - the window's modules: hundreds imported after PySide6
from gui import pyside_scan
from tests.processes import python

ROOT = Path(__file__).resolve().parents[2]


def _feature():
    return sys.modules[pyside_scan.FEATURE]


def test_a_process_that_imports_gui_before_pyside_gets_the_cheap_check():
    code = ("import sys, gui, PySide6.QtCore\n"
            "from core.models import Base\n"
            "from gui.builder import build_app\n"
            "from gui import pyside_scan\n"
            "f = sys.modules[pyside_scan.FEATURE]\n"
            "print(getattr(f._mod_uses_pyside, 'original', None) is not None)\n"
            "print(any(isinstance(x, pyside_scan._WhenPySideLoads) for x in sys.meta_path))\n"
            "print(f.pyside_feature_dict.get('core.models'))\n"
            "print(f.pyside_feature_dict.get('gui.builder'))\n")
    done = python(code)
    # the cheap check in place, the finder gone, and its answers for modules imported after
    # it: the models do not use PySide, the builder does
    assert done.stdout.split() == ["True", "False", "-1", "0"]


def test_the_cheap_check_answers_as_pysides_own_for_every_loaded_module():
    check = _feature()._mod_uses_pyside
    original = check.original
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    with_files = [m for m in modules if str(getattr(m, "__file__", "")).endswith(".py")]
    assert len(with_files) > 300
    differ = [m.__name__ for m in modules if check(m) != original(m)]
    assert differ == []
    assert check(sys.modules["gui.builder"]) and not check(sys.modules["core.models"])


def test_the_check_reads_the_file_and_says_no_when_it_cannot(tmp_path):
    check = _feature()._mod_uses_pyside
    for name, text, uses in (("qtish", "from PySide6.QtCore import Qt\n", True),
                             ("plain", "import sqlite3\n", False)):
        path = tmp_path / f"{name}.py"
        path.write_text(text, encoding="utf-8")
        module = types.ModuleType(name)
        module.__file__ = str(path)
        assert check(module) is uses
        assert check.original(module) is uses
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    assert check(gone) is False and check.original(gone) is False
    assert check(sys) is False   # built in: PySide6's own check answers


def test_the_finder_leaves_without_making_the_next_finder_miss_an_import():
    # A witness before the cheap check's finder and a recorder after it: the finder finds
    # nothing, so every import the witness is asked about reaches the recorder too, also
    # the one during which the finder leaves sys.meta_path.
    code = ("import sys, gui\n"
            "from gui import pyside_scan\n"
            "class Seen:\n"
            "    def __init__(self): self.names = []\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        self.names.append(name)\n"
            "witness, recorder = Seen(), Seen()\n"
            "at = next(i for i, f in enumerate(sys.meta_path)\n"
            "          if isinstance(f, pyside_scan._WhenPySideLoads))\n"
            "sys.meta_path.insert(at + 1, recorder)\n"
            "sys.meta_path.insert(at, witness)\n"
            "import PySide6.QtCore\n"
            "print(any(isinstance(f, pyside_scan._WhenPySideLoads) for f in sys.meta_path))\n"
            "print(len(witness.names) > 3, [n for n in witness.names if n not in recorder.names])\n")
    done = python(code)
    assert done.stdout.split("\n")[:2] == ["False", "True []"]

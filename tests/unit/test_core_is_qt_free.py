"""STYLE.md: dependency runs one way, gui -> core. core/ never imports Qt."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"


def test_no_module_under_core_imports_pyside6():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6") for n in names):
                offenders.append(f"{path.relative_to(CORE.parent)}:{node.lineno}")
    assert offenders == [], f"core/ must stay Qt-free: {offenders}"


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(
        ".".join(p.relative_to(CORE.parent).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if "migrations" not in p.parts
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=CORE.parent, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"

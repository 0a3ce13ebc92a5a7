"""The package: the wheel holds core/, gui/, resources/ and the command line; the lock pins
what pyproject.toml pins, with hashes; the code uses only PySide6-Essentials' Qt modules; the
bundled files are found through importlib.resources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
QT_IMPORT = re.compile(r"PySide6\.(Qt\w+)|from PySide6 import (Qt\w+)")


def _pins(requirements: list[str]) -> dict[str, str]:
    pins = {}
    for line in requirements:
        name, _, version = line.partition("==")
        pins[re.sub(r"\[.*\]", "", name).strip().lower().replace("_", "-")] = version.strip()
    return pins


def _lock() -> dict[str, str]:
    text = (ROOT / "requirements.lock").read_text()
    return {m.group(1).lower(): m.group(2)
            for m in re.finditer(r"^([A-Za-z0-9_.-]+)==([^ ;\\\n]+)", text, re.MULTILINE)}


def test_the_lock_pins_every_direct_dependency_at_the_version_pyproject_pins():
    project = PYPROJECT["project"]
    wanted = _pins(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted.update(_pins(extra))
    locked = _lock()
    assert {name: locked.get(name) for name in wanted} == wanted, "run `make lock`"


def test_every_package_in_the_lock_carries_a_hash():
    entries = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / "requirements.lock").read_text())
    packages = [e for e in entries if re.match(r"[A-Za-z0-9_.-]+==", e)]
    assert len(packages) > 20
    assert [e.split(" ")[0] for e in packages if "--hash=sha256:" not in e] == []


def test_the_app_and_its_tests_import_only_qt_modules_that_pyside6_essentials_ships():
    shipped = {Path(f.name).name.split(".")[0] for f in metadata.files("PySide6-Essentials")
               if re.fullmatch(r"PySide6/Qt\w+\.(abi3\.so|pyd|so)", str(f))}
    assert {"QtCore", "QtGui", "QtWidgets", "QtTest"} <= shipped
    used = set()
    for path in [ROOT / "b24_delete_account.py", *ROOT.glob("core/**/*.py"),
                 *ROOT.glob("gui/**/*.py"), *ROOT.glob("tests/**/*.py")]:
        found = QT_IMPORT.findall(path.read_text(encoding="utf-8"))
        used |= {dotted or imported for dotted, imported in found}
    assert used and used <= shipped, used - shipped
    assert "PySide6-Essentials==6.11.3" in PYPROJECT["project"]["dependencies"]


def test_the_bundled_files_are_found_through_importlib_resources():
    from core.assets import RESOURCES, resource
    from core.templates import TEMPLATES
    from core.world import DEMO_WORLD

    assert Path(str(files("resources"))) == RESOURCES
    assert resource("worlds", "demo.yaml") == DEMO_WORLD and DEMO_WORLD.is_file()
    assert TEMPLATES == RESOURCES / "emails" and (TEMPLATES / "layout.html").is_file()


def test_python_m_b24_delete_account_is_the_command_line():
    done = subprocess.run([sys.executable, "-m", "b24_delete_account", "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: b24-delete-account ")
    for command in ("test", "demo", "process", "reset", "restore", "seed"):
        assert command in done.stdout


@pytest.mark.slow
def test_the_wheel_holds_core_gui_resources_and_the_command(tmp_path: Path):
    # Built from a copy: setuptools writes build/ and *.egg-info beside the sources.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", ".bench", "build", "dist", "*.egg-info", "__pycache__", "*.db*"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                            "-w", str(tmp_path), str(source)], capture_output=True, text=True,
                           timeout=600)
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("b24_delete_account-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        entry_points = next(z.read(n).decode() for n in names
                            if n.endswith(".dist-info/entry_points.txt"))
    expected = {"b24_delete_account.py", "core/store_ops.py", "core/logs.py", "gui/app.py",
                "core/migrations/env.py", "core/migrations/script.py.mako",
                "resources/__init__.py", "resources/worlds/demo.yaml",
                "resources/emails/layout.html", "resources/flows/demo_whole_story.yaml"}
    assert expected <= names, expected - names
    for folder in ("core", "gui", "resources"):
        in_repo = {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
        assert in_repo <= names, sorted(in_repo - names)[:5]
    assert not [n for n in names if n.startswith("tests/") or "__pycache__" in n]
    assert "b24-delete-account = b24_delete_account:main" in entry_points

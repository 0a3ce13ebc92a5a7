"""What the GUI's start imports: not PyYAML when its store already holds a world (no world
file is read), ~10 ms of every start."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _start(data: Path, *options: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *options, "main.py", "--data-dir", str(data),
                           "--exit-when-ready"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=env)


def _imported(stderr: str) -> set[str]:
    return {line.rsplit("|", 1)[-1].strip() for line in stderr.splitlines()
            if line.startswith("import time:")}


def test_a_start_on_a_store_with_its_world_imports_no_yaml(tmp_path):
    first = _start(tmp_path, "-X", "importtime")   # a new store: the demo world is read
    assert first.returncode == 0, first.stderr
    assert "yaml" in _imported(first.stderr)
    again = _start(tmp_path, "-X", "importtime")
    assert again.returncode == 0, again.stderr
    assert "ready at" in again.stdout
    imported = _imported(again.stderr)
    assert "sqlalchemy" in imported and "gui.builder" in imported   # the whole start is there
    assert "yaml" not in imported and "core.yamlsafe" not in imported

"""Running a short Python program in a new interpreter at the project's root, as a test does
to see what a fresh process imports or does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def python(code: str, **options) -> subprocess.CompletedProcess:
    """``python -c code`` at the root (text, output captured, 120 s at most); the test
    fails with its stderr unless it exits 0."""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, **options)
    assert done.returncode == 0, done.stderr
    return done

"""Shared fixtures. Tests never need a display: Qt runs offscreen."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Test runs (and the commands they start) log into a folder of their own, not the user's
# log folder (core/logs.py).
os.environ.setdefault("B24SIM_LOG_DIR", tempfile.mkdtemp(prefix="b24-test-logs-"))
# The commands the tests start run cold: a warm runner (gui/flows/warm.py) would outlive
# the run; tests/flows/test_warm_runner.py starts its own, in a folder of its own.
os.environ["B24SIM_WARM"] = "0"
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from core.db import Store, open_store, sqlite_url  # noqa: E402
from core.world import DEMO_WORLD, load_world, seed_world  # noqa: E402


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "world.db")


@pytest.fixture
def empty_store(db_url: str):
    store = open_store(db_url)
    yield store
    store.dispose()


@pytest.fixture
def store(empty_store: Store) -> Store:
    """A fresh SQLite file holding the demo world."""
    seed_world(empty_store, load_world(DEMO_WORLD))
    return empty_store



@pytest.fixture(autouse=True)
def _phone_motion_as_a_flow_run_has_it():
    """The GUI, the demo and `main.py test --animations` turn the phone's motion on for their
    process (gui/phone/motion.py, B24SIM_ANIMATIONS); a test that ran one in-process must not
    leave it on for the next test, which expects a flow run's settled screens."""
    before = os.environ.get("B24SIM_ANIMATIONS")
    yield
    if before is None:
        os.environ.pop("B24SIM_ANIMATIONS", None)
    else:
        os.environ["B24SIM_ANIMATIONS"] = before
    motion = sys.modules.get("gui.phone.motion")
    if motion is not None:
        motion.set_enabled(before == "1")
        motion.set_clock_card(True)


# Tests speak English, as CI's C.UTF-8 does: on a machine whose locale is one of the five,
# the GUI's commands (in this process or started from it) would speak that language.
from core import i18n  # noqa: E402

if i18n.system_language() != i18n.SOURCE:
    os.environ["LC_ALL"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def _english_unless_a_test_says_otherwise():
    """main.py's --lang (called in-process) sets the process's language and the flow runs'
    B24SIM_FLOW_LANGUAGE; the next test starts in English again."""
    before = os.environ.get("B24SIM_FLOW_LANGUAGE")
    yield
    i18n.set_default(i18n.SOURCE)
    if before is None:
        os.environ.pop("B24SIM_FLOW_LANGUAGE", None)
    else:
        os.environ["B24SIM_FLOW_LANGUAGE"] = before


@pytest.fixture
def fresh_memo(monkeypatch):
    """core.world's password hashes as in a new process: none made, none pending, no pool."""
    from core import world

    monkeypatch.setattr(world, "_HASHES", {})
    monkeypatch.setattr(world, "_PENDING", {})
    monkeypatch.setattr(world, "_POOL", None)

"""Issue 14, item 5: a killed `main.py test` left its temporary database folder behind; the
next run removes such folders once their process has ended, and nothing else."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gui.flows.runner import StoreMaker, remove_orphans

ROOT = Path(__file__).resolve().parents[2]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_dead_runs_folder_goes_and_a_live_ones_and_others_stay(tmp_path):
    dead = tmp_path / f"b24-flow-db-{_dead_pid()}-abc"
    live = tmp_path / f"b24-flow-db-{os.getppid()}-def"
    other = tmp_path / "b24-flow-db-notapid"
    mine = tmp_path / f"b24-flow-db-{os.getpid()}-ghi"
    for folder in (dead, live, other, mine):
        folder.mkdir()
        (folder / "flow-1.db").write_bytes(b"x")
    assert remove_orphans(tmp_path, "b24-flow-db-") == [dead]
    assert not dead.exists() and live.exists() and other.exists() and mine.exists()


def test_a_killed_run_leaves_nothing_after_the_next_run():
    script = ("from gui.flows.runner import StoreMaker; import sys, time; s = StoreMaker(); "
              "print(s.dir, flush=True); time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    folder = Path(child.stdout.readline().strip())
    assert folder.is_dir() and folder.parent == Path(tempfile.gettempdir())
    child.send_signal(signal.SIGKILL)
    child.wait()
    time.sleep(0.1)
    assert folder.is_dir()  # killed: no cleanup ran
    maker = StoreMaker()
    try:
        assert not folder.exists()
    finally:
        maker.close()

"""Crash safety: `python main.py process` killed with SIGKILL at random moments, 20 times."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.db import open_store, sqlite_url
from core.synthetic import add_due_requests
from tests.integration.bulkdata import check_consistent, check_whole

ROOT = Path(__file__).resolve().parents[2]
# Enough work that 20 kills all land in the middle of it: 20 runs of up to ~2 s complete
# about 55,000 at ~6,000 a second (50,000 were once enough, at ~3,000 a second).
N = int(os.environ.get("B24_CRASH_REQUESTS", "120000"))
KILLS = 20


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def start_worker(url: str, out: Path) -> subprocess.Popen:
    with open(out, "w") as fh:
        return subprocess.Popen([sys.executable, "main.py", "process", "-v", "--db", url],
                                cwd=ROOT,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"}, stdout=fh,
                                stderr=subprocess.STDOUT)


def wait_for_progress(out: Path, proc: subprocess.Popen, timeout: float = 120) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if "completed #" in out.read_text():
            return True
        time.sleep(0.01)
    return False


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_a_worker_killed_twenty_times_leaves_every_request_done_exactly_once(tmp_path):
    db = tmp_path / "world.db"
    url = sqlite_url(db)
    store = open_store(url)
    add_due_requests(store, N)
    store.dispose()
    rng = random.Random(20260302)
    interrupted = 0
    progress = [0]
    for i in range(KILLS):
        out = tmp_path / f"run{i}.out"
        proc = start_worker(url, out)
        if i % 4 == 0:
            time.sleep(rng.uniform(0.05, 1.5))  # any moment, start-up and migrations included
        else:
            wait_for_progress(out, proc)  # somewhere in the middle of the work
            time.sleep(rng.uniform(0.0, 0.6))
        alive = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        text = out.read_text()
        assert "Traceback" not in text, text[-2000:]
        interrupted += alive
        assert integrity(db) == "ok"
        store = open_store(url)
        try:
            progress.append(check_consistent(store))
        finally:
            store.dispose()
        assert progress[-1] >= progress[-2]  # nothing committed was lost
    # The kills really landed in the middle of the work.
    assert interrupted >= KILLS - 2
    assert 0 < progress[-1] < N, progress
    # Resume without a kill: the rest completes, each exactly once.
    final = subprocess.run([sys.executable, "main.py", "process", "--db", url], cwd=ROOT,
                           capture_output=True, text=True, timeout=1200)
    assert final.returncode == 0, final.stderr[-2000:]
    assert f"{N - progress[-1]} requests completed" in final.stdout
    assert integrity(db) == "ok"
    store = open_store(url)
    try:
        check_whole(store, N)
    finally:
        store.dispose()

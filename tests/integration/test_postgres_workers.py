"""Two `python main.py process` workers on one database complete every due request once."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.db import open_store
from core.synthetic import add_due_requests
from tests.integration.bulkdata import check_whole

ROOT = Path(__file__).resolve().parents[2]
COMPLETED = re.compile(r"^completed #(\d+) ", re.MULTILINE)


def run_workers(url: str, n_workers: int, tmp_path: Path) -> list[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    procs = []
    for i in range(n_workers):
        out = open(tmp_path / f"worker{i}.out", "w")  # noqa: SIM115 - closed below
        procs.append((subprocess.Popen([sys.executable, "main.py", "process", "-v", "--db", url],
                                       cwd=ROOT, env=env, stdout=out,
                                       stderr=subprocess.STDOUT), out))
    outputs = []
    for proc, out in procs:
        code = proc.wait(timeout=900)
        out.close()
        text = Path(out.name).read_text()
        assert code == 0, text[-3000:]
        assert "Traceback" not in text and "database is locked" not in text
        outputs.append(text)
    return outputs


@pytest.mark.slow
@pytest.mark.postgres
def test_two_workers_on_postgresql_complete_ten_thousand_requests_each_exactly_once(
        pg_url, tmp_path):
    n = int(os.environ.get("B24_WORKER_REQUESTS", "10000"))
    store = open_store(pg_url)
    add_due_requests(store, n)
    store.dispose()
    started = time.monotonic()
    outputs = run_workers(pg_url, 2, tmp_path)
    elapsed = time.monotonic() - started
    done = [[int(x) for x in COMPLETED.findall(text)] for text in outputs]
    # Each worker took a share, and no request id was completed by both.
    assert all(len(ids) > n // 10 for ids in done), [len(ids) for ids in done]
    assert not set(done[0]) & set(done[1])
    assert sorted(done[0] + done[1]) == list(range(1, n + 1))
    store = open_store(pg_url)
    try:
        counts = check_whole(store, n)
    finally:
        store.dispose()
    print(f"{n} requests by 2 workers on PostgreSQL in {elapsed:.1f}s; {counts}")


@pytest.mark.slow
def test_two_workers_on_one_sqlite_file_complete_every_request_exactly_once(tmp_path):
    from core.db import sqlite_url

    n = 2000
    url = sqlite_url(tmp_path / "world.db")
    store = open_store(url)
    add_due_requests(store, n)
    store.dispose()
    outputs = run_workers(url, 2, tmp_path)
    done = [[int(x) for x in COMPLETED.findall(text)] for text in outputs]
    assert sorted(done[0] + done[1]) == list(range(1, n + 1))
    store = open_store(url)
    try:
        check_whole(store, n)
    finally:
        store.dispose()

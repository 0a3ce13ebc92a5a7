"""One processing run in a fresh process: ``python -m tests.benchmarks.proc_child MODE DB [--poll]``.

MODE is ``product`` (core.processing.process_due, as ``main.py process`` runs it) or
``baseline`` (set-based SQL); DB is a SQLite file or a PostgreSQL URL. Prints {"seconds": ..., "requests": ...} as JSON; the time
covers the processing only (opening the database and migrations checks excluded for both).
The product also reports ``batch_hold_ms``: how long each batch held the write lock. With
``--poll`` a second process takes the write lock every 20 ms while the product runs, as the
phone would (tests/benchmarks/lock_poller.py), and ``poll_wait_ms`` says how long it waited.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time


def watch_write_lock(store) -> tuple[list[float], list[float]]:
    """Seconds from each BEGIN IMMEDIATE to the end of its COMMIT: how long the worker keeps
    other writers (the phone) waiting per write transaction; and the worker thread's CPU
    seconds in each (the same hold on a machine with a core free: a busy machine stretches
    the wall time while the worker waits for a core, holding the lock)."""
    import core.db

    holds: list[float] = []
    cpu: list[float] = []  # the worker thread's own CPU time in each hold (no waiting for a core)
    began = [0.0, 0.0]
    begin, commit = core.db._begin_immediate, store.engine.dialect.do_commit

    def timed_begin(dbapi_conn) -> None:
        begin(dbapi_conn)
        began[:] = time.perf_counter(), time.thread_time()

    def timed_commit(dbapi_conn) -> None:
        commit(dbapi_conn)
        holds.append(time.perf_counter() - began[0])
        cpu.append(time.thread_time() - began[1])

    core.db._begin_immediate = timed_begin
    store.engine.dialect.do_commit = timed_commit
    return holds, cpu


def start_poller(path: str) -> subprocess.Popen:
    poller = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.lock_poller", path],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert poller.stdout.readline().strip() == "ready"
    return poller


def poll_waits(poller: subprocess.Popen) -> dict:
    out, _ = poller.communicate(timeout=60)
    got = json.loads(out.splitlines()[-1])
    waits = sorted(got["waits_ms"])
    if not waits:
        return {"p99": 0.0, "max": 0.0, "median": 0.0, "attempts": 0, "refused": 0}
    return {"p99": waits[min(len(waits) - 1, int(len(waits) * 0.99))], "max": waits[-1],
            "median": waits[len(waits) // 2], "attempts": len(waits),
            "refused": got["refused"]}


def main(argv: list[str]) -> int:
    mode, path, *flags = argv
    extra = {}
    if mode == "product":
        from core.db import open_store, sqlite_url
        from core.processing import process_due

        store = open_store(path if "://" in path else sqlite_url(path))
        holds, cpu = watch_write_lock(store)
        poller = start_poller(path) if "--poll" in flags else None
        start = time.perf_counter()
        n = len(process_due(store))
        seconds = time.perf_counter() - start
        if poller is not None:
            extra["poll_wait_ms"] = poll_waits(poller)
        store.dispose()
        cpu.sort()
        holds.sort()
        extra["batch_hold_ms"] = {"median": holds[len(holds) // 2] * 1000 if holds else 0.0,
                                  "max": holds[-1] * 1000 if holds else 0.0,
                                  "batches": len(holds),
                                  "cpu_median": cpu[len(cpu) // 2] * 1000 if cpu else 0.0,
                                  "cpu_max": cpu[-1] * 1000 if cpu else 0.0}
    else:
        from tests.benchmarks.baseline_sql import process_all

        start = time.perf_counter()
        n = process_all(path)
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "requests": n, **extra}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

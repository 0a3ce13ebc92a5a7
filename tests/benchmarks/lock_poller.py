"""A writer polling like the phone while a worker runs: ``python -m tests.benchmarks.lock_poller DB``.

Every ``INTERVAL_S`` it takes SQLite's write lock the way the app's writers do
(core.db._begin_immediate: BEGIN IMMEDIATE, retried every millisecond or two) and lets it go
at once (ROLLBACK: it changes nothing, so the worker's result stays comparable). It runs
until its stdin closes, then prints {"waits_ms": [...], "refused": N} as JSON: how long
each attempt waited for the lock, which is what a tap on the phone would wait, and how many
gave up (the app's writers give up after BUSY_TIMEOUT_MS and say the store is busy).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
import time

INTERVAL_S = 0.02


def main(argv: list[str]) -> int:
    from core.db import BUSY_TIMEOUT_MS, _begin_immediate

    conn = sqlite3.connect(argv[0], isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    print("ready", flush=True)
    waits: list[float] = []
    refused = 0  # attempts that gave up after BUSY_TIMEOUT_MS, as the phone would
    while not stop.is_set():
        start = time.perf_counter()
        try:
            _begin_immediate(conn)
        except sqlite3.OperationalError:
            refused += 1
        else:
            conn.execute("ROLLBACK")
        waits.append((time.perf_counter() - start) * 1000)
        stop.wait(INTERVAL_S)
    conn.close()
    print(json.dumps({"waits_ms": waits, "refused": refused}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

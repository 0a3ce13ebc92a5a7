"""One processing run in a fresh process: ``python -m tests.benchmarks.proc_child MODE DB``.

MODE is ``product`` (core.processing.process_due, as ``main.py process`` runs it) or
``baseline`` (set-based SQL). Prints {"seconds": ..., "requests": ...} as JSON; the time
covers the processing only (opening the database and migrations checks excluded for both).
The product also reports ``batch_hold_ms``: how long each batch held the write lock.
"""

from __future__ import annotations

import json
import sys
import time


def watch_write_lock(store) -> list[float]:
    """Seconds from each BEGIN IMMEDIATE to the end of its COMMIT: how long the worker keeps
    other writers (the phone) waiting per batch. An upper bound: a commit that checkpoints
    the WAL does so after it has let the lock go, and that time is counted too."""
    import core.db

    holds: list[float] = []
    began = [0.0]
    begin, commit = core.db._begin_immediate, store.engine.dialect.do_commit

    def timed_begin(dbapi_conn) -> None:
        begin(dbapi_conn)
        began[0] = time.perf_counter()

    def timed_commit(dbapi_conn) -> None:
        commit(dbapi_conn)
        holds.append(time.perf_counter() - began[0])

    core.db._begin_immediate = timed_begin
    store.engine.dialect.do_commit = timed_commit
    return holds


def main(argv: list[str]) -> int:
    mode, path = argv
    extra = {}
    if mode == "product":
        from core.db import open_store, sqlite_url
        from core.processing import process_due

        store = open_store(sqlite_url(path))
        holds = watch_write_lock(store)
        start = time.perf_counter()
        n = len(process_due(store))
        seconds = time.perf_counter() - start
        store.dispose()
        holds.sort()
        extra["batch_hold_ms"] = {"median": holds[len(holds) // 2] * 1000 if holds else 0.0,
                                  "max": holds[-1] * 1000 if holds else 0.0,
                                  "batches": len(holds)}
    else:
        from tests.benchmarks.baseline_sql import process_all

        start = time.perf_counter()
        n = process_all(path)
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "requests": n, **extra}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

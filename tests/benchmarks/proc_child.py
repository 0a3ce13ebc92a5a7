"""One processing run in a fresh process: ``python -m tests.benchmarks.proc_child MODE DB``.

MODE is ``product`` (core.processing.process_due, as ``main.py process`` runs it) or
``baseline`` (set-based SQL). Prints {"seconds": ..., "requests": ...} as JSON; the time
covers the processing only (opening the database and migrations checks excluded for both).
"""

from __future__ import annotations

import json
import sys
import time


def main(argv: list[str]) -> int:
    mode, path = argv
    if mode == "product":
        from core.db import open_store, sqlite_url
        from core.processing import process_due

        store = open_store(sqlite_url(path))
        start = time.perf_counter()
        n = len(process_due(store))
        seconds = time.perf_counter() - start
        store.dispose()
    else:
        from tests.benchmarks.baseline_sql import process_all

        start = time.perf_counter()
        n = process_all(path)
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "requests": n}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

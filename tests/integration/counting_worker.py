"""``python main.py process`` as the concurrency tests run it, counting the worker's commits.

Since a SQLite batch is written COMMIT_SIZE requests per transaction, and a part the phone
wrote in between is read again, how many commits a worker makes depends on the phone's
timing. The test needs the exact number to show that no commit's revision was lost; this
wrapper counts the commits that changed something (UnitOfWork.changes_committed) and prints
the count as its last line, ``worker commits: N``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from b24_delete_account import main  # noqa: E402
from core.db import UnitOfWork  # noqa: E402

COMMITS = 0
_commit = UnitOfWork.commit


def _counted(self: UnitOfWork) -> None:
    global COMMITS
    before = self.changes_committed
    _commit(self)
    COMMITS += self.changes_committed - before


UnitOfWork.commit = _counted

if __name__ == "__main__":
    code = main(["process", *sys.argv[1:]])
    print(f"worker commits: {COMMITS}", flush=True)
    sys.exit(code)

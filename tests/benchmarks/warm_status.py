"""The bench's warm runner as one JSON line: ``--start`` starts it first and waits until it
serves; without, its status now ({} when there is none)."""

from __future__ import annotations

import contextlib
import io
import json
import sys

from gui.flows import warm


def main() -> int:
    where = warm.folder()
    if where is None:
        print("error: no private folder for the warm runner (B24SIM_WARM_DIR)", file=sys.stderr)
        return 2
    if "--start" in sys.argv[1:]:
        with contextlib.redirect_stdout(io.StringIO()):   # its line: the JSON says more
            if warm._start_and_wait(where):
                return 1
    print(json.dumps(warm.ask(where, warm.key(), {"kind": "status"}) or {}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

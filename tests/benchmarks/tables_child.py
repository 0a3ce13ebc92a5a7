"""Big tables in the GUI, in a fresh process: ``python -m tests.benchmarks.tables_child DB``.

Opens the app's main window on DB (settings in a private folder, the console on its light
Notices tab), waits for the first paint, then opens the Requests tab and the Emails tab, each
timed from the click until the tab's table has been painted. Prints JSON with both times and
the process's peak resident memory (VmHWM) afterwards.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QSettings


class Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def peak_rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def wait_for_paint(app, widget, timeout: float = 30.0) -> None:
    watcher = Painted()
    widget.installEventFilter(watcher)
    deadline = time.perf_counter() + timeout
    try:
        while not watcher.seen and time.perf_counter() < deadline:
            app.processEvents()
        app.processEvents()  # the rest of that paint pass
    finally:
        widget.removeEventFilter(watcher)


def main(argv: list[str]) -> int:
    from core.store_ops import open_or_seed
    from gui.app import create_app
    from gui.builder import build_app
    from gui.console.panel import SETTINGS_TAB

    store = open_or_seed(f"sqlite:///{argv[0]}")
    app = create_app()
    QSettings().setValue(SETTINGS_TAB, "notices")
    phones = ("user", "admin") if "--second-phone" in argv[1:] else ("user",)
    window = build_app(store, phones=phones).window
    window.show()
    wait_for_paint(app, window)
    out = {}
    for name in ("requests", "emails"):
        page = window.console.page(name)
        start = time.perf_counter()
        window.console.show_tab(name)
        wait_for_paint(app, page.table.viewport())
        out[f"{name}_ms"] = (time.perf_counter() - start) * 1000
        out[f"{name}_rows_total"] = page.model.total
    out["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(out))
    window.close()
    store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

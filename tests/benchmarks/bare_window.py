"""The start-up baseline: a bare PySide6 window with one label, quit right after its first
paint the way ``main.py --exit-after-first-paint`` does it (gui.app.FirstPaint, repeated
here so that this process imports nothing but PySide6)."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, window, then) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))

    def painted() -> None:
        print(f"first paint at {time.time():.6f}", flush=True)
        app.quit()

    window._first_paint = FirstPaint(window, painted)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

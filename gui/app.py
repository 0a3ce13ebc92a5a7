"""The main window: the phone on the left, the simulator console beside it."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QWidget

from core.db import Store
from gui.controller import AppController


class MainWindow(QMainWindow):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._build_ui()

    def _build_ui(self) -> None:
        from gui.console.panel import ConsolePanel
        from gui.phone.phone import PhoneView

        self.setObjectName("main_window")
        self.setWindowTitle("Bitrix24 — Delete account prototype")
        central = QWidget(self)
        central.setObjectName("central")
        layout = QHBoxLayout(central)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(24)
        self.phone = PhoneView(self.controller, central)
        self.console = ConsolePanel(self.controller, central)
        layout.addWidget(self.phone, 0)
        layout.addWidget(self.console, 1)
        self.setCentralWidget(central)


class FirstPaint(QObject):
    """Calls ``then`` once, right after the watched window's first real paint.

    Qt paints a window's whole widget tree in one pass, starting with the window itself: the
    first Paint event on it starts that pass, and a zero timer started there fires once the
    pass (children included) has been painted into the window's backing store.
    """

    def __init__(self, window: QWidget, then) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Bitrix24 Delete account prototype")
    app.setOrganizationName("b24-delete-account")
    from gui.style import load_styles

    load_styles(app)
    return app


def run_gui(url: str, args) -> int:
    from core.commands import fail, open_or_seed
    from core.errors import StoreError
    from core.world import WorldError, load_world

    try:
        store: Store = open_or_seed(url)
        app = create_app()
        controller = AppController(store)
        if getattr(args, "world", None):
            controller.load_world(load_world(args.world))
    except (StoreError, WorldError) as exc:
        return fail(str(exc))
    window = MainWindow(controller)
    if getattr(args, "exit_after_first_paint", False):
        def painted() -> None:
            # For benchmarks: the wall-clock moment of the first painted main window.
            print(f"first paint at {time.time():.6f}", flush=True)
            app.quit()

        window._first_paint = FirstPaint(window, painted)
    window.show()
    from gui.delivery import MailDeliverer

    deliverer = MailDeliverer(controller)  # SMTP/HTTP delivery off the GUI thread, if set up
    QTimer.singleShot(0, deliverer.schedule)  # emails left pending by an earlier session
    code = app.exec()
    deliverer.wait()
    store.dispose()
    return code

"""The main window: the phone on the left, the simulator console beside it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
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
    window.show()
    if getattr(args, "exit_after_first_paint", False):
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    store.dispose()
    return code

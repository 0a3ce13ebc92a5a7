"""The main window: the phone on the left, the simulator console beside it.

Start-up paints first and loads second, as the real app does: ``run_gui`` shows the window
with the phone's launch screen (the Bitrix24 wordmark) and the console's "Loading" line,
which need nothing but PySide6; once that is painted it opens the store (SQLAlchemy, core) and
``MainWindow.attach`` puts the real phone and console in their place. ``MainWindow(controller)``
builds the real window at once (tests, flows, the demo).
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QWidget

if TYPE_CHECKING:
    from gui.controller import AppController


class MainWindow(QMainWindow):
    def __init__(self, controller: AppController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: AppController | None = None
        self.phone = None
        self.console = None
        self._build_ui()
        if controller is None:
            self._show_launch()
        else:
            self.attach(controller)

    def _build_ui(self) -> None:
        self.setObjectName("main_window")
        self.setWindowTitle("Bitrix24 — Delete account prototype")
        central = QWidget(self)
        central.setObjectName("central")
        self._layout = QHBoxLayout(central)
        self._layout.setContentsMargins(24, 24, 24, 24)
        self._layout.setSpacing(24)
        self.setCentralWidget(central)
        self._launch: tuple[QWidget, ...] = ()

    def _show_launch(self) -> None:
        from gui.console.loading import LoadingConsole
        from gui.phone.launch import LaunchPhone

        central = self.centralWidget()
        self._launch = (LaunchPhone(central), LoadingConsole(central))
        self._layout.addWidget(self._launch[0], 0)
        self._layout.addWidget(self._launch[1], 1)

    def show_startup_problem(self, message: str, on_quit) -> None:
        """The store could not be opened: the loading console says why, with Quit."""
        self._launch[1].show_problem(message, on_quit)

    @property
    def loading(self) -> bool:
        """True while the launch screen shows (no store yet)."""
        return self.controller is None

    def attach(self, controller: AppController) -> None:
        """Build the real phone and console on ``controller``, in place of the launch screen."""
        from gui.console.panel import ConsolePanel
        from gui.phone.phone import PhoneView

        central = self.centralWidget()
        self.setUpdatesEnabled(False)
        try:
            self.controller = controller
            self.phone = PhoneView(controller, central)
            self.console = ConsolePanel(controller, central)
            for widget in self._launch:
                self._layout.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
            self._launch = ()
            self._layout.addWidget(self.phone, 0)
            self._layout.addWidget(self.console, 1)
        finally:
            self.setUpdatesEnabled(True)
        if self.console.collapsed:
            # Saved as collapsed: it narrowed while the launch screen still held the width.
            self.console.fit_window()
        self.update()


def preload() -> None:
    """Import the real window's modules now (e.g. while the world's passwords hash)."""
    import gui.console.panel  # noqa: F401
    import gui.phone.navigator  # noqa: F401
    import gui.phone.phone  # noqa: F401


class FirstPaint(QObject):
    """Calls ``then`` once, right after the watched window's next real paint.

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
    from PySide6.QtCore import qInstallMessageHandler

    from core.logs import qt_message

    qInstallMessageHandler(qt_message)  # Qt's own warnings go to the log file (core/logs.py)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Bitrix24 Delete account prototype")
    app.setOrganizationName("b24-delete-account")
    from gui.style import load_styles

    load_styles(app)
    return app


def run_gui(url: str, args) -> int:
    """Paint the launch screen, then open the store and build the real window.

    Benchmarks: ``--exit-after-first-paint`` prints ``first paint at T`` (the launch screen)
    and quits; ``--exit-when-ready`` prints that, then ``ready at T`` once the real phone and
    console with the store's data have been painted, and quits.
    """
    app = create_app()
    window = MainWindow()
    window.resize(window.sizeHint())
    fit_to_screen(window)  # a 1280-pixel screen: the launch window opens narrower already
    first_only = getattr(args, "exit_after_first_paint", False)
    when_ready = getattr(args, "exit_when_ready", False)
    result = {"code": 0, "store": None, "deliverer": None}

    def painted() -> None:
        if first_only or when_ready:
            print(f"first paint at {time.time():.6f}", flush=True)
        if first_only:
            app.quit()
        else:
            QTimer.singleShot(0, load)

    def load() -> None:
        from core.errors import StoreError
        from core.store_ops import open_or_seed
        from gui.controller import AppController

        try:
            store = result["store"] = open_or_seed(url)
            controller = AppController(store)
        except StoreError as exc:
            print(f"error: {exc}", file=sys.stderr)  # as the command line says it
            result["code"] = 2
            if when_ready:
                window.close()
                app.exit(result["code"])
            else:  # shown in the window too: a desktop launch has no terminal to read
                window.show_startup_problem(str(exc), lambda: app.exit(result["code"]))
            return
        window.attach(controller)
        window._ready_paint = FirstPaint(window, ready)

    def ready() -> None:
        if when_ready:
            print(f"ready at {time.time():.6f}", flush=True)
            app.quit()
            return
        from gui.delivery import MailDeliverer

        # SMTP/HTTP delivery off the GUI thread, if set up; first the emails left pending
        # by an earlier session.
        deliverer = result["deliverer"] = MailDeliverer(window.controller)
        QTimer.singleShot(0, deliverer.schedule)
        fit_to_screen(window)
        hint = scale_hint(window)
        if hint:
            window.console.show_message(hint, "info")

    window._first_paint = FirstPaint(window, painted)
    window.show()
    code = app.exec()
    if result["deliverer"] is not None:
        result["deliverer"].wait()
    if result["store"] is not None:
        result["store"].dispose()
    return result["code"] or code


def fit_to_screen(window: QWidget) -> None:
    """Open no wider or taller than the screen's free area, as far as the window's minimum
    allows (narrower, the console puts its cards in two rows)."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry().size() - window.geometry().size()
    room = screen.availableGeometry().size() - frame
    width = max(window.minimumWidth(), min(window.width(), room.width()))
    height = max(window.minimumHeight(), min(window.height(), room.height()))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(screen.availableGeometry().topLeft())


def scale_hint(window: QWidget) -> str | None:
    """What to do when the window cannot fit its screen (a 13-inch laptop): the --scale
    that would fit it, or None when it fits (or there is no real screen, offscreen)."""
    screen = window.screen()
    if screen is None or QApplication.platformName() in ("offscreen", "minimal"):
        return None
    frame = window.frameGeometry().size() - window.geometry().size()
    need = window.minimumSize() + frame
    room = screen.availableGeometry().size()
    try:
        current = float(os.environ.get("QT_SCALE_FACTOR") or 1)
    except ValueError:
        current = 1.0
    return fit_advice(need.width(), need.height(), room.width(), room.height(), current)


def fit_advice(need_w: int, need_h: int, room_w: int, room_h: int,
               current: float = 1.0) -> str | None:
    """None when a window of at least need_w x need_h fits room_w x room_h (the screen's free
    area, in the same logical pixels); otherwise a sentence with the --scale that fits."""
    if need_w <= room_w and need_h <= room_h:
        return None
    factor = int(current * min(room_w / need_w, room_h / need_h) * 20) / 20  # steps of 0.05
    if factor < 0.5:
        return (f"The window needs {need_w}x{need_h} px and this screen has {room_w}x{room_h}, "
                "too small even at half size (--scale 0.5): use a larger screen or window.")
    return (f"The window needs {need_w}x{need_h} px and this screen has {room_w}x{room_h}: "
            f"start with 'python main.py --scale {factor:.2f}' to see all of it.")

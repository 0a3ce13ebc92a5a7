"""Start-up: paint first and load second, as the real app does.

``run_gui`` shows the window with the phone's launch screen (the Bitrix24 wordmark) and the
console's "Loading" line, which need nothing but PySide6; once that is painted it opens the
store (SQLAlchemy, core) and ``gui.builder.build_app`` puts the real phone and console in
their place. The window itself is ``gui.window.MainWindow`` (imported here, so
``gui.app.MainWindow`` still names it); windows built loaded come from ``gui.builder``.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from gui.i18n import translate
from gui.window import MainWindow

__all__ = ["MainWindow", "create_app", "fit_advice", "fit_to_screen", "preload", "run_gui",
           "scale_hint"]


def preload() -> None:
    """Import the real window's modules now (e.g. while the world's passwords hash)."""
    import gui.builder  # noqa: F401 (it imports the phone, the navigator and the console)


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
    from gui.style import load_fonts, load_styles

    load_fonts()  # Inter (resources/fonts) before any sheet names it
    load_styles(app)
    return app


def run_gui(url: str, args) -> int:
    """Paint the launch screen, then open the store and build the real window.

    Benchmarks: ``--exit-after-first-paint`` prints ``first paint at T`` (the launch screen)
    and quits; ``--exit-when-ready`` prints that, then ``ready at T`` once the real phone and
    console with the store's data have been painted, and quits.
    """
    return Startup(url, args).run()


class Startup:
    """The GUI's start, in the order a person sees it: the launch window paints, then the
    store opens and the real phone and console replace the launch screen, then (once those
    have painted) email delivery starts."""

    def __init__(self, url: str, args) -> None:
        self.url = url
        self.first_only = getattr(args, "exit_after_first_paint", False)
        self.when_ready = getattr(args, "exit_when_ready", False)
        self.second = getattr(args, "second_phone", None)  # None: one phone; "": default
        self.language = getattr(args, "lang", None)  # --lang: beats the world's languages
        self.code = 0
        self.app = None  # gui.builder.App, once the store is open
        self.qt = create_app()
        self.window = MainWindow()
        self.window.resize(self.window.sizeHint())
        fit_to_screen(self.window)  # a 1280-pixel screen: the launch window opens narrower

    def run(self) -> int:
        self._paints = [FirstPaint(self.window, self._painted)]
        self.window.show()
        code = self.qt.exec()
        if self.app is not None:
            self.app.close()
        return self.code or code

    def _painted(self) -> None:
        if self.first_only or self.when_ready:
            print(f"first paint at {time.time():.6f}", flush=True)
        if self.first_only:
            self.qt.quit()
        else:
            QTimer.singleShot(0, self._load)

    def _load(self) -> None:
        from core.errors import StoreError
        from gui.builder import build_app
        from gui.phone import motion  # after the first paint: its colours make Qt's enums

        motion.set_enabled(True)  # the GUI moves as the device does
        phones = ("user",) if self.second is None else ("user", "admin")
        try:
            self.app = build_app(self.url, window=self.window, phones=phones,
                                 language=self.language)
        except StoreError as exc:
            self._refuse(str(exc))
            return
        if self.second:
            self._hold_second(self.second)
        self._paints.append(FirstPaint(self.window, self._ready))

    def _hold_second(self, person: str) -> None:
        """--second-phone PERSON: who holds it, or why they cannot (in the console)."""
        from core.errors import DomainError

        try:
            said, kind = self.app.hold_second(person), "ok"
        except DomainError as exc:
            said, kind = str(exc), "error"
        self.window.console.show_message(said, kind)

    def _refuse(self, message: str) -> None:
        """The store cannot be opened: say why on stderr, and in the window too (a desktop
        launch has no terminal to read), with Quit."""
        print(f"error: {message}", file=sys.stderr)  # as the command line says it
        import logging  # the log file too (the terminal has the line above)

        logging.getLogger("gui").error("the store could not be opened: %s", message,
                                       extra={"file_only": True})
        self.code = 2
        if self.when_ready:
            self.window.close()
            self.qt.exit(self.code)
        else:
            self.window.show_startup_problem(message, lambda: self.qt.exit(self.code))

    def _ready(self) -> None:
        if self.when_ready:
            print(f"ready at {time.time():.6f}", flush=True)
            self.qt.quit()
            return
        self.app.start_delivery()
        self.app.start_live()  # other windows' and workers' changes, within a second
        fit_to_screen(self.window)
        hint = scale_hint(self.window)
        if hint:
            self.window.console.show_message(hint, "info")


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
    sizes = {"need": f"{need_w}x{need_h}", "room": f"{room_w}x{room_h}"}
    if factor < 0.5:
        return translate("Window", "The window needs {need} px and this screen has {room}, too "
                         "small even at half size (--scale 0.5): use a larger screen or "
                         "window.").format(**sizes)
    return translate("Window", "The window needs {need} px and this screen has {room}: start "
                     "with 'python main.py --scale {factor}' to see all of it.").format(
        factor=f"{factor:.2f}", **sizes)

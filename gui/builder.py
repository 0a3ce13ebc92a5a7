"""One place that builds the app: the controller, the phones and their navigators, the
console, the window and the mail deliverer.

``main.py``'s GUI (``gui.app``), the flow runner, the demo (through the runner) and the tests
all call ``build_app``; no view builds its own controller or navigator. ::

    app = build_app(store)                 # or a database URL, or an AppController
    app.window.show()
    app.phone.current_screen_name()        # the first phone; app.devices holds them all
    app.close()                            # waits for delivery, closes a store it opened

Each phone is a ``Device``: a ``PhoneView`` and the ``PhoneNavigator`` that drives it, with
a name. ``phones=("user",)`` makes one; a second name makes a second phone beside it, with
its own navigator and screen stack over the same controller (the administrator's phone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from core.db import Store
from gui.console.panel import ConsolePanel
from gui.controller import AppController
from gui.phone.navigator import PhoneNavigator
from gui.phone.phone import PhoneView
from gui.window import MainWindow


@dataclass(frozen=True)
class Device:
    """One phone and the navigator that drives it."""

    name: str
    phone: PhoneView
    navigator: PhoneNavigator


@dataclass(eq=False)
class App:
    """What ``build_app`` made. Only ``deliverer`` changes afterwards (``start_delivery``)."""

    controller: AppController
    devices: tuple[Device, ...]
    window: MainWindow | None = None
    owns_store: bool = False
    deliverer: object | None = field(default=None)  # gui.delivery.MailDeliverer, once started

    @property
    def store(self) -> Store:
        return self.controller.store

    @property
    def phone(self) -> PhoneView:
        return self.devices[0].phone

    @property
    def navigator(self) -> PhoneNavigator:
        return self.devices[0].navigator

    def device(self, name: str) -> Device:
        for device in self.devices:
            if device.name == name:
                return device
        raise KeyError(f"no phone named {name!r} (phones: "
                       f"{', '.join(d.name for d in self.devices)})")

    def start_delivery(self):
        """SMTP/HTTP delivery off the GUI thread, if configured; first the emails left
        pending by an earlier session. Started apart from the build, once the window has
        painted: its transports import ``requests`` (a fifth of a second)."""
        from gui.delivery import MailDeliverer

        if self.deliverer is None:
            self.deliverer = MailDeliverer(self.controller)
            QTimer.singleShot(0, self.deliverer.schedule)
        return self.deliverer

    def close(self) -> None:
        """Wait for a delivery in progress; close the store if ``build_app`` opened it."""
        if self.deliverer is not None:
            self.deliverer.wait()
        if self.owns_store:
            self.store.dispose()


def build_controller(source: Store | str | AppController) -> AppController:
    """The controller over a store, a database URL (opened, or seeded with the demo world
    when empty, as ``main.py`` does) or an existing controller (returned as it is)."""
    if isinstance(source, AppController):
        return source
    if isinstance(source, str):
        from core.store_ops import open_or_seed

        source = open_or_seed(source)
    return AppController(source)


def build_device(controller: AppController, name: str = "user",
                 parent: QWidget | None = None) -> Device:
    """A phone and its navigator, started: it shows sign-in or the feed.

    ``parent``: the window's central widget, so that the first screen takes the window's
    keyboard focus as it shows (built outside and moved in, the window would give focus to
    its first button instead, with a focus ring on the profile photo)."""
    phone = PhoneView(parent)
    navigator = PhoneNavigator(phone, controller)
    phone.navigator = navigator
    navigator.start()
    return Device(name, phone, navigator)


def build_app(source: Store | str | AppController, *, window: MainWindow | bool = True,
              phones: Sequence[str] = ("user",)) -> App:
    """Build the app over ``source`` (see ``build_controller``).

    ``window``: True builds a ``MainWindow`` holding the phones and the console; an existing
    ``MainWindow`` (the launch screen) gets them in place of what it shows; False builds the
    phones alone (top-level widgets, for tests). A store opened here from a URL is closed
    again if the build fails, and by ``App.close`` otherwise.
    """
    controller = build_controller(source)
    owns = isinstance(source, str)
    try:
        shown = None
        if window is not False:
            shown = window if isinstance(window, MainWindow) else MainWindow(launch=False)
        central = shown.centralWidget() if shown is not None else None
        devices = tuple(build_device(controller, name, central) for name in phones)
        if shown is not None:
            shown.attach(controller, [d.phone for d in devices],
                         ConsolePanel(controller, central))
    except BaseException:
        if owns:
            controller.store.dispose()
        raise
    return App(controller, devices, shown, owns)


def build_window(controller: AppController) -> MainWindow:
    """The whole window over ``controller`` (the flow runner's default window factory)."""
    return build_app(controller).window

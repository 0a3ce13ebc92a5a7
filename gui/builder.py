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
its own navigator, screen stack and session (``gui.controller.DeviceController``) over the
same store: the administrator's phone, held by default by another active administrator of
the first phone's Bitrix24, with push banners for the notices that reach them. At run time
``app.show_second()``, ``hide_second()``, ``hold_second(person)`` and ``swap_phones()`` do
what the console's Second phone row asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from core import devices as dv
from core import services as sv
from core.db import Store
from core.models import MAIN_DEVICE
from gui.console.panel import ConsolePanel
from gui.controller import AppController, DeviceController
from gui.i18n import translate
from gui.phone.navigator import PhoneNavigator, resolve_language
from gui.phone.phone import PhoneView
from gui.window import MainWindow


@dataclass(frozen=True)
class Device:
    """One phone and the navigator that drives it."""

    name: str
    phone: PhoneView
    navigator: PhoneNavigator
    watcher: object | None = None  # gui.phone.banner.NoticeWatcher (phones after the first)


@dataclass(eq=False)
class App:
    """What ``build_app`` made. Only ``deliverer`` changes afterwards (``start_delivery``)."""

    controller: AppController
    devices: tuple[Device, ...]
    window: MainWindow | None = None
    owns_store: bool = False
    deliverer: object | None = field(default=None)  # gui.delivery.MailDeliverer, once started
    live: object | None = field(default=None)  # gui.live.LiveUpdates, once started
    # called after the second phone shows, hides or changes hands, whoever asked (the
    # console's row, a flow's onDevice, --second-phone): the console's row follows
    phones_changed: list = field(default_factory=list)

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

    @property
    def second(self) -> Device | None:
        """The second phone, or None while only one is shown."""
        return self.devices[1] if len(self.devices) > 1 else None

    def show_second(self, person_key: str | None = None) -> Device:
        """Show the second phone beside the first (held by ``person_key``, by whoever held it
        last, or by the default holder); a bad holder raises ``SecondPhoneRefused``."""
        if self.second is None:
            central = self.window.centralWidget() if self.window is not None else None
            device = build_device(self.controller, dv.SECOND_DEVICE, central, person_key)
            self.devices = (*self.devices, device)
            if self.window is not None:
                self.window.add_phone(device.phone)
            self._told()
        elif person_key:
            self.hold_second(person_key)
        return self.second

    def hide_second(self) -> None:
        second = self.second
        if second is None:
            return
        self.devices = self.devices[:1]
        if self.window is not None:
            self.window.remove_phone(second.phone)
        second.phone.hide()
        second.phone.deleteLater()
        self._told()

    def hold_second(self, person_key: str) -> str:
        """Put ``person_key`` on the second phone (shown first if hidden); says who holds it."""
        if self.second is None:
            self.show_second(person_key)
        else:
            self.second.navigator.controller.act(dv.hold, person_key, actor="simulator")
            self._told()
        return self.hold_second_text()

    def hold_second_text(self) -> str:
        """Who holds the second phone, as the console says it."""
        view = self.second.navigator.controller.read(sv.session_view)
        if view.person is None:
            return translate("Console", "The second phone shows Sign in: no other active "
                             "administrator of this Bitrix24 could hold it.")
        return translate("Console", "The second phone is signed in as {person} in "
                         "{portal}.").format(person=view.person.name, portal=view.portal.address)

    def swap_phones(self) -> None:
        """The two phones change hands (sessions, browsers, platforms)."""
        if self.second is not None:
            self.second.navigator.controller.act(dv.swap, actor="simulator")
            self._told()

    def _told(self) -> None:
        for listener in self.phones_changed:
            listener()

    def start_delivery(self):
        """SMTP/HTTP delivery off the GUI thread, if configured; first the emails left
        pending by an earlier session. Started apart from the build, once the window has
        painted: its transports import ``requests`` (a fifth of a second)."""
        from gui.delivery import MailDeliverer

        if self.deliverer is None:
            self.deliverer = MailDeliverer(self.controller)
            QTimer.singleShot(0, self.deliverer.schedule)
        return self.deliverer

    def start_live(self):
        """See other processes' changes within a second (gui.live): started once the window
        shows, like delivery."""
        from gui.live import LiveUpdates

        if self.live is None:
            self.live = LiveUpdates(self.controller)
        return self.live

    def close(self) -> None:
        """Wait for a delivery in progress; close the store if ``build_app`` opened it."""
        if self.live is not None:
            self.live.stop()
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


def build_device(controller: AppController, name: str = MAIN_DEVICE,
                 parent: QWidget | None = None, person_key: str | None = None) -> Device:
    """A phone and its navigator, started: it shows sign-in or the feed.

    The first phone (``MAIN_DEVICE``) uses ``controller``; another has its own session
    through a ``DeviceController``, is signed in as ``person_key`` (or, when nobody holds it
    yet, the default holder: ``core.devices.default_holder``) and pushes arriving notices
    as banners (a bad ``person_key`` raises ``SecondPhoneRefused`` before anything shows).

    ``parent``: the window's central widget, so that the first screen takes the window's
    keyboard focus as it shows (built outside and moved in, the window would give focus to
    its first button instead, with a focus ring on the profile photo)."""
    own = controller if name == MAIN_DEVICE else DeviceController(controller, name)
    if own is not controller:
        _choose_holder(own, person_key)
    phone = PhoneView(parent, resolve_language(own))
    phone.setProperty("device", name)
    navigator = PhoneNavigator(phone, own)
    phone.navigator = navigator
    navigator.start()
    watcher = None
    if own is not controller:
        from gui.phone.banner import NoticeWatcher

        watcher = NoticeWatcher(phone, navigator, own)
    return Device(name, phone, navigator, watcher)


def _choose_holder(own: DeviceController, person_key: str | None) -> None:
    """Sign the second phone in: as ``person_key``, else keep who holds it if they still
    can, else the default holder (nobody fits: it shows Sign in)."""
    if person_key:
        own.act(dv.hold, person_key, actor="simulator")
        return
    current = own.read(sv.session_view).person
    if current is not None and own.read(dv.holder_problem, current.key)[0] is None:
        return
    default = own.read(dv.default_holder)
    if default is not None:
        own.act(dv.hold, default, actor="simulator")


def build_app(source: Store | str | AppController, *, window: MainWindow | bool = True,
              phones: Sequence[str] = ("user",), language: str | None = None) -> App:
    """Build the app over ``source`` (see ``build_controller``).

    ``language``: every phone speaks it (``--lang``) whatever the store says, until the
    console's Language switch chooses another.

    ``window``: True builds a ``MainWindow`` holding the phones and the console; an existing
    ``MainWindow`` (the launch screen) gets them in place of what it shows; False builds the
    phones alone (top-level widgets, for tests). A store opened here from a URL is closed
    again if the build fails, and by ``App.close`` otherwise.
    """
    controller = build_controller(source)
    if language:
        controller.forced_language = language
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
    app = App(controller, devices, shown, owns)
    if shown is not None:
        shown.app = app
        _wire_second_phone(app, shown.console.second_phone)
    return app


def _wire_second_phone(app: App, row) -> None:
    """The console's Second phone row (gui.console.second_phone) drives the App: each
    request's result or refusal is one line in the console."""
    from core.errors import DomainError

    def follow() -> None:
        second = app.second
        row.set_shown(second.navigator.controller if second is not None else None)

    def attempt(action, ok) -> None:
        try:
            result = action()
        except DomainError as exc:
            row.message.emit(str(exc), "error")
            follow()  # a refused choice: the row shows who still holds it
        else:
            row.message.emit(ok(result) if callable(ok) else ok, "ok")

    def show(on: bool) -> None:
        if on:
            attempt(app.show_second, lambda _d: app.hold_second_text())
        else:
            attempt(app.hide_second, translate("Console", "The second phone is hidden."))

    row.show_requested.connect(show)
    row.hold_requested.connect(lambda key: attempt(lambda: app.hold_second(key), str))
    row.swap_requested.connect(lambda: attempt(app.swap_phones,
                                                   translate("Console", "The phones changed "
                                                             "hands.")))
    app.phones_changed.append(follow)   # another window's change: the console's refresh
    follow()


def build_window(controller: AppController) -> MainWindow:
    """The whole window over ``controller`` (the flow runner's default window factory)."""
    return build_app(controller).window

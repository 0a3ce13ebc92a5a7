"""The phone's controller: screens' intent signals -> core services -> which screen shows.

Screens never call each other or core; this class does both. Every write goes through
``AppController.act`` (one unit of work, then ``changed``), every read through ``read``.
On ``changed`` the visible screen re-reads its view in place (clock advanced, platform
switched, request processed); if the signed-in profile lost access, the app says so and
signs out.

What each screen shows and what its signals do is registered in ``gui.phone.screens``
(``SCREEN_SPECS``); this class reads that table and holds the actions it names. It drives a
``Stack`` (``PhoneView``, or a test's stand-in) and imports nothing of the phone's view.

The phone speaks one language (``language()``): ``--lang`` (the controller's
``forced_language``), else the phone's own from the store (the device's, or its signed-in
person's: ``core.devices.phone_language``), else the process's default. Screens are built and
views shown inside ``i18n.use`` of it, so core's texts in them (dates, refusals) come in that
language too; when it changes, the phone drops its screens and shows where it was again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject

from core import devices as dv
from core import errors as e
from core import i18n
from core import services as sv
from core.views import SendResult
from gui.controller import AppController
from gui.i18n import translate
from gui.phone.admin_actions import AdminActions
from gui.phone.screens import SCREEN_SPECS, Call, Go, Screens, Wire
from gui.phone.screens.base import Screen, Sheet


class Stack(Protocol):
    """What the navigator drives: one phone's screens and sheets."""

    screens: Screens
    sheets: Mapping[str, Sheet]

    def show_screen(self, name: str) -> Screen: ...
    def show_sheet(self, name: str) -> Sheet: ...
    def hide_sheet(self) -> None: ...
    def current_screen(self) -> Screen: ...
    def current_screen_name(self) -> str: ...
    def sheet_name(self) -> str | None: ...
    def show_time(self, now: datetime) -> None: ...
    def show_platform(self, platform: str) -> None: ...


class PhoneNavigator(AdminActions, QObject):
    def __init__(self, phone: Stack, controller: AppController,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else
                         (phone if isinstance(phone, QObject) else None))
        self.phone = phone
        self.controller = controller
        self.screens = phone.screens
        self.sheets = phone.sheets
        self._session_key: tuple[int, int] | None = None
        self._refreshing = False
        self._entry_from = "profile"
        self._result: SendResult | None = None
        self._problem = ""
        self._connect_signals()

    # -- wiring ---------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        for sheet in self.sheets.values():
            self._wire(sheet)
        # Screens are built on first use (gui.phone.screens.Screens): each is wired then.
        self.screens.on_built.append(self._wire)
        for screen in self.screens.built_screens():
            self._wire(screen)
        self.controller.changed.connect(self.refresh)
        self.controller.world_replaced.connect(self.start)

    def _wire(self, screen: Screen | Sheet) -> None:
        """Connect what the screen's registration says (gui.phone.screens.SCREENS)."""
        spec = SCREEN_SPECS[screen.name]
        for signal, wire in spec.on.items():
            getattr(screen, signal).connect(self._slot(wire))
        if spec.prepare:
            getattr(screen, spec.prepare)()

    def _slot(self, wire: Wire) -> Callable[..., None]:
        if isinstance(wire, Go):
            return lambda *_: self.go(wire.screen)
        action = getattr(self, wire.action)  # a typo in the table fails here, at the build

        def slot(*got: Any) -> None:
            with i18n.use(self.speaks()):
                action(*wire.args, *got)

        return slot

    # -- the phone's language ----------------------------------------------------------------
    def language(self) -> str:
        """What this phone should speak now: --lang, else its own (the store), else the
        process's default."""
        return resolve_language(self.controller)

    def speaks(self) -> str:
        """The language the phone's screens are built in now."""
        return getattr(self.phone, "language", None) or i18n.default()

    def follow_language(self) -> bool:
        """Build the phone again in ``language()`` if it changed, showing the same screen
        (and sheet) as before; True if it changed."""
        set_language = getattr(self.phone, "set_language", None)
        if set_language is None:
            return False
        current = self.current() if self.phone.current_screen() is not None else None
        sheet = self.phone.sheet_name()
        if not set_language(self.language()):
            return False
        for built in self.sheets.values():
            self._wire(built)
        if current is not None:
            self._reshow(current, sheet)
        return True

    def _reshow(self, current: str, sheet: str | None) -> None:
        """After a change of language: the screen (and sheet) shown before, in the new one."""
        with i18n.use(self.speaks()):
            self.go(current)
            if sheet == "delete_warning" and self.current() in ("profile", "edit_profile"):
                self.start_deletion(self.current())
            elif sheet == "admin_picker" and self.current() == "request_form":
                self.open_admin_picker()

    def _fresh_login(self) -> None:
        """The browser back at its login page, the request form empty (where built: a screen
        built later starts that way)."""
        browser = self.screens.built("browser")
        if browser is not None:
            browser.start()
        form = self.screens.built("request_form")
        if form is not None:
            form.reset()

    # -- moving the stack -----------------------------------------------------------------
    def current(self) -> str:
        return self.phone.current_screen_name()

    def go(self, name: str, view: Any = None) -> None:
        """Show a screen with a fresh view from core (or the view given)."""
        with i18n.use(self.speaks()):
            self._go(name, view)

    def _go(self, name: str, view: Any) -> None:
        screen = self.screens[name]
        if view is None:
            view = self._load(name)
            if view is None:
                return
        screen.show_error("")
        screen.show_view(view)
        self.phone.show_screen(name)

    def _view(self, name: str) -> Any:
        """The screen's view, from where its spec says (a core read or a method here)."""
        source = SCREEN_SPECS[name].view
        if isinstance(source, Call):
            return getattr(self, source.action)(*source.args)
        return self.controller.read(source)

    def _load(self, name: str) -> Any:
        try:
            return self._view(name)
        except e.NotSignedIn:
            self.go("sign_in")
        except e.DomainError as err:
            self.phone.current_screen().show_error(str(err))
        return None

    def back_to_entry(self) -> None:
        """Back from "Log in": to where Delete account was tapped (profile or edit profile)."""
        self.go(self._entry_from)

    def close_sheet(self) -> None:
        self.phone.hide_sheet()

    def last_result(self) -> SendResult | None:
        """What the last Send request did (the request or cancellation sent screens)."""
        return self._result

    def access_problem(self) -> str:
        """Why the app signed out (the access closed screen)."""
        return self._problem

    def start(self) -> None:
        """A new world or a fresh app start: sign-in or feed, nothing half-done."""
        self.phone.hide_sheet()
        set_language = getattr(self.phone, "set_language", None)
        if set_language is not None and set_language(self.language()):
            for built in self.sheets.values():
                self._wire(built)
        with i18n.use(self.speaks()):
            self._start()

    def _start(self) -> None:
        self._fresh_login()
        session = self.controller.read(sv.session_view)
        self._session_key = _key(session)
        self.phone.show_time(session.now)
        self.phone.show_platform(session.platform)
        closed = self._session_key and self.controller.read(sv.current_access_problem)
        self.go("feed" if self._session_key else "sign_in")
        if closed:
            self.refresh()   # it shows why the access closed and signs out

    # -- live state -------------------------------------------------------------------------
    def refresh(self) -> None:
        """The world changed: re-read the visible screen in place (no navigation away)."""
        if self._refreshing:
            return
        self._refreshing = True
        try:
            self.follow_language()
            with i18n.use(self.speaks()):
                self._refresh()
        finally:
            self._refreshing = False

    def _refresh(self) -> None:
        session = self.controller.read(sv.session_view)
        self.phone.show_time(session.now)
        self.phone.show_platform(session.platform)
        current = self.current()
        if current == "access_closed" and _key(session) is None:
            return  # stays until OK, or until someone signs in (e.g. from the console)
        problem = self.controller.read(sv.current_access_problem)
        if problem:
            self._close_access(problem)
            return
        key = _key(session)
        if key != self._session_key:
            self._session_key = key
            self.phone.hide_sheet()
            self._fresh_login()
            self.go("feed" if key else "sign_in")
            return
        if key is None and current != "sign_in":
            self.go("sign_in")
            return
        if not SCREEN_SPECS[current].live:
            return
        try:
            view = self._view(current)
        except e.DomainError as err:
            self.screens[current].show_error(str(err))
            return
        if view is None:  # the form's login led elsewhere, shown already
            return
        self.screens[current].show_view(view)
        if self.phone.sheet_name() == "delete_warning" and not getattr(
                view, "option_visible", True):
            self.phone.hide_sheet()  # rule 1 changed under the sheet (platform switched)

    def _close_access(self, problem: str) -> None:
        """After deletion: tell the person and sign them out."""
        self._problem = problem
        self.phone.hide_sheet()
        self.controller.act(sv.sign_out)
        self._session_key = None
        self._fresh_login()
        self.go("access_closed")

    # -- sign in / out ----------------------------------------------------------------------
    def sign_in(self, person_key: str, portal_address: str) -> None:
        try:
            self.controller.act(sv.sign_in, person_key, portal_address, actor=person_key)
        except e.DomainError as err:
            self.screens["sign_in"].show_error(str(err))
            return
        self.go("feed")

    def sign_out(self) -> None:
        self.controller.act(sv.sign_out)
        self.go("sign_in")

    # -- Delete account ---------------------------------------------------------------------
    def start_deletion(self, origin: str) -> None:
        try:
            self.controller.read(sv.start_deletion)
            view = self.controller.read(sv.profile_screen)
        except e.DomainError as err:
            self.screens[origin].show_error(str(err))
            return
        self._entry_from = origin
        self.sheets["delete_warning"].show_view(view)
        self.phone.show_sheet("delete_warning")

    def continue_deletion(self) -> None:
        self.phone.hide_sheet()
        self.screens["request_form"].reset()
        self.go("request_login")

    def log_in(self) -> None:
        """Log in opens the in-app browser; a session kept there goes straight on (rule 5)."""
        browser = self.controller.read(sv.browser_view)
        if browser.person is None:
            self.screens["browser"].start()
            self.go("browser")
            return
        self._open_form()

    def _open_form(self) -> None:
        view = self.form_or_redirect()
        if view is not None:
            self.go("request_form", view)

    def form_or_redirect(self) -> Any:
        """The request form's view, or show where the browser's login leads instead."""
        try:
            return self.controller.read(sv.request_form)
        except e.AddressNotFound:
            self.go("address_not_found")
        except e.DifferentPerson as err:
            who = self.controller.read(sv.browser_view).person
            self.screens["browser"].show_refused(str(err), who)
            self.go("browser")
        except e.NotLoggedInBrowser:
            self.screens["browser"].start()
            self.go("browser")
        except e.NotSignedIn:
            self.go("sign_in")
        except e.DomainError as err:
            self.phone.current_screen().show_error(str(err))
        return None

    # -- the in-app browser -------------------------------------------------------------------
    def find_login(self, login: str) -> None:
        browser = self.screens["browser"]
        try:
            step = self.controller.read(sv.browser_find_login, login)
        except e.DomainError as err:
            browser.show_error(str(err))
            return
        browser.show_password(step)

    def password_login(self, login: str, password: str) -> None:
        try:
            self.controller.act(sv.browser_login, login, password, actor="browser")
        except e.DomainError as err:
            self.screens["browser"].show_error(str(err))
            return
        self._open_form()

    def choose_service(self, service: str) -> None:
        try:
            accounts = self.controller.read(sv.browser_service_accounts, service)
        except e.DomainError as err:
            self.screens["browser"].show_error(str(err))
            return
        self.screens["browser"].show_consent(service, accounts)

    def service_login(self, service: str, person_key: str) -> None:
        try:
            self.controller.act(sv.browser_login_service, service, person_key, actor="browser")
        except e.DomainError as err:
            self.screens["browser"].show_error(str(err))
            return
        self._open_form()

    def browser_log_out(self) -> None:
        self.controller.act(sv.browser_log_out, actor="browser")
        self.screens["browser"].start()
        self.go("browser")

    def browser_clear_history(self) -> None:
        self.controller.act(sv.browser_clear_history, actor="browser")
        self.screens["browser"].start()
        self.go("browser")

    # -- the request form -------------------------------------------------------------------
    def send(self, reason: str, items_read: int, confirmed: bool, sole_confirmed: bool) -> None:
        form = self.screens["request_form"]
        try:
            result = self.controller.act(sv.send_request, reason, items_read, confirmed,
                                         sole_confirmed, actor=self._actor())
        except e.DomainError as err:
            form.show_error(str(err))
            return
        self._result = result
        form.reset()
        self.go("cancellation_sent" if result.kind == "cancellation" else "request_sent")

    def open_admin_picker(self) -> None:
        view = self.screens["request_form"].view
        if view is None:
            return
        self.sheets["admin_picker"].show_view(view)
        self.phone.show_sheet("admin_picker")

    def assign_admin(self, person_key: str) -> None:
        form = self.screens["request_form"]
        portal = form.view.portal
        try:
            profile = self.controller.act(sv.assign_admin, portal.address, person_key,
                                          actor=self._actor())
        except e.DomainError as err:
            self.sheets["admin_picker"].show_error(str(err))
            return
        self.phone.hide_sheet()
        self._open_form()
        with i18n.use(form.language):
            said = translate("Phone", "{name} now has admin permissions in {portal}. Your "
                                      "request will not delete the Bitrix24.")
        form.show_assigned(said.format(name=profile.person.name, portal=portal.name))

    def _actor(self) -> str:
        form_view = self.screens["request_form"].view
        return form_view.person.name if form_view is not None else "app"


def _key(session) -> tuple[int, int] | None:
    if session.person is None or session.portal is None:
        return None
    return session.person.id, session.portal.id


def resolve_language(controller: AppController) -> str:
    """The language a phone over ``controller`` speaks: --lang (``forced_language``), else
    the phone's own in the store, else the process's default."""
    forced = getattr(controller, "forced_language", None)
    if forced:
        return forced
    return controller.read(stored_language) or i18n.default()


def stored_language(uow) -> str | None:
    """The phone's own language in the store (the unit's phone: ``uow.device``), if any."""
    return dv.phone_language(uow, uow.device)

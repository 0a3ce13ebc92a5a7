"""Every phone screen and bottom sheet, registered once: its class, where its view comes
from, and what each of its signals does.

A new screen is one module in this package and one ``ScreenSpec`` row in ``SCREENS``: the
phone builds its page from ``cls`` (``Screens``, on first use), the navigator reads ``view``
to show it and re-read it, and connects ``on`` when the page is built. Nothing else names it.

Wiring is data, so that this package needs nothing from the navigator (the dependency runs
one way, ``navigator -> screens``):

- ``Go("profile")``: show that screen with a fresh view;
- ``Call("start_deletion", "profile")``: call the navigator's ``start_deletion("profile")``,
  the signal's own arguments after the given ones.

A view is a core read (``q.feed_view``, run in its own unit of work), or ``Call("method")``:
the navigator's method returns the view, or None once it has shown where to go instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QStackedWidget

from core import devices as dv
from core import i18n
from core import queries_phone as q
from core import services as sv
from gui.phone.screens.access_closed import AccessClosedScreen
from gui.phone.screens.address_not_found import AddressNotFoundScreen
from gui.phone.screens.admin_picker import AdminPickerSheet
from gui.phone.screens.base import Screen, Sheet
from gui.phone.screens.browser import BrowserScreen
from gui.phone.screens.cancellation_sent import CancellationSentScreen
from gui.phone.screens.delete_warning import DeleteWarningSheet
from gui.phone.screens.edit_profile import EditProfileScreen
from gui.phone.screens.employees import EmployeeScreen, EmployeesScreen
from gui.phone.screens.feed import FeedScreen
from gui.phone.screens.menu import MenuScreen
from gui.phone.screens.notices import NoticesScreen
from gui.phone.screens.profile import ProfileScreen
from gui.phone.screens.request_form import RequestFormScreen
from gui.phone.screens.request_login import RequestLoginScreen
from gui.phone.screens.request_sent import RequestSentScreen
from gui.phone.screens.sign_in import SignInScreen


@dataclass(frozen=True)
class Go:
    """Show this screen, with a fresh view."""

    screen: str


@dataclass(frozen=True)
class Call:
    """Call the navigator's method ``action`` with ``args`` (then the signal's arguments)."""

    action: str
    args: tuple[Any, ...] = ()

    def __init__(self, action: str, *args: Any) -> None:
        object.__setattr__(self, "action", action)
        object.__setattr__(self, "args", args)


Wire = Go | Call
View = Callable[..., Any] | Call | None


@dataclass(frozen=True)
class ScreenSpec:
    """One screen or sheet of the phone.

    ``view``: a core read over a unit of work, ``Call(method)`` on the navigator, or None
    (a sheet: the navigator hands it its view). ``live``: re-read on every change of the
    world (False: a result shown as it was). ``on``: signal name -> ``Go`` / ``Call``.
    ``prepare``: the screen's own method called once it is built (a fresh start).
    """

    cls: type[Screen] | type[Sheet]
    view: View = None
    on: Mapping[str, Wire] = field(default_factory=dict)
    live: bool = True
    prepare: str | None = None

    @property
    def name(self) -> str:
        return self.cls.name


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(SignInScreen, q.sign_in_choices, {"sign_in_requested": Call("sign_in")}),
    ScreenSpec(FeedScreen, q.feed_view, {"profile_requested": Go("profile"),
                                         "notices_requested": Go("notices"),
                                         "menu_requested": Go("menu")}),
    ScreenSpec(MenuScreen, q.feed_view, {"feed_requested": Go("feed"),
                                         "profile_requested": Go("profile"),
                                         "edit_requested": Go("edit_profile")}),
    ScreenSpec(NoticesScreen, q.feed_view, {"back_requested": Go("feed"),
                                            "profile_requested": Call("open_employee"),
                                            "employees_requested": Go("employees")}),
    ScreenSpec(EmployeesScreen, dv.employees, {"back_requested": Go("notices"),
                                               "employee_requested": Call("open_employee")}),
    ScreenSpec(EmployeeScreen, Call("employee_view"), {
        "back_requested": Go("employees"),
        "delete_data_requested": Call("delete_user_data"),
        "give_admin_requested": Call("give_admin_rights"),
    }),
    ScreenSpec(ProfileScreen, sv.profile_screen, {
        "back_requested": Go("feed"),
        "edit_requested": Go("edit_profile"),
        "delete_requested": Call("start_deletion", "profile"),
        "sign_out_requested": Call("sign_out"),
    }),
    ScreenSpec(EditProfileScreen, sv.profile_screen, {
        "back_requested": Go("profile"),
        "menu_requested": Go("menu"),
        "delete_requested": Call("start_deletion", "edit_profile"),
    }),
    ScreenSpec(RequestLoginScreen, sv.profile_screen, {
        "back_requested": Call("back_to_entry"),
        "log_in_requested": Call("log_in"),
    }),
    ScreenSpec(BrowserScreen, q.browser_screen, {
        "back_requested": Go("request_login"),
        "login_next": Call("find_login"),
        "password_next": Call("password_login"),
        "service_requested": Call("choose_service"),
        "consent_next": Call("service_login"),
        "log_out_requested": Call("browser_log_out"),
    }, prepare="start"),
    ScreenSpec(AddressNotFoundScreen, q.browser_screen, {
        "back_requested": Go("request_login"),
        "log_out_requested": Call("browser_log_out"),
        "clear_history_requested": Call("browser_clear_history"),
    }),
    ScreenSpec(RequestFormScreen, Call("form_or_redirect"), {
        "back_requested": Go("request_login"),
        "send_requested": Call("send"),
        "assign_admin_requested": Call("open_admin_picker"),
    }, prepare="reset"),
    ScreenSpec(RequestSentScreen, Call("last_result"), {"done_requested": Go("profile")},
               live=False),
    ScreenSpec(CancellationSentScreen, Call("last_result"), {"done_requested": Go("profile")},
               live=False),
    ScreenSpec(AccessClosedScreen, Call("access_problem"), {"done_requested": Go("sign_in")},
               live=False),
)
SHEETS: tuple[ScreenSpec, ...] = (
    ScreenSpec(DeleteWarningSheet, on={"continue_requested": Call("continue_deletion"),
                                       "cancel_requested": Call("close_sheet")}),
    ScreenSpec(AdminPickerSheet, on={"chosen": Call("assign_admin"),
                                     "cancel_requested": Call("close_sheet")}),
)
SCREEN_SPECS: dict[str, ScreenSpec] = {spec.name: spec for spec in SCREENS + SHEETS}
SCREEN_NAMES = tuple(spec.name for spec in SCREENS)


class Screens(Mapping[str, Screen]):
    """The phone's screens by name, each built (and added to the stack) the first time it
    is asked for: a start shows one screen, and building all twelve up front was a third of
    the phone's construction. ``on_built`` callbacks wire a new screen (the navigator's).
    Each is built in ``language`` (the phone's); ``drop`` forgets them all, so that the next
    ones are built in a new language."""

    def __init__(self, stack: QStackedWidget, specs: tuple[ScreenSpec, ...] = SCREENS,
                 language: str | None = None) -> None:
        self._stack = stack
        self._classes = {spec.name: spec.cls for spec in specs}
        self._built: dict[str, Screen] = {}
        self.on_built: list[Callable[[Screen], None]] = []
        self.language = language or i18n.default()

    def __getitem__(self, name: str) -> Screen:
        screen = self._built.get(name)
        if screen is None:
            with i18n.use(self.language):
                # Built inside the stack: a screen built apart and then moved in had every
                # widget's style worked out again under the phone's style sheet (about a
                # third of the screen's cost, 5-7 ms a screen).
                screen = self._built[name] = self._classes[name](self._stack)
            self._stack.addWidget(screen)
            for wire in self.on_built:
                wire(screen)
        return screen

    def drop(self) -> list[Screen]:
        """Take every built screen out of the stack (the caller deletes them)."""
        dropped = list(self._built.values())
        self._built.clear()
        for screen in dropped:
            self._stack.removeWidget(screen)
        return dropped

    def __contains__(self, name: object) -> bool:
        return name in self._classes

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def built(self, name: str) -> Screen | None:
        """The screen if it has been built, else None (nothing is built)."""
        return self._built.get(name)

    def built_screens(self) -> list[Screen]:
        return list(self._built.values())


def build_sheets(language: str | None = None) -> dict[str, Sheet]:
    """One of each bottom sheet, by name (they are small: all built up front), in
    ``language`` (default: the current one)."""
    with i18n.use(language):
        return {spec.name: spec.cls() for spec in SHEETS}

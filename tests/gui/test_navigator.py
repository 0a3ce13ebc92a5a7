"""The navigator without a phone: the real navigator and controller over a real store, driving
a minimal stack of the real screens (no PhoneView, no window), and the one table that
registers every screen (gui/phone/screens/__init__.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget

from core import services as sv
from gui.phone.navigator import PhoneNavigator
from gui.phone.screens import SCREEN_SPECS, SCREENS, SHEETS, Call, Go, Screens, build_sheets
from gui.phone.screens.base import Screen, Sheet

ROOT = Path(__file__).resolve().parents[2]


class MinimalStack:
    """What the navigator drives (gui.phone.navigator.Stack), and nothing else: which screen
    and sheet show, and the time the status bar would show."""

    def __init__(self) -> None:
        self.widget = QStackedWidget()
        self.screens = Screens(self.widget)
        self.sheets = build_sheets()
        self.sheet: str | None = None
        self.time: datetime | None = None
        self.shown: list[str] = []

    def show_screen(self, name: str) -> Screen:
        screen = self.screens[name]
        self.widget.setCurrentWidget(screen)
        self.shown.append(name)
        return screen

    def show_sheet(self, name: str) -> Sheet:
        self.sheet = name
        return self.sheets[name]

    def hide_sheet(self) -> None:
        self.sheet = None

    def current_screen(self) -> Screen:
        return self.widget.currentWidget()

    def current_screen_name(self) -> str:
        return self.current_screen().name

    def sheet_name(self) -> str | None:
        return self.sheet

    def show_time(self, now: datetime) -> None:
        self.time = now

    def show_platform(self, platform: str) -> None:
        self.platform = platform


@pytest.fixture
def stack(qapp) -> MinimalStack:
    made = MinimalStack()
    yield made
    made.widget.deleteLater()


@pytest.fixture
def navigator(stack, controller) -> PhoneNavigator:
    nav = PhoneNavigator(stack, controller)
    nav.start()
    return nav


def test_a_signed_in_world_starts_on_the_feed_with_the_simulated_time(navigator, stack):
    assert stack.current_screen_name() == "feed"
    assert stack.time == datetime(2026, 3, 2, 9, 0)
    assert stack.screens.built("profile") is None  # built when first shown, not before


def test_signing_in_from_the_sign_in_screen_shows_the_feed(navigator, stack, controller):
    controller.act(sv.sign_out)
    assert stack.current_screen_name() == "sign_in"
    stack.screens["sign_in"].sign_in_requested.emit("boris", "acme.bitrix24.com")
    assert stack.current_screen_name() == "feed"
    assert controller.read(sv.session_view).person.key == "boris"


def test_a_screen_built_later_is_wired_when_it_is_built(navigator, stack):
    stack.screens["feed"].profile_requested.emit()
    assert stack.current_screen_name() == "profile"
    stack.screens["profile"].back_requested.emit()
    assert stack.shown[-2:] == ["profile", "feed"]


@pytest.mark.parametrize("entry", ["profile", "edit_profile"])
def test_back_from_log_in_returns_to_where_delete_account_was_tapped(
        navigator, stack, controller, entry):
    controller.act(sv.set_policy, entry=entry)
    navigator.go(entry)
    stack.screens[entry].delete_requested.emit()
    assert stack.sheet_name() == "delete_warning"
    stack.sheets["delete_warning"].continue_requested.emit()
    assert stack.sheet_name() is None and stack.current_screen_name() == "request_login"
    stack.screens["request_login"].back_requested.emit()
    assert stack.current_screen_name() == entry


def test_cancel_on_the_warning_sheet_closes_it_and_stays_on_the_profile(navigator, stack):
    navigator.go("profile")
    stack.screens["profile"].delete_requested.emit()
    stack.sheets["delete_warning"].cancel_requested.emit()
    assert stack.sheet_name() is None and stack.current_screen_name() == "profile"


def test_a_change_in_the_world_re_reads_the_visible_screen_in_place(
        navigator, stack, controller):
    navigator.go("profile")
    shown = len(stack.shown)
    controller.advance(timedelta(hours=2))
    assert stack.time == datetime(2026, 3, 2, 11, 0)
    assert stack.current_screen_name() == "profile" and len(stack.shown) == shown
    controller.act(sv.set_platform, "android")  # rule 1: no Delete account on Android
    assert stack.screens["profile"].view.option_visible is False


def test_signing_out_elsewhere_takes_the_phone_to_sign_in(navigator, stack, controller):
    navigator.go("profile")
    controller.act(sv.sign_out)  # e.g. from the console
    assert stack.current_screen_name() == "sign_in"


def test_the_whole_request_over_the_stack_ends_on_request_sent_which_keeps_its_result(
        navigator, stack, controller):
    screens = stack.screens
    screens["feed"].profile_requested.emit()
    screens["profile"].delete_requested.emit()
    stack.sheets["delete_warning"].continue_requested.emit()
    screens["request_login"].log_in_requested.emit()
    assert stack.current_screen_name() == "browser"
    screens["browser"].password_next.emit("anna@acme.example", "Anna-pass-1")
    assert stack.current_screen_name() == "request_form"
    screens["request_form"].send_requested.emit("I am leaving the company", 7, True, False)
    assert stack.current_screen_name() == "request_sent"
    result = screens["request_sent"].view
    assert result.kind == "request" and result.request.status == "pending"
    controller.advance(timedelta(hours=1))  # not re-read: the result as it was sent
    assert screens["request_sent"].view is result
    screens["request_sent"].done_requested.emit()
    assert stack.current_screen_name() == "profile"


# -- the registration table -----------------------------------------------------------------
def _signals(cls: type) -> set[str]:
    return {name for klass in cls.__mro__ for name, value in vars(klass).items()
            if isinstance(value, Signal)}


@pytest.mark.parametrize("spec", SCREENS + SHEETS, ids=lambda spec: spec.name)
def test_every_registered_wiring_names_a_real_signal_and_a_real_target(spec):
    assert set(spec.on) <= _signals(spec.cls), "a signal the screen does not have"
    for wire in spec.on.values():
        if isinstance(wire, Go):
            assert wire.screen in {s.name for s in SCREENS}
        else:
            assert callable(getattr(PhoneNavigator, wire.action, None)), wire.action
    if isinstance(spec.view, Call):
        assert callable(getattr(PhoneNavigator, spec.view.action, None)), spec.view.action
    if spec.prepare:
        assert callable(getattr(spec.cls, spec.prepare, None))


def test_every_screen_and_sheet_is_registered_once_under_its_own_name():
    names = [spec.name for spec in SCREENS + SHEETS]
    assert len(names) == len(set(names)) == len(SCREEN_SPECS) == 17  # 15 screens, 2 sheets
    assert all(issubclass(s.cls, Screen) and s.view is not None for s in SCREENS)
    assert all(issubclass(s.cls, Sheet) for s in SHEETS)


def test_the_navigator_and_the_phone_view_do_not_import_each_other():
    script = (
        "import sys\n"
        "import gui.phone.navigator\n"
        "print('gui.phone.phone' in sys.modules)\n"
        "del sys.modules['gui.phone.navigator']\n"
        "import gui.phone.phone\n"
        "print('gui.phone.navigator' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]

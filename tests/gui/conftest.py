"""Fixtures for the phone's tests: a real store, and the real controller and PhoneView as
``gui.builder`` makes them for the app (``window``: the whole main window).

``phone_driver`` taps widgets the way the flow runner does: find the visible widget by
objectName, scroll it into view, then a real mouse click at its centre.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QWidget

from core import services as sv
from gui.builder import build_app, build_controller
from gui.controller import AppController
from gui.phone.phone import PhoneView
from gui.window import MainWindow


@pytest.fixture
def controller(store) -> AppController:
    return build_controller(store)


@pytest.fixture
def phone(qtbot, controller) -> PhoneView:
    view = build_app(controller, window=False).phone
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def window(qtbot, controller) -> MainWindow:
    """The whole main window (phone and console) over ``controller``, shown."""
    w = build_app(controller).window
    qtbot.addWidget(w)
    w.resize(w.sizeHint())
    w.show()
    qtbot.waitExposed(w)
    return w


class PhoneDriver:
    def __init__(self, qtbot, phone: PhoneView, controller: AppController) -> None:
        self.qtbot = qtbot
        self.phone = phone
        self.controller = controller

    # -- finding -----------------------------------------------------------------------
    def find(self, name: str) -> QWidget:
        widget = self.phone.find_visible(name)
        assert widget is not None, (
            f"no visible {name!r} on screen {self.phone.current_screen_name()!r}"
            f" (sheet {self.phone.sheet_name()!r})")
        return widget

    def visible(self, name: str) -> bool:
        return self.phone.find_visible(name) is not None

    def text(self, name: str) -> str:
        widget = self.find(name)
        return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()

    @property
    def screen(self) -> str:
        return self.phone.current_screen_name()

    # -- acting ------------------------------------------------------------------------
    def tap(self, name: str) -> None:
        widget = self.find(name)
        assert widget.isEnabled(), f"{name!r} is disabled"
        self.phone.ensure_visible(widget)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                              pos=widget.rect().center())

    def type(self, name: str, text: str) -> None:
        widget = self.find(name)
        self.phone.ensure_visible(widget)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
        self.qtbot.keyClicks(widget, text)

    def sign_in(self, person: str, portal: str) -> None:
        self.controller.act(sv.sign_in, person, portal)
        assert self.screen == "feed"

    def open_request_login(self) -> None:
        """Profile photo -> profile -> (scroll) Delete account -> warning -> Continue."""
        self.tap("profile_photo")
        assert self.screen == "profile"
        if self.visible("edit_profile"):
            self.tap("edit_profile")
        self.tap("delete_account")
        assert self.phone.sheet_name() == "delete_warning"
        self.tap("continue")
        assert self.screen == "request_login"
        self.tap("log_in")

    def log_in_password(self, login: str, password: str) -> None:
        assert self.screen == "browser"
        self.type("login", login)
        self.tap("next")
        self.type("password", password)
        self.tap("next")

    def log_in_service(self, service: str, person_key: str | None = None) -> None:
        self.tap(f"sign_in_with_{service}")
        if person_key is not None and not self.text("continue_as").endswith(
                self._name_of(person_key)):
            self.tap("other_account")
            self.tap(f"account_{person_key}")
        self.tap("next")

    def _name_of(self, key: str) -> str:
        return self.controller.read(lambda uow: sv.find_person(uow.session, key).name)

    def fill_form(self, reason: str = "I am leaving the company") -> None:
        assert self.screen == "request_form"
        for i in range(1, 8):
            self.tap(f"item_{i}")
        self.type("reason", reason)
        self.tap("confirm")

    def checked(self, name: str) -> bool:
        widget = self.find(name)
        assert isinstance(widget, (QCheckBox, QAbstractButton))
        return widget.isChecked()


@pytest.fixture
def drive(qtbot, phone, controller) -> PhoneDriver:
    return PhoneDriver(qtbot, phone, controller)

"""The phone builds each screen the first time it is shown, wired like the others."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def _built(phone) -> set[str]:
    return {s.name for s in phone.screens.built_screens()}


def test_a_new_phone_builds_only_the_screen_it_shows(phone):
    assert phone.current_screen_name() == "feed"
    assert _built(phone) == {"feed"}
    assert phone.stack.count() == 1
    assert "browser" in phone.screens and len(phone.screens) == 15


def test_a_screen_built_later_is_wired_to_the_navigator(phone, qtbot):
    photo = phone.find_visible("profile_photo")
    qtbot.mouseClick(photo, Qt.MouseButton.LeftButton, pos=photo.rect().center())
    assert phone.current_screen_name() == "profile"
    back = phone.find_visible("back")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton, pos=back.rect().center())
    assert phone.current_screen_name() == "feed"
    assert _built(phone) == {"feed", "profile"}


def test_a_browser_built_late_starts_at_an_empty_login_page(phone):
    browser = phone.screens["browser"]
    login = browser.findChild(QLineEdit, "login")
    assert login is not None and login.text() == ""
    assert browser.pages.currentIndex() == 0  # the login page


def test_a_screen_is_built_inside_the_stack_not_moved_in(phone, monkeypatch):
    """Its widgets are made where they stay: moved in afterwards, every one of them had its
    style worked out again under the phone's style sheet."""
    from gui.phone.screens import SCREENS

    kind = next(spec.cls for spec in SCREENS if spec.name == "profile")
    parents = []
    real = kind._build_ui
    monkeypatch.setattr(kind, "_build_ui",
                        lambda self: parents.append(self.parentWidget()) or real(self))
    phone.screens["profile"]
    assert parents == [phone.stack]

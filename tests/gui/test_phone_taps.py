"""Every tap answers: the real app's controls that this prototype does not simulate say so in a
short toast, the Menu tab leads to the profile and Edit profile (policy entry ``menu``), and a
tap where nothing is tappable flashes the tappable areas, as Figma's prototypes do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame

from core import services as sv


@pytest.mark.parametrize("control, what", [
    ("tab_messenger", "Messenger"), ("tab_tasks", "Tasks"), ("tab_calendar", "Calendar"),
    ("search", "Search"), ("like", "Like"), ("comment", "Comment"),
    ("write_message", "Writing a post")])
def test_a_control_outside_the_prototype_says_so_and_stays_on_the_feed(drive, control, what):
    drive.tap(control)
    assert drive.screen == "feed"
    assert drive.phone.toast.isVisible()
    assert drive.phone.toast.text() == f"{what}: not part of this prototype"


def test_the_menu_tab_leads_to_the_profile_and_back_to_the_feed(drive):
    drive.tap("tab_menu")
    assert drive.screen == "menu"
    assert drive.find("menu_profile").accessibleName() == "Anna Petrova"
    drive.tap("menu_profile")
    assert drive.screen == "profile"
    drive.tap("back")
    drive.tap("tab_menu")
    drive.tap("tab_feed")
    assert drive.screen == "feed"


def test_with_the_menu_entry_delete_account_is_under_menu_then_edit_profile(drive, controller):
    controller.act(sv.set_policy, entry="menu")
    drive.tap("profile_photo")
    assert not drive.visible("delete_account") and not drive.visible("edit_profile")
    drive.tap("back")
    drive.tap("tab_menu")
    drive.tap("menu_edit_profile")
    assert drive.screen == "edit_profile"
    drive.tap("delete_account")
    assert drive.phone.sheet_name() == "delete_warning"
    drive.tap("cancel")
    drive.tap("back")
    assert drive.screen == "menu"


def test_edit_profile_from_the_menu_has_no_delete_account_with_the_profile_entry(drive):
    drive.tap("tab_menu")
    drive.tap("menu_edit_profile")
    assert drive.screen == "edit_profile"
    assert not drive.visible("delete_account")


@pytest.fixture
def motion_on():
    from gui.phone import motion

    was = motion.enabled()
    motion.set_enabled(True)
    yield
    motion.set_enabled(was)


def test_a_tap_on_nothing_flashes_every_tappable_area_of_the_screen(drive, qtbot, motion_on):
    phone = drive.phone
    heading = drive.find("feed_date")
    assert not phone.tap_flash.isVisible()
    qtbot.mouseClick(heading, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert drive.screen == "feed" and phone.tap_flash.isVisible()
    flashed = [f.geometry() for f in phone.tap_flash.findChildren(QFrame,
                                                                  "tap_flash_area")]
    photo = drive.find("profile_photo")
    at = photo.mapTo(phone.screen_area, photo.rect().topLeft())
    assert any(r.topLeft() == at and r.size() == photo.size() for r in flashed)
    assert len(flashed) >= 9  # photo, search, bell, composer, like, comment, five tabs
    qtbot.waitUntil(lambda: not phone.tap_flash.isVisible(), timeout=3000)


def test_a_tap_on_nothing_does_not_flash_when_motion_is_off(drive, qtbot):
    from gui.phone import motion

    assert not motion.enabled()  # as in `main.py test`: settled screenshots
    qtbot.mouseClick(drive.find("feed_date"), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert not drive.phone.tap_flash.isVisible()


def test_a_tap_on_a_control_does_not_flash(drive, motion_on):
    drive.tap("profile_photo")
    assert not drive.phone.tap_flash.isVisible()


def test_a_press_on_a_text_fields_frame_is_not_a_tap_on_nothing(drive, motion_on):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.type("reason", "I am leaving the company")  # a click on the box's own frame
    assert not drive.phone.tap_flash.isVisible()

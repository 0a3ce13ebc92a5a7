"""Android drawn as Android: the frame, the status bar, the top bar and the system back follow
the phone's platform; the automation ids stay the same on both platforms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core import services as sv
from gui.phone.frame import BEZEL, NOTCH_W, SCREEN_W


@pytest.fixture
def android(drive, controller):
    controller.act(sv.set_policy, platforms=["ios", "android"])
    controller.act(sv.set_platform, "android")
    assert drive.phone.platform == "android"
    return drive


def _beside_the_camera(phone) -> str:
    """The colour where the iPhone's notch is, left of its camera (Android: the screen)."""
    image = phone.grab().toImage()
    return image.pixelColor(BEZEL + (SCREEN_W - NOTCH_W) // 2 + 30, BEZEL + 8).name()


def test_an_android_phone_has_a_punch_hole_camera_instead_of_the_notch(drive, controller):
    frame = drive.phone.bezel.frameColor.name()
    assert _beside_the_camera(drive.phone) == frame  # the iPhone's notch
    controller.act(sv.set_platform, "android")
    assert _beside_the_camera(drive.phone) != frame
    image = drive.phone.grab().toImage()
    hole = image.pixelColor(BEZEL + SCREEN_W // 2, BEZEL + 47 // 2)
    assert hole.name() == frame  # the camera, centred in the status bar


def test_the_android_top_bar_has_a_left_arrow_and_a_left_aligned_title(android):
    android.tap("profile_photo")
    back = android.find("back")  # the same id as on iOS
    assert back.text() == "" and back.accessibleName() == "Back"
    title = android.phone.current_screen().nav.title
    assert title.alignment() & Qt.AlignmentFlag.AlignLeft
    assert title.indent() > back.width() - 1


def test_switching_back_to_ios_brings_back_the_ios_bar(android, controller):
    android.tap("profile_photo")
    controller.act(sv.set_platform, "ios")
    assert android.find("back").text() == "Back"
    assert android.phone.current_screen().nav.title.alignment() & Qt.AlignmentFlag.AlignHCenter


def test_androids_back_key_goes_back_from_the_profile_and_closes_the_sheet(android, qtbot):
    android.tap("profile_photo")
    android.tap("delete_account")
    assert android.phone.sheet_name() == "delete_warning"
    QTest.keyClick(android.phone.sheets["delete_warning"], Qt.Key.Key_Back)
    assert android.phone.sheet_name() is None
    QTest.keyClick(android.phone.current_screen(), Qt.Key.Key_Back)
    assert android.screen == "feed"


def test_the_browser_is_a_chrome_tab_whose_pages_the_system_back_walks_back(android):
    android.open_request_login()
    assert not android.visible("forward") and not android.visible("reload")
    assert android.find("browser_done").accessibleName() == "Done"
    android.type("login", "anna@acme.example")
    android.tap("next")
    assert android.phone.current_screen().page() == "password"
    assert android.phone.go_back()  # the system back
    assert android.phone.current_screen().page() == "login"
    android.tap("browser_done")
    assert android.screen == "request_login"


def test_androids_buttons_are_material_pills(drive, controller):
    """The same Next button drawn as iOS's and as Android's Material (a pill, medium
    weight: phone.qss's #phone[platform="android"] rules): the two pictures differ."""
    drive.open_request_login()
    corner = {}
    for platform in ("ios", "android"):
        controller.act(sv.set_policy, platforms=["ios", "android"])
        controller.act(sv.set_platform, platform)
        drive.phone.settle()
        image = drive.find("next").grab().toImage()
        corner[platform] = image
    assert corner["ios"] != corner["android"]

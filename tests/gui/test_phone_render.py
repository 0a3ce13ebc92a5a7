"""Every screen and sheet of the phone renders offscreen to a crisp PNG.

Set PHONE_SCREENS_DIR (e.g. out/screens) to keep the PNGs for review; otherwise they go to a
temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from core import services as sv
from gui.phone.phone import SCREEN_NAMES, render_screen_png


def _shoot(drive, out: Path, name: str, shots: list[Path]) -> None:
    shots.append(render_screen_png(drive.phone, out / f"{len(shots) + 1:02d}_{name}.png"))


def _back(drive) -> None:
    if drive.visible("back"):
        drive.tap("back")
    else:
        assert drive.phone.go_back()


def _scroll_to(drive, name: str) -> None:
    drive.phone.ensure_visible(drive.find(name))


@pytest.mark.parametrize("platform", ["ios", "android"])
def test_every_screen_and_sheet_renders_to_png(drive, controller, tmp_path, platform):
    """Both platforms: on Android (its policy offering the option there) the phone is drawn
    as an Android phone, every screen the same with Android's bars and controls."""
    out = Path(os.environ.get("PHONE_SCREENS_DIR") or tmp_path) / platform
    shots: list[Path] = []
    seen: set[str] = set()
    if platform == "android":
        controller.act(sv.set_policy, platforms=["ios", "android"])
        controller.act(sv.set_platform, "android")
        assert drive.phone.platform == "android"

    def shoot(name: str) -> None:
        seen.add(drive.screen)
        _shoot(drive, out, name, shots)

    controller.act(sv.sign_out)
    shoot("sign_in")
    drive.tap("sign_in_person_anna")
    drive.tap("sign_in")
    shoot("feed")
    drive.tap("tab_messenger")
    shoot("feed_not_in_prototype_toast")
    drive.phone.toast.hide()
    drive.phone.tap_flash.flash()
    shoot("feed_tap_on_nothing_flash")
    drive.phone.tap_flash.hide()
    drive.tap("tab_menu")
    shoot("menu")
    drive.tap("tab_feed")
    drive.tap("profile_photo")
    shoot("profile")
    _scroll_to(drive, "delete_account")
    shoot("profile_bottom")
    drive.tap("delete_account")
    shoot("delete_warning_sheet")
    drive.tap("continue")
    shoot("request_login")
    drive.tap("log_in")
    shoot("browser_login")
    drive.type("login", "carla@gmail.example")
    drive.tap("next")
    shoot("browser_login_error_wrong_method")
    drive.find("login").clear()
    drive.type("login", "anna@acme.example")
    drive.tap("next")
    shoot("browser_password")
    _back(drive)  # the browser's back (Android: the system back; Chrome's tab has no toolbar)
    drive.tap("sign_in_with_office365")
    shoot("browser_consent")
    drive.tap("next")
    shoot("address_not_found")
    drive.tap("log_out")
    drive.log_in_password("+15550101", "Boris-pass-1")
    shoot("browser_different_person")
    drive.tap("log_out")
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    shoot("request_form")
    drive.fill_form("I am leaving the company")
    _scroll_to(drive, "confirm")
    shoot("request_form_filled")
    drive.tap("send_request")
    shoot("request_sent")
    drive.tap("done")
    shoot("profile_pending")
    drive.tap("delete_account")
    drive.tap("continue")
    drive.tap("log_in")
    drive.fill_form("cancel profile deletion")
    drive.tap("send_request")
    shoot("cancellation_sent")
    drive.tap("done")
    drive.tap("back")
    # An administrator's notices.
    drive.tap("profile_photo")
    drive.tap("delete_account")
    drive.tap("continue")
    drive.tap("log_in")
    drive.fill_form()
    drive.tap("send_request")
    drive.sign_in("boris", "acme.bitrix24.com")
    shoot("feed_with_notice")
    drive.tap("notices")
    shoot("notices")
    drive.tap("open_profile_anna")
    shoot("employee")
    drive.tap("back")
    shoot("employees")
    # The sole administrator.
    drive.sign_in("eva", "bloom.bitrix24.com")
    drive.open_request_login()
    drive.tap("clear_history")
    drive.log_in_password("eva@bloom.example", "Eva-pass-1")
    drive.fill_form("Closing the studio")
    _scroll_to(drive, "confirm_sole_admin")
    shoot("request_form_sole_admin")
    drive.tap("assign_admin")
    shoot("admin_picker_sheet")
    drive.tap("cancel")
    # Edit profile entry, Android absence.
    controller.act(sv.set_policy, entry="edit_profile")
    drive.sign_in("anna", "acme.bitrix24.com")
    drive.tap("profile_photo")
    shoot("profile_edit_entry")
    drive.tap("edit_profile")
    shoot("edit_profile")
    controller.act(sv.set_policy, entry="profile")
    drive.sign_in("hugo", "acme.bitrix24.com")
    drive.tap("profile_photo")
    _scroll_to(drive, "sign_out")
    shoot("profile_android_no_delete")
    # After the deletion.
    drive.sign_in("anna", "acme.bitrix24.com")
    controller.advance_to_next_due()
    shoot("access_closed")

    assert seen == set(SCREEN_NAMES)
    for path in shots:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (828, 1736), path
        centre = image.pixelColor(image.width() // 2, image.height() // 2)
        corner = image.pixelColor(1, 1)
        assert centre.alpha() == 255 and corner.alpha() == 0, path

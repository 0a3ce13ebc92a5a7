"""A walk through every screen and sheet of the phone, with the demo world: the same tour
renders them to PNG (test_phone_render) and checks their text in every language
(test_languages_fit). ``shoot(name)`` is called at each stop."""

from __future__ import annotations

from collections.abc import Callable

from core import services as sv


def _back(drive) -> None:
    if drive.visible("back"):
        drive.tap("back")
    else:
        assert drive.phone.go_back()


def _scroll_to(drive, name: str) -> None:
    drive.phone.ensure_visible(drive.find(name))


def tour(drive, controller, shoot: Callable[[str], None]) -> None:
    """Sign in, request, cancel, the administrator's notices, the sole administrator, the
    Edit profile entry, Android's absence, Access closed: ``shoot`` at each screen."""
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



def gallery_root(tmp_path):
    """Where the pictures of every screen go: ``$STORYBOARD_DIR/screens`` (the storyboard of
    the bundled flows, ``main.py test resources/flows --test-output-dir DIR``), else
    ``$PHONE_SCREENS_DIR``, else a temporary folder."""
    import os
    from pathlib import Path

    from gui.flows.report import GALLERY

    if os.environ.get("STORYBOARD_DIR"):
        return Path(os.environ["STORYBOARD_DIR"]) / GALLERY
    return Path(os.environ.get("PHONE_SCREENS_DIR") or tmp_path)


SECTIONS = {"ios": "Every screen on iOS", "android": "Every screen on Android",
            "motion": "Motion half way, the keyboard up"}


def write_gallery(root) -> None:
    """``root/index.html``: each folder's pictures (ios, android, motion) under a heading,
    named by their files; linked from the storyboard beside it when there is one."""
    import html

    from gui.flows.report import link_gallery

    out = ["<!doctype html><html lang='en'><head><meta charset='utf-8'>",
           "<title>Every screen of the phone</title><style>body{font-family:sans-serif;"
           "margin:24px}figure{display:inline-block;margin:0 12px 18px 0;vertical-align:top}"
           "img{width:207px;border:1px solid #ddd;border-radius:8px}figcaption{font-size:12px;"
           "max-width:207px}</style></head><body><h1>Every screen of the phone</h1>"]
    for folder, heading in SECTIONS.items():
        pictures = sorted((root / folder).glob("*.png"))
        if not pictures:
            continue
        out.append(f"<h2>{html.escape(heading)}</h2>")
        for png in pictures:
            name = html.escape(png.stem.split("_", 1)[-1].replace("_", " "))
            out.append(f"<figure><a href='{folder}/{png.name}'><img loading='lazy' "
                       f"src='{folder}/{png.name}' alt='{name}'></a>"
                       f"<figcaption>{name}</figcaption></figure>")
    out.append("</body></html>")
    root.mkdir(parents=True, exist_ok=True)
    (root / "index.html").write_text("\n".join(out), encoding="utf-8")
    link_gallery(root.parent / "index.html")

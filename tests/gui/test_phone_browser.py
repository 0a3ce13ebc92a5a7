"""iOS's in-app Safari around Bitrix24's login: Done closes it, back and forward walk the
login's pages, the domain shows with its lock, and Safari's own tools say what they are."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_back_then_forward_returns_to_the_password_page_as_it_was(drive):
    drive.open_request_login()
    assert not drive.find("forward").isEnabled()
    drive.type("login", "anna@acme.example")
    drive.tap("next")
    browser = drive.phone.current_screen()
    assert browser.page() == "password"
    drive.tap("back")
    assert browser.page() == "login" and drive.find("forward").isEnabled()
    drive.tap("forward")
    assert browser.page() == "password"
    assert drive.text("password_login") == "anna@acme.example"
    assert not drive.find("forward").isEnabled()


def test_done_closes_the_browser_from_any_page(drive):
    drive.open_request_login()
    drive.type("login", "anna@acme.example")
    drive.tap("next")
    drive.tap("browser_done")
    assert drive.screen == "request_login"


def test_reload_clears_the_pages_error_and_keeps_what_was_typed(drive):
    drive.open_request_login()
    drive.type("login", "nobody@nowhere.example")
    drive.tap("next")
    assert drive.visible("login_error")
    drive.tap("reload")
    assert not drive.visible("login_error")
    assert drive.text("login") == "nobody@nowhere.example"


def test_safaris_own_tools_say_they_are_not_part_of_the_prototype(drive):
    drive.open_request_login()
    for control, what in (("reader", "Reader view"), ("share", "Share"),
                          ("open_in_safari", "Open in Safari")):
        drive.tap(control)
        assert drive.screen == "browser"
        assert drive.phone.toast.text() == f"{what}: not part of this prototype"


def test_the_login_page_is_laid_out_as_bitrix24s_login_form(drive):
    """The wordmark, "Log in" centred under it, the field, Next, the sign-in services and
    "Forgot your password?" (which answers as a link), top to bottom."""
    drive.open_request_login()
    screen = drive.phone.current_screen()
    order = ["login", "next", "sign_in_with_apple", "sign_in_with_google",
             "sign_in_with_office365", "login_forgot_password"]
    tops = [drive.find(name).mapTo(screen, drive.find(name).rect().topLeft()).y()
            for name in order]
    assert tops == sorted(tops)
    assert drive.find("browser_heading").alignment() & Qt.AlignmentFlag.AlignHCenter
    assert not drive.visible("login_forgot_password_note")
    drive.tap("login_forgot_password")
    assert "not part of this prototype" in drive.text("login_forgot_password_note")
    drive.type("login", "anna@acme.example")
    drive.tap("next")
    drive.tap("change_login")
    assert not drive.visible("login_forgot_password_note")  # a page afresh

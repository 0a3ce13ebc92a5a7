"""The flow driver's hands on the real window (phone and console): typing any Unicode text,
keys, taps at points of the phone's screen, swipes, the home screen, and choosing in a
console chooser. Each test breaks when the behaviour it names does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from gui.flows import driver
from gui.flows.selectors import Selector

UNICODE = ["café", "Zürich", "“quotes”", "Привет", "你好", "👍", "naïve — ½ € ß"]


def roots(window):
    return [("phone", window.phone), ("console", window.console)]


def find(window, **kw):
    return driver.find(roots(window), Selector(**kw))


def tap(window, **kw):
    found = find(window, **kw)
    assert found, f"nothing matches {kw}"
    return driver.tap(found[0])


def show(window, name):
    """Scroll the phone's screen to ``name``, then tap it."""
    window.phone.ensure_visible(window.phone.find_visible(name))
    driver.settle()
    tap(window, id=name)


def open_profile(window):
    tap(window, id="profile_photo")
    assert window.phone.current_screen_name() == "profile"


def open_browser(window):
    open_profile(window)
    if find(window, id="edit_profile"):
        tap(window, id="edit_profile")
    show(window, "delete_account")
    tap(window, id="continue")
    tap(window, id="log_in")
    assert window.phone.current_screen_name() == "browser"


@pytest.mark.parametrize("text", UNICODE)
def test_typing_any_unicode_text_reaches_a_line_field_as_a_persons_typing(window, text):
    open_browser(window)
    field = find(window, id="login")[0].widget
    assert isinstance(field, QLineEdit)
    edited = []
    field.textEdited.connect(edited.append)
    driver.tap(find(window, id="login")[0])
    driver.type_text(field, text)
    assert field.text() == text
    assert edited and edited[-1] == text  # the signal a person's typing sends


def test_typing_unicode_and_a_line_break_into_the_reason_box(window):
    box = QPlainTextEdit()
    box.show()
    driver.type_text(box, "Je pars — “merci”\nПока 👋 再见")
    assert box.toPlainText() == "Je pars — “merci”\nПока 👋 再见"


def test_erasing_all_of_a_field_and_a_count(window):
    field = QLineEdit("Zürich 👍")
    field.show()
    driver.erase_text(field, 2)
    assert field.text() == "Zürich"
    driver.erase_text(field, None)
    assert field.text() == ""


def test_a_tap_at_a_percentage_lands_on_the_phones_screen_not_the_console(window):
    screen = driver.screen_of(window.phone)
    photo = find(window, id="profile_photo")[0]
    centre = photo.widget.mapTo(screen, photo.widget.rect().center())
    percent = (centre.x() * 100 / screen.width(), centre.y() * 100 / screen.height(), True)
    hit = driver.tap_screen(screen, percent)
    assert window.phone.isAncestorOf(hit)
    assert window.phone.current_screen_name() == "profile"


def test_a_tap_at_pixels_counts_from_the_phones_screen_corner(window):
    screen = driver.screen_of(window.phone)
    photo = find(window, id="profile_photo")[0]
    centre = photo.widget.mapTo(screen, photo.widget.rect().center())
    driver.tap_screen(screen, (centre.x(), centre.y(), False))
    assert window.phone.current_screen_name() == "profile"
    # the window's own corner is the console's side: the same pixels there would miss
    assert window.phone.mapTo(window, QPoint(0, 0)) != QPoint(0, 0) or \
        screen.mapTo(window, QPoint(0, 0)) != QPoint(0, 0)


def test_enter_in_the_login_field_goes_on_like_next(window):
    open_browser(window)
    login = find(window, id="login")[0].widget
    driver.tap(find(window, id="login")[0])
    driver.type_text(login, "anna@acme.example")
    driver.press_key(login, "Enter")
    assert find(window, id="password")


def test_backspace_deletes_the_last_character(window):
    open_browser(window)
    login = find(window, id="login")[0].widget
    driver.type_text(login, "anna!")
    driver.press_key(login, "Backspace")
    assert login.text() == "anna"


def test_tab_moves_the_focus_to_the_next_field(window):
    open_browser(window)
    login = find(window, id="login")[0].widget
    login.setFocus()
    before = QApplication.focusWidget()
    driver.press_key(login, "Tab")
    assert QApplication.focusWidget() is not before


def test_escape_closes_the_warning_sheet(window):
    open_profile(window)
    if find(window, id="edit_profile"):
        tap(window, id="edit_profile")
    show(window, "delete_account")
    assert window.phone.sheet_name() == "delete_warning"
    sheet = window.phone.sheets["delete_warning"]
    driver.press_key(sheet.focusWidget() or sheet, "Escape")
    assert window.phone.sheet_name() is None


def test_a_swipe_from_the_left_edge_is_the_back_gesture_and_from_the_middle_is_not(window):
    screen = driver.screen_of(window.phone)
    h = screen.height() // 2
    assert driver.is_back_gesture(screen, QPoint(4, h), QPoint(300, h))
    assert not driver.is_back_gesture(screen, QPoint(100, h), QPoint(300, h))
    start, end = driver.swipe_ends(screen, "RIGHT")  # Maestro's RIGHT starts at 10%
    assert not driver.is_back_gesture(screen, start, end)


def test_a_swipe_up_on_the_profile_scrolls_it(window):
    open_profile(window)
    screen = driver.screen_of(window.phone)
    start, end = driver.swipe_ends(screen, "UP")
    area = driver.swipe(screen, start, end)
    assert area is not None and window.phone.isAncestorOf(area)
    assert area.verticalScrollBar().value() > 0
    back_start, back_end = driver.swipe_ends(screen, "DOWN")
    driver.swipe(screen, back_start, back_end)
    assert area.verticalScrollBar().value() == 0


def test_the_home_screen_hides_the_app_until_it_comes_back(window):
    screen = driver.screen_of(window.phone)
    assert find(window, id="profile_photo")
    driver.show_home(screen)
    assert not find(window, id="profile_photo", on="phone")
    assert find(window, text="home screen.*")
    assert driver.hide_home(screen)
    assert find(window, id="profile_photo")


def test_tapping_a_choice_of_an_open_console_chooser_selects_it(window):
    console = window.console
    console.show_tab("employees")   # the chooser's tab on screen (built when shown)
    combo = console.findChild(QComboBox, "employees_portal")
    changed = []
    combo.currentIndexChanged.connect(changed.append)
    tap(window, id="employees_portal")
    choice = find(window, text="bloom.bitrix24.com.*")
    assert choice and choice[0].kind == "item"
    driver.tap(choice[0])
    assert combo.currentData() == "bloom.bitrix24.com"
    assert changed  # the console reacts as to a person's choice
    assert not combo.view().isVisible()


def test_name_in_the_phone_rather_than_the_console(window):
    open_profile(window)
    anywhere = find(window, text="Anna Petrova")
    phone_only = find(window, text="Anna Petrova", on="phone")
    console_only = find(window, text="Anna Petrova", on="console")
    assert phone_only and all(window.phone.isAncestorOf(e.widget) for e in phone_only)
    assert all(window.console.isAncestorOf(e.widget) for e in console_only)
    widgets = [e.widget for e in anywhere]
    assert widgets[:len(phone_only)] == [e.widget for e in phone_only]  # the phone first
    assert console_only and len(anywhere) == len(phone_only) + len(console_only)

"""The drawn iOS keyboard (gui/phone/keyboard.py): up with a field's focus, down when focus
leaves, its keys type into the field, the hardware keyboard too, Return moves or submits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea

from core import i18n
from gui.phone import motion
from gui.phone.keyboard import keep_in_view, layout
from gui.phone.motion import Curtain


def click_key(qtbot, phone, name: str) -> None:
    key = phone.keyboard.keys[name]
    assert key.isVisible(), f"key {name!r} is not on the keyboard"
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())


def keyboard_up(qtbot, phone) -> bool:
    qtbot.wait(1)   # the keyboard follows focus once the event that moved it is over
    return phone.keyboard.isVisible()


def test_the_keys_have_iphone_sizes_in_four_rows():
    keys = {k.name: k.rect for k in layout("letters")}
    assert keys["q"].size() == keys["m"].size() and keys["q"].width() == 33
    assert keys["q"].height() == 42 and keys["w"].x() - keys["q"].right() - 1 == 6
    assert keys["shift"].width() == keys["delete"].width() == 42
    assert keys["a"].center().x() < keys["s"].center().x()
    assert {r.y() for r in keys.values()} == {8, 62, 116, 170}
    assert keys["return"].right() == 390 - 3 - 1 and keys["numbers"].x() == 3
    assert not any(a.intersects(b) for n, a in keys.items() for m, b in keys.items() if n < m)


def test_the_keyboard_comes_up_with_the_login_field_and_goes_down_when_focus_leaves(
        drive, qtbot, phone):
    drive.open_request_login()
    assert drive.screen == "browser"
    assert keyboard_up(qtbot, phone) and phone.keyboard.target is drive.find("login")
    assert phone.keyboard.keys["return"].text() == "go"
    drive.tap("sign_in_with_google")   # a button takes the focus: the keyboard goes down
    assert not keyboard_up(qtbot, phone)


def test_clicking_keys_types_into_the_focused_field(drive, qtbot, phone):
    drive.open_request_login()
    login = drive.find("login")
    assert keyboard_up(qtbot, phone)
    for name in ("shift", "a", "n", "n", "a"):
        click_key(qtbot, phone, name)
    assert login.text() == "Anna"   # shift holds for one letter, as on iOS
    click_key(qtbot, phone, "numbers")
    for name in ("1", "u0040"):
        click_key(qtbot, phone, name)
    click_key(qtbot, phone, "letters")
    click_key(qtbot, phone, "space")
    click_key(qtbot, phone, "x")
    click_key(qtbot, phone, "delete")
    assert login.text() == "Anna1@ "
    assert login.hasFocus()   # the keys never take the focus


def test_the_hardware_keyboard_types_too(drive, qtbot, phone):
    drive.open_request_login()
    login = drive.find("login")
    qtbot.keyClicks(login, "anna@acme.example")
    assert login.text() == "anna@acme.example"


def test_return_labelled_go_submits_the_login_page(drive, qtbot, phone):
    drive.open_request_login()
    assert keyboard_up(qtbot, phone)
    qtbot.keyClicks(drive.find("login"), "anna@acme.example")
    click_key(qtbot, phone, "return")
    assert drive.visible("password") and drive.find("password").hasFocus()
    qtbot.keyClicks(drive.find("password"), "Anna-pass-1")
    click_key(qtbot, phone, "return")
    assert drive.screen == "request_form"


def test_return_moves_to_the_next_field_when_one_follows(drive, qtbot, phone):
    drive.tap("profile_photo")
    phone.go_to("edit_profile")
    assert drive.screen == "edit_profile"
    first, last = drive.find("edit_first_name"), drive.find("edit_last_name")
    for field in (first, last):
        field.setReadOnly(False)   # two editable fields, one after the other
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=first.rect().center())
    assert keyboard_up(qtbot, phone) and phone.keyboard.keys["return"].text() == "next"
    click_key(qtbot, phone, "return")
    assert last.hasFocus()
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return)   # the hardware Return moves the same way
    assert last.hasFocus()


def test_read_only_fields_bring_no_keyboard(drive, qtbot, phone):
    drive.tap("profile_photo")
    phone.go_to("edit_profile")
    field = drive.find("edit_email")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=field.rect().center())
    assert not keyboard_up(qtbot, phone)


def _to_the_reason(drive, qtbot, phone):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    assert drive.screen == "request_form"
    reason = drive.find("reason")
    phone.ensure_visible(reason)
    qtbot.mouseClick(reason, Qt.MouseButton.LeftButton, pos=reason.rect().center())
    assert keyboard_up(qtbot, phone)
    return reason


def test_the_focused_reason_stays_in_view_above_the_keyboard(drive, qtbot, phone, tmp_path):
    reason = _to_the_reason(drive, qtbot, phone)
    viewport = phone.find_visible("request_form_scroll")
    assert isinstance(viewport, QScrollArea)
    port = viewport.viewport()
    shown = QRect(reason.mapTo(port, QPoint(0, 0)), reason.size())
    assert port.rect().contains(shown)
    keyboard_top = phone.keyboard.mapTo(phone, QPoint(0, 0)).y()
    assert reason.mapTo(phone, QPoint(0, reason.height())).y() <= keyboard_top
    assert phone.keyboard.keys["return"].text() == "done"
    phone.render_png(tmp_path / "keyboard-over-the-request-form.png")
    assert (tmp_path / "keyboard-over-the-request-form.png").stat().st_size > 10_000


def test_done_in_the_reason_closes_the_keyboard_and_keeps_the_text(drive, qtbot, phone):
    reason = _to_the_reason(drive, qtbot, phone)
    for name in ("shift", "b", "y", "e"):
        click_key(qtbot, phone, name)
    click_key(qtbot, phone, "return")
    assert not keyboard_up(qtbot, phone)
    assert reason.toPlainText() == "Bye" and drive.screen == "request_form"


def test_each_language_has_its_letters_as_ios_lays_them_out():
    def rows(language):
        keys = [k for k in layout("letters", language=language) if k.role == "letter"]
        return ["".join(k.label for k in keys if k.rect.y() == y) for y in (8, 62, 116)]

    assert rows("en") == rows("pt-BR") == rows("pseudo") == ["qwertyuiop", "asdfghjkl",
                                                              "zxcvbnm"]
    assert rows("de") == ["qwertzuiopü", "asdfghjklöä", "yxcvbnm"]
    assert rows("es")[1] == "asdfghjklñ"
    assert rows("ru") == ["йцукенгшщзх", "фывапролджэ", "ячсмитьбю"]
    for language in ("de", "es", "ru"):
        keys = {k.name: k.rect for k in layout("letters", language=language)}
        assert all(QRect(0, 0, 390, 216).contains(r) for r in keys.values())
        assert not any(a.intersects(b) for n, a in keys.items() for m, b in keys.items()
                       if n < m)


@pytest.fixture
def russian():
    """The app's language Russian for the phone the test builds (before the phone)."""
    before = i18n.current()
    i18n.set_default("ru")
    yield
    i18n.set_default(before)


def test_a_russian_phone_types_cyrillic_on_its_own_keys(russian, drive, qtbot, phone):
    drive.open_request_login()
    login = drive.find("login")
    assert keyboard_up(qtbot, phone) and phone.keyboard.language == "ru"
    for name in ("shift", "u0430", "u043d", "u043d", "u0430"):
        click_key(qtbot, phone, name)
    assert login.text() == "Анна"
    assert phone.keyboard.keys["u0430"].text() == "а"   # shift held for one letter



def test_with_motion_the_page_glides_up_with_the_keyboard_and_ends_where_it_is_at_once(
        drive, qtbot, phone):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    motion.set_enabled(True)
    try:
        reason = drive.find("reason")
        phone.ensure_visible(reason)
        qtbot.mouseClick(reason, Qt.MouseButton.LeftButton, pos=reason.rect().center())
        assert keyboard_up(qtbot, phone)
        bar = phone.find_visible("request_form_scroll").verticalScrollBar()
        settled = bar.value()   # the page scrolled at once: a tap lands where it will be
        glides = [c for c in phone.motion.curtains() if c.frames.kind == "scroll"]
        assert len(glides) == 1 and glides[0].frames.extras["moved"] > 0
        keyboard = [c for c in phone.motion.curtains() if c.frames.kind == "keyboard_up"]
        assert keyboard   # the two together, as the page rides up on the keyboard
        phone.motion.seek(0.5)
        assert 0.0 < glides[0].progress < 1.0
        phone.motion.finish_all()
        assert motion.wait_idle(5000) and not phone.motion.curtains()
        keep_in_view(reason)
        assert bar.value() == settled and reason.hasFocus()
    finally:
        motion.set_enabled(False)


def test_without_motion_the_keyboard_scrolls_the_page_with_nothing_drawn_over_it(
        drive, qtbot, phone):
    _to_the_reason(drive, qtbot, phone)
    assert not phone.findChildren(Curtain)

"""On an Android phone the drawn keyboard is Gboard (gui/phone/keyboard.py): its own look and
bottom row, the same key names, and it types, moves and submits as iOS's does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from core import services as sv
from gui.phone.keyboard import layout


def click_key(qtbot, phone, name: str) -> None:
    key = phone.keyboard.keys[name]
    assert key.isVisible(), f"key {name!r} is not on the keyboard"
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton, pos=key.rect().center())


@pytest.fixture
def android(drive, controller):
    controller.act(sv.set_policy, platforms=["ios", "android"])
    controller.act(sv.set_platform, "android")
    assert drive.phone.platform == "android"
    return drive


def test_gboards_bottom_row_is_123_comma_space_period_and_the_action_key():
    keys = {k.name: k.rect for k in layout("letters", platform="android")}
    bottom = sorted((r.x(), n) for n, r in keys.items() if r.y() == keys["space"].y())
    assert [n for _, n in bottom] == ["numbers", "u002c", "space", "u002e", "return"]
    assert keys["shift"].width() == keys["delete"].width() > keys["q"].width()
    assert all(QRect(0, 0, 390, 216).contains(r) for r in keys.values())
    assert not any(a.intersects(b) for n, a in keys.items() for m, b in keys.items() if n < m)
    for layer in ("numbers", "symbols"):
        names = [k.name for k in layout(layer, platform="android")]
        assert len(names) == len(set(names)) and "delete" in names and "return" in names


def test_an_android_phone_shows_gboard_and_an_ios_phone_the_ios_keyboard(
        drive, qtbot, phone, controller, tmp_path):
    drive.open_request_login()
    qtbot.wait(1)
    assert phone.keyboard.platform == "ios" and phone.keyboard.keys["return"].text() == "go"
    ios = phone.keyboard.grab().toImage()
    controller.act(sv.set_policy, platforms=["ios", "android"])
    controller.act(sv.set_platform, "android")
    login = drive.find("login")
    login.clearFocus()
    qtbot.wait(1)
    login.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.wait(1)
    keyboard = phone.keyboard
    assert keyboard.isVisible() and keyboard.platform == "android"
    assert keyboard.property("platform") == "android" and keyboard.objectName() == "keyboard"
    assert keyboard.keys["return"].icon_kind == "go" and keyboard.keys["numbers"].text() == "?123"
    assert {"u002c", "u002e"} <= set(keyboard.keys)
    android = keyboard.grab().toImage()
    assert android.size() == ios.size() and android != ios
    corner = android.pixelColor(2, android.height() - 2).name()
    assert corner == "#e8eaed"   # Gboard's light grey, not iOS's
    phone.render_png(tmp_path / "gboard.png")


def test_a_keyboard_already_up_changes_with_the_phones_platform_at_once(
        drive, qtbot, phone, controller, tmp_path):
    drive.open_request_login()
    qtbot.wait(1)
    keyboard = phone.keyboard
    assert keyboard.isVisible() and keyboard.platform == "ios"
    controller.act(sv.set_policy, platforms=["ios", "android"])
    controller.act(sv.set_platform, "android")  # the field keeps its focus: no new attach
    qtbot.wait(1)
    assert phone.platform == "android" and keyboard.isVisible()
    assert keyboard.platform == "android" and keyboard.keys["numbers"].text() == "?123"
    shot = keyboard.grab().toImage()
    assert shot.pixelColor(2, shot.height() - 2).name() == "#e8eaed"  # Gboard's grey
    phone.render_png(tmp_path / "switched.png")
    controller.act(sv.set_platform, "ios")
    qtbot.wait(1)
    assert keyboard.platform == "ios" and "numbers" in keyboard.keys
    assert keyboard.keys["numbers"].text() != "?123"


def test_gboards_keys_type_into_the_field_and_return_submits(android, qtbot, phone):
    android.open_request_login()
    login = android.find("login")
    qtbot.wait(1)
    assert phone.keyboard.isVisible() and phone.keyboard.platform == "android"
    for name in ("shift", "a", "n", "n", "a", "u002e", "numbers", "1", "u0040", "letters",
                 "space", "x", "delete"):
        click_key(qtbot, phone, name)
    assert login.text() == "Anna.1@ " and login.hasFocus()
    login.clear()
    qtbot.keyClicks(login, "anna@acme.example")   # the hardware keyboard too
    click_key(qtbot, phone, "return")
    assert android.visible("password") and android.find("password").hasFocus()
    assert phone.keyboard.keys["return"].icon_kind == "go"


def test_the_ampersand_key_shows_its_ampersand_on_both_keyboards(drive, qtbot, phone):
    drive.open_request_login()
    qtbot.wait(1)
    for platform in ("ios", "android"):
        phone.keyboard.set_platform(platform)
        phone.keyboard.set_layer("numbers")
        assert phone.keyboard.keys["u0026"].text() == "&&"   # shown as "&", not a mnemonic
        click_key(qtbot, phone, "u0026")
    assert drive.find("login").text() == "&&"

"""Focus and access: every control of the phone shows a clear focus ring when it has the
keyboard focus, and Tab walks the phone's controls before the console's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def _focus_chain(start: QWidget, steps: int) -> list[QWidget]:
    seen = []
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget() or start, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_every_control_on_the_feed_and_the_profile_draws_a_focus_ring(drive):
    phone = drive.phone
    for screen in ("feed", "profile"):
        if screen == "profile":
            drive.tap("profile_photo")
        current = phone.current_screen()
        current.setFocus()
        chain = [w for w in _focus_chain(current, 14) if w is not None and current.isAncestorOf(w)]
        assert len(set(chain)) >= 3, screen
        for control in dict.fromkeys(chain):
            control.setFocus(Qt.FocusReason.TabFocusReason)
            phone.settle()
            assert control.hasFocus()
            focused = _image(control)
            control.clearFocus()
            phone.settle()
            assert _image(control) != focused, (
                f"{control.objectName()!r} on {screen} looks the same with and without focus")


def test_tab_walks_through_the_phone_before_the_console(window, qtbot):
    phone = window.findChild(QWidget, "phone")
    console = window.findChild(QWidget, "console")
    phone.current_screen().setFocus()
    chain = [w for w in _focus_chain(phone, 40) if w is not None]
    inside = [phone.isAncestorOf(w) for w in chain]
    assert any(inside) and not all(inside)
    first_out = inside.index(False)
    assert console.isAncestorOf(chain[first_out]), chain[first_out].objectName()
    phone_controls = {w for w in chain[:first_out]}
    back_in = [w for w in chain[first_out:] if phone.isAncestorOf(w)]
    assert not back_in or back_in[0] in phone_controls  # a full round, not interleaved


def test_a_tap_leaves_no_focus_ring_on_the_button_tapped(drive):
    drive.tap("search")
    assert not drive.find("search").hasFocus()
    drive.tap("profile_photo")
    assert not drive.find("back").hasFocus()


def test_a_closing_sheet_leaves_no_focus_ring_on_the_back_button_under_it(drive, tmp_path):
    """Qt hands the focus of the hidden sheet to Back with a Tab reason before the screen
    takes it back: the motion's picture of the screen and a hidden phone showed Back ringed."""
    drive.tap("profile_photo")
    back = drive.find("back")
    unfocused = _image(back)
    drive.tap("delete_account")
    assert drive.phone.sheet_name() == "delete_warning"
    seen = []

    def focus_moved(_old, new):
        if new is back:
            seen.append(_image(back))

    QApplication.instance().focusChanged.connect(focus_moved)
    try:
        drive.tap("cancel")
    finally:
        QApplication.instance().focusChanged.disconnect(focus_moved)
    drive.phone.settle()
    assert drive.phone.sheet_name() is None and drive.screen == "profile"
    assert seen and all(image == unfocused for image in seen)
    assert _image(back) == unfocused
    drive.phone.render_png(tmp_path / "sheet-closed.png")


def test_the_ring_shows_for_tab_and_not_for_other_focus_reasons(drive):
    drive.tap("profile_photo")
    back = drive.find("back")
    unfocused = _image(back)
    back.setFocus(Qt.FocusReason.OtherFocusReason)
    drive.phone.settle()
    assert back.hasFocus() and _image(back) == unfocused
    back.clearFocus()
    back.setFocus(Qt.FocusReason.TabFocusReason)
    drive.phone.settle()
    assert back.property("focus_ring") == "true" and _image(back) != unfocused
    QTest.keyClick(back, Qt.Key.Key_Tab)   # the real Tab key rings the next control
    following = QApplication.focusWidget()
    assert following is not back and following.property("focus_ring") == "true"

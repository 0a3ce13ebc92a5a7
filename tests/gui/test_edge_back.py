"""Android's back gesture (gui/phone/edge_back.py): a swipe in from either edge goes back with
the back arrow following the finger; iOS goes back from the left edge only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from core import services as sv
from gui.flows import driver
from gui.phone import motion
from gui.phone.edge_back import BACK_PX, EdgeArrow, edge_of


@pytest.fixture
def moving():
    motion.set_enabled(True)
    yield
    motion.set_enabled(False)


@pytest.fixture
def android(drive, controller):
    controller.act(sv.set_policy, platforms=["ios", "android"])
    controller.act(sv.set_platform, "android")
    assert drive.phone.platform == "android"
    return drive


def _press_at(phone, x: int, y: int = 300):
    """The widget under the screen-area point (x, y) and that point in its coordinates."""
    area = phone.screen_area
    target = area.childAt(QPoint(x, y)) or area
    return target, target.mapFrom(area, QPoint(x, y))


def _swipe(qtbot, phone, x0: int, dx: int, check=None, steps: int = 8) -> None:
    target, start = _press_at(phone, x0)
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(target, start + QPoint(int(dx * i / steps), 0))
        if check is not None and i == steps // 2:
            check()
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=start + QPoint(dx, 0))


def _arrows(phone) -> list[EdgeArrow]:
    return [a for a in phone.screen_area.findChildren(EdgeArrow) if a.isVisible()]


def test_a_press_near_either_edge_starts_the_gesture_and_the_middle_does_not():
    assert edge_of(4, 390) == "left" and edge_of(386, 390) == "right"
    assert edge_of(195, 390) is None


@pytest.mark.parametrize("edge", ["left", "right"])
def test_on_android_a_swipe_in_from_either_edge_goes_back(moving, qtbot, android, edge):
    phone = android.phone
    android.tap("profile_photo")
    motion.wait_idle(5000)
    width = phone.screen_area.width()
    x0, dx = (3, 160) if edge == "left" else (width - 3, -160)
    seen: list[tuple[str, int]] = []

    def arrow_follows() -> None:
        arrows = _arrows(phone)
        seen.extend((a.edge, a.x()) for a in arrows)
        assert motion.busy()   # a finger on the gesture: waitForAnimationToEnd waits

    _swipe(qtbot, phone, x0, dx, arrow_follows)
    assert [e for e, _ in seen] == [edge]
    assert seen[0][1] == (0 if edge == "left" else width - _arrow_width())
    assert phone.current_screen_name() == "feed"
    motion.wait_idle(5000)
    assert not _arrows(phone) and not motion.busy()


def _arrow_width() -> int:
    from gui.phone.edge_back import PILL_MAX_W
    return PILL_MAX_W + 8


def test_on_android_a_short_edge_swipe_stays(moving, qtbot, android):
    android.tap("profile_photo")
    motion.wait_idle(5000)
    _swipe(qtbot, android.phone, android.phone.screen_area.width() - 3, -(BACK_PX // 2))
    assert android.screen == "profile" and not _arrows(android.phone)


def test_on_android_the_edge_swipe_closes_the_open_sheet(moving, qtbot, android):
    android.tap("profile_photo")
    android.tap("delete_account")
    motion.wait_idle(5000)
    assert android.phone.sheet_name() == "delete_warning"
    _swipe(qtbot, android.phone, android.phone.screen_area.width() - 3, -160)
    assert android.phone.sheet_name() is None and android.screen == "profile"


def test_on_ios_a_swipe_in_from_the_right_edge_does_nothing(moving, qtbot, drive):
    drive.tap("profile_photo")
    motion.wait_idle(5000)
    _swipe(qtbot, drive.phone, drive.phone.screen_area.width() - 3, -200)
    assert drive.screen == "profile" and not _arrows(drive.phone)
    motion.wait_idle(5000)
    assert drive.screen == "profile"


def test_a_flows_swipe_from_the_right_edge_is_back_on_android_only(window):
    screen = driver.screen_of(window.phone)
    w, h = screen.width(), screen.height() // 2
    start, end = QPoint(w - 4, h), QPoint(w - 200, h)
    assert driver.is_back_gesture(screen, start, end, "android")
    assert not driver.is_back_gesture(screen, start, end, "ios")
    assert not driver.is_back_gesture(screen, QPoint(w - 100, h), end, "android")

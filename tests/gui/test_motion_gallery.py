"""The phone's motion caught half way, and the keyboard up, rendered to PNG beside every
screen (tests/gui/test_phone_render.py): ``$STORYBOARD_DIR/screens/motion`` when the
storyboard of the bundled flows is given, else a temporary folder. Each picture must differ
from the settled screen before and after it (it shows the change in progress)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from core import services as sv
from gui.phone import motion
from gui.phone.phone import render_screen_png
from tests.gui.phone_tour import gallery_root, write_gallery


@pytest.fixture
def moving():
    motion.set_enabled(True)
    yield
    motion.set_enabled(False)


class Shots:
    def __init__(self, phone, out) -> None:
        self.phone, self.out, self.n = phone, out, 0

    def settled(self) -> QImage:
        motion.wait_idle(5000)
        self.phone.settle()
        return self.phone.grab().toImage()

    def shoot(self, name: str, fraction: float | None = 0.5, finish: bool = True) -> QImage:
        """The phone now (its curtains held at ``fraction``), to ``NN_name.png``; then every
        animation ended (not a drag still held: ``finish`` False)."""
        if fraction is not None:
            self.phone.motion.seek(fraction)
        self.n += 1
        render_screen_png(self.phone, self.out / f"{self.n:02d}_{name}.png")
        image = self.phone.grab().toImage()
        if finish:
            self.phone.motion.finish_all()
        return image

    def half_way(self, name: str, act, fraction: float = 0.5) -> None:
        before = self.settled()
        act()
        half = self.shoot(name, fraction)
        after = self.settled()
        assert half != before and half != after, name


def _tap(drive, name):
    return lambda: drive.tap(name)


def _edge_swipe(qtbot, phone, x0: int, dx: int):
    area = phone.screen_area
    target = area.childAt(QPoint(x0, 300)) or area
    start = target.mapFrom(area, QPoint(x0, 300))
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 7):
        qtbot.mouseMove(target, start + QPoint(int(dx * i / 6), 0))
    return target, start + QPoint(dx, 0)


@pytest.mark.parametrize("platform", ["ios", "android"])
def test_the_motion_half_way_and_the_keyboard_up_render_to_png(moving, qtbot, drive, controller,
                                                                tmp_path, platform):
    root = gallery_root(tmp_path)
    shots = Shots(drive.phone, root / "motion" / platform)
    if platform == "android":
        controller.act(sv.set_policy, platforms=["ios", "android"])
        controller.act(sv.set_platform, "android")
    phone = drive.phone
    shots.half_way(f"{platform}_tab_highlight_fading_and_the_toast",
                   _tap(drive, "tab_messenger"), 0.2)
    phone.toast.hide()
    shots.half_way(f"{platform}_push_half_way_feed_to_profile", _tap(drive, "profile_photo"))
    shots.half_way(f"{platform}_sheet_half_way_up", _tap(drive, "delete_account"), 0.4)
    shots.half_way(f"{platform}_sheet_half_way_down", _tap(drive, "cancel"), 0.4)
    if platform == "ios":
        target, at = _edge_swipe(qtbot, phone, 3, 250)
        shots.shoot("ios_back_swipe_following_the_finger", None, finish=False)
    else:
        target, at = _edge_swipe(qtbot, phone, phone.screen_area.width() - 3, -110)
        shots.shoot("android_back_gesture_arrow_armed", None, finish=False)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=at)
    shots.settled()
    assert drive.screen == "feed"
    drive.tap("profile_photo")
    shots.half_way(f"{platform}_pop_half_way_profile_to_feed", lambda: phone.go_back())
    drive.tap("profile_photo")
    drive.tap("delete_account")
    drive.tap("continue")
    shots.half_way(f"{platform}_browser_presented_half_way", _tap(drive, "log_in"))
    login = drive.find("login")   # focused with the page; a tap, as a person's, to be sure
    qtbot.mouseClick(login, Qt.MouseButton.LeftButton, pos=login.rect().center())
    qtbot.waitUntil(phone.keyboard.isVisible, timeout=2000)
    shots.settled()
    shots.shoot(f"{platform}_keyboard_up_on_the_login_page", None)
    drive.type("login", "anna@acme.example")
    shots.half_way(f"{platform}_browser_page_cross_fade", _tap(drive, "next"))
    drive.type("password", "Anna-pass-1")
    shots.half_way(f"{platform}_browser_dismissed_to_the_form", _tap(drive, "next"))
    reason = drive.find("reason")
    phone.ensure_visible(reason)
    shots.settled()
    shots.half_way(f"{platform}_keyboard_half_way_the_page_gliding_up",
                   lambda: qtbot.mouseClick(reason, Qt.MouseButton.LeftButton,
                                            pos=reason.rect().center()) or qtbot.wait(1))
    shots.shoot(f"{platform}_keyboard_up_over_the_request_form", None)
    shots.half_way(f"{platform}_check_mark_popping_in", _tap(drive, "item_1"), 0.3)
    shots.half_way(f"{platform}_30_days_later_card",
                   lambda: controller.advance(timedelta(days=30)))
    assert shots.n >= 14
    write_gallery(root)


def test_the_storyboard_links_the_gallery_once_it_is_there(tmp_path):
    from gui.flows.report import GALLERY, link_gallery

    index = tmp_path / "index.html"
    index.write_text("<h1>Flows</h1>\n<section class='flow' id='flow-1'></section>",
                     encoding="utf-8")
    assert not link_gallery(index)   # no gallery yet: the storyboard is left as it is
    write_gallery(tmp_path / GALLERY)
    assert link_gallery(index) and link_gallery(index)
    text = index.read_text(encoding="utf-8")
    assert text.count(f"href='{GALLERY}/index.html'") == 1
    assert text.index(GALLERY) < text.index("<section")

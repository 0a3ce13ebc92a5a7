"""The phone's motion (gui/phone/motion.py): each animation ends where the phone is without
it, input during one lands on the destination, drags follow the finger, and a flow's settled
screenshots are the same with and without ``--animations``."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from gui.builder import build_app
from gui.flows.commands.phone import WaitForAnimationToEnd
from gui.flows.model import Command
from gui.phone import motion
from gui.phone.motion import Curtain, transition_kind

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def moving():
    """Motion on for the test (the runner's default is off), every animation ended after."""
    motion.set_enabled(True)
    yield
    motion.set_enabled(False)


def still_phone(qtbot, controller):
    """A second phone over the same world with motion off, to compare with."""
    phone = build_app(controller, window=False).phone
    qtbot.addWidget(phone)
    phone.show()
    qtbot.waitExposed(phone)
    return phone


def picture(phone) -> QImage:
    phone.settle()
    return phone.grab().toImage()


def tap(qtbot, phone, name: str) -> None:
    widget = phone.find_visible(name)
    assert widget is not None, f"no visible {name!r} on {phone.current_screen_name()!r}"
    phone.ensure_visible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def drag(qtbot, widget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * (i / steps))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_screens_push_pop_and_present_by_the_back_stack():
    assert transition_kind([], None, "feed") == ("none", ["feed"])
    assert transition_kind(["feed"], "feed", "profile") == ("push", ["feed", "profile"])
    assert transition_kind(["feed", "profile"], "profile", "feed") == ("pop", ["feed"])
    assert transition_kind(["feed", "profile", "request_login"], "request_login",
                           "browser")[0] == "present"
    history = ["feed", "profile", "request_login", "browser"]
    assert transition_kind(history, "browser", "request_login")[0] == "dismiss"
    assert transition_kind(history, "browser", "address_not_found")[0] == "fade"
    assert transition_kind(history, "browser", "request_form") == (
        "dismiss", history + ["request_form"])
    assert transition_kind(["feed", "profile"], "profile", "sign_in") == ("fade", ["sign_in"])


def test_a_push_ends_on_the_screen_and_picture_it_has_without_motion(moving, qtbot, phone,
                                                                     controller):
    tap(qtbot, phone, "profile_photo")
    assert phone.current_screen_name() == "profile"   # the state changed at once
    assert motion.busy() and phone.motion.curtains()
    assert motion.wait_idle(5000)
    assert not phone.motion.curtains()
    motion.set_enabled(False)
    still = still_phone(qtbot, controller)
    tap(qtbot, still, "profile_photo")
    assert picture(phone) == picture(still)


def test_a_push_half_way_shows_both_screens(moving, qtbot, phone, tmp_path):
    before = picture(phone)
    tap(qtbot, phone, "profile_photo")
    phone.motion.seek(0.5)
    half = picture(phone)
    phone.render_png(tmp_path / "push-half-way.png")
    phone.motion.finish_all()
    after = picture(phone)
    assert half != before and half != after
    # The new screen comes in from the right: the left edge still shows the feed moved a
    # little left and dimmed, the right edge already shows the profile.
    x_right = phone.screen_area.x() + phone.screen_area.width() - 30
    y = phone.screen_area.y() + phone.stack.y() + 300
    assert half.pixel(x_right, y) == after.pixel(x_right, y)
    assert (tmp_path / "push-half-way.png").stat().st_size > 10_000


def test_a_tap_during_a_push_lands_on_the_destination(moving, qtbot, phone):
    tap(qtbot, phone, "profile_photo")
    assert motion.busy()
    tap(qtbot, phone, "delete_account")  # the profile's control, while it still slides in
    assert phone.sheet_name() == "delete_warning"
    motion.wait_idle(5000)
    assert phone.sheet_name() == "delete_warning"


def test_the_sheet_slides_up_and_down_ending_as_without_motion(moving, qtbot, phone, tmp_path):
    tap(qtbot, phone, "profile_photo")
    motion.wait_idle(5000)
    tap(qtbot, phone, "delete_account")
    assert phone.sheet_name() == "delete_warning" and motion.busy()
    phone.motion.seek(0.4)
    phone.render_png(tmp_path / "sheet-half-way.png")
    phone.motion.finish_all()
    tap(qtbot, phone, "cancel")
    assert phone.sheet_name() is None and phone.current_screen_name() == "profile"
    assert motion.busy()
    motion.wait_idle(5000)
    assert not phone.sheet_layer.isVisible() and not phone.motion.curtains()


def _open_warning(qtbot, phone) -> None:
    tap(qtbot, phone, "profile_photo")
    tap(qtbot, phone, "delete_account")
    motion.wait_idle(5000)
    assert phone.sheet_name() == "delete_warning"


def test_the_sheet_dragged_down_past_a_third_closes(moving, qtbot, phone):
    _open_warning(qtbot, phone)
    sheet = phone.sheet_layer.current
    drag(qtbot, sheet, QPoint(sheet.width() // 2, 8), QPoint(sheet.width() // 2, 8 + 300))
    assert phone.sheet_name() is None and phone.current_screen_name() == "profile"
    motion.wait_idle(5000)
    assert not phone.motion.curtains()


def test_the_sheet_dragged_a_little_springs_back(moving, qtbot, phone):
    _open_warning(qtbot, phone)
    sheet = phone.sheet_layer.current
    drag(qtbot, sheet, QPoint(sheet.width() // 2, 8), QPoint(sheet.width() // 2, 8 + 40))
    assert phone.sheet_name() == "delete_warning"
    motion.wait_idle(5000)
    assert phone.sheet_name() == "delete_warning" and not phone.motion.curtains()


def _edge_target(phone):
    at = QPoint(4, 300)
    return phone.stack.childAt(at) or phone.stack, at


def test_the_back_swipe_past_the_middle_goes_back(moving, qtbot, phone):
    tap(qtbot, phone, "profile_photo")
    motion.wait_idle(5000)
    target, at = _edge_target(phone)
    local = target.mapFrom(phone.stack, at)
    drag(qtbot, target, local, local + QPoint(260, 0))
    assert phone.current_screen_name() == "feed"
    motion.wait_idle(5000)
    assert not phone.motion.curtains()


def test_the_back_swipe_short_of_the_middle_springs_back(moving, qtbot, phone):
    tap(qtbot, phone, "profile_photo")
    motion.wait_idle(5000)
    target, at = _edge_target(phone)
    local = target.mapFrom(phone.stack, at)
    drag(qtbot, target, local, local + QPoint(120, 0))
    assert phone.current_screen_name() == "profile"
    motion.wait_idle(5000)
    assert phone.current_screen_name() == "profile" and not phone.motion.curtains()


def test_a_clock_jump_shows_a_days_later_card(moving, qtbot, phone, controller):
    controller.advance(timedelta(days=30))
    cards = [c for c in phone.screen_area.findChildren(motion.DaysLaterCard) if c.isVisible()]
    assert [c.text for c in cards] == ["30 days later"]
    motion.wait_idle(5000)
    assert not [c for c in phone.screen_area.findChildren(motion.DaysLaterCard)
                if c.isVisible()]


def test_the_days_later_card_counts_in_the_phones_language():
    start = datetime(2026, 3, 2, 9, 0)
    assert motion.days_later_text(start, start + timedelta(hours=23)) is None
    assert motion.days_later_text(start, start + timedelta(days=1)) == "1 day later"
    assert motion.days_later_text(start, start + timedelta(days=30)) == "30 days later"
    assert motion.days_later_text(start, start + timedelta(days=30), "pseudo").startswith(
        "[30 ")
    # Every form of a language, not only the one for 1 (Russian: день, дня, дней).
    later = {n: motion.days_later_text(start, start + timedelta(days=n), "ru") for n in (1, 3, 30)}
    assert later == {1: "Спустя 1 день", 3: "Спустя 3 дня", 30: "Спустя 30 дней"}
    assert motion.days_later_text(start, start + timedelta(days=30), "de") == "30 Tage später"


def test_with_motion_off_nothing_is_drawn_over_the_phone(qtbot, phone):
    assert not motion.enabled()
    tap(qtbot, phone, "profile_photo")
    assert phone.current_screen_name() == "profile"
    assert not motion.busy() and not phone.findChildren(Curtain)


def test_wait_for_animation_to_end_waits_for_the_push(moving, qtbot, phone):
    tap(qtbot, phone, "profile_photo")
    assert motion.busy()
    WaitForAnimationToEnd().run(None, Command("waitForAnimationToEnd", {}, Path("f.yaml"), 1),
                                None, 0)
    assert not motion.busy()


def _run_flow(flow: Path, folder: Path, *extra: str) -> None:
    done = subprocess.run([sys.executable, "main.py", "test", str(flow), "--shards", "1",
                           "--screenshots", str(folder), *extra], cwd=ROOT,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_flows_settled_screenshots_are_the_same_with_and_without_animations(tmp_path):
    flow = ROOT / "resources/flows/cancel_on_the_warning_goes_back_to_the_profile.yaml"
    _run_flow(flow, tmp_path / "still")
    _run_flow(flow, tmp_path / "moving", "--animations")
    still = sorted(p.relative_to(tmp_path / "still") for p in (tmp_path / "still").rglob("*.png"))
    moving_ = sorted(p.relative_to(tmp_path / "moving")
                     for p in (tmp_path / "moving").rglob("*.png"))
    assert still and still == moving_
    for rel in still:
        assert QImage(str(tmp_path / "still" / rel)) == QImage(str(tmp_path / "moving" / rel)), rel


def test_a_check_mark_pops_in_and_the_box_is_checked_at_once(moving, qtbot, drive, phone,
                                                             tmp_path):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    motion.wait_idle(5000)
    drive.tap("item_1")
    assert drive.checked("item_1")
    assert phone.motion.curtains()
    phone.motion.seek(0.3)
    phone.render_png(tmp_path / "check-popping.png")
    phone.motion.finish_all()
    assert drive.checked("item_1") and not phone.motion.curtains()
    assert drive.find("item_1_text") is not None


def _release_curtains(phone) -> list[Curtain]:
    return [c for c in phone.motion.curtains() if c.frames.kind == "release"]


def test_a_buttons_highlight_fades_out_after_the_press_and_the_tap_still_counts(moving, qtbot,
                                                                               phone):
    tap(qtbot, phone, "profile_photo")
    motion.wait_idle(5000)
    button = phone.find_visible("delete_account")
    phone.ensure_visible(button)
    released = button.grab().toImage()
    tap(qtbot, phone, "delete_account")
    assert phone.sheet_name() == "delete_warning"   # the tap did what it does at once
    fades = _release_curtains(phone)
    assert len(fades) == 1
    fade = fades[0]
    assert fade.geometry().topLeft() == button.mapTo(phone.screen_area, QPoint(0, 0))
    assert fade.frames.before.toImage() != released   # the pressed look, over the button
    assert motion.busy()
    assert motion.wait_idle(5000)
    assert not _release_curtains(phone)


def test_without_motion_a_released_button_leaves_nothing_over_it(qtbot, phone):
    tap(qtbot, phone, "profile_photo")
    assert phone.current_screen_name() == "profile" and not phone.findChildren(Curtain)

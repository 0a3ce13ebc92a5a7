"""Buttons answer a press as iOS's do: the highlight comes at once (phone.qss ``:pressed``) and,
when the finger lifts, fades out over about 0.2 s instead of going off in one frame.

The fade is a curtain of the phone's motion (``Motion.button_released``): a picture of the
button as it looked pressed, drawn over the real button (released at once, its click already
done) and fading away. A settled screen is the same as without it; a tap right after lands on
whatever is under it, as with every curtain.

One event filter on the application sees the releases; it is installed only while motion is
on (``motion.on_switch``), so a flow run without ``--animations`` pays nothing for it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox
from shiboken6 import isValid

from gui.phone import motion


class PressFade(QObject):
    """Sees every mouse release on a button of a phone and hands it to that phone's motion."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
                and isinstance(watched, QAbstractButton) and watched.isDown()
                and not isinstance(watched, QCheckBox)
                and watched.property("key") is None):   # the keyboard's keys: instant, as iOS
            phone_motion = _motion_of(watched)
            if phone_motion is not None:
                phone_motion.button_released(watched)
        return False


def _motion_of(button: QAbstractButton):
    for phone_motion in list(motion._motions):
        if isValid(phone_motion) and isValid(phone_motion.host) and (
                phone_motion.host.isAncestorOf(button)):
            return phone_motion
    return None


_state: dict = {"filter": None, "watching": False}


def _switch(on: bool) -> None:
    app = QApplication.instance()
    current = _state["filter"]
    if current is not None and not isValid(current):
        current = _state["filter"] = None   # gone with an application of an earlier test
    if app is None:
        return
    if on and current is None:
        _state["filter"] = PressFade(app)
        app.installEventFilter(_state["filter"])
    elif not on and current is not None:
        app.removeEventFilter(current)
        current.deleteLater()
        _state["filter"] = None


def watch() -> None:
    """Fade the highlight of the phones' buttons whenever motion is on (called for each
    phone built; the filter is one for the application)."""
    if not _state["watching"]:
        _state["watching"] = True
        motion.on_switch(_switch)
    else:
        _switch(motion.enabled())


__all__ = ["PressFade", "watch"]

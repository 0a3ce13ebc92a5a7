"""The launch screen: what the phone shows while the app loads, as the real iOS app does.

White, the Bitrix24 wordmark in its two blues, centred, inside the phone's frame. Qt draws all
of it from resources/styles/launch.qss: no Python painting and no colour passes through Python,
because the first QColor handed to PySide6 makes all of Qt's enums (~15 ms, a tenth of the
start-up to the first paint). It imports nothing but PySide6, so the main window paints it
before SQLAlchemy and the store are loaded.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.i18n import translate
from gui.phone.frame import BEZEL, NOTCH_H, NOTCH_W, PHONE_H, PHONE_W, SCREEN_H, SCREEN_W


def _frame(parent: QWidget, name: str, x: int, y: int, w: int, h: int) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setGeometry(x, y, w, h)
    return frame


class LaunchPhone(QFrame):
    """The phone frame with the launch screen; replaced by PhoneView once loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phone_launch")
        self.setAccessibleName(translate("Phone", "Phone (starting)"))
        self.setFixedSize(PHONE_W, PHONE_H)
        screen = _frame(self, "launch_screen", BEZEL, BEZEL, SCREEN_W, SCREEN_H)
        notch_x = BEZEL + (SCREEN_W - NOTCH_W) // 2
        _frame(self, "launch_notch", notch_x, BEZEL, NOTCH_W, NOTCH_H)
        _frame(self, "launch_camera", notch_x + NOTCH_W - 44, BEZEL + 9, 10, 10)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addStretch(1)
        for text, name in (("Bitrix", "launch_logo"), ("24", "launch_logo_accent")):
            part = QLabel(text)
            part.setObjectName(name)
            row.addWidget(part)
        row.addStretch(1)
        box = QVBoxLayout(screen)
        box.setContentsMargins(0, 0, 0, 0)
        box.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)

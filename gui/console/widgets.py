"""Small building blocks of the console: named widgets, cards, segmented switches."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError, StoreError
from core.world import WorldError
from gui.counts import CONSOLE
from gui.i18n import translate

W = TypeVar("W", bound=QWidget)

# Switchers list at most this many people or Bitrix24s: a world of 100,000 people would make
# a combo box that takes seconds to fill and measure. (The tables page through all of them.)
CHOICES_LIMIT = 500

# What a console action may raise that a person can act on; anything else is a bug.
EXPECTED_ERRORS = (DomainError, WorldError, StoreError, OSError)


def attempt(message, action: Callable[[], object], ok: str | Callable[[object], str] = ""):
    """Run one console action; emit its result or its error message on ``message(text,
    kind)``, never a traceback. Returns the action's result, or None when it was refused."""
    try:
        result = action()
    except EXPECTED_ERRORS as exc:
        message.emit(str(exc), "error")
        return None
    text = ok(result) if callable(ok) else ok
    if text:
        message.emit(text, "ok")
    return result


def combo_value(combo: QComboBox) -> str:
    """The chosen item's data (always text here), or "" when nothing is chosen.

    Never ask PySide6 6.12 for a None: it hands an invalid QVariant back as None without
    taking a reference (``currentData()`` of an empty combo, ``addItem(text, None)``,
    ``index.data()`` of an empty role), and enough of those end the process with
    "Fatal Python error: none_dealloc". So item data is never None and we check first.
    """
    i = combo.currentIndex()
    return combo.itemData(i) if i >= 0 else ""


def combo(name: str, accessible: str) -> QComboBox:
    """A switcher that never measures all its items to size itself."""
    box = named(QComboBox(), name, accessible)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)
    box.setMaxVisibleItems(20)
    return box


def limited_tip(box: QComboBox, shown: int, total: int) -> None:
    """The tooltip of a switcher of people that lists only the first ``shown``."""
    box.setToolTip(CONSOLE.first_people(shown, total) if total > shown else "")


def choose_value(combo: QComboBox, value: str) -> None:
    """Select the item whose data is ``value`` (the first item if there is none)."""
    i = combo.findData(value) if value else -1
    if combo.count():
        combo.setCurrentIndex(max(i, 0))


def named(widget: W, name: str, accessible: str | None = None) -> W:
    """Give a widget its stable automation id and an accessible name."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name.replace("_", " "))
    return widget


def button(text: str, name: str, variant: str = "secondary", tip: str = "") -> QPushButton:
    b = named(QPushButton(text), name, text.rstrip("…"))
    b.setProperty("variant", variant)
    if tip:
        b.setToolTip(tip)
    return b


def caption(text: str, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "caption")
    if name:
        named(label, name, text)
    return label


class Card(QFrame):
    """A rounded light surface with a small title, as on the phone."""

    message = Signal(str, str)  # text, kind ("ok" | "error" | "info")

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, title)
        self.setProperty("card", True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(8)
        heading = QLabel(title.upper())
        heading.setProperty("role", "card_title")
        self.body.addWidget(heading)

    def attempt(self, action: Callable[[], object], ok: str | Callable[[object], str] = ""):
        return attempt(self.message, action, ok)


class Segmented(QWidget):
    """A row of exclusive checkable buttons (iOS-style segmented control)."""

    chosen = Signal(str)

    def __init__(self, name: str, accessible: str, options: list[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        """``options``: (value, text, objectName) per segment."""
        super().__init__(parent)
        named(self, name, accessible)
        self.setProperty("segmented", True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for i, (value, text, obj) in enumerate(options):
            b = named(QPushButton(text), obj,
                      translate("Console", "{switch}: {choice}").format(switch=accessible,
                                                                       choice=text))
            b.setCheckable(True)
            b.setProperty("segment", "first" if i == 0 else
                          "last" if i == len(options) - 1 else "middle")
            b.clicked.connect(lambda _checked=False, v=value: self.chosen.emit(v))
            self.group.addButton(b)
            layout.addWidget(b)
            self.buttons[value] = b

    def set_value(self, value: str) -> None:
        b = self.buttons.get(value)
        if b is not None and not b.isChecked():
            b.setChecked(True)

    def value(self) -> str | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

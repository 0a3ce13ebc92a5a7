"""Pictures of widgets, also of a window that paints nothing by itself.

A flow run with nobody watching (offscreen, no ``--show``) turns its window's painting off
(``stop_painting``): after each tap Qt would otherwise paint the whole window into a
backing store nobody sees, about a seventh of the suite's CPU time. The widgets still lay
out, show and hide as before, so what a flow finds and does is the same; only the pictures
need paint, and every one is taken here, with painting on for as long as it is taken.
Such a window's console also reads the store only when looked at (ConsolePanel.on_demand):
the flow driver and the pictures here bring it up to date first.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget


def stop_painting(window: QWidget) -> None:
    """``window`` paints only when a picture of it (or of a widget in it) is taken."""
    window.setUpdatesEnabled(False)


def catch_up(part: QWidget | None) -> bool:
    """A part that shows the store only when looked at (ConsolePanel.catch_up) is brought up
    to date; True if it read anything (its layouts are then pending)."""
    owed = getattr(part, "catch_up", None)
    return bool(callable(owed) and owed())


@contextmanager
def painting(widget: QWidget) -> Iterator[None]:
    """Painting on for ``widget``'s window while the block runs (a window that paints by
    itself is left as it is). Its console, if it reads the store only when looked at
    (ConsolePanel.catch_up), is brought up to date and laid out first."""
    window = widget.window()
    for part in (window, getattr(window, "console", None)):
        if catch_up(part):
            QCoreApplication.sendPostedEvents()
    stopped = not window.updatesEnabled()
    if stopped:
        window.setUpdatesEnabled(True)
    try:
        yield
    finally:
        if stopped:
            window.setUpdatesEnabled(False)


def grab(widget: QWidget, area: QRect | None = None) -> QPixmap:
    """``widget.grab(area)``, painted whether or not its window paints by itself."""
    with painting(widget):
        return widget.grab(area if area is not None else QRect(QPoint(0, 0), widget.size()))

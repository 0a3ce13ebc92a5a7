"""The phone's focus ring is for keyboard users: it shows when Tab (or Shift+Tab) brought the
focus, not after a tap, nor when Qt hands the focus on because the focused widget went away
(a closing sheet gives it to the Back button under it with a Tab reason).
iOS and Android draw no ring after a touch.

Each widget of the phone that can take the focus carries ``focus_ring="true"`` or ``"false"``, set from the
reason of its last FocusIn; phone.qss draws the ring only on ``[focus_ring="true"]:focus``.
The controls are watched one by one (an event filter on each, installed when the phone is
built and, for screens built later, when focus first enters them), not by a filter on the
whole application, so the many other events of a run pay nothing for it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from gui.style import set_prop

KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
# Focus that comes back as it was (the window activated again, a popup closed): the ring
# stays as it was.
RESTORED = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
PROPERTY = "focus_ring"


def _takes_focus(widget: QWidget) -> bool:
    """Watched: the controls Tab reaches, and the screens and sheets a tap focuses (their
    FocusOut says whether the focus left something being hidden)."""
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def _phone_of(widget: QWidget | None) -> QWidget | None:
    while widget is not None and widget.objectName() != "phone":
        widget = widget.parentWidget()
    return widget


def set_ring(widget: QWidget, on: bool) -> None:
    """Show (or not) the ring while ``widget`` has the focus: re-polished only on a change."""
    set_prop(widget, PROPERTY, "true" if on else "false")


class FocusRing(QObject):
    """Sets each watched control's ``focus_ring`` from the reason its focus came."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._left_hidden = False   # the last FocusOut was of a widget being hidden
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def watch(self, root: QWidget) -> None:
        """Watch every widget under ``root`` that can take the focus (once each)."""
        for widget in [root, *root.findChildren(QWidget)]:
            if _takes_focus(widget) and widget.property(PROPERTY) is None:
                widget.setProperty(PROPERTY, "false")
                widget.installEventFilter(self)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Focus reached a control not watched yet (a screen built after the phone): watch
        its phone's new controls; this once, judge by whether the old widget went away."""
        if new is None or new.property(PROPERTY) is not None:
            return
        phone = _phone_of(new)
        if phone is None:
            return
        self.watch(phone)
        if new.property(PROPERTY) is not None:
            set_ring(new, old is None or old.isVisible())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            self._left_hidden = not watched.isVisible()
        elif kind == QEvent.Type.FocusIn:
            reason = event.reason()
            if reason not in RESTORED:
                set_ring(watched, reason in KEYBOARD and not self._left_hidden)
            self._left_hidden = False
        return False


_state: dict = {"ring": None}


def watch(phone: QWidget) -> None:
    """Draw the ring of ``phone``'s controls only for keyboard focus (one watcher for the
    application, as its focus is one)."""
    app = QApplication.instance()
    ring = _state["ring"]
    if ring is None or not isValid(ring):
        ring = _state["ring"] = FocusRing(app)
    ring.watch(phone)


__all__ = ["FocusRing", "set_ring", "watch"]

"""The base of every phone screen and bottom sheet: passive, view in, intent signals out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QVBoxLayout, QWidget

from core import i18n
from gui.i18n import Translated
from gui.phone.widgets import label
from gui.style import set_prop


class Screen(Translated, QFrame):
    """One page of the phone's stack.

    Its strings are ``self.tr("...")`` in ``self.language``, the phone's language when the
    screen was built (gui/i18n.py); a phone whose language changes builds its screens again.

    Subclasses set ``name`` and ``title``, build their widgets in ``_build_ui`` (in visual
    order, which is also the tab order), wire them in ``_connect_signals`` and show a view
    object in ``show_view``. Return triggers the focused button, else ``self.primary``;
    Escape is Back.
    """

    name = "screen"
    title = ""
    back_requested = Signal()
    unsupported = Signal(str)  # a control of the real app this prototype does not simulate

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = i18n.current()
        self.setObjectName(f"screen_{self.name}")
        self.setProperty("screen", "true")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.primary: QAbstractButton | None = None
        self.view: Any = None
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(0, 0, 0, 0)
        self.root.setSpacing(0)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        raise NotImplementedError

    def _connect_signals(self) -> None:
        pass

    def set_platform(self, platform: str) -> None:
        """Draw the screen's bars as the platform's app does (Android: a left arrow and a
        left-aligned title; Chrome's custom tab for the browser)."""
        from gui.phone.widgets import BrowserBar, BrowserToolbar, NavBar

        for kind in (NavBar, BrowserBar, BrowserToolbar):
            for bar in self.findChildren(kind):
                bar.set_platform(platform)

    def system_back(self) -> bool:
        """The system's back (Android's Back key and gesture, a flow's ``back``) where the
        screen has a way back of its own that is not a visible ``back`` button; True if
        it went back."""
        return False

    def answers_not_here(self, control: QAbstractButton, what: str) -> None:
        """``control`` is the real app's, but not part of this prototype: a tap says so
        (the phone shows a short toast) instead of doing nothing."""
        control.clicked.connect(lambda: self.unsupported.emit(what))

    def show_view(self, view: Any) -> None:
        """Show the view object (a frozen dataclass from core). Keeps what the user typed."""
        self.view = view

    def show_error(self, message: str) -> None:
        """Show a refusal in place (``str(error)`` from core)."""
        error = getattr(self, "error", None)
        if isinstance(error, QLabel):
            error.setText(message)
            error.setVisible(bool(message))

    def edges(self) -> tuple[str, str]:
        """What the screen shows at its top and bottom edge ("bar", "browser" or "page"), so
        the status bar and the home indicator's strip carry the same background: the screen
        runs edge to edge under them, as an iOS app's does."""
        first = self.root.itemAt(0).widget() if self.root.count() else None
        last = self.root.itemAt(self.root.count() - 1).widget() if self.root.count() else None
        top = {"nav_bar": "bar", "browser_bar": "browser"}.get(
            first.objectName() if first else "", "page")
        bottom = "page"
        if last is not None and (last.objectName() in ("tab_bar", "browser_toolbar")
                                 or last.property("card") == "footer"):
            bottom = "browser" if last.objectName() == "browser_toolbar" else "bar"
        return top, bottom

    def focus_first(self) -> None:
        """Where keyboard focus goes when the screen appears: the screen itself, so Return
        reaches ``primary`` and Tab enters the first control, with no focus ring shown."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if handle_return_and_escape(self, event):
            return
        super().keyPressEvent(event)


class Sheet(Translated, QFrame):
    """A bottom sheet inside the phone (never a modal dialog); its strings as a Screen's."""

    name = "sheet"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = i18n.current()
        self.setObjectName(f"sheet_{self.name}")
        self.setProperty("sheet", "true")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.primary: QAbstractButton | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(20, 10, 20, 40)  # room for the home indicator
        self.box.setSpacing(12)
        grabber = QFrame()
        grabber.setObjectName("sheet_grabber")
        grabber.setFixedSize(36, 5)
        self.box.addWidget(grabber, 0, Qt.AlignmentFlag.AlignHCenter)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        raise NotImplementedError

    def _connect_signals(self) -> None:
        pass

    def dismiss(self) -> None:
        """Escape, or a tap on the dimmed screen behind the sheet."""

    def focus_first(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Back):
            self.dismiss()
            return
        if handle_return_and_escape(self, event):
            return
        super().keyPressEvent(event)


def handle_return_and_escape(owner, event: QKeyEvent) -> bool:
    key = event.key()
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        focused = owner.focusWidget()
        if (isinstance(focused, QAbstractButton) and not focused.isCheckable()
                and focused.isEnabled() and focused.isVisible()):
            focused.click()
            return True
        if owner.primary is not None and owner.primary.isEnabled() and owner.primary.isVisible():
            owner.primary.click()
            return True
        return False
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Back) and isinstance(owner, Screen):
        if owner.system_back():
            return True
        back = owner.findChild(QAbstractButton, "back")
        if back is not None and back.isVisible():
            back.click()
            return True
    return False


def error_label(name: str = "error") -> QLabel:
    """An inline refusal: hidden while empty, so it is never 'visible' without a message."""
    lab = label("", "error", name)
    lab.setVisible(False)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def set_error(lab: QLabel, message: str | None) -> None:
    lab.setText(message or "")
    lab.setVisible(bool(message))


__all__ = ["Screen", "Sheet", "error_label", "set_error", "set_prop"]

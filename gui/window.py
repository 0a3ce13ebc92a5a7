"""The main window: the phone(s) on the left, the simulator console beside them.

A layout and nothing more: it builds no controller, phone or console. ``MainWindow()`` shows
the launch screen (the Bitrix24 wordmark and the console's "Loading" line, which need
nothing but PySide6, so it paints before SQLAlchemy and the store are loaded);
``attach(controller, phones, console)`` puts what ``gui.builder`` made in their place.
``MainWindow(launch=False)`` starts empty, for a window that is built loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QWidget

from gui.i18n import translate

if TYPE_CHECKING:  # annotations only: importing them would load core before the first paint
    from gui.console.panel import ConsolePanel
    from gui.controller import AppController
    from gui.phone.phone import PhoneView


class MainWindow(QMainWindow):
    def __init__(self, *, launch: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: AppController | None = None
        self.phones: tuple[PhoneView, ...] = ()
        self.console: ConsolePanel | None = None
        self.app = None       # the gui.builder.App that filled this window (its phones)
        self.addressed = 0    # the phone ``phone`` names: a flow's onDevice moves it
        self._launch: tuple[QWidget, ...] = ()
        self._build_ui()
        if launch:
            self._show_launch()

    def _build_ui(self) -> None:
        self.setObjectName("main_window")
        self.setWindowTitle(translate("Window", "Bitrix24 — Delete account prototype"))
        central = QWidget(self)
        central.setObjectName("central")
        self._layout = QHBoxLayout(central)
        self._layout.setContentsMargins(24, 24, 24, 24)
        self._layout.setSpacing(24)
        self.setCentralWidget(central)

    def _show_launch(self) -> None:
        from gui.console.loading import LoadingConsole
        from gui.phone.launch import LaunchPhone

        central = self.centralWidget()
        self._launch = (LaunchPhone(central), LoadingConsole(central))
        self._layout.addWidget(self._launch[0], 0)
        self._layout.addWidget(self._launch[1], 1)

    @property
    def phone(self) -> PhoneView | None:
        """The phone flows, the recorder and the demo act on: the first phone (the signed-in
        person's) unless a flow's ``onDevice`` addresses another; None on the launch
        screen."""
        if not self.phones:
            return None
        return self.phones[self.addressed if self.addressed < len(self.phones) else 0]

    @property
    def loading(self) -> bool:
        """True while the launch screen shows (no store yet)."""
        return self.controller is None

    def show_startup_problem(self, message: str, on_quit) -> None:
        """The store could not be opened: the loading console says why, with Quit."""
        self._launch[1].show_problem(message, on_quit)

    def attach(self, controller: AppController, phones: Sequence[PhoneView],
               console: ConsolePanel) -> None:
        """Show ``phones`` then ``console``, in place of the launch screen if it shows."""
        self.setUpdatesEnabled(False)
        try:
            self.controller = controller
            self.phones, self.console = tuple(phones), console
            for widget in self._launch:
                self._layout.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
            self._launch = ()
            for phone in self.phones:
                self._layout.addWidget(phone, 0)
            self._layout.addWidget(console, 1)
        finally:
            self.setUpdatesEnabled(True)
        if console.collapsed:
            # Saved as collapsed: it narrowed while the launch screen still held the width.
            console.fit_window()
        self.update()

    def add_phone(self, phone: PhoneView) -> None:
        """One more phone, after the others (before the console); the window widens."""
        self.phones = (*self.phones, phone)
        self._layout.insertWidget(len(self.phones) - 1, phone, 0)
        phone.show()
        self.resize(max(self.width(), self.sizeHint().width()), self.height())

    def remove_phone(self, phone: PhoneView) -> None:
        """Take a phone away (the second one); the window narrows by as much."""
        if phone not in self.phones[1:]:
            return
        self.phones = tuple(p for p in self.phones if p is not phone)
        self.addressed = 0
        self._layout.removeWidget(phone)
        width = self.width() - phone.width() - self._layout.spacing()
        self.resize(max(self.minimumSizeHint().width(), width), self.height())

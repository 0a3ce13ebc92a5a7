"""Access closed: after the deletion the app tells the person and signs them out."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal

from gui.phone.screens.base import Screen
from gui.phone.widgets import Card, button, centred, scroll_page, status_header


class AccessClosedScreen(Screen):
    name = "access_closed"
    title = QT_TRANSLATE_NOOP("AccessClosedScreen", "Access closed")
    done_requested = Signal()

    def _build_ui(self) -> None:
        area, box = scroll_page("access_closed")
        box.setContentsMargins(24, 72, 24, 24)
        box.setSpacing(14)
        _, self.problem = status_header(box, "lock_big", self.tr(self.title), "access_closed_title",
                                        "body_center", "access_problem")
        box.addWidget(centred(self.tr("You have been signed out of the app."),
                              "secondary_center", "signed_out_note"))
        box.addStretch(1)
        self.root.addWidget(area, 1)
        footer = Card("footer", "footer", margins=16)
        self.done = footer.add(button(self.tr("OK"), "done", "primary"))
        self.root.addWidget(footer)
        self.primary = self.done

    def _connect_signals(self) -> None:
        self.done.clicked.connect(self.done_requested)

    def show_view(self, view: str) -> None:
        super().show_view(view)
        self.problem.setText(view)

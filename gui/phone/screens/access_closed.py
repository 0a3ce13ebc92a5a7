"""Access closed: after the deletion the app tells the person and signs them out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from gui.phone.screens.base import Screen
from gui.phone.widgets import Card, IconLabel, button, label, scroll_page


class AccessClosedScreen(Screen):
    name = "access_closed"
    title = "Access closed"
    done_requested = Signal()

    def _build_ui(self) -> None:
        area, box = scroll_page("access_closed")
        box.setContentsMargins(24, 72, 24, 24)
        box.setSpacing(14)
        box.addWidget(IconLabel("lock_big", 72), 0, Qt.AlignmentFlag.AlignHCenter)
        heading = label(self.title, "title_center", "access_closed_title")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(heading)
        self.problem = label("", "body_center", "access_problem")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.problem)
        signed_out = label("You have been signed out of the app.", "secondary_center",
                           "signed_out_note")
        signed_out.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(signed_out)
        box.addStretch(1)
        self.root.addWidget(area, 1)
        footer = Card("footer", "footer", margins=16)
        self.done = footer.add(button("OK", "done", "primary"))
        self.root.addWidget(footer)
        self.primary = self.done

    def _connect_signals(self) -> None:
        self.done.clicked.connect(self.done_requested)

    def show_view(self, view: str) -> None:
        super().show_view(view)
        self.problem.setText(view)

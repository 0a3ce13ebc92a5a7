"""Cancellation sent: the pending request is cancelled (rule 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from core.templates import format_date
from core.views import SendResult
from gui.phone.screens.base import Screen
from gui.phone.widgets import Card, IconLabel, button, label, scroll_page


class CancellationSentScreen(Screen):
    name = "cancellation_sent"
    title = "Cancellation sent"
    done_requested = Signal()

    def _build_ui(self) -> None:
        area, box = scroll_page("cancellation_sent")
        box.setContentsMargins(24, 56, 24, 24)
        box.setSpacing(14)
        box.addWidget(IconLabel("undo_big", 72), 0, Qt.AlignmentFlag.AlignHCenter)
        heading = label(self.title, "title_center", "cancelled_title")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(heading)
        self.text = label("", "body_center", "cancelled_text")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.text)
        card = Card("cancelled_next", margins=16, spacing=8)
        card.add(label("What happens next", "banner_title"))
        self.email = card.add(label("", "body", "cancelled_email"))
        self.admins = card.add(label("", "body", "cancelled_admins"))
        box.addWidget(card)
        box.addStretch(1)
        self.root.addWidget(area, 1)
        footer = Card("footer", "footer", margins=16)
        self.done = footer.add(button("Done", "done", "primary"))
        self.root.addWidget(footer)
        self.primary = self.done

    def _connect_signals(self) -> None:
        self.done.clicked.connect(self.done_requested)

    def show_view(self, view: SendResult) -> None:
        super().show_view(view)
        r = view.request
        self.text.setText(
            f"Your request of {format_date(r.requested_at)} to delete your account in "
            f"{r.portal.name} ({r.portal.address}) is cancelled. Your account will not be "
            "deleted.")
        self.email.setText(f"• We have sent a confirmation to {r.person.email}.")
        self.admins.setText("• The administrators who were told about the deletion are told "
                            "that it is cancelled.")

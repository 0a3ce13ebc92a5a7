"""Cancellation sent: the pending request is cancelled (rule 9)."""

from __future__ import annotations

from core.templates import format_date
from core.views import SendResult
from gui.phone.screens.result import ResultScreen


class CancellationSentScreen(ResultScreen):
    name = "cancellation_sent"
    title = "Cancellation sent"
    icon, prefix = "undo_big", "cancelled"
    next_lines = ("email", "admins")

    def show_view(self, view: SendResult) -> None:
        super().show_view(view)
        r = view.request
        self.text.setText(
            f"Your request of {format_date(r.requested_at)} to delete your account in "
            f"{r.portal.name} ({r.portal.address}) is cancelled. Your account will not be "
            "deleted.")
        email, admins = self.lines
        email.setText(f"• We have sent a confirmation to {r.person.email}.")
        admins.setText("• The administrators who were told about the deletion are told "
                       "that it is cancelled.")

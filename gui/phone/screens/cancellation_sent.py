"""Cancellation sent: the pending request is cancelled (rule 9)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core import i18n
from core.views import SendResult
from gui.phone.screens.result import ResultScreen


class CancellationSentScreen(ResultScreen):
    name = "cancellation_sent"
    title = QT_TRANSLATE_NOOP("CancellationSentScreen", "Cancellation sent")
    icon, prefix = "undo_big", "cancelled"
    next_lines = ("email", "admins")

    def show_view(self, view: SendResult) -> None:
        super().show_view(view)
        r = view.request
        self.text.setText(self.tr(
            "Your request of {requested} to delete your account in {portal} ({address}) is "
            "cancelled. Your account will not be deleted.").format(
            requested=i18n.format_day(r.requested_at, self.language), portal=r.portal.name,
            address=r.portal.address))
        email, admins = self.lines
        email.setText(self.tr("• We have sent a confirmation to {email}.").format(
            email=r.person.email))
        admins.setText(self.tr("• The administrators who were told about the deletion are told "
                               "that it is cancelled."))

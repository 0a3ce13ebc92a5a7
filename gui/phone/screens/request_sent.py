"""Request sent: the due date and what happens next (rule 8)."""

from __future__ import annotations

from core.templates import format_date
from core.views import SendResult
from gui.phone.screens.result import ResultScreen


class RequestSentScreen(ResultScreen):
    name = "request_sent"
    title = "Request sent"
    icon, prefix, lead = "success", "sent", "due"
    next_lines = ("next_admin", "next_email", "next_cancel")

    def show_view(self, view: SendResult) -> None:
        super().show_view(view)
        r = view.request
        when = format_date(r.due_at)
        days = (r.due_at - r.requested_at).days
        if view.existing:
            self.heading.setText("Request already sent")
            self.text.setText(
                f"You sent a request to delete your account in {r.portal.name} on "
                f"{format_date(r.requested_at)}. No new request was created. Your account "
                f"will be deleted on {when}.")
        else:
            self.heading.setText("Request sent")
            self.text.setText(f"Your account in {r.portal.name} ({r.portal.address}) will be "
                              f"deleted within {days} days of your request, on {when}.")
        next_admin, next_email, next_cancel = self.lines
        # Rule 8: what the administrators hear depends on whether there are any besides you;
        # whether the Bitrix24 goes too is decided by who administers it now (rule 10).
        if view.sole_admin:
            next_admin.setText(f"• You are the only administrator: {r.portal.name} "
                               f"({r.portal.address}) will be deleted together with your "
                               f"account on {when}.")
        elif view.existing:
            next_admin.setText("• The administrator was informed when you sent it."
                               if view.admins_told else
                               "• No other administrator was informed when you sent it.")
        elif not view.admins_told:
            next_admin.setText("• There is no other administrator in this Bitrix24 to "
                               "inform.")
        else:
            next_admin.setText("• The administrator will receive information about the "
                               "impending deletion of your profile.")
        next_email.setText("• We will inform you of the final profile deletion by the "
                           "email you specified in your Bitrix24 Network profile: "
                           f"{r.person.email}.")
        next_cancel.setText("• Changed your mind? Before " + when + ", go to your "
                            "profile, tap Delete account and send the request again "
                            "with the reason \"cancel profile deletion\".")

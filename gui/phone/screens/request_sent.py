"""Request sent: the due date and what happens next (rule 8)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core import i18n
from core.rules import cancel_phrase
from core.views import SendResult
from gui.phone.screens.result import ResultScreen


class RequestSentScreen(ResultScreen):
    name = "request_sent"
    title = QT_TRANSLATE_NOOP("RequestSentScreen", "Request sent")
    icon, prefix, lead = "success", "sent", "due"
    next_lines = ("next_admin", "next_email", "next_cancel")

    def show_view(self, view: SendResult) -> None:
        super().show_view(view)
        r = view.request
        when = i18n.format_day(r.due_at, self.language)
        days = (r.due_at - r.requested_at).days
        portal, address = r.portal.name, r.portal.address
        if view.existing:
            self.heading.setText(self.tr("Request already sent"))
            self.text.setText(self.tr(
                "You sent a request to delete your account in {portal} on {requested}. No new "
                "request was created. Your account will be deleted on {due}.").format(
                portal=portal, requested=i18n.format_day(r.requested_at, self.language),
                due=when))
        else:
            self.heading.setText(self.tr(self.title))
            self.text.setText(self.tr(
                "Your account in {portal} ({address}) will be deleted within %n days of your "
                "request, on {due}.", None, days).format(portal=portal, address=address,
                                                         due=when))
        next_admin, next_email, next_cancel = self.lines
        # Rule 8: what the administrators hear depends on whether there are any besides you;
        # whether the Bitrix24 goes too is decided by who administers it now (rule 10).
        if view.sole_admin:
            next_admin.setText(self.tr(
                "• You are the only administrator: {portal} ({address}) will be deleted "
                "together with your account on {due}.").format(portal=portal, address=address,
                                                               due=when))
        elif view.existing:
            next_admin.setText(
                self.tr("• The administrator was informed when you sent it.")
                if view.admins_told else
                self.tr("• No other administrator was informed when you sent it."))
        elif not view.admins_told:
            next_admin.setText(self.tr("• There is no other administrator in this Bitrix24 to "
                                       "inform."))
        else:
            next_admin.setText(self.tr("• The administrator will receive information about the "
                                       "impending deletion of your profile."))
        next_email.setText(self.tr(
            "• We will inform you of the final profile deletion by the email you specified in "
            "your Bitrix24 Network profile: {email}.").format(email=r.person.email))
        next_cancel.setText(self.tr(
            "• Changed your mind? Before {due}, go to your profile, tap Delete account and "
            "send the request again with the reason \"{phrase}\".").format(
            due=when, phrase=cancel_phrase(self.language)))

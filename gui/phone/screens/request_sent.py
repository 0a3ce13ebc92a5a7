"""Request sent: the due date and what happens next (rule 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from core.templates import format_date
from core.views import SendResult
from gui.phone.screens.base import Screen
from gui.phone.widgets import Card, IconLabel, button, label, scroll_page


class RequestSentScreen(Screen):
    name = "request_sent"
    title = "Request sent"
    done_requested = Signal()

    def _build_ui(self) -> None:
        area, box = scroll_page("request_sent")
        box.setContentsMargins(24, 56, 24, 24)
        box.setSpacing(14)
        box.addWidget(IconLabel("success", 72), 0, Qt.AlignmentFlag.AlignHCenter)
        self.heading = label(self.title, "title_center", "sent_title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.heading)
        self.due = label("", "body_center", "sent_due")
        self.due.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.due)
        nxt = Card("sent_next", margins=16, spacing=8)
        nxt.add(label("What happens next", "banner_title"))
        self.next_admin = nxt.add(label("", "body", "sent_next_admin"))
        self.next_email = nxt.add(label("", "body", "sent_next_email"))
        self.next_cancel = nxt.add(label("", "body", "sent_next_cancel"))
        box.addWidget(nxt)
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
        when = format_date(r.due_at)
        days = (r.due_at - r.requested_at).days
        if view.existing:
            self.heading.setText("Request already sent")
            self.due.setText(
                f"You sent a request to delete your account in {r.portal.name} on "
                f"{format_date(r.requested_at)}. No new request was created. Your account "
                f"will be deleted on {when}.")
        else:
            self.heading.setText("Request sent")
            self.due.setText(f"Your account in {r.portal.name} ({r.portal.address}) will be "
                             f"deleted within {days} days of your request, on {when}.")
        self.next_admin.setText("• The administrator will receive information about the "
                                "impending deletion of your profile.")
        self.next_email.setText("• We will inform you of the final profile deletion by the "
                                "email you specified in your Bitrix24 Network profile: "
                                f"{r.person.email}.")
        self.next_cancel.setText("• Changed your mind? Before " + when + ", go to your "
                                 "profile, tap Delete account and send the request again "
                                 "with the reason \"cancel profile deletion\".")

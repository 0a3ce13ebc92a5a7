"""Request form, page 1: "Log in to the account you want to delete" (rule 4)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from core.views import ProfileScreenView
from gui.phone.screens.base import Screen, error_label
from gui.phone.widgets import Avatar, Card, NavBar, button, label, scroll_page


class RequestLoginScreen(Screen):
    name = "request_login"
    title = "Delete account"
    log_in_requested = Signal()

    def _build_ui(self) -> None:
        self.nav = NavBar(self.tr("Delete account"))
        self.root.addWidget(self.nav)
        area, box = scroll_page("request_login")
        box.addWidget(label(self.tr("STEP 1 OF 2"), "page_kicker"))
        box.addWidget(label(self.tr("Log in to the account you want to delete"), "large_title",
                            "request_login_title"))
        box.addWidget(label(self.tr(
            "Log in to Bitrix24 in the browser the way you registered: with your phone or "
            "email and password, or with Apple, Google or Office365. Then tap Next."), "body"))
        box.addWidget(label(self.tr("THE REQUEST WILL BE FOR"), "section"))
        card = Card("request_for", margins=14)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.avatar = Avatar(40)
        row.addWidget(self.avatar)
        names = QVBoxLayout()
        names.setSpacing(1)
        self.person = label("", "row_title", "request_for_person", wrap=False)
        self.portal = label("", "row_subtitle", "request_for_portal", wrap=False)
        names.addWidget(self.person)
        names.addWidget(self.portal)
        row.addLayout(names, 1)
        card.box.addLayout(row)
        box.addWidget(card)
        box.addWidget(label(self.tr(
            "The deletion request is valid only for one profile of a particular account under "
            "which you are authorized in the Bitrix24 mobile app."), "caption"))
        self.error = error_label()
        box.addWidget(self.error)
        box.addStretch(1)
        self.root.addWidget(area, 1)
        footer = Card("footer", "footer", margins=16)
        self.log_in = button(self.tr("Log in"), "log_in", "primary")
        footer.add(self.log_in)
        self.root.addWidget(footer)
        self.primary = self.log_in

    def _connect_signals(self) -> None:
        self.nav.back_clicked.connect(self.back_requested)
        self.log_in.clicked.connect(self.log_in_requested)

    def show_view(self, view: ProfileScreenView) -> None:
        super().show_view(view)
        self.avatar.set_person(view.person.name, view.person.key)
        self.person.setText(view.person.name)
        self.portal.setText(view.portal.address)

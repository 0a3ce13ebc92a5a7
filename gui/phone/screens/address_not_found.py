"""The browser's "This address could not be found" page with the article's advice (rule 5)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from core.queries_phone import BrowserScreenView
from gui.phone.screens.base import Screen, error_label
from gui.phone.widgets import (
    BrowserBar,
    BrowserToolbar,
    Card,
    button,
    label,
    scroll_page,
    status_header,
)


class AddressNotFoundScreen(Screen):
    name = "address_not_found"
    title = "This address could not be found"
    log_out_requested = Signal()
    clear_history_requested = Signal()

    def _build_ui(self) -> None:
        self.bar = BrowserBar()
        self.root.addWidget(self.bar)
        area, box = scroll_page("address_not_found")
        box.setContentsMargins(24, 40, 24, 24)
        box.setSpacing(14)
        _, self.explain = status_header(box, "not_found", self.tr("This address could not be found"),
                                        "not_found_title",
                                        "secondary_center", "not_found_text")
        advice = Card("not_found_advice", "info", margins=14, spacing=6)
        advice.add(label(self.tr("What to do"), "banner_title"))
        advice.add(label(self.tr("Log out of your Bitrix24 profile and log in again with the "
                                 "current data. If necessary, clear your browser history."),
                         "banner_text", "not_found_advice_text"))
        box.addWidget(advice)
        self.error = error_label()
        box.addWidget(self.error)
        box.addStretch(1)
        self.root.addWidget(area, 1)
        footer = Card("footer", "footer", margins=16, spacing=8)
        self.log_out = footer.add(button(self.tr("Log out"), "log_out", "primary"))
        self.clear_history = footer.add(
            button(self.tr("Clear browser history"), "clear_history", "secondary"))
        self.root.addWidget(footer)
        self.toolbar = BrowserToolbar()
        self.root.addWidget(self.toolbar)
        self.primary = self.log_out

    def _connect_signals(self) -> None:
        self.bar.done_clicked.connect(self.back_requested)
        self.toolbar.back_clicked.connect(self.back_requested)
        self.answers_not_here(self.bar.reader, self.tr("Reader view"))
        self.answers_not_here(self.bar.reload, self.tr("Reload"))
        self.answers_not_here(self.toolbar.share, self.tr("Share"))
        self.answers_not_here(self.toolbar.safari, self.tr("Open in Safari"))
        self.log_out.clicked.connect(self.log_out_requested)
        self.clear_history.clicked.connect(self.clear_history_requested)

    def system_back(self) -> bool:
        self.back_requested.emit()
        return True

    def show_view(self, view: BrowserScreenView) -> None:
        super().show_view(view)
        self.bar.set_url(f"https://{view.portal_address}/profile/delete/")
        who = view.browser.person
        if who is None:
            self.explain.setText(self.tr(
                "You logged in to an account that is not associated with the requested "
                "Bitrix24, {address}.").format(address=view.portal_address))
        else:
            self.explain.setText(self.tr(
                "You are logged in as {name} ({email}), an account that is not associated "
                "with the requested Bitrix24, {address}.").format(
                    name=who.name, email=who.email, address=view.portal_address))

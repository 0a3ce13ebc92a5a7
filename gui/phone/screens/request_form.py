"""The request form: the article's seven items, the reason, confirmation, Send request.

Rules 6 (Send request disabled until complete), 7 (sole administrator warning, Assign admin
permissions, the extra confirmation) and 9 (the reason "cancel profile deletion").
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit

from core import i18n
from core.rules import (
    REASON_MAX,
    cancel_phrase,
    is_cancel_reason,
    normalize_reason,
    request_items,
)
from core.services import form_problem
from core.views import RequestFormView
from gui.phone.screens.base import Screen, error_label, set_error
from gui.phone.widgets import Card, CheckRow, IconLabel, NavBar, button, label, scroll_page
from gui.style import set_prop


class ReasonEdit(QPlainTextEdit):
    """The reason field: Tab moves on (it never inserts a tab character). Its name and
    placeholder are the screen's words, in the screen's language."""

    def __init__(self, name: str, placeholder: str) -> None:
        super().__init__()
        self.setObjectName("reason")
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setFixedHeight(96)


class RequestFormScreen(Screen):
    name = "request_form"
    title = "Delete account"
    send_requested = Signal(str, int, bool, bool)  # reason, items read, confirmed, sole confirmed
    assign_admin_requested = Signal()

    def _build_ui(self) -> None:
        self.nav = NavBar(self.tr("Delete account"))
        self.root.addWidget(self.nav)
        area, box = scroll_page("request_form")
        self.scroll = area
        box.addWidget(label(self.tr("STEP 2 OF 2"), "page_kicker"))
        box.addWidget(label(self.tr("Profile deletion request"), "large_title", "form_title"))
        self.pending = Card("form_pending", "warning", margins=14, spacing=6)
        self.pending_text = label("", "banner_text", "form_pending_text")
        self.pending.add(label(self.tr("You have already sent a request"), "banner_title"))
        self.pending.add(self.pending_text)
        box.addWidget(self.pending)
        self.scope = label("", "secondary", "form_scope")
        box.addWidget(self.scope)
        box.addWidget(label(self.tr("WHAT HAPPENS AFTER THE ACCOUNT DELETION"), "section",
                            "items_heading"))
        items = Card("items", margins=16, spacing=0)
        items.add(label(self.tr("As soon as your request is processed and your profile is "
                                "deleted:"), "body_strong"))
        self.items = [CheckRow(text, f"item_{i + 1}") for i, text in enumerate(request_items())]
        for row in self.items:
            items.add(row)
        items.finish()
        box.addWidget(items)
        box.addWidget(label(self.tr("REASON FOR DELETION"), "section"))
        box.addWidget(self._reason_card())
        box.addWidget(self._sole_admin_card())
        self.assigned = label("", "success", "assign_result")
        self.assigned.setVisible(False)
        box.addWidget(self.assigned)
        confirm_card = Card("confirm_card", margins=16, spacing=0)
        self.confirm = CheckRow("", "confirm")
        confirm_card.add(self.confirm)
        box.addWidget(confirm_card)
        self.error = error_label("form_error")
        box.addWidget(self.error)
        box.addStretch(1)
        self.root.addWidget(area, 1)
        footer = Card("footer", "footer", margins=16, spacing=6)
        self.hint = label("", "caption_center", "send_hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        footer.add(self.hint)
        self.send = footer.add(button(self.tr("Send request"), "send_request", "primary"))
        self.root.addWidget(footer)
        self.primary = self.send
        self._profile_id: int | None = None

    def _reason_card(self) -> Card:
        """The reason field, its caption, the cancel hint and the character counter."""
        reason_card = Card("reason_card", margins=16, spacing=6)
        reason_caption = label(self.tr("Specify the reason for deleting the account"),
                               "field_caption")
        self.reason = ReasonEdit(self.tr("Reason for deletion"),
                                 self.tr("Tell us why you are deleting your account"))
        reason_caption.setBuddy(self.reason)
        reason_card.add(reason_caption)
        reason_card.add(self.reason)
        under = QHBoxLayout()
        self.reason_hint = label(self.tr("To cancel a pending request, specify \"{phrase}\".")
                                 .format(phrase=cancel_phrase(self.language)), "caption",
                                 "reason_hint")
        under.addWidget(self.reason_hint, 1)
        self.counter = label(f"0/{REASON_MAX}", "counter", "reason_counter", wrap=False)
        under.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        reason_card.box.addLayout(under)
        return reason_card

    def _sole_admin_card(self) -> Card:
        card = Card("sole_admin_warning", "danger", margins=14, spacing=8)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(IconLabel("warning", 22))
        head.addWidget(label(self.tr("You are the only administrator"), "banner_title"), 1)
        card.box.addLayout(head)
        self.sole_text = label("", "banner_text", "sole_admin_text")
        card.add(self.sole_text)
        self.assign = card.add(
            button(self.tr("Assign admin permissions"), "assign_admin", "secondary"))
        self.confirm_sole = CheckRow("", "confirm_sole_admin")
        card.add(self.confirm_sole)
        self.sole_card = card
        return card

    def _connect_signals(self) -> None:
        self.nav.back_clicked.connect(self.back_requested)
        self.reason.textChanged.connect(self._validate)
        for row in (*self.items, self.confirm, self.confirm_sole):
            row.toggled.connect(self._validate)
        self.assign.clicked.connect(self.assign_admin_requested)
        self.send.clicked.connect(self._send)

    def show_view(self, view: RequestFormView) -> None:
        super().show_view(view)
        if view.profile_id != self._profile_id:
            self._profile_id = view.profile_id
            self.reset()
        portal = view.portal
        for row, text in zip(self.items, view.items, strict=True):
            row.set_text(text)
        names = {"portal": portal.name, "address": portal.address}
        days = view.window_days
        if view.pending is None and days == 1:  # one and many: two strings (as days later)
            scope = self.tr(
                "The deletion request is valid only for your profile in {portal} ({address}), "
                "under which you are authorized in the app. If sent now, it will be deleted "
                "within %n day, on {date}.", None, days).format(
                    date=self._day(view.due_if_sent), **names)
        elif view.pending is None:
            scope = self.tr(
                "The deletion request is valid only for your profile in {portal} ({address}), "
                "under which you are authorized in the app. If sent now, it will be deleted "
                "within %n days, on {date}.", None, days).format(
                    date=self._day(view.due_if_sent), **names)
        else:
            # With a request pending, sending again shows that one (rule 8): its date is in
            # the banner above, and a new date here would promise what sending won't do.
            scope = self.tr(
                "The deletion request is valid only for your profile in {portal} ({address}), "
                "under which you are authorized in the app.").format(**names)
        self.scope.setText(scope)
        self.sole_text.setText(self.tr(
            "If you send the request, {portal} ({address}) will be deleted too. Give "
            "administrator rights to another user before deletion, or confirm below.").format(
                **names))
        self.confirm_sole.set_text(self.tr(
            "I understand that {portal} will be deleted together with my account").format(
                **names))
        self.confirm.set_text(self.tr(
            "I have read all the items and confirm that I want to send this request for my "
            "account in {address}").format(**names))
        self.pending.setVisible(view.pending is not None)
        if view.pending is not None:
            self.pending_text.setText(self.tr(
                "On {requested} you asked to delete this account. It will be deleted on "
                "{due}. To cancel, specify \"{phrase}\" as the reason.").format(
                    phrase=cancel_phrase(self.language),
                    requested=self._day(view.pending.requested_at),
                    due=self._day(view.pending.due_at)))
        self._validate()

    def _cancel_languages(self) -> tuple[str, ...]:
        """Where the phrase is accepted besides English (core.services.cancel_languages):
        this phone's language and the one the person's emails are in, as far as the form
        knows it (their own)."""
        view: RequestFormView | None = self.view
        theirs = view.person.language if view is not None else None
        return (self.language, theirs) if theirs else (self.language,)

    def _day(self, when: datetime) -> str:
        """A date as a sentence says it, in the screen's language (2 March 2026)."""
        return i18n.format_day(when, self.language)

    def reset(self) -> None:
        """Clear what the user entered (a new profile, or a finished request)."""
        for row in (*self.items, self.confirm, self.confirm_sole):
            row.setChecked(False)
        self.reason.setPlainText("")
        set_error(self.error, None)
        self.show_assigned(None)

    def show_assigned(self, message: str | None) -> None:
        set_error(self.assigned, message)

    def items_read(self) -> int:
        return sum(1 for row in self.items if row.isChecked())

    def _validate(self) -> None:
        view: RequestFormView | None = self.view
        reason = self.reason.toPlainText()
        length = len(normalize_reason(reason))
        self.counter.setText(f"{length}/{REASON_MAX}")
        set_prop(self.counter, "over", "true" if length > REASON_MAX else "false")
        cancelling = is_cancel_reason(reason, self._cancel_languages())
        sole = bool(view and view.sole_admin and not cancelling)
        self.sole_card.setVisible(sole)
        problem = form_problem(reason, self.items_read(), self.confirm.isChecked())
        if problem is None and sole and not self.confirm_sole.isChecked():
            problem = self.tr("Assign admin permissions to another employee, or confirm that "
                              "the Bitrix24 will be deleted too.")
        self.send.setEnabled(view is not None and problem is None)
        if cancelling:
            ready = (self.tr("Your pending request will be cancelled.") if view and view.pending
                     else self.tr("This sends a cancellation request."))
        else:
            ready = self.tr("Everything is ready.")
        self.hint.setText(problem or ready)
        # The footer grows with a hint that wraps onto more lines (a longer language): the
        # label asks its own layout, not the screen's, so tell the screen's layout too.
        self.hint.parentWidget().updateGeometry()
        set_prop(self.hint, "ready", "true" if problem is None else "false")

    def show_error(self, message: str) -> None:
        """A refusal lands below the fold: scroll it into view so the user sees it."""
        super().show_error(message)
        if message:
            # Let the page grow around the message first (word-wrapped rows need the posted
            # layout passes), then scroll; once more after the event loop settles.
            for _ in range(4):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.scroll.ensureWidgetVisible(self.error, 0, 24)
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.error, 0, 24))

    def _send(self) -> None:
        set_error(self.error, None)
        self.send_requested.emit(self.reason.toPlainText(), self.items_read(),
                                 self.confirm.isChecked(),
                                 self.confirm_sole.isChecked() and self.sole_card.isVisibleTo(self))

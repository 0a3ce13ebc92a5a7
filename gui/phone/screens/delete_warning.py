"""The Delete account warning: a bottom sheet describing the next steps (rule 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout

from core.rules import cancel_phrase
from core.views import ProfileScreenView
from gui.phone.screens.base import Sheet
from gui.phone.widgets import button, label


class DeleteWarningSheet(Sheet):
    name = "delete_warning"
    continue_requested = Signal()
    cancel_requested = Signal()

    def _build_ui(self) -> None:
        self.title = label(self.tr("Delete account"), "sheet_title", "warning_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box.addWidget(self.title)
        self.intro = label("", "body", "warning_text")
        self.box.addWidget(self.intro)
        self.steps = []
        for i in range(3):
            row = QHBoxLayout()
            row.setSpacing(10)
            num = label(str(i + 1), "step_number", wrap=False)
            num.setAlignment(Qt.AlignmentFlag.AlignCenter)
            num.setFixedSize(24, 24)
            row.addWidget(num, 0, Qt.AlignmentFlag.AlignTop)
            text = label("", "body", f"warning_step_{i + 1}")
            row.addWidget(text, 1)
            self.box.addLayout(row)
            self.steps.append(text)
        self.note = label("", "caption", "warning_note")
        self.box.addWidget(self.note)
        self.box.addSpacing(4)
        self.cont = button(self.tr("Continue"), "continue", "primary")
        self.box.addWidget(self.cont)
        self.cancel = button(self.tr("Cancel"), "cancel", "plain")
        self.box.addWidget(self.cancel)
        self.primary = self.cont

    def _connect_signals(self) -> None:
        self.cont.clicked.connect(self.continue_requested)
        self.cancel.clicked.connect(self.cancel_requested)

    def dismiss(self) -> None:
        self.cancel_requested.emit()

    def show_view(self, view: ProfileScreenView) -> None:
        portal = view.portal
        self.intro.setText(self.tr(
            "You are about to send a request to delete your account in {portal} ({address}). "
            "The request is valid only for this profile, the one you are signed in with in "
            "the app. Next steps:").format(portal=portal.name, address=portal.address))
        self.steps[0].setText(self.tr("Log in to the account you want to delete."))
        self.steps[1].setText(self.tr("Read all the items listed in the request form, specify "
                                      "the reason for deleting the account and confirm the "
                                      "action."))
        self.steps[2].setText(self.tr("Tap Send request. Your account will be deleted within %n "
                                      "days of your request.", None, view.window_days))
        self.note.setText(self.tr("Until then you can cancel the request by sending "
                                  "\"{phrase}\" as the reason.").format(
                                      phrase=cancel_phrase(self.language)))

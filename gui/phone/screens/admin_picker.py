"""Assign admin permissions: a picker of active employees, as a sheet inside the phone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from core.views import RequestFormView
from gui.phone.screens.base import Sheet, error_label, set_error
from gui.phone.widgets import Card, ListRow, button, clear_layout, label


class AdminPickerSheet(Sheet):
    name = "admin_picker"
    chosen = Signal(str)  # person key of the new administrator
    cancel_requested = Signal()

    def _build_ui(self) -> None:
        title = label(self.tr("Assign admin permissions"), "sheet_title", "picker_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box.addWidget(title)
        self.intro = label("", "secondary", "picker_text")
        self.box.addWidget(self.intro)
        self.list = Card("candidates", margins=0, spacing=0)
        self.box.addWidget(self.list)
        self.empty = label(self.tr("There are no other active employees in this Bitrix24 who "
                                   "could get admin permissions."), "secondary", "no_candidates")
        self.box.addWidget(self.empty)
        self.error = error_label()
        self.box.addWidget(self.error)
        self.cancel = button(self.tr("Cancel"), "cancel", "plain")
        self.box.addWidget(self.cancel)
        self.primary = self.cancel

    def _connect_signals(self) -> None:
        self.cancel.clicked.connect(self.cancel_requested)

    def dismiss(self) -> None:
        self.cancel_requested.emit()

    def show_view(self, view: RequestFormView) -> None:
        set_error(self.error, None)
        self.intro.setText(self.tr("Choose an active employee of {portal} who will become an "
                                   "administrator. Then your request will not delete the "
                                   "Bitrix24.").format(portal=view.portal.name))
        clear_layout(self.list.box)
        for person in view.candidates:
            row = ListRow(person.name, person.position or person.email,
                          f"candidate_{person.key}", person.key)
            row.clicked.connect(lambda _=False, k=person.key: self.chosen.emit(k))
            self.list.add(row)
        self.list.finish()
        self.list.setVisible(bool(view.candidates))
        self.empty.setVisible(not view.candidates)
        if view.candidates:
            self.primary = self.list.findChild(ListRow, f"candidate_{view.candidates[0].key}")

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

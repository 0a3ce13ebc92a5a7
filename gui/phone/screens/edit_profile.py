"""Edit profile: reached by the profile's pencil (policy entry ``edit_profile``) or from the
Menu (entry ``menu``, the older article's path); with either entry Delete account lives at
its bottom, and Back returns the way the entry came."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QLineEdit

from core.views import ProfileScreenView
from gui.phone.screens.base import Screen, error_label
from gui.phone.screens.profile import PendingBanner
from gui.phone.widgets import Avatar, Card, NavBar, button, label, scroll_page

FIELDS = ((QT_TRANSLATE_NOOP("EditProfileScreen", "First name"), "edit_first_name"),
          (QT_TRANSLATE_NOOP("EditProfileScreen", "Last name"), "edit_last_name"),
          (QT_TRANSLATE_NOOP("EditProfileScreen", "Position"), "edit_position"),
          (QT_TRANSLATE_NOOP("EditProfileScreen", "Email"), "edit_email"),
          (QT_TRANSLATE_NOOP("EditProfileScreen", "Phone"), "edit_phone"))


class EditProfileScreen(Screen):
    name = "edit_profile"
    title = QT_TRANSLATE_NOOP("EditProfileScreen", "Edit profile")
    delete_requested = Signal()
    menu_requested = Signal()

    def _build_ui(self) -> None:
        self.nav = NavBar(self.tr(self.title))
        self.root.addWidget(self.nav)
        area, box = scroll_page("edit_profile")
        self.scroll = area
        self.avatar = Avatar(72)
        box.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        note = label(self.tr("Your name, position and contacts are managed by your Bitrix24 "
                             "administrator in this prototype."), "caption_center")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(note)
        self.banner = PendingBanner()
        box.addWidget(self.banner)
        card = Card("edit_fields", margins=16, spacing=4)
        self.fields: dict[str, QLineEdit] = {}
        for english, name in FIELDS:
            caption = self.tr(english)
            cap = label(caption, "caption")
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(caption)
            edit.setReadOnly(True)
            edit.setMinimumHeight(40)
            cap.setBuddy(edit)
            card.add(cap)
            card.add(edit)
            self.fields[name] = edit
        box.addWidget(card)
        box.addSpacing(8)
        self.delete = button(self.tr("Delete account"), "delete_account", "destructive",
                             "trash")
        box.addWidget(self.delete)
        self.error = error_label()
        box.addWidget(self.error)
        box.addStretch(1)
        self.root.addWidget(area, 1)

    def _connect_signals(self) -> None:
        self.nav.back_clicked.connect(self._back)
        self.delete.clicked.connect(self.delete_requested)

    def _back(self) -> None:
        entry = getattr(self.view, "entry", "profile")
        (self.menu_requested if entry == "menu" else self.back_requested).emit()

    def show_view(self, view: ProfileScreenView) -> None:
        super().show_view(view)
        person = view.person
        first, _, last = person.name.partition(" ")
        values = {"edit_first_name": first, "edit_last_name": last,
                  "edit_position": person.position, "edit_email": person.email,
                  "edit_phone": person.phone or ""}
        for name, value in values.items():
            self.fields[name].setText(value)
        self.avatar.set_person(person.name, person.key)
        here = view.option_visible and view.entry != "profile"  # rule 2: the entry's path
        self.delete.setVisible(here)
        self.banner.show_request(view.pending, here)
        self.primary = self.delete if here else None

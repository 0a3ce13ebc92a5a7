"""Profile: name, position, contacts, sections; Delete account at the bottom (rule 1, 2)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from core import i18n
from core.rules import cancel_phrase
from core.views import ProfileScreenView, RequestView
from gui.i18n import Translated
from gui.phone.screens.base import Screen, error_label
from gui.phone.widgets import (
    Avatar,
    Card,
    IconLabel,
    InfoRow,
    NavBar,
    button,
    icon_button,
    label,
    scroll_page,
)

METHODS = {"email": QT_TRANSLATE_NOOP("ProfileScreen", "Email and password"),
           "phone": QT_TRANSLATE_NOOP("ProfileScreen", "Phone and password"),
           "apple": QT_TRANSLATE_NOOP("ProfileScreen", "Sign in with Apple"),
           "google": QT_TRANSLATE_NOOP("ProfileScreen", "Sign in with Google"),
           "office365": QT_TRANSLATE_NOOP("ProfileScreen", "Sign in with Office365")}


class PendingBanner(Translated, Card):
    """The pending-request banner: due date and how to cancel (rule 8, 9); in the language
    of the screen it is built on (Profile, Edit profile)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("pending_banner", "warning", margins=14, spacing=6, parent=parent)
        self.language = i18n.current()
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(IconLabel("clock", 22))
        head.addWidget(label(self.tr("Deletion requested"), "banner_title", wrap=False), 1)
        self.box.addLayout(head)
        self.text = label("", "banner_text", "pending_due")
        self.add(self.text)
        self.how = label(self.tr("To cancel, tap Delete account, go through the steps again "
                                 "and specify \"{phrase}\" as the reason.").format(
                                     phrase=cancel_phrase(self.language)),
                         "banner_text", "pending_how_to_cancel")
        self.add(self.how)

    def show_request(self, pending: RequestView | None, can_cancel_here: bool) -> None:
        self.setVisible(pending is not None)
        if pending is not None:
            self.text.setText(self.pending_text(pending))
            self.how.setVisible(can_cancel_here)

    def pending_text(self, pending: RequestView) -> str:
        return self.tr("You asked to delete your account in {portal} on {requested}. It will "
                       "be deleted on {due}.").format(
            portal=pending.portal.name,
            requested=i18n.format_day(pending.requested_at, self.language),
            due=i18n.format_day(pending.due_at, self.language))


class ProfileScreen(Screen):
    name = "profile"
    title = QT_TRANSLATE_NOOP("ProfileScreen", "Profile")
    edit_requested = Signal()
    delete_requested = Signal()
    sign_out_requested = Signal()

    def _build_ui(self) -> None:
        self.nav = NavBar(self.tr(self.title))
        self.edit = icon_button("pencil", "edit_profile", self.tr("Edit profile"), 22)
        self.nav.add_right(self.edit)
        self.root.addWidget(self.nav)
        area, box = scroll_page("profile")
        self.scroll = area
        header = Card("profile_header", margins=20, spacing=4)
        self.avatar = Avatar(88)
        header.add(self.avatar)
        header.box.setAlignment(self.avatar, Qt.AlignmentFlag.AlignHCenter)
        self.name_label = label("", "title_center", "profile_name")
        self.position = label("", "secondary_center", "profile_position")
        self.portal = label("", "caption_center", "profile_portal")
        for w in (self.name_label, self.position, self.portal):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.add(w)
        box.addWidget(header)
        self.banner = PendingBanner()
        box.addWidget(self.banner)
        box.addWidget(label(self.tr("CONTACT INFORMATION"), "section"))
        contacts = Card("contacts", margins=16, spacing=0)
        self.email = contacts.add(InfoRow(self.tr("Email"), "profile_email"))
        self.phone = contacts.add(InfoRow(self.tr("Phone"), "profile_phone"))
        #: The contact row naming the person's Bitrix24 (the Russian app: Битрикс24)
        self.company = contacts.add(InfoRow(self.tr("Bitrix24"), "profile_company"))
        contacts.finish()
        box.addWidget(contacts)
        box.addWidget(label(self.tr("EMPLOYMENT"), "section"))
        work = Card("employment", margins=16, spacing=0)
        self.role = work.add(InfoRow(self.tr("Role"), "profile_role"))
        self.status = work.add(InfoRow(self.tr("Status"), "profile_status"))
        work.finish()
        box.addWidget(work)
        box.addWidget(label(self.tr("SECURITY"), "section"))
        security = Card("security", margins=16, spacing=0)
        self.method = security.add(InfoRow(self.tr("Registration method"), "profile_method"))
        self.network = security.add(InfoRow(self.tr("Bitrix24 Network profile"),
                                            "profile_network"))
        security.finish()
        box.addWidget(security)
        box.addSpacing(8)
        self.sign_out = button(self.tr("Sign out"), "sign_out", "secondary")
        box.addWidget(self.sign_out)
        self.delete = button(self.tr("Delete account"), "delete_account", "destructive",
                             "trash")
        box.addWidget(self.delete)
        self.error = error_label()
        box.addWidget(self.error)
        box.addStretch(1)
        self.root.addWidget(area, 1)

    def _connect_signals(self) -> None:
        self.nav.back_clicked.connect(self.back_requested)
        self.edit.clicked.connect(self.edit_requested)
        self.delete.clicked.connect(self.delete_requested)
        self.sign_out.clicked.connect(self.sign_out_requested)

    def show_view(self, view: ProfileScreenView) -> None:
        super().show_view(view)
        person, portal, profile = view.person, view.portal, view.profile
        self.avatar.set_person(person.name, person.key)
        self.name_label.setText(person.name)
        self.position.setText(person.position or self.tr("Employee"))
        self.portal.setText(f"{portal.name} · {portal.address}")
        self.email.set_value(person.email)
        self.phone.set_value(person.phone or "")
        self.company.set_value(f"{portal.name} ({portal.address})")
        self.role.set_value(self.tr("Administrator") if profile.role == "admin"
                            else self.tr("Employee"))
        self.status.set_value(self.tr("Dismissed") if profile.employment == "dismissed"
                              else self.tr("Active"))
        self.method.set_value(self.tr(METHODS.get(person.method, person.method)))
        self.network.set_value(person.email)
        by_edit = view.entry == "edit_profile"
        self.edit.setVisible(by_edit)
        # Rule 1: absent, not disabled. Rule 2: with entry edit_profile (or the older menu)
        # it moves to Edit profile.
        self.delete.setVisible(view.option_visible and view.entry == "profile")
        self.banner.show_request(view.pending, view.option_visible)
        self.primary = self.edit if by_edit else self.delete if self.delete.isVisibleTo(
            self) else None

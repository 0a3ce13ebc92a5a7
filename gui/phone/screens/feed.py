"""Feed: the app's home. The profile photo top left opens the profile (the article's path)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from core.queries_phone import FeedView
from core.rules import initials
from gui.phone.screens.base import Screen
from gui.phone.widgets import (
    TOUCH,
    Avatar,
    Badge,
    Card,
    IconLabel,
    NavBar,
    add_shown,
    icon_button,
    label,
    scroll_page,
    tone_of,
)
from gui.style import set_prop

TABS = (("tab_feed", "Feed"), ("tab_chat", "Messenger"), ("tab_tasks", "Tasks"),
        ("tab_calendar", "Calendar"), ("tab_menu", "Menu"))


class FeedScreen(Screen):
    name = "feed"
    title = "Feed"
    profile_requested = Signal()
    notices_requested = Signal()

    def _build_ui(self) -> None:
        self.nav = NavBar("Feed", back=False)
        self.photo = QPushButton()
        self.photo.setObjectName("profile_photo")
        self.photo.setAccessibleName("Profile photo")
        self.photo.setToolTip("My profile")
        self.photo.setCursor(Qt.CursorShape.PointingHandCursor)
        self.photo.setFixedSize(TOUCH - 6, TOUCH - 6)
        self.photo.setAutoDefault(False)
        self.nav.add_left(self.photo)
        self.nav.add_right(icon_button("search", "search", "Search"))
        bell_holder = QWidget()
        bell_holder.setFixedSize(TOUCH, TOUCH)
        self.bell = icon_button("bell", "notices", "Notifications")
        self.bell.setParent(bell_holder)
        self.badge = Badge(bell_holder)
        self.badge.move(24, 4)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.nav.add_right(bell_holder)
        self.root.addWidget(self.nav)

        area, box = scroll_page("feed")
        self.portal_line = label("", "page_kicker", "feed_portal")
        box.addWidget(self.portal_line)
        self.date_line = label("", "large_title", "feed_date")
        box.addWidget(self.date_line)
        composer = Card("composer", margins=14)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.me = Avatar(32)
        row.addWidget(self.me)
        row.addWidget(label("Write a message…", "placeholder"), 1)
        composer.box.addLayout(row)
        box.addWidget(composer)
        self.posts = QVBoxLayout()
        self.posts.setSpacing(12)
        box.addLayout(self.posts)
        box.addStretch(1)
        self.root.addWidget(area, 1)
        self.root.addWidget(self._tab_bar())
        self.primary = self.photo

    def _tab_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("tab_bar")
        box = QHBoxLayout(bar)
        box.setContentsMargins(4, 6, 4, 2)
        for icon_name, text in TABS:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(IconLabel(icon_name, 24), 0, Qt.AlignmentFlag.AlignHCenter)
            tab = label(text, "tab_active" if icon_name == "tab_feed" else "tab", wrap=False)
            tab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.addWidget(tab)
            box.addLayout(cell, 1)
        return bar

    def _connect_signals(self) -> None:
        self.photo.clicked.connect(self.profile_requested)
        self.bell.clicked.connect(self.notices_requested)

    def show_view(self, view: FeedView) -> None:
        super().show_view(view)
        person, portal = view.session.person, view.session.portal
        if person is None or portal is None:
            return
        self.photo.setText(initials(person.name))
        set_prop(self.photo, "tone", tone_of(person.key))
        self.me.set_person(person.name, person.key)
        self.portal_line.setText(portal.name.upper())
        now = view.session.now
        self.date_line.setText(f"{now:%A}, {now.day} {now:%B}")
        self.badge.set_count(view.unread)
        self.bell.setAccessibleName(f"Notifications ({len(view.notices)})")
        self._show_posts(view)

    def _show_posts(self, view: FeedView) -> None:
        while self.posts.count():
            item = self.posts.takeAt(0)
            if item.widget():
                item.widget().setParent(None)
        portal = view.session.portal
        for notice in view.notices[:2]:
            add_shown(self.posts, _post("Bitrix24", "bitrix24", "Notification",
                                       notice.text, "notice"))
        add_shown(self.posts, _post(
            portal.name, portal.address, "Announcement",
            f"Welcome to {portal.name} on Bitrix24! Post news, share files and discuss them "
            "with colleagues here in the Feed.", "post"))


def _post(author: str, key: str, kind: str, text: str, variant: str) -> Card:
    card = Card("post", variant, margins=14, spacing=10)
    head = QHBoxLayout()
    head.setSpacing(10)
    avatar = Avatar(36)
    avatar.set_person(author, key)
    head.addWidget(avatar)
    names = QVBoxLayout()
    names.setSpacing(0)
    names.addWidget(label(author, "row_title", wrap=False))
    names.addWidget(label(kind, "row_subtitle", wrap=False))
    head.addLayout(names, 1)
    card.box.addLayout(head)
    card.add(label(text, "body"))
    actions = QHBoxLayout()
    actions.setSpacing(6)
    for icon_name, text_ in (("like", "Like"), ("comment", "Comment")):
        actions.addWidget(IconLabel(icon_name, 18))
        actions.addWidget(label(text_, "action", wrap=False))
        actions.addSpacing(14)
    actions.addStretch(1)
    card.box.addLayout(actions)
    return card

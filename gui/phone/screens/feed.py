"""Feed: the app's home. The profile photo top left opens the profile (the article's path)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from core import i18n
from core.queries_phone import FeedView
from core.rules import initials
from gui.phone.screens.base import Screen
from gui.phone.widgets import (
    TOUCH,
    Avatar,
    Badge,
    Card,
    NavBar,
    TabBar,
    add_shown,
    button,
    icon_button,
    label,
    scroll_page,
    tone_of,
)
from gui.style import set_prop

NOT_SIMULATED = ("messenger", "tasks", "calendar")  # tabs of the real app, not simulated


class FeedScreen(Screen):
    name = "feed"
    title = QT_TRANSLATE_NOOP("FeedScreen", "Feed")
    profile_requested = Signal()
    notices_requested = Signal()
    menu_requested = Signal()

    def _build_ui(self) -> None:
        self.nav = NavBar(self.tr(self.title), back=False)
        self.photo = QPushButton()
        self.photo.setObjectName("profile_photo")
        self.photo.setAccessibleName(self.tr("Profile photo"))
        self.photo.setToolTip(self.tr("My profile"))
        self.photo.setCursor(Qt.CursorShape.PointingHandCursor)
        self.photo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.photo.setFixedSize(TOUCH - 6, TOUCH - 6)
        self.photo.setAutoDefault(False)
        self.nav.add_left(self.photo)
        self.search = icon_button("search", "search", self.tr("Search"))
        self.nav.add_right(self.search)
        bell_holder = QWidget()
        bell_holder.setFixedSize(TOUCH, TOUCH)
        self.bell = icon_button("bell", "notices", self.tr("Notifications"))
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
        self.composer = QPushButton()
        self.composer.setObjectName("write_message")
        self.composer.setProperty("variant", "composer")
        self.composer.setAccessibleName(self.tr("Write a message"))
        self.composer.setCursor(Qt.CursorShape.PointingHandCursor)
        self.composer.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.composer.setMinimumHeight(TOUCH + 16)
        row = QHBoxLayout(self.composer)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(10)
        self.me = Avatar(32)
        hint = label(self.tr("Write a message…"), "placeholder")
        for part in (self.me, hint):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.me)
        row.addWidget(hint, 1)
        box.addWidget(self.composer)
        self.posts = QVBoxLayout()
        self.posts.setSpacing(12)
        box.addLayout(self.posts)
        box.addStretch(1)
        self.root.addWidget(area, 1)
        self.root.addWidget(self._tab_bar())
        self.primary = self.photo

    def _tab_bar(self) -> TabBar:
        self.tabs = TabBar("feed")
        return self.tabs

    def _tab_chosen(self, key: str) -> None:
        if key == "menu":
            self.menu_requested.emit()
        elif key in NOT_SIMULATED:
            self.unsupported.emit(self.tabs.name_of(key))

    def _connect_signals(self) -> None:
        self.photo.clicked.connect(self.profile_requested)
        self.bell.clicked.connect(self.notices_requested)
        self.tabs.chosen.connect(self._tab_chosen)
        self.answers_not_here(self.search, self.tr("Search"))
        self.answers_not_here(self.composer, self.tr("Writing a post"))

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
        self.date_line.setText(i18n.format_weekday_day(now, self.language))
        self.badge.set_count(view.unread)
        self.bell.setAccessibleName(
            self.tr("Notifications ({count})").format(count=len(view.notices)))
        self._show_posts(view)

    def _show_posts(self, view: FeedView) -> None:
        while self.posts.count():
            item = self.posts.takeAt(0)
            if item.widget():
                item.widget().setParent(None)
        portal = view.session.portal
        for notice in view.notices[:2]:
            #: Who a notice in the Feed is from: the app itself (the Russian app: Битрикс24)
            author = self.tr("Bitrix24")
            self._add_post(self._post(author, "bitrix24", self.tr("Notification"),
                                      notice.text, "notice"))
        self._add_post(self._post(
            portal.name, portal.address, self.tr("Announcement"),
            self.tr("Welcome to {portal} on Bitrix24! Post news, share files and discuss them "
                    "with colleagues here in the Feed.").format(portal=portal.name), "post"))

    def _add_post(self, card: Card) -> None:
        add_shown(self.posts, card)
        for action in card.actions:
            self.answers_not_here(action, action.text())  # "Like", "Comment"

    def _post(self, author: str, key: str, kind: str, text: str, variant: str) -> Card:
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
        actions.setSpacing(4)
        card.actions = []
        for icon_name, text_ in (("like", self.tr("Like")), ("comment", self.tr("Comment"))):
            action = button(text_, icon_name, "action", icon_name)
            action.setIconSize(QSize(18, 18))
            actions.addWidget(action)
            card.actions.append(action)
        actions.addStretch(1)
        card.box.addLayout(actions)
        return card

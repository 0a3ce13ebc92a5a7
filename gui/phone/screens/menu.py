"""Menu: the app's last tab. Its top row is the person (their profile); Edit profile is the
older article's path to Delete account (policy entry ``menu``: Menu -> Edit profile ->
Delete account). The other rows are the real app's sections, not part of this prototype."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal

from core.queries_phone import FeedView
from gui.phone.screens.base import Screen
from gui.phone.widgets import Card, ListRow, NavBar, TabBar, label, scroll_page

SECTIONS = (("menu_sites", QT_TRANSLATE_NOOP("MenuScreen", "Sites and Stores")),
            ("menu_crm", QT_TRANSLATE_NOOP("MenuScreen", "CRM")),
            ("menu_drive", QT_TRANSLATE_NOOP("MenuScreen", "Drive")),
            ("menu_workgroups", QT_TRANSLATE_NOOP("MenuScreen", "Workgroups")),
            ("menu_settings", QT_TRANSLATE_NOOP("MenuScreen", "Settings")))


class MenuScreen(Screen):
    name = "menu"
    title = QT_TRANSLATE_NOOP("MenuScreen", "Menu")
    feed_requested = Signal()
    profile_requested = Signal()
    edit_requested = Signal()

    def _build_ui(self) -> None:
        self.nav = NavBar(self.tr(self.title), back=False)
        self.root.addWidget(self.nav)
        area, box = scroll_page("menu")
        self.me_card = Card("menu_me", margins=0, spacing=0)
        self.me_row = ListRow(self.tr("My profile"), self.tr("My profile"), "menu_profile", "")
        self.me_card.add(self.me_row)
        self.edit_row = ListRow(self.tr("Edit profile"), "", "menu_edit_profile")
        self.me_card.add(self.edit_row)
        self.me_card.finish()
        box.addWidget(self.me_card)
        #: The heading of the Menu's sections, the brand in capitals (Russian: БИТРИКС24)
        box.addWidget(label(self.tr("BITRIX24"), "section"))
        sections = Card("menu_sections", margins=0, spacing=0)
        self.sections = []
        for name, text in SECTIONS:
            row = sections.add(ListRow(self.tr(text), "", name))
            self.sections.append(row)
        sections.finish()
        box.addWidget(sections)
        box.addStretch(1)
        self.root.addWidget(area, 1)
        self.tabs = TabBar("menu")
        self.root.addWidget(self.tabs)
        self.primary = self.me_row

    def _connect_signals(self) -> None:
        self.me_row.clicked.connect(self.profile_requested)
        self.edit_row.clicked.connect(self.edit_requested)
        for row in self.sections:
            self.answers_not_here(row, row.accessibleName())
        self.tabs.chosen.connect(self._tab_chosen)

    def _tab_chosen(self, key: str) -> None:
        if key == "feed":
            self.feed_requested.emit()
        elif key != "menu":
            self.unsupported.emit(self.tabs.name_of(key))

    def show_view(self, view: FeedView) -> None:
        super().show_view(view)
        person = view.session.person
        if person is None:
            return
        self.me_row.title_label.setText(person.name)
        self.me_row.setAccessibleName(person.name)
        self.me_row.avatar.set_person(person.name, person.key)

"""Sign in: pick a person and one of their Bitrix24s (the simulation's login)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from core.queries_phone import SignInChoice
from gui.phone.screens.base import Screen, error_label, set_error
from gui.phone.widgets import Card, ListRow, add_shown, button, clear_layout, label, scroll_page
from gui.style import set_prop

# How each person signs in: words, translated where shown, and names, never translated.
METHOD_WORDS = {
    #: How the person signs in, after their position: "Head of Sales · email"
    "email": QT_TRANSLATE_NOOP("SignInScreen", "email"),
    #: How the person signs in (with a phone number), after their position
    "phone": QT_TRANSLATE_NOOP("SignInScreen", "phone"),
}
METHOD_NAMES = {"apple": "Apple", "google": "Google", "office365": "Office365"}


class SignInScreen(Screen):
    name = "sign_in"
    title = QT_TRANSLATE_NOOP("SignInScreen", "Sign in")
    sign_in_requested = Signal(str, str)  # person key, Bitrix24 address

    def _build_ui(self) -> None:
        area, box = scroll_page("sign_in")
        logo = QHBoxLayout()
        logo.setSpacing(0)
        logo.addStretch(1)
        logo.addWidget(label("Bitrix", "logo", wrap=False))
        logo.addWidget(label("24", "logo_accent", wrap=False))
        logo.addStretch(1)
        box.addSpacing(12)
        box.addLayout(logo)
        intro = label(self.tr("Choose who is using the phone, then the Bitrix24 to sign in "
                              "to."), "secondary_center")
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(intro)
        box.addWidget(label(self.tr("PEOPLE"), "section"))
        self.people_card = Card("people_card", margins=0, spacing=0)
        self.people = QVBoxLayout()
        self.people.setSpacing(0)
        self.people_card.box.addLayout(self.people)
        box.addWidget(self.people_card)
        #: The heading of a person's Bitrix24s, the brand in capitals (Russian: БИТРИКС24)
        self.portals_title = label(self.tr("BITRIX24"), "section")
        box.addWidget(self.portals_title)
        self.portals_card = Card("portals_card", margins=0, spacing=0)
        self.portals = QVBoxLayout()
        self.portals.setSpacing(0)
        self.portals_card.box.addLayout(self.portals)
        box.addWidget(self.portals_card)
        self.error = error_label()
        box.addWidget(self.error)
        box.addStretch(1)
        self.root.addWidget(area, 1)
        footer = Card("footer", "footer", margins=16)
        self.sign_in = button(self.tr(self.title), "sign_in", "primary")
        self.sign_in.setEnabled(False)
        footer.add(self.sign_in)
        self.root.addWidget(footer)
        self.primary = self.sign_in
        self._person: str | None = None
        self._portal: str | None = None
        self._choices: tuple[SignInChoice, ...] = ()

    def _connect_signals(self) -> None:
        self.sign_in.clicked.connect(self._emit)

    def show_view(self, view: tuple[SignInChoice, ...]) -> None:
        super().show_view(view)
        self._choices = view
        keys = [c.person.key for c in view]
        if self._person not in keys:
            self._person = keys[0] if keys else None
            self._portal = None
        clear_layout(self.people)
        for choice in view:
            p = choice.person
            method = (self.tr(METHOD_WORDS[p.method]) if p.method in METHOD_WORDS
                      else METHOD_NAMES[p.method])
            row = ListRow(p.name, f"{p.position or self.tr('Employee')} · {method}",
                          f"sign_in_person_{p.key}", p.key)
            row.set_selected(p.key == self._person)
            row.clicked.connect(lambda _=False, k=p.key: self._choose_person(k))
            add_shown(self.people, row)
        _finish(self.people)
        self._show_portals()

    def _choose_person(self, key: str) -> None:
        self._person, self._portal = key, None
        set_error(self.error, None)
        self.show_view(self._choices)

    def _choose_portal(self, address: str) -> None:
        self._portal = address
        self._show_portals()

    def _show_portals(self) -> None:
        clear_layout(self.portals)
        choice = next((c for c in self._choices if c.person.key == self._person), None)
        portals = choice.portals if choice else ()
        if self._portal not in [p.address for p in portals]:
            self._portal = portals[0].address if portals else None
        for portal in portals:
            row = ListRow(portal.name, portal.address, f"sign_in_portal_{portal.address}")
            row.set_selected(portal.address == self._portal)
            row.clicked.connect(lambda _=False, a=portal.address: self._choose_portal(a))
            add_shown(self.portals, row)
        _finish(self.portals)
        self.portals_title.setText(
            #: A section heading in capitals; NAME is the person's name in capitals
            self.tr("{NAME}'S BITRIX24").format(NAME=choice.person.name.upper()) if choice
            else self.tr("BITRIX24"))
        self.sign_in.setEnabled(bool(self._person and self._portal))

    def _emit(self) -> None:
        if self._person and self._portal:
            self.sign_in_requested.emit(self._person, self._portal)


def _finish(box) -> None:
    rows = [box.itemAt(i).widget() for i in range(box.count())]
    for row in rows:
        set_prop(row, "last", "true" if row is rows[-1] else "false")

"""The console's Second phone row: show or hide the administrator's phone beside the first,
choose who holds it, swap the two.

A passive row: it emits what was asked (``show_requested(bool)``, ``hold_requested(key)``,
``swap_requested()``); ``gui.builder`` connects those to the ``App`` (which builds or
removes the phone) and calls ``set_shown`` / ``refresh`` back. Refusals (a dismissed or
deleted person, someone with no profile in any Bitrix24, the first phone's person) come back
as one sentence on ``message``, shown in the console's message line.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel

from core import queries, services
from gui.console.widgets import (
    CHOICES_LIMIT,
    button,
    caption,
    choose_value,
    combo,
    combo_value,
    limited_tip,
    named,
)
from gui.i18n import translate


class SecondPhoneRow(QFrame):
    show_requested = Signal(bool)
    hold_requested = Signal(str)
    swap_requested = Signal()
    message = Signal(str, str)  # text, kind

    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        named(self, "second_phone_row", translate("Console", "Second phone"))
        self.setProperty("card", True)
        self.controller = controller
        self.second = None  # the second phone's DeviceController while it is shown
        self._holder_key: str | None = None  # who the chooser last moved to
        self._build_ui()
        self._connect_signals()
        self.reload_choices()

    def _build_ui(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(10)
        self.shown = named(QCheckBox(translate("Console", "Second phone")), "second_phone_shown",
                           translate("Console", "Show a second phone"))
        self.shown.setToolTip(translate("Console", "Show another person's phone beside the "
                                        "first: by default an administrator of the first "
                                        "phone's Bitrix24"))
        row.addWidget(self.shown)
        held = caption(translate("Console", "held by"))
        self.person = combo("second_phone_person",
                            translate("Console", "Second phone held by"))
        held.setBuddy(self.person)
        row.addWidget(held)
        row.addWidget(self.person, 1)
        self.hold = button(translate("Console", "Put on phone"), "second_phone_hold",
                           tip=translate("Console", "Sign the second phone in as this person"))
        self.swap = button(translate("Console", "Swap phones"), "swap_phones",
                           tip=translate("Console", "The two phones change hands: sessions, "
                                         "browsers, platforms"))
        row.addWidget(self.hold)
        row.addWidget(self.swap)
        self.holder = named(QLabel(""), "second_phone_label",
                            translate("Console", "Second phone signed in as"))
        row.addWidget(self.holder, 1)

    def _connect_signals(self) -> None:
        self.shown.toggled.connect(self.show_requested)
        self.hold.clicked.connect(lambda: self.hold_requested.emit(combo_value(self.person)))
        self.swap.clicked.connect(self.swap_requested)

    def reload_choices(self) -> None:
        """The people of the world now (a new world: this window's or another process's);
        the chooser keeps its choice if that person is still there."""
        people, total = self.controller.read(
            lambda uow: (queries.people(uow, CHOICES_LIMIT), queries.count_people(uow)))
        limited_tip(self.person, len(people), total)
        current = combo_value(self.person)
        self.person.clear()
        for p in people:
            self.person.addItem(p.name if p.status == "active" else translate(
                "Console", "{name} (deleted)").format(name=p.name), p.key)
        choose_value(self.person, current)

    def set_shown(self, second) -> None:
        """``second``: the second phone's controller, or None when it is hidden."""
        self.second = second
        self.shown.blockSignals(True)
        self.shown.setChecked(second is not None)
        self.shown.blockSignals(False)
        self.swap.setEnabled(second is not None)
        self.refresh()

    def refresh(self) -> None:
        """Who holds the second phone now (after every change, this window's or another's);
        the chooser moves to them only when they changed, not under a choice being made."""
        if self.second is None:
            self.holder.setText("")
            self._holder_key = None
            return
        view = self.second.read(services.session_view)
        if view.person and view.portal:
            self.holder.setText(translate(
                "Console", "Second phone: <b>{person}</b> in {portal}").format(
                person=view.person.name, portal=view.portal.address))
            if view.person.key != self._holder_key:
                choose_value(self.person, view.person.key)
            self._holder_key = view.person.key
        else:
            self.holder.setText(translate("Console", "Second phone: not signed in"))
            self._holder_key = None

"""Notifications: the in-app notices for the signed-in person (an admin hears of deletions)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout

from core import i18n
from core.queries_phone import FeedView
from gui.phone.screens.base import Screen
from gui.phone.widgets import (
    Card,
    IconLabel,
    ListRow,
    NavBar,
    button,
    clear_layout,
    label,
    scroll_page,
)

KIND_ICONS = {"impending_deletion": "warning", "deletion_cancelled": "info",
              "portal_deleted": "warning", "profile_deleted": "info"}


class NoticesScreen(Screen):
    name = "notices"
    title = QT_TRANSLATE_NOOP("NoticesScreen", "Notifications")
    profile_requested = Signal(str)  # the person a notice is about (their key)
    employees_requested = Signal()

    def _build_ui(self) -> None:
        self.nav = NavBar(self.tr(self.title))
        self.root.addWidget(self.nav)
        area, box = scroll_page("notices")
        self.empty = label(self.tr("No notifications yet. When something needs your attention "
                                   "in this Bitrix24, it appears here."), "secondary_center",
                           "no_notices")
        box.addWidget(self.empty)
        self.list = Card("notices_card", margins=0, spacing=0)
        box.addWidget(self.list)
        self.employees = ListRow(self.tr("Employees"), self.tr("Everyone in this Bitrix24"),
                                 "employees")
        box.addWidget(self.employees)
        box.addStretch(1)
        self.root.addWidget(area, 1)

    def _connect_signals(self) -> None:
        self.nav.back_clicked.connect(self.back_requested)
        self.employees.clicked.connect(self.employees_requested)

    def show_view(self, view: FeedView) -> None:
        super().show_view(view)
        clear_layout(self.list.box)
        for i, notice in enumerate(view.notices):
            row = Card(f"notice_{notice.id}", "row" if i else "row_first", margins=14)
            line = QHBoxLayout()
            line.setSpacing(12)
            line.addWidget(IconLabel(KIND_ICONS.get(notice.kind, "info"), 22))
            line.addWidget(label(notice.text, "body", "notice_text"), 1)
            row.box.addLayout(line)
            when = label(self._when(notice.created_at)
                         + (f" · {notice.portal_address}" if notice.portal_address else ""),
                         "caption")
            row.box.addWidget(when)
            if notice.subject_key:
                link = button(self.tr("Open profile"), f"open_profile_{notice.subject_key}",
                              "link")
                link.clicked.connect(
                    lambda _=False, k=notice.subject_key: self.profile_requested.emit(k))
                row.box.addWidget(link)
            self.list.add(row)
        self.list.finish()
        self.list.setVisible(bool(view.notices))
        self.empty.setVisible(not view.notices)

    def _when(self, created_at) -> str:
        """``2 March 2026, 14:05 UTC``, the day in the phone's language."""
        #: When a notification came: day is a date, time is 14:05
        return self.tr("{day}, {time} UTC").format(
            day=i18n.format_day(created_at, self.language), time=f"{created_at:%H:%M}")

"""The shared shape of a confirmation page: a big icon, a title, a line, "What happens next",
and Done. Request sent and Cancellation sent are two of them."""

from __future__ import annotations

from PySide6.QtCore import Signal

from gui.phone.screens.base import Screen
from gui.phone.widgets import Card, button, label, scroll_page, status_header


class ResultScreen(Screen):
    icon = ""            # the big icon's name
    prefix = ""          # objectName prefix of the page's labels
    lead = "text"        # objectName suffix of the line under the title
    next_lines: tuple[str, ...] = ()  # objectName suffixes of the "What happens next" lines
    done_requested = Signal()

    def _build_ui(self) -> None:
        area, box = scroll_page(self.name)
        box.setContentsMargins(24, 56, 24, 24)
        box.setSpacing(14)
        self.heading, self.text = status_header(box, self.icon, self.tr(self.title),
                                                f"{self.prefix}_title", "body_center",
                                                f"{self.prefix}_{self.lead}")
        card = Card(f"{self.prefix}_next", margins=16, spacing=8)
        card.add(label(self.tr("What happens next"), "banner_title"))
        self.lines = [card.add(label("", "body", f"{self.prefix}_{name}"))
                      for name in self.next_lines]
        box.addWidget(card)
        box.addStretch(1)
        self.root.addWidget(area, 1)
        footer = Card("footer", "footer", margins=16)
        self.done = footer.add(button(self.tr("Done"), "done", "primary"))
        self.root.addWidget(footer)
        self.primary = self.done

    def _connect_signals(self) -> None:
        self.done.clicked.connect(self.done_requested)

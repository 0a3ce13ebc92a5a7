"""The console while the app loads: its title and a quiet "Loading" line, nothing to press.

Imports nothing but PySide6 widgets, the GUI's translator and its style sheets (not even the
Qt namespace: see show_problem), so the
main window can paint it before the store is open. Its preferred and minimum widths are the
loaded console's (tests/gui/test_launch.py checks), so the window opens at the size it keeps
when the real console takes its place, and fits the same screens.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.i18n import translate
from gui.style import stylesheet

# The loaded console (demo world): its three cards in a row, and its narrowest (cards in two
# rows).
LOADED_WIDTH = 1105
LOADED_MIN_WIDTH = 668


class LoadingConsole(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.setStyleSheet(stylesheet("console"))  # the console's own (gui/style.py)
        self.setAccessibleName(translate("Console", "Simulator console (loading)"))
        self.setMinimumWidth(LOADED_MIN_WIDTH)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        header = QHBoxLayout()
        header.setSpacing(10)
        title = QLabel(translate("Console", "Simulator"))
        title.setObjectName("console_title")
        status = QLabel(translate("Console", "Loading the simulated world…"))
        status.setObjectName("console_loading")
        status.setProperty("role", "caption")
        header.addWidget(title)
        header.addWidget(status, 1)
        outer.addLayout(header)
        card = QFrame()
        card.setProperty("card", True)
        outer.addWidget(card, 1)
        self.status, self.card = status, card

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(LOADED_WIDTH, super().sizeHint().height())

    def show_problem(self, message: str, on_quit) -> None:
        """The store could not be opened: say why in the window, not only on stderr."""
        # Imported here, not at the top: the Qt namespace builds all of Qt's enums (~17 ms,
        # a tenth of the start-up to the first paint), and the launch path needs none.
        from PySide6.QtCore import Qt

        self.status.setText(translate("Console", "The simulated world could not be loaded"))
        box = QVBoxLayout(self.card)
        box.setContentsMargins(20, 20, 20, 20)
        box.setSpacing(14)
        text = QLabel(message)
        text.setObjectName("console_message")
        text.setProperty("kind", "error")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quit_button = QPushButton(translate("Console", "Quit"))
        quit_button.setObjectName("startup_quit")
        quit_button.setAccessibleName(quit_button.text())
        quit_button.clicked.connect(on_quit)
        row = QHBoxLayout()
        row.addWidget(quit_button)
        row.addStretch(1)
        box.addWidget(text)
        box.addLayout(row)
        box.addStretch(1)
        text.show()
        quit_button.show()
        quit_button.setFocus()

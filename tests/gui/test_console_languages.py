"""The console in another language: every text of its own is translated (the pseudo-language
shows any that is not), and English stays as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from core import i18n
from core.rules import PLATFORM_NAMES
from gui.console.panel import ConsolePanel
from gui.controller import AppController

# What the console shows that is not its own words: the store's (the world's name; the
# clock's date is core/words.py's) and the platforms' own names.
STORE_TEXTS = {"world_name", "clock_label"}
NAMES = set(PLATFORM_NAMES.values())


@pytest.fixture
def pseudo_panel(store, tmp_path, qtbot):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().clear()
    with i18n.use(i18n.PSEUDO):
        panel = ConsolePanel(AppController(store))
        qtbot.addWidget(panel)
        panel.resize(1400, 900)
        panel.show()
        for page in panel.pages:
            panel.show_tab(page.name)
            page.refresh()
        yield panel


def _own_texts(panel: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text the console writes itself."""
    found = []
    for w in panel.findChildren(QWidget):
        name = w.objectName() or type(w).__name__
        if name in STORE_TEXTS:
            continue
        if isinstance(w, QAbstractButton | QLabel):
            found.append((name, w.text()))
        if isinstance(w, QLineEdit):
            found.append((f"{name} placeholder", w.placeholderText()))
        if isinstance(w, QTabWidget):
            found += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            found += [(f"{name} header", model.headerData(c, Qt.Orientation.Horizontal))
                      for c in range(model.columnCount())]
        found.append((f"{name} tooltip", w.toolTip()))
    return [(where, text) for where, text in found
            if text and any(ch.isalpha() for ch in text)]


def test_every_text_of_the_console_is_translated(pseudo_panel):
    plain = [(where, text) for where, text in _own_texts(pseudo_panel)
             if not text.lstrip("•● ■").startswith("[") and text not in NAMES]
    assert plain == []


def test_the_console_in_english_reads_as_before(store, tmp_path, qtbot):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    with i18n.use("en"):
        panel = ConsolePanel(AppController(store))
        qtbot.addWidget(panel)
    texts = dict(_own_texts(panel))
    assert texts["advance_next_due"] == "To next due date"
    assert texts["console_tabs tab"] == "Audit"  # the last tab
    assert panel.requests.model.headerData(5, Qt.Orientation.Horizontal) == "In"
    assert panel.requests.count(1) == "1 request" and panel.requests.count(8) == "8 requests"
    assert panel.network.count(1) == "1 person" and panel.network.count(2) == "2 people"


def test_the_console_re_reads_in_its_own_language_while_a_phone_speaks_another(store, tmp_path,
                                                                             qtbot):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    with i18n.use("en"):
        panel = ConsolePanel(AppController(store))
        qtbot.addWidget(panel)
    with i18n.use(i18n.PSEUDO):  # as while a phone in another language shows a screen
        panel.refresh()
    assert panel.clock_card.next_due_label.text() == "No pending deletion requests."

"""Where the style sheets sit: the application's holds rules by id only, the console and the
phone carry their own. Every widget of the app is matched against the application's sheet,
and a rule ending in a type (``#console QPushButton``) is tried on every widget of that type,
walking up its parents: on the application, the console's rules cost every phone screen
about a tenth of its build (docs/performance.md, seventh round)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from gui.console.loading import LoadingConsole
from gui.style import load_styles, stylesheet

COMMENT = re.compile(r"/\*.*?\*/", re.S)
RULE = re.compile(r"([^{}]+)\{[^{}]*\}")


def selectors(sheet: str) -> list[str]:
    """Every selector of ``sheet``, one per comma-separated part."""
    return [part.strip() for group in RULE.findall(COMMENT.sub("", sheet))
            for part in group.split(",") if part.strip()]


def last_part(selector: str) -> str:
    """The compound selector a rule is matched on (the rightmost), without its
    sub-control and pseudo-states."""
    return selector.split()[-1].split("::")[0].split(":")[0]


def test_the_selectors_are_read_whole():
    found = selectors("/* a, b */ #a QLabel, #b { x: 1; }\nQFrame#c:hover { y: 2; }")
    assert found == ["#a QLabel", "#b", "QFrame#c:hover"]
    assert [last_part(s) for s in found] == ["QLabel", "#b", "QFrame#c"]


def test_the_applications_sheet_has_rules_by_id_only(qapp):
    load_styles(qapp)
    app_rules = selectors(QApplication.instance().styleSheet())
    assert app_rules, "load_styles put no sheet on the application"
    by_type = [s for s in app_rules if "#" not in last_part(s)]
    assert not by_type, f"rules tried on every widget of their type: {by_type}"
    assert not any(s.startswith("#console") for s in app_rules)   # the console carries them


def test_the_console_carries_its_own_sheet(window):
    console = window.console
    assert console.styleSheet() == stylesheet("console")
    assert any(last_part(s) == "QPushButton" for s in selectors(console.styleSheet()))
    title = console.findChild(QLabel, "console_title")
    assert title.font().pixelSize() == 20 and title.font().bold()   # #console ... #console_title
    phone_buttons = window.phone.findChildren(QPushButton)
    assert phone_buttons and not any(console.isAncestorOf(b) for b in phone_buttons)


def test_the_loading_console_looks_like_the_loaded_one(window, qtbot):
    loading = LoadingConsole()
    qtbot.addWidget(loading)
    loading.show()
    title = loading.findChild(QLabel, "console_title")
    loaded = window.console.findChild(QLabel, "console_title")
    assert title.font().pixelSize() == loaded.font().pixelSize() == 20
    assert title.palette().windowText().color() == loaded.palette().windowText().color()

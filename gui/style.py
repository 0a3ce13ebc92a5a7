"""Style sheets and icons from resources/, loaded once.

``load_styles(app)`` puts every ``resources/styles/*.qss`` but ``OWN_SHEETS`` on the
application. The phone carries its own sheet (``stylesheet("phone")``, set on PhoneView), so it
looks the same inside the main window, alone in a test, or in a storyboard render; the console
carries its own too (set on ConsolePanel). Every widget of the app is matched against the
application's sheet, and a rule whose last part is a type (``#console QPushButton``) is tried
on every widget of that type, walking up its parents: kept off the application, such rules
cost the phone's screens nothing (about a tenth of building one).
``@icons`` in a sheet stands for the absolute path of resources/icons (QSS ``url()`` needs it);
every other ``@name`` is a colour or size token from resources/styles/tokens.txt (one palette for
the phone and the console). ``load_fonts()`` registers resources/fonts (Inter, SIL OFL).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from core.assets import RESOURCES as _RESOURCES

RESOURCES = _RESOURCES  # the bundled files (core.assets: importlib.resources)
STYLES = RESOURCES / "styles"
ICONS = RESOURCES / "icons"
OWN_SHEETS = ("phone", "lock_screen", "console")  # set on their widget, not on the application
FONTS = RESOURCES / "fonts"
TOKEN = re.compile(r"@([a-z][a-z0-9_]*)")


@cache
def load_fonts() -> tuple[str, ...]:
    """Register the bundled typefaces once per process; the families they add."""
    families: list[str] = []
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return tuple(dict.fromkeys(families))


@cache
def tokens() -> dict[str, str]:
    """``name: value`` lines of resources/styles/tokens.txt (a line starting ``#`` is a comment)."""
    found = {"icons": ICONS.as_posix()}
    path = STYLES / "tokens.txt"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else ():
        key, sep, value = ("" if line.lstrip().startswith("#") else line).partition(":")
        if sep and key.strip():
            found[key.strip()] = value.strip()
    return found


def stylesheet(name: str) -> str:
    path = STYLES / f"{name}.qss"
    if not path.exists():
        return ""
    load_fonts()  # the sheets name Inter: it must be registered before they are applied
    values = tokens()
    return TOKEN.sub(lambda m: values.get(m.group(1), m.group(0)), path.read_text(encoding="utf-8"))


def load_styles(app: QApplication) -> None:
    sheets = [p.stem for p in sorted(STYLES.glob("*.qss")) if p.stem not in OWN_SHEETS]
    app.setStyleSheet("\n".join(stylesheet(name) for name in sheets))


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (crisp at any device pixel ratio)."""
    return QIcon(str(ICONS / f"{name}.svg"))


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_prop(widget: QWidget, name: str, value) -> None:
    """Set a dynamic property that QSS selects on (``[variant="destructive"]``)."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        repolish(widget)

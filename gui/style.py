"""Style sheets and icons from resources/, loaded once.

``load_styles(app)`` puts every ``resources/styles/*.qss`` except ``phone.qss`` on the
application. The phone carries its own sheet (``stylesheet("phone")``, set on PhoneView), so it
looks the same inside the main window, alone in a test, or in a storyboard render.
``@icons`` in a sheet stands for the absolute path of resources/icons (QSS ``url()`` needs it).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from core.assets import RESOURCES as _RESOURCES

RESOURCES = _RESOURCES  # the bundled files (core.assets: importlib.resources)
STYLES = RESOURCES / "styles"
ICONS = RESOURCES / "icons"
OWN_SHEETS = ("phone",)  # set on their widget, not on the application


def stylesheet(name: str) -> str:
    path = STYLES / f"{name}.qss"
    if not path.exists():
        return ""
    return path.read_text(encoding="utf-8").replace("@icons", ICONS.as_posix())


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

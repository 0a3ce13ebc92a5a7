"""What each step of the demo points at: its subject, found on the phone or in the console.

``subject(runner, command, tapped)`` answers with a ``Shot``: the rectangles to spotlight
(window coordinates) and, when the console had to be turned to show them (the Emails tab
with the email opened in the preview, the Employees tab at the person's row), how to turn it
back, so the flow goes on seeing the console it left.

A step's own ``spotlight:`` (a selector, or ``false``) wins. Otherwise, by command: the
element an assertion or a scroll found; the newest email an ``assertEmail`` matched, opened in
the preview; the person's row for ``assertProfile`` (the Dismissed row) and
``assertNetworkProfile`` (the Deleted one); the clock for ``advanceClock`` and
``runProcessing``; the field being typed in; after a tap, the phone or the console page it
changed; the phone for everything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from gui.flows.model import Command
from gui.flows.sentences import label_of  # noqa: F401 - the demo's captions use it from here

CLOCK_COMMANDS = ("advanceClock", "runProcessing")


@dataclass
class Shot:
    rects: list[QRect] = field(default_factory=list)
    restore: Callable[[], None] | None = None

    def undo(self) -> None:
        restore, self.restore = self.restore, None
        if restore is not None:
            restore()


def _rect(widget: QWidget | None) -> QRect | None:
    if widget is None or not widget.isVisible():
        return None
    window = widget.window()
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def phone_rect(runner) -> QRect | None:
    return _rect(getattr(runner.window, "phone", None))


def _found(runner, selector) -> list[QRect]:
    try:
        found = runner.find(selector, first=True)
    except Exception:  # noqa: BLE001 - a slow pattern: the demo just lights nothing
        return []
    return [found[0].window_rect()] if found else []


def subject(runner, command: Command, tapped: QRect | None = None) -> Shot:
    """What the step just run points at (see the module's words)."""
    if runner.window is None:
        return Shot()
    own = getattr(command, "spotlight", None)
    if own is False:
        return Shot()
    if own is not None:
        return Shot(_found(runner, own))
    console = getattr(runner.window, "console", None)
    special = _CONSOLE.get(command.name)
    if special is not None and console is not None:
        return special(runner, console, command)
    if tapped is not None:
        return Shot([_after_tap(runner, tapped)])
    if command.name in ("inputText", "eraseText") and getattr(runner, "field", None):
        return Shot([r for r in [_rect(runner.field)] if r])
    selector = (command.args or {}).get("selector") if command.name != "runFlow" else None
    if selector is not None and hasattr(selector, "describe"):
        rects = _found(runner, selector)
        if rects:
            return Shot(rects)
    return Shot([r for r in [phone_rect(runner)] if r])


def _after_tap(runner, tapped: QRect) -> QRect:
    """After a tap the screen it changed: the phone, or the console's page now shown."""
    phone = phone_rect(runner)
    if phone is not None and phone.intersects(tapped):
        return phone
    console = getattr(runner.window, "console", None)
    page = _rect(console.tabs) if console is not None else None
    return page or tapped


# ---------------------------------------------------------------- console subjects


def _turn_to(console, name: str):
    """Show the console's page ``name``; returns the page and how to turn back."""
    before = console.current_tab()
    page = console.show_tab(name)
    if page.dirty or not page.model.loaded:
        page.refresh()

    def back() -> None:
        page.table.clearSelection()
        if before is not None and before != name:
            console.show_tab(before)
    return page, back


def _row_rect(page, i: int) -> QRect | None:
    table = page.table
    model = page.model
    first = model.index(i, 0)
    table.scrollTo(first)
    area = table.visualRect(first).united(table.visualRect(model.index(i, model.columnCount()
                                                                        - 1)))
    if not area.isValid():
        return None
    area = area.intersected(table.viewport().rect())
    window = table.window()
    return QRect(table.viewport().mapTo(window, area.topLeft()), area.size())


def _email(runner, console, command: Command) -> Shot:
    found = getattr(runner, "last_emails", None) or []
    if command.name != "assertEmail" or not found:
        return Shot([r for r in [_rect(console.tabs)] if r])
    page, back = _turn_to(console, "emails")
    i = page.model.find(found[-1].id)
    if i < 0:
        return Shot([r for r in [_rect(page.table)] if r], back)
    page.select_row(i)          # the preview shows it, as a click on the row would
    preview = _rect(page.email_preview)
    header = _rect(getattr(page, "email_header", None))
    if preview is not None and header is not None:
        preview = preview.united(header)
    rects = [r for r in (_row_rect(page, i), preview) if r]
    return Shot(rects, back)


def _person_row(page, key: str, attr: str = "person_key") -> int:
    return next((i for i, r in enumerate(page.model.rows) if getattr(r, attr, None) == key), -1)


def _profile(runner, console, command: Command) -> Shot:
    a = command.args or {}
    page, back = _turn_to(console, "employees")
    chooser = page.employees_portal
    previous = chooser.currentIndex()
    wanted = chooser.findData(a.get("portal"))
    if wanted >= 0 and wanted != previous:
        chooser.setCurrentIndex(wanted)

        def back_too(turn=back) -> None:
            chooser.setCurrentIndex(previous)
            turn()
        back = back_too
    i = _person_row(page, a.get("person"))
    rect = _row_rect(page, i) if i >= 0 else _rect(page.table)
    return Shot([r for r in [rect] if r], back)


def _network(runner, console, command: Command) -> Shot:
    page, back = _turn_to(console, "network")
    i = _person_row(page, (command.args or {}).get("person"))
    rect = _row_rect(page, i) if i >= 0 else _rect(page.table)
    return Shot([r for r in [rect] if r], back)


def _clock(runner, console, command: Command) -> Shot:
    return Shot([r for r in [_rect(console.clock_card)] if r])


_CONSOLE = {"assertEmail": _email, "assertNoEmail": _email, "assertProfile": _profile,
            "assertNetworkProfile": _network, "advanceClock": _clock, "runProcessing": _clock}

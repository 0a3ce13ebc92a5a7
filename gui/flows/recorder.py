"""Recording a flow by using the app, like Maestro Studio: every tap on the phone or the
console becomes ``tapOn`` with the id flows use (the text when the id is missing or shared,
with an ``index`` when even that is shared), text typed into a field becomes ``inputText``
(``eraseText`` first when text was taken away), and a tap on something a scroll brought into
view is preceded by ``scrollUntilVisible``. The flow replays what was done with
``main.py test``.

The recorder watches the application's input events (an event filter), so it sees a
person's clicks and the flow runner's alike; it never changes what the app does. The element
a tap is about is read from the screen as the press arrives (before the tap changes it), with
the flow driver's own ``elements``, so the selector is one the runner matches.

In the GUI the console's Record button drives it (gui/console/recorder_pane.py: the flow's
YAML grows in a pane beside the records, Save… writes it); ``main.py record`` is
gui/flows/record_cli.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QFrame, QWidget

from gui.flows import driver

FLASH_MS = 450


def _quote(text: str) -> str:
    """A YAML scalar that reads back as ``text`` (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


class Recorder(QObject):
    """Writes flow commands for what is done in ``window`` (its ``phone`` and ``console``).

    ``ignored``: widgets whose taps are not part of the flow (the recorder's own controls)."""

    changed = Signal(str)   # the whole flow's YAML, after each new command

    def __init__(self, window: QWidget, header: str = "", parent: QObject | None = None,
                 ignored: tuple[QWidget, ...] = ()):
        super().__init__(parent)
        self.window = window
        self.header = header
        self.ignored = ignored
        self.commands: list[str] = ["- launchApp"]
        self._field: QWidget | None = None     # the text field tapped last
        self._field_text = ""
        self._field_device = 0                 # the phone it is on
        self._scrolls: dict[int, int] = {}     # id(scroll area) -> value at the last command
        self._last_event = None
        self._pending = None                   # the element a press is on, until its release
        self._pressed_text: str | None = None  # its field's text as the press arrived
        self.recording = False

    @property
    def count(self) -> int:
        """How many commands the flow has (comments left out)."""
        return sum(1 for c in self.commands if not c.startswith("#"))

    # ------------------------------------------------------------------ on / off
    def start(self) -> None:
        from PySide6.QtWidgets import QApplication

        if not self.recording:
            QApplication.instance().installEventFilter(self)
            self.recording = True
            self._note_scrolls()
            # A window closed while recording takes the recording with it: the filter must
            # not outlive it and watch every later window of the process.
            self.window.destroyed.connect(self._window_gone)

    def _window_gone(self, *_) -> None:
        from PySide6.QtWidgets import QApplication

        if self.recording:
            QApplication.instance().removeEventFilter(self)
            self.recording = False
            self._pending = None

    def stop(self) -> None:
        from PySide6.QtWidgets import QApplication

        if self.recording:
            self._flush_typing()
            QApplication.instance().removeEventFilter(self)
            self.recording = False
            self._pending = None

    # ------------------------------------------------------------------ the flow
    def yaml(self) -> str:
        head = self.header if self.header.endswith("\n") or not self.header else \
            self.header + "\n"
        return f"{head}---\n" + "".join(f"{c}\n" for c in self.commands)

    def save(self, path: Path) -> Path:
        self._flush_typing()
        path.write_text(self.yaml(), encoding="utf-8")
        return path

    def _add(self, command: str, device: int = 0) -> None:
        """``command`` (one line); on the second phone inside ``onDevice`` (the runner's
        way to address it)."""
        if device and not command.startswith("#"):
            command = f"- onDevice:\n    device: admin\n    commands:\n      {command}"
        self.commands.append(command)
        self.changed.emit(self.yaml())

    # ------------------------------------------------------------------ events
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(obj, QWidget):
            self._pressed(obj, event)
        elif kind == QEvent.Type.MouseButtonRelease and self._pending is not None:
            element, self._pending = self._pending, None
            self._tapped(element)
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                isinstance(obj, QWidget) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._returned(obj, event)
        return False

    def _once(self, event, *key) -> bool:
        """False for an event seen already (Qt hands it to each parent in turn)."""
        key = (event.type(), event.timestamp(), *key)
        if key == self._last_event:
            return False
        self._last_event = key
        return True

    def _pressed(self, obj: QWidget, event) -> None:
        point = event.globalPosition().toPoint()
        if not self._once(event, point.toTuple()) or self._is_ignored(obj):
            return
        combo = _chooser_of_popup(obj)
        if obj.window() is self.window:
            self._pending = self._element_at(point, self._device_of(obj))
        elif combo is not None and combo.window() is self.window:
            self._pending = self._element_at(point, 0, combo)
        field = driver.text_input(self._pending[0].widget) if self._pending else None
        # before the press acts (a spin box's arrow steps on the press)
        self._pressed_text = _text_of(field) if field is not None else None

    def _returned(self, obj: QWidget, event) -> None:
        """Return in an open chooser's list takes its current choice (as the flow runner's
        tap on a choice does; Qt takes it on the shortcut check before the key press);
        Return in a text field is ``pressKey: Enter``."""
        if not self._once(event, id(obj)) or self._is_ignored(obj):
            return
        combo = _chooser_of_popup(obj)
        if combo is not None:
            if event.type() == QEvent.Type.ShortcutOverride and combo.view() is obj \
                    and combo.window() is self.window and obj.isVisible():
                self._tapped(self._choice(combo, combo.view().currentIndex().row()))
        elif event.type() == QEvent.Type.KeyPress and obj.window() is self.window \
                and driver.text_input(obj) is not None:
            self._flush_typing(by_return=True)
            self._field_device = self._device_of(obj)
            self._add("- pressKey: Enter", self._field_device)
            self._field = driver.text_input(obj)
            self._field_text = _text_of(self._field)

    def _is_ignored(self, widget: QWidget) -> bool:
        return any(w is widget or w.isAncestorOf(widget) for w in self.ignored)

    def _phones(self) -> tuple[QWidget, ...]:
        phones = tuple(getattr(self.window, "phones", ()) or ())
        phone = getattr(self.window, "phone", None)
        return phones or ((phone,) if phone is not None else ())

    def _device_of(self, widget: QWidget) -> int:
        """Which phone ``widget`` is on (0: the first phone, or the console)."""
        for i, phone in enumerate(self._phones()):
            if phone is widget or phone.isAncestorOf(widget):
                return i
        return 0

    def _roots(self, device: int = 0) -> list[tuple[str, QWidget]]:
        """The parts the runner reads when it addresses phone ``device``: it, the console."""
        phones = self._phones()
        phone = phones[device] if device < len(phones) else None
        return [(name, root) for name, root in (
            ("phone", phone), ("console", getattr(self.window, "console", None)))
            if root is not None]

    def _everything(self, device: int = 0) -> dict[str, list]:
        """What is on screen, part by part, the recorder's own controls left out."""
        return {n: [e for e in driver.elements(r) if not self._is_ignored(e.widget)]
                for n, r in self._roots(device)}

    def _element_at(self, point, device: int = 0, combo: QComboBox | None = None):
        """The element a press at ``point`` (global) is on: the smallest tappable one there,
        else the smallest with a text or an id; with its part's elements for the selector.
        ``device``: the phone pressed on; ``combo``: the press is in that chooser's open
        list, so only its choices count."""
        everything = self._everything(device)
        best = None
        for name, found in everything.items():
            for e in found:
                if combo is not None and driver.chooser_of(e) is not combo:
                    continue
                x, y, w, h = e.bounds
                if not (x <= point.x() < x + w and y <= point.y() < y + h):
                    continue
                if not (e.id or e.text):
                    continue
                rank = (not e.clickable, w * h)
                if best is None or rank < best[0]:
                    best = (rank, e, name)
        if best is None:
            return None
        return best[1], best[2], everything, device

    def _choice(self, combo: QComboBox, row: int):
        """The choice ``row`` of ``combo``'s open list, as the runner finds it."""
        everything = self._everything()
        for name, found in everything.items():
            for e in found:
                if e.row == row and driver.chooser_of(e) is combo:
                    return e, name, everything, 0
        return None

    def _selector(self, element, part: str, everything: dict) -> str:
        """``{id: x}``, or the text, made unique with ``index`` (phone first, then console,
        top to bottom: the runner's order)."""
        ordered = everything.get("phone", []) + everything.get("console", [])

        def same(key) -> list:
            return [e for e in ordered if key(e)]

        # A tab is named by its text: its id is its page's, which the runner's look-up by
        # id finds on the (hidden) page rather than on the tab. A choice of an open list
        # by its text: its id is the list's, shared by every choice.
        if element.id and element.kind == "widget":
            by_id = same(lambda e: e.id.lower() == element.id.lower())
            if len(by_id) == 1:
                return f"{{id: {element.id}}}"
        if element.text:
            by_text = same(lambda e: element.text in e.texts)
            if len(by_text) == 1:
                return _quote(element.text)
            return f"{{text: {_quote(element.text)}, index: {self._index(by_text, element)}}}"
        by_id = same(lambda e: e.id.lower() == element.id.lower())
        return f"{{id: {element.id}, index: {self._index(by_id, element)}}}"

    @staticmethod
    def _index(matches: list, element) -> int:
        for i, e in enumerate(matches):
            if e.bounds == element.bounds and e.widget is element.widget:
                return i
        return 0

    def _tapped(self, pending) -> None:
        self._flush_typing()
        if pending is None:
            return
        element, part, everything, device = pending
        if element.id in NOT_REPLAYED:
            self._add(NOT_REPLAYED[element.id])
            return
        selector = self._selector(element, part, everything)
        area = driver.scroll_area_of(element.widget) if element.kind == "widget" else None
        if area is not None and self._scrolls.get(id(area), 0) != _value(area):
            self._add(f"- scrollUntilVisible: {{element: {selector}}}", device)
        self._add(f"- tapOn: {selector}", device)
        self._field_device = device
        combo = driver.chooser_of(element)
        self._flash(combo if combo is not None else element.widget,
                    None if combo is not None else element.window_rect())
        field = driver.text_input(element.widget)
        self._field = field
        before, self._pressed_text = self._pressed_text, None
        self._field_text = "" if field is None else before if before is not None \
            else _text_of(field)
        QTimer.singleShot(0, self._note_scrolls)  # after the tap's effects

    def _flush_typing(self, by_return: bool = False) -> None:
        """The text typed into the field tapped last, as inputText (eraseText first when
        some of what was there is gone)."""
        field, self._field = self._field, None
        if field is None:
            return
        try:
            now = _text_of(field)
        except RuntimeError:  # the field was deleted with its screen
            return
        before = self._field_text
        if now == before:
            return
        device = self._field_device
        spin = field if isinstance(field, QAbstractSpinBox) else field.parentWidget()
        if isinstance(spin, QAbstractSpinBox):
            # Typed or stepped with its arrows, a spin box is replayed as its number typed
            # in, then Enter, which commits it (it does not take a value while typing).
            number = spin.cleanText() if hasattr(spin, "cleanText") else now
            self._add("- eraseText", device)
            self._add(f"- inputText: {_quote(number)}", device)
            if not by_return:
                self._add("- pressKey: Enter", device)
            return
        if now.startswith(before):
            self._add(f"- inputText: {_quote(now[len(before):])}", device)
        else:
            self._add(f"- eraseText: {len(before)}", device)
            if now:
                self._add(f"- inputText: {_quote(now)}", device)

    def _note_scrolls(self) -> None:
        self._scrolls = {}
        for root in (*self._phones(), getattr(self.window, "console", None)):
            for area in root.findChildren(QAbstractScrollArea) if root is not None else ():
                self._scrolls[id(area)] = _value(area)

    def _flash(self, widget: QWidget, rect: QRect | None) -> None:
        """The recorded element is outlined for a moment (on the phone, or in the console)."""
        try:
            if rect is None:
                rect = QRect(widget.mapTo(self.window, widget.rect().topLeft()),
                             widget.size())
            mark = QFrame(self.window)
            mark.setObjectName("recorded_highlight")
            mark.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            mark.setGeometry(rect.adjusted(-3, -3, 3, 3))
            mark.show()
            mark.raise_()
            QTimer.singleShot(FLASH_MS, mark.deleteLater)
        except RuntimeError:  # the element went with its screen
            pass


# Console controls whose effect a flow cannot replay: a comment says what was done instead.
NOT_REPLAYED = {
    "open_world": "# Open world… was used here: a flow starts from its own world "
                  "(world_file: in the header), so the file chosen is not replayed",
    "export_eml": "# Export .eml… was used here: not replayed (a flow checks an email with "
                  "assertEmail)",
}


def _chooser_of_popup(widget: QWidget) -> QComboBox | None:
    """The chooser whose open list ``widget`` is part of (Qt shows it in a window of its
    own, a child of the chooser)."""
    w = widget
    while w is not None:
        if isinstance(w, QComboBox):
            return w if w is not widget else None
        w = w.parentWidget()
    return None


def _value(area: QAbstractScrollArea) -> int:
    return area.verticalScrollBar().value()


def _text_of(field: QWidget) -> str:
    for getter in ("text", "toPlainText"):
        fn = getattr(field, getter, None)
        if callable(fn):
            return fn()
    return ""

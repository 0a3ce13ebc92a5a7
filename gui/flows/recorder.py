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

``main.py record`` is gui/flows/record_cli.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit, QRubberBand, QWidget

from gui.flows import driver

FLASH_MS = 450


def _quote(text: str) -> str:
    """A YAML scalar that reads back as ``text`` (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


class Recorder(QObject):
    """Writes flow commands for what is done in ``window`` (its ``phone`` and ``console``)."""

    changed = Signal(str)   # the whole flow's YAML, after each new command

    def __init__(self, window: QWidget, header: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.header = header
        self.commands: list[str] = ["- launchApp"]
        self._field: QWidget | None = None     # the text field tapped last
        self._field_text = ""
        self._scrolls: dict[int, int] = {}     # id(scroll area) -> value at the last command
        self._last_press = None
        self._pending = None                   # the element a press is on, until its release
        self.recording = False

    # ------------------------------------------------------------------ on / off
    def start(self) -> None:
        from PySide6.QtWidgets import QApplication

        if not self.recording:
            QApplication.instance().installEventFilter(self)
            self.recording = True
            self._note_scrolls()

    def stop(self) -> None:
        from PySide6.QtWidgets import QApplication

        if self.recording:
            self._flush_typing()
            QApplication.instance().removeEventFilter(self)
            self.recording = False

    # ------------------------------------------------------------------ the flow
    def yaml(self) -> str:
        head = self.header if self.header.endswith("\n") or not self.header else \
            self.header + "\n"
        return f"{head}---\n" + "".join(f"{c}\n" for c in self.commands)

    def save(self, path: Path) -> Path:
        self._flush_typing()
        path.write_text(self.yaml(), encoding="utf-8")
        return path

    def _add(self, command: str) -> None:
        self.commands.append(command)
        self.changed.emit(self.yaml())

    # ------------------------------------------------------------------ events
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(obj, QWidget):
            key = (event.timestamp(), event.globalPosition().toPoint().toTuple())
            if key != self._last_press and obj.window() is self.window:
                self._last_press = key
                self._pending = self._element_at(event.globalPosition().toPoint())
        elif kind == QEvent.Type.MouseButtonRelease and self._pending is not None:
            element, self._pending = self._pending, None
            self._tapped(element)
        return False

    def _roots(self) -> list[tuple[str, QWidget]]:
        return [(name, getattr(self.window, name, None)) for name in ("phone", "console")
                if getattr(self.window, name, None) is not None]

    def _element_at(self, point):
        """The element a press at ``point`` (global) is on: the smallest tappable one there,
        else the smallest with a text or an id; with its part's elements for the selector."""
        best = None
        for name, root in self._roots():
            found = driver.elements(root)
            for e in found:
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
        return best[1], best[2], {n: driver.elements(r) for n, r in self._roots()}

    def _selector(self, element, part: str, everything: dict) -> str:
        """``{id: x}``, or the text, made unique with ``index`` (phone first, then console,
        top to bottom: the runner's order)."""
        ordered = everything.get("phone", []) + everything.get("console", [])

        def same(key) -> list:
            return [e for e in ordered if key(e)]

        # A tab is named by its text: its id is its page's, which the runner's look-up by
        # id finds on the (hidden) page rather than on the tab.
        if element.id and element.kind != "tab":
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
        element, part, everything = pending
        selector = self._selector(element, part, everything)
        area = driver.scroll_area_of(element.widget) if element.kind == "widget" else None
        if area is not None and self._scrolls.get(id(area), 0) != _value(area):
            self._add(f"- scrollUntilVisible: {{element: {selector}}}")
        self._add(f"- tapOn: {selector}")
        self._flash(element)
        field = driver.text_input(element.widget)
        self._field = field
        self._field_text = _text_of(field) if field is not None else ""
        QTimer.singleShot(0, self._note_scrolls)  # after the tap's effects

    def _flush_typing(self) -> None:
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
        if now.startswith(before):
            self._add(f"- inputText: {_quote(now[len(before):])}")
        else:
            self._add(f"- eraseText: {len(before)}")
            if now:
                self._add(f"- inputText: {_quote(now)}")

    def _note_scrolls(self) -> None:
        self._scrolls = {}
        for _, root in self._roots():
            for area in root.findChildren(QAbstractScrollArea):
                self._scrolls[id(area)] = _value(area)

    def _flash(self, element) -> None:
        """The phone shows the recorded element briefly (a rectangle around it)."""
        try:
            band = QRubberBand(QRubberBand.Shape.Rectangle, self.window)
            band.setGeometry(QRect(element.window_rect()))
            band.show()
            QTimer.singleShot(FLASH_MS, band.deleteLater)
        except RuntimeError:
            pass


def _value(area: QAbstractScrollArea) -> int:
    return area.verticalScrollBar().value()


def _text_of(field: QWidget) -> str:
    for getter in ("text", "toPlainText"):
        fn = getattr(field, getter, None)
        if callable(fn):
            return fn()
    return ""


class Session:
    """The app on a fresh database of ``world``, with a recorder and its YAML panel."""

    def __init__(self, world_spec, header: str) -> None:
        from core.world import seed_world
        from gui.builder import build_app
        from gui.flows.runner import StoreMaker

        self.stores = StoreMaker()
        self.store, self.path = self.stores.new()
        seed_world(self.store, world_spec)
        self.app = build_app(self.store)
        self.window = self.app.window
        self.window.resize(self.window.sizeHint())
        self.recorder = Recorder(self.window, header)
        self.panel = QPlainTextEdit(objectName="recorded_flow")
        self.panel.setWindowTitle("Recording: the flow so far")
        self.panel.setReadOnly(True)
        self.panel.setAccessibleName("Recorded flow")
        self.panel.setPlainText(self.recorder.yaml())
        self.panel.resize(420, 520)
        self.recorder.changed.connect(self.panel.setPlainText)

    def show(self) -> None:
        self.window.show()
        self.panel.show()
        self.recorder.start()

    def close(self) -> None:
        self.recorder.stop()
        self.panel.close()
        self.window.close()
        self.app.close()
        self.stores.drop(self.store, self.path)
        self.stores.close()

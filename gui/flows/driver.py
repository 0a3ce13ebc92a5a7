"""The flow runner's hands and eyes on the real widgets: find elements the way Maestro does,
tap at their centre, type into the focused field, scroll the enclosing scroll area.

An element is a visible widget (or a tab of a tab bar, or a row of a list/table) with the
texts a person reads on it and its automation id (``objectName``). Only what is on screen
counts: hidden pages, closed sheets and rows scrolled out of view do not match.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from gui.flows.model import Selector

MAX_ITEMS_PER_VIEW = 300
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


@dataclass
class Element:
    widget: QWidget          # the widget that receives the tap (a view's viewport for rows)
    rect: QRect              # the element's rectangle in ``widget``'s coordinates
    texts: tuple[str, ...]   # what a person reads on it (text, placeholder, accessible name)
    id: str                  # objectName (a tab: its page's objectName)
    kind: str = "widget"     # widget | tab | item
    enabled: bool = True
    checked: bool | None = None
    visible_rect: QRect | None = None  # the on-screen part, in ``widget``'s coordinates

    @property
    def text(self) -> str:
        return self.texts[0] if self.texts else ""

    def window_rect(self) -> QRect:
        top_left = self.widget.mapTo(self.widget.window(), self.rect.topLeft())
        return QRect(top_left, self.rect.size())

    def visible_fraction(self) -> float:
        area = self.rect.width() * self.rect.height()
        if not area or self.visible_rect is None:
            return 0.0
        return (self.visible_rect.width() * self.visible_rect.height()) / area

    def describe(self) -> str:
        parts = []
        if self.id:
            parts.append(f"#{self.id}")
        if self.text:
            text = " ".join(self.text.split())
            parts.append(f'"{text[:80]}{"..." if len(text) > 80 else ""}"')
        if not self.enabled:
            parts.append("(disabled)")
        if self.checked:
            parts.append("(checked)")
        return " ".join(parts) or type(self.widget).__name__


def plain(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText().strip()
    return text.strip()


def _widget_texts(w: QWidget) -> tuple[str, ...]:
    texts: list[str] = []
    if isinstance(w, QAbstractButton):
        texts.append(w.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
    elif isinstance(w, QLabel):
        texts.append(plain(w.text(), w.textFormat()))
    elif isinstance(w, QLineEdit):
        texts += [w.text(), w.placeholderText()]
    elif isinstance(w, QTextEdit | QPlainTextEdit):
        texts += [w.toPlainText(), w.placeholderText()]
    elif isinstance(w, QComboBox):
        texts.append(w.currentText())
    elif isinstance(w, QGroupBox):
        texts.append(w.title())
    elif isinstance(w, QAbstractSpinBox):
        texts.append(w.text())
    texts.append(w.accessibleName())
    return tuple(dict.fromkeys(t.strip() for t in texts if t and t.strip()))


def _on_screen(w: QWidget) -> QRect | None:
    """The bounding rectangle of the part of ``w`` that is on screen, or None."""
    if not w.isVisible():
        return None
    region = w.visibleRegion()
    if region.isEmpty():
        return None
    return region.boundingRect()


def _covered(w: QWidget, visible: QRect) -> bool:
    """Whether something else (a sheet, its dimmed layer) lies on top of ``w``'s centre."""
    win = w.window()
    hit = win.childAt(w.mapTo(win, visible.center()))
    return hit is not None and hit is not w and not w.isAncestorOf(hit) \
        and not hit.isAncestorOf(w)


def _tab_elements(bar: QTabBar, visible: QRect) -> list[Element]:
    owner = bar.parent()
    out = []
    for i in range(bar.count()):
        rect = bar.tabRect(i)
        shown = rect.intersected(visible)
        if shown.isEmpty():
            continue
        page_id = ""
        if isinstance(owner, QTabWidget) and owner.widget(i) is not None:
            page_id = owner.widget(i).objectName()
        text = bar.tabText(i).replace("&", "")
        out.append(Element(bar, rect, (text,) if text else (), page_id, "tab",
                           bar.isTabEnabled(i) and bar.isEnabled(), i == bar.currentIndex(),
                           shown))
    return out


def _item_elements(view: QAbstractItemView) -> list[Element]:
    model = view.model()
    port = view.viewport()
    visible = _on_screen(port)
    if model is None or visible is None:
        return []
    out: list[Element] = []
    root = view.rootIndex()
    rows = min(model.rowCount(root), MAX_ITEMS_PER_VIEW)
    cols = max(1, min(model.columnCount(root), 20))
    for r in range(rows):
        for c in range(cols):
            index = model.index(r, c, root)
            if not index.isValid():
                continue
            rect = view.visualRect(index)
            shown = rect.intersected(visible)
            if shown.isEmpty():
                continue
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            text = "" if text is None else str(text).strip()
            if not text:
                continue
            checked = model.data(index, Qt.ItemDataRole.CheckStateRole)
            out.append(Element(port, rect, (text,), view.objectName(), "item",
                               bool(model.flags(index) & Qt.ItemFlag.ItemIsEnabled),
                               None if checked is None else checked == Qt.CheckState.Checked.value
                               or checked == Qt.CheckState.Checked, shown))
            if len(out) >= MAX_ITEMS_PER_VIEW:
                return out
    return out


def elements(root: QWidget, named: str | None = None) -> list[Element]:
    """Everything on screen under ``root``, top to bottom, left to right.

    ``named``: only what could match that id. A plain name (no regular expression) is looked
    up by objectName instead of reading every widget's texts, about a tenth of a whole-story
    flow; a view or tab bar of that name still gets the full scan (its items carry its id).
    """
    widgets = None
    if named is not None and re.escape(named) == named:
        widgets = [root] if root.objectName() == named else []
        widgets += root.findChildren(QWidget, named)
        if any(isinstance(w, QTabBar | QAbstractItemView) for w in widgets):
            widgets = None
    if widgets is None:
        widgets = [root, *root.findChildren(QWidget)]
    out: list[Element] = []
    for w in widgets:
        visible = _on_screen(w)
        if visible is None or _covered(w, visible):
            continue
        if isinstance(w, QTabBar):
            out += _tab_elements(w, visible)
            continue
        if isinstance(w, QAbstractItemView):
            out += _item_elements(w)
        texts = _widget_texts(w)
        if not texts and not w.objectName():
            continue
        if w.objectName().startswith("qt_"):
            continue
        checked = w.isChecked() if isinstance(w, QAbstractButton) and w.isCheckable() else None
        rect = w.rect()
        if isinstance(w, QCheckBox | QRadioButton):
            # Stretched by its layout, a check box reacts only on its box and its text.
            rect.setWidth(min(rect.width(), w.sizeHint().width()))
            visible = visible.intersected(rect)
        out.append(Element(w, rect, texts, w.objectName(), "widget", w.isEnabled(),
                           checked, visible))
    win = root.window()
    out.sort(key=lambda e: (e.widget.mapTo(win, e.rect.topLeft()).y(),
                            e.widget.mapTo(win, e.rect.topLeft()).x()))
    return out


def _full(pattern: str, value: str) -> bool:
    try:
        return re.fullmatch(pattern, value, re.DOTALL) is not None
    except re.error:
        return False


def _filter(found: list[Element], pattern: str, key: Callable[[Element], tuple[str, ...]]):
    exact = [e for e in found if pattern in key(e) or pattern.strip() in key(e)]
    if exact:
        return exact
    return [e for e in found if any(_full(pattern, t) for t in key(e))]


def match(found: list[Element], selector: Selector) -> list[Element]:
    """Maestro's rule: whole text equal, else a full-match regular expression (DOTALL)."""
    if selector.id is not None:
        found = _filter(found, selector.id, lambda e: (e.id,) if e.id else ())
    if selector.text is not None:
        found = _filter(found, selector.text, lambda e: e.texts)
        # A label inside a button reads the same as the button: keep the outermost one.
        found = [e for e in found if not any(
            o is not e and o.kind == "widget" and e.kind == "widget"
            and o.widget.isAncestorOf(e.widget) and set(e.texts) & set(o.texts) for o in found)]
    if selector.enabled is not None:
        found = [e for e in found if e.enabled == selector.enabled]
    if selector.checked is not None:
        found = [e for e in found if bool(e.checked) == selector.checked]
    if selector.index is not None:
        return found[selector.index:selector.index + 1]
    return found


def settle() -> None:
    """Let Qt deliver what is pending (layouts, deferred deletes, queued signals)."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def poll(check: Callable[[], object], timeout_ms: int, interval_ms: int = 10):
    """Maestro's waiting: ``check`` again and again, processing Qt events, until it returns
    something true or the time is up; returns the last result. No fixed sleeps."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        settle()
        result = check()
        if result or time.monotonic() >= deadline:
            return result
        QTest.qWait(interval_ms)


def tap(element: Element) -> QWidget:
    """A real mouse click at the centre of the element's on-screen part. The click goes to
    whatever is on top at that point, as it would for a person; returns that widget."""
    area = element.visible_rect or element.rect
    point = area.center()
    win = element.widget.window()
    at = element.widget.mapTo(win, point)
    target = win.childAt(at) or element.widget
    local = target.mapFrom(win, at)
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)
    settle()
    return target


def text_input(widget: QWidget | None) -> QWidget | None:
    """The text field ``widget`` stands for (itself, its focus proxy, or a parent spin box)."""
    while widget is not None:
        if isinstance(widget, TEXT_INPUTS):
            return widget
        if widget.focusProxy() is not None and isinstance(widget.focusProxy(), TEXT_INPUTS):
            return widget.focusProxy()
        parent = widget.parentWidget()
        widget = parent if isinstance(parent, TEXT_INPUTS) else None
    return None


def type_text(widget: QWidget, text: str) -> None:
    for line_no, line in enumerate(text.split("\n")):
        if line_no:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        if line:
            QTest.keyClicks(widget, line)
    settle()


def erase_text(widget: QWidget, count: int) -> None:
    if isinstance(widget, QLineEdit):
        QTest.keyClick(widget, Qt.Key.Key_End)
        count = min(count, len(widget.text()))
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        count = min(count, len(widget.toPlainText()))
    for _ in range(count):
        QTest.keyClick(widget, Qt.Key.Key_Backspace)
    settle()


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, TEXT_INPUTS):
            return parent
        parent = parent.parentWidget()
    return None


def scroll_areas(root: QWidget) -> list[QAbstractScrollArea]:
    """Visible scroll areas under ``root`` that can scroll, largest first."""
    areas = [a for a in root.findChildren(QAbstractScrollArea)
             if _on_screen(a) is not None and not isinstance(a, TEXT_INPUTS)
             and (a.verticalScrollBar().maximum() > 0 or a.horizontalScrollBar().maximum() > 0)]
    areas.sort(key=lambda a: -(a.width() * a.height()))
    return areas


def scroll_step(area: QAbstractScrollArea, direction: str) -> bool:
    """Scroll ``area`` one swipe (half a page) in ``direction``; False at the end."""
    vertical = direction in ("DOWN", "UP")
    bar = area.verticalScrollBar() if vertical else area.horizontalScrollBar()
    step = max(bar.pageStep() // 2, bar.singleStep(), 20)
    before = bar.value()
    bar.setValue(before + (step if direction in ("DOWN", "RIGHT") else -step))
    settle()
    return bar.value() != before


def hidden_in_scroll(root: QWidget, selector: Selector) -> list[QWidget]:
    """Widgets that match ``selector`` but are scrolled out of their scroll area's view."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or _on_screen(w) is not None:
            continue
        probe = Element(w, w.rect(), _widget_texts(w), w.objectName(), "widget", w.isEnabled())
        if match([probe], Selector(selector.text, selector.id)) and scroll_area_of(w):
            out.append(w)
    return out


def _interactive(w: QWidget) -> bool:
    return isinstance(w, (QAbstractButton, QComboBox, QAbstractItemView, *TEXT_INPUTS))


def describe_screen(roots: list[tuple[str, QWidget]], limit: int = 60) -> str:
    """What is on screen, for failure messages: visible texts and ids, per part."""
    lines = []
    for name, root in roots:
        if root is None:
            continue
        seen: set[str] = set()
        items = []
        for e in elements(root):
            if e.kind == "widget" and not e.text and not _interactive(e.widget):
                continue  # containers and decorations say nothing to the reader
            d = e.describe()
            if d in seen or e.widget is root:
                continue
            seen.add(d)
            items.append(d)
        more = f" ... and {len(items) - limit} more" if len(items) > limit else ""
        lines.append(f"  {name}: " + (", ".join(items[:limit]) + more if items else "(nothing)"))
    return "\n".join(lines)


def window_point(element: Element) -> QPoint:
    return element.widget.mapTo(element.widget.window(), (element.visible_rect
                                                          or element.rect).center())

"""The flow runner's hands and eyes on the real widgets: find elements the way Maestro does,
tap at their centre, type into the focused field, scroll the enclosing scroll area.

An element is a visible widget (or a tab of a tab bar, or a row of a list/table) with the
texts a person reads on it and its automation id (``objectName``). Only what is on screen
counts: hidden pages, closed sheets and rows scrolled out of view do not match.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
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

from gui.flows.selectors import Matcher, Selector
from gui.flows.selectors import match as match_parts
from gui.pictures import catch_up

MAX_ITEMS_PER_VIEW = 300
WAIT_S = 2.5  # the longest a pattern may take when no command's timeout is given
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


@dataclass(eq=False)
class Element:
    widget: QWidget          # the widget that receives the tap (a view's viewport for rows)
    rect: QRect              # the element's rectangle in ``widget``'s coordinates
    texts: tuple[str, ...]   # what a person reads on it (text, placeholder, accessible name)
    id: str                  # objectName (a tab: its page's objectName)
    kind: str = "widget"     # widget | tab | item
    enabled: bool = True
    checked: bool | None = None
    visible_rect: QRect | None = None  # the on-screen part, in ``widget``'s coordinates
    focused: bool = False
    selected: bool = False   # the current tab, a selected row
    clickable: bool = False  # a control a person taps (Maestro puts these first)
    parent: Element | None = None      # the nearest element it lies inside (childOf & co.)
    row: int = -1            # an item's row in its view (a chooser's choice)
    bounds: tuple[int, int, int, int] = (0, 0, 0, 0)  # global x, y, width, height

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
        current = i == bar.currentIndex()
        out.append(Element(bar, rect, (text,) if text else (), page_id, "tab",
                           bar.isTabEnabled(i) and bar.isEnabled(), current, shown,
                           focused=current and bar.hasFocus(), selected=current,
                           clickable=True, row=i))
    return out


def _item_elements(view: QAbstractItemView) -> list[Element]:
    model = view.model()
    port = view.viewport()
    visible = _on_screen(port)
    if model is None or visible is None or _covered(port, visible):
        return []
    out: list[Element] = []
    root = view.rootIndex()
    rows = min(model.rowCount(root), MAX_ITEMS_PER_VIEW)
    cols = max(1, min(model.columnCount(root), 20))
    chosen = view.selectionModel()
    current = view.currentIndex()
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
                               or checked == Qt.CheckState.Checked, shown,
                               focused=view.hasFocus() and index == current,
                               selected=chosen is not None and chosen.isSelected(index),
                               clickable=True, row=r))
            if len(out) >= MAX_ITEMS_PER_VIEW:
                return out
    return out


_PRESSABLE: dict[type, bool] = {}


def _clickable(w: QWidget) -> bool:
    """A control a person taps: Qt's own, or a widget of ours that handles the mouse."""
    cls = type(w)
    known = _PRESSABLE.get(cls)
    if known is None:
        known = _PRESSABLE[cls] = isinstance(w, (QAbstractButton, QComboBox, QTabBar,
                                                 QAbstractItemView, *TEXT_INPUTS)) or any(
            ("mousePressEvent" in vars(k) or "mouseReleaseEvent" in vars(k))
            for k in cls.__mro__ if not k.__module__.startswith("PySide6"))
    return known


def _focused(w: QWidget) -> bool:
    proxy = w.focusProxy()
    return w.hasFocus() or (proxy is not None and proxy.hasFocus())


def _widget_element(w: QWidget, visible: QRect) -> Element | None:
    texts = _widget_texts(w)
    if (not texts and not w.objectName()) or w.objectName().startswith("qt_"):
        return None
    checked = w.isChecked() if isinstance(w, QAbstractButton) and w.isCheckable() else None
    rect = w.rect()
    if isinstance(w, QCheckBox | QRadioButton):
        # Stretched by its layout, a check box reacts only on its box and its text.
        rect.setWidth(min(rect.width(), w.sizeHint().width()))
        visible = visible.intersected(rect)
    return Element(w, rect, texts, w.objectName(), "widget", w.isEnabled(), checked, visible,
                   focused=_focused(w), clickable=_clickable(w))


def _link(out: list[Element]) -> None:
    """Each element's parent (the nearest element it lies in) and its global bounds."""
    own = {}
    for e in out:
        if e.kind == "widget":
            own.setdefault(e.widget, e)
    for e in out:
        w = e.widget if e.kind != "widget" else e.widget.parentWidget()
        while w is not None:
            holder = own.get(w)
            if holder is not None and holder is not e:
                e.parent = holder
                break
            w = w.parentWidget()
        top_left = e.widget.mapToGlobal(e.rect.topLeft())
        e.bounds = (top_left.x(), top_left.y(), e.rect.width(), e.rect.height())


def elements(root: QWidget, named: str | None = None) -> list[Element]:
    """Everything on screen under ``root``, top to bottom, left to right (an open chooser's
    list included: Qt shows it in a window of its own).

    ``named``: only what could match that id. A plain name (no regular expression) is looked
    up by objectName instead of reading every widget's texts, about a tenth of a whole-story
    flow; a view or tab bar of that name still gets the full scan (its items carry its id).
    """
    _catch_up(root)
    widgets = None
    if named is not None:
        by_name = QRegularExpression(  # Maestro's ids match ignoring case, also after a "/"
            "^(?:.*/)?" + QRegularExpression.escape(named) + "$",
            QRegularExpression.PatternOption.CaseInsensitiveOption)
        widgets = [root] if by_name.match(root.objectName()).hasMatch() else []
        widgets += root.findChildren(QWidget, by_name)
        if any(isinstance(w, QTabBar | QAbstractItemView) for w in widgets):
            widgets = None
    if widgets is None:
        widgets = [root, *root.findChildren(QWidget)]
    out: list[Element] = []
    for w in widgets:
        if isinstance(w, QAbstractItemView) and w.isVisible():
            out += _item_elements(w)  # its rows show in its viewport (a frameless list's own
            # visible region is empty: the viewport covers it)
        visible = _on_screen(w)
        if visible is None or _covered(w, visible):
            continue
        if isinstance(w, QTabBar):
            out += _tab_elements(w, visible)
            continue
        element = _widget_element(w, visible)
        if element is not None:
            out.append(element)
    _link(out)
    out.sort(key=lambda e: (e.bounds[1], e.bounds[0]))
    return out


def _catch_up(root: QWidget) -> None:
    """A part that shows the store only when looked at (gui.pictures.catch_up) is brought up
    to date, and laid out, before it is read."""
    if catch_up(root):
        settle()


def find(roots: list[tuple[str, QWidget | None]], selector: Selector,
         matcher: Matcher | None = None, first: bool = False) -> list[Element]:
    """Maestro's matches of ``selector`` on screen, part by part (the phone first, then the
    console; ``on:`` names one). Raises SlowPattern when a pattern outlasts ``matcher``.
    ``first``: only the first match is wanted (a tap), so without ``index`` the console is
    not read when the phone has one (the same answer, half the work)."""
    matcher = matcher or Matcher(WAIT_S)
    named = selector.plain_id
    parts: list[list[Element]] = []
    for name, root in roots:
        if root is None or (selector.on and selector.on != name):
            continue
        parts.append(elements(root, named))
        if first and selector.index is None:
            found = match_parts(selector, parts[-1:], matcher)
            if found:
                return found
            parts.pop()
    return match_parts(selector, parts, matcher)


def match(found: list[Element], selector: Selector) -> list[Element]:
    """``selector``'s matches among ``found`` (one part of the screen)."""
    return match_parts(selector, [found], Matcher(WAIT_S))


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


def chooser_of(element: Element) -> QComboBox | None:
    """The chooser (combo box) whose open list ``element`` is a choice of, if any."""
    if element.kind != "item":
        return None
    w = element.widget.parentWidget()
    while w is not None:
        if isinstance(w, QComboBox):
            return w
        w = w.parentWidget()
    return None


def choose(combo: QComboBox, row: int) -> None:
    """Pick a choice of an open chooser's list as a person does: the list's current row
    moves there and Return takes it (the combo box emits activated and currentIndexChanged;
    a mouse release in a list that has just opened is ignored by Qt on purpose)."""
    view = combo.view()
    view.setCurrentIndex(combo.model().index(row, combo.modelColumn(), combo.rootModelIndex()))
    QTest.keyClick(view, Qt.Key.Key_Return)
    settle()


def _press_point(element: Element) -> tuple[QWidget, QPoint]:
    area = element.visible_rect or element.rect
    win = element.widget.window()
    return win, element.widget.mapTo(win, area.center())


def tap(element: Element, count: int = 1, delay_ms: int = 100, long: bool = False) -> QWidget:
    """A real mouse click at the centre of the element's on-screen part. The click goes to
    whatever is on top at that point, as it would for a person; returns that widget.
    ``count`` taps ``delay_ms`` apart (doubleTapOn, repeat); ``long`` holds the press."""
    combo = chooser_of(element)
    if combo is not None:
        choose(combo, element.row)
        return combo
    win, at = _press_point(element)
    return tap_at(win, at, count, delay_ms, long)


LONG_PRESS_MS = 600


def tap_at(win: QWidget, at: QPoint, count: int = 1, delay_ms: int = 100,
           long: bool = False) -> QWidget:
    """Taps at ``at`` (``win``'s coordinates) on whatever widget is there."""
    target = win.childAt(at) or win
    local = target.mapFrom(win, at) if target is not win else at
    for i in range(max(count, 1)):
        if i:
            QTest.qWait(delay_ms)
        if long:
            QTest.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             local)
            QTest.qWait(LONG_PRESS_MS)
            QTest.mouseRelease(target, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier, local)
        else:
            QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             local)
        settle()
    return target


def screen_of(phone: QWidget) -> QWidget:
    """The device's screen: the phone's display area (not the bezel, never the console)."""
    return getattr(phone, "screen_area", None) or phone


def screen_point(screen: QWidget, point: tuple[float, float, bool]) -> QPoint:
    """A point of the device's screen: (x, y, relative) as parse_point gives it, percentages
    of the screen's width and height when relative, else pixels from its top-left corner."""
    x, y, relative = point
    if relative:
        x, y = screen.width() * x / 100, screen.height() * y / 100
    x = min(max(int(x), 0), screen.width() - 1)
    y = min(max(int(y), 0), screen.height() - 1)
    return QPoint(x, y)


def point_rect(screen: QWidget, at: QPoint, size: int = 16) -> QRect:
    """A small square around a point of ``screen``, in its window's coordinates."""
    centre = screen.mapTo(screen.window(), at)
    return QRect(centre.x() - size // 2, centre.y() - size // 2, size, size)


def tap_screen(screen: QWidget, point: tuple[float, float, bool], count: int = 1,
               delay_ms: int = 100, long: bool = False) -> QWidget:
    """A tap at a point of the device's screen (Maestro's ``point``)."""
    win = screen.window()
    return tap_at(win, screen.mapTo(win, screen_point(screen, point)), count, delay_ms, long)


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
    """Types ``text`` as a keyboard would: one key event per character carrying the
    character (accents, curly quotes, Cyrillic, CJK and emoji alike), so the field inserts it
    and emits what it emits for a person (textEdited, textChanged); a line break is Return.
    (QTest.keyClicks handles Latin-1 only and aborts the process on anything else.)"""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        if ch == "\r":
            continue
        key = _key_of(ch)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, _modifiers(ch), ch))
    settle()


def _key_of(ch: str) -> int:
    """The Qt key a character's key press carries (Qt's key codes are the upper-case
    Latin-1 code points; anything else is a key Qt has no name for)."""
    up = ch.upper()
    if len(up) == 1 and 0x20 <= ord(up) <= 0xFF:
        return ord(up)
    return Qt.Key.Key_unknown


def _modifiers(ch: str) -> Qt.KeyboardModifier:
    if ch.isalpha() and ch.isupper():
        return Qt.KeyboardModifier.ShiftModifier
    return Qt.KeyboardModifier.NoModifier


def erase_text(widget: QWidget, count: int | None) -> None:
    """Backspace ``count`` times from the end of the field (None: all of it)."""
    if isinstance(widget, QLineEdit):
        QTest.keyClick(widget, Qt.Key.Key_End)
        length = len(widget.text())
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        length = len(widget.toPlainText())
    elif isinstance(widget, QAbstractSpinBox):
        # The editable part is the number: the cursor goes to its end, before a suffix
        # (" days") that the spin box's validator keeps.
        number = widget.cleanText() if hasattr(widget, "cleanText") else widget.text()
        prefix = widget.prefix() if hasattr(widget, "prefix") else ""
        edit = widget.findChild(QLineEdit)
        if edit is not None:
            edit.setCursorPosition(len(prefix) + len(number))
        length = len(number)
    else:
        length = len(_widget_texts(widget)[0]) if _widget_texts(widget) else 0
    count = length if count is None else min(count, length)
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
    """Widgets that match ``selector``'s text and id but are scrolled out of their scroll
    area's view (positions off screen do not compare: relative parts are not checked)."""
    if selector.text is None and selector.id is None:
        return []
    if selector.on and root.objectName() != selector.on:
        return []
    _catch_up(root)
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or _on_screen(w) is not None:
            continue
        probe = Element(w, w.rect(), _widget_texts(w), w.objectName(), "widget", w.isEnabled())
        if (match([probe], Selector(selector.text, selector.id))
                and scroll_area_of(w)):
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


# ---------------------------------------------------------------- keys, swipes, home screen

QT_KEYS = {"Enter": Qt.Key.Key_Return, "Backspace": Qt.Key.Key_Backspace,
           "Escape": Qt.Key.Key_Escape, "Tab": Qt.Key.Key_Tab}


def press_key(widget: QWidget, key: str) -> None:
    """A key of the keyboard (Enter, Backspace, Escape, Tab) pressed in ``widget``."""
    QTest.keyClick(widget, QT_KEYS[key])
    settle()


EDGE_PX = 20  # iOS's back gesture starts this close to the screen's left edge


def swipe_ends(screen: QWidget, direction: str | None = None, start: QPoint | None = None,
               ) -> tuple[QPoint, QPoint]:
    """Where a swipe in ``direction`` starts and ends on ``screen``, as Maestro's iOS
    driver does it: from ``start`` (an element's centre) to 10%/90% of the screen, or
    across the screen (UP 90%->10% of the height, DOWN 20%->90%, LEFT/RIGHT 90%<->10%)."""
    w, h = screen.width(), screen.height()
    if start is not None:
        x, y = start.x(), start.y()
        end = {"UP": (x, h * 0.1), "DOWN": (x, h * 0.9), "RIGHT": (w * 0.9, y),
               "LEFT": (w * 0.1, y)}[direction]
        return start, QPoint(int(end[0]), int(end[1]))
    a, b = {"UP": ((0.5, 0.9), (0.5, 0.1)), "DOWN": ((0.5, 0.2), (0.5, 0.9)),
            "RIGHT": ((0.1, 0.5), (0.9, 0.5)), "LEFT": ((0.9, 0.5), (0.1, 0.5))}[direction]
    return QPoint(int(w * a[0]), int(h * a[1])), QPoint(int(w * b[0]), int(h * b[1]))


def is_back_gesture(screen: QWidget, start: QPoint, end: QPoint, platform: str = "ios") -> bool:
    """iOS's edge swipe: from the left edge, mostly rightwards, a quarter of the width.
    Android's gesture navigation also goes back from the right edge, leftwards."""
    dx, dy = end.x() - start.x(), end.y() - start.y()
    if start.x() <= EDGE_PX and dx >= screen.width() / 4 and abs(dy) < dx:
        return True
    return (platform == "android" and start.x() >= screen.width() - EDGE_PX
            and -dx >= screen.width() / 4 and abs(dy) < -dx)


def swipe(screen: QWidget, start: QPoint, end: QPoint) -> QAbstractScrollArea | None:
    """A finger moving from ``start`` to ``end`` (``screen``'s coordinates): the scroll area
    under the finger follows it (content moves with the finger); returns that area, or None
    when nothing there scrolls that way."""
    win = screen.window()
    at = screen.mapTo(win, start)
    hit = win.childAt(at)
    dx, dy = start.x() - end.x(), start.y() - end.y()
    w = hit
    while w is not None and w is not win.parentWidget():
        if isinstance(w, QAbstractScrollArea):
            moved = False
            for bar, delta in ((w.verticalScrollBar(), dy), (w.horizontalScrollBar(), dx)):
                if delta and bar.maximum() > bar.minimum():
                    before = bar.value()
                    bar.setValue(before + delta)
                    moved = moved or bar.value() != before
            if moved:
                settle()
                return w
        w = w.parentWidget()
    settle()
    return None


HOME_ID = "home_screen"


def show_home(screen: QWidget) -> QWidget:
    """The device's home screen over the app (Home, stopApp, killApp): nothing of the app is
    on screen until it is launched again."""
    home = screen.findChild(QLabel, HOME_ID)
    if home is None:
        home = QLabel("Home screen\n\nThe app is not on screen:\nlaunchApp brings it back.",
                      screen)
        home.setObjectName(HOME_ID)
        home.setAlignment(Qt.AlignmentFlag.AlignCenter)
        home.setStyleSheet("background: #1c2a3a; color: #e8eef5; font-size: 15px;")
    home.setGeometry(screen.rect())
    home.show()
    home.raise_()
    settle()
    return home


def hide_home(screen: QWidget) -> bool:
    """Takes the home screen away; False when the app was on screen already."""
    home = screen.findChild(QLabel, HOME_ID)
    if home is None or not home.isVisible():
        return False
    home.hide()
    settle()
    return True

"""The iPhone's keyboard, drawn: it slides up when a text field of the phone takes focus,
types into that field when its keys are clicked, and slides down when focus leaves.

- ``Keyboard``: the light iOS keyboard at iPhone sizes (390 points wide: letter keys 33 x 42,
  6 apart, rows 12 apart; shift and delete 42 wide; 123 and return 88), its three layers
  (letters, 123, #+=), shift for one letter, and the strip under the keys with the globe and
  the microphone. The keys never take focus, so the field keeps it; each click sends the
  field the key events a hardware keyboard sends (the field cannot tell the two apart).
  It speaks the phone's language (the names of return, space, ABC and what is read aloud)
  and has that language's letters as iOS lays them out: QWERTZ with ü ö ä in German, ñ in
  Spanish, ЙЦУКЕН in Russian, QWERTY for English and Portuguese (and pseudo).
- ``KeyboardControl``: one per phone. It watches where focus goes; a field of this phone that
  can be edited brings the keyboard up (the page scrolls so the field stays in view), focus
  anywhere else takes it down (with motion on, the page glides up with the keyboard rather
  than jumping). Return is labelled as iOS would for that field: ``next`` when
  another field follows on the screen (Return moves there, from either keyboard), ``go`` where
  the screen has an action Return submits (the browser's Next), ``done`` in a text view (it
  closes the keyboard; a hardware Return there is a line break, as on the device).

On an Android phone (``Keyboard.set_platform``, which KeyboardControl follows) the keyboard is
Gboard instead: its toolbar above the keys, flat rounded keys on light grey, wider shift and
backspace, a bottom row of ?123, comma, space, period and the blue round action key whose
icon is drawn (an arrow, a tick). Every key keeps its name, so tests and flows type the same.

The keyboard takes its place in the phone's layout (the screen above gets shorter, as an app's
content does above the iOS keyboard), so nothing behind it can be tapped by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from core import i18n
from gui.i18n import Translated
from gui.phone import motion
from gui.phone.frame import SCREEN_W
from gui.style import set_prop, tokens

KEYS_H = 216          # the keys' part (4 rows)
STRIP_H = 41          # under the keys: the globe and the microphone
KEY_W, KEY_H = 33, 42
GAP_X, GAP_Y = 6, 12
SIDE = 3              # the outer margin left and right
TOP = 8
WIDE = 42             # shift, delete
BOTTOM_W = 88         # 123 / ABC and return

# Gboard (Android): taller keys, closer rows, wider shift/backspace/?123/action, and a
# comma and a period beside a shorter space bar; its toolbar strip sits above the keys.
A_KEY_H, A_GAP_Y, A_TOP = 44, 10, 6
A_WIDE = 48

LETTERS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# The letters of iOS's keyboard for a language (the others type on QWERTY).
LETTERS_OF = {"de": ("qwertzuiopü", "asdfghjklöä", "yxcvbnm"),
              "es": ("qwertyuiop", "asdfghjklñ", "zxcvbnm"),
              "ru": ("йцукенгшщзх", "фывапролджэ", "ячсмитьбю")}
NUMBERS = ("1234567890", "-/:;()$&@\"", ".,?!'")
SYMBOLS = ("[]{}#%^*+=", "_\\|~<>€£¥•", ".,?!'")
LAYERS = {"letters": LETTERS, "numbers": NUMBERS, "symbols": SYMBOLS}
# Gboard's ?123 and =\< pages (their comma and period are on the bottom row).
ANDROID_LAYERS = {"numbers": ("1234567890", "@#$_&-+()/", "*\"':;!?"),
                  "symbols": ("~`|•√π÷×¶∆", "£¢€¥^°={}\\", "%©®™✓[]")}
# What the layer switch key shows on Gboard.
ANDROID_SWITCH = {"numbers": "?123", "symbols": "=\\<", "letters": "ABC"}
# Return's label as iOS writes it in each language (lower case in English).
RETURN_LABELS = {
    #: The Return key of iOS's keyboard where another field follows (iOS's word)
    "next": QT_TRANSLATE_NOOP("Keyboard", "next"),
    #: The Return key of iOS's keyboard where it submits the page (iOS's word)
    "go": QT_TRANSLATE_NOOP("Keyboard", "go"),
    #: The Return key of iOS's keyboard where it closes the keyboard (iOS's word)
    "done": QT_TRANSLATE_NOOP("Keyboard", "done"),
    "return": QT_TRANSLATE_NOOP("Keyboard", "return"),
}
# What a screen reader says for the keys that are not a character.
SPOKEN = {"shift": QT_TRANSLATE_NOOP("Keyboard", "shift"),
          "delete": QT_TRANSLATE_NOOP("Keyboard", "delete"),
          "space": QT_TRANSLATE_NOOP("Keyboard", "space"),
          "return": QT_TRANSLATE_NOOP("Keyboard", "return"),
          "numbers": QT_TRANSLATE_NOOP("Keyboard", "numbers"),
          "letters": QT_TRANSLATE_NOOP("Keyboard", "letters"),
          "symbols": QT_TRANSLATE_NOOP("Keyboard", "symbols")}
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)


@dataclass(frozen=True)
class Key:
    """One key: what it is called (objectName ``key_<name>``), what it shows, where it is."""

    name: str
    label: str
    rect: QRect
    role: str = "letter"       # letter | function | space | return


def _row(chars: str, y: int, x0: float, width: float = KEY_W,
         height: int = KEY_H) -> list[Key]:
    return [Key(_key_name(c), c, QRect(round(x0 + i * (width + GAP_X)), y, round(width), height))
            for i, c in enumerate(chars)]


def _key_name(ch: str) -> str:
    return ch if ch.isalnum() and ch.isascii() else f"u{ord(ch):04x}"


def layout(layer: str, width: int = 390, language: str = i18n.SOURCE,
           platform: str = "ios") -> list[Key]:
    """Every key of a layer at iPhone sizes, for a keyboard ``width`` wide; the letters are
    the ``language``'s (an 11-key row has narrower keys, as on the device). On ``android``
    Gboard's keys instead (``android_layout``), with the same names."""
    if platform == "android":
        return android_layout(layer, width, language)
    rows = LETTERS_OF.get(language, LETTERS) if layer == "letters" else LAYERS[layer]
    y = [TOP + i * (KEY_H + GAP_Y) for i in range(4)]
    n = len(rows[0])
    first = _row(rows[0], y[0], SIDE, (width - 2 * SIDE - (n - 1) * GAP_X) / n)
    wide_row = len(rows[1]) == n
    second_w = first[0].rect.width() if wide_row else KEY_W
    second_x = SIDE if wide_row else (width - len(rows[1]) * KEY_W
                                      - (len(rows[1]) - 1) * GAP_X) / 2
    keys = first + _row(rows[1], y[1], second_x, second_w)
    if layer == "letters":
        third = len(rows[2])  # between shift and delete, a gap from each
        third_w = min(KEY_W, (width - 2 * SIDE - 2 * WIDE - (third + 1) * GAP_X) / third)
        inner = (width - third * third_w - (third - 1) * GAP_X) / 2
        keys += _row(rows[2], y[2], inner, third_w)
        keys.append(Key("shift", "⇧", QRect(SIDE, y[2], WIDE, KEY_H), "function"))
    else:
        span = width - 2 * SIDE - 2 * WIDE - 2 * (GAP_X + 6)
        w = (span - 4 * GAP_X) / 5
        keys += _row(rows[2], y[2], SIDE + WIDE + GAP_X + 6, w)
        other = "symbols" if layer == "numbers" else "numbers"
        keys.append(Key(other, "#+=" if other == "symbols" else "123",
                        QRect(SIDE, y[2], WIDE, KEY_H), "function"))
    keys.append(Key("delete", "⌫", QRect(width - SIDE - WIDE, y[2], WIDE, KEY_H), "function"))
    switch = ("numbers", "123") if layer == "letters" else ("letters", "ABC")
    keys.append(Key(*switch, QRect(SIDE, y[3], BOTTOM_W, KEY_H), "function"))
    space_x = SIDE + BOTTOM_W + GAP_X
    space_w = width - 2 * SIDE - 2 * BOTTOM_W - 2 * GAP_X
    keys.append(Key("space", "space", QRect(space_x, y[3], space_w, KEY_H), "space"))
    keys.append(Key("return", "return", QRect(width - SIDE - BOTTOM_W, y[3], BOTTOM_W, KEY_H),
                    "return"))
    return keys


def android_layout(layer: str, width: int = 390, language: str = i18n.SOURCE) -> list[Key]:
    """Gboard's keys: the letter rows as iOS's (the same names), shift/?123 and backspace
    wider, and a bottom row of ?123, comma, space, period and the round action key."""
    rows = LETTERS_OF.get(language, LETTERS) if layer == "letters" else ANDROID_LAYERS[layer]
    y = [A_TOP + i * (A_KEY_H + A_GAP_Y) for i in range(4)]
    n = len(rows[0])
    key_w = (width - 2 * SIDE - (n - 1) * GAP_X) / n
    keys = _row(rows[0], y[0], SIDE, key_w, A_KEY_H)
    second = len(rows[1])
    second_x = (width - second * key_w - (second - 1) * GAP_X) / 2
    keys += _row(rows[1], y[1], max(SIDE, second_x), key_w, A_KEY_H)
    third = len(rows[2])
    third_w = min(key_w, (width - 2 * SIDE - 2 * A_WIDE - (third + 1) * GAP_X) / third)
    inner = (width - third * third_w - (third - 1) * GAP_X) / 2
    keys += _row(rows[2], y[2], inner, third_w, A_KEY_H)
    left = {"letters": ("shift", "⇧"), "numbers": ("symbols", ANDROID_SWITCH["symbols"]),
            "symbols": ("numbers", ANDROID_SWITCH["numbers"])}[layer]
    keys.append(Key(*left, QRect(SIDE, y[2], A_WIDE, A_KEY_H), "function"))
    keys.append(Key("delete", "⌫", QRect(width - SIDE - A_WIDE, y[2], A_WIDE, A_KEY_H),
                    "function"))
    return keys + _android_bottom_row(layer, width, y[3], round(key_w))


def _android_bottom_row(layer: str, width: int, y: int, key_w: int) -> list[Key]:
    """?123 (ABC off the letters), comma, the space bar, period, the action key."""
    switch = "numbers" if layer == "letters" else "letters"
    comma_x = SIDE + A_WIDE + GAP_X
    space_x = comma_x + key_w + GAP_X
    period_x = width - SIDE - A_WIDE - GAP_X - key_w
    return [Key(switch, ANDROID_SWITCH[switch], QRect(SIDE, y, A_WIDE, A_KEY_H), "function"),
            Key("u002c", ",", QRect(comma_x, y, key_w, A_KEY_H)),
            Key("space", "", QRect(space_x, y, period_x - GAP_X - space_x, A_KEY_H), "space"),
            Key("u002e", ".", QRect(period_x, y, key_w, A_KEY_H)),
            Key("return", "", QRect(width - SIDE - A_WIDE, y, A_WIDE, A_KEY_H), "return")]


def _draw_action_icon(p: QPainter, box: QRectF, kind: str) -> None:
    """Gboard's action key shows an icon, not a word: an arrow to go on (next, go), a
    tick for done, a magnifier for search, the return arrow otherwise."""
    c = box.center()
    if kind in ("next", "go"):
        p.drawLine(QPointF(c.x() - 8, c.y()), QPointF(c.x() + 8, c.y()))
        p.drawPolyline([QPointF(c.x() + 2, c.y() - 6), QPointF(c.x() + 8, c.y()),
                        QPointF(c.x() + 2, c.y() + 6)])
    elif kind == "done":
        p.drawPolyline([QPointF(c.x() - 7, c.y()), QPointF(c.x() - 2, c.y() + 5),
                        QPointF(c.x() + 8, c.y() - 5)])
    elif kind == "search":
        p.drawEllipse(QPointF(c.x() - 2, c.y() - 2), 5.5, 5.5)
        p.drawLine(QPointF(c.x() + 2, c.y() + 2), QPointF(c.x() + 8, c.y() + 8))
    else:
        p.drawPolyline([QPointF(c.x() + 7, c.y() - 6), QPointF(c.x() + 7, c.y() + 2),
                        QPointF(c.x() - 7, c.y() + 2)])
        p.drawPolyline([QPointF(c.x() - 3, c.y() - 2), QPointF(c.x() - 7, c.y() + 2),
                        QPointF(c.x() - 3, c.y() + 6)])


class ActionKey(QPushButton):
    """Return. On iOS a word (its text); on Android Gboard's blue pill with an icon drawn
    over it (``icon_kind``: next, go, done, search, return), since the glyphs for them
    are not in the bundled Inter font."""

    icon_kind = ""

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self.icon_kind:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(tokens()["white"]), 2.0)  # resources/styles/tokens.txt
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        _draw_action_icon(p, QRectF(self.rect()), self.icon_kind)


class KeyStrip(QWidget):
    """Under the keys: the globe (other keyboards) and the microphone (dictation), drawn."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard_strip")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    platform = "ios"

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.platform == "android":
            self._paint_gboard_toolbar(p)
            return
        pen = QPen(QColor(tokens()["key_glyph"]), 1.6)  # resources/styles/tokens.txt
        p.setPen(pen)
        globe = QRectF(24, 8, 24, 24)
        p.drawEllipse(globe)
        p.drawEllipse(globe.adjusted(6, 0, -6, 0))
        p.drawLine(globe.left(), globe.center().y(), globe.right(), globe.center().y())
        x = self.width() - 36
        mic = QPainterPath()
        mic.addRoundedRect(QRectF(x - 4.5, 8, 9, 15), 4.5, 4.5)
        p.drawPath(mic)
        p.drawArc(QRectF(x - 8, 12, 16, 15), 180 * 16, 180 * 16)
        p.drawLine(x, 27, x, 31)

    def _paint_gboard_toolbar(self, p: QPainter) -> None:
        """Gboard's toolbar above the keys: the apps grid, the emoji face, settings' gear
        on the left, the microphone on the right (drawn, none of them is a key here)."""
        pen = QPen(QColor(tokens()["gboard_glyph"]), 1.6)  # resources/styles/tokens.txt
        p.setPen(pen)
        mid = self.height() / 2
        for dx, dy in ((0, 0), (9, 0), (0, 9), (9, 9)):   # the 2 x 2 apps grid
            p.drawRoundedRect(QRectF(20 + dx, mid - 8 + dy, 7, 7), 2, 2)
        face = QRectF(66, mid - 9, 18, 18)
        p.drawEllipse(face)
        p.drawArc(face.adjusted(4, 4, -4, -4), 200 * 16, 140 * 16)
        gear = QPointF(121, mid)
        p.drawEllipse(gear, 8.5, 8.5)
        p.drawEllipse(gear, 3, 3)
        x = self.width() - 30
        mic = QPainterPath()
        mic.addRoundedRect(QRectF(x - 4, mid - 10, 8, 13), 4, 4)
        p.drawPath(mic)
        p.drawArc(QRectF(x - 7.5, mid - 6, 15, 13), 180 * 16, 180 * 16)
        p.drawLine(QPointF(x, mid + 7), QPointF(x, mid + 10))


class Keyboard(Translated, QFrame):
    """The drawn keyboard; ``target`` is the field its keys type into."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = i18n.current()
        self.setObjectName("keyboard")
        self.setAccessibleName(self.tr("Keyboard"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedHeight(KEYS_H + STRIP_H)
        self.target: QWidget | None = None
        self.layer = "letters"
        self.shifted = False
        self.return_kind = "done"
        self.keys: dict[str, QPushButton] = {}
        self._layout: dict[str, Key] = {}
        self.strip = KeyStrip(self)
        self.on_return = None   # set by KeyboardControl: what Return does for the field
        self._built_width = 0
        self.platform = "ios"   # "android": Gboard (set_platform)
        self.setProperty("platform", "ios")
        self._build_keys()

    def _build_keys(self) -> None:
        for button in self.keys.values():
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.keys = {}
        width = self.width() if self._built_width else SCREEN_W
        self._built_width = width
        self._layout = {key.name: key for key in layout(self.layer, width, self.language,
                                                        self.platform)}
        for key in self._layout.values():
            button = (ActionKey if key.role == "return" else QPushButton)(self._shown(key), self)
            button.setObjectName(f"key_{key.name}")
            button.setAccessibleName(self._spoken(key))
            button.setProperty("key", key.role)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setGeometry(key.rect.translated(0, self._keys_top()))
            button.clicked.connect(lambda _=False, k=key: self.press(k.name, k.label))
            button.show()
            self.keys[key.name] = button
        self._style_state()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._place_strip()
        if self.width() > 100 and self.width() != self._built_width:
            self._build_keys()

    def _place_strip(self) -> None:
        """iOS's strip is under the keys; Gboard's toolbar is above them."""
        top = 0 if self.platform == "android" else KEYS_H
        self.strip.setGeometry(0, top, self.width(), STRIP_H)

    def set_platform(self, platform: str) -> None:
        """Draw iOS's keyboard or, on ``android``, Gboard: the keys keep their names."""
        if platform == self.platform:
            return
        self.platform = self.strip.platform = platform
        set_prop(self, "platform", platform)
        self._place_strip()
        self.strip.update()
        self._build_keys()

    def _keys_top(self) -> int:
        return STRIP_H if self.platform == "android" else 0

    def _shown(self, key: Key) -> str:
        if key.role == "return":
            return self._return_label()
        if key.role == "space" and self.platform == "android":
            return ""   # Gboard's space bar is blank
        if key.role == "space":
            #: The space bar of iOS's keyboard (iOS's word: Leerzeichen, Пробел, espacio)
            return self.tr("space")
        if key.name == "letters":
            return self.tr("ABC")  # the letters' first three: АБВ in Russian
        if key.role == "letter" and key.label.isalpha():
            return key.label.upper() if self.shifted else key.label
        return key.label.replace("&", "&&")   # a lone & is a mnemonic: the key was blank

    def _return_label(self) -> str:
        if self.platform == "android":
            return ""   # an icon, drawn by ActionKey
        return self.tr(RETURN_LABELS.get(self.return_kind, RETURN_LABELS["return"]))

    def _spoken(self, key: Key) -> str:
        return self.tr(SPOKEN[key.name]) if key.name in SPOKEN else key.label

    def _style_state(self) -> None:
        shift = self.keys.get("shift")
        if shift is not None:
            shift.setProperty("on", "true" if self.shifted else "false")
            shift.style().unpolish(shift)
            shift.style().polish(shift)
        ret = self.keys.get("return")
        if ret is not None:
            ret.setText(self._return_label())
            ret.icon_kind = self.return_kind if self.platform == "android" else ""
            ret.setProperty("kind", self.return_kind)
            ret.style().unpolish(ret)
            ret.style().polish(ret)
            ret.update()

    def set_return_kind(self, kind: str) -> None:
        self.return_kind = kind
        self._style_state()

    def set_language(self, language: str) -> None:
        """Speak ``language`` and type its letters (the phone's language changed)."""
        if language != self.language:
            self.language = language
            self.setAccessibleName(self.tr("Keyboard"))
            self._build_keys()

    def set_layer(self, layer: str) -> None:
        self.layer = layer
        self.shifted = False
        self._build_keys()

    def set_shifted(self, on: bool) -> None:
        self.shifted = on
        for name, button in self.keys.items():
            key = self._layout[name]
            if key.role == "letter" and key.label.isalpha():
                button.setText(self._shown(key))
        self._style_state()

    # -- typing ---------------------------------------------------------------------------
    def press(self, name: str, label: str) -> None:
        """What a click on the key ``name`` does."""
        if name == "shift":
            self.set_shifted(not self.shifted)
        elif name in LAYERS:
            self.set_layer(name)
        elif name == "return":
            if self.on_return is not None:
                self.on_return()
        elif name == "delete":
            self._send(Qt.Key.Key_Backspace, "")
        elif name == "space":
            self._send(Qt.Key.Key_Space, " ")
        else:
            ch = label.upper() if self.shifted and label.isalpha() else label
            self._send(_qt_key(ch), ch, ch.isalpha() and ch.isupper())
            if self.shifted:
                self.set_shifted(False)

    def _send(self, key: int, text: str, shift: bool = False) -> None:
        target = self.target
        if target is None:
            return
        mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(target, QKeyEvent(kind, key, mods, text))


def _qt_key(ch: str) -> int:
    up = ch.upper()
    return ord(up) if len(up) == 1 and 0x20 <= ord(up) <= 0xFF else Qt.Key.Key_unknown


def editable(widget: QWidget | None) -> bool:
    """A text field a person can type in (not read-only, enabled)."""
    if not isinstance(widget, TEXT_FIELDS) or not widget.isEnabled():
        return False
    return not widget.isReadOnly()


def fields_of(screen: QWidget) -> list[QWidget]:
    """The screen's visible fields that can be edited, top to bottom (the screens' Tab
    order). Only the fields are looked up: walking the whole focus chain wraps Qt's
    internal widgets too (scroll bars among them), which PySide then confused."""
    found = [w for kind in TEXT_FIELDS for w in screen.findChildren(kind)
             if editable(w) and w.isVisible()]

    def place(w: QWidget) -> tuple[int, int]:
        at = w.mapTo(screen, QPoint(0, 0))
        return at.y(), at.x()

    return sorted(found, key=place)


def return_kind(field: QWidget, screen: QWidget | None) -> str:
    """How iOS labels Return for ``field``: next, go or done."""
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return "done"
    if screen is not None:
        fields = fields_of(screen)
        if field in fields and fields.index(field) < len(fields) - 1:
            return "next"
        primary = getattr(screen, "primary", None)
        if isinstance(primary, QAbstractButton) and primary.isVisible():
            return "go"
    return "done"


def scroll_area_of(field: QWidget) -> QScrollArea | None:
    """The page ``field`` scrolls in, if any."""
    area = field.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    return area if area is not None and area.widget() is not None else None


def keep_in_view(field: QWidget, margin: int = 16) -> None:
    """Scroll the page so the whole field shows (Qt's ensureWidgetVisible keeps only a text
    field's cursor in view), as iOS scrolls a focused field above the keyboard."""
    area = scroll_area_of(field)
    if area is None:
        return
    at = field.mapTo(area.widget(), QPoint(0, 0))
    half_w, half_h = field.width() // 2, field.height() // 2
    area.ensureVisible(at.x() + half_w, at.y() + half_h, half_w + margin, half_h + margin)


def _backdrop(host: QWidget, area: QRect) -> QPixmap:
    """What the keyboard rises over: the colour of the screen's edge just above it (the
    form's footer, a page), as the app's content moves up with the keyboard on iOS."""
    edge = motion.snapshot(host, QRect(area.x() + area.width() // 2, area.y() - 1, 1, 1))
    colour = edge.toImage().pixelColor(0, 0) if not edge.isNull() else QColor(tokens()["page"])
    picture = QPixmap(area.size())
    picture.fill(colour)
    return picture


class KeyboardControl(QObject):
    """Brings one phone's keyboard up and down with the focus, and answers its Return."""

    def __init__(self, phone) -> None:
        super().__init__(phone)
        self.phone = phone
        self._keyboard: Keyboard | None = None
        self.field: QWidget | None = None
        self._pending = False
        QApplication.instance().focusChanged.connect(self._focus_changed)

    @property
    def keyboard(self) -> Keyboard:
        """Built on first use (its keys' styling is a tenth of a phone's construction),
        in the phone's layout between the screens and the home indicator."""
        if self._keyboard is None:
            keyboard = self._keyboard = Keyboard()
            keyboard.on_return = self.return_pressed
            keyboard.hide()
            box = self.phone.screen_area.layout()
            box.insertWidget(box.indexOf(self.phone.stack) + 1, keyboard)
        return self._keyboard

    def is_up(self) -> bool:
        return self._keyboard is not None and not self._keyboard.isHidden()

    def set_platform(self, platform: str) -> None:
        """The phone became an iPhone or an Android phone: a keyboard already built (up or
        down) changes with it at once, not at the next field's focus."""
        if self._keyboard is not None:
            self._keyboard.set_platform(platform)

    def _screen_of(self, widget: QWidget) -> QWidget | None:
        current = self.phone.current_screen()
        if current is not None and current.isAncestorOf(widget):
            return current
        sheet = self.phone.sheet_layer.current
        return sheet if sheet is not None and sheet.isAncestorOf(widget) else None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Focus moved: follow it once the event that moved it is over (a field can lose
        focus because its page is being deleted: nothing may be laid out then)."""
        if new is not None and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.sync)

    def sync(self) -> None:
        """The keyboard up for the focused field of this phone, else down."""
        self._pending = False
        new = QApplication.focusWidget()
        if new is None:
            return   # the window lost focus: the field keeps it when it comes back
        if self.phone.screen_area.isAncestorOf(new) and editable(new):
            self.attach(new)
        elif self.field is not None and new is not self.field:
            self.detach()

    def attach(self, field: QWidget) -> None:
        if self.field is not None and self.field is not field:
            self.field.removeEventFilter(self)
        self.field = field
        field.installEventFilter(self)
        self.keyboard.target = field
        self.keyboard.set_platform(getattr(self.phone, "platform", "ios"))  # Gboard on Android
        language = getattr(self._screen_of(field), "language", None)
        if language is not None:
            self.keyboard.set_language(language)  # the phone's: its screen's
        self.keyboard.set_return_kind(return_kind(field, self._screen_of(field)))
        if self.keyboard.layer != "letters":
            self.keyboard.set_layer("letters")
        if not self.is_up():
            self._slide(up=True)
        self._keep_in_view(field)

    def _keep_in_view(self, field: QWidget) -> None:
        """The page scrolls at once so the field shows above the keyboard; with motion on,
        a curtain draws the page gliding there as the keyboard rises (not a jump)."""
        area = scroll_area_of(field)
        if area is None:
            return
        bar = area.verticalScrollBar()
        old = bar.value()
        port = area.viewport()
        animate = (motion.enabled() and self.phone.isVisible()
                   and not self.phone.motion.screen_moving())
        before = motion.snapshot(port) if animate else None
        keep_in_view(field)
        if before is not None and bar.value() != old:
            self.phone.motion.page_scrolled(port, before, bar.value() - old)

    def detach(self) -> None:
        field, self.field = self.field, None
        if field is not None:
            field.removeEventFilter(self)
        if self._keyboard is not None:
            self._keyboard.target = None
        if self.is_up():
            self._slide(up=False)

    def _slide(self, up: bool) -> None:
        kb = self.keyboard
        host = self.phone.screen_area
        phone_motion = self.phone.motion
        animate = motion.enabled() and self.phone.isVisible()
        if up:
            kb.show()
            self.phone.settle()
            if animate:
                area = QRect(kb.mapTo(host, QPoint(0, 0)), kb.size())
                phone_motion.keyboard_moved(area, True, _backdrop(host, area),
                                            motion.snapshot(kb))
        else:
            area = QRect(kb.mapTo(host, QPoint(0, 0)), kb.size())
            part = motion.snapshot(kb) if animate else None
            kb.hide()
            self.phone.settle()
            if animate:
                phone_motion.keyboard_moved(area, False, motion.snapshot(host, area), part)
        self.phone.home.setProperty("keyboard", "true" if up else "false")
        self.phone.home.style().unpolish(self.phone.home)
        self.phone.home.style().polish(self.phone.home)

    def hide(self) -> None:
        """The keyboard down: the field gives its focus back to its screen."""
        field = self.field
        if field is None:
            return
        screen = self._screen_of(field)
        if screen is not None:
            screen.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            field.clearFocus()
        self.detach()

    # -- Return -------------------------------------------------------------------------
    def return_pressed(self) -> None:
        """The keyboard's Return: next field, submit (a hardware Return in the field), or
        close the keyboard."""
        field = self.field
        if field is None:
            return
        kind = return_kind(field, self._screen_of(field))
        if kind == "next":
            self._next_field(field)
        elif kind == "go":
            for event_kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(field, QKeyEvent(event_kind, Qt.Key.Key_Return,
                                                            Qt.KeyboardModifier.NoModifier, "\r"))
        else:
            self.hide()

    def _next_field(self, field: QWidget) -> None:
        fields = fields_of(self._screen_of(field))
        following = fields[fields.index(field) + 1]
        following.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """A hardware Return in a field followed by another moves there, as the drawn one."""
        if (watched is self.field and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not isinstance(watched, QPlainTextEdit | QTextEdit)
                and return_kind(watched, self._screen_of(watched)) == "next"):
            self._next_field(watched)
            return True
        return False


__all__ = ["Keyboard", "KeyboardControl", "editable", "layout", "return_kind"]

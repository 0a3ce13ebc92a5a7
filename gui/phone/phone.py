"""The phone: a 390 x 844 iPhone-shaped frame holding the app's screens.

``PhoneView()`` builds the frame (status bar with the simulated time, rounded screen with a
notch, home indicator), a ``QStackedWidget`` with one page per screen (``gui.phone.screens``
registers them) and a layer for bottom sheets. It knows neither core nor the controller: a
``PhoneNavigator`` drives it, and ``gui.builder`` makes the two and sets ``phone.navigator``.
Public API for tests, flows and the storyboard:

- ``current_screen_name()`` / ``current_screen()`` / ``screen(name)`` / ``SCREEN_NAMES``
- ``sheet_name()``: the open bottom sheet ("delete_warning", "admin_picker") or None
- ``find_visible(object_name)``: the visible widget with that objectName (sheet first) or None
- ``ensure_visible(widget)``: scroll the page so the widget is inside the viewport
- ``go_to(name)``: show a screen directly (re-reads its view from core)
- ``go_back()``: close the open sheet or press the screen's Back; False if there is none
- ``render_png(path, scale=2.0)`` and the module function ``render_screen_png(phone, path)``
- ``language`` and ``set_language(language)``: the language its screens are built in
- signal ``screen_changed(str)``
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QEvent, QObject, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QRegion
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from gui.i18n import translate
from gui.phone import focus_ring, press_fade
from gui.phone import motion as motion_
from gui.phone.frame import (
    ANDROID_RADIUS,
    BEZEL,
    HOME_H,
    NOTCH_H,
    NOTCH_W,
    SCREEN_H,
    SCREEN_RADIUS,
    SCREEN_W,
    STATUS_H,
)
from gui.phone.keyboard import KeyboardControl
from gui.phone.screens import SCREEN_NAMES, Screens, build_sheets
from gui.phone.screens.base import Screen, Sheet
from gui.phone.widgets import IconLabel, TapFlash, Toast, label
from gui.pictures import painting
from gui.style import set_prop, stylesheet

__all__ = ["SCREEN_NAMES", "PhoneView", "render_screen_png"]


class StatusBar(QFrame):
    """Simulated time on the left, signal / Wi-Fi / battery on the right, the notch between."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_bar")
        self.setFixedHeight(STATUS_H)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(0)
        side = (SCREEN_W - NOTCH_W) // 2
        self.time = label("9:41", "status_time", "status_time", wrap=False)
        self.time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time.setFixedWidth(side)
        self.time.setIndent(0)
        box.addWidget(self.time)
        box.addStretch(1)
        icons = QWidget()
        icons.setFixedWidth(side)
        row = QHBoxLayout(icons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(5)
        row.addStretch(1)
        for name, w, h in (("signal", 18, 12), ("wifi", 16, 12), ("battery", 27, 13)):
            icon = IconLabel(name, 12)
            icon.setFixedSize(w, h)
            row.addWidget(icon)
        row.addStretch(1)
        box.addWidget(icons)

    def set_platform(self, platform: str) -> None:
        """iOS: the time centred left of the notch. Android: the time at the left edge and
        the icons at the right, around the punch-hole camera."""
        android = platform == "android"
        self.time.setAlignment((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                               if android else Qt.AlignmentFlag.AlignCenter)
        self.time.setIndent(26 if android else 0)
        self.layout().setContentsMargins(0, 0 if android else 4, 14 if android else 0, 0)

    def set_time(self, now: datetime, language: str | None = None) -> None:
        """The clock as the phone shows it (24-hour, as in each of the five languages), and
        its tooltip in ``language`` (the phone's; default the current one)."""
        self.time.setText(f"{now.hour}:{now.minute:02d}")
        stamp = f"{now:%Y-%m-%d %H:%M}"
        with i18n.use(language):  # lupdate reads translate(context, text) calls only
            tip = translate("Phone", "Simulated time: {time} UTC")
            name = translate("Phone", "Simulated time {time} UTC")
        self.time.setToolTip(tip.format(time=stamp))
        self.time.setAccessibleName(name.format(time=stamp))


class HomeArea(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home_area")
        self.setFixedHeight(HOME_H)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 8)
        box.addStretch(1)
        self.pill = QFrame()
        self.pill.setObjectName("home_indicator")
        self.pill.setFixedSize(134, 5)
        box.addWidget(self.pill, 0, Qt.AlignmentFlag.AlignHCenter)

    def set_platform(self, platform: str) -> None:
        """iOS's home indicator, or Android's gesture navigation handle (shorter, thinner)."""
        self.pill.setFixedSize(*((108, 4) if platform == "android" else (134, 5)))


class SheetLayer(QFrame):
    """The dimmed layer that holds a bottom sheet; a tap outside the sheet dismisses it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_scrim")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(0)
        self.box.addStretch(1)
        self.current: Sheet | None = None
        self.hide()

    def add(self, sheet: Sheet) -> None:
        sheet.hide()
        self.box.addWidget(sheet)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self.current is not None and not self.current.geometry().contains(
                event.position().toPoint()):
            self.current.dismiss()
            return
        super().mousePressEvent(event)


class Bezel(QWidget):
    """The device around the screen, painted over it: frame, rounded corners, notch.

    Colours come from phone.qss (``qproperty-frameColor`` ...), not from code.
    """

    def __init__(self, parent: QWidget) -> None:
        self._frame = QColor()
        self._edge = QColor()
        super().__init__(parent)
        self.setObjectName("phone_bezel")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.platform = "ios"

    def set_platform(self, platform: str) -> None:
        self.platform = platform
        self.update()

    def _get_frame(self) -> QColor:
        return self._frame

    def _set_frame(self, c: QColor) -> None:
        self._frame = QColor(c)
        self.update()

    def _get_edge(self) -> QColor:
        return self._edge

    def _set_edge(self, c: QColor) -> None:
        self._edge = QColor(c)
        self.update()

    frameColor = Property(QColor, _get_frame, _set_frame)  # noqa: N815 (QSS property name)
    edgeColor = Property(QColor, _get_edge, _set_edge)  # noqa: N815

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.platform == "android":
            self._paint_android(p)
            return
        outer = QPainterPath()
        outer.addRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), SCREEN_RADIUS + BEZEL,
                             SCREEN_RADIUS + BEZEL)
        inner = QPainterPath()
        inner.addRoundedRect(QRectF(BEZEL, BEZEL, SCREEN_W, SCREEN_H), SCREEN_RADIUS,
                             SCREEN_RADIUS)
        notch = QPainterPath()
        nx = BEZEL + (SCREEN_W - NOTCH_W) / 2
        notch.addRoundedRect(QRectF(nx, BEZEL - 20, NOTCH_W, NOTCH_H + 20), 20, 20)
        shape = outer.subtracted(inner).united(notch.intersected(outer))
        p.fillPath(shape, self._frame)
        p.setPen(self._edge)
        p.drawPath(outer)
        camera = QRectF(nx + NOTCH_W - 44, BEZEL + 9, 10, 10)
        p.setBrush(self._edge)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(camera)

    def _paint_android(self, p: QPainter) -> None:
        """An Android phone: a thin even frame, gently rounded corners and a punch-hole
        camera centred in the status bar (no notch)."""
        outer = QPainterPath()
        outer.addRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1),
                             ANDROID_RADIUS + BEZEL, ANDROID_RADIUS + BEZEL)
        inner = QPainterPath()
        inner.addRoundedRect(QRectF(BEZEL, BEZEL, SCREEN_W, SCREEN_H), ANDROID_RADIUS,
                             ANDROID_RADIUS)
        p.fillPath(outer.subtracted(inner), self._frame)
        p.setPen(self._edge)
        p.drawPath(outer)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._frame)
        hole = QRectF(BEZEL + SCREEN_W / 2 - 7, BEZEL + (STATUS_H - 14) / 2, 14, 14)
        p.drawEllipse(hole)


class PhoneView(QWidget):
    screen_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.navigator: QObject | None = None  # set by gui.builder: the one driving this phone
        self.language = language or i18n.default()
        self._build_ui()

    def _build_ui(self) -> None:
        self.setObjectName("phone")
        self.setAccessibleName(translate("Phone", "Phone"))
        self.setStyleSheet(stylesheet("phone"))
        self.setFixedSize(SCREEN_W + 2 * BEZEL, SCREEN_H + 2 * BEZEL)
        self.platform = "ios"
        self.setProperty("platform", "ios")
        self.screen_area = QFrame(self)
        self.screen_area.setObjectName("phone_screen")
        self.screen_area.setGeometry(BEZEL, BEZEL, SCREEN_W, SCREEN_H)
        self._round_screen(SCREEN_RADIUS)
        box = QVBoxLayout(self.screen_area)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.status_bar = StatusBar()
        box.addWidget(self.status_bar)
        self.stack = QStackedWidget()
        self.stack.setObjectName("phone_stack")
        self.screens = Screens(self.stack, language=self.language)
        box.addWidget(self.stack, 1)
        self.home = HomeArea()
        box.addWidget(self.home)
        self.sheet_layer = SheetLayer(self.screen_area)
        self.sheet_layer.setGeometry(0, 0, SCREEN_W, SCREEN_H)
        self.sheets: dict[str, Sheet] = build_sheets(self.language)
        for sheet in self.sheets.values():
            self.sheet_layer.add(sheet)
        self.toast = Toast(self.screen_area)
        self.tap_flash = TapFlash(self.screen_area, self, self._tappable_root)
        self.screens.on_built.append(self._wire_screen)
        self.bezel = Bezel(self)
        self.bezel.setGeometry(self.rect())
        self.bezel.raise_()
        self.motion = motion_.install(self, self.screen_area)  # gui/phone/motion.py
        press_fade.watch()  # a button's highlight fades out once released
        focus_ring.watch(self)  # the focus ring only for Tab, not after a tap or a sheet
        self.keyboard_control = KeyboardControl(self)  # builds the keyboard on first focus

    @property
    def keyboard(self):
        """The drawn keyboard (gui/phone/keyboard.py), built the first time it is needed."""
        return self.keyboard_control.keyboard

    def _round_screen(self, radius: int) -> None:
        """Clip the screen (and sheets' dimming) to its rounded corners; the bezel's
        antialiased edge is painted over this aliased mask."""
        rounded = QPainterPath()
        rounded.addRoundedRect(QRectF(0, 0, SCREEN_W, SCREEN_H), radius, radius)
        self.screen_area.setMask(QRegion(rounded.toFillPolygon().toPolygon()))

    def show_platform(self, platform: str) -> None:
        """Draw the device as an iPhone or as an Android phone: frame, status bar, home
        handle, the screens' bars (``platform_changed``) and, through phone.qss's
        ``#phone[platform="android"]`` rules, Material-style controls. Ids stay the same."""
        if platform == self.platform:
            return
        self.platform = platform
        self.setProperty("platform", platform)
        self._round_screen(ANDROID_RADIUS if platform == "android" else SCREEN_RADIUS)
        for part in (self.bezel, self.status_bar, self.home):
            part.set_platform(platform)
        for screen in self.screens.built_screens():
            screen.set_platform(platform)
        self.keyboard_control.set_platform(platform)
        self.setStyleSheet(stylesheet("phone"))  # re-polish every control for the platform
        self.settle()

    def set_language(self, language: str) -> bool:
        """Speak ``language`` from now on: every built screen and sheet is dropped and the
        sheets are built again in it (``sheets`` is the same dict, refilled); screens are
        built again as they are shown. The navigator shows where the phone was. False if
        the phone spoke it already."""
        if language == self.language:
            return False
        self.hide_sheet()
        self.language = self.screens.language = language
        for old in [*self.screens.drop(), *self.sheets.values()]:
            old.hide()
            old.deleteLater()
        self.sheets.clear()
        self.sheets.update(build_sheets(language))
        for sheet in self.sheets.values():
            self.sheet_layer.add(sheet)
        self.keyboard_control.detach()  # its field is gone; it takes the next one's language
        self.tap_flash.hide()
        return True

    # -- every tap answers ---------------------------------------------------------------
    def not_in_prototype(self, what: str, language: str | None = None) -> None:
        """A control of the real app this prototype does not simulate: say so briefly.
        ``what`` is the control's name as its screen says it, ``language`` that screen's."""
        with i18n.use(language):
            text = translate("Phone", "{what}: not part of this prototype")
        self.toast.say(text.format(what=what), self.home.y() - 12 - self._bottom_bar_height())

    def _wire_screen(self, screen: Screen) -> None:
        screen.unsupported.connect(
            lambda what, s=screen: self.not_in_prototype(what, s.language))
        if self.platform != "ios":
            screen.set_platform(self.platform)

    def _bottom_bar_height(self) -> int:
        bar = self.current_screen().findChild(QFrame, "tab_bar")
        return bar.height() if bar is not None and bar.isVisible() else 0

    def _tappable_root(self) -> QWidget:
        current = self.sheet_layer.current
        return current if current is not None else self.current_screen()

    # -- screens and sheets (the navigator drives these) ----------------------------------
    def show_screen(self, name: str) -> Screen:
        screen = self.screens[name]
        if self.stack.currentWidget() is not screen:
            before = self.motion.before_screen_change()
            old = self.stack.currentWidget()
            self.stack.setCurrentWidget(screen)
            self.match_edges(screen)
            self.tap_flash.hide()  # it showed the last screen's areas
            for area in screen.findChildren(QScrollArea):
                area.verticalScrollBar().setValue(0)
            self.screen_changed.emit(name)
            screen.focus_first()
            self.settle()
            self.motion.screen_changed(old.name if old is not None else None, name, before)
            return screen
        if not self.motion.history:  # the first screen built is shown by the stack itself
            self.motion.screen_changed(None, name, None)
        screen.focus_first()
        self.settle()
        return screen

    def match_edges(self, screen: Screen) -> None:
        """Edge to edge: the status bar and the home strip take the screen's own background
        at that edge (phone.qss ``#status_bar[edge=...]``)."""
        top, bottom = screen.edges()
        set_prop(self.status_bar, "edge", top)
        set_prop(self.home, "edge", bottom)

    def show_sheet(self, name: str) -> Sheet:
        sheet = self.sheets[name]
        background = self.motion.before_sheet() if self.sheet_layer.current is None else None
        for other in self.sheets.values():
            other.setVisible(other is sheet)
        self.sheet_layer.current = sheet
        self.sheet_layer.show()
        self.sheet_layer.raise_()
        self.bezel.raise_()
        sheet.focus_first()
        self.settle()
        self.motion.sheet_shown(sheet, background)
        return sheet

    def hide_sheet(self) -> None:
        closing = self.sheet_layer.current
        for sheet in self.sheets.values():
            sheet.hide()
        self.sheet_layer.current = None
        self.sheet_layer.hide()
        if closing is not None:
            self.motion.sheet_hidden(closing)
        current = self.current_screen()
        if current is not None and self.isVisible():
            current.focus_first()

    def show_time(self, now: datetime) -> None:
        self.status_bar.set_time(now, self.screen_language())
        self.motion.clock_moved(now)

    # -- public API ----------------------------------------------------------------------
    def current_screen(self) -> Screen:
        return self.stack.currentWidget()

    def screen_language(self) -> str | None:
        """The language the phone speaks now: its screens' (they are built in the phone's
        language), None before any screen is shown (then the current language)."""
        screen = self.current_screen()
        return screen.language if screen is not None else None

    def current_screen_name(self) -> str:
        return self.current_screen().name

    def screen(self, name: str) -> Screen:
        return self.screens[name]

    def sheet_name(self) -> str | None:
        current = self.sheet_layer.current
        return current.name if current is not None else None

    def go_back(self) -> bool:
        """The system back gesture: close the open sheet, else the screen's Back.
        Returns False where there is no way back (Feed, Sign in, result screens)."""
        if self.sheet_layer.current is not None:
            self.sheet_layer.current.dismiss()
            return True
        if self.current_screen().system_back():
            return True
        back = self.find_visible("back")
        if back is None:
            return False
        back.click()
        return True

    def go_to(self, name: str) -> None:
        self.navigator.go(name)

    def find_visible(self, object_name: str) -> QWidget | None:
        """The visible widget with this objectName: in the open sheet first, then the screen."""
        roots: list[QWidget] = []
        if self.sheet_layer.current is not None:
            roots.append(self.sheet_layer.current)
        roots += [self.current_screen(), self.status_bar]
        for root in roots:
            if root.objectName() == object_name and root.isVisible():
                return root
            for w in root.findChildren(QWidget, object_name):
                if w.isVisible():
                    return w
        return None

    def ensure_visible(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 24)

    def settle(self) -> None:
        """Lay out now what was rebuilt (Qt posts layout requests; renders and taps that come
        right after a change must not see stale geometry)."""
        for _ in range(4):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def render_png(self, path: str | Path, scale: float = 2.0) -> Path:
        return render_screen_png(self, path, scale)


def render_screen_png(phone: QWidget, path: str | Path, scale: float = 2.0) -> Path:
    """Render the phone (whatever screen is showing) to a PNG, crisp at ``scale``x.

    The area outside the rounded bezel stays transparent.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not phone.isVisible():
        phone.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        phone.show()
    phone.ensurePolished()
    if isinstance(phone, PhoneView):
        phone.settle()
    image = QImage(int(phone.width() * scale), int(phone.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    with painting(phone):
        phone.render(painter, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
    painter.end()
    if not image.save(str(path)):
        raise OSError(f"Could not write {path}")
    return path

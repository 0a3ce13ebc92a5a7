"""The phone's motion, as iOS moves: push and pop, the in-app browser presented from the
bottom, bottom sheets sliding over a fading dim, the back-swipe from the left edge, the sheet
dragged down to close, the keyboard sliding up, and a "30 days later" card when the clock jumps.

How it works, so that no animation can change what a flow or a test sees:

- The real widgets change at once, exactly as with motion off (the stack shows the new
  screen, the sheet is open or closed, the keyboard has its place). A ``Curtain`` then draws
  the change in progress from pictures taken just before and just after it, over the real
  widgets, and is transparent to the mouse: a tap during an animation lands on the
  destination, where it will be when the animation ends.
- Each curtain is a ``QPropertyAnimation`` of its ``progress`` (0 -> 1), owned by the phone's
  ``Motion``; durations and curves are the tokens below. Curtains play one after another (a
  sheet closes, then the next screen pushes in); more than one waiting means the person is
  faster than the animations, so the waiting ones are skipped: motion never holds input back
  for longer than it lasts.
- ``set_enabled(False)`` turns all of it off at once (``main.py test`` without
  ``--animations``); ``busy()`` / ``wait_idle()`` say and wait until every curtain is down
  (Maestro's ``waitForAnimationToEnd``).
- Drags follow the finger: a press within ``EDGE_PX`` of the left edge where there is a way
  back drags the screen (let go past the middle: back, else it springs back); a press on a
  sheet's free area drags it down (past a third of its height: closed). On Android the back
  gesture is the system's instead: from either edge, with its back arrow following the
  finger (``gui/phone/edge_back.py``).
"""

from __future__ import annotations

import os
import time
import weakref
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import (
    Property,
    QAbstractAnimation,
    QEasingCurve,
    QEvent,
    QEventLoop,
    QObject,
    QPoint,
    QPointF,
    QPropertyAnimation,
    QRect,
    QRectF,
    QSequentialAnimationGroup,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QWidget
from shiboken6 import isValid

from core import i18n
from gui.phone import edge_back

# ---------------------------------------------------------------- tokens

PUSH_MS = 350        # UINavigationController's push and pop
PRESENT_MS = 420     # a full-screen modal (the in-app browser) sliding up / down
FADE_MS = 250        # a root change (signed in, signed out) and a page inside the browser
SHEET_MS = 380       # a bottom sheet sliding up over the dim / down
KEYBOARD_MS = 250    # the keyboard (UIKeyboardAnimationDurationUserInfoKey: 0.25 s)
SNAP_MS = 250        # a drag let go short of the goal springs back
CHECK_MS = 220       # a check mark drawn in
RELEASE_MS = 200     # a button's highlight fading out once the finger lifts (UIKit's ~0.2 s)
CARD_IN_MS, CARD_HOLD_MS, CARD_OUT_MS = 220, 900, 320   # "30 days later"
PARALLAX = 1 / 3     # the screen underneath moves a third of the width
DIM = 0.10           # the screen underneath darkens this much (black) at full cover
SCRIM = QColor(20, 24, 28, 107)   # the dim behind a sheet (phone.qss #sheet_scrim)
EDGE_PX = 20         # iOS's back gesture starts this close to the left edge
DRAG_START_PX = 8    # a press that moves less than this is a tap


SPRING = ((0.2, 0.1), (0.2, 1.0))   # the bezier's two control points (see ios_curve)


def ios_curve(ms: int = PUSH_MS) -> QEasingCurve:
    """iOS's spring-like ease-out: the cubic bezier (0.2, 0.1, 0.2, 1), within 1% of a
    critically damped spring (x = 1 - (1 + wt) e^-wt, w = 18.3/s) that settles in 350 ms.
    At 50 ms steps a push is about 24%, 55%, 77%, 89%, 95% across, as UIKit's is; the
    bezier (0.2, 0.8, 0.2, 1) is 54% across after 50 ms, which reads as a jump. (A custom
    easing function would be exact, but PySide crashes when an animation outlives the
    Python function.) ``ms`` is the duration; the curve is the same for any."""
    curve = QEasingCurve(QEasingCurve.Type.BezierSpline)
    (x1, y1), (x2, y2) = SPRING
    curve.addCubicBezierSegment(QPointF(x1, y1), QPointF(x2, y2), QPointF(1.0, 1.0))
    return curve


# ---------------------------------------------------------------- on, off and waiting

_state = {"on": os.environ.get("B24SIM_ANIMATIONS", "") == "1", "card": True}
_motions: weakref.WeakSet = weakref.WeakSet()


def enabled() -> bool:
    return _state["on"]


_switches: list = []   # called with True / False when motion is turned on / off


def on_switch(callback) -> None:
    """Call ``callback(on)`` now and whenever motion is turned on or off (gui/phone/
    press_fade.py watches presses only while motion is on: no cost to a flow without it)."""
    _switches.append(callback)
    callback(enabled())


def set_enabled(on: bool) -> None:
    """Motion on or off for every phone of this process (and the flow workers it starts)."""
    _state["on"] = bool(on)
    for callback in _switches:
        callback(bool(on))
    if not on:
        for motion in list(_motions):
            if isValid(motion) and isValid(motion.host):  # not one deleted with its phone
                motion.finish_all()


def set_clock_card(on: bool) -> None:
    """Whether a clock jump shows the phone's "30 days later" card (the demo draws its own
    time-passing card over the whole window, so it turns this one off)."""
    _state["card"] = bool(on)


_transients: weakref.WeakSet = weakref.WeakSet()


def note_transient(timer: QTimer) -> None:
    """Something shown until ``timer`` fires (a scroll indicator): busy until then."""
    _transients.add(timer)


def busy() -> bool:
    """Whether any phone is still animating (a curtain up, a card showing, a drag held, a
    scroll indicator lingering)."""
    return any(m.busy() for m in list(_motions) if isValid(m) and isValid(m.host)) or any(
        t.isActive() for t in list(_transients) if isValid(t))


def wait_a_moment(ms: int = 5) -> None:
    """Let Qt run (animations step, paints happen) for about ``ms``."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_idle(timeout_ms: int = 15_000) -> bool:
    """Process events until every animation has ended (True) or the time is up (False)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while busy():
        if time.monotonic() >= deadline:
            return False
        wait_a_moment(10)
    return True


# ---------------------------------------------------------------- which way a screen moves

PRESENTED = frozenset({"browser", "address_not_found"})   # the in-app browser's pages
ROOTS = frozenset({"sign_in", "feed", "access_closed"})


def transition_kind(history: list[str], old: str | None, new: str) -> tuple[str, list[str]]:
    """How the phone moves from ``old`` to ``new``, and the back stack after it.

    A screen already on the back stack is popped back to; the in-app browser is presented
    from the bottom and goes down the same way; a root (sign-in, the feed, access closed)
    reached afresh replaces the stack with a cross-fade; anything else is pushed."""
    if old is None:
        return "none", [new]
    if new in history:
        kept = history[:history.index(new) + 1]
        if old in PRESENTED:
            return ("fade" if new in PRESENTED else "dismiss"), kept
        return "pop", kept
    if new in ROOTS:
        return "fade", [new]
    if new in PRESENTED:
        return ("fade" if old in PRESENTED else "present"), history + [new]
    return ("dismiss" if old in PRESENTED else "push"), history + [new]


DURATIONS = {"push": PUSH_MS, "pop": PUSH_MS, "present": PRESENT_MS, "dismiss": PRESENT_MS,
             "fade": FADE_MS, "sheet_up": SHEET_MS, "sheet_down": SHEET_MS,
             "keyboard_up": KEYBOARD_MS, "keyboard_down": KEYBOARD_MS, "check": CHECK_MS,
             "release": RELEASE_MS, "scroll": KEYBOARD_MS}


# ---------------------------------------------------------------- pictures of a change


def snapshot(widget: QWidget, area: QRect | None = None) -> QPixmap:
    """A picture of ``widget`` (or of ``area`` inside it) as it is now."""
    from gui.pictures import grab

    widget.ensurePolished()
    return grab(widget, area)


@dataclass
class Frames:
    """What a curtain draws: the picture before, after, and a moving part (a sheet, the
    keyboard) with where it rests."""

    kind: str
    before: QPixmap | None = None
    after: QPixmap | None = None
    part: QPixmap | None = None
    rest_y: int = 0          # the moving part's top when up, in the curtain's coordinates
    extras: dict = field(default_factory=dict)


def _dim(p: QPainter, rect: QRectF, amount: float) -> None:
    if amount > 0:
        p.fillRect(rect, QColor(0, 0, 0, int(255 * min(amount, 1.0))))


def _edge_shadow(p: QPainter, x: float, h: float) -> None:
    """The soft shadow along the left edge of a screen sliding over another."""
    grad = QLinearGradient(x - 10, 0, x, 0)
    grad.setColorAt(0, QColor(0, 0, 0, 0))
    grad.setColorAt(1, QColor(0, 0, 0, 28))
    p.fillRect(QRectF(x - 10, 0, 10, h), grad)


def paint_frames(p: QPainter, f: Frames, t: float, w: float, h: float) -> None:
    """One frame of ``f`` at progress ``t`` (0: before, 1: after)."""
    full = QRectF(0, 0, w, h)
    if f.kind == "push":
        p.drawPixmap(QPointF(-t * w * PARALLAX, 0), f.before)
        _dim(p, full, t * DIM)
        x = (1 - t) * w
        _edge_shadow(p, x, h)
        p.drawPixmap(QPointF(x, 0), f.after)
    elif f.kind == "pop":
        p.drawPixmap(QPointF(-(1 - t) * w * PARALLAX, 0), f.after)
        _dim(p, full, (1 - t) * DIM)
        x = t * w
        _edge_shadow(p, x, h)
        p.drawPixmap(QPointF(x, 0), f.before)
    elif f.kind == "present":
        p.drawPixmap(QPointF(0, 0), f.before)
        _dim(p, full, t * DIM)
        p.drawPixmap(QPointF(0, (1 - t) * h), f.after)
    elif f.kind == "dismiss":
        p.drawPixmap(QPointF(0, 0), f.after)
        _dim(p, full, (1 - t) * DIM)
        p.drawPixmap(QPointF(0, t * h), f.before)
    elif f.kind == "scroll":
        moved = f.extras["moved"]   # the page, ``moved`` pixels up: the two pictures abut
        p.drawPixmap(QPointF(0, moved * (1 - t)), f.after)
        p.drawPixmap(QPointF(0, -moved * t), f.before)
    elif f.kind == "release":
        p.setOpacity(1 - t)    # the pressed look over the real (released) button, fading
        p.drawPixmap(QPointF(0, 0), f.before)
        p.setOpacity(1)
    elif f.kind == "check":
        _paint_check(p, f, t)
    elif f.kind == "fade":
        p.drawPixmap(QPointF(0, 0), f.before)
        p.setOpacity(t)
        p.drawPixmap(QPointF(0, 0), f.after)
        p.setOpacity(1)
    else:
        _paint_part(p, f, t, w, h)


def _paint_check(p: QPainter, f: Frames, t: float) -> None:
    """The box unchecked, and over it the checked mark growing from 60% of its size,
    clipped to the round indicator (``extras["mark"]``: its rectangle)."""
    mark: QRectF = f.extras["mark"]
    p.drawPixmap(QPointF(0, 0), f.before)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = mark.center()
    scale = 0.6 + 0.4 * t
    p.translate(centre)
    p.scale(scale, scale)
    p.translate(-centre)
    clip = QPainterPath()
    clip.addEllipse(mark)
    p.setClipPath(clip)
    p.setOpacity(min(1.0, 0.3 + t))
    p.drawPixmap(QPointF(0, 0), f.after)
    p.resetTransform()
    p.setClipping(False)
    p.setOpacity(1)


def _paint_part(p: QPainter, f: Frames, t: float, w: float, h: float) -> None:
    """A sheet or the keyboard sliding over a still background (``before``)."""
    up = f.kind in ("sheet_up", "keyboard_up")
    shown = t if up else 1 - t      # how far up the part is
    p.drawPixmap(QPointF(0, 0), f.before)
    if f.kind.startswith("sheet"):
        scrim = QColor(SCRIM)
        scrim.setAlpha(int(SCRIM.alpha() * shown))
        p.fillRect(QRectF(0, 0, w, h), scrim)
    travel = h - f.rest_y
    p.drawPixmap(QPointF(0, f.rest_y + (1 - shown) * travel), f.part)


class Curtain(QWidget):
    """Draws a change in progress over the real widgets; never takes a click."""

    def __init__(self, host: QWidget, area: QRect, frames: Frames) -> None:
        super().__init__(host)
        self.setObjectName("motion_curtain")
        # Not marked opaque: Qt would then count what lies under it as hidden, and a flow
        # must find the destination's controls while the curtain is still up.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frames = frames
        self._t = 0.0
        self.setGeometry(area)

    def _get(self) -> float:
        return self._t

    def _set(self, t: float) -> None:
        self._t = t
        self.update()

    progress = Property(float, _get, _set)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        paint_frames(p, self.frames, self._t, self.width(), self.height())


# ---------------------------------------------------------------- the "30 days later" card


class DaysLaterCard(QWidget):
    """A short card on the phone when the simulated clock jumps ("30 days later")."""

    def __init__(self, host: QWidget, text: str) -> None:
        super().__init__(host)
        self.setObjectName("days_later_card")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(text)
        self.text = text
        self._opacity = 0.0
        self.setGeometry(host.rect())

    def _get(self) -> float:
        return self._opacity

    def _set(self, value: float) -> None:
        self._opacity = value
        self.update()

    opacity = Property(float, _get, _set)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setOpacity(self._opacity)
        p.fillRect(self.rect(), QColor(0, 0, 0, 70))
        card = QRectF(0, 0, 240, 120)
        card.moveCenter(QRectF(self.rect()).center())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(28, 31, 36, 235))
        p.drawRoundedRect(card, 22, 22)
        font = QFont(self.font())
        font.setPixelSize(26)
        font.setWeight(QFont.Weight.Bold)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(card, int(Qt.AlignmentFlag.AlignCenter), self.text)


def days_later_text(before: datetime, now: datetime, language: str | None = None) -> str | None:
    """The card's words for a clock jump of a day or more, in ``language`` (default the
    current one), else None: the demo's own words for it (gui/counts.py, a plural lupdate
    reads as one, with every form of the language: "30 Tage später", "30 дней спустя")."""
    from gui.counts import DEMO

    days = (now - before).days
    if days < 1:
        return None
    with i18n.use(language):
        return DEMO.days_later(days)


# ---------------------------------------------------------------- one phone's motion


@dataclass
class _Step:
    area: QRect
    frames: Frames
    ms: int
    start: float = 0.0
    curtain: Curtain | None = None


class _Lane(QObject):
    """Curtains that play one after another (the screen's lane; the keyboard has its own,
    so that it rises while the screen above it moves)."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.queue: list[_Step] = []
        self.playing: QAbstractAnimation | None = None
        self.step: _Step | None = None

    def busy(self) -> bool:
        if self.playing is not None and not isValid(self.playing):
            self.playing = None   # deleted with its phone: it will never finish
        return bool(self.playing or self.queue)

    def add(self, step: _Step) -> None:
        if self.queue:  # two waiting: the person is ahead of the motion, skip the backlog
            for skipped in self.queue:
                if skipped.curtain is not None:
                    skipped.curtain.deleteLater()
            self.queue.clear()
        self.queue.append(step)
        if self.playing is None:
            self._next()

    def finish(self) -> None:
        for skipped in self.queue:
            if skipped.curtain is not None and isValid(skipped.curtain):
                skipped.curtain.deleteLater()
        self.queue.clear()
        if self.playing is not None and not isValid(self.playing):
            self.playing = None  # deleted with its phone: nothing left to stop
        if self.playing is not None:
            self.playing.stop()
            self._end_step()

    def _next(self) -> None:
        if not self.queue:
            return
        step = self.step = self.queue.pop(0)
        curtain = step.curtain or Curtain(self.host, step.area, step.frames)
        step.curtain = curtain
        curtain.progress = step.start
        curtain.show()
        curtain.raise_()
        anim = QPropertyAnimation(curtain, b"progress", self)
        anim.setStartValue(step.start)
        anim.setEndValue(1.0)
        anim.setDuration(max(1, int(step.ms * (1 - step.start))))
        anim.setEasingCurve(ios_curve(anim.duration()))
        anim.finished.connect(self._step_done)
        self.playing = anim
        anim.start()

    def _step_done(self) -> None:
        self._end_step()
        self._next()

    def _end_step(self) -> None:
        step, self.step = self.step, None
        anim, self.playing = self.playing, None
        if anim is not None:
            anim.deleteLater()
        if step is not None and step.curtain is not None and isValid(step.curtain):
            step.curtain.hide()
            step.curtain.deleteLater()


class Motion(QObject):
    """The animations of one phone (``PhoneView.motion``): screen changes, sheets, the
    keyboard, drags and the clock card. ``host`` is the phone's screen area."""

    def __init__(self, phone, host: QWidget) -> None:
        super().__init__(host)
        self.phone = phone
        self.host = host
        self.history: list[str] = []
        self._lanes = {"screen": _Lane(host), "keyboard": _Lane(host), "check": _Lane(host),
                       "press": _Lane(host), "scroll": _Lane(host)}
        self.gestures: Gestures | None = None   # the drags (install, below)
        self._card: QSequentialAnimationGroup | None = None
        self._card_widget: DaysLaterCard | None = None
        self._drag: _Drag | None = None
        self._last_time: datetime | None = None
        _motions.add(self)

    # -- state ----------------------------------------------------------------------------
    def busy(self) -> bool:
        return bool(any(lane.busy() for lane in self._lanes.values()) or self._card
                    or self._drag or (self.gestures is not None and self.gestures.holding()))

    def finish_all(self) -> None:
        """Every animation to its end now (the real widgets are there already)."""
        for lane in self._lanes.values():
            if isValid(lane):
                lane.finish()
        if self._card is not None and not isValid(self._card):
            self._card = None
        if self._card is not None:
            self._card.stop()
            self._end_card()
        if self._drag is not None:
            self._drag.cancel()
        if self.gestures is not None:
            self.gestures.let_go()

    def seek(self, fraction: float) -> None:
        """Hold every playing curtain at ``fraction`` of its time (pictures of a change half
        way, for the storyboard and tests); ``finish_all`` ends them."""
        for lane in self._lanes.values():
            if lane.playing is not None:
                lane.playing.pause()
                lane.playing.setCurrentTime(int(lane.playing.duration() * fraction))
        if self._card is not None and isValid(self._card):
            self._card.pause()
            self._card.setCurrentTime(int(self._card.totalDuration() * fraction))

    def curtains(self) -> list[Curtain]:
        return [c for c in self.host.findChildren(Curtain) if c.isVisible()]

    def play(self, area: QRect, frames: Frames, start: float = 0.0,
             curtain: Curtain | None = None, lane: str = "screen") -> None:
        """Draw ``frames`` over ``area`` (the host's coordinates) from ``start`` to the end,
        after what is playing in its lane."""
        if not enabled():
            if curtain is not None:
                curtain.deleteLater()
            return
        self._lanes[lane].add(_Step(area, frames, DURATIONS.get(frames.kind, PUSH_MS), start,
                                    curtain))

    # -- screens ----------------------------------------------------------------------------
    def before_screen_change(self) -> QPixmap | None:
        """A picture of the stack as it is, when the change about to happen will animate."""
        if not enabled() or not self.phone.isVisible() or self.phone.stack.currentWidget() is None:
            return None
        if self._drag is not None and self._drag.kind == "pop":
            return self._drag.frames.before
        return snapshot(self.phone.stack)

    def screen_changed(self, old: str | None, new: str, before: QPixmap | None) -> None:
        """The stack now shows ``new``: animate the change from the picture ``before``."""
        kind, self.history = transition_kind(self.history, old, new)
        if before is None or kind == "none":
            if self._drag is not None:
                self._drag.cancel()
            return
        self.phone.settle()
        stack = self.phone.stack
        frames = Frames(kind, before=before, after=snapshot(stack))
        drag = self._drag
        if drag is not None and drag.kind == "pop" and kind == "pop":
            drag.curtain.frames = frames
            self._drag = None
            self.play(stack.geometry(), frames, drag.curtain.progress, drag.curtain)
            return
        if drag is not None:
            drag.cancel()
        self.play(stack.geometry(), frames)

    # -- sheets -----------------------------------------------------------------------------
    def before_sheet(self) -> QPixmap | None:
        if not enabled() or not self.phone.isVisible():
            return None
        return snapshot(self.host)

    def sheet_shown(self, sheet: QWidget, background: QPixmap | None) -> None:
        if background is None:
            return
        self.phone.settle()
        frames = Frames("sheet_up", before=background, part=snapshot(sheet), rest_y=sheet.y())
        self.play(self.host.rect(), frames)

    def sheet_hidden(self, sheet: QWidget) -> None:
        """The sheet is closed (its layer hidden): slide its picture down over the screen."""
        drag = self._drag
        if not enabled() or not self.phone.isVisible():
            if drag is not None:
                drag.cancel()
            return
        self.phone.settle()
        background = snapshot(self.host)
        if drag is not None and drag.kind == "sheet":
            drag.curtain.frames.before = background
            self._drag = None
            self.play(self.host.rect(), drag.curtain.frames, drag.curtain.progress,
                      drag.curtain)
            return
        if drag is not None:
            drag.cancel()
        part = snapshot(sheet)
        frames = Frames("sheet_down", before=background, part=part, rest_y=sheet.y())
        self.play(self.host.rect(), frames)

    # -- the keyboard ----------------------------------------------------------------------
    def keyboard_moved(self, area: QRect, up: bool, below: QPixmap, part: QPixmap) -> None:
        """The keyboard took (or gave back) ``area`` (the host's coordinates): slide its
        picture ``part`` up (down) over ``below``, what that place shows without it."""
        if not enabled() or not self.phone.isVisible():
            return
        frames = Frames("keyboard_up" if up else "keyboard_down", before=below, part=part)
        self.play(area, frames, lane="keyboard")

    def screen_moving(self) -> bool:
        """Whether a screen change is being drawn (a push, a pop, a sheet)."""
        return self._lanes["screen"].busy()

    def page_scrolled(self, viewport: QWidget, before: QPixmap, moved: int) -> None:
        """``viewport``'s page scrolled ``moved`` pixels at once (the keyboard came up under
        a field): draw it gliding from the picture ``before`` to where it is now."""
        if not enabled() or not self.phone.isVisible():
            return
        frames = Frames("scroll", before=before, after=snapshot(viewport),
                        extras={"moved": moved})
        self._lanes["scroll"].finish()
        self.play(QRect(viewport.mapTo(self.host, QPoint(0, 0)), viewport.size()), frames,
                  lane="scroll")

    # -- buttons -----------------------------------------------------------------------------
    def button_released(self, button: QWidget) -> None:
        """The finger lifts off ``button`` (still drawn pressed): its highlight fades out over
        the real button, which is released at once; the part of it in view only."""
        if not enabled() or not self.phone.isVisible() or not button.isVisible():
            return
        shown = button.visibleRegion().boundingRect()
        if shown.isEmpty():
            return
        frames = Frames("release", before=snapshot(button, shown))
        self._lanes["press"].finish()   # one highlight at a time: the last press's
        self.play(QRect(button.mapTo(self.host, shown.topLeft()), shown.size()), frames,
                  lane="press")

    # -- check marks ------------------------------------------------------------------------
    def watch_checks(self, widget: QWidget) -> None:
        """Animate the check boxes under ``widget`` (a screen or sheet, once built)."""
        for box in widget.findChildren(QCheckBox):
            box.toggled.connect(lambda on, b=box: self.check_toggled(b, on))

    def check_toggled(self, box: QCheckBox, on: bool) -> None:
        """A box just checked: its mark pops in (from 60% of its size, fading in)."""
        if not on or not enabled() or not self.phone.isVisible() or not box.isVisible():
            return
        after = snapshot(box)
        blocked = box.blockSignals(True)
        box.setChecked(False)
        before = snapshot(box)
        box.setChecked(True)
        box.blockSignals(blocked)
        option = QStyleOptionButton()
        box.initStyleOption(option)
        mark = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        area = QRect(box.mapTo(self.host, QPoint(0, 0)), box.size())
        frames = Frames("check", before=before, after=after, extras={"mark": QRectF(mark)})
        self.play(area, frames, lane="check")

    # -- the clock ---------------------------------------------------------------------------
    def clock_moved(self, now: datetime) -> None:
        before, self._last_time = self._last_time, now
        if before is None or not enabled() or not _state["card"] or not self.phone.isVisible():
            return
        text = days_later_text(before, now, self.phone.screen_language())
        if text is not None:
            self.show_card(text)

    def show_card(self, text: str) -> None:
        if self._card is not None:
            self._card.stop()
            self._end_card()
        card = DaysLaterCard(self.host, text)
        card.show()
        card.raise_()
        group = QSequentialAnimationGroup(self)
        for start, end, ms in ((0.0, 1.0, CARD_IN_MS), (1.0, 1.0, CARD_HOLD_MS),
                               (1.0, 0.0, CARD_OUT_MS)):
            anim = QPropertyAnimation(card, b"opacity", group)
            anim.setStartValue(start)
            anim.setEndValue(end)
            anim.setDuration(ms)
            anim.setEasingCurve(ios_curve(ms))
            group.addAnimation(anim)
        group.finished.connect(self._end_card)
        self._card = group
        self._card_widget = card
        group.start()

    def _end_card(self) -> None:
        group, self._card = self._card, None
        if group is not None:
            group.deleteLater()
        card = self._card_widget
        if card is not None:
            card.hide()
            card.deleteLater()
            self._card_widget = None

    # -- drags -------------------------------------------------------------------------------
    def begin_drag(self, drag: _Drag) -> None:
        self.finish_all()
        self._drag = drag

    def end_drag(self, drag: _Drag) -> None:
        if self._drag is drag:
            self._drag = None


class _Drag:
    """A drag that follows the finger over a curtain: ``move(t)`` draws it ``t`` of the way,
    ``release`` commits (the caller changes the real state) or springs back."""

    def __init__(self, motion: Motion, kind: str, area: QRect, frames: Frames) -> None:
        self.motion = motion
        self.kind = kind
        self.frames = frames
        self.curtain = Curtain(motion.host, area, frames)
        self.curtain.show()
        self.curtain.raise_()
        self._spring: QPropertyAnimation | None = None
        motion.begin_drag(self)

    def move(self, t: float) -> None:
        self.curtain.progress = min(max(t, 0.0), 1.0)

    def spring_back(self) -> None:
        anim = QPropertyAnimation(self.curtain, b"progress", self.curtain)
        anim.setStartValue(self.curtain.progress)
        anim.setEndValue(0.0)
        anim.setDuration(max(1, int(SNAP_MS * max(self.curtain.progress, 0.2))))
        anim.setEasingCurve(ios_curve(anim.duration()))
        anim.finished.connect(self.cancel)
        self._spring = anim
        anim.start()

    def cancel(self) -> None:
        self.motion.end_drag(self)
        if self._spring is not None:
            self._spring.stop()
            self._spring = None
        self.curtain.hide()
        self.curtain.deleteLater()


class Gestures(QObject):
    """The phone's drags: the back-swipe from the left edge of the screen stack (on Android,
    the system's back gesture from either edge, gui/phone/edge_back.py) and a bottom
    sheet dragged down. Installed as an event filter on the stack and the sheet layer; mouse
    presses reach them only where no control took the press (a label, a page, a card)."""

    def __init__(self, phone, motion: Motion) -> None:
        super().__init__(phone)
        self.phone = phone
        self.motion = motion
        self._press: QPoint | None = None
        self._drag: _Drag | None = None
        self._edge: edge_back.EdgeBack | None = None   # Android's back gesture, held
        self._what = ""
        phone.stack.installEventFilter(self)
        phone.sheet_layer.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                        QEvent.Type.MouseButtonRelease) or not enabled():
            return False
        assert isinstance(event, QMouseEvent)
        at = watched.mapTo(self.motion.host, event.position().toPoint())
        if kind == QEvent.Type.MouseButtonPress:
            return self._pressed(watched, at, event)
        if self._press is None:
            return False
        if kind == QEvent.Type.MouseMove:
            self._moved(at)
        else:
            self._released(at)
        event.accept()
        return True

    def _pressed(self, watched: QObject, at: QPoint, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        layer = self.phone.sheet_layer
        if self.phone.platform == "android":
            return self._pressed_android(at, event)
        if watched is layer:
            sheet = layer.current
            if sheet is None or not sheet.geometry().contains(at):
                return False
            self._what = "sheet"
        elif (watched is self.phone.stack and at.x() - self.phone.stack.x() <= EDGE_PX
              and self.phone.sheet_name() is None and self._back_target() is not None):
            self._what = "back"
        else:
            return False
        self._press = at
        event.accept()
        return True

    def _pressed_android(self, at: QPoint, event: QMouseEvent) -> bool:
        """Android: a press at either edge starts the system's back gesture (over a sheet
        too: it closes it, as the Back key does); elsewhere a sheet drags down as on iOS."""
        edge = edge_back.edge_of(at.x(), self.motion.host.width())
        layer = self.phone.sheet_layer
        if edge is not None:
            self._what = "android_back"
            self._edge = edge_back.EdgeBack(self.motion.host, edge, at.x())
        elif layer.current is not None and layer.current.geometry().contains(at):
            self._what = "sheet"
        else:
            return False
        self._press = at
        event.accept()
        return True

    def let_go(self) -> None:
        """Drop an Android back gesture held (motion turned off, everything ended)."""
        edge, self._edge = self._edge, None
        if edge is not None:
            self._press = None
            edge.cancel()

    def holding(self) -> bool:
        """Whether a finger is on an Android back gesture (busy until it lets go)."""
        return self._edge is not None

    def _back_target(self) -> QWidget | None:
        """The screen a back-swipe reveals (the one before on the back stack), if any."""
        if self.phone.find_visible("back") is None or len(self.motion.history) < 2:
            return None
        return self.phone.screens.built(self.motion.history[-2])

    def _moved(self, at: QPoint) -> None:
        if self._edge is not None:
            self._edge.move(at.x(), at.y())
            return
        dx, dy = at.x() - self._press.x(), at.y() - self._press.y()
        if self._drag is None:
            if max(abs(dx), abs(dy)) < DRAG_START_PX:
                return
            self._drag = self._start()
            if self._drag is None:
                return
        if self._what == "back":
            self._drag.move(dx / max(1, self.phone.stack.width()))
        else:
            sheet = self.phone.sheet_layer.current
            travel = max(1, self.motion.host.height() - sheet.y())
            self._drag.move(dy / travel)

    def _start(self) -> _Drag | None:
        if self._what == "back":
            under = self._back_target()
            stack = self.phone.stack
            if under is None:
                return None
            frames = Frames("pop", before=snapshot(stack), after=snapshot(under))
            return _Drag(self.motion, "pop", stack.geometry(), frames)
        layer = self.phone.sheet_layer
        sheet = layer.current
        part = snapshot(sheet)
        layer.hide()
        background = snapshot(self.motion.host)
        layer.show()
        frames = Frames("sheet_down", before=background, part=part, rest_y=sheet.y())
        return _Drag(self.motion, "sheet", self.motion.host.rect(), frames)

    def _released(self, at: QPoint) -> None:
        edge, self._edge = self._edge, None
        if edge is not None:
            self._press = None
            edge.move(at.x(), at.y())
            if edge.release():
                self.phone.go_back()   # the Back key's way: a sheet closes, else back
            return
        drag, self._drag, self._press = self._drag, None, None
        if drag is None:
            return
        t = drag.curtain.progress
        goal = 0.5 if self._what == "back" else 1 / 3
        if t < goal:
            drag.spring_back()
            return
        if self._what == "back":
            self.phone.go_back()
        else:
            self.phone.sheet_layer.current.dismiss()
        if self.motion._drag is drag:   # nothing took it over (a refusal): spring back
            drag.spring_back()


def install(phone, host: QWidget) -> Motion:
    """The phone's motion and its drags (PhoneView calls this once)."""
    motion = Motion(phone, host)
    motion.gestures = Gestures(phone, motion)
    phone.screens.on_built.append(motion.watch_checks)
    for widget in [*phone.screens.built_screens(), *phone.sheets.values()]:
        motion.watch_checks(widget)
    return motion


__all__ = ["CHECK_MS", "Curtain", "Frames", "Motion", "busy", "days_later_text", "enabled",
           "install", "ios_curve", "paint_frames", "set_enabled", "snapshot", "transition_kind",
           "wait_idle"]

"""Android's back gesture (gesture navigation, Android 10 and later): a swipe in from either
edge of the screen goes back, and while the finger moves, the system's back arrow sits in a
pill at that edge, at the finger's height, stretching out as far as the finger has come.

Nothing moves underneath: Android leaves the app where it is until the finger lets go past
the threshold (``BACK_PX``), and then the app goes back as with the Back key. Short of it the
arrow goes away and nothing happens. iOS has no gesture from the right edge (motion.py's
back-swipe is iOS's, from the left edge only).

``EdgeArrow`` is the indicator (drawn, transparent to the mouse); ``EdgeBack`` is one drag:
``move(dx, y)`` follows the finger, ``release()`` says whether it went far enough.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from gui.style import tokens

EDGE_PX = 20        # the gesture starts this close to either edge (Android's default inset)
BACK_PX = 72        # let go this far in from the edge: back (the arrow is then "armed")
PILL_H = 64         # the arrow's pill: its height, and how wide it stretches at most
PILL_MIN_W, PILL_MAX_W = 12, 44
ARROW = 7           # half the chevron's height


def _colour(name: str) -> QColor:
    return QColor(tokens()[name])  # resources/styles/tokens.txt


class EdgeArrow(QWidget):
    """The back arrow at ``edge`` ("left" or "right"): a pill attached to the edge that
    grows with ``pull`` (0 at the edge .. 1 at the threshold); armed past it, it turns
    solid, as Android's does."""

    def __init__(self, host: QWidget, edge: str) -> None:
        super().__init__(host)
        self.setObjectName("edge_back_arrow")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.edge = edge
        self.pull = 0.0
        self.setGeometry(0, 0, PILL_MAX_W + 8, PILL_H)

    def follow(self, pull: float, y: int) -> None:
        """Where the finger is: ``pull`` of the way to the threshold, at height ``y``."""
        self.pull = max(0.0, pull)
        host = self.parentWidget()
        top = min(max(0, y - PILL_H // 2), host.height() - PILL_H)
        x = 0 if self.edge == "left" else host.width() - self.width()
        self.move(x, top)
        self.update()

    def armed(self) -> bool:
        return self.pull >= 1.0

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = min(self.pull, 1.0)
        w = PILL_MIN_W + (PILL_MAX_W - PILL_MIN_W) * shown
        h = PILL_H * (0.55 + 0.45 * shown)
        left = self.edge == "left"
        pill = QRectF(0 if left else self.width() - w, (self.height() - h) / 2, w, h)
        path = QPainterPath()
        path.addRoundedRect(pill.adjusted(-h / 2 if left else 0, 0, 0 if left else h / 2, 0),
                            h / 2, h / 2)
        p.setClipRect(QRectF(self.rect()))
        armed = self.armed()
        p.fillPath(path, _colour("android_back_armed" if armed else "android_back_pill"))
        self._chevron(p, pill, armed, left)

    def _chevron(self, p: QPainter, pill: QRectF, armed: bool, left: bool) -> None:
        """The arrow, pointing to the edge it came from; it appears as the pill opens."""
        if pill.width() < PILL_MIN_W + 6:
            return
        ink = _colour("white" if armed else "android_back_ink")
        p.setPen(QPen(ink, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin))
        c = pill.center()
        tip = -ARROW / 2 if left else ARROW / 2
        p.drawPolyline([QPointF(c.x() - tip, c.y() - ARROW), QPointF(c.x() + tip, c.y()),
                        QPointF(c.x() - tip, c.y() + ARROW)])


class EdgeBack:
    """One back gesture from ``edge`` of ``host`` (the phone's screen area)."""

    def __init__(self, host: QWidget, edge: str, start_x: int) -> None:
        self.edge = edge
        self.start_x = start_x
        self.arrow = EdgeArrow(host, edge)
        self.arrow.hide()

    def move(self, x: int, y: int) -> None:
        """The finger at ``x, y`` (the host's coordinates): the arrow shows how far in."""
        inward = x - self.start_x if self.edge == "left" else self.start_x - x
        self.arrow.follow(inward / BACK_PX, y)
        self.arrow.setVisible(inward > 0)
        self.arrow.raise_()

    def release(self) -> bool:
        """The finger let go: True if it came far enough in to go back. The arrow goes."""
        armed = self.arrow.armed() and self.arrow.isVisible()
        self.cancel()
        return armed

    def cancel(self) -> None:
        self.arrow.hide()
        self.arrow.deleteLater()


def edge_of(x: int, width: int) -> str | None:
    """Which edge a press at ``x`` (0 .. ``width``) is close enough to for the gesture."""
    if x <= EDGE_PX:
        return "left"
    if x >= width - EDGE_PX:
        return "right"
    return None


__all__ = ["BACK_PX", "EDGE_PX", "EdgeArrow", "EdgeBack", "edge_of"]

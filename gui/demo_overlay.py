"""What the demo draws over the main window: a spotlight on what the caption talks about,
the caption beside it, and full cards (the title, time passing, the summary).

The overlay is a child of the window that never takes a click. ``spotlight(rects)`` dims
everything but ``rects`` and outlines them; ``say(text)`` shows the caption, placed by
``place_caption`` beside its subject and off every rectangle that is being shown; ``card``
covers the window (or, for a phone-frame recording, the phone) with a ``Card``. Because the
overlay is a child of the window, ``window.grab()`` (the recordings) sees it as the viewer does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

DIM = QColor(12, 18, 28, 130)       # the rest of the window while something is spotlit
RING = QColor("#ff9f1c")            # the spotlight's outline (the demo's one accent colour)
CARD_BACK = QColor("#16202c")
CARD_TEXT = QColor("#ffffff")
CARD_SOFT = QColor("#aab4c3")
CARD_ACCENT = QColor("#2fc6f6")     # Bitrix24's light blue
GAP = 24                            # between a caption and its subject
MARGIN = 16                         # between a caption and the window's edge
PAD = 10                            # the spotlight's hole around its subject


@dataclass
class Card:
    """A full card: a small line above the title, the title, then lines of text; ``progress``
    (0 to 1) draws the ring of time passing around the title."""

    title: str
    kicker: str = ""
    lines: list[str] = field(default_factory=list)
    footer: str = ""
    progress: float | None = None


# ---------------------------------------------------------------- where the caption goes


def _inside(rect: QRect, bounds: QRect) -> QRect:
    """``rect`` moved (not resized) to lie within ``bounds`` as far as it can."""
    x = min(max(rect.x(), bounds.left()), bounds.right() - rect.width() + 1)
    y = min(max(rect.y(), bounds.top()), bounds.bottom() - rect.height() + 1)
    return QRect(QPoint(x, y), rect.size())


def _overlap(rect: QRect, shown: list[QRect]) -> int:
    return sum(max(0, rect.intersected(r).width()) * max(0, rect.intersected(r).height())
               for r in shown if rect.intersects(r))


def caption_spots(size: QSize, bounds: QRect, subject: QRect | None,
                  phone: QRect | None) -> list[QRect]:
    """Where a caption of ``size`` may go, best first: beside its subject (right of the phone
    when the subject is on the phone; below, above, left or right of a console subject),
    then along the bottom of the window right of the phone."""
    w, h = size.width(), size.height()
    spots: list[QRect] = []
    if subject is not None and phone is not None and phone.intersects(subject):
        spots.append(QRect(phone.right() + GAP, subject.center().y() - h // 2, w, h))
    elif subject is not None:
        cx = subject.center().x() - w // 2
        cy = subject.center().y() - h // 2
        spots += [QRect(cx, subject.bottom() + GAP, w, h), QRect(cx, subject.top() - GAP - h, w, h),
                  QRect(subject.left() - GAP - w, cy, w, h), QRect(subject.right() + GAP, cy, w, h)]
    left = phone.right() + GAP if phone is not None else bounds.left()
    spots.append(QRect(left + max(0, (bounds.right() - left - w) // 2),
                       bounds.bottom() - MARGIN - h, w, h))
    spots.append(QRect(left + max(0, (bounds.right() - left - w) // 2), bounds.top() + MARGIN,
                       w, h))
    inner = bounds.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    return [_inside(s, inner) for s in spots]


def place_caption(size: QSize, bounds: QRect, subject: QRect | None, phone: QRect | None,
                  shown: list[QRect]) -> QRect:
    """The first spot that covers nothing of ``shown`` (the subject, the phone), or the one
    that covers least."""
    spots = caption_spots(size, bounds, subject, phone)
    return min(spots, key=lambda s: (_overlap(s, shown), spots.index(s)))


# ---------------------------------------------------------------- cards


def _font(size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont("Inter")
    font.setPixelSize(max(9, int(size)))
    font.setWeight(weight)
    return font


def paint_card(painter: QPainter, rect: QRect, card: Card) -> None:
    """``card`` over ``rect``, its sizes made from the rectangle's (a phone or a window)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, CARD_BACK)
    unit = max(12.0, min(rect.width() / 26, rect.height() / 24, 26.0))
    width = min(rect.width() - 2 * unit, 46 * unit)
    x = rect.x() + (rect.width() - width) / 2
    y = rect.y() + rect.height() * (0.2 if card.lines else 0.34)
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    if card.progress is not None:
        y = _paint_ring(painter, QRectF(x, y, width, 7 * unit), card.progress) + unit
    for text, size, colour, weight in (
            (card.kicker, unit * 0.8, CARD_ACCENT, QFont.Weight.DemiBold),
            (card.title, unit * 1.7, CARD_TEXT, QFont.Weight.Bold)):
        if text:
            y = _paint_text(painter, QRectF(x, y, width, 9 * unit), text, size, colour,
                            weight, flags) + unit * 0.5
    y += unit * 0.6
    left = flags if card.progress is not None else int(Qt.AlignmentFlag.AlignLeft
                                                        | Qt.TextFlag.TextWordWrap)
    for line in card.lines:
        y = _paint_text(painter, QRectF(x, y, width, rect.bottom() - y), line, unit * 0.78,
                        CARD_TEXT, QFont.Weight.Normal, left) + unit * 0.45
    if card.footer:
        _paint_text(painter, QRectF(x, rect.bottom() - 2.6 * unit, width, 2 * unit),
                    card.footer, unit * 0.62, CARD_SOFT, QFont.Weight.Normal, flags)
    painter.restore()


def _paint_text(painter: QPainter, box: QRectF, text: str, size: float, colour: QColor,
                weight: QFont.Weight, flags: int) -> float:
    """``text`` at the top of ``box``; returns the bottom of what was drawn."""
    painter.setFont(_font(size, weight))
    painter.setPen(colour)
    used = painter.boundingRect(box, flags, text)
    painter.drawText(box, flags, text)
    return used.bottom()


def _paint_ring(painter: QPainter, box: QRectF, progress: float) -> float:
    """A clock face whose ring fills as time passes; returns its bottom."""
    side = min(box.height(), box.width())
    ring = QRectF(box.center().x() - side / 2, box.top(), side, side)
    pen = QPen(QColor(255, 255, 255, 40), side / 12)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ring.adjusted(side / 12, side / 12, -side / 12, -side / 12))
    pen.setColor(CARD_ACCENT)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    span = int(-360 * 16 * max(0.0, min(progress, 1.0)))
    painter.drawArc(ring.adjusted(side / 12, side / 12, -side / 12, -side / 12), 90 * 16, span)
    return ring.bottom()


# ---------------------------------------------------------------- the overlay


class Overlay(QWidget):
    """Spotlight, caption and cards over the main window; they never take a click."""

    def __init__(self, window: QWidget, hint: str = "") -> None:
        super().__init__(window)
        self.setObjectName("demo_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.spots: list[QRect] = []      # window coordinates
        self.offstage: list[QRect] = []   # lit but outside a phone-frame recording's view
        self.subject: QRect | None = None
        self.card: Card | None = None
        self.card_area: QRect | None = None  # None: the whole window
        self.phone_only = False   # a phone-frame recording: only the phone is seen
        self._build_caption(hint)
        window.installEventFilter(self)
        self._fit()
        self.show()

    def _build_caption(self, hint: str) -> None:
        self.caption_box = QFrame(self)
        self.caption_box.setObjectName("demo_caption_box")
        box = QVBoxLayout(self.caption_box)
        box.setContentsMargins(22, 12, 22, 12)
        box.setSpacing(2)
        self.caption = QLabel("")
        self.caption.setObjectName("demo_caption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(hint)
        self.status.setObjectName("demo_status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.caption)
        box.addWidget(self.status)
        self.caption_box.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def phone_rect(self) -> QRect | None:
        """Every phone shown, as one rectangle of the window."""
        window = self.parentWidget()
        phones = [p for p in getattr(window, "phones", ()) if p.isVisible()]
        if not phones:
            return None
        area = QRect()
        for p in phones:
            area = area.united(QRect(p.mapTo(window, QPoint(0, 0)), p.size()))
        return area

    def _fit(self) -> None:
        window = self.parentWidget()
        self.setGeometry(window.rect())
        phone = self.phone_rect()
        room = window.width() - (phone.right() if phone else 0) - 2 * GAP
        width = max(260, min(560, room if room >= 260 else window.width() - 80))
        self.caption_box.setFixedWidth(width)
        self.caption_box.adjustSize()
        shown = ([phone] if phone is not None else []) + [s.adjusted(-PAD, -PAD, PAD, PAD)
                                                          for s in self.spots]
        spot = place_caption(self.caption_box.size(), self.rect(), self.subject, phone, shown)
        self.caption_box.move(spot.topLeft())
        self.raise_()

    # -- what the demo calls -------------------------------------------------------------
    def say(self, text: str, status: str | None = None) -> None:
        self.caption.setText(text)
        if status is not None:
            self.status.setText(status)
        self.caption_box.setVisible(bool(text) and self.card is None)
        self._fit()

    def spotlight(self, rects: list[QRect] | None, subject: QRect | None = None) -> None:
        """Dim all but ``rects`` (window coordinates); the caption goes beside ``subject``
        (the first rectangle unless told). None or [] lights everything."""
        rects = [QRect(r) for r in rects or [] if r is not None and r.isValid()]
        phone = self.phone_rect()
        self.offstage = []
        if self.phone_only and phone is not None:  # the video shows these as an inset
            self.offstage = [r for r in rects if not phone.intersects(r)]
            rects = [r for r in rects if phone.intersects(r)]
        self.spots = rects
        self.subject = subject if subject is not None else (rects[0] if rects else None)
        self._fit()
        self.update()

    def show_card(self, card: Card | None) -> None:
        self.card = card
        self.caption_box.setVisible(card is None and bool(self.caption.text()))
        self.raise_()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            if self.card is not None:
                if self.card_area is not None:
                    painter.fillRect(self.rect(), DIM)
                paint_card(painter, self.card_area or self.rect(), self.card)
            elif self.spots:
                self._paint_spots(painter)
        finally:
            painter.end()

    def _paint_spots(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dim = QPainterPath()
        dim.addRect(QRectF(self.rect()))
        holes = QPainterPath()
        for r in self.spots:
            holes.addRoundedRect(QRectF(r.adjusted(-PAD, -PAD, PAD, PAD)), 12, 12)
        painter.fillPath(dim.subtracted(holes), DIM)
        painter.setPen(QPen(RING, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(holes)

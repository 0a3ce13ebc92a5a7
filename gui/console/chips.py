"""Statuses drawn as coloured chips inside table cells.

QSS cannot style an item-view cell by its value, so the chip colours live here, in one table,
in the phone's palette (Bitrix24 blue, red #ff5752, soft surfaces). Red is for errors only
(a failed email): a completed deletion, a dismissed employee or a deleted profile is the
expected outcome, drawn in a strong neutral (slate). Everything else about the console's look
is in resources/styles/console.qss.

The delegate also gives a cell whose text is cut off a tooltip with the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from gui.console.models import LazyTableModel

BLUE = ("#e3f6fd", "#0b66c3")
GREEN = ("#e5f7ea", "#1f8a4c")
AMBER = ("#fff3d6", "#9a6200")
RED = ("#ffe6e4", "#d6362c")
GREY = ("#eef1f4", "#5d6b78")
SLATE = ("#e3e7ed", "#344150")
ERROR = RED

CHIP_COLOURS: dict[str, tuple[str, str]] = {
    "pending": AMBER, "completed": SLATE, "cancelled": GREY,
    "in_outbox": BLUE, "queued": AMBER, "retrying": AMBER,
    "sent": GREEN, "failed": ERROR, "suppressed": GREY,
    "active": GREEN, "dismissed": SLATE, "deleted": SLATE,
    "open": GREEN, "closed": GREY,
    "admin": BLUE, "employee": GREY,
    "kept": GREY, "data_deleted": SLATE,
    "cloud": BLUE, "on-premise": GREY,
}


def chip_colours(value: str) -> tuple[str, str]:
    return CHIP_COLOURS.get(value, GREY)


class ChipDelegate(QStyledItemDelegate):
    """Draws the cell's text as a rounded chip coloured by the cell's CHIP_ROLE value."""

    PAD_X, PAD_Y = 9, 3

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        model = index.model()
        if isinstance(model, LazyTableModel):  # straight to Python: no QVariant None (widgets.py)
            value, text = model.chip_value(index), model.display(index)
        else:
            value, text = "", ""
        if not value or not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        background, foreground = chip_colours(value)
        font = self._chip_font(opt.font)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 2 * self.PAD_X
        height = metrics.height() + 2 * self.PAD_Y
        rect = QRectF(opt.rect.left() + 6, opt.rect.center().y() - height / 2 + 1,
                      min(width, opt.rect.width() - 8), height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    @staticmethod
    def _chip_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return font

    CELL_PADDING = 16  # console.qss: QTableView::item padding-left and -right, 8 px each

    TEXT_MARGIN = 8  # the style's own margin around an item's text (focus frame), both sides

    def needed_width(self, font: QFont, text: str, chip: bool) -> int:
        """How wide a cell must be to show ``text`` whole (as a chip, or plain)."""
        if not text:
            return 0
        if chip:
            return QFontMetrics(self._chip_font(font)).horizontalAdvance(text) \
                + 2 * self.PAD_X + 8
        return QFontMetrics(font).horizontalAdvance(text) + self.CELL_PADDING \
            + self.TEXT_MARGIN

    def is_cut(self, option: QStyleOptionViewItem,
               index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether the cell's text does not fit its width (drawn elided or clipped)."""
        model = index.model()
        if not isinstance(model, LazyTableModel):
            return False
        needed = self.needed_width(option.font, model.display(index),
                                   bool(model.chip_value(index)))
        return needed > option.rect.width()

    def tooltip(self, option: QStyleOptionViewItem,
                index: QModelIndex | QPersistentModelIndex) -> str:
        """The column's own tooltip; a cut-off cell's whole text comes first."""
        model = index.model()
        if not isinstance(model, LazyTableModel):
            return ""
        own = model.tooltip(index)
        if not self.is_cut(option, index):
            return own
        text = model.display(index)
        return text if not own or text in own else f"{text}\n{own}"

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802 - Qt's name
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = self.tooltip(option, index)
        if tip:
            QToolTip.showText(event.globalPos(), tip, view, option.rect)
        else:
            QToolTip.hideText()
        return True

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * self.PAD_X + 8, max(size.height(), 26))

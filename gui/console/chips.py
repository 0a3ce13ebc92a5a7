"""Statuses drawn as coloured chips inside table cells.

QSS cannot style an item-view cell by its value, so the chip colours live here, in one table,
in the phone's palette (Bitrix24 blue, red #ff5752, soft surfaces). Everything else about the
console's look is in resources/styles/console.qss.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.console.models import LazyTableModel

BLUE = ("#e3f6fd", "#0b66c3")
GREEN = ("#e5f7ea", "#1f8a4c")
AMBER = ("#fff3d6", "#9a6200")
RED = ("#ffe6e4", "#d6362c")
GREY = ("#eef1f4", "#5d6b78")

CHIP_COLOURS: dict[str, tuple[str, str]] = {
    "pending": AMBER, "completed": RED, "cancelled": GREY,
    "sent": GREEN, "failed": RED, "suppressed": GREY, "retrying": AMBER,
    "active": GREEN, "dismissed": RED, "deleted": RED,
    "open": GREEN, "closed": GREY,
    "admin": BLUE, "employee": GREY,
    "kept": GREY, "data_deleted": RED,
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
        font = opt.font
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
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

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * self.PAD_X + 8, max(size.height(), 26))

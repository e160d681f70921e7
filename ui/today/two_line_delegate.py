"""Cells with a main line and a smaller grey second line (a holiday, the attempt times)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

SUBTEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # the second line; None or "" for one line
_SUB_GREY = QColor("#4d5156")  # 7.5:1 on white: still readable when small
SUB_SCALE = 0.82


def sub_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setBold(False)
    small.setItalic(False)
    small.setPointSizeF(max(font.pointSizeF() * SUB_SCALE, 10.0))
    return small


class TwoLineDelegate(QStyledItemDelegate):
    """Paints DisplayRole on top and SUBTEXT_ROLE below; plain cells are left to Qt."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        sub = index.data(SUBTEXT_ROLE)
        if not sub:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        main = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(4, 0, -4, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        main_font, small = opt.font, sub_font(opt.font)
        main_height = QFontMetrics(main_font).height()
        sub_height = QFontMetrics(small).height()
        top = rect.top() + max(0, (rect.height() - main_height - sub_height) // 2)
        painter.save()
        painter.setFont(main_font)
        painter.setPen(QColor("black") if selected else opt.palette.color(QPalette.ColorRole.Text))
        self._line(painter, QRect(rect.left(), top, rect.width(), main_height), main, main_font)
        painter.setFont(small)
        painter.setPen(QColor("black") if selected else _SUB_GREY)
        self._line(painter, QRect(rect.left(), top + main_height, rect.width(), sub_height),
                   str(sub), small)
        painter.restore()

    @staticmethod
    def _line(painter: QPainter, rect: QRect, text: str, font: QFont) -> None:
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         elided)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        sub = index.data(SUBTEXT_ROLE)
        if sub:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            width = QFontMetrics(sub_font(opt.font)).horizontalAdvance(str(sub)) + 24
            hint.setWidth(max(hint.width(), width))
        return hint

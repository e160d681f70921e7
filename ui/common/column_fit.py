"""Column widths from the text size: each column as wide as its usual text and its title, one
column (the name) taking whatever width is spare; a horizontal scroll bar when nothing is."""

from __future__ import annotations

from collections.abc import Sequence

from belteam_gui.common import zoom
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView
from shiboken6 import isValid

CELL_PADDING = 16  # px around a cell's text


def title_width(view: QTableView, column: int) -> int:
    """Pixels a column's title needs: bold, with the style sheet's padding and the sort arrow."""
    if view.model() is None:
        return 0
    header = view.horizontalHeader()
    font = QFont(header.font())
    font.setBold(True)  # the style sheet's headers are bold
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    return QFontMetrics(font).horizontalAdvance(title) + 2 * zoom.px(6) + zoom.px(16)


class SpareToColumn(QObject):
    """Keeps ``view``'s columns at ``chars`` average characters (or their title) wide and gives
    the spare width to column ``stretch``; again after each resize and zoom step."""

    def __init__(self, view: QTableView, chars: Sequence[int], stretch: int) -> None:
        super().__init__(view)
        self.view, self.chars, self.stretch = view, list(chars), stretch
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)
        zoom.state.changed.connect(self.fit)

    def wanted(self, column: int) -> int:
        char = self.view.fontMetrics().averageCharWidth()
        return max(self.chars[column] * char + CELL_PADDING, title_width(self.view, column))

    def fit(self, *_args) -> None:
        if not isValid(self) or not isValid(self.view):
            return  # a zoom step after the screen was closed
        header = self.view.horizontalHeader()
        for column in range(min(len(self.chars), header.count())):
            header.resizeSection(column, self.wanted(column))
        spare = self.view.viewport().width() - header.length()
        if spare > 0:
            header.resizeSection(self.stretch, self.wanted(self.stretch) + spare)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Resize and isValid(self.view)
                and watched is self.view.viewport()):
            self.fit()
        return False


def fit_to_text_and_titles(view: QTableView) -> None:
    """Every column as wide as its cells and its whole (bold, padded) title."""
    if not isValid(view) or view.model() is None:
        return
    view.ensurePolished()
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, max(header.sectionSize(column), title_width(view, column)))

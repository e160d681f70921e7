"""A combo box you can type in to find an item (case- and accent-insensitive, any word order)."""

from __future__ import annotations

from typing import Any

from belteam_gui.common.filter_proxy import FoldingFilterProxy
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class SearchCombo(QComboBox):
    """Editable combo whose pop-up lists the items containing every typed word.

    Typing never adds items; leaving the field with text that names no item puts the
    current item's text back, so a stray key press cannot change the choice.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(QStandardItemModel(self))
        self._proxy = FoldingFilterProxy(parent=self)
        self._proxy.setSourceModel(self.model())
        completer = QCompleter(self._proxy, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)  # QComboBox maps a pick through the proxy to its row
        self.lineEdit().textEdited.connect(self._filter)
        self.lineEdit().editingFinished.connect(self._settle)
        self.lineEdit().installEventFilter(self)

    def add(self, text: str, data: Any) -> None:
        """Add an item showing ``text`` and carrying ``data``."""
        item = QStandardItem(text)
        item.setData(data, Qt.ItemDataRole.UserRole)
        item.setEditable(False)
        self.model().appendRow(item)

    def select_data(self, data: Any) -> bool:
        """Make the item carrying ``data`` current; False when there is none."""
        row = self.findData(data)
        if row >= 0:
            self.setCurrentIndex(row)
        return row >= 0

    def matches(self) -> list[str]:
        """The texts the pop-up offers for what is typed now."""
        return [self._proxy.index(row, 0).data() for row in range(self._proxy.rowCount())]

    def _filter(self, text: str) -> None:
        self._proxy.set_filter_text(text)
        if text.strip():
            self.completer().complete()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter after typing picks the item; it must not also press the dialog's OK."""
        if (watched is self.lineEdit() and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.lineEdit().text() != self.itemText(self.currentIndex())):
            self.completer().popup().hide()
            self._settle()
            return True
        return super().eventFilter(watched, event)

    def _settle(self) -> None:
        """Typed text that is not exactly an item: take the only match, else undo the typing."""
        if self.completer().popup().isVisible():
            return  # the pop-up is choosing; its pick arrives through the completer
        text = self.lineEdit().text()
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if row < 0 and self._proxy.rowCount() == 1:
            row = self._proxy.mapToSource(self._proxy.index(0, 0)).row()
        if row >= 0 and row != self.currentIndex():
            self.setCurrentIndex(row)
        self.lineEdit().setText(self.itemText(self.currentIndex()))

"""The current row of a table view that shows a filter proxy over a row model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView

_WHOLE_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def current_source_row(view: QAbstractItemView) -> Any | None:
    """The row behind the view's current index (its model is a proxy over a row model), or None."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    proxy = view.model()
    return proxy.sourceModel().row(proxy.mapToSource(index).row())


def set_current_row(view: QAbstractItemView, index: QModelIndex) -> None:
    """Make ``index`` current and select its whole row (an invalid index clears both)."""
    view.selectionModel().setCurrentIndex(index, _WHOLE_ROW)

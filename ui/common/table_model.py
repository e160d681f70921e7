"""A reusable read-only table model over plain row tuples, described by ``Column`` specs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

Row = Any  # a tuple (often a NamedTuple from the services)
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole  # the row's first value (its database id)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the value sorting compares
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's folded search text

_ARCHIVED_FOREGROUND = QBrush(QColor("#595959"))  # 5.3:1 even on the selected row


def read_only_flags(index: Index) -> Qt.ItemFlag:
    """Selectable, never editable, never a tree: the flags of every list on screen."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


@dataclass(frozen=True)
class Column:
    """How one column shows a row: header, text, sort key, tooltip, font, alignment, width."""

    title: str  # marked with QT_TRANSLATE_NOOP(context, ...); translated when shown
    display: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None  # default: the display text, case-folded
    tooltip: Callable[[Row], str] | None = None
    font: Callable[[Row], QFont | None] | None = None
    align: Qt.AlignmentFlag | None = None
    width: int = 12  # starting width in average characters
    context: str = "Columns"


class PlainTableModel(QAbstractTableModel):
    """A flat, read-only table over a list of rows; subclasses say what a cell holds."""

    HEADERS: Sequence[str] = ()  # titles marked with QT_TRANSLATE_NOOP(HEADER_CONTEXT, ...)
    HEADER_CONTEXT = "Columns"
    HEADER_ROLES: tuple[int, ...] = (Qt.ItemDataRole.DisplayRole,)

    def __init__(self, rows: Sequence[Row] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = list(rows)

    # -- rows -------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row (after a reload)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    # -- what subclasses fill in ------------------------------------------------------------
    def column_total(self) -> int:
        return len(self.HEADERS)

    def header(self, section: int) -> Any:
        """The title of a column (``section`` is in range)."""
        return QCoreApplication.translate(self.HEADER_CONTEXT, self.HEADERS[section])

    def cell(self, row: Row, index: Index, role: int) -> Any:
        """What ``role`` of the cell at ``index`` shows (``row`` is its row); None for nothing."""
        raise NotImplementedError

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_total()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.column_total():
            return None
        return self.header(section) if role in self.HEADER_ROLES else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index, role)


class RowsTableModel(PlainTableModel):
    """Holds rows as tuples; sorts itself in Python (fast for 20,000 rows) and never edits."""

    HEADER_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)

    def __init__(self, columns: Sequence[Column], rows: Sequence[Row] = (),
                 search_key: Callable[[Row], str] | None = None,
                 dimmed: Callable[[Row], bool] | None = None, parent=None) -> None:
        super().__init__(parent=parent)
        self.columns = list(columns)
        self._search_key = search_key
        self._dimmed = dimmed
        self._keys: list[str] = []
        self._sort_cache: dict[int, list[Any]] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._set(rows)

    # -- rows -------------------------------------------------------------------------------
    def _set(self, rows: Sequence[Row]) -> None:
        self._rows = list(rows)
        key = self._search_key
        self._keys = [key(row) for row in self._rows] if key else []
        self._sort_cache.clear()

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row (after a reload)."""
        self.beginResetModel()
        self._set(rows)
        self.endResetModel()

    def search_key(self, number: int) -> str:
        """The folded search text of a row ('' without a search_key function)."""
        return self._keys[number] if self._keys else ""

    def find_id(self, row_id: Any) -> int:
        """The row number whose first value is ``row_id``, or -1."""
        return next((n for n, row in enumerate(self._rows) if row[0] == row_id), -1)

    # -- cells ------------------------------------------------------------------------------
    def column_total(self) -> int:
        return len(self.columns)

    def header(self, section: int) -> Any:
        column = self.columns[section]
        return QCoreApplication.translate(column.context, column.title)

    def cell(self, row: Row, index: Index, role: int) -> Any:
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.display(row) or None
        if role == Qt.ItemDataRole.FontRole:
            return self._font(column, row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _ARCHIVED_FOREGROUND if self._dimmed and self._dimmed(row) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return self._sort_keys(index.column())[index.row()]
        if role == ID_ROLE:
            return row[0]
        if role == SEARCH_ROLE:
            return self.search_key(index.row())
        return None

    def _font(self, column: Column, row: Row) -> QFont | None:
        font = column.font(row) if column.font else None
        if font is None and self._dimmed and self._dimmed(row):
            return self._italic
        return font

    # -- sorting ----------------------------------------------------------------------------
    def _sort_keys(self, column: int) -> list[Any]:
        """Sort keys of a column, computed once per load (the sort runs in Python, not via Qt)."""
        if column not in self._sort_cache:
            spec = self.columns[column]
            key = spec.sort_key or (lambda row: spec.display(row).casefold())
            self._sort_cache[column] = [key(row) for row in self._rows]
        return self._sort_cache[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        keys = self._sort_keys(column)
        # Stable, with a reverse that keeps equal rows in their order.
        order_rows = sorted(range(len(self._rows)), key=keys.__getitem__,
                            reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        self._apply_order(order_rows)
        self.layoutChanged.emit()

    def _apply_order(self, order_rows: list[int]) -> None:
        new_position = [0] * len(order_rows)
        for new, old in enumerate(order_rows):
            new_position[old] = new
        self._rows = [self._rows[n] for n in order_rows]
        if self._keys:
            self._keys = [self._keys[n] for n in order_rows]
        self._sort_cache = {c: [keys[n] for n in order_rows] for c, keys in self._sort_cache.items()}
        old = self.persistentIndexList()
        new = [self.index(new_position[i.row()], i.column()) for i in old]
        self.changePersistentIndexList(old, new)

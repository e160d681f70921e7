"""Type-to-filter over several columns, ignoring case and accents ("rocak" finds "Ročak")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from belteam_gui.common.table_model import RowsTableModel
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

Index = QModelIndex | QPersistentModelIndex

# Letters that do not decompose into base letter + mark but are typed as plain letters.
_EXTRA = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                        "ı": "i", "þ": "th"})


# Combining marks (Latin accents after NFKD, Hebrew points, Arabic harakat, other blocks):
# one C-speed regex instead of a per-character loop, which was the cost at 20,000 rows.
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
                    "\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case and strip accents; plain ASCII takes the fast path (most names are)."""
    text = text.casefold()
    if text.isascii():
        return text
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).translate(_EXTRA)


_PUNCTUATION = re.compile(r"[\W_]+")


def _compact(folded: str) -> str:
    """Letters and digits only: "2024-01" → "202401", "06-1234" → "061234", "7971 ab" → "7971ab"."""
    return _PUNCTUATION.sub("", folded)


def search_words(text: str) -> list[tuple[str, ...]]:
    """Per typed word its forms: as typed (folded) and, when it has punctuation, without it.

    A word matches when any form occurs, so a code with a hyphen ("2024-01") is found as
    written and a phone number or postcode is found whatever its separators.
    """
    result = []
    for word in fold(text).split():
        compact = _compact(word)
        result.append((word, compact) if compact and compact != word else (word,))
    return result


@lru_cache(maxsize=65536)
def _forms(part: str) -> str:
    """The folded value, and after it the same without punctuation when that differs."""
    folded = fold(part)
    compact = _compact(folded)
    return folded if compact == folded else f"{folded}\n{compact}"


def fold_all(parts: Sequence[object]) -> str:
    """One folded search text of several values, separated so words do not run together."""
    # Folded part by part: names and villages repeat, so the cache answers most of them.
    return "\n".join(_forms(part if isinstance(part, str) else str(part)) for part in parts
                     if part)


class FoldingFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose folded search text contains every typed word.

    With a RowsTableModel that has a ``search_key`` the precomputed text is used (fast for
    20,000 rows); otherwise the display text of ``columns`` (all when empty) is folded.
    Sorting is handed to the source model, which sorts in Python in one pass.
    """

    def __init__(self, columns: Sequence[int] = (), parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._words: list[str] = []
        self._rows_model: RowsTableModel | None = None
        self._accepted: list[bool] = []
        self._accepted_for: list[str] | None = None  # the search keys _accepted was made from
        self.setDynamicSortFilter(False)

    def set_filter_text(self, text: str) -> None:
        """Filter on ``text``: every whitespace-separated word must occur (order free)."""
        words = search_words(text)
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self._accepted_for = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_words(self) -> list[str]:
        return [forms[0] for forms in self._words]

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setSourceModel(model)
        # Kept in Python: filterAcceptsRow runs 20,000 times per keystroke, and asking Qt
        # for sourceModel() each time cost a third of it.
        self._rows_model = model if isinstance(model, RowsTableModel) else None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        rows_model = self._rows_model
        if rows_model is None or not rows_model._keys:
            return self._matches(self._folded_display(source_row, source_parent))
        keys = rows_model._keys
        if keys is not self._accepted_for:  # new filter, or the rows were reloaded or sorted
            if len(self._words) == 1 and len(self._words[0]) == 1:
                word = self._words[0][0]
                self._accepted = [word in text for text in keys]
            else:
                self._accepted = [self._matches(text) for text in keys]
            self._accepted_for = keys
        # Decided for all rows in one pass above: this runs 20,000 times per keystroke,
        # so it only looks the answer up.
        return self._accepted[source_row]

    def _matches(self, text: str) -> bool:
        return all(any(form in text for form in forms) for forms in self._words)

    def _folded_display(self, source_row: int, source_parent: Index) -> str:
        source = self.sourceModel()
        # The proxy's own column count: asking a QAbstractListModel source here crashes PySide.
        columns = self._columns or range(self.columnCount())
        return fold_all([source.index(source_row, c, source_parent).data() for c in columns])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RowsTableModel):
            source.sort(column, order)  # keeps source order here: no per-comparison callbacks
        else:
            super().sort(column, order)

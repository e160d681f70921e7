"""The Today table: big rows, whole-row selection, Enter opens, Ctrl+C copies the number."""

from __future__ import annotations

from belteam_gui.common import zoom
from belteam_gui.common.column_fit import title_width
from belteam_gui.today.model import ATTEMPTS, NOTE, PHONE, RESIDENT, STATUS, TIME, VOLUNTEER
from belteam_gui.today.two_line_delegate import TwoLineDelegate
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# Widest a column grows to fit its contents, in average characters; the note takes the rest.
CAPS = {TIME: 8, RESIDENT: 26, PHONE: 16, STATUS: 24, ATTEMPTS: 30, VOLUNTEER: 18}
FIT_SAMPLE = 150  # rows looked at to size a column
NOTE_MIN = 30  # characters the last note keeps: a short sentence, readable
CELL_PADDING = 16  # px, "padding: 0 8px" below
# Narrowest these get (in characters) to make room for the note, in this order: the
# resident's second line ("holiday: …") goes first, then long caller names are elided (the
# tooltip holds them whole). In the whole-team view the attempts column gives way before any
# name is cut (the history holds every attempt); below 14 characters ("2× G…") it says nothing.
FLOORS = {RESIDENT: 18, VOLUNTEER: 14, ATTEMPTS: 14}
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TodayTable(QTableView):
    """A read-only list of calls; emits open_requested on Enter/double-click."""

    open_requested = Signal()
    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayTable")
        zoom.set_points(self, 14)  # 14 pt at 100 %: readable without glasses
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setShowGrid(False)
        zoom.set_style(self, "QTableView#todayTable { font-size: 14pt; }"
                           "QTableView#todayTable::item { padding: 0 8px; }"
                           "QTableView#todayTable::item:selected "
                           "{ background: #cfe3f6; color: black; border-top: 2px solid #1f5f99;"
                           " border-bottom: 2px solid #1f5f99; }")
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(self.fontMetrics().height() * 2.3))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(FIT_SAMPLE)  # a team list can hold thousands of rows
        self.setItemDelegate(TwoLineDelegate(self))
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())
        # What each column's contents need, as last measured: a resize only shares the width
        # out again; the contents are measured after a load or a zoom step.
        self._wanted: dict[int, int] = {}
        self._whole_names: dict[int, int] = {}
        self._remeasure = True
        self._refit = QTimer(self, singleShot=True, interval=120)  # once a resize settles
        self._refit.timeout.connect(self._fit_again)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """After a zoom step: rows as tall as the new text, columns fitted again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_refit"):
            self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.3))
            self.setIconSize(QSize(self.fontMetrics().height(), self.fontMetrics().height()))
            self._remeasure = True
            self._refit.start()

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        header = self.horizontalHeader()
        for column in CAPS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size the columns to what they hold (after each load), within their caps."""
        self._remeasure = False
        self.setColumnHidden(ATTEMPTS, False)  # hidden below only when the note needs it
        self._wanted = {}
        for column in CAPS:
            if not self.isColumnHidden(column):
                self.resizeColumnToContents(column)
                # + room for the style sheet's cell padding, which the size hint leaves out
                self._wanted[column] = self.columnWidth(column) + CELL_PADDING + 6
        self._whole_names = {column: self.sizeHintForColumn(column) + CELL_PADDING + 6
                             for column in (RESIDENT, VOLUNTEER)
                             if not self.isColumnHidden(column)}
        self._share_out()

    def _fit_again(self) -> None:
        """After a resize: the measured widths shared out again; after a zoom: measured anew."""
        shown = {column for column in CAPS if not self.isColumnHidden(column)} | {ATTEMPTS}
        if self._remeasure or not shown <= set(self._wanted):
            self.fit_columns()
        else:
            self._share_out()

    def _share_out(self) -> None:
        """The measured widths within their caps, the note's room kept, names widened."""
        char = self.fontMetrics().averageCharWidth()
        self.setColumnHidden(ATTEMPTS, False)
        for column, chars in CAPS.items():
            if not self.isColumnHidden(column):
                self.setColumnWidth(column, min(self._wanted[column], chars * char))
        if self._note_shortfall(char) > 0 and not self.isColumnHidden(VOLUNTEER):
            self.setColumnHidden(ATTEMPTS, True)  # whole team on a small screen
        self._squeeze_for_note(char)
        self._widen_names(char)
        # Too little room even so (large text): the note keeps its title and the table scrolls.
        header = self.horizontalHeader()
        short = self._note_shortfall(char)
        if short > 0:
            header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(NOTE, self.viewport().width() - self._used() + short)
        else:
            header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)

    def _used(self) -> int:
        return sum(self.columnWidth(c) for c in CAPS if not self.isColumnHidden(c))

    def _note_shortfall(self, char: int) -> int:
        """Pixels the last note lacks to be readable with its whole title (0 or less: enough)."""
        need = max(NOTE_MIN * char, title_width(self, NOTE))
        return need - (self.viewport().width() - self._used())

    def _squeeze_for_note(self, char: int) -> None:
        """Narrow the columns in FLOORS, in order, until the note can be read."""
        short = self._note_shortfall(char)
        for column, floor in FLOORS.items():
            if short <= 0:
                return
            if self.isColumnHidden(column):
                continue
            give = max(0, min(short, self.columnWidth(column) - floor * char))
            self.setColumnWidth(column, self.columnWidth(column) - give)
            short -= give

    def _widen_names(self, char: int) -> None:
        """Give the note's spare room to names longer than their cap, so no name is cut while
        the row has empty space."""
        spare = -self._note_shortfall(char)
        for column in (RESIDENT, VOLUNTEER):
            if spare <= 0 or self.isColumnHidden(column):
                continue
            whole = self._whole_names.get(column, 0)
            give = max(0, min(spare, whole - self.columnWidth(column)))
            self.setColumnWidth(column, self.columnWidth(column) + give)
            spare -= give

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._refit.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit_columns()  # the style sheet's font is known only once the table is shown

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in _OPEN_KEYS and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if self.currentIndex().isValid():
                self.open_requested.emit()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            # Qt would copy the current cell; the phone number is what a caller needs.
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

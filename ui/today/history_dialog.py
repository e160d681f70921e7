"""A resident's timeline: every attempt and note, newest first, the whole note of a row below."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from belteam_gui.app.session import Session
from belteam_gui.common import zoom
from belteam_gui.common.call_words import clock_text, outcome_label, topic_label, wellbeing_text
from belteam_gui.common.icons import icon
from belteam_gui.common.plan_words import fill
from belteam_gui.common.table_model import Index, PlainTableModel
from belteam_gui.today.model import short_note
from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from belteam.calls import log as calls
from belteam.core.actors import PermissionDenied
from belteam.people import service as people

HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "When"),
    QT_TRANSLATE_NOOP("HistoryModel", "Who"),
    QT_TRANSLATE_NOOP("HistoryModel", "Outcome"),
    QT_TRANSLATE_NOOP("HistoryModel", "Wellbeing"),
    QT_TRANSLATE_NOOP("HistoryModel", "Topics"),
    QT_TRANSLATE_NOOP("HistoryModel", "Note"),
)

translate = QCoreApplication.translate  # the name lupdate finds
WHEN, WHO, OUTCOME, WELLBEING, TOPICS, NOTE = range(6)
CAPS = {WHEN: 26, WHO: 22, OUTCOME: 18, WELLBEING: 12, TOPICS: 30}  # widest, in characters
_CONFIDENTIAL = QBrush(QColor("#7a4b00"))



class HistoryRow(NamedTuple):
    """One attempt as plain values (read once from the domain's CallAttempt)."""

    at: datetime
    who: str
    outcome: str
    wellbeing: int | None
    topics: tuple[str, ...]
    note: str
    confidential: bool
    wants_again: bool
    practical_help: bool
    concern: bool


def history_rows(attempts: Sequence[Any]) -> list[HistoryRow]:
    """Plain rows from CallAttempt records (the names of callers looked up once each)."""
    return [HistoryRow(a.at, _who(a), a.outcome, a.wellbeing, tuple(a.topics or ()),
                       a.note or "", bool(a.confidential), bool(a.wants_again),
                       bool(a.practical_help), bool(a.concern)) for a in attempts]


def _who(attempt: Any) -> str:
    volunteer = attempt.volunteer if attempt.volunteer_id is not None else None
    if volunteer is not None:
        return volunteer.name
    logged_by = attempt.logged_by if attempt.logged_by_id is not None else None
    return logged_by.username if logged_by is not None else ""


def when_text(moment: datetime) -> str:
    """'Mon 30 Nov 2026 09:10'."""
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    return f"{day}  {clock_text(moment)}"


class HistoryModel(PlainTableModel):
    """Read-only rows of HistoryRow, newest first as the domain gives them."""

    HEADERS = HEADERS
    HEADER_CONTEXT = "HistoryModel"

    def __init__(self, rows: Sequence[HistoryRow] = (), parent=None) -> None:
        super().__init__(rows, parent)
        self._italic = QFont()
        self._italic.setItalic(True)

    def cell(self, row: HistoryRow, index: Index, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return full_note(row) if index.column() == NOTE else self._display(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == NOTE and row.confidential:
            return _CONFIDENTIAL
        if role == Qt.ItemDataRole.DecorationRole and index.column() == NOTE and row.confidential:
            return icon("lock")  # the word says it too: never the colour or the icon alone
        if role == Qt.ItemDataRole.FontRole and row.outcome != "reached":
            return self._italic
        return None

    def _display(self, row: HistoryRow, column: int) -> str:
        if column == WHEN:
            return when_text(row.at)
        if column == WHO:
            return row.who
        if column == OUTCOME:
            return outcome_label(row.outcome)
        if column == WELLBEING:
            return wellbeing_text(row.wellbeing)
        if column == TOPICS:
            return ", ".join(topic_label(topic) for topic in row.topics)
        note = short_note(row.note, 90)
        if row.confidential:
            if not note:
                return translate("HistoryModel", "confidential")
            return fill(translate("HistoryModel", "confidential: %1"), note)
        return note


def full_note(row: HistoryRow) -> str:
    """The whole note with the flags that go with it, for the box under the table."""
    lines = []
    if row.confidential and row.note:
        lines.append(translate("HistoryModel", "Confidential note"))
    elif row.confidential:
        lines.append(translate("HistoryModel",
                               "Confidential note — only coordinators and staff may read it."))
    elif not row.note:
        lines.append(translate("HistoryModel", "(no note)"))
    lines.append(row.note)
    flags = []
    if row.outcome == "reached" and row.wants_again:
        flags.append(translate("HistoryModel", "wants to be called again"))
    elif row.outcome == "reached":
        flags.append(translate("HistoryModel", "does NOT want to be called again"))
    if row.practical_help:
        flags.append(translate("HistoryModel", "practical help asked"))
    if row.concern:
        flags.append(translate("HistoryModel", "concern: needs follow-up"))
    if flags:
        lines.append("")
        lines.append(" · ".join(flags))
    return "\n".join(lines).strip()


class HistoryDialog(QDialog):
    """The timeline of one resident; Esc closes."""

    def __init__(self, session: Session, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.model = HistoryModel(parent=self)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.hide()
        self.table = self._table()
        self.note_box = QPlainTextEdit()
        self.note_box.setObjectName("fullNote")
        self.note_box.setReadOnly(True)
        zoom.set_points(self.note_box, 13)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        note_label = QLabel(self.tr("The whole &note of the selected call:"))
        note_label.setBuddy(self.note_box)
        below_layout.addWidget(note_label)
        below_layout.addWidget(self.note_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.error_label)
        self.wellbeing_chart: QChartView | None = None
        if session.actor.can("reports.read"):  # coordinators and staff: the marks over time
            self.wellbeing_chart = QChartView()
            self.wellbeing_chart.setMinimumHeight(160)
            self.wellbeing_chart.setMaximumHeight(200)
            self.wellbeing_chart.hide()
            layout.addWidget(self.wellbeing_chart)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        self.load()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("historyTable")
        table.setAccessibleName(self.tr("Calls and notes, newest first"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2))
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in CAPS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.selectionModel().currentRowChanged.connect(self._show_note)
        return table

    def load(self) -> None:
        actor = self.session.actor
        try:
            resident = people.resident_view(actor, self.resident_id)  # the name, nothing more
            rows = history_rows(calls.history(actor, self.resident_id))
        except PermissionDenied as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        name = f"{resident['first_name']} {resident['last_name']}".strip()
        self.setWindowTitle(fill(self.tr("History — %1"), name))
        self.title.setText(fill(self.tr("%1: calls and notes, newest first"), name))
        self.model.set_rows(rows)
        self._chart(rows)
        self._fit_columns()
        if rows:
            self.table.selectRow(0)
        else:
            self.note_box.setPlainText(self.tr("No calls logged yet."))
        self.table.setFocus()

    def _chart(self, rows: Sequence[HistoryRow]) -> None:
        """A small line of the wellbeing marks, oldest to newest (only when there are two)."""
        marks = [(r.at, r.wellbeing) for r in reversed(rows) if r.wellbeing is not None]
        if self.wellbeing_chart is None or len(marks) < 2:
            return
        line = QLineSeries()
        for moment, mark in marks:
            line.append(moment.timestamp() * 1000, mark)
        chart = QChart()
        chart.setTitle(self.tr("Wellbeing over time"))
        chart.addSeries(line)
        days = QDateTimeAxis()
        days.setFormat("dd-MM-yy")
        days.setTickCount(min(6, len(marks)))
        marks_axis = QValueAxis()
        marks_axis.setRange(1, 10)
        marks_axis.setLabelFormat("%d")
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(marks_axis, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(days)
        line.attachAxis(marks_axis)
        chart.legend().hide()
        self.wellbeing_chart.setChart(chart)
        self.wellbeing_chart.show()

    def _fit_columns(self) -> None:
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in CAPS.items():
            self.table.resizeColumnToContents(column)
            width = min(self.table.columnWidth(column) + char, chars * char)
            # A long value may be cut (its tooltip holds it), the column's title never is.
            self.table.setColumnWidth(column, max(width, self.table.horizontalHeader().sectionSizeHint(column)))

    def _show_note(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.note_box.setPlainText(full_note(self.model.row(current.row())))

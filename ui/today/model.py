"""The volunteer's day as a table: one row per due call, in the order the domain gives them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from belteam_gui.common.call_words import (
    attempt_parts,
    attempts_text,
    clock_text,
    day_month,
    status_label,
    wellbeing_text,
)
from belteam_gui.common.icons import icon
from belteam_gui.common.plan_words import fill
from belteam_gui.common.table_model import Index, PlainTableModel
from belteam_gui.today.two_line_delegate import SUBTEXT_ROLE
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from belteam.core import phones
from belteam.core.clock import clock

translate = QCoreApplication.translate  # the name lupdate finds

CALL_ROLE = Qt.ItemDataRole.UserRole  # the row's DueCall

TIME, RESIDENT, PHONE, STATUS, ATTEMPTS, VOLUNTEER, NOTE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("TodayModel", "Time"),
    QT_TRANSLATE_NOOP("TodayModel", "Resident"),
    QT_TRANSLATE_NOOP("TodayModel", "Phone"),
    QT_TRANSLATE_NOOP("TodayModel", "Status"),
    QT_TRANSLATE_NOOP("TodayModel", "Attempts"),
    QT_TRANSLATE_NOOP("TodayModel", "Caller"),
    QT_TRANSLATE_NOOP("TodayModel", "Last note"),
)
OPEN_STATUSES = ("due", "retry")
FINISHED_STATUSES = ("done", "missed")
NOTE_CHARS = 70  # the view elides further; the tooltip holds the whole note

# Calm colours with enough contrast for older eyes (grey #5f6368 on white is 6:1).
_GREY = QBrush(QColor("#5f6368"))
_RETRY_BACKGROUND = QBrush(QColor("#ffefc2"))  # amber: try again
_COVER_BACKGROUND = QBrush(QColor("#fbd9d6"))  # soft red: nobody calls yet



def short_note(text: str, limit: int = NOTE_CHARS) -> str:
    """The note on one line, cut at a word with '…' when longer than ``limit``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
    return cut + "…"


class TodayModel(PlainTableModel):
    """Read-only rows of DueCall; status decides the colours (finished greyed, retry amber)."""

    HEADERS = HEADERS
    HEADER_CONTEXT = "TodayModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self._day: date = clock.today()
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- rows -----------------------------------------------------------------------------
    def set_calls(self, calls: Sequence[Any], day: date) -> None:
        """Replace the rows with the due calls of ``day`` (already sorted by the domain)."""
        self._day = day
        self.set_rows(calls)

    def append_calls(self, calls: Sequence[Any]) -> None:
        """Add rows at the end (the rest of a list whose first rows are shown)."""
        if not calls:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(calls) - 1)
        self._rows.extend(calls)
        self.endInsertRows()

    def calls(self) -> list[Any]:
        return self.rows()

    def call(self, row: int) -> Any:
        return self.row(row)

    def day(self) -> date:
        return self._day

    def find(self, pairing_id: int, due_date: date) -> int:
        """The row of one due call, or -1."""
        return next((n for n, c in enumerate(self._rows)
                     if c.pairing_id == pairing_id and c.due_date == due_date), -1)

    def first_open_row(self, after: int = -1) -> int:
        """The first due/retry row after ``after`` (wrapping round), or -1 when none is open."""
        count = len(self._rows)
        for step in range(1, count + 1):
            row = (after + step) % count
            if self._rows[row].status in OPEN_STATUSES:
                return row
        return -1

    def counts(self) -> tuple[int, int]:
        """(done, total) for the progress line; missed calls are gone, so they do not count."""
        listed = [c for c in self._rows if c.status != "missed"]
        return sum(c.status == "done" for c in listed), len(listed)

    def needs_cover(self) -> list[Any]:
        return [c for c in self._rows if c.status == "needs_cover"]

    # -- cells ----------------------------------------------------------------------------
    def cell(self, call: Any, index: Index, role: int) -> Any:
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(call, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(call, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _GREY if call.status in FINISHED_STATUSES else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(call)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(call, column)
        if role == Qt.ItemDataRole.DecorationRole and column == RESIDENT and call.case_open:
            return icon("flag")  # with the words "follow-up open" below the name
        if role == SUBTEXT_ROLE:
            return self._subtext(call, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._full(call, column)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.row_sentence(call)
        if role == CALL_ROLE:
            return call
        return None

    # -- cell contents --------------------------------------------------------------------
    def _display(self, call: Any, column: int) -> str:
        """The main line of a cell."""
        if column == TIME:
            return clock_text(call.preferred_time) if call.preferred_time else "—"
        if column == RESIDENT:
            return call.resident_name
        if column == PHONE:
            if not call.phone:
                return translate("TodayModel", "no number")
            return phones.display(call.phone)
        if column == STATUS:
            return status_label(call.status)
        if column == ATTEMPTS:
            return attempt_parts(call.attempts, self._day)[0]
        if column == VOLUNTEER:
            return call.volunteer_name or translate("TodayModel", "nobody yet")
        note = short_note(call.last_note)
        mark = wellbeing_text(call.last_wellbeing)
        return note or (fill(translate("TodayModel", "wellbeing %1"), mark) if mark else "")

    def _subtext(self, call: Any, column: int) -> str:
        """The smaller second line of a cell ('' for none)."""
        if column == RESIDENT:
            marks = []
            if call.holiday:
                marks.append(fill(translate("TodayModel", "holiday: %1"), call.holiday))
            if call.case_open:
                marks.append(translate("TodayModel", "follow-up open"))
            return "  ·  ".join(marks)
        if column == STATUS and call.not_reached_since is not None:
            # Earlier calls folded into this row: one row per resident, the gap told in words.
            since = day_month(call.not_reached_since)
            if len(call.earlier) == 1:
                return fill(translate("TodayModel", "not reached since %1, 1 call missed"), since)
            return fill(translate("TodayModel", "not reached since %1, %2 calls missed"), since,
                        str(len(call.earlier)))
        if column == STATUS and call.due_date != self._day:
            # Say which day's call it is, so "try again" is not mistaken for today's plan.
            return fill(translate("TodayModel", "from %1"), day_month(call.due_date))
        if column == ATTEMPTS:
            return attempt_parts(call.attempts, self._day)[1]
        if column == NOTE and call.last_note:
            mark = wellbeing_text(call.last_wellbeing)
            when = day_month(call.last_contact) if call.last_contact else ""
            if mark:
                if when:
                    return fill(translate("TodayModel", "%1 · wellbeing %2"), when, mark)
                return fill(translate("TodayModel", "wellbeing %1"), mark)
            return when
        return ""

    def _full(self, call: Any, column: int) -> str:
        """Both lines in one text (screen readers, tooltips)."""
        if column == ATTEMPTS:
            return attempts_text(call.attempts, self._day)
        sub = self._subtext(call, column)
        main = self._display(call, column)
        return f"{main} ({sub})" if sub else main

    def row_sentence(self, call: Any) -> str:
        """The whole row as a screen reader says it: 'Anna de Vries, 09:00, to call, last
        note: …' (every column in order, empty ones left out)."""
        parts = [self._full(call, RESIDENT)]
        parts += [self._full(call, column) for column in (TIME, PHONE, STATUS, ATTEMPTS)]
        note = self._full(call, NOTE)
        if note:
            parts.append(fill(translate("TodayModel", "last note: %1"), note))
        return ", ".join(part for part in parts if part and part != "—")

    def _tooltip(self, call: Any, column: int) -> str | None:
        if column == NOTE and call.last_note:
            when = fill(translate("TodayModel", "Last reached: %1"), day_month(call.last_contact)) \
                if call.last_contact else ""
            return "\n\n".join(part for part in (when, call.last_note) if part)
        return self._full(call, column) or None

    def _background(self, call: Any) -> QBrush | None:
        if call.status == "retry":
            return _RETRY_BACKGROUND
        if call.status == "needs_cover":
            return _COVER_BACKGROUND
        return None

    def _font(self, call: Any, column: int) -> QFont | None:
        if column == STATUS and call.status in ("retry", "needs_cover", "due"):
            return self._bold
        if column == RESIDENT and call.status in OPEN_STATUSES:
            return self._bold
        if call.status in FINISHED_STATUSES:
            return self._italic
        return None

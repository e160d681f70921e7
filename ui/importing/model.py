"""The import preview's table model, the problems list model and the background worker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from belteam_gui.common.table_model import Index, PlainTableModel, read_only_flags
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from belteam.bootstrap import close_database
from belteam.importing.importer import Preview, PreviewRow

PROBLEM_BACKGROUND = QBrush(QColor("#fde2e1"))
PROBLEM_FOREGROUND = QBrush(QColor("#7a1010"))
WARNING_FOREGROUND = QBrush(QColor("#6b4e00"))


def cell_text(value: Any) -> str:
    """A cell as the spreadsheet showed it (dates as DD-MM-YYYY)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ImportPreview", "yes")
        return QCoreApplication.translate("ImportPreview", "no")
    return str(value)


class PreviewModel(PlainTableModel):
    """The rows of a checked file, read only; rows with a problem are highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._columns: list[tuple[str, str]] = []
        self._messages: dict[int, list[str]] = {}

    def set_preview(self, preview: Preview | None) -> None:
        self._columns = list(preview.columns) if preview else []
        self._messages = {}
        for problem in preview.problems if preview else []:
            self._messages.setdefault(problem.row, []).append(str(problem))
        self.set_rows(preview.rows if preview else [])

    def preview_row(self, number: int) -> PreviewRow:
        return self.row(number)

    def column_total(self) -> int:
        return len(self._columns) + 1

    def header(self, section: int) -> str:
        if section == 0:
            return QCoreApplication.translate("ImportPreview", "Row")
        return self._columns[section - 1][1]  # the header as written in the file

    def cell(self, row: PreviewRow, index: Index, role: int) -> Any:
        field = self._columns[index.column() - 1][0] if index.column() else None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.number) if field is None else cell_text(row.values.get(field))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self._messages.get(row.number, [])) or None
        bad = row.has_problem and (field is None or field in row.problem_fields
                                   or "" in row.problem_fields)
        if role == Qt.ItemDataRole.BackgroundRole and row.has_problem:
            return PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and bad:
            return PROBLEM_FOREGROUND
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.has_problem:
            return QCoreApplication.translate("ImportPreview", "This row has a problem")
        return None


class MessagesModel(QAbstractListModel):
    """Problems (and warnings) in words, one per line."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[str, bool]] = []  # (text, is_warning)

    def set_lines(self, problems: list[str], warnings: list[str]) -> None:
        self.beginResetModel()
        self._lines = [(p, False) for p in problems] + [(w, True) for w in warnings]
        self.endResetModel()

    def lines(self) -> list[str]:
        return [text for text, _ in self._lines]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        text, warning = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if warning:
                return QCoreApplication.translate("ImportPreview", "Warning: %1").replace("%1", text)
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            return WARNING_FOREGROUND if warning else PROBLEM_FOREGROUND
        return None


class WorkerSignals(QObject):
    """Lives in the GUI thread, so the worker's signals arrive there (queued)."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Worker(QRunnable):
    """Runs ``job(progress)`` on a pool thread; reports the result or the exception."""

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self.setAutoDelete(False)  # the dialog keeps it until its signal arrived

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except Exception as exc:  # reported to the user in the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            close_database()  # this pool thread's own connection; the window's stays open

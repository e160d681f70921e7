"""What the people lists share beyond search: a row filter on top of the search, and the rows on
screen (after filter and sort) handed to belteam to export or print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from belteam_gui.common.filter_proxy import FoldingFilterProxy
from belteam_gui.common.validated_form import fill
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from belteam.core.actors import PermissionDenied
from belteam.privacy import tables

Index = QModelIndex | QPersistentModelIndex


class RowFilterProxy(FoldingFilterProxy):
    """The search box's words AND a row test (the filters above the list; None: every row)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self._accepts: Callable[[Any], bool] | None = None

    def set_row_filter(self, accepts: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._accepts = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        accepts = self._accepts
        rows_model = self._rows_model
        if accepts is not None and rows_model is not None and not accepts(rows_model._rows[source_row]):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


def rows_on_screen(view: QTableView) -> tuple[list[str], list[list[str]]]:
    """The visible columns' titles and the text of every row the view shows, in its order."""
    model = view.model()
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = [[str(model.index(r, c).data() or "") for c in columns] for r in range(model.rowCount())]
    return headers, rows


def save_path(parent: QWidget, title: str, name: str, pattern: str) -> str:
    """Ask where to save (tests replace QFileDialog.getSaveFileName)."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), pattern)
    if path and not Path(path).suffix:
        path += ".csv" if "csv" in chosen.lower() else ".xlsx" if "xlsx" in chosen else ".pdf"
    return path


def write_list(parent: QWidget, actor, view: QTableView, what: str, title: str,
               printing: bool) -> str:
    """Export (XLSX/CSV) or print (PDF) the rows on screen; the line to show ('' if cancelled)."""
    if printing:
        path = save_path(parent, QCoreApplication.translate("PeopleList", "Print the list as PDF"), f"{what}.pdf", "PDF (*.pdf)")
    else:
        path = save_path(parent, QCoreApplication.translate("PeopleList", "Export the list"), f"{what}.xlsx",
                         QCoreApplication.translate("PeopleList", "Excel workbook (*.xlsx);;CSV, semicolons (*.csv)"))
    if not path:
        return ""
    headers, rows = rows_on_screen(view)
    try:
        count = tables.write_table(actor, Path(path), headers, rows, f"list:{what}", title=title)
    except PermissionDenied as exc:
        return str(exc)
    except (ValueError, OSError) as exc:
        return fill(QCoreApplication.translate("PeopleList", "Not saved: %1"), str(exc))
    return fill(QCoreApplication.translate("PeopleList", "Saved %1 rows to %2"), count, path)

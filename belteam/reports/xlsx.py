"""The overview as an XLSX workbook: one sheet per table, native Excel charts."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font

from belteam.reports import labels as words
from belteam.reports.tables import Table


def _sheet(book: Workbook, table: Table):
    sheet = book.create_sheet(table.name)
    sheet.append([table.title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(table.header)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append(row)
    sheet.column_dimensions["A"].width = 32
    return sheet


def _bar_chart(sheet, title: str, rows: int) -> None:
    """Bars of "this period" vs "previous" (columns B and C); hidden cells ("<5") draw nothing."""
    chart = BarChart()
    chart.title = title
    chart.add_data(Reference(sheet, min_col=2, max_col=3, min_row=2, max_row=2 + rows),
                   titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=3, max_row=2 + rows))
    chart.width, chart.height = 18, 8
    sheet.add_chart(chart, "E3")


def write_xlsx(all_tables: list[Table], series: list[tuple[str, float | None]], heading: str,
               path: str | Path, lang: str) -> Path:
    book = Workbook()
    book.remove(book.active)
    for table in all_tables:
        sheet = _sheet(book, table)
        if table.name in ("wellbeing", "topics", "cases"):
            _bar_chart(sheet, table.title, len(table.rows))
    trend = book.create_sheet("reach")
    trend.append([heading])
    trend.append([words.word("week", lang), words.word("reach_chart", lang)])
    for week, rate in series:
        trend.append([week, None if rate is None else round(rate * 100, 1)])
    chart = LineChart()
    chart.title = words.word("reach_chart", lang)
    chart.add_data(Reference(trend, min_col=2, min_row=2, max_row=2 + len(series)),
                   titles_from_data=True)
    chart.set_categories(Reference(trend, min_col=1, min_row=3, max_row=2 + len(series)))
    chart.width, chart.height = 18, 8
    trend.add_chart(chart, "D3")
    target = Path(path)
    book.save(target)
    return target

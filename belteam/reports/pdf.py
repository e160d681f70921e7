"""The overview as a PDF for the municipality: title, period, organisation, charts, definitions."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as PdfTable

from belteam.reports import labels as words
from belteam.reports.overview import Overview
from belteam.reports.tables import Table

THIS, PREVIOUS = colors.HexColor("#1f6fb2"), colors.HexColor("#b0b0b0")


def _number(value: Any) -> float:
    """Charts draw a hidden ("<5") or empty value as 0; the tables beside them say which."""
    return float(value) if isinstance(value, int | float) else 0.0


def bars(title: str, categories: list[str], this: list[Any], prev: list[Any], lang: str
         ) -> Drawing:
    drawing = Drawing(16 * cm, 6.5 * cm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 40, 16 * cm - 60, 6.5 * cm - 75
    chart.data = [[_number(v) for v in this], [_number(v) for v in prev]]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor, chart.bars[1].fillColor = THIS, PREVIOUS
    drawing.add(chart)
    drawing.add(String(0, 6.5 * cm - 14, title, fontName="Helvetica-Bold", fontSize=10))
    legend = Legend()
    legend.x, legend.y, legend.fontSize = 16 * cm - 150, 6.5 * cm - 10, 7
    legend.colorNamePairs = [(THIS, words.word("this", lang)), (PREVIOUS, words.word("previous", lang))]
    drawing.add(legend)
    return drawing


def line(title: str, series: list[tuple[str, float | None]]) -> Drawing:
    drawing = Drawing(16 * cm, 6 * cm)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 35, 16 * cm - 60, 6 * cm - 65
    chart.data = [[(rate or 0.0) * 100 for _w, rate in series]]
    chart.categoryAxis.categoryNames = [w[-3:] for w, _r in series]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, 100
    chart.lines[0].strokeColor, chart.lines[0].strokeWidth = THIS, 2
    drawing.add(chart)
    drawing.add(String(0, 6 * cm - 14, title + " (%)", fontName="Helvetica-Bold", fontSize=10))
    return drawing


def _table(table: Table, styles) -> list:
    body = styles["BodyText"]
    data = [[Paragraph(escape(str(c)), body) for c in table.header]]
    data += [[Paragraph(escape(str(c)), body) for c in row] for row in table.rows]
    width = 17 * cm / max(1, len(table.header))
    first = 5.5 * cm if len(table.header) <= 3 else 2.5 * cm
    rest = (17 * cm - first) / max(1, len(table.header) - 1) if len(table.header) > 1 else width
    grid = PdfTable(data, colWidths=[first] + [rest] * (len(table.header) - 1), repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Paragraph(escape(table.title), styles["Heading2"]), grid, Spacer(1, 0.4 * cm)]


def write_pdf(view: Overview, all_tables: list[Table], series: list[tuple[str, float | None]],
              organisation: str, made: str, path: str | Path, lang: str) -> Path:
    styles = getSampleStyleSheet()
    this, prev = view.totals, view.previous_totals
    story: list = [
        Paragraph(escape(words.word("title", lang)), styles["Title"]),
        Paragraph(escape(f"{words.word('organisation', lang)}: {organisation or '—'}"), styles["Normal"]),
        Paragraph(escape(f"{words.word('period', lang)}: {view.period.start.isoformat()} – "
                         f"{view.period.end.isoformat()} ({view.period.label})"), styles["Normal"]),
        Paragraph(escape(f"{words.word('previous', lang)}: {view.previous.start.isoformat()} – "
                         f"{view.previous.end.isoformat()}"), styles["Normal"]),
        Paragraph(escape(f"{words.word('made', lang)}: {made}"), styles["Normal"]),
        Spacer(1, 0.3 * cm),
        Paragraph(escape(words.word("privacy", lang, k=view.min_residents)), styles["Italic"]),
        Spacer(1, 0.3 * cm),
        line(words.word("reach_chart", lang), series),
        bars(words.word("wellbeing", lang), [str(m) for m in range(1, 11)],
             [this["wellbeing_counts"][m] for m in range(1, 11)],
             [prev["wellbeing_counts"][m] for m in range(1, 11)], lang),
        bars(words.word("topics", lang), [words.pick(words.TOPICS[t], lang) for t in words.TOPICS],
             [this["topics"][t] for t in words.TOPICS], [prev["topics"][t] for t in words.TOPICS],
             lang),
    ]
    for table in all_tables:
        story += _table(table, styles)
    story += [PageBreak(), Paragraph(escape(words.word("definitions", lang)), styles["Heading1"])]
    for key, text in words.DEFINITIONS.items():
        story.append(Paragraph(f"<b>{escape(words.pick(words.FIGURES[key], lang))}</b>: "
                               f"{escape(words.pick(text, lang))}", styles["BodyText"]))
    target = Path(path)
    SimpleDocTemplate(str(target), pagesize=A4, title=words.word("title", lang),
                      leftMargin=2 * cm, rightMargin=2 * cm).build(story)
    return target

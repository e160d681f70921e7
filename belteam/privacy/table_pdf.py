"""A list printed as a PDF: landscape A4, a readable size, the header row on every page.

Loaded only when a list is printed (reportlab takes about half a second to import).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from belteam.calls.paper import _fonts
from belteam.core.clock import clock
from belteam.privacy.pdf import escape

POINTS = 10  # readable on paper without glasses, small enough for ten columns
MARGIN = 12 * mm
SAMPLE = 500  # rows measured for the column widths (20,000 would take seconds)
PADDING = 13  # the table's 6 pt either side, and a point to spare


def _widths(headers: Sequence[str], rows: Sequence[Sequence[Any]], room: float,
            font: str, bold: str) -> list[float]:
    """Column widths: never narrower than the longest word (a code or date never breaks),
    the rest of the page shared in proportion to how much more each column's text wants."""
    sample = rows[:SAMPLE]
    least, want = [], []
    for n, title in enumerate(headers):
        texts = [str(row[n]) for row in sample]
        words = [w for text in texts for w in text.split()] or [""]
        longest_word = max(max(stringWidth(w, font, POINTS) for w in words),
                           max((stringWidth(w, bold, POINTS) for w in str(title).split()),
                               default=0))
        whole = max([stringWidth(t, font, POINTS) for t in texts]
                    + [stringWidth(str(title), bold, POINTS)])
        least.append(longest_word + PADDING)
        want.append(max(whole, longest_word) + PADDING)
    spare = room - sum(least)
    if spare <= 0:  # too many columns: the page's share, words may then break
        return [room * w / sum(least) for w in least]
    extra = [w - m for w, m in zip(want, least, strict=True)]
    if sum(extra) <= spare:  # everything fits on one line: widen all alike
        grow = (room - sum(want)) / len(want)
        return [w + grow for w in want]
    return [m + spare * e / sum(extra) for m, e in zip(least, extra, strict=True)]


def write_table_pdf(path: Path, title: str, headers: list[str], rows: list[list[Any]]) -> Path:
    """Draw ``rows`` under ``headers`` with ``title`` and the date printed above them."""
    font, bold = _fonts()
    text = ParagraphStyle("cell", fontName=font, fontSize=POINTS, leading=POINTS + 2)
    head = ParagraphStyle("head", fontName=bold, fontSize=POINTS, leading=POINTS + 2)
    page = landscape(A4)
    room = page[0] - 2 * MARGIN
    data = [[Paragraph(escape(str(h)), head) for h in headers]]
    data += [[Paragraph(escape(str(cell)), text) for cell in row] for row in rows]
    table = LongTable(data, colWidths=_widths(headers, rows, room, font, bold) if headers else None,
                      repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(0.96, 0.96, 0.96)]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=title)
    story: list = [
        Paragraph(escape(title), ParagraphStyle("title", fontName=bold, fontSize=16, leading=20)),
        Paragraph(escape(f"{clock.today().isoformat()} · {len(rows)}"),
                  ParagraphStyle("sub", fontName=font, fontSize=POINTS, leading=POINTS + 4)),
        Spacer(1, 4 * mm),
    ]
    story.append(table if headers else Spacer(1, 1))
    doc.build(story)
    return path

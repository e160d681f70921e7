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
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from belteam.calls.paper import _fonts
from belteam.core.clock import clock
from belteam.privacy.pdf import escape

POINTS = 10  # readable on paper without glasses, small enough for ten columns
MARGIN = 12 * mm
WIDEST_SHARE = 0.3  # no column takes more than this share of the page width


def _widths(headers: Sequence[str], rows: Sequence[Sequence[Any]], room: float) -> list[float]:
    """Column widths in proportion to the longest text (looked at in the first 500 rows)."""
    need = [max([len(str(h))] + [len(str(row[n])) for row in rows[:500]]) + 2
            for n, h in enumerate(headers)]
    capped = [min(n, sum(need) * WIDEST_SHARE) for n in need]
    total = sum(capped) or 1
    return [room * n / total for n in capped]


def write_table_pdf(path: Path, title: str, headers: list[str], rows: list[list[Any]]) -> Path:
    """Draw ``rows`` under ``headers`` with ``title`` and the date printed above them."""
    font, bold = _fonts()
    text = ParagraphStyle("cell", fontName=font, fontSize=POINTS, leading=POINTS + 2)
    head = ParagraphStyle("head", fontName=bold, fontSize=POINTS, leading=POINTS + 2)
    page = landscape(A4)
    room = page[0] - 2 * MARGIN
    data = [[Paragraph(escape(str(h)), head) for h in headers]]
    data += [[Paragraph(escape(str(cell)), text) for cell in row] for row in rows]
    table = LongTable(data, colWidths=_widths(headers, rows, room) if headers else None,
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

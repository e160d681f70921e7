"""The readable PDF version of a person's data export (reportlab)."""

from __future__ import annotations

from html import escape as _html_escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.platypus import Table

# reportlab is imported where a PDF is drawn: it is slow to import and most commands never draw.

SECTIONS = [
    ("pairings", "Pairings"),
    ("attempts", "Call attempts and notes"),
    ("drafts", "Call notes not yet saved (drafts)"),
    ("cases", "Outreach cases"),
    ("pauses", "Pauses"),
    ("absences", "Absences"),
    ("covers", "Cover"),
    ("accounts", "Accounts"),
    ("audit", "Audit log entries about this person"),
]


def escape(text: str) -> str:
    """Escape &, < and > for reportlab's paragraph markup (xml.sax.saxutils costs 50 ms to import)."""
    return _html_escape(text, quote=False)


def _text(value: Any) -> str:
    if value in (None, "", []):
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items())
    return str(value)


def _fields_table(record: dict[str, Any], styles) -> Table:
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Table, TableStyle

    body = styles["BodyText"]
    rows = [[Paragraph(escape(key.replace("_", " ")), body), Paragraph(escape(_text(val)), body)]
            for key, val in record.items() if key != "events"]
    table = Table(rows, colWidths=[5 * cm, 11.5 * cm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def write_pdf(data: dict[str, Any], path: str | Path) -> Path:
    """Write ``data`` (from export_person) as a PDF a person can read."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    person = data["person"]
    story: list = [
        Paragraph(escape(f"Data stored about {data['kind']} {person.get('code', '')}"), styles["Title"]),
        Paragraph(escape(f"Exported {data['exported_at']}"), styles["Normal"]),
        Spacer(1, 0.4 * cm),
        Paragraph("Person", styles["Heading2"]),
        _fields_table(person, styles),
    ]
    for key, title in SECTIONS:
        if key not in data:
            continue
        story += [Spacer(1, 0.3 * cm), Paragraph(escape(f"{title} ({len(data[key])})"), styles["Heading2"])]
        if not data[key]:
            story.append(Paragraph("None.", styles["Normal"]))
        for item in data[key]:
            story += [_fields_table(item, styles), Spacer(1, 0.2 * cm)]
            for event in item.get("events", []):
                story += [Paragraph("Case event", styles["Heading4"]), _fields_table(event, styles)]
    target = Path(path)
    SimpleDocTemplate(str(target), pagesize=A4, title="Personal data export").build(story)
    return target

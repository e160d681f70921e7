"""A volunteer's call list on paper: big print, one A4 page per day, boxes to tick and lines to write."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from html import escape as _html_escape
from pathlib import Path
from typing import TYPE_CHECKING

from belteam.calls.holidays import holiday_name
from belteam.calls.schedule import DueCall, list_for
from belteam.core.actors import VOLUNTEER, Actor, PermissionDenied, require
from belteam.core.clock import clock
from belteam.core.phones import display
from belteam.storage.models import Volunteer

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Table

# reportlab is imported inside the functions that draw: it costs ~0.5 s at start-up and only
# the printed list needs it.

LABELS: dict[str, dict[str, str]] = {
    "nl": {"title": "Bellijst van {name}", "reached": "bereikt", "not_reached": "niet bereikt",
           "note": "Notitie", "last": "Vorige keer", "none": "Geen gesprekken gepland.",
           "retry": "nog eens proberen", "days": "maandag dinsdag woensdag donderdag vrijdag "
                                                  "zaterdag zondag"},
    "en": {"title": "Call list of {name}", "reached": "reached", "not_reached": "not reached",
           "note": "Note", "last": "Last time", "none": "No calls planned.",
           "retry": "try again", "days": "Monday Tuesday Wednesday Thursday Friday "
                                         "Saturday Sunday"},
}
_FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/TTF/DejaVuSans.ttf", "/Library/Fonts/Arial Unicode.ttf",
               "C:/Windows/Fonts/arial.ttf")
HOLIDAY_LANG = {"nl": "nl", "en": "en_US"}
NOTE_SHORT = 90


@lru_cache(maxsize=1)
def escape(text: str) -> str:
    """Escape &, < and > for reportlab's paragraph markup (xml.sax.saxutils costs 50 ms to import)."""
    return _html_escape(text, quote=False)


def _font() -> str:
    """A TrueType font with accents (č, ï) when the system has one; else Vera from reportlab."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = [*_FONT_FILES, str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")]
    for path in candidates:
        if Path(path).exists():
            pdfmetrics.registerFont(TTFont("BelteamSans", path))
            return "BelteamSans"
    return "Helvetica"


def _styles() -> dict[str, ParagraphStyle]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    font = _font()
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=22, leading=28,
                                spaceAfter=4 * mm),
        "day": ParagraphStyle("day", fontName=font, fontSize=20, leading=26, spaceAfter=4 * mm),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=15, leading=19),
        "small": ParagraphStyle("small", fontName=font, fontSize=12, leading=15),
    }


def _heading(day: date, holiday: str | None, lang: str) -> str:
    weekday = LABELS[lang]["days"].split()[day.weekday()]
    text = f"{weekday} {day.day}-{day.month}-{day.year}"
    return f"{text} — {holiday}" if holiday else text


def _short(note: str) -> str:
    note = " ".join(note.split())
    return note if len(note) <= NOTE_SHORT else note[:NOTE_SHORT - 1] + "…"


def _row(call: DueCall, labels: dict[str, str], st: dict[str, ParagraphStyle]) -> Table:
    """One resident: time, name, phone, last note, tick boxes and writing lines."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    when = call.preferred_time.strftime("%H:%M") if call.preferred_time else ""
    name = escape(call.resident_name)
    if call.status == "retry":
        name += f" ({labels['retry']})"
    last = f"{labels['last']}: {escape(_short(call.last_note))}" if call.last_note else ""
    data = [
        [Paragraph(when, st["cell"]), Paragraph(f"<b>{name}</b>", st["cell"]),
         Paragraph(escape(display(call.phone)), st["cell"])],
        ["", Paragraph(last, st["small"]), ""],
        ["", Paragraph(f"[&nbsp;&nbsp;&nbsp;] {labels['reached']}&nbsp;&nbsp;&nbsp;&nbsp;"
                       f"[&nbsp;&nbsp;&nbsp;] {labels['not_reached']}", st["cell"]), ""],
        ["", Paragraph(f"{labels['note']}:", st["small"]), ""],
        ["", "", ""],
    ]
    table = Table(data, colWidths=[22 * mm, 100 * mm, 48 * mm],
                  rowHeights=[None, None, None, None, 9 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (1, 3), (2, 3)), ("SPAN", (1, 4), (2, 4)),
        ("LINEBELOW", (1, 3), (2, 3), 0.5, colors.grey),
        ("LINEBELOW", (1, 4), (2, 4), 0.5, colors.grey),
        ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 4 * mm),
    ]))
    return table


def _calls_for(actor: Actor, volunteer_id: int, day: date) -> list[DueCall]:
    """Calls to make that day: planned ones, and today's open retries."""
    today = clock.today()
    calls = list_for(actor, day, volunteer_id)
    return [c for c in calls
            if (c.due_date == day and c.status in ("due", "done"))
            or (day == today and c.status == "retry")]


def volunteer_list_pdf(actor: Actor, path: str | Path, volunteer_id: int, frm: date,
                       to: date | None = None, lang: str = "nl") -> Path:
    """Write the volunteer's list from ``frm`` to ``to`` as an A4 PDF; returns the path."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    require(actor, "export.schedule")
    if actor.role == VOLUNTEER and actor.volunteer_id != volunteer_id:
        raise PermissionDenied("Not allowed for the role volunteer: another volunteer's list.")
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None:
        raise LookupError(f"No volunteer with id {volunteer_id}.")
    lang = lang if lang in LABELS else "nl"
    labels = LABELS[lang]
    st = _styles()
    to = to or frm
    story = []
    day = frm
    while day <= to:
        story.append(Paragraph(escape(labels["title"].format(name=volunteer.name)), st["title"]))
        story.append(Paragraph(escape(_heading(day, holiday_name(day, HOLIDAY_LANG[lang]), lang)), st["day"]))
        calls = _calls_for(actor, volunteer_id, day)
        story.extend(KeepTogether(_row(c, labels, st)) for c in calls)
        if not calls:
            story.append(Paragraph(labels["none"], st["cell"]))
        story.append(Spacer(1, 4 * mm))
        if day < to:
            story.append(PageBreak())
        day += timedelta(days=1)
    path = Path(path)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=labels["title"].format(name=volunteer.name), author="Belteam")
    doc.build(story)
    return path

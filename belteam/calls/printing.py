"""A volunteer's call list on paper: a week on as few A4 pages as it takes, days as headings,
per call the time, name and phone in large print, boxes to tick, a 1–10 row to circle, the
topics, "may we call again?" and lines to write on; the coordinator's name and phone at the
foot of every page."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from belteam.calls.holidays import holiday_name
from belteam.calls.schedule import DueCall, list_for
from belteam.core.actors import (
    OTHERS_LIST,
    Actor,
    require,
    require_own,
)
from belteam.core.clock import clock
from belteam.core.phones import display
from belteam.settings import store as settings
from belteam.storage.models import Volunteer

LABELS: dict[str, dict[str, str]] = {
    "nl": {"title": "Bellijst van {name}", "period": "{first} t/m {last}",
           "reached": "bereikt", "no_answer": "geen gehoor", "voicemail": "voicemail",
           "last": "Vorige keer", "none": "geen gesprekken gepland", "retry": "nog eens proberen",
           "wellbeing": "Hoe gaat het?", "scale": "omcirkel: 1 = slecht, 10 = heel goed",
           "topics": "Gesproken over:", "again": "Mogen we weer bellen?", "yes": "ja", "no": "nee",
           "note": "Notitie:", "coordinator": "Vragen? Bel {name}, coördinator: {phone}",
           "coordinator_name": "Vragen? Bel {name}, coördinator", "page": "blad {n}",
           "days": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
           "topic_words": "eenzaamheid gezondheid boodschappen geld mobiliteit familie stemming"},
    "en": {"title": "Call list of {name}", "period": "{first} to {last}",
           "reached": "reached", "no_answer": "no answer", "voicemail": "voicemail",
           "last": "Last time", "none": "no calls planned", "retry": "try again",
           "wellbeing": "How are they?", "scale": "circle: 1 = bad, 10 = very good",
           "topics": "Talked about:", "again": "May we call again?", "yes": "yes", "no": "no",
           "note": "Note:", "coordinator": "Questions? Call {name}, coordinator: {phone}",
           "coordinator_name": "Questions? Call {name}, coordinator", "page": "page {n}",
           "days": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
           "topic_words": "loneliness health groceries money mobility family mood"},
}
_FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/TTF/DejaVuSans.ttf", "/Library/Fonts/Arial Unicode.ttf",
               "C:/Windows/Fonts/arial.ttf")
_BOLD_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
               "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf", "C:/Windows/Fonts/arialbd.ttf")
HOLIDAY_LANG = {"nl": "nl", "en": "en_US"}
NOTE_SHORT = 90
CALL_POINTS = 16  # time, name and phone: large enough to read without glasses (at least 12)
TEXT_POINTS = 12  # everything else a volunteer reads or ticks
NOTE_LINES = 4  # the first after "Note:": room for four lines of handwriting
LINE_GAP = 7.5 * mm  # between writing lines: room for a large hand
MARGIN = 16 * mm


@lru_cache(maxsize=1)
def _fonts() -> tuple[str, str]:
    """(regular, bold) TrueType fonts with accents (č, ï) when the system has them."""
    import reportlab

    regular = next((p for p in _FONT_FILES if Path(p).exists()),
                   str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
    bold = next((p for p in _BOLD_FILES if Path(p).exists()),
                str(Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf"))
    if not Path(regular).exists():
        return "Helvetica", "Helvetica-Bold"
    pdfmetrics.registerFont(TTFont("BelteamSans", regular))
    if Path(bold).exists():
        pdfmetrics.registerFont(TTFont("BelteamSans-Bold", bold))
        return "BelteamSans", "BelteamSans-Bold"
    return "BelteamSans", "BelteamSans"


def _styles() -> dict[str, ParagraphStyle]:
    font, bold = _fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=20, leading=25),
        "period": ParagraphStyle("period", fontName=font, fontSize=TEXT_POINTS, leading=17,
                                 spaceAfter=3 * mm),
        "day": ParagraphStyle("day", fontName=bold, fontSize=18, leading=23, spaceBefore=4 * mm,
                              spaceAfter=2 * mm, keepWithNext=1),
        "empty_day": ParagraphStyle("empty_day", fontName=font, fontSize=TEXT_POINTS, leading=18,
                                    spaceBefore=2 * mm),
        "call": ParagraphStyle("call", fontName=bold, fontSize=CALL_POINTS, leading=CALL_POINTS + 4),
        "text": ParagraphStyle("text", fontName=font, fontSize=TEXT_POINTS, leading=TEXT_POINTS + 4),
        "scale": ParagraphStyle("scale", fontName=bold, fontSize=CALL_POINTS, leading=CALL_POINTS + 6),
        "small": ParagraphStyle("small", fontName=font, fontSize=11, leading=14),
    }


class Boxes(Flowable):
    """Squares to tick, each before its word; a group may start with a lead text
    ("May we call again?"). Wraps onto more lines as needed, a group kept together."""

    def __init__(self, *groups: tuple[str, list[str]], size: float = TEXT_POINTS) -> None:
        super().__init__()
        self.groups, self.size = groups, size
        self.box, self.line = size * 0.85, size * 1.65
        self.places: list[tuple[float, int, str, bool]] = []  # x, row, text, is it a box

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        font = _fonts()[0]

        def width(text: str) -> float:
            return pdfmetrics.stringWidth(text, font, self.size)

        self.places, x, row = [], 0.0, 0
        for lead, words in self.groups:
            pieces = [(width(lead) + 2.5 * mm, lead, False)] if lead else []
            pieces += [(self.box + 1.5 * mm + width(word) + 3 * mm, word, True) for word in words]
            group = sum(w for w, _, _ in pieces)
            if x > 0 and x + group > avail_width:
                x, row = 0.0, row + 1
            for need, text, is_box in pieces:
                if x > 0 and x + need > avail_width:
                    x, row = 0.0, row + 1
                self.places.append((x, row, text, is_box))
                x += need
            x += 5 * mm
        self.height = (max((r for _, r, _, _ in self.places), default=0) + 1) * self.line
        return avail_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(_fonts()[0], self.size)
        canvas.setLineWidth(1.2)
        base = self.height - self.line + (self.line - self.size) / 2 + 1
        for x, row, text, is_box in self.places:
            y = base - row * self.line
            if is_box:
                canvas.rect(x, y - 1, self.box, self.box)
                canvas.drawString(x + self.box + 1.5 * mm, y, text)
            else:
                canvas.drawString(x, y, text)


class WritingLines(Flowable):
    """``count`` ruled lines across the width, the first after a small label."""

    def __init__(self, label: str, count: int = NOTE_LINES) -> None:
        super().__init__()
        self.label, self.count = label, count

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.count * LINE_GAP + 2 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(_fonts()[0], TEXT_POINTS)
        canvas.drawString(0, self.height - LINE_GAP + 2 * mm, self.label)
        canvas.setStrokeColor(colors.Color(0.45, 0.45, 0.45))
        canvas.setLineWidth(0.6)
        for number in range(self.count):
            y = self.height - (number + 1) * LINE_GAP
            start = pdfmetrics.stringWidth(self.label, _fonts()[0], TEXT_POINTS) + 3 * mm if number == 0 else 0
            canvas.line(start, y, self.width, y)


def _heading(day: date, holiday: str | None, lang: str) -> str:
    weekday = LABELS[lang]["days"].split()[day.weekday()]
    text = f"{weekday} {day.day}-{day.month}-{day.year}"
    return f"{text} — {holiday}" if holiday else text


def _short(note: str) -> str:
    note = " ".join(note.split())
    return note if len(note) <= NOTE_SHORT else note[:NOTE_SHORT - 1] + "…"


def _side_by_side(left: Flowable, right: Flowable, left_width: float = 96 * mm) -> Table:
    row = Table([[left, right]], colWidths=[left_width, None])
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return row


def _call(call: DueCall, labels: dict[str, str], st: dict[str, ParagraphStyle],
          heading: Paragraph | None = None) -> KeepTogether:
    """One resident: a large line, the last note, the boxes, the 1-10 row and writing room
    (after the day's heading for the day's first call, so a heading never ends a page)."""
    when = call.preferred_time.strftime("%H:%M") if call.preferred_time else ""
    name = escape(call.resident_name)
    if call.status == "retry":
        name += f" ({labels['retry']})"
    head = Table([[Paragraph(when, st["call"]), Paragraph(name, st["call"]),
                   Paragraph(escape(display(call.phone)), st["call"])]],
                 colWidths=[24 * mm, None, 52 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (0, 0), 0),
                              ("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black)]))
    parts: list[Flowable] = [heading, head] if heading is not None else [head]
    if call.last_note:
        parts.append(Paragraph(f"{labels['last']}: {escape(_short(call.last_note))}", st["text"]))
    parts += [
        Spacer(1, 1 * mm),
        Boxes(("", [labels["reached"], labels["no_answer"], labels["voicemail"]]),
              (labels["again"], [labels["yes"], labels["no"]])),
        _side_by_side(_side_by_side(Paragraph(labels["wellbeing"], st["text"]),
                                    Paragraph("&nbsp;&nbsp;".join(str(n) for n in range(1, 11)),
                                              st["scale"]), 37 * mm),
                      Paragraph(labels["scale"], st["small"]), 122 * mm),
        Boxes((labels["topics"], labels["topic_words"].split())),
        WritingLines(labels["note"]),
        Spacer(1, 2 * mm),
    ]
    return KeepTogether(parts)


def _calls_for(actor: Actor, volunteer_id: int, day: date) -> list[DueCall]:
    """Calls to make that day: planned ones, and today's open retries."""
    today = clock.today()
    calls = list_for(actor, day, volunteer_id)
    return [c for c in calls
            if (c.due_date == day and c.status in ("due", "done"))
            or (day == today and c.status == "retry")]


def coordinator_line(lang: str) -> str:
    """'Questions? Call Els Jansen, coordinator: 06 12345678' from the settings ('' if unset)."""
    labels = LABELS[lang]
    name, phone = settings.get("coordinator_name"), settings.get("coordinator_phone")
    if not name and not phone:
        return ""
    name = name or settings.get("organisation_name") or "Belteam"
    if not phone:
        return labels["coordinator_name"].format(name=name)
    return labels["coordinator"].format(name=name, phone=display(phone))


def _footer(text: str, labels: dict[str, str]):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        font, bold = _fonts()
        canvas.setFont(bold, TEXT_POINTS)
        if text:
            canvas.drawString(MARGIN, 9 * mm, text)
        canvas.setFont(font, 11)
        canvas.drawRightString(A4[0] - MARGIN, 9 * mm, labels["page"].format(n=doc.page))
        canvas.restoreState()
    return draw


def volunteer_list_pdf(actor: Actor, path: str | Path, volunteer_id: int, frm: date,
                       to: date | None = None, lang: str = "nl") -> Path:
    """Write the volunteer's list from ``frm`` to ``to`` as an A4 PDF; returns the path."""
    require(actor, "export.schedule")
    require_own(actor, volunteer_id, OTHERS_LIST)
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None:
        raise LookupError(f"No volunteer with id {volunteer_id}.")
    lang = lang if lang in LABELS else "nl"
    labels, st = LABELS[lang], _styles()
    to = to or frm
    title = labels["title"].format(name=volunteer.name)
    story: list[Flowable] = [Paragraph(escape(title), st["title"])]
    if to > frm:
        story.append(Paragraph(labels["period"].format(
            first=f"{frm.day}-{frm.month}-{frm.year}", last=f"{to.day}-{to.month}-{to.year}"),
            st["period"]))
    day = frm
    while day <= to:
        heading = escape(_heading(day, holiday_name(day, HOLIDAY_LANG[lang]), lang))
        calls = _calls_for(actor, volunteer_id, day)
        if calls:
            story.append(_call(calls[0], labels, st, Paragraph(heading, st["day"])))
            story.extend(_call(c, labels, st) for c in calls[1:])
        else:  # one line, so an empty weekend costs no page
            story.append(Paragraph(f"<b>{heading}</b> — {labels['none']}", st["empty_day"]))
        day += timedelta(days=1)
    doc = SimpleDocTemplate(str(Path(path)), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=14 * mm, bottomMargin=18 * mm, title=title, author="Belteam")
    footer = _footer(coordinator_line(lang), labels)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return Path(path)

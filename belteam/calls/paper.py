"""The paper list's layout (reportlab): large call lines, boxes to tick, a 1–10 row, writing
lines and the coordinator at the foot of every page. belteam.calls.printing decides what is
printed; this module only draws it, and is loaded only when a list is printed (reportlab
takes about half a second to import)."""

from __future__ import annotations

from collections.abc import Sequence
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

from belteam.calls.schedule import DueCall
from belteam.core.phones import display

_FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/TTF/DejaVuSans.ttf", "/Library/Fonts/Arial Unicode.ttf",
               "C:/Windows/Fonts/arial.ttf")
_BOLD_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
               "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf", "C:/Windows/Fonts/arialbd.ttf")
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
    from reportlab.pdfbase import pdfmetrics

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


def write(path: str | Path, title: str, period: str, days: Sequence[tuple[str, list[DueCall]]],
          labels: dict[str, str], foot: str) -> Path:
    """Draw the list: ``days`` holds (heading, calls) in order; an empty day is one line."""
    st = _styles()
    story: list[Flowable] = [Paragraph(escape(title), st["title"])]
    if period:
        story.append(Paragraph(period, st["period"]))
    for heading_text, calls in days:
        heading = escape(heading_text)
        if calls:
            story.append(_call(calls[0], labels, st, Paragraph(heading, st["day"])))
            story.extend(_call(c, labels, st) for c in calls[1:])
        else:  # one line, so an empty weekend costs no page
            story.append(Paragraph(f"<b>{heading}</b> — {labels['none']}", st["empty_day"]))
    doc = SimpleDocTemplate(str(Path(path)), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=14 * mm, bottomMargin=18 * mm, title=title, author="Belteam")
    draw_footer = _footer(foot, labels)
    doc.build(story, onFirstPage=draw_footer, onLaterPages=draw_footer)
    return Path(path)

"""A volunteer's call list on paper: a week on as few A4 pages as it takes, days as headings,
per call the time, name and phone in large print, boxes to tick, a 1–10 row to circle, the
topics, "may we call again?" and lines to write on; the coordinator's name and phone at the
foot of every page."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from belteam.calls.holidays import holiday_name
from belteam.calls.schedule import DueCall, list_for
from belteam.core.actors import OTHERS_LIST, Actor, require, require_own
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

HOLIDAY_LANG = {"nl": "nl", "en": "en_US"}


def _heading(day: date, holiday: str | None, lang: str) -> str:
    weekday = LABELS[lang]["days"].split()[day.weekday()]
    text = f"{weekday} {day.day}-{day.month}-{day.year}"
    return f"{text} — {holiday}" if holiday else text


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


def volunteer_list_pdf(actor: Actor, path: str | Path, volunteer_id: int, frm: date,
                       to: date | None = None, lang: str = "nl") -> Path:
    """Write the volunteer's list from ``frm`` to ``to`` as an A4 PDF; returns the path."""
    require(actor, "export.schedule")
    require_own(actor, volunteer_id, OTHERS_LIST)
    volunteer = Volunteer.get_or_none(Volunteer.id == volunteer_id)
    if volunteer is None:
        raise LookupError(f"No volunteer with id {volunteer_id}.")
    lang = lang if lang in LABELS else "nl"
    labels = LABELS[lang]
    to = to or frm
    period = "" if to <= frm else labels["period"].format(
        first=f"{frm.day}-{frm.month}-{frm.year}", last=f"{to.day}-{to.month}-{to.year}")
    days = []
    day = frm
    while day <= to:
        days.append((_heading(day, holiday_name(day, HOLIDAY_LANG[lang]), lang),
                     _calls_for(actor, volunteer_id, day)))
        day += timedelta(days=1)
    # The layout needs reportlab (half a second to import): loaded only when a list is printed.
    from belteam.calls import paper

    return paper.write(path, labels["title"].format(name=volunteer.name), period, days, labels,
                       coordinator_line(lang))

"""The calendar file parses back with its RRULEs; the printed list holds names, dates and boxes."""

import re
import shutil
import subprocess
from datetime import UTC, date, datetime, time

import icalendar
import pytest
from dateutil import rrule as du
from dayhelp import COORD, STAFF, as_volunteer, pair, resident, volunteer

from belteam.calls import ical, printing
from belteam.calls import log as calls
from belteam.core.actors import SYSTEM, PermissionDenied
from belteam.core.clock import TZ
from belteam.pairings.plans import occurrences, parse_plan
from belteam.settings import store as settings

MON = date(2026, 11, 30)


@pytest.fixture
def team(db):
    anna = volunteer("V1", "Anna", "de Bel")
    bert = volunteer("V2", "Bert")
    p1 = pair(resident("R1", "Jan", "Ročak", "0612345678"), anna, "weekly:mon+thu",
              date(2026, 11, 4), time(10, 30))
    p2 = pair(resident("R2", "Maaïke", "Jansen", "0201234567"), anna, "biweekly:fri",
              date(2026, 11, 13), end=date(2027, 3, 31))
    pair(resident("R3", "Oud"), anna, "weekly:tue", date(2026, 1, 6), end=date(2026, 6, 30))
    pair(resident("R4", "Ander"), bert, "weekly:tue", date(2026, 11, 3))
    return anna, bert, p1, p2


def events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_ics_has_one_event_per_running_pairing_with_its_rrule(team):
    anna, _, _, _ = team
    got = events(ical.volunteer_ics(SYSTEM, anna.id))
    assert set(got) == {"Bel Jan Ročak", "Bel Maaïke Jansen"}
    jan = got["Bel Jan Ročak"]
    start = jan.decoded("dtstart")
    assert start == datetime(2026, 11, 5, 10, 30, tzinfo=TZ)  # first Thursday after the start
    assert str(start.tzinfo) == "Europe/Amsterdam"
    assert "TZID=Europe/Amsterdam" in jan.to_ical().decode()
    assert jan["rrule"]["FREQ"] == ["WEEKLY"] and jan["rrule"]["BYDAY"] == ["MO", "TH"]
    assert "UNTIL" not in jan["rrule"]
    assert "06 12345678" in str(jan["description"])
    maaike = got["Bel Maaïke Jansen"]
    assert maaike["rrule"]["INTERVAL"] == [2]
    assert maaike["rrule"]["UNTIL"] == [date(2027, 3, 31)]
    assert maaike.decoded("dtstart") == date(2026, 11, 13)
    assert "020 123 4567" in str(maaike["description"])


def test_ics_rrule_expands_to_the_planned_dates(team):
    anna, _, p1, _ = team
    jan = events(ical.volunteer_ics(SYSTEM, anna.id))["Bel Jan Ročak"]
    start = jan.decoded("dtstart")
    rule = du.rrulestr(jan["rrule"].to_ical().decode(), dtstart=start)
    got = [d.date() for d in rule.between(datetime(2026, 11, 1, tzinfo=TZ),
                                          datetime(2027, 1, 31, tzinfo=TZ), inc=True)]
    assert got == occurrences(parse_plan(p1.rrule), p1.start_date, date(2026, 11, 1),
                              date(2027, 1, 31))


def test_ics_timed_until_is_utc_end_of_last_day(team):
    anna, _, p1, _ = team
    p1.end_date = date(2027, 1, 31)
    p1.save()
    jan = events(ical.volunteer_ics(SYSTEM, anna.id))["Bel Jan Ročak"]
    assert jan["rrule"]["UNTIL"] == [datetime(2027, 1, 31, 22, 59, 59, tzinfo=UTC)]


def test_ics_permissions(team):
    anna, bert, _, _ = team
    assert events(ical.volunteer_ics(as_volunteer(anna), anna.id))
    assert set(events(ical.volunteer_ics(COORD, bert.id))) == {"Bel Ander"}
    with pytest.raises(PermissionDenied):
        ical.volunteer_ics(as_volunteer(anna), bert.id)
    with pytest.raises(PermissionDenied):
        ical.volunteer_ics(STAFF, anna.id)


def pdf_text(path) -> str:
    exe = shutil.which("pdftotext")
    assert exe, "pdftotext is missing: apt-get install -y poppler-utils (scripts/test.sh does)"
    raw = subprocess.run([exe, str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return "\f".join(" ".join(page.split()) for page in raw.split("\f"))


def test_printed_list_has_title_days_names_phones_and_boxes(team, tmp_path):
    anna, _, p1, _ = team
    calls.log_call(SYSTEM, p1.resident_id, "reached", note="Praatte over de kleinkinderen",
                   at=datetime(2026, 11, 26, 10, tzinfo=TZ))
    settings.set_value(SYSTEM, "coordinator_name", "Els de Graaf")
    settings.set_value(SYSTEM, "coordinator_phone", "0612345670")
    out = printing.volunteer_list_pdf(SYSTEM, tmp_path / "list.pdf", anna.id,
                                      date(2026, 12, 24), date(2026, 12, 25))
    text = pdf_text(out)
    assert text.count("Bellijst van Anna de Bel") == 1
    assert "donderdag 24-12-2026" in text
    assert "vrijdag 25-12-2026 — Eerste kerstdag" in text
    assert "Jan Ročak" in text and "06 12345678" in text and "10:30" in text
    assert "Maaïke Jansen" in text and "020 123 4567" in text
    assert "Vorige keer: Praatte over de kleinkinderen" in text
    for words in ("bereikt", "geen gehoor", "voicemail", "Hoe gaat het?", "1 2 3 4 5 6 7 8 9 10",
                  "Mogen we weer bellen?", " ja ", " nee ", "Gesproken over:", "eenzaamheid",
                  "stemming", "Notitie:"):
        assert words in text, words
    pages = text.strip("\f").split("\f")
    assert len(pages) == 1  # two days with a call each: days are headings, not pages
    assert "Vragen? Bel Els de Graaf, coördinator: 06 12345670" in pages[0]


def test_printed_list_a_week_on_few_pages_names_in_large_print(team, tmp_path):
    anna, _, _, _ = team
    out = printing.volunteer_list_pdf(SYSTEM, tmp_path / "week.pdf", anna.id,
                                      date(2026, 11, 30), date(2026, 12, 6))
    text = pdf_text(out)
    pages = text.strip("\f").split("\f")
    assert len(pages) <= 2  # was one page a day
    assert "zaterdag 5-12-2026 — geen gesprekken gepland" in text
    assert "Vragen?" not in text  # no coordinator set: no empty foot line
    sizes = word_heights(out, "Ročak")
    assert sizes and min(sizes) >= 12  # the name (and time, phone) at least 12 pt


def test_printed_topics_are_the_topics_a_call_can_have():
    for labels in printing.LABELS.values():
        assert len(labels["topic_words"].split()) == len(calls.TOPICS)


def word_heights(path, word: str) -> list[float]:
    """The height in points of each place ``word`` is printed (about its font size)."""
    exe = shutil.which("pdftotext")
    html = subprocess.run([exe, "-bbox", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [float(m.group(2)) - float(m.group(1)) for m in re.finditer(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">' + re.escape(word), html)]


def test_printed_list_in_english_and_empty_days(team, tmp_path):
    anna, _, _, _ = team
    out = printing.volunteer_list_pdf(SYSTEM, tmp_path / "en.pdf", anna.id,
                                      date(2026, 12, 26), lang="en")
    text = pdf_text(out)
    assert "Call list of Anna de Bel" in text
    assert "Saturday 26-12-2026 — Second Day of Christmas — no calls planned" in text


def test_printing_permissions(team, tmp_path):
    anna, bert, _, _ = team
    printing.volunteer_list_pdf(as_volunteer(anna), tmp_path / "own.pdf", anna.id, MON)
    with pytest.raises(PermissionDenied):
        printing.volunteer_list_pdf(as_volunteer(anna), tmp_path / "x.pdf", bert.id, MON)
    with pytest.raises(PermissionDenied):
        printing.volunteer_list_pdf(STAFF, tmp_path / "x.pdf", bert.id, MON)
    assert not (tmp_path / "x.pdf").exists()

"""What the residents and volunteers lists show per column, and what the search box looks in."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from belteam_gui.common.filter_proxy import fold, fold_all
from belteam_gui.common.plan_words import short_date, table_date
from belteam_gui.common.table_model import Column
from belteam_gui.common.validated_form import dutch_screen, fill
from belteam_gui.people.person_dialogs import STATUS_LABELS
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from belteam.core import phones
from belteam.core.languages import language_name
from belteam.matching.lists_rows import ResidentListRow as ResidentRow
from belteam.matching.lists_rows import VolunteerListRow as VolunteerRow
from belteam.pairings.plans import PlanError, parse_plan

STATUS_ORDER = {"waiting": 0, "active": 1, "paused": 2, "stopped": 3}


@lru_cache(maxsize=65536)
def phone_text(e164: str) -> str:
    """Display format, computed only for rows on screen (phonenumbers is slow for 20,000 rows)."""
    return phones.display(e164)


def phone_search(e164: str) -> str:
    """Digits as people type them: 31612345678 and, for Dutch numbers, 0612345678."""
    digits = e164.lstrip("+")
    return f"{digits} 0{digits[2:]}" if digits.startswith("31") else digits


# Dutch lists sort "de Vries" under V: leading name particles (tussenvoegsels) are skipped.
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op",
                        "von", "vom", "zu", "la", "le", "du", "da", "di", "del", "dos"})


def sort_surname(last_name: str) -> str:
    words = fold(last_name).split()
    while len(words) > 1 and words[0] in _PARTICLES:
        words.pop(0)
    return " ".join(words)


def name_key(row: ResidentRow | VolunteerRow) -> tuple[str, str]:
    return sort_surname(row.last_name), fold(row.first_name)


def status_text(row: ResidentRow) -> str:
    text = QCoreApplication.translate("PersonForm", STATUS_LABELS.get(row.status, row.status))
    if not row.archived:
        return text
    return fill(QCoreApplication.translate("PeopleColumns", "%1 (archived)"), text)


def plan_text(rrule: str) -> str:
    try:
        return parse_plan(rrule).short_form()
    except PlanError:
        return rrule


def volunteer_tooltip(row: ResidentRow) -> str:
    if not row.volunteer:
        return QCoreApplication.translate("PeopleColumns", "Nobody calls this resident yet.")
    return fill(QCoreApplication.translate("PeopleColumns", "%1 calls (%2)"),
                row.volunteer, plan_text(row.plan))


def languages_text(codes: list[str]) -> str:
    dutch = dutch_screen()
    return ", ".join(language_name(code, dutch) for code in codes)


def lives_alone_text(row: ResidentRow) -> str:
    return QCoreApplication.translate("PeopleColumns", "yes") if row.lives_alone else ""


def load_tooltip(row: VolunteerRow) -> str:
    text = QCoreApplication.translate("PeopleColumns", "Calls %1 residents; at most %2 agreed.")
    return fill(text, row.residents, row.max_residents)


def day_text(value: date | datetime | None) -> str:
    if isinstance(value, datetime):
        value = value.date()
    return table_date(value)


def later_last(value: object) -> tuple[bool, object]:
    """Sort by the value itself (dates, numbers), rows without one after the rest."""
    return value is None, value if value is not None else 0


def earlier_first(value: date | datetime | None) -> tuple[bool, object]:
    """Never (None) sorts before the oldest date: the longest silence first."""
    return value is not None, value if value is not None else 0


def wellbeing_text(row: ResidentRow) -> str:
    return "" if row.wellbeing is None else str(row.wellbeing)


def absence_text(row: VolunteerRow) -> str:
    if row.next_absence is None:
        return ""
    start, end = row.next_absence
    first = short_date(start, "d MMM") if start.year == end.year else day_text(start)
    return f"{first} – {day_text(end)}"


def quiet_text(row: VolunteerRow) -> str:
    return QCoreApplication.translate("PeopleColumns", "Quiet") if row.quiet else ""


def quiet_tooltip(row: VolunteerRow) -> str:
    if not row.quiet:
        return ""
    return QCoreApplication.translate("PeopleColumns", "Logged no call lately while calls were "
                                      "due: ask how it goes.")


@lru_cache(maxsize=1)
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def quiet_font(row: VolunteerRow) -> QFont | None:
    return _bold() if row.quiet else None


def availability_text(row: VolunteerRow) -> str:
    return " · ".join(part for part in (row.availability, row.availability_unread) if part)


def _column(title: str, display, **options) -> Column:
    return Column(title, display, context="PeopleColumns", **options)


CENTER = Qt.AlignmentFlag.AlignCenter

RESIDENT_COLUMNS = [
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Code"), lambda r: r.code, width=10),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Name"), lambda r: r.name, sort_key=name_key, width=22),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Area / village"), lambda r: r.area, width=14),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Phone"), lambda r: phone_text(r.phone),
            sort_key=lambda r: r.phone, width=18),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Status"), status_text,
            sort_key=lambda r: (r.archived, STATUS_ORDER.get(r.status, 9)), width=24),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Volunteer"), lambda r: r.volunteer, tooltip=volunteer_tooltip,
            sort_key=lambda r: (not r.volunteer, fold(r.volunteer)), width=20),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Last contact"), lambda r: day_text(r.last_contact),
            sort_key=lambda r: earlier_first(r.last_contact), width=14),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Next call"), lambda r: day_text(r.next_call),
            sort_key=lambda r: later_last(r.next_call), width=14),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Wellbeing"), wellbeing_text,
            sort_key=lambda r: later_last(r.wellbeing), align=CENTER, width=11),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Lives alone"), lives_alone_text,
            sort_key=lambda r: not r.lives_alone, align=CENTER, width=13),
]

QUIET_COLUMN = 2  # in VOLUNTEER_COLUMNS: the flag icon shows there too

VOLUNTEER_COLUMNS = [
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Code"), lambda v: v.code, width=9),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Name"), lambda v: v.name, sort_key=name_key, width=22),
    # Right after the name: a caller who went quiet is seen without scrolling (QUIET_COLUMN).
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Alert"), quiet_text, tooltip=quiet_tooltip,
            font=quiet_font, sort_key=lambda v: not v.quiet, width=9),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Residents"), lambda v: f"{v.residents} / {v.max_residents}",
            sort_key=lambda v: (v.residents - v.max_residents, v.residents),
            tooltip=load_tooltip, align=CENTER, width=11),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Free"), lambda v: str(v.free),
            sort_key=lambda v: v.free, align=CENTER, width=7),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Area / village"), lambda v: v.area, width=14),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Languages"), lambda v: languages_text(v.languages), width=22),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Availability"), availability_text, width=26),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Next absence"), absence_text,
            sort_key=lambda v: later_last(v.next_absence), width=25),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Last call logged"), lambda v: day_text(v.last_logged),
            sort_key=lambda v: earlier_first(v.last_logged), width=16),
    _column(QT_TRANSLATE_NOOP("PeopleColumns", "Phone"), lambda v: phone_text(v.phone),
            sort_key=lambda v: v.phone, width=16),
]


def resident_search(row: ResidentRow) -> str:
    """Code, name, area, phone, postcode and volunteer, folded once per load."""
    return fold_all([row.code, row.first_name, row.last_name, row.area, phone_search(row.phone),
                     row.postcode, row.volunteer])


def volunteer_search(row: VolunteerRow) -> str:
    return fold_all([row.code, row.first_name, row.last_name, row.area, phone_search(row.phone)])

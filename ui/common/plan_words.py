"""A call plan in words ("every other Friday, morning"), in the language of the screen.

Every phrase goes through QCoreApplication.translate("PlanWords", ...) with %1 placeholders;
weekday names, lists and dates come from QLocale, so Dutch needs no extra work there.

Time of day, one rule everywhere: the part of the day always (morning before 12:00,
afternoon before 17:00, evening after), and the clock time in brackets unless it is that
part's usual time (10:00, 14:00, 19:00 — what "morning" etc. mean when typed in an import).
"""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from belteam.pairings.plans import Plan, PlanError, parse_plan

# The clock time that "morning", "afternoon" and "evening" stand for (as belteam.core.validation reads them).
PART_TIMES = {"morning": time(10, 0), "afternoon": time(14, 0), "evening": time(19, 0)}
DATE_FORMAT = "ddd d MMM yyyy"
TABLE_DATE_FORMAT = "d MMM yyyy"  # tables: narrower, the weekday matters less there


def fill(text: str, *args: str) -> str:
    """Replace %1, %2, … in a translated phrase (in one pass, so values may hold '%')."""
    return re.sub(r"%(\d)", lambda m: args[int(m[1]) - 1] if 0 < int(m[1]) <= len(args)
                  else m[0], text)


def day_name(weekday: int) -> str:
    """Full weekday name (0 = Monday) in the current locale: 'Friday' / 'vrijdag'."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def short_day_name(weekday: int) -> str:
    """Short weekday name (0 = Monday): 'Fri' / 'vr'."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def day_list(weekdays: tuple[int, ...]) -> str:
    """'Monday and Thursday' / 'maandag en donderdag'."""
    return QLocale().createSeparatedList([day_name(day) for day in weekdays])


def ordinal_word(nth: int) -> str:
    """'first' … 'fourth', 'last' for the week of the month."""
    words = {
        1: QCoreApplication.translate("PlanWords", "first"),
        2: QCoreApplication.translate("PlanWords", "second"),
        3: QCoreApplication.translate("PlanWords", "third"),
        4: QCoreApplication.translate("PlanWords", "fourth"),
        -1: QCoreApplication.translate("PlanWords", "last"),
    }
    return words[nth]


def _weekly_words(plan: Plan) -> str:
    days = day_list(plan.weekdays)
    single = len(plan.weekdays) == 1
    if plan.interval == 1:
        return fill(QCoreApplication.translate("PlanWords", "every %1"), days)
    if plan.interval == 2 and single:
        return fill(QCoreApplication.translate("PlanWords", "every other %1"), days)
    if plan.interval == 2:
        return fill(QCoreApplication.translate("PlanWords", "every other week on %1"), days)
    return fill(QCoreApplication.translate("PlanWords", "every %1 weeks on %2"),
                str(plan.interval), days)


def days_words(plan: Plan) -> str:
    """Only the days of a plan: 'every other Friday', 'the last Friday of the month'."""
    if plan.kind == "once":
        return QCoreApplication.translate("PlanWords", "once, to try")
    if plan.kind == "daily":
        return QCoreApplication.translate("PlanWords", "every day")
    if plan.kind == "weekdays":
        return QCoreApplication.translate("PlanWords", "every weekday (Mon–Fri)")
    if plan.kind == "monthly":
        return fill(QCoreApplication.translate("PlanWords", "the %1 %2 of the month"),
                    ordinal_word(plan.nth or 1), day_name(plan.weekdays[0]))
    return _weekly_words(plan)


def part_of_day(moment: time) -> str:
    """'morning' (before 12:00), 'afternoon' (before 17:00) or 'evening'."""
    if moment < time(12, 0):
        return "morning"
    return "afternoon" if moment < time(17, 0) else "evening"


def part_word(part: str) -> str:
    """The translated word for a part of the day key."""
    words = {
        "morning": QCoreApplication.translate("PlanWords", "morning"),
        "afternoon": QCoreApplication.translate("PlanWords", "afternoon"),
        "evening": QCoreApplication.translate("PlanWords", "evening"),
    }
    return words[part]


def clock_time(moment: time) -> str:
    """'10:30' in the locale's short time format."""
    return QLocale().toString(QTime(moment.hour, moment.minute),
                              QLocale.FormatType.ShortFormat)


def time_words(moment: time | None) -> str:
    """'morning', or 'morning (10:30)' when the time is not the part's usual time; '' if none."""
    if moment is None:
        return ""
    part = part_of_day(moment)
    if moment.replace(second=0, microsecond=0) == PART_TIMES[part]:
        return part_word(part)
    return fill(QCoreApplication.translate("PlanWords", "%1 (%2)", "part of day (clock time)"),
                part_word(part), clock_time(moment))


def plan_words(plan: Plan, preferred_time: time | None = None) -> str:
    """The whole plan in words: 'every other Friday, morning'."""
    days = days_words(plan)
    when = time_words(preferred_time)
    if not when:
        return days
    return fill(QCoreApplication.translate("PlanWords", "%1, %2", "days, time of day"),
                days, when)


def rrule_words(rrule: str, preferred_time: time | None = None) -> str:
    """Words for a stored RRULE; the RRULE itself when it cannot be read (never fails)."""
    try:
        return plan_words(parse_plan(rrule), preferred_time)
    except PlanError:
        return rrule


def sentence(text: str) -> str:
    """First letter upper case, for a label that stands alone."""
    return text[:1].upper() + text[1:]


def short_date(day: date | None, fmt: str = DATE_FORMAT) -> str:
    """'Fri 4 Dec 2026' / 'vr 4 dec 2026'; '' for no date."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def table_date(day: date | None) -> str:
    """'4 Dec 2026' / '4 dec 2026' for table cells; '' for no date."""
    return short_date(day, TABLE_DATE_FORMAT)

"""Report periods: a week, a month, a quarter, a year or any dates, and the one before it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from belteam.core.messages import _
from belteam.core.validation import ValidationError


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    kind: str = "dates"  # week, month, quarter, year or dates

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period just before: the previous calendar month/quarter/year, else as many days."""
        if self.kind in ("month", "quarter", "year"):
            months = {"month": 1, "quarter": 3, "year": 12}[self.kind]
            first = _add_months(self.start, -months)
            return Period(first, self.start - timedelta(days=1), self.kind)
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1),
                      self.kind)

    @property
    def label(self) -> str:
        if self.kind == "week":
            year, week, _day = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def week(year: int, number: int) -> Period:
    start = date.fromisocalendar(year, number, 1)
    return Period(start, start + timedelta(days=6), "week")


def week_of(day: date) -> Period:
    year, number, _day = day.isocalendar()
    return week(year, number)


def month(year: int, number: int) -> Period:
    start = date(year, number, 1)
    return Period(start, _add_months(start, 1) - timedelta(days=1), "month")


def quarter(year: int, number: int) -> Period:
    start = date(year, 3 * number - 2, 1)
    return Period(start, _add_months(start, 3) - timedelta(days=1), "quarter")


def year(number: int) -> Period:
    return Period(date(number, 1, 1), date(number, 12, 31), "year")


def dates(start: date, end: date) -> Period:
    if end < start:
        raise ValidationError({"to": _("The end date is before the start date.")})
    if (end - start).days > 3 * 366:
        raise ValidationError({"to": _("A report covers at most three years.")})
    return Period(start, end, "dates")


def parse_week(text: str) -> Period:
    """``2026-W48`` (ISO week)."""
    found = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text.strip(), re.IGNORECASE)
    try:
        if found:
            return week(int(found[1]), int(found[2]))
    except ValueError:
        pass
    raise ValidationError({"week": _("'{value}' is not a week; write it as 2026-W48.",
                                     value=text)})


def parse_month(text: str) -> Period:
    """``2026-11``."""
    found = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if found and 1 <= int(found[2]) <= 12:
        return month(int(found[1]), int(found[2]))
    raise ValidationError({"month": _("'{value}' is not a month; write it as 2026-11.",
                                      value=text)})


PRESETS = ("last_week", "this_week", "last_month", "this_month", "this_quarter", "this_year")


def preset(name: str, today: date) -> Period:
    """A period by name, relative to ``today`` (the Overview page's choices)."""
    if name == "last_week":
        return week_of(today - timedelta(days=7))
    if name == "this_week":
        return week_of(today)
    if name == "last_month":
        first = _add_months(date(today.year, today.month, 1), -1)
        return month(first.year, first.month)
    if name == "this_month":
        return month(today.year, today.month)
    if name == "this_quarter":
        return quarter(today.year, (today.month - 1) // 3 + 1)
    if name == "this_year":
        return year(today.year)
    raise KeyError(name)

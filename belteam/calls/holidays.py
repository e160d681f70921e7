"""Dutch public holidays (the ``holidays`` library) and moving calls off them."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

COUNTRY = "NL"


@lru_cache(maxsize=128)
def _year(year: int, lang: str) -> dict[date, str]:
    # imported here: the library loads every country's calendar, and only a list needs it
    import holidays

    return dict(holidays.country_holidays(COUNTRY, years=year, language=lang))


def holiday_name(day: date, lang: str = "nl") -> str | None:
    """The name of the Dutch public holiday on ``day``, or None."""
    return _year(day.year, lang).get(day)


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < 5 and holiday_name(day) is None


def _holiday_before_weekend(day: date) -> str | None:
    """For a weekend day: the holiday in the run of days off just before it, if any."""
    back = day - timedelta(days=1)
    while not is_working_day(back):
        name = holiday_name(back)
        if name:
            return name
        back -= timedelta(days=1)
    return None


def next_working_day(day: date) -> date:
    """The first working day after ``day``."""
    day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


@lru_cache(maxsize=4096)
def shift(day: date, move: bool) -> tuple[date, str | None]:
    """(due date, holiday name) for a planned date; moved to the next working day when asked."""
    name = holiday_name(day)
    if not move:
        return day, name
    if name is None and day.weekday() >= 5:
        name = _holiday_before_weekend(day)
    if name is None:
        return day, None
    return next_working_day(day), name

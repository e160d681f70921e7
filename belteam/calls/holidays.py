"""Dutch public holidays (the ``holidays`` library) and moving calls off them."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter

COUNTRY = "NL"
# The Dutch public holidays since 2014 (Koningsdag on 27 April), as the library names them;
# computed here because the library imports every country's calendar (~0.3 s at each start).
# Other years and languages come from the library; a test compares both on many years.
FAST_YEARS = range(2014, 2100)
_NAMES = {
    "nl": ("Nieuwjaarsdag", "Goede vrijdag", "Eerste paasdag", "Tweede paasdag", "Koningsdag",
           "Bevrijdingsdag", "Hemelvaartsdag", "Eerste pinksterdag", "Tweede pinksterdag",
           "Eerste kerstdag", "Tweede kerstdag"),
    "en_US": ("New Year's Day", "Good Friday", "Easter Sunday", "Easter Monday", "King's Day",
              "Liberation Day", "Ascension Day", "Pentecost", "Pentecost Monday",
              "Christmas Day", "Second Day of Christmas"),
}


def dutch_holidays(year: int, lang: str) -> dict[date, str] | None:
    """The public holidays of ``year`` by date, or None outside FAST_YEARS and _NAMES."""
    names = _NAMES.get(lang)
    if names is None or year not in FAST_YEARS:
        return None
    sunday = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:  # on a Sunday it moves to the Saturday before
        kings_day -= timedelta(days=1)
    days = [date(year, 1, 1), sunday - timedelta(days=2), sunday, sunday + timedelta(days=1),
            kings_day, date(year, 5, 5) if year % 5 == 0 else None,
            sunday + timedelta(days=39), sunday + timedelta(days=49), sunday + timedelta(days=50),
            date(year, 12, 25), date(year, 12, 26)]
    return {day: name for day, name in zip(days, names, strict=True) if day is not None}


def library_holidays(year: int, lang: str) -> dict[date, str]:
    """The public holidays of ``year`` from the holidays library (the reference)."""
    # imported here: the library loads every country's calendar, and few years need it
    import holidays

    return dict(holidays.country_holidays(COUNTRY, years=year, language=lang))


@lru_cache(maxsize=128)
def _year(year: int, lang: str) -> dict[date, str]:
    fast = dutch_holidays(year, lang)
    return fast if fast is not None else library_holidays(year, lang)


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

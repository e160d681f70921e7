"""Cleaning what people type or import; every error says what to fix."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta

from belteam.core import phones
from belteam.core.clock import clock
from belteam.core.languages import LanguageError, parse_languages
from belteam.core.messages import _


class ValidationError(ValueError):
    """One or more fields are wrong: ``errors`` maps field name to message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


_TRUE = {"1", "yes", "y", "ja", "j", "true", "waar", "x", "✓"}
_FALSE = {"0", "no", "n", "nee", "false", "onwaar", "", "-"}
_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
_TIMES = {"morning": time(10, 0), "ochtend": time(10, 0), "afternoon": time(14, 0),
          "middag": time(14, 0), "evening": time(19, 0), "avond": time(19, 0)}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# Joiners shape letters in Persian, Indic scripts and emoji: visible in effect, so allowed.
_JOINERS = {"\u200c", "\u200d"}


def _invisible(ch: str) -> bool:
    """A control or format character: bidirectional overrides, zero-width spaces, BOMs…"""
    category = unicodedata.category(ch)
    return category == "Cc" or (category == "Cf" and ch not in _JOINERS)


def text(value: object, max_len: int, required: bool = False) -> str:
    """Trim, NFC-normalise and refuse control and invisible characters and over-long text."""
    result = unicodedata.normalize("NFC", str(value if value is not None else "")).strip()
    if required and not result:
        raise ValueError(_("is required"))
    if len(result) > max_len:
        raise ValueError(_("is {length} characters long; at most {maximum} allowed",
                           length=len(result), maximum=max_len))
    if any(unicodedata.category(ch) == "Cc" for ch in result):
        raise ValueError(_("contains control characters"))
    if any(_invisible(ch) for ch in result):
        raise ValueError(_("contains invisible characters (such as a text direction override); "
                           "type the text again"))
    return result


def clean_note(value: str) -> str:
    """A note: invisible and control characters are taken out; everything else, line breaks
    and tabs included, is kept exactly as typed."""
    return "".join(ch for ch in str(value) if ch in "\r\n\t" or not _invisible(ch))


def parse_code(value: object) -> str:
    """A person's code, in capitals: d001 and D001 are the same code."""
    return text(value, 40, required=True).upper()


def parse_code_ref(value: object) -> str:
    """A reference to a code (may be empty), compared as parse_code stores it."""
    return text(value, 40).upper()


# The days the program works with: every calculation (a week on, a year back) stays inside
# what Python's dates can hold, so a typo like 0001-01-01 is refused, never a crash.
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)
MAX_AGE_YEARS = 120
START_AHEAD_DAYS = 2 * 366


def check_day(day: date) -> date:
    """Refuse a day outside EARLIEST..LATEST with a message that says so."""
    if not EARLIEST <= day <= LATEST:
        raise ValueError(_("{day} is outside the dates Belteam works with ({first} to {last})",
                           day=day.isoformat(), first=EARLIEST.isoformat(),
                           last=LATEST.isoformat()))
    return day


def parse_date(value: object) -> date | None:
    """Accept a date, ``YYYY-MM-DD`` or ``DD-MM-YYYY`` (also with / or .)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return check_day(value.date())
    if isinstance(value, date):
        return check_day(value)
    raw = str(value).strip()
    if not raw:
        return None
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%Y-%m-%d %H:%M:%S"):
        try:
            day = datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
        return check_day(day)
    raise ValueError(_("'{value}' is not a date; write YYYY-MM-DD or DD-MM-YYYY", value=raw))


def parse_birth_date(value: object) -> date | None:
    """A birth date: not in the future and at most MAX_AGE_YEARS ago."""
    day = parse_date(value)
    if day is None:
        return None
    today = clock.today()
    if day > today:
        raise ValueError(_("a birth date cannot lie in the future"))
    if day < _years_before(today, MAX_AGE_YEARS):
        raise ValueError(_("a birth date more than {years} years ago cannot be right",
                           years=MAX_AGE_YEARS))
    return day


def parse_start_date(value: object) -> date | None:
    """A pairing's start: at most two years ahead."""
    day = parse_date(value)
    if day is not None:
        check_start(day)
    return day


def check_start(day: date) -> date:
    if day > clock.today() + timedelta(days=START_AHEAD_DAYS):
        raise ValueError(_("a start date more than two years ahead cannot be right"))
    return day


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
# Month names and short forms a Dutch or English speaker types: "1 dec", "3 maart", "5 mrt".
_MONTHS = {name: number for number, names in enumerate((
    ("jan", "januari", "january"), ("feb", "februari", "february"),
    ("mrt", "mar", "maa", "maart", "march"), ("apr", "april"), ("mei", "may"),
    ("jun", "juni", "june"), ("jul", "juli", "july"), ("aug", "augustus", "august"),
    ("sep", "sept", "september"), ("okt", "oct", "oktober", "october"),
    ("nov", "november"), ("dec", "december")), start=1) for name in names}
_RELATIVE = {"vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "overmorgen": 2,
             "gisteren": -1, "yesterday": -1}
_WEEKDAY_PREFIX = re.compile(
    r"^(ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"\.?,?\s+")
_DAY_MONTH = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{2}|\d{4}))?$")
_DAY_NAME = re.compile(r"^(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+([a-z]+)\.?(?:\s+(\d{4}))?$")


def _nearest_year(day: int, month: int, today: date) -> date:
    """A day and month without a year: the one closest to ``today`` (1-2 typed in
    December is next February, 15-11 typed on 30 November is a fortnight ago)."""
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        raise ValueError
    return min(candidates, key=lambda d: abs((d - today).days))


def parse_typed_date(value: object, today: date) -> date | None:
    """A date as a person types it: ``1-12``, ``1-12-2026``, ``1/12/26``, ``1 dec``,
    ``1 december 2026``, ``morgen``/``tomorrow``, ``vandaag``, ISO ``2026-12-01``, and the
    way the window shows one (``ma 1 dec 2026``). Empty is None; anything else a ValueError."""
    raw = " ".join(str(value or "").strip().lower().split())
    if not raw:
        return None
    if raw in _RELATIVE:
        return today + timedelta(days=_RELATIVE[raw])
    raw = _WEEKDAY_PREFIX.sub("", raw)
    try:
        if found := _DAY_MONTH.match(raw):
            day, month, year = int(found.group(1)), int(found.group(2)), found.group(3)
        elif (found := _DAY_NAME.match(raw)) and found.group(2) in _MONTHS:
            day, month, year = int(found.group(1)), _MONTHS[found.group(2)], found.group(3)
        else:
            return parse_date(raw)
        if year is None:
            return _nearest_year(day, month, today)
        return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    except ValueError:
        raise ValueError(_("'{value}' is not a date; write for example 1-12, 1-12-2026, "
                           "1 dec or tomorrow", value=str(value).strip())) from None


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    raw = str(value or "").strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise ValueError(_("'{value}' is not yes or no; write yes/no or ja/nee", value=value))


def parse_time(value: object) -> time | None:
    """Accept ``14``, ``1400``, ``930``, ``14:00``, ``14.00``, ``14u30`` or
    morning/afternoon/evening (ochtend/middag/avond)."""
    if value is None or value == "":
        return None
    if isinstance(value, time):
        return value
    if isinstance(value, datetime):
        return value.time()
    raw = str(value).strip().lower()
    if not raw:
        return None
    if raw in _TIMES:
        return _TIMES[raw]
    if raw.isdigit() and len(raw) in (3, 4):  # 930 and 1400, as typed on a keypad
        raw = f"{raw[:-2]}:{raw[-2:]}"
    raw = re.sub(r"^(\d{1,2})u(\d{2})$", r"\1:\2", raw)  # 14u30, the Dutch way
    for fmt in ("%H:%M", "%H.%M", "%H:%M:%S", "%Hu", "%H"):
        try:
            return datetime.strptime(raw, fmt).time()
        except ValueError:
            continue
    raise ValueError(_("'{value}' is not a time of day; write 10:30, morning or ochtend",
                       value=value))


def parse_postcode(value: object) -> str:
    raw = str(value or "").strip()
    if not raw:
        return ""
    match = _POSTCODE.match(raw)
    if not match:
        raise ValueError(_("'{value}' is not a Dutch postcode; write it as 7971 AB", value=raw))
    return f"{match.group(1)} {match.group(2).upper()}"


def parse_int(value: object, low: int, high: int) -> int:
    try:
        number = int(float(str(value).strip()))
    except ValueError:
        raise ValueError(_("'{value}' is not a whole number", value=value)) from None
    if not low <= number <= high:
        raise ValueError(_("{number} is outside {low}–{high}", number=number, low=low, high=high))
    return number


def parse_email(value: object) -> str:
    raw = str(value or "").strip()
    if raw and not _EMAIL.match(raw):
        raise ValueError(_("'{value}' is not an e-mail address", value=raw))
    return raw


def parse_phone(value: object) -> str:
    raw = "" if value is None else str(value)
    if isinstance(value, float) and value.is_integer():
        raw = str(int(value))
    try:
        return phones.normalize(raw)
    except phones.PhoneError as exc:
        raise ValueError(str(exc)) from None


def parse_langs(value: object) -> list[str]:
    try:
        return parse_languages(value if isinstance(value, list) else str(value or ""))
    except LanguageError as exc:
        raise ValueError(str(exc)) from None

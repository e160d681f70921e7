"""Call plans (belafspraak): an RFC 5545 RRULE plus a start date, expanded with dateutil."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil import rrule as du

from belteam.core.messages import N_, _

KINDS = ("once", "daily", "weekdays", "weekly", "monthly")
NTHS = (1, 2, 3, 4, -1)
MAX_INTERVAL = 52
WORKDAYS = (0, 1, 2, 3, 4)
ALL_DAYS = (0, 1, 2, 3, 4, 5, 6)
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SHORT_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ENGLISH_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DUTCH_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
_DUTCH_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAY_NAMES = {
    name: index
    for names in (SHORT_DAYS, _ENGLISH_DAYS, _DUTCH_SHORT, _DUTCH_DAYS)
    for index, name in enumerate(names)
}

HINT = N_("use daily, weekdays, weekly:tue, weekly:mon+thu, biweekly:fri, monthly:1mon, "
          "monthly:-1fri, once, or an RRULE such as FREQ=WEEKLY;INTERVAL=2;BYDAY=FR")
DAY_HINT = N_("use mon, tue, wed, thu, fri, sat, sun (Dutch: ma, di, wo, do, vr, za, zo)")
NTH_HINT = N_("use 1, 2, 3, 4 or -1 (last), as in monthly:1mon or monthly:-1fri")

_SIMPLE_WORDS = {"daily": "daily", "dagelijks": "daily", "weekdays": "weekdays",
                 "werkdagen": "weekdays", "once": "once", "eenmalig": "once"}
_WEEKLY_WORDS = {"weekly": 1, "wekelijks": 1, "biweekly": 2, "tweewekelijks": 2}
_MONTHLY_WORDS = ("monthly", "maandelijks")
_EVERY_N_WEEKS = re.compile(r"(?:every|elke|omde)(\d+)(?:weeks?|weken)")
_MONTHLY_ARG = re.compile(r"(?P<nth>[+-]?\d+|last|laatste)(?P<day>[a-z]+)")
_RRULE_BYDAY = re.compile(r"(?P<nth>[+-]?\d+)?(?P<day>[A-Z]{2})")
_RRULE_KEYS = ("FREQ", "INTERVAL", "BYDAY", "COUNT", "WKST", "BYSETPOS")
_UNSUPPORTED = {
    "UNTIL": N_("the pairing's end date ends the plan"),
    "BYHOUR": N_("the call time is agreed separately"),
    "BYMINUTE": N_("the call time is agreed separately"),
    "BYSECOND": N_("the call time is agreed separately"),
    "BYMONTHDAY": N_("use a weekday instead, e.g. FREQ=MONTHLY;BYDAY=1MO"),
    "BYMONTH": N_("plans repeat daily, weekly or monthly all year"),
    "BYYEARDAY": N_("plans repeat daily, weekly or monthly all year"),
    "BYWEEKNO": N_("use FREQ=WEEKLY;INTERVAL=n for every n weeks"),
}


class PlanError(ValueError):
    """A call plan that cannot be read or kept; the message says what to fix."""


@dataclass(frozen=True)
class Plan:
    """Which days a volunteer calls a resident; compare plans with ``==`` (canonical form)."""

    kind: str
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    nth: int | None = None

    def __post_init__(self) -> None:
        """Validate the fields and bring them to canonical form."""
        _check_fields(self.kind, self.interval, tuple(self.weekdays), self.nth)
        kind, days = self.kind, tuple(sorted(set(self.weekdays)))
        if kind == "weekly" and self.interval == 1 and days == ALL_DAYS:
            kind, days = "daily", ()
        if kind == "weekdays" or (kind == "weekly" and self.interval == 1 and days == WORKDAYS):
            kind, days = "weekdays", WORKDAYS
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "weekdays", days)

    @property
    def is_daily(self) -> bool:
        """True for a daily check-in (every day or every working day)."""
        return self.kind in ("daily", "weekdays")

    def to_rrule(self) -> str:
        """Canonical RRULE text without the ``RRULE:`` prefix."""
        if self.kind == "once":
            return "FREQ=DAILY;COUNT=1"
        if self.kind == "daily":
            return "FREQ=DAILY"
        byday = ",".join(RRULE_DAYS[day] for day in self.weekdays)
        if self.kind == "monthly":
            return f"FREQ=MONTHLY;BYDAY={self.nth}{byday}"
        interval = f";INTERVAL={self.interval}" if self.interval != 1 else ""
        return f"FREQ=WEEKLY{interval};BYDAY={byday}"

    def short_form(self) -> str:
        """Short form such as ``weekly:mon+thu``, ``biweekly:fri`` or ``monthly:-1fri``."""
        if self.kind in ("once", "daily", "weekdays"):
            return self.kind
        days = "+".join(SHORT_DAYS[day] for day in self.weekdays)
        if self.kind == "monthly":
            return f"monthly:{self.nth}{days}"
        word = {1: "weekly", 2: "biweekly"}.get(self.interval, f"every{self.interval}weeks")
        return f"{word}:{days}"


def _check_fields(kind: str, interval: int, days: tuple[int, ...], nth: int | None) -> None:
    """Raise PlanError when the fields do not make a plan."""
    if kind not in KINDS:
        raise PlanError(_("unknown plan kind {kind!r}: use one of {kinds}", kind=kind,
                           kinds=", ".join(KINDS)))
    if not isinstance(interval, int) or not 1 <= interval <= MAX_INTERVAL:
        raise PlanError(_("interval {interval!r} is out of range: use 1 to {maximum} weeks",
                           interval=interval, maximum=MAX_INTERVAL))
    if interval != 1 and kind != "weekly":
        raise PlanError(_("an interval of {interval} works only for weekly plans, "
                          "e.g. every{interval}weeks:mon", interval=interval))
    if any(not isinstance(day, int) or not 0 <= day <= 6 for day in days):
        raise PlanError(_("weekdays {days!r} must run from 0 (Monday) to 6 (Sunday)", days=days))
    if kind == "monthly":
        _check_monthly(days, nth)
    elif nth is not None:
        raise PlanError(_("a week number ({nth}) works only for monthly plans, e.g. monthly:1mon",
                          nth=nth))
    elif kind == "weekly" and not days:
        raise PlanError(_("a weekly plan needs at least one day, e.g. weekly:tue"))
    elif kind in ("once", "daily") and days:
        raise PlanError(_("a {kind} plan has no days: for chosen days use e.g. weekly:mon+thu",
                          kind=kind))
    elif kind == "weekdays" and days not in ((), WORKDAYS):
        raise PlanError(_("a weekdays plan is Monday to Friday: for other days use weekly:mon+thu"))


def _check_monthly(days: tuple[int, ...], nth: int | None) -> None:
    """Raise PlanError unless a monthly plan has one day and a supported week number."""
    if len(days) != 1:
        raise PlanError(_("a monthly plan has exactly one day, e.g. monthly:1mon"))
    if nth not in NTHS:
        raise PlanError(_("week number {nth} is not supported: {hint}", nth=nth, hint=_(NTH_HINT)))


def parse_plan(text: str) -> Plan:
    """Read a plan from a short form (English or Dutch) or an RRULE."""
    compact = re.sub(r"\s+", "", text or "").lower()
    if not compact:
        raise PlanError(_("the plan is empty: {hint}", hint=_(HINT)))
    try:
        if "=" in compact:
            return _parse_rrule(compact.upper())
        return _parse_short(compact)
    except PlanError as exc:
        raise PlanError(_("plan {plan!r}: {problem}", plan=text.strip(), problem=exc)) from None


def _parse_short(text: str) -> Plan:
    """Read a short form such as ``weekly:mon+thu`` or ``tweewekelijks:vr``."""
    word, _sep, arg = text.partition(":")
    if word in _SIMPLE_WORDS:
        if arg:
            raise PlanError(_("{word!r} takes no day: for chosen days use weekly:{days}",
                              word=word, days=arg))
        return Plan(_SIMPLE_WORDS[word])
    interval = _weekly_interval(word)
    if interval is None and word not in _MONTHLY_WORDS:
        raise PlanError(_("unknown kind {word!r}: {hint}", word=word, hint=_(HINT)))
    if not arg:
        example = "1mon" if interval is None else "tue"
        raise PlanError(_("say which day, e.g. {word}:{example}", word=word, example=example))
    if interval is None:
        return _parse_monthly_arg(arg)
    return Plan("weekly", interval, _parse_days(arg))


def _weekly_interval(word: str) -> int | None:
    """Weeks between calls for a word like ``biweekly`` or ``every3weeks``; None if not weekly."""
    if word in _WEEKLY_WORDS:
        return _WEEKLY_WORDS[word]
    match = _EVERY_N_WEEKS.fullmatch(word)
    return int(match[1]) if match else None


def _parse_days(arg: str) -> tuple[int, ...]:
    """Read days joined by ``+`` or ``,`` such as ``mon+thu`` or ``ma,do``."""
    return tuple(_day(name) for name in re.split(r"[+,&]", arg))


def _day(name: str) -> int:
    """Weekday number (0=Monday) of an English or Dutch day name."""
    if name not in _DAY_NAMES:
        raise PlanError(_("unknown day {day!r}: {hint}", day=name, hint=_(DAY_HINT)))
    return _DAY_NAMES[name]


def _parse_monthly_arg(arg: str) -> Plan:
    """Read the ``1mon`` or ``-1fri`` part of a monthly plan."""
    match = _MONTHLY_ARG.fullmatch(arg)
    if not match:
        raise PlanError(_("{text!r} is not a week number and a day: {hint}", text=arg,
                          hint=_(NTH_HINT)))
    nth_text = match["nth"]
    nth = -1 if nth_text in ("last", "laatste") else int(nth_text)
    return Plan("monthly", 1, (_day(match["day"]),), nth)


def _parse_rrule(text: str) -> Plan:
    """Read an RRULE (upper case, no spaces) of a kind the plan model can hold."""
    parts = _rrule_parts(text.removeprefix("RRULE:"))
    freq = parts.get("FREQ")
    if freq is None:
        raise PlanError(_("an RRULE needs FREQ, e.g. FREQ=WEEKLY;BYDAY=TU"))
    if freq not in ("DAILY", "WEEKLY", "MONTHLY"):
        raise PlanError(_("FREQ={freq} is not supported: use FREQ=DAILY, WEEKLY or MONTHLY",
                          freq=freq))
    if parts.get("WKST", "MO") != "MO":
        raise PlanError(_("WKST must be MO: plan weeks start on Monday"))
    interval = _number(parts, "INTERVAL", "1")
    if "COUNT" in parts:
        return _parse_once(parts, freq, interval)
    if "BYSETPOS" in parts and freq != "MONTHLY":
        raise PlanError(_("BYSETPOS works only with FREQ=MONTHLY, e.g. BYDAY=FR;BYSETPOS=-1"))
    if freq == "MONTHLY":
        return _parse_monthly_rrule(parts, interval)
    if freq == "DAILY" and interval != 1:
        raise PlanError(_("INTERVAL on FREQ=DAILY is not supported: use FREQ=WEEKLY;INTERVAL=n"))
    if "BYDAY" not in parts:
        if freq == "DAILY":
            return Plan("daily")
        raise PlanError(_("FREQ=WEEKLY needs the day(s) to call, e.g. FREQ=WEEKLY;BYDAY=TU"))
    return Plan("weekly", interval, _rrule_days(parts["BYDAY"]))


def _rrule_parts(body: str) -> dict[str, str]:
    """Split RRULE text into its KEY=VALUE parts, refusing parts a plan cannot hold."""
    parts: dict[str, str] = {}
    for item in filter(None, body.split(";")):
        key, eq, value = item.partition("=")
        if not eq or not value:
            raise PlanError(_("RRULE part {part!r} is not KEY=VALUE", part=item))
        if key in _UNSUPPORTED:
            raise PlanError(_("{key} is not supported in a call plan: {why}", key=key,
                              why=_(_UNSUPPORTED[key])))
        if key not in _RRULE_KEYS:
            raise PlanError(_("unknown RRULE part {key!r}: a plan uses FREQ, INTERVAL and BYDAY",
                              key=key))
        if key in parts:
            raise PlanError(_("{key} appears twice in the RRULE", key=key))
        parts[key] = value
    return parts


def _number(parts: dict[str, str], key: str, default: str) -> int:
    """A whole-number RRULE value such as INTERVAL=2."""
    value = parts.get(key, default)
    if not re.fullmatch(r"[+-]?\d+", value):
        raise PlanError(_("{key}={value} is not a whole number", key=key, value=value))
    return int(value)


def _parse_once(parts: dict[str, str], freq: str, interval: int) -> Plan:
    """Read ``FREQ=DAILY;COUNT=1`` as a single call on the start date."""
    extra = set(parts) - {"FREQ", "COUNT", "INTERVAL", "WKST"}
    if freq != "DAILY" or interval != 1 or _number(parts, "COUNT", "1") != 1 or extra:
        raise PlanError(_("COUNT is supported only as FREQ=DAILY;COUNT=1 (once); "
                          "other plans end with the pairing's end date"))
    return Plan("once")


def _rrule_days(value: str) -> tuple[int, ...]:
    """Read a weekly BYDAY list such as ``MO,TH``."""
    return tuple(_rrule_day(code) for code in value.split(","))


def _rrule_day(code: str) -> int:
    """Weekday number (0=Monday) of a plain BYDAY code such as ``TU``."""
    if code in RRULE_DAYS:
        return RRULE_DAYS.index(code)
    if code[-2:] in RRULE_DAYS and _RRULE_BYDAY.fullmatch(code):
        raise PlanError(_("BYDAY {code!r} has a week number, which works only with FREQ=MONTHLY",
                          code=code))
    raise PlanError(_("BYDAY {code!r} is not a day: use {days}", code=code,
                      days=", ".join(RRULE_DAYS)))


def _parse_monthly_rrule(parts: dict[str, str], interval: int) -> Plan:
    """Read ``FREQ=MONTHLY;BYDAY=1MO`` or ``FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1``."""
    value = parts.get("BYDAY")
    if value is None:
        raise PlanError(_("FREQ=MONTHLY needs the week and day, e.g. BYDAY=1MO (first Monday) "
                          "or BYDAY=-1FR (last Friday)"))
    match = _RRULE_BYDAY.fullmatch(value)
    if not match or match["day"] not in RRULE_DAYS:
        raise PlanError(_("BYDAY {value!r} must be one week number and day, e.g. 1MO or -1FR",
                          value=value))
    if match["nth"] and "BYSETPOS" in parts:
        raise PlanError(_("give the week number once: BYDAY=1MO or BYDAY=MO;BYSETPOS=1"))
    if not match["nth"] and "BYSETPOS" not in parts:
        raise PlanError(_("say which week, e.g. BYDAY=1{day} or BYDAY=-1{day} (last)", day=value))
    nth = int(match["nth"]) if match["nth"] else _number(parts, "BYSETPOS", "1")
    return Plan("monthly", interval, (RRULE_DAYS.index(match["day"]),), nth)


def _midnight(day: date) -> datetime:
    """Naive midnight of a date, as dateutil expects."""
    return datetime.combine(day, time())


@lru_cache(maxsize=2048)
def _rule(plan: Plan, anchor: date) -> du.rrule:
    """The dateutil rule of a plan with dtstart at ``anchor`` (weeks start on Monday)."""
    rule = du.rrulestr(f"{plan.to_rrule()};WKST=MO", dtstart=_midnight(anchor))
    assert isinstance(rule, du.rrule)  # one RRULE line, never a set
    return rule


def _anchor(plan: Plan, start: date, low: date) -> date:
    """A dtstart near ``low`` giving the same dates from ``low`` on as ``start`` does."""
    if plan.kind == "once" or low <= start:
        return start
    if plan.interval == 1:
        return low
    # Jump whole cycles of ``interval`` weeks, keeping the anchor's week wholly before ``low``.
    cycles = max(0, ((low - start).days // 7 - 1) // plan.interval)
    return start + timedelta(weeks=cycles * plan.interval)


def occurrences(plan: Plan, start: date, frm: date, to: date) -> list[date]:
    """Dates of the plan (counted from ``start``) from ``frm`` to ``to``, both inclusive."""
    low = max(start, frm)
    if to < low:
        return []
    rule = _rule(plan, _anchor(plan, start, low))
    return [moment.date() for moment in rule.between(_midnight(low), _midnight(to), inc=True)]


def next_dates(plan: Plan, start: date, after: date, count: int = 5) -> list[date]:
    """The next ``count`` dates of the plan on or after ``after`` (never before ``start``)."""
    if count <= 0:
        return []
    low = max(start, after)
    rule = _rule(plan, _anchor(plan, start, low))
    return [moment.date() for moment in rule.xafter(_midnight(low), count=count, inc=True)]

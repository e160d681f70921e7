"""Call plans (belafspraak): parsing, canonical RRULE text and expansion with dateutil."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest
from dateutil import rrule as du
from hypothesis import given, settings
from hypothesis import strategies as st

from belteam.pairings.plans import (
    NTHS,
    Plan,
    PlanError,
    next_dates,
    occurrences,
    parse_plan,
)

ENGLISH = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ENGLISH3 = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def is_due_on(plan: Plan, start: date, day: date) -> bool:
    """The plan, started on ``start``, has a call on ``day`` (through the one expansion)."""
    return bool(occurrences(plan, start, day, day))


DUTCH = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DUTCH2 = ("ma", "di", "wo", "do", "vr", "za", "zo")

# ---------------------------------------------------------------- strategies and oracle

day_sets = st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True).map(
    lambda days: tuple(sorted(days)))
plans = st.one_of(
    st.sampled_from([Plan("once"), Plan("daily"), Plan("weekdays")]),
    st.builds(Plan, st.just("weekly"), st.integers(1, 52), day_sets),
    st.builds(Plan, st.just("monthly"), st.just(1), st.integers(0, 6).map(lambda d: (d,)),
              st.sampled_from(NTHS)),
)
dates = st.dates(date(1995, 1, 1), date(2045, 12, 31))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _matches(plan: Plan, start: date, day: date) -> bool:
    """Independent oracle: does the plan call on ``day`` (day >= start)?"""
    if plan.kind == "once":
        return day == start
    if plan.kind == "daily":
        return True
    if day.weekday() not in plan.weekdays:
        return False
    if plan.kind == "monthly":
        if plan.nth == -1:
            return (day + timedelta(days=7)).month != day.month
        return (day.day - 1) // 7 + 1 == plan.nth
    weeks = (_monday(day) - _monday(start)).days // 7
    return weeks % plan.interval == 0


def _expected(plan: Plan, start: date, frm: date, to: date) -> list[date]:
    day, found = max(start, frm), []
    while day <= to:
        if _matches(plan, start, day):
            found.append(day)
        day += timedelta(days=1)
    return found


# ---------------------------------------------------------------- parsing

@pytest.mark.parametrize(("text", "rrule", "short"), [
    ("daily", "FREQ=DAILY", "daily"),
    ("weekdays", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "weekdays"),
    ("weekly:tue", "FREQ=WEEKLY;BYDAY=TU", "weekly:tue"),
    ("weekly:mon+thu", "FREQ=WEEKLY;BYDAY=MO,TH", "weekly:mon+thu"),
    ("weekly:thu+mon", "FREQ=WEEKLY;BYDAY=MO,TH", "weekly:mon+thu"),
    ("biweekly:fri", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "biweekly:fri"),
    ("every3weeks:mon", "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO", "every3weeks:mon"),
    ("monthly:1mon", "FREQ=MONTHLY;BYDAY=1MO", "monthly:1mon"),
    ("monthly:-1fri", "FREQ=MONTHLY;BYDAY=-1FR", "monthly:-1fri"),
    ("monthly:lastfri", "FREQ=MONTHLY;BYDAY=-1FR", "monthly:-1fri"),
    ("once", "FREQ=DAILY;COUNT=1", "once"),
    ("  Weekly : Mon + Thu ", "FREQ=WEEKLY;BYDAY=MO,TH", "weekly:mon+thu"),
    ("WEEKLY:TUESDAY", "FREQ=WEEKLY;BYDAY=TU", "weekly:tue"),
    ("weekly:mon+tue+wed+thu+fri", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "weekdays"),
    ("weekly:mon,tue,wed,thu,fri,sat,sun", "FREQ=DAILY", "daily"),
    # Dutch
    ("dagelijks", "FREQ=DAILY", "daily"),
    ("werkdagen", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "weekdays"),
    ("wekelijks:di", "FREQ=WEEKLY;BYDAY=TU", "weekly:tue"),
    ("wekelijks:ma+do", "FREQ=WEEKLY;BYDAY=MO,TH", "weekly:mon+thu"),
    ("tweewekelijks:vr", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "biweekly:fri"),
    ("maandelijks:1ma", "FREQ=MONTHLY;BYDAY=1MO", "monthly:1mon"),
    ("maandelijks:-1vrijdag", "FREQ=MONTHLY;BYDAY=-1FR", "monthly:-1fri"),
    ("maandelijks:laatstevr", "FREQ=MONTHLY;BYDAY=-1FR", "monthly:-1fri"),
    ("eenmalig", "FREQ=DAILY;COUNT=1", "once"),
    ("elke3weken:woensdag", "FREQ=WEEKLY;INTERVAL=3;BYDAY=WE", "every3weeks:wed"),
    ("om de 4 weken: za", "FREQ=WEEKLY;INTERVAL=4;BYDAY=SA", "every4weeks:sat"),
    ("Wekelijks: Zondag", "FREQ=WEEKLY;BYDAY=SU", "weekly:sun"),
    # RRULEs
    ("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "biweekly:fri"),
    ("freq=weekly;byday=fr;interval=2", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "biweekly:fri"),
    ("FREQ=WEEKLY;INTERVAL=1;BYDAY=TH,MO;WKST=MO", "FREQ=WEEKLY;BYDAY=MO,TH", "weekly:mon+thu"),
    ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "weekdays"),
    ("FREQ=MONTHLY;BYDAY=+1MO", "FREQ=MONTHLY;BYDAY=1MO", "monthly:1mon"),
    ("FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1", "FREQ=MONTHLY;BYDAY=-1FR", "monthly:-1fri"),
    ("rrule:freq=daily;count=1", "FREQ=DAILY;COUNT=1", "once"),
])
def test_parse_known_forms(text: str, rrule: str, short: str) -> None:
    plan = parse_plan(text)
    assert plan.to_rrule() == rrule
    assert plan.short_form() == short


@pytest.mark.parametrize(("english", "dutch"), [
    ("daily", "dagelijks"), ("weekdays", "werkdagen"), ("weekly:tue", "wekelijks:di"),
    ("biweekly:fri", "tweewekelijks:vr"), ("monthly:1mon", "maandelijks:1ma"),
    ("once", "eenmalig"),
])
def test_dutch_synonyms_equal_english(english: str, dutch: str) -> None:
    assert parse_plan(dutch) == parse_plan(english)


@pytest.mark.parametrize("index", range(7))
def test_every_day_name_spelling(index: int) -> None:
    names = {ENGLISH[index], ENGLISH3[index], DUTCH[index], DUTCH2[index]}
    assert {parse_plan(f"weekly:{name}").weekdays for name in names} == {(index,)}


def test_plan_fields_and_is_daily() -> None:
    assert parse_plan("biweekly:fri") == Plan("weekly", 2, (4,))
    assert parse_plan("monthly:-1fri") == Plan("monthly", 1, (4,), -1)
    assert parse_plan("weekdays") == Plan("weekdays") == Plan("weekly", 1, (4, 3, 2, 1, 0))
    assert parse_plan("daily").is_daily and parse_plan("werkdagen").is_daily
    assert not any(parse_plan(t).is_daily for t in ("once", "weekly:mon", "monthly:1mon"))
    assert not parse_plan("biweekly:mon+tue+wed+thu+fri").is_daily


def test_plan_is_hashable_and_frozen() -> None:
    plan = parse_plan("weekly:mon+thu")
    assert {plan, parse_plan("wekelijks:do+ma")} == {plan}
    with pytest.raises(AttributeError):
        plan.interval = 3  # type: ignore[misc]


# ---------------------------------------------------------------- round trips (property)

@given(plans)
def test_round_trip(plan: Plan) -> None:
    assert parse_plan(plan.to_rrule()) == plan
    assert parse_plan("RRULE:" + plan.to_rrule().lower()) == plan
    assert parse_plan(plan.short_form()) == plan
    assert parse_plan(f"  {plan.short_form().upper()} ") == plan


@given(st.integers(1, 52), day_sets, st.sampled_from([ENGLISH, ENGLISH3, DUTCH, DUTCH2]))
def test_any_day_spelling_round_trips(interval: int, days: tuple[int, ...],
                                      names: tuple[str, ...]) -> None:
    text = f"every{interval}weeks:" + "+".join(names[d] for d in reversed(days))
    assert parse_plan(text) == Plan("weekly", interval, days)


# ---------------------------------------------------------------- expansion

def test_biweekly_counts_from_start() -> None:
    plan = parse_plan("biweekly:fri")
    start = date(2026, 1, 2)  # a Friday
    assert occurrences(plan, start, date(2025, 12, 1), date(2026, 2, 1)) == [
        date(2026, 1, 2), date(2026, 1, 16), date(2026, 1, 30)]
    assert not is_due_on(plan, start, date(2026, 1, 9))
    assert is_due_on(plan, start, date(2026, 1, 16))


def test_biweekly_counts_weeks_from_start_week() -> None:
    plan = parse_plan("biweekly:fri")
    # Start on Wednesday: that same week's Friday is the first call.
    assert next_dates(plan, date(2025, 12, 31), date(2025, 12, 1), 2) == [
        date(2026, 1, 2), date(2026, 1, 16)]
    # Start on Saturday: that week's Friday is past, so the next call is two weeks on.
    assert next_dates(plan, date(2026, 1, 3), date(2026, 1, 3), 2) == [
        date(2026, 1, 16), date(2026, 1, 30)]


def test_biweekly_far_window_keeps_phase() -> None:
    plan = parse_plan("biweekly:fri")
    start = date(2026, 1, 2)
    far = occurrences(plan, start, date(2036, 3, 1), date(2036, 3, 31))
    assert far and all((day - start).days % 14 == 0 for day in far)


def test_monthly_last_friday() -> None:
    got = occurrences(parse_plan("monthly:-1fri"), date(2026, 1, 1), date(2026, 1, 1),
                      date(2026, 6, 30))
    assert got == [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27),
                   date(2026, 4, 24), date(2026, 5, 29), date(2026, 6, 26)]


def test_monthly_first_monday() -> None:
    assert next_dates(parse_plan("maandelijks:1ma"), date(2026, 1, 6), date(2026, 1, 1), 3) == [
        date(2026, 2, 2), date(2026, 3, 2), date(2026, 4, 6)]


def test_once_gives_exactly_one_date() -> None:
    plan, start = parse_plan("once"), date(2026, 3, 10)
    assert occurrences(plan, start, date(2020, 1, 1), date(2030, 1, 1)) == [start]
    assert occurrences(plan, start, date(2026, 3, 11), date(2030, 1, 1)) == []
    assert next_dates(plan, start, date(2026, 1, 1), 5) == [start]
    assert next_dates(plan, start, date(2026, 3, 11)) == []
    assert is_due_on(plan, start, start)
    assert not is_due_on(plan, start, start + timedelta(days=1))


def test_weekdays_and_daily() -> None:
    start = date(2026, 11, 30)  # a Monday
    week = [start + timedelta(days=i) for i in range(7)]
    assert occurrences(parse_plan("werkdagen"), start, week[0], week[-1]) == week[:5]
    assert occurrences(parse_plan("daily"), start, week[0], week[-1]) == week


def test_nothing_before_start_and_empty_ranges() -> None:
    plan, start = parse_plan("weekly:mon"), date(2026, 11, 30)
    assert occurrences(plan, start, date(2026, 11, 1), date(2026, 11, 29)) == []
    assert occurrences(plan, start, date(2026, 12, 10), date(2026, 12, 1)) == []
    assert not is_due_on(plan, start, date(2026, 11, 23))
    assert next_dates(plan, start, date(2026, 1, 1), 1) == [start]
    assert next_dates(plan, start, date(2026, 1, 1), 0) == []


def test_wide_range_far_from_start() -> None:
    start = date(1990, 1, 1)
    daily = occurrences(parse_plan("daily"), start, date(2090, 1, 1), date(2090, 12, 31))
    assert len(daily) == 365 and daily[0] == date(2090, 1, 1)
    decade = occurrences(parse_plan("monthly:1mon"), start, date(2030, 1, 1), date(2039, 12, 31))
    assert len(decade) == 120


@settings(max_examples=300)
@given(plans, dates, st.integers(-400, 4000), st.integers(-5, 400))
def test_occurrences_match_oracle(plan: Plan, start: date, offset: int, span: int) -> None:
    frm = start + timedelta(days=offset)
    to = frm + timedelta(days=span)
    got = occurrences(plan, start, frm, to)
    assert got == sorted(set(got))
    assert all(day >= start and frm <= day <= to for day in got)
    assert got == _expected(plan, start, frm, to)


@given(plans, dates, st.integers(-30, 3000), st.integers(0, 8))
def test_next_dates_agree_with_occurrences(plan: Plan, start: date, offset: int,
                                           count: int) -> None:
    after = start + timedelta(days=offset)
    got = next_dates(plan, start, after, count)
    assert len(got) <= count
    assert all(day >= max(start, after) for day in got)
    horizon = max(start, after) + timedelta(weeks=52 * (count + 1))
    assert got == occurrences(plan, start, after, horizon)[:count]
    assert all(is_due_on(plan, start, day) for day in got)


@given(plans, dates, st.integers(-10, 800))
def test_is_due_on_matches_oracle(plan: Plan, start: date, offset: int) -> None:
    day = start + timedelta(days=offset)
    assert is_due_on(plan, start, day) == (day >= start and _matches(plan, start, day))


@given(plans, dates, st.integers(0, 2000), st.integers(0, 200))
def test_same_dates_as_plain_dateutil(plan: Plan, start: date, offset: int, span: int) -> None:
    frm = start + timedelta(days=offset)
    to = frm + timedelta(days=span)
    rule = du.rrulestr(plan.to_rrule() + ";WKST=MO", dtstart=datetime.combine(start, time()))
    plain = [moment.date() for moment in rule.between(
        datetime.combine(frm, time()), datetime.combine(to, time()), inc=True)]
    assert occurrences(plan, start, frm, to) == plain


# ---------------------------------------------------------------- errors

@pytest.mark.parametrize(("text", "fragments"), [
    ("", ["empty", "weekly:tue", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"]),
    ("   ", ["empty"]),
    ("weekly:xyz", ["'xyz'", "unknown day", "mon", "ma, di"]),
    ("wekelijks:ma+xx", ["'xx'", "unknown day"]),
    ("weekly:mon+", ["unknown day ''"]),
    ("yearly", ["unknown kind 'yearly'", "daily", "biweekly:fri", "monthly:-1fri"]),
    ("weekly", ["say which day", "weekly:tue"]),
    ("monthly", ["say which day", "monthly:1mon"]),
    ("daily:mon", ["takes no day", "weekly:mon"]),
    ("every0weeks:mon", ["interval 0", "1 to 52"]),
    ("every53weeks:mon", ["interval 53", "1 to 52"]),
    ("monthly:5mon", ["week number 5", "-1 (last)"]),
    ("monthly:0mon", ["week number 0"]),
    ("monthly:mon", ["not a week number and a day"]),
    ("FREQ=YEARLY", ["FREQ=YEARLY is not supported", "MONTHLY"]),
    ("FREQ=HOURLY;BYDAY=MO", ["FREQ=HOURLY is not supported"]),
    ("FREQ=WEEKLY;INTERVAL=0;BYDAY=MO", ["interval 0", "1 to 52"]),
    ("FREQ=WEEKLY;INTERVAL=x;BYDAY=MO", ["INTERVAL=X is not a whole number"]),
    ("FREQ=MONTHLY;BYDAY=5MO", ["week number 5"]),
    ("FREQ=MONTHLY;BYDAY=MO", ["say which week", "1MO"]),
    ("FREQ=MONTHLY;BYDAY=1MO,3MO", ["one week number and day"]),
    ("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO", ["works only for weekly plans"]),
    ("FREQ=MONTHLY", ["FREQ=MONTHLY needs", "BYDAY=1MO"]),
    ("FREQ=WEEKLY", ["FREQ=WEEKLY needs the day", "BYDAY=TU"]),
    ("FREQ=WEEKLY;BYDAY=XX", ["'XX' is not a day", "MO, TU"]),
    ("FREQ=WEEKLY;BYDAY=1MO", ["week number", "FREQ=MONTHLY"]),
    ("FREQ=WEEKLY;BYDAY=MO;BYHOUR=9", ["BYHOUR is not supported", "time"]),
    ("FREQ=MONTHLY;BYMONTHDAY=3", ["BYMONTHDAY is not supported", "BYDAY=1MO"]),
    ("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231", ["UNTIL is not supported", "end date"]),
    ("FREQ=WEEKLY;BYDAY=MO;FOO=1", ["unknown RRULE part 'FOO'"]),
    ("FREQ=WEEKLY;FREQ=DAILY;BYDAY=MO", ["FREQ appears twice"]),
    ("FREQ=WEEKLY;BYDAY=MO;WKST=SU", ["WKST must be MO"]),
    ("FREQ=DAILY;INTERVAL=2", ["INTERVAL on FREQ=DAILY"]),
    ("FREQ=DAILY;COUNT=3", ["COUNT", "FREQ=DAILY;COUNT=1"]),
    ("FREQ=WEEKLY;BYDAY=FR;COUNT=1", ["COUNT"]),
    ("FREQ=WEEKLY;BYDAY=FR;BYSETPOS=1", ["BYSETPOS works only with FREQ=MONTHLY"]),
    ("BYDAY=MO", ["needs FREQ"]),
    ("FREQ", ["unknown kind 'freq'"]),
    ("FREQ=WEEKLY;BYDAY", ["'BYDAY' is not KEY=VALUE"]),
])
def test_bad_inputs_explain_the_fix(text: str, fragments: list[str]) -> None:
    with pytest.raises(PlanError) as caught:
        parse_plan(text)
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, message
    if text.strip():
        assert repr(text.strip()) in message


def test_plan_error_is_a_value_error() -> None:
    assert issubclass(PlanError, ValueError)


@pytest.mark.parametrize(("kwargs", "fragment"), [
    ({"kind": "yearly"}, "unknown plan kind"),
    ({"kind": "weekly"}, "at least one day"),
    ({"kind": "weekly", "interval": 0, "weekdays": (1,)}, "interval 0"),
    ({"kind": "weekly", "weekdays": (7,)}, "0 (Monday) to 6 (Sunday)"),
    ({"kind": "daily", "interval": 2}, "works only for weekly plans"),
    ({"kind": "daily", "weekdays": (1,)}, "has no days"),
    ({"kind": "weekdays", "weekdays": (5, 6)}, "Monday to Friday"),
    ({"kind": "weekly", "weekdays": (1,), "nth": 1}, "only for monthly"),
    ({"kind": "monthly", "weekdays": (0, 1), "nth": 1}, "exactly one day"),
    ({"kind": "monthly", "weekdays": (0,), "nth": 5}, "week number 5"),
    ({"kind": "monthly", "weekdays": (0,)}, "week number None"),
])
def test_plan_constructor_validates(kwargs: dict, fragment: str) -> None:
    with pytest.raises(PlanError, match=re.escape(fragment)):
        Plan(**kwargs)

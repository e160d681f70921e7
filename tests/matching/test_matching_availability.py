"""Availability text read as days × parts of the day; wanted plans."""

import pytest

from belteam.matching.availability import describe_mask, parse
from belteam.pairings import wanted


def _slots(text):
    return parse(text).slots()


def test_english_days_mean_the_whole_day():
    assert _slots("mon,tue,thu") == [(d, p) for d in (0, 1, 3) for p in range(3)]


def test_dutch_days_with_a_part_of_the_day():
    assert _slots("ma di do ochtend") == [(0, 0), (1, 0), (3, 0)]


def test_a_part_applies_to_the_days_before_it():
    assert _slots("ma di ochtend, vr middag") == [(0, 0), (1, 0), (4, 1)]
    assert _slots("tue and thu mornings") == [(1, 0), (3, 0)]


def test_groups_ranges_and_parts_alone():
    assert parse("werkdagen middag").days() == (0, 1, 2, 3, 4)
    assert parse("ma-wo").days() == (0, 1, 2)
    assert _slots("elke dag avond") == [(d, 2) for d in range(7)]
    assert parse("'s avonds").parts() == (2,)


def test_unread_words_are_kept_and_empty_text_is_unknown():
    result = parse("ma na 19u")
    assert result.days() == (0,)
    assert result.unread == ("na", "19u")
    assert not parse("").known and not parse("bel maar").known
    assert parse("bel maar").unread == ("bel", "maar")


def test_describe_groups_by_part():
    assert describe_mask(parse("di do ochtend, ma middag").mask) == "Tue, Thu morning; Mon afternoon"


@pytest.mark.parametrize(("text", "stored"), [
    ("weekly", "weekly"), ("Tweewekelijks", "biweekly"), ("elke 3 weken", "every3weeks"),
    ("maandelijks", "monthly"), ("werkdagen", "weekdays"), ("weekly:tue", "weekly:tue"),
    ("", "")])
def test_wanted_plan_is_cleaned(text, stored):
    assert wanted.clean(text) == stored


def test_wanted_plan_refuses_nonsense_and_takes_the_day_when_paired():
    with pytest.raises(ValueError, match="not a call plan"):
        wanted.clean("sometimes")
    assert wanted.plan_on("biweekly", 3).short_form() == "biweekly:thu"
    assert wanted.plan_on("monthly", 0).short_form() == "monthly:1mon"
    assert wanted.plan_on("", 4).short_form() == "weekly:fri"
    assert wanted.plan_on("weekdays", 2).short_form() == "weekdays"
    assert wanted.fixed_days("weekly:tue+fri") == (1, 4)


def test_written_ranges():
    assert parse("ma t/m vr ochtend").slots() == [(d, 0) for d in range(5)]
    assert parse("mon to sat").days() == (0, 1, 2, 3, 4, 5)
    assert parse("ma tot en met wo").days() == (0, 1, 2)
    assert parse("ma di middag, avond").slots() == [(0, 1), (0, 2), (1, 1), (1, 2)]

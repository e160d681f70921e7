"""Pairing residents with volunteers at a call plan."""

from datetime import time, timedelta

import pytest

from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.core.validation import ValidationError
from belteam.pairings import service as pairings
from belteam.people.service import save_resident, save_volunteer
from belteam.storage.models import Pairing, Resident


@pytest.fixture
def team(db):
    volunteer = save_volunteer(SYSTEM, {"code": "V1", "first_name": "Jan", "max_residents": 2})
    residents = [save_resident(SYSTEM, {"code": f"R{i}", "first_name": f"Res{i}"}) for i in range(3)]
    return volunteer, residents


def test_pair_stores_rrule_start_and_time_and_activates(team, clock):
    volunteer, residents = team
    pairing = pairings.pair(SYSTEM, residents[0], volunteer, "biweekly:fri", preferred_time=time(10, 30))
    stored = Pairing.get_by_id(pairing.id)
    assert stored.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"
    assert stored.start_date == clock.today()
    assert stored.preferred_time == time(10, 30)
    assert Resident.get_by_id(residents[0].id).status == "active"


def test_bad_plan_is_explained(team):
    volunteer, residents = team
    with pytest.raises(ValidationError) as info:
        pairings.pair(SYSTEM, residents[0], volunteer, "weekly:xyz")
    assert "plan" in info.value.errors and "xyz" in info.value.errors["plan"]


def test_capacity_is_kept_unless_forced(team):
    volunteer, residents = team
    pairings.pair(SYSTEM, residents[0], volunteer, "weekly:mon")
    pairings.pair(SYSTEM, residents[1], volunteer, "weekly:tue")
    with pytest.raises(ValidationError, match="maximum"):
        pairings.pair(SYSTEM, residents[2], volunteer, "weekly:wed")
    pairings.pair(SYSTEM, residents[2], volunteer, "weekly:wed", force=True)
    assert pairings.active_count(volunteer) == 3


def test_a_new_pairing_ends_the_running_one(team, clock):
    volunteer, residents = team
    other = save_volunteer(SYSTEM, {"code": "V2", "first_name": "Piet"})
    first = pairings.pair(SYSTEM, residents[0], volunteer, "weekly:mon",
                          start=clock.today() - timedelta(days=60))
    pairings.pair(SYSTEM, residents[0], other, "weekly:thu")
    assert Pairing.get_by_id(first.id).end_date == clock.today() - timedelta(days=1)
    assert pairings.current_pairing(residents[0]).volunteer.code == "V2"


def test_ending_a_pairing_keeps_it_and_sets_waiting(team, clock):
    volunteer, residents = team
    pairing = pairings.pair(SYSTEM, residents[0], volunteer, "once")
    pairings.end_pairing(SYSTEM, pairing, reason="tried once")
    assert Pairing.get_by_id(pairing.id).end_date == clock.today()
    assert Resident.get_by_id(residents[0].id).status == "waiting"
    assert len(list(pairings.pairings(SYSTEM, include_ended=True))) == 1


def test_change_plan(team):
    volunteer, residents = team
    pairing = pairings.pair(SYSTEM, residents[0], volunteer, "weekly:mon")
    pairings.change_plan(SYSTEM, pairing, "monthly:-1fri", time(14, 0))
    assert Pairing.get_by_id(pairing.id).rrule == "FREQ=MONTHLY;BYDAY=-1FR"


def test_end_before_start_refused(team, clock):
    volunteer, residents = team
    with pytest.raises(ValidationError, match="before the start"):
        pairings.pair(SYSTEM, residents[0], volunteer, "daily", end=clock.today() - timedelta(days=1))


def test_volunteer_may_not_pair(team):
    volunteer, residents = team
    with pytest.raises(PermissionDenied):
        pairings.pair(Actor("jan", "volunteer", 1, volunteer.id), residents[0], volunteer, "daily")

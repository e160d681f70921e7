"""What "a pairing running on a day" means, in its one home."""

from __future__ import annotations

from datetime import timedelta

import pytest

from belteam.core.actors import SYSTEM
from belteam.pairings import running as r
from belteam.pairings.service import end_pairing, pair
from belteam.storage.models import Pairing, Resident, Volunteer


@pytest.fixture
def people(db, clock):
    v = Volunteer.create(code="V1", first_name="Anna", last_name="Visser", phone="+31611111111",
                         created_at=clock.now(), updated_at=clock.now())
    res = Resident.create(code="R1", first_name="Wil", last_name="Zwartjes", phone="+31521111111",
                          status="active", created_at=clock.now(), updated_at=clock.now())
    return v, res


def test_a_future_pairing_is_never_current(people, clock):
    v, res = people
    tomorrow = clock.today() + timedelta(days=1)
    pairing = pair(SYSTEM, res, v, "daily", start=tomorrow)
    assert r.current_pairing(res) is None
    assert r.current_pairing(res, tomorrow).id == pairing.id
    assert not Pairing.select().where(r.running(clock.today())).exists()
    assert Pairing.select().where(r.taking_a_place(clock.today())).exists()


def test_an_ended_pairing_runs_up_to_and_including_its_last_day(people, clock):
    v, res = people
    pairing = pair(SYSTEM, res, v, "daily", start=clock.today() - timedelta(days=10))
    end_pairing(SYSTEM, pairing, clock.today())
    assert r.current_pairing(res).id == pairing.id
    assert r.current_pairing(res, clock.today() + timedelta(days=1)) is None

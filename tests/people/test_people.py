"""Volunteers and residents: validation, uniqueness, archiving and who sees whom."""

from datetime import date, timedelta

import pytest

from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.core.validation import ValidationError
from belteam.pairings.service import pair
from belteam.people import service as people
from belteam.storage.models import Pairing, Resident

COORD = Actor("coord", "coordinator", 1)


def make_volunteer(code="V1", **extra):
    return people.save_volunteer(SYSTEM, {"code": code, "first_name": "Jan", "last_name": "de Vries",
                                          "phone": "06-12345678", **extra})


def make_resident(code="R1", **extra):
    return people.save_resident(SYSTEM, {"code": code, "first_name": "Maaïke", "last_name": "Ročak",
                                         "phone": "0521 123456", "area": "Havelte", **extra})


def test_phone_is_stored_in_e164_and_names_survive(db):
    resident = make_resident(first_name="فاطمة", last_name="Ročak")
    again = Resident.get_by_id(resident.id)
    assert again.phone == "+31521123456"
    assert again.name == "فاطمة Ročak"


def test_all_problems_are_reported_at_once(db):
    with pytest.raises(ValidationError) as info:
        people.save_resident(SYSTEM, {"code": "", "first_name": "A", "phone": "12",
                                      "postcode": "ABCD", "birth_date": "31-02-1940",
                                      "languages": "klingon", "lives_alone": "misschien"})
    assert set(info.value.errors) == {"code", "phone", "postcode", "birth_date", "languages", "lives_alone"}
    assert "not a phone number" in info.value.errors["phone"] or "not a valid" in info.value.errors["phone"]
    assert Resident.select().count() == 0


def test_codes_are_unique(db):
    make_volunteer("V1")
    with pytest.raises(ValidationError, match="already in use"):
        make_volunteer("V1")


def test_update_keeps_untouched_fields(db):
    resident = make_resident()
    people.save_resident(SYSTEM, {"area": "Diever"}, pk=resident.id)
    again = Resident.get_by_id(resident.id)
    assert (again.area, again.first_name) == ("Diever", "Maaïke")


def test_long_text_is_refused_not_cut(db):
    with pytest.raises(ValidationError, match="at most 200"):
        make_resident(address="x" * 50_000)


def test_volunteer_cannot_edit_people(db):
    volunteer = make_volunteer()
    actor = Actor("jan", "volunteer", 2, volunteer.id)
    with pytest.raises(PermissionDenied, match="volunteer"):
        people.save_resident(actor, {"code": "R9", "first_name": "X"})


def test_archiving_ends_pairings_and_hides_the_person(db, clock):
    volunteer, resident = make_volunteer(), make_resident()
    pair(SYSTEM, resident, volunteer, "weekly:tue")
    people.set_archived(COORD, resident)
    assert list(people.residents(COORD)) == []
    assert [r.code for r in people.residents(COORD, include_archived=True)] == ["R1"]
    assert Pairing.get().end_date == clock.today()
    people.set_archived(COORD, Resident.get_by_id(resident.id), archived=False)
    assert [r.code for r in people.residents(COORD)] == ["R1"]


def test_volunteer_sees_only_own_residents(db, clock):
    jan, piet = make_volunteer("V1"), make_volunteer("V2")
    mine, theirs = make_resident("R1"), make_resident("R2")
    pair(SYSTEM, mine, jan, "weekly:tue")
    pair(SYSTEM, theirs, piet, "weekly:wed")
    actor = Actor("jan", "volunteer", 5, jan.id)
    assert [r.code for r in people.residents(actor)] == ["R1"]
    assert [v.code for v in people.volunteers(actor)] == ["V1"]
    with pytest.raises(PermissionDenied):
        people.get_resident(actor, theirs.id)
    with pytest.raises(LookupError):
        people.resident_by_code(actor, "R2")


def test_volunteer_without_record_sees_nobody(db):
    make_resident()
    assert list(people.residents(Actor("x", "volunteer", 9, None))) == []


def test_ended_pairing_no_longer_grants_access(db, clock):
    jan = make_volunteer("V1")
    resident = make_resident("R1")
    pair(SYSTEM, resident, jan, "weekly:tue", start=clock.today() - timedelta(days=30),
         end=clock.today() - timedelta(days=1))
    assert list(people.residents(Actor("jan", "volunteer", 5, jan.id))) == []


def test_dates_in_both_orders(db):
    resident = make_resident(birth_date="03-04-1941", consent_date="2026-01-15")
    assert resident.birth_date == date(1941, 4, 3)
    assert resident.consent_date == date(2026, 1, 15)

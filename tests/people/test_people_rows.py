"""List rows for the people screens: one query, the current volunteer, visibility kept."""

from __future__ import annotations

from datetime import timedelta

import pytest

from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.core.clock import clock
from belteam.pairings import service as pairings
from belteam.people import service as people


def _volunteer(code: str, first: str, **extra):
    return people.save_volunteer(SYSTEM, {"code": code, "first_name": first, "last_name": "Bakker",
                                          **extra})


def _resident(code: str, first: str, **extra):
    return people.save_resident(SYSTEM, {"code": code, "first_name": first, "last_name": "Ročak",
                                         "phone": "0521 123456", "area": "Havelte", **extra})


def test_resident_rows_carry_the_current_volunteer_and_plan(db):
    anna, bert = _volunteer("V1", "Anna"), _volunteer("V2", "Bert")
    paired = _resident("R1", "Maaïke")
    _resident("R2", "Jan")
    pairings.pair(SYSTEM, paired, anna, "weekly:tue")
    # A later pairing with Bert is agreed; today Anna still calls.
    pairings.pair(SYSTEM, paired, bert, "daily", start=clock.today() + timedelta(days=10))
    rows = {row.code: row for row in people.resident_rows(SYSTEM)}
    assert rows["R1"].volunteer == "Anna Bakker" and rows["R1"].plan == "FREQ=WEEKLY;BYDAY=TU"
    assert rows["R1"].name == "Maaïke Ročak" and rows["R1"].phone == "+31521123456"
    assert rows["R1"].status == "active" and not rows["R1"].archived
    assert rows["R2"].volunteer == "" and rows["R2"].plan == "" and rows["R2"].status == "waiting"
    assert len(rows) == 2  # the two pairings do not double the row


def test_resident_rows_respect_archive_and_visibility(db):
    anna = _volunteer("V1", "Anna")
    mine, other = _resident("R1", "Maaïke"), _resident("R2", "Jan")
    gone = _resident("R3", "Piet")
    pairings.pair(SYSTEM, mine, anna, "weekly:tue")
    people.set_archived(SYSTEM, gone)
    assert [r.code for r in people.resident_rows(SYSTEM)] == ["R2", "R1"]  # Jan before Maaïke
    assert {r.code for r in people.resident_rows(SYSTEM, include_archived=True)} == {"R1", "R2", "R3"}
    volunteer = Actor("anna", "volunteer", volunteer_id=anna.id)
    assert [r.code for r in people.resident_rows(volunteer)] == ["R1"]
    assert other.id not in {r.id for r in people.resident_rows(volunteer)}


def test_volunteer_rows_count_places_taken(db):
    from belteam.matching.lists_rows import volunteer_list_rows

    anna, bert = _volunteer("V1", "Anna", languages="nl, ar", max_residents=3), _volunteer("V2", "Bert")
    for code in ("R1", "R2"):
        pairings.pair(SYSTEM, _resident(code, "X"), anna, "weekly:tue")
    future = _resident("R3", "Y")
    pairings.pair(SYSTEM, future, bert, "weekly:fri", start=clock.today() + timedelta(days=5))
    rows = {row.code: row for row in volunteer_list_rows(SYSTEM)}
    assert (rows["V1"].residents, rows["V1"].max_residents, rows["V1"].languages) == (2, 3, ["nl", "ar"])
    assert rows["V2"].residents == 1  # a pairing still to start takes a place
    assert rows["V1"].name == "Anna Bakker"
    me = Actor("bert", "volunteer", volunteer_id=bert.id)
    assert [r.code for r in volunteer_list_rows(me)] == ["V2"]


def test_rows_are_fetched_in_one_query(db, monkeypatch):
    anna = _volunteer("V1", "Anna")
    for n in range(5):
        pairings.pair(SYSTEM, _resident(f"R{n}", "X"), anna, "weekly:tue")
    queries = []
    original = db.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        queries.append(sql)
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    assert len(people.resident_rows(SYSTEM)) == 5
    assert len(queries) == 1


def test_get_volunteer_limits_a_volunteer_to_themself(db):
    anna, bert = _volunteer("V1", "Anna"), _volunteer("V2", "Bert")
    me = Actor("anna", "volunteer", volunteer_id=anna.id)
    assert people.get_volunteer(me, anna.id).code == "V1"
    with pytest.raises(PermissionDenied):
        people.get_volunteer(me, bert.id)


def test_volunteer_names_follow_visibility(db):
    from belteam.core.actors import SYSTEM, Actor
    from belteam.people import service as people

    jan = people.save_volunteer(SYSTEM, {"code": "V1", "first_name": "Jan", "last_name": "Ročak"})
    piet = people.save_volunteer(SYSTEM, {"code": "V2", "first_name": "Piet", "last_name": "Visser"})
    assert people.volunteer_names(SYSTEM) == [(jan.id, "Jan Ročak", "V1"), (piet.id, "Piet Visser", "V2")]
    assert people.volunteer_names(Actor("jan", "volunteer", 1, jan.id)) == [(jan.id, "Jan Ročak", "V1")]

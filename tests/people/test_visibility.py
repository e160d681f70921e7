"""One rule for what a volunteer may read of a resident: the view, the list rows and the CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
from account_helpers import PASSWORD, World, build_world, use_fast_hasher

from belteam.cli import main as cli
from belteam.core.actors import SYSTEM, PermissionDenied
from belteam.people import service as people
from belteam.people.export_rows import resident_row_for
from belteam.people.visibility import (
    RESIDENT_READ_FIELDS,
    VOLUNTEER_RESIDENT_FIELDS,
    resident_fields,
)
from belteam.storage.models import Resident

ALLOWED = set(VOLUNTEER_RESIDENT_FIELDS)
# What a caller must never get, whatever the route.
FORBIDDEN = {"address", "postcode", "birth_date", "emergency_contact_name",
             "emergency_contact_phone", "key_holder", "consent_date", "consent_by",
             "consent_purpose", "lives_alone", "area"}


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


@pytest.fixture
def world(db) -> World:
    w = build_world()
    # Everything filled in, so a leak would show as a value, not as an empty default.
    for r in (w.r1, w.r2, w.r3):
        people.save_resident(SYSTEM, {
            "phone2": "0612345678", "area": "Havelte", "postcode": "7971 AB",
            "birth_date": "12-03-1938", "languages": "nl, fy", "lives_alone": True,
            "key_holder": "Buurvrouw Jansen, nr. 14", "consent_date": "01-11-2026",
            "consent_by": "zelf", "consent_purpose": "belcirkel",
            "preferred_days": "dinsdagochtend", "status": "active"}, r.id)
    return w


def test_the_lists_agree_with_the_table_and_the_cleaners():
    assert set(RESIDENT_READ_FIELDS) == set(people.RESIDENT_FIELDS)
    assert set(RESIDENT_READ_FIELDS) > ALLOWED
    assert not ALLOWED & FORBIDDEN


def test_a_volunteers_view_has_exactly_the_callers_fields(world):
    view = people.resident_view(world.vol1, world.r1.id)
    assert set(view) == ALLOWED
    assert view["first_name"] == "Wilhelmina" and view["phone"] == "+31521111111"
    assert view["phone2"] == "+31612345678" and view["preferred_days"] == "dinsdagochtend"
    assert view["languages"] == ["nl", "fy"] and view["status"] == "active"
    assert "Zwartjesstraat" not in repr(view) and "Kees" not in repr(view)


def test_a_covering_volunteer_gets_the_same_small_view(world):
    assert set(people.resident_view(world.vol1, world.r3.id)) == ALLOWED  # vol1 covers r3


def test_a_volunteer_gets_no_view_of_someone_elses_resident(world):
    with pytest.raises(PermissionDenied):
        people.resident_view(world.vol1, world.r2.id)


@pytest.mark.parametrize("role", ["coordinator", "staff", "system"])
def test_coordinator_staff_and_system_read_every_field(world, role):
    view = people.resident_view(world.actor(role), world.r2.id)
    assert set(view) == set(RESIDENT_READ_FIELDS)
    assert view["address"] == "Hoekstrastraat 12"
    assert view["emergency_contact_name"] == "Kees Hoekstra"
    assert view["birth_date"] == date(1938, 3, 12) and view["lives_alone"] is True


def test_resident_fields_per_role(world):
    assert resident_fields(world.vol1) == VOLUNTEER_RESIDENT_FIELDS
    assert resident_fields(world.coordinator) == RESIDENT_READ_FIELDS
    assert resident_fields(world.staff) == RESIDENT_READ_FIELDS


def test_resident_rows_for_a_volunteer_carry_no_private_values(world):
    rows = people.resident_rows(world.vol1)
    assert {r.code for r in rows} == {"R1", "R3"}
    for row in rows:
        assert row.area == "" and row.lives_alone is False
        text = repr(row)
        for secret in ("Havelte", "straat", "Kees", "1938", "7971", "Jansen"):
            assert secret not in text
    assert rows[0].phone.startswith("+31") and rows[0].first_name


def test_resident_rows_for_a_coordinator_keep_area_and_living_situation(world):
    rows = people.resident_rows(world.coordinator)
    assert {r.area for r in rows} == {"Havelte"} and all(r.lives_alone for r in rows)


def test_export_rows_follow_the_same_rule(world):
    record = Resident.get_by_id(world.r1.id)
    assert set(resident_row_for(world.vol1, record)) == ALLOWED
    full = resident_row_for(world.coordinator, record)
    assert set(full) == set(RESIDENT_READ_FIELDS) | {"archived"}
    assert full["birth_date"] == "1938-03-12"  # JSON-ready


def test_cli_list_is_a_data_export_volunteers_and_staff_are_refused(world, db_url, monkeypatch,
                                                                    capsys):
    """Bulk machine-readable output of people needs export.data: before, a volunteer got their
    residents (callers' keys) and staff the whole register with addresses."""
    monkeypatch.setenv("BELTEAM_PASSWORD", PASSWORD)
    for user in ("anna", "staff"):
        for kind in ("residents", "volunteers"):
            assert cli.run(["--db", db_url, "--user", user, "list", kind, "--json"]) != 0
            out, err = capsys.readouterr()
            assert out == "" and "exporting data" in err and "Traceback" not in err
            for secret in ("straat", "Kees", "1938", "7971", "Jansen"):
                assert secret not in err
    assert cli.run(["--db", db_url, "--user", "coordinator", "list", "residents", "--json"]) == 0
    assert {r["code"] for r in json.loads(capsys.readouterr().out)} >= {"R1", "R3"}

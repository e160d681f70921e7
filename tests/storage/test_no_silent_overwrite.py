"""No silent overwrite: a second save on a record someone else saved since is refused, on both
engines, with two real connections; the UPDATE itself checks the version."""

import pytest
from account_helpers import resident, volunteer

from belteam.core.actors import Actor
from belteam.people import service as people
from belteam.storage import db as dbmod
from belteam.storage.models import ALL_MODELS, ChangedSinceOpened, Pairing, Resident

ANS = Actor("ans", "coordinator", user_id=1)
BEN = Actor("ben", "coordinator", user_id=2)


@pytest.fixture
def second(db, db_url):
    """A second connection to the same database (another coordinator's program)."""
    other = dbmod.make_database(db_url)
    other.connect()
    yield other
    other.close()


def opened(pk: int) -> dict:
    return {**people.resident_view(ANS, pk), "version": people.version_of(ANS, "resident", pk)}


def test_second_save_of_a_resident_is_refused_with_who_when_and_what(db, second, clock):
    r = resident("R1", "Ans", "Bakker", "0612345678")
    mine = opened(r.id)
    with second.bind_ctx(ALL_MODELS):  # Ben saves first, on his own connection
        people.save_resident(BEN, {"phone": "0687654321", "area": "Diever"}, r.id,
                             opened={**people.resident_view(BEN, r.id),
                                     "version": people.version_of(BEN, "resident", r.id)})
    with pytest.raises(ChangedSinceOpened) as refused:
        people.save_resident(ANS, {"first_name": "Anna"}, r.id, opened=mine)
    assert refused.value.changed_by == "ben" and set(refused.value.fields) == {"phone", "area"}
    assert str(refused.value).startswith("Changed by ben at 30-11-2026 12:00 since you opened it")
    assert Resident.get_by_id(r.id).first_name == "Ans"  # nothing of the second save stored
    people.save_resident(ANS, {"first_name": "Anna"}, r.id, opened=mine, overwrite=True)
    saved = Resident.get_by_id(r.id)
    assert (saved.first_name, saved.area, saved.version, saved.changed_by) == (
        "Anna", "Diever", 3, "ans")


def test_the_update_itself_checks_the_version(db, second, clock):
    """Both read version 1; the other connection's UPDATE lands between our read and write."""
    v = volunteer("V1", "Joop", "Zoet", "0612121212")
    mine = type(v).get_by_id(v.id)
    with second.bind_ctx(ALL_MODELS):
        theirs = type(v).get_by_id(v.id)
        theirs.area, theirs.changed_by = "Zuid", "ben"
        theirs.save()
    mine.first_name = "Johan"
    with pytest.raises(ChangedSinceOpened) as refused:
        mine.save()
    assert refused.value.fields == ["area"]
    assert type(v).get_by_id(v.id).first_name == "Joop"


def test_a_pairing_plan_changed_twice_is_refused(db, second, clock):
    r = resident("R1", "Ans", "Bakker", "0612345678")
    v = volunteer("V1", "Joop", "Zoet", "0612121212")
    from belteam.pairings import service as pairings

    pairing = pairings.pair(ANS, r, v, "weekly:mon", clock.today())
    mine = Pairing.get_by_id(pairing.id)
    with second.bind_ctx(ALL_MODELS):
        pairings.change_plan(BEN, Pairing.get_by_id(pairing.id), "weekly:tue")
    with pytest.raises(ChangedSinceOpened, match="by ben"):
        pairings.change_plan(ANS, mine, "weekly:fri")


def test_bulk_changes_raise_the_version_too(db, clock):
    r = resident("R1", "Ans", "Bakker", "0612345678")
    mine = opened(r.id)
    Resident.update(area="Noord").where(Resident.id == r.id).execute()
    with pytest.raises(ChangedSinceOpened, match="area"):
        people.save_resident(ANS, {"first_name": "Anna"}, r.id, opened=mine)


def test_closing_a_case_someone_just_closed_names_them(db, second, clock):
    from belteam.outreach import cases as outreach
    from belteam.storage.models import OutreachCase

    r = resident("R1", "Ans", "Bakker", "0612345678")
    case = OutreachCase.create(resident=r, opened_at=clock.now(), status="open")
    staff_a, staff_b = Actor("ans", "staff"), Actor("ben", "staff")
    outreach.close(staff_a, case.id, "reached")
    with second.bind_ctx(ALL_MODELS), pytest.raises(outreach.CaseNotOpen) as refused:
        outreach.close(staff_b, case.id, "moved")
    assert "by ans at 30-11-2026 12:00" in str(refused.value)
    assert OutreachCase.get_by_id(case.id).outcome == "reached"

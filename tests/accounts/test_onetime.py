"""Accounts for many volunteers at once with one-time passwords."""

import pytest
from account_helpers import PASSWORD, build_world, use_fast_hasher, volunteer

from belteam.accounts import onetime
from belteam.accounts import users as accounts
from belteam.core.actors import PermissionDenied
from belteam.storage.models import AuditEntry, User


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


def test_passwords_are_four_groups_without_look_alikes():
    password = onetime.one_time_password()
    groups = password.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4]
    assert not set("".join(groups)) - set(onetime.ALPHABET)
    assert not set("0O1IL5S2Z8B") & set(onetime.ALPHABET)
    assert len({onetime.one_time_password() for _ in range(50)}) == 50


def test_coordinator_makes_accounts_for_volunteers_without_one(db):
    world = build_world()
    v3 = volunteer("V3", "Cor", "Dijk", "0633333333")
    v4 = volunteer("Anna", "Anna", "Two", "0644444444")  # code 'anna': that name is taken
    made = onetime.create_accounts_for(world.coordinator, None)
    assert [a.username for a in made] == ["anna2", "v3"]
    assert {a.volunteer_id for a in made} == {v3.id, v4.id}
    for account in made:
        user = User.get(User.username == account.username)
        assert (user.role, user.must_change_password) == ("volunteer", True)
        assert accounts.sign_in(account.username, account.password).username == account.username
    assert onetime.create_accounts_for(world.coordinator, None) == []
    details = " ".join(e.detail for e in AuditEntry.select())
    assert all(a.password not in details for a in made)


def test_only_the_chosen_volunteers_get_an_account(db):
    world = build_world()
    v3 = volunteer("V3", "Cor", "Dijk", "0633333333")
    volunteer("V4", "Dirk", "Els", "0644444444")
    made = onetime.create_accounts_for(world.coordinator, [v3.id, world.v1.id])
    assert [a.username for a in made] == ["v3"]


def test_only_the_coordinator_may_make_accounts(db):
    world = build_world()
    volunteer("V3", "Cor", "Dijk", "0633333333")
    for actor in (world.staff, world.vol1):
        with pytest.raises(PermissionDenied):
            onetime.create_accounts_for(actor, None)
    assert not User.select().where(User.username == "v3").exists()


def test_the_flag_holds_until_the_volunteer_chooses_a_password(db):
    world = build_world()
    volunteer("V3", "Cor", "Dijk", "0633333333")
    account = onetime.create_accounts_for(world.coordinator, None)[0]
    actor = accounts.sign_in(account.username, account.password)
    assert accounts.must_change_password(actor)
    assert not accounts.must_change_password(world.vol1)
    accounts.change_own_password(actor, account.password, PASSWORD, PASSWORD)
    assert not accounts.must_change_password(actor)

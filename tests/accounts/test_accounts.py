"""Accounts: first run, Argon2id, sign-in lock-out, coordinator administration."""

from datetime import timedelta

import pytest
from account_helpers import PASSWORD, build_world, use_fast_hasher, volunteer
from argon2 import PasswordHasher

from belteam.accounts import users as accounts
from belteam.audit import log as audit
from belteam.core.actors import SYSTEM, PermissionDenied
from belteam.core.validation import ValidationError
from belteam.settings import store as settings
from belteam.storage.models import AuditEntry, User


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


def test_first_run_creates_the_coordinator_and_the_organisation(db):
    assert not accounts.has_users()
    actor = accounts.first_run("Welzijn Havelte", "mieke", PASSWORD, PASSWORD)
    assert (actor.username, actor.role) == ("mieke", "coordinator")
    assert settings.get("organisation_name") == "Welzijn Havelte"
    assert accounts.has_users()
    with pytest.raises(ValidationError, match="already exist"):
        accounts.first_run("Other", "evil", PASSWORD, PASSWORD)


def test_first_run_records_a_sign_in_as_well(db):
    accounts.first_run("Org", "mieke", PASSWORD, PASSWORD)
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.subject == "user:mieke")
               .order_by(AuditEntry.id)]
    assert actions[-2:] == [audit.FIRST_RUN, audit.SIGNIN_OK]


def test_first_run_checks_every_field(db):
    with pytest.raises(ValidationError) as info:
        accounts.first_run("  ", "mieke", PASSWORD)
    assert "organisation" in info.value.errors
    with pytest.raises(ValidationError, match="not the same"):
        accounts.first_run("Org", "mieke", PASSWORD, PASSWORD + "x")
    with pytest.raises(ValidationError, match="at least 10 characters"):
        accounts.first_run("Org", "mieke", "short")
    assert not accounts.has_users()


def test_password_is_stored_as_argon2id_never_in_clear(db):
    accounts.first_run("Org", "mieke", PASSWORD)
    user = User.get(User.username == "mieke")
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash
    accounts.sign_in("mieke", PASSWORD)
    with pytest.raises(accounts.SignInError):
        accounts.sign_in("mieke", PASSWORD + "?")
    texts = [e.actor + e.subject + e.detail for e in AuditEntry.select()]
    assert texts and not any(PASSWORD in t for t in texts)


def test_sign_in_gives_the_actor_and_is_logged(db):
    world = build_world()
    actor = accounts.sign_in("anna", PASSWORD)
    assert actor == world.vol1
    assert actor.volunteer_id == world.v1.id
    assert AuditEntry.select().where(AuditEntry.action == "signin",
                                     AuditEntry.actor == "anna").count() == 1


def test_wrong_password_and_unknown_name_look_the_same(db, monkeypatch):
    build_world()
    messages = []
    for name in ("anna", "nobody-here"):
        with pytest.raises(accounts.SignInError) as info:
            accounts.sign_in(name, "not the password")
        messages.append(str(info.value))
    assert messages[0] == messages[1] == accounts.WRONG
    # Both failures are logged; the typed unknown name is not (it may be a password).
    failed = list(AuditEntry.select().where(AuditEntry.action == "signin_failed"))
    assert len(failed) == 2
    assert not any("nobody-here" in e.actor + e.subject + e.detail for e in failed)


def test_unknown_name_still_verifies_a_hash(db, monkeypatch):
    build_world()
    calls = []

    class Spy(PasswordHasher):
        def verify(self, stored, password):
            calls.append(stored)
            return super().verify(stored, password)

    monkeypatch.setattr(accounts, "HASHER", Spy(time_cost=1, memory_cost=64, parallelism=1))
    with pytest.raises(accounts.SignInError):
        accounts.sign_in("ghost", "whatever123")
    assert len(calls) == 1 and calls[0].startswith("$argon2id$")


def test_five_failures_lock_the_account_for_five_minutes(db, clock):
    build_world()
    for _ in range(4):
        with pytest.raises(accounts.SignInError, match="not right"):
            accounts.sign_in("anna", "bad password")
    with pytest.raises(accounts.SignInError, match="locked for 5 minutes"):
        accounts.sign_in("anna", "bad password")
    with pytest.raises(accounts.SignInError, match="locked for 5 minutes"):
        accounts.sign_in("anna", PASSWORD)  # even the right password waits
    clock.advance(timedelta(minutes=5, seconds=1))
    assert accounts.sign_in("anna", PASSWORD).username == "anna"
    assert User.get(User.username == "anna").failed_logins == 0


def test_unknown_names_lock_out_the_same_way(db, clock):
    build_world()
    for _ in range(4):
        with pytest.raises(accounts.SignInError, match="not right"):
            accounts.sign_in("ghost", "bad password")
    with pytest.raises(accounts.SignInError, match="locked for 5 minutes"):
        accounts.sign_in("ghost", "bad password")
    with pytest.raises(accounts.SignInError, match="locked for 5 minutes"):
        accounts.sign_in("ghost", "bad password")


def test_disabled_account_cannot_sign_in(db):
    world = build_world()
    accounts.set_disabled(world.coordinator, "anna")
    with pytest.raises(accounts.SignInError, match="switched off"):
        accounts.sign_in("anna", PASSWORD)
    with pytest.raises(accounts.SignInError, match="not right"):
        accounts.sign_in("anna", "wrong guess 12")  # a wrong password reveals nothing more
    accounts.set_disabled(world.coordinator, "anna", False)
    assert accounts.sign_in("anna", PASSWORD).role == "volunteer"


def test_only_the_coordinator_administers_accounts(db):
    world = build_world()
    for actor in (world.staff, world.vol1):
        with pytest.raises(PermissionDenied, match="managing accounts"):
            accounts.create_user(actor, "x", "staff", PASSWORD)
        with pytest.raises(PermissionDenied):
            accounts.reset_password(actor, "anna", PASSWORD)
        with pytest.raises(PermissionDenied):
            accounts.set_disabled(actor, "anna")
        with pytest.raises(PermissionDenied):
            accounts.users(actor)
    assert [u.username for u in accounts.users(world.coordinator)] == [
        "anna", "bram", "coordinator", "staff"]


def test_create_user_rules(db):
    world = build_world()
    c = world.coordinator
    with pytest.raises(ValidationError, match="already taken"):
        accounts.create_user(c, "anna", "staff", PASSWORD)
    with pytest.raises(ValidationError, match="linked to their volunteer"):
        accounts.create_user(c, "carla", "volunteer", PASSWORD)
    with pytest.raises(ValidationError, match="at least 10"):
        accounts.create_user(c, "carla", "staff", "123456789")
    with pytest.raises(ValidationError, match="not a role"):
        accounts.create_user(c, "carla", "admin", PASSWORD)
    with pytest.raises(ValidationError, match="without spaces"):
        accounts.create_user(c, "carla x", "staff", PASSWORD)
    v3 = volunteer("V3", "Carla", "Smit", "0633333333")
    user = accounts.create_user(c, "carla", "volunteer", PASSWORD, v3.id)
    assert accounts.actor_for(user).volunteer_id == v3.id


def test_reset_password_lifts_the_lock(db):
    world = build_world()
    for _ in range(5):
        with pytest.raises(accounts.SignInError):
            accounts.sign_in("anna", "bad password")
    accounts.reset_password(world.coordinator, "anna", "a brand new one")
    with pytest.raises(accounts.SignInError):
        accounts.sign_in("anna", PASSWORD)
    assert accounts.sign_in("anna", "a brand new one").username == "anna"


def test_last_coordinator_stays_on(db):
    world = build_world()
    with pytest.raises(ValidationError, match="last coordinator"):
        accounts.set_disabled(world.coordinator, "coordinator")
    accounts.create_user(world.coordinator, "second", "coordinator", PASSWORD)
    accounts.set_disabled(world.coordinator, "coordinator")
    assert User.get(User.username == "coordinator").disabled


def test_link_volunteer(db):
    world = build_world()
    accounts.link_volunteer(world.coordinator, "anna", world.v2.id)
    assert accounts.sign_in("anna", PASSWORD).volunteer_id == world.v2.id
    with pytest.raises(ValidationError):
        accounts.link_volunteer(world.coordinator, "anna", None)


def test_old_hashes_are_upgraded_on_sign_in(db, monkeypatch):
    build_world()
    before = User.get(User.username == "anna").password_hash
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=2, memory_cost=64, parallelism=1))
    accounts.sign_in("anna", PASSWORD)
    after = User.get(User.username == "anna").password_hash
    assert after != before and "t=2" in after


def test_unlock_is_a_sign_in_of_the_same_user(db):
    world = build_world()
    assert accounts.unlock(world.vol1, PASSWORD) == world.vol1
    with pytest.raises(accounts.SignInError):
        accounts.unlock(world.vol1, "someone else's")


def test_password_strength_hint_grows():
    scores = [accounts.password_strength(p) for p in
              ("short", "aaaaaaaaaaaa", "tenletters", "Ten letters 12", "a much longer Pass-phrase 2026")]
    assert scores[0] == 0 and scores[1] == 0
    assert scores[2] < scores[3] < scores[4]


def test_system_can_create_accounts_before_any_exist(db):
    user = accounts.create_user(SYSTEM, "first", "coordinator", PASSWORD)
    assert user.role == "coordinator"


def test_unknown_name_costs_exactly_one_check_like_a_known_name(db, monkeypatch):
    """No extra Argon2 hash per process for an unknown name: the same cost as a real one."""
    build_world()
    work = []

    class Spy(PasswordHasher):
        def hash(self, password, **kw):
            work.append("hash")
            return super().hash(password, **kw)

        def verify(self, stored, password):
            work.append("verify")
            return super().verify(stored, password)

    monkeypatch.setattr(accounts, "HASHER", Spy(time_cost=1, memory_cost=64, parallelism=1))
    monkeypatch.setattr(accounts, "_dummy", {})  # a fresh process
    costs = []
    for name in ("ghost", "anna"):
        work.clear()
        with pytest.raises(accounts.SignInError):
            accounts.sign_in(name, "not the password")
        costs.append(list(work))
    assert costs[0] == costs[1] == ["verify"]

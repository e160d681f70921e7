"""A volunteer's own things: their password and their absence."""

from __future__ import annotations

import pytest
from account_helpers import PASSWORD, build_world, use_fast_hasher

from belteam.accounts import users as accounts
from belteam.audit import log as audit
from belteam.calls import absences
from belteam.core.actors import PermissionDenied
from belteam.core.validation import ValidationError
from belteam.storage.models import Absence

NEW = "a brand new passphrase 42"


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


def test_anyone_signed_in_changes_their_own_password_after_the_current_one(db):
    w = build_world()
    with pytest.raises(ValidationError, match="current password is not right"):
        accounts.change_own_password(w.vol1, "wrong", NEW, NEW)
    accounts.sign_in("anna", PASSWORD)  # unchanged
    accounts.change_own_password(w.vol1, PASSWORD, NEW, NEW)
    assert accounts.sign_in("anna", NEW).username == "anna"
    with pytest.raises(accounts.SignInError):
        accounts.sign_in("anna", PASSWORD)
    assert [e.action for e in audit.entries(w.actor("coordinator"))].count(audit.PASSWORD_CHANGED) == 1


def test_a_weak_new_password_is_refused(db):
    w = build_world()
    with pytest.raises(ValidationError):
        accounts.change_own_password(w.vol1, PASSWORD, "short", "short")


def test_a_volunteer_reports_their_own_absence_not_another_ones(db, clock):
    from datetime import date

    w = build_world()
    absences.add_absence(w.vol1, w.v1.id, date(2026, 12, 7), date(2026, 12, 11), "ziek")
    assert Absence.select().where(Absence.volunteer == w.v1.id).count() == 1
    with pytest.raises(PermissionDenied):
        absences.add_absence(w.vol1, w.v2.id, date(2026, 12, 7), date(2026, 12, 11))

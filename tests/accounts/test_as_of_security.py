"""``--as-of`` moves the working day only: never sign-in, lock-out or the audit log, and only
for coordinators once accounts exist (issue 10)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from account_helpers import PASSWORD, build_world, use_fast_hasher

from belteam.accounts import users as accounts
from belteam.cli import main as cli
from belteam.core.clock import clock as the_clock
from belteam.storage.models import AuditEntry, CallAttempt


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


@pytest.fixture
def run(db, db_url, monkeypatch, capsys):
    def go(*argv, user, password=PASSWORD):
        monkeypatch.setenv("BELTEAM_PASSWORD", password)
        status = cli.run(["--db", db_url, "--user", user, *argv])
        out, err = capsys.readouterr()
        return status, out, err
    return go


def test_a_locked_account_stays_locked_with_as_of_tomorrow(run, clock):
    build_world()
    for _ in range(accounts.MAX_FAILURES):
        run("list", "residents", user="coordinator", password="guessing!!")
    tomorrow = (clock.today() + timedelta(days=1)).isoformat()
    status, _, err = run("--as-of", tomorrow, "list", "residents", user="coordinator")
    assert status == 2 and "locked" in err


@pytest.mark.parametrize("user", ["anna", "staff"])
def test_volunteers_and_staff_may_not_use_as_of(run, clock, user):
    world = build_world()
    before = CallAttempt.select().count()
    yesterday = (clock.today() - timedelta(days=1)).isoformat()
    status, out, err = run("--as-of", yesterday, "log-call", world.r1.code, "--outcome",
                           "reached", user=user)
    assert status == 2 and "only for coordinators" in err and out == ""
    assert CallAttempt.select().count() == before
    status, out, err = run("--as-of", yesterday, "today", user=user)
    assert status == 2 and "only for coordinators" in err


def test_coordinator_as_of_moves_the_lists_but_not_the_audit_log(run, clock):
    build_world()
    earlier = clock.today() - timedelta(days=20)
    status, out, _ = run("--as-of", earlier.isoformat(), "today", "--json", user="coordinator")
    assert status == 0 and json.loads(out) is not None
    signin = AuditEntry.select().where(AuditEntry.action == "signin").order_by(
        AuditEntry.id.desc()).get()
    assert signin.at == clock.real_now()
    assert not the_clock.pretending  # the run ends by releasing it


def test_as_of_is_allowed_while_no_account_exists(run, db_url, capsys, clock):
    status = cli.run(["--db", db_url, "--as-of", "2026-11-01", "list", "residents"])
    assert status == 0

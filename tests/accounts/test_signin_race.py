"""Sign-in lock-out across processes: twelve parallel wrong sign-ins lock the account (issue 10)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime

import pytest
from account_helpers import PASSWORD, use_fast_hasher

from belteam.accounts import users as accounts
from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ
from belteam.storage.models import AuditEntry, UnknownSignIn, User

# Each child opens the database, says "ready", waits for a line on stdin, then signs in wrongly
# once: all twelve try at the same moment.
CHILD = """
import sys
from argon2 import PasswordHasher
from belteam import bootstrap
from belteam.accounts import users as accounts
from belteam.storage.migrations import init_db
bootstrap.wire()
accounts.HASHER = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
init_db(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
try:
    accounts.sign_in(sys.argv[2], "a wrong password")
except accounts.SignInError as exc:
    print(exc, flush=True)
"""
PARALLEL = 12


def _sign_in_in_parallel(url: str, name: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    children = [subprocess.Popen([sys.executable, "-c", CHILD, url, name], env=env, text=True,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE) for _ in range(PARALLEL)]
    for child in children:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
    for child in children:  # go
        child.stdin.write("go\n")
        child.stdin.flush()
    answers = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        answers.append(out.strip())
    return answers


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


def test_twelve_parallel_wrong_sign_ins_lock_the_account(db, db_url):
    accounts.create_user(SYSTEM, "anna", "coordinator", PASSWORD)
    answers = _sign_in_in_parallel(db_url, "anna")
    assert all(a in (accounts.WRONG, accounts._lock_message()) for a in answers), answers
    user = User.get(User.username == "anna")
    assert user.locked_until is not None and user.locked_until > datetime.now(TZ)
    logged = AuditEntry.select().where(AuditEntry.action.in_(["signin_failed", "signin_locked"]))
    assert logged.count() == PARALLEL


def test_twelve_parallel_unknown_names_lock_out_the_same_way(db, db_url):
    accounts.create_user(SYSTEM, "anna", "coordinator", PASSWORD)
    _sign_in_in_parallel(db_url, "ghost")
    row = UnknownSignIn.get()
    assert row.locked_until is not None and row.locked_until > datetime.now(TZ)
    assert "ghost" not in row.name_hash
    with pytest.raises(accounts.SignInError, match="locked for 5 minutes"):
        accounts.sign_in("Ghost", "a wrong password")

"""The append-only audit log: what is written, who may read it, and that nothing edits it."""

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from account_helpers import PASSWORD, build_world, use_fast_hasher

from belteam.accounts import users as accounts
from belteam.audit import log as audit
from belteam.core.actors import PermissionDenied
from belteam.privacy import rights as privacy
from belteam.storage.models import AuditEntry


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)

ROOT = Path(__file__).resolve().parents[2]


def test_record_and_filter(db, clock):
    audit.record("mieke", "data_exported", "resident:R1", "xlsx")
    clock.advance(timedelta(days=2))
    audit.record("jan", "person_erased", "resident:erased-4", "calls_made=3")
    coordinator = accounts.Actor("mieke", "coordinator")
    assert [e.actor for e in audit.entries(coordinator)] == ["jan", "mieke"]  # newest first
    assert audit.entries(coordinator, action="data_exported").get().subject == "resident:R1"
    assert audit.entries(coordinator, who="jan").count() == 1
    assert audit.entries(coordinator, search="calls_made").count() == 1
    assert audit.entries(coordinator, since=date(2026, 12, 1)).count() == 1
    assert audit.entries(coordinator, until=date(2026, 11, 30)).count() == 1
    assert audit.actions(coordinator) == ["data_exported", "person_erased"]
    row = audit.entry_row(audit.entries(coordinator).first())
    assert set(row) == {"at", "actor", "action", "subject", "detail"}


def test_only_the_coordinator_reads_the_log(db):
    world = build_world()
    for actor in (world.staff, world.vol1):
        with pytest.raises(PermissionDenied, match="reading the audit log"):
            audit.entries(actor)
        with pytest.raises(PermissionDenied):
            audit.actions(actor)
    assert audit.entries(world.coordinator).count() > 0


def test_sign_ins_account_changes_exports_and_erasures_are_logged(db):
    world = build_world()
    after = AuditEntry.select().where(AuditEntry.action != "account_created").count()
    accounts.sign_in("anna", PASSWORD)
    with pytest.raises(accounts.SignInError):
        accounts.sign_in("anna", "wrong password")
    accounts.reset_password(world.coordinator, "bram", "another password")
    accounts.set_disabled(world.coordinator, "bram")
    accounts.set_disabled(world.coordinator, "bram", False)
    accounts.link_volunteer(world.coordinator, "anna", world.v1.id)
    privacy.export_person(world.coordinator, "R2")
    privacy.erase_person(world.coordinator, "R3")
    got = [(e.actor, e.action, e.subject) for e in
           AuditEntry.select().where(AuditEntry.action != "account_created").order_by(AuditEntry.id)]
    assert got[after:] == [  # before: the world's people and pairings being made
        ("anna", "signin", "user:anna"),
        ("anna", "signin_failed", "user:anna"),
        ("coordinator", "password_reset", "user:bram"),
        ("coordinator", "account_disabled", "user:bram"),
        ("coordinator", "account_enabled", "user:bram"),
        ("coordinator", "account_linked", "user:anna"),
        ("coordinator", "person_exported", "resident:R2"),
        ("coordinator", "person_erased", f"resident:erased-{world.r3.id}"),
    ]
    assert AuditEntry.select().where(AuditEntry.action == "account_created").count() == 4


def test_no_code_edits_or_deletes_the_log():
    """Only the erasure may rewrite entries (to remove the erased person's code)."""
    pattern = re.compile(r"AuditEntry\s*\.\s*(update|delete|insert_many|replace|truncate)|"
                         r"audit_entry.*(UPDATE|DELETE)", re.IGNORECASE)
    offenders = []
    for folder in ("belteam", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.relative_to(ROOT).as_posix() == "belteam/privacy/rights.py":
                continue
            if pattern.search(path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
    text = (ROOT / "belteam" / "privacy" / "rights.py").read_text(encoding="utf-8")
    assert "AuditEntry.delete" not in text

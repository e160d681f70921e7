"""AVG/GDPR: consent, export (JSON + PDF), erasure that leaves no trace, note retention,
and formula-safe spreadsheet cells."""

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import peewee
import pytest
from account_helpers import attempt, build_world, use_fast_hasher

from belteam.audit import log as audit
from belteam.core.actors import SYSTEM, PermissionDenied
from belteam.core.clock import TZ
from belteam.core.validation import ValidationError
from belteam.privacy import rights as privacy
from belteam.privacy.pdf import write_pdf
from belteam.privacy.safe_cells import safe_cell
from belteam.settings import store as settings
from belteam.storage.db import DB
from belteam.storage.models import (
    CallAttempt,
    CaseEvent,
    ErasedCount,
    Pairing,
    Resident,
    User,
    Volunteer,
)


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)

R1_SECRETS = ["Wilhelmina", "Zwartjes", "+31521111111", "+31621111111"]


def all_text(database: peewee.Database) -> str:
    """Every value of every row of every table, as one string."""
    chunks = []
    for table in database.get_tables():
        for row in database.execute_sql(f'SELECT * FROM "{table}"').fetchall():
            chunks.extend(str(value) for value in row)
    return "\n".join(chunks)


def raw_bytes(database: peewee.Database) -> bytes:
    path = Path(database.database)
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def counts() -> tuple[int, int]:
    attempts = CallAttempt.select()
    return attempts.count(), attempts.where(CallAttempt.outcome == "reached").count()


def test_record_consent(db):
    world = build_world()
    privacy.record_consent(world.coordinator, world.r1.id, date(2026, 11, 2), "the resident",
                           "phone calls and notes")
    r1 = Resident.get_by_id(world.r1.id)
    assert (r1.consent_date, r1.consent_by) == (date(2026, 11, 2), "the resident")
    assert audit.about("resident:R1").where(audit.AuditEntry.action == "consent_recorded").exists()
    with pytest.raises(ValidationError) as info:
        privacy.record_consent(world.coordinator, world.r1.id, date(2030, 1, 1), "", "")
    assert set(info.value.errors) == {"consent_date", "consent_by", "consent_purpose"}
    for actor in (world.staff, world.vol1):
        with pytest.raises(PermissionDenied):
            privacy.record_consent(actor, world.r1.id, date(2026, 11, 2), "x", "y")


def test_export_holds_everything_about_the_resident(db, tmp_path):
    world = build_world()
    data = privacy.export_person(world.coordinator, "R1")
    json.dumps(data)  # machine-readable as it is
    assert data["person"]["first_name"] == "Wilhelmina"
    assert data["person"]["emergency_contact_phone"] == "+31621111111"
    assert [p["volunteer_code"] for p in data["pairings"]] == ["V1"]
    assert {a["note"] for a in data["attempts"]} == {"Talked about the garden of Wilhelmina",
                                                     "Confidential: Zwartjes debts"}
    assert data["cases"][0]["events"][0]["text"] == "Phoned Kees Zwartjes, the neighbour"
    assert "pauses" in data and "covers" in data
    # The changes to their record are in it; the export itself is logged after the dump.
    made = [e["action"] for e in data["audit"]]
    assert made == ["resident_created", "pairing_created"]
    again = privacy.export_person(world.coordinator, "R1")
    assert [e["action"] for e in again["audit"]] == [*made, "person_exported"]
    pdf = write_pdf(data, tmp_path / "r1.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000


def test_volunteer_export_leaves_out_residents_notes(db):
    world = build_world()
    data = privacy.export_person(world.coordinator, "V1", "volunteer")
    assert data["person"]["phone"] == "+31611111111"
    assert [a["username"] for a in data["accounts"]] == ["anna"]
    assert "password_hash" not in data["accounts"][0]
    assert all("note" not in a for a in data["attempts"])


def test_only_the_coordinator_exports_and_erases(db):
    world = build_world()
    for actor in (world.staff, world.vol1):
        with pytest.raises(PermissionDenied):
            privacy.export_person(actor, "R1")
        with pytest.raises(PermissionDenied):
            privacy.erase_person(actor, "R1")
        with pytest.raises(PermissionDenied):
            privacy.purge_old_notes(actor, date(2026, 11, 30))
    assert Resident.get_by_id(world.r1.id).first_name == "Wilhelmina"


def test_erasure_leaves_no_trace(db):
    world = build_world()
    privacy.record_consent(world.coordinator, world.r1.id, date(2026, 11, 2), "Kees Zwartjes", "calls")
    privacy.export_person(world.coordinator, "R1")
    before_text = all_text(db)
    assert all(secret in before_text for secret in R1_SECRETS)  # the check can fail
    if isinstance(db, peewee.SqliteDatabase):
        raw = raw_bytes(db)
        assert all(secret.encode() in raw for secret in R1_SECRETS)
    before = counts()
    result = privacy.erase_person(world.coordinator, "R1")
    assert (result.calls_made, result.calls_reached) == (2, 2)
    after_text = all_text(db)
    for secret in R1_SECRETS + ["garden of Wilhelmina", "Kees Zwartjes"]:
        assert secret not in after_text, secret
    assert counts() == before  # the attempts stay, with outcomes, for reports
    r1 = Resident.get_by_id(world.r1.id)
    assert (r1.code, r1.first_name, r1.erased, r1.archived) == (f"erased-{r1.id}", "—", True, True)
    assert Pairing.get(Pairing.resident == r1.id).end_date == date(2026, 11, 30)
    assert ErasedCount.select().count() == 1
    assert not CallAttempt.select().where(CallAttempt.resident == r1.id,
                                          CallAttempt.note != "").exists()
    subjects = {e.subject for e in audit.entries(world.coordinator)}
    assert f"resident:erased-{r1.id}" in subjects and "resident:R1" not in subjects
    # Other residents keep their data.
    assert "Hoekstra" in after_text and "Visited Gerrit Hoekstra at home" in after_text
    if isinstance(db, peewee.SqliteDatabase):
        raw = raw_bytes(db)
        for secret in R1_SECRETS:
            assert secret.encode() not in raw, secret
        assert b"Hoekstra" in raw


def test_erasing_a_volunteer_removes_their_account_name(db):
    world = build_world()
    privacy.erase_person(world.coordinator, "V1")
    text = all_text(db)
    for secret in ("Anna", "Visser", "+31611111111", "v1@example.org", "anna"):
        assert secret not in text, secret
    user = User.get_by_id(world.vol1.user_id)
    assert user.disabled and user.username.startswith("erased-user-")
    assert Volunteer.get_by_id(world.v1.id).erased
    # Residents' call history is theirs and stays.
    assert CallAttempt.select().where(CallAttempt.resident == world.r1.id).count() == 2


def test_erased_person_is_gone_from_lists_and_lookups(db):
    world = build_world()
    privacy.erase_person(world.coordinator, "R1")
    with pytest.raises(LookupError):
        privacy.export_person(world.coordinator, "R1")
    from belteam.people import service as people
    assert "R1" not in [r.code for r in people.residents(world.coordinator, True)]


def test_old_notes_are_purged_after_the_retention_period(db):
    world = build_world()
    old = datetime(2024, 10, 1, 10, 0, tzinfo=TZ)
    attempt(world.r1, world.v1, old, note="very old note about the hip")
    attempt(world.r1, world.v1, datetime(2025, 1, 5, 10, tzinfo=TZ), note="younger note")
    CaseEvent.update(at=old).where(CaseEvent.text.contains("Kees")).execute()
    assert privacy.purge_old_notes(SYSTEM, date(2026, 11, 30)) == 2
    assert not CallAttempt.select().where(CallAttempt.note.contains("hip")).exists()
    gone = CallAttempt.get(CallAttempt.at == old)
    assert (gone.outcome, gone.topics, gone.wellbeing) == ("reached", [], None)
    assert CallAttempt.select().where(CallAttempt.note == "younger note").exists()
    assert not CaseEvent.select().where(CaseEvent.text.contains("Kees")).exists()
    assert audit.entries(world.coordinator, action="notes_purged").count() == 1
    settings.set_value(SYSTEM, "retention_months", 12)
    assert privacy.purge_old_notes(SYSTEM, date(2026, 11, 30)) == 1  # the younger one now
    assert privacy.purge_old_notes(SYSTEM, date(2026, 11, 30)) == 0


def test_secure_writes_empty_the_sqlite_wal(sqlite_db):
    db = sqlite_db
    build_world()
    wal = Path(db.database + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    with privacy.secure_writes(), DB.atomic():
        Resident.update(preferred_days="ma").execute()
    assert wal.stat().st_size == 0


@pytest.mark.parametrize("value,expected", [
    ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
    ("+31612345678", "'+31612345678"),
    ("-2+3", "'-2+3"),
    ("@cmd", "'@cmd"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("Jan = Piet", "Jan = Piet"),
    ("", ""),
    (42, 42),
    (None, None),
    (-5, -5),
])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_pdf_escapes_markup(tmp_path):
    data = {"kind": "resident", "exported_at": "2026-11-30", "person": {"code": "<b>R&1"},
            "attempts": [{"note": "a < b & c <script>"}], "audit": []}
    assert write_pdf(data, tmp_path / "x.pdf").stat().st_size > 1000


def test_erasure_is_in_the_audit_log_without_names(db):
    world = build_world()
    privacy.erase_person(world.coordinator, "R2")
    entry = audit.entries(world.coordinator, action="person_erased").get()
    assert entry.actor == "coordinator"
    assert "Hoekstra" not in entry.detail and "calls_made=2" in entry.detail
    assert entry.at.date() == date(2026, 11, 30)
    assert timedelta(0) <= datetime(2026, 11, 30, 12, tzinfo=TZ) - entry.at


def test_purge_is_a_registered_job(db):
    from belteam.jobs import runner as jobs

    assert jobs.JOBS[privacy.PURGE_JOB_ID] is privacy.purge_job
    CallAttempt.create(resident=Resident.create(code="X", first_name="X", created_at=datetime(2020, 1, 1, tzinfo=TZ),
                                                updated_at=datetime(2020, 1, 1, tzinfo=TZ)),
                       due_date=date(2020, 1, 1), at=datetime(2020, 1, 1, 10, tzinfo=TZ),
                       outcome="reached", note="ancient")
    assert jobs.run_job(privacy.PURGE_JOB_ID) == 1
    assert jobs.last_run(privacy.PURGE_JOB_ID) is not None

"""AVG/GDPR: consent, the right of access (export), the right to be forgotten (erasure),
and the retention period for notes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any

import peewee as pw
from dateutil.relativedelta import relativedelta

from belteam.audit import log as audit
from belteam.calls import drafts
from belteam.core import validation as v
from belteam.core.actors import SYSTEM, Actor, require
from belteam.core.clock import TZ, clock
from belteam.pairings.running import running, taking_a_place
from belteam.privacy.dump import person_dump
from belteam.settings import store as settings
from belteam.storage import wal
from belteam.storage.db import DB
from belteam.storage.models import (
    Absence,
    AuditEntry,
    CallAttempt,
    CallDraft,
    CaseEvent,
    Cover,
    ErasedCount,
    ErasedPerson,
    OutreachCase,
    Pairing,
    Pause,
    Resident,
    User,
    Volunteer,
)
from belteam.storage.queries import not_erased

Person = Resident | Volunteer


def record_consent(actor: Actor, resident_id: int, day: date, by: str, purpose: str) -> Resident:
    """Record that (and for what) a resident agreed to be called and have notes kept."""
    require(actor, "privacy.consent")
    errors: dict[str, str] = {}
    if day is None or day > clock.today():
        errors["consent_date"] = "Give the date consent was given (not in the future)."
    by = v.text(by, 200)
    purpose = v.text(purpose, 300)
    if not by:
        errors["consent_by"] = "Say who gave consent (the resident, or their representative)."
    if not purpose:
        errors["consent_purpose"] = "Say what the consent is for."
    if errors:
        raise v.ValidationError(errors)
    resident = Resident.get_by_id(resident_id)
    resident.consent_date, resident.consent_by, resident.consent_purpose = day, by, purpose
    resident.updated_at = clock.now()
    resident.save()
    audit.record(actor.username, audit.CONSENT_RECORDED, subject_of(resident), f"date={day}")
    return resident


def subject_of(person: Person) -> str:
    """The audit subject that names a person: 'resident:CODE' or 'volunteer:CODE'."""
    kind = "resident" if isinstance(person, Resident) else "volunteer"
    return f"{kind}:{person.code}"


def find_person(code: str, kind: str | None = None) -> Person:
    """A resident or volunteer by code; ``kind`` decides when both exist."""
    found: list[Person] = []
    if kind in (None, "resident"):
        found += list(Resident.select().where(Resident.code == code, not_erased(Resident)))
    if kind in (None, "volunteer"):
        found += list(Volunteer.select().where(Volunteer.code == code, not_erased(Volunteer)))
    if not found:
        raise LookupError(f"No person with code '{code}'.")
    if len(found) > 1:
        raise LookupError(f"Both a resident and a volunteer have code '{code}': say which.")
    return found[0]


def export_person(actor: Actor, code: str, kind: str | None = None) -> dict[str, Any]:
    """Everything stored about one person, as plain JSON-ready data (right of access)."""
    require(actor, "privacy.export")
    person = find_person(code, kind)
    data = person_dump(person)
    audit.record(actor.username, audit.PERSON_EXPORTED, subject_of(person), "")
    return data


@contextmanager
def secure_writes() -> Iterator[dict[str, bool]]:
    """Make overwritten text really gone: zero freed space on SQLite and empty the WAL after.

    Yields a dict whose ``wal_cleared`` is False when another connection kept the WAL from
    being emptied (it is then emptied at the next start).
    """
    database = DB.obj
    sqlite = isinstance(database, pw.SqliteDatabase)
    state = {"wal_cleared": True}
    if sqlite:
        database.execute_sql("PRAGMA secure_delete=ON")
    try:
        yield state
    finally:
        if sqlite:
            state["wal_cleared"] = wal.truncate_wal(database)
            database.execute_sql("PRAGMA secure_delete=OFF")
    if isinstance(database, pw.PostgresqlDatabase):
        _vacuum_postgres(database)


def _vacuum_postgres(database: pw.PostgresqlDatabase) -> None:
    """Let PostgreSQL reclaim the dead row versions that still hold the old text."""
    if database.in_transaction():
        return  # VACUUM cannot run inside a transaction; autovacuum will do it
    tables = [m._meta.table_name for m in (Resident, Volunteer, CallAttempt, CaseEvent,
                                           AuditEntry, Pause, Absence, User, Pairing,
                                           CallDraft)]
    database.execute_sql("VACUUM " + ", ".join(f'"{t}"' for t in tables))


def erase_person(actor: Actor, code: str, kind: str | None = None) -> ErasedCount:
    """Remove a person's identifying data and notes for good; anonymous counts remain.

    The person goes into the erasure ledger (kept across restores). The returned counts
    carry ``wal_cleared`` (False: another program held the WAL; emptied at next start).
    """
    require(actor, "privacy.erase")
    person = find_person(code, kind)
    with secure_writes() as state, DB.atomic():
        counts = erase_record(person)
        erased_subject = subject_of(person).split(":")[0] + f":erased-{person.id}"
        audit.record(actor.username, audit.PERSON_ERASED, erased_subject,
                     f"calls_made={counts.calls_made} calls_reached={counts.calls_reached}")
    counts.wal_cleared = state["wal_cleared"]
    return counts


def erase_record(person: Person) -> ErasedCount:
    """Erase one person (inside the caller's transaction) and write the ledger line."""
    kind = "resident" if isinstance(person, Resident) else "volunteer"
    counts = _erase_resident(person) if kind == "resident" else _erase_volunteer(person)
    ErasedPerson.insert(kind=kind, person_id=person.id, created_at=person.created_at,
                        erased_at=clock.now()).on_conflict_ignore().execute()
    return counts


def _scrub_audit(old_subject: str, new_subject: str, secrets: list[str]) -> None:
    """Point entries about the person at the new code and drop any name or number in them."""
    AuditEntry.update(subject=new_subject).where(AuditEntry.subject == old_subject).execute()
    secrets = [s for s in secrets if s and len(s) >= 3]
    if not secrets:
        return
    match = pw.reduce(lambda a, b: a | b, [AuditEntry.detail.contains(s) for s in secrets])
    for entry in AuditEntry.select().where(match):
        detail = entry.detail
        for secret in secrets:
            detail = detail.replace(secret, "[erased]")
        AuditEntry.update(detail=detail).where(AuditEntry.id == entry.id).execute()


def _end_pairings(column: pw.Field, person_id: int) -> None:
    today = clock.today()
    Pairing.update(end_date=today, ended_reason="erased").where(
        (column == person_id) & running(today)).execute()
    Pairing.update(end_date=Pairing.start_date, ended_reason="erased").where(
        (column == person_id) & taking_a_place(today) & (Pairing.start_date > today)).execute()


def _counts(kind: str, attempts: pw.ModelSelect) -> ErasedCount:
    made = attempts.count()
    reached = attempts.where(CallAttempt.outcome == "reached").count()
    return ErasedCount.create(erased_at=clock.now(), kind=kind, calls_made=made,
                              calls_reached=reached)


def _erase_resident(r: Resident) -> ErasedCount:
    secrets = [r.code, r.first_name, r.last_name, r.name, r.phone, r.phone2, r.address,
               r.emergency_contact_name, r.emergency_contact_phone, r.key_holder]
    old_subject = subject_of(r)
    counts = _counts("resident", CallAttempt.select().where(CallAttempt.resident == r.id))
    new_code = f"erased-{r.id}"
    Resident.update(
        code=new_code, first_name="—", last_name="", phone="", phone2="", address="",
        postcode="", birth_date=None, languages="", area="", lives_alone=False,
        emergency_contact_name="", emergency_contact_phone="", key_holder="",
        consent_by="", consent_purpose="", preferred_days="", wanted_plan="", status="stopped",
        archived=True, erased=True, updated_at=clock.now(),
    ).where(Resident.id == r.id).execute()
    _end_pairings(Pairing.resident, r.id)
    Pause.update(reason="").where(Pause.resident == r.id).execute()
    CallAttempt.update(note="", topics="", wellbeing=None).where(
        CallAttempt.resident == r.id).execute()
    cases = OutreachCase.select(OutreachCase.id).where(OutreachCase.resident == r.id)
    CaseEvent.update(text="").where(CaseEvent.case.in_(cases)).execute()
    drafts.delete_about(r.id)
    _scrub_audit(old_subject, f"resident:{new_code}", secrets)
    return counts


def _erase_volunteer(vol: Volunteer) -> ErasedCount:
    accounts = list(User.select().where(User.volunteer == vol.id))
    secrets = [vol.code, vol.first_name, vol.last_name, vol.name, vol.phone, vol.email]
    secrets += [u.username for u in accounts]
    old_subject = subject_of(vol)
    counts = _counts("volunteer", CallAttempt.select().where(CallAttempt.volunteer == vol.id))
    new_code = f"erased-{vol.id}"
    Volunteer.update(
        code=new_code, first_name="—", last_name="", phone="", email="", languages="",
        area="", available="", archived=True, erased=True, updated_at=clock.now(),
    ).where(Volunteer.id == vol.id).execute()
    _end_pairings(Pairing.volunteer, vol.id)
    Absence.update(reason="").where(Absence.volunteer == vol.id).execute()
    Cover.delete().where(Cover.volunteer == vol.id, Cover.start_date > clock.today()).execute()
    # Their unsaved notes are about residents, but nobody may finish them any more.
    drafts.delete_by_users([u.id for u in accounts], [u.username for u in accounts])
    for user in accounts:
        _erase_account(user)
    _scrub_audit(old_subject, f"volunteer:{new_code}", secrets)
    return counts


def _erase_account(user: User) -> None:
    """The volunteer's own account goes off and loses its name everywhere it was written."""
    old, new = user.username, f"erased-user-{user.id}"
    User.update(username=new, disabled=True, password_hash="!").where(User.id == user.id).execute()
    AuditEntry.update(subject=f"user:{new}").where(AuditEntry.subject == f"user:{old}").execute()
    AuditEntry.update(actor=new).where(AuditEntry.actor == old).execute()
    CaseEvent.update(actor=new).where(CaseEvent.actor == old).execute()


def retention_cutoff(today: date) -> datetime:
    """Notes written before this moment are past the retention period."""
    months = int(settings.get("retention_months"))
    return datetime.combine(today - relativedelta(months=months), time.min, TZ)


def purge_old_notes(actor: Actor, today: date | None = None) -> int:
    """Blank notes (text, topics, wellbeing) and case texts older than the retention period,
    and drop unsaved drafts untouched for ``drafts.KEEP_DAYS`` days; returns how many."""
    require(actor, "privacy.purge")
    today = today or clock.today()
    cutoff = retention_cutoff(today)
    now = datetime.combine(today, clock.now().time(), TZ)
    with_note = ((CallAttempt.note != "") | (CallAttempt.topics != "")
                 | CallAttempt.wellbeing.is_null(False))
    with secure_writes(), DB.atomic():
        purged = (CallAttempt.update(note="", topics="", wellbeing=None)
                  .where(CallAttempt.at < cutoff, with_note).execute())
        purged += (CaseEvent.update(text="")
                   .where(CaseEvent.at < cutoff, CaseEvent.text != "").execute())
        dropped = drafts.delete_stale(now)
        if purged or dropped:
            detail = f"{purged} notes before {cutoff.date().isoformat()}"
            if dropped:
                detail += f", {dropped} unsaved drafts untouched for {drafts.KEEP_DAYS} days"
            audit.record(actor.username, audit.NOTES_PURGED, "", detail)
    return purged + dropped


def purge_job() -> int:
    """The scheduled retention job (runs as the system)."""
    return purge_old_notes(SYSTEM, clock.today())


PURGE_JOB_ID = "purge_old_notes"

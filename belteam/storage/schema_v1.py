"""The tables exactly as schema version 1 created them. FROZEN: never edit, never import
outside belteam.storage.migrations.

Migration step 1 creates these, whatever the current models say; every later change to the
schema is a later step. Reconstructed from the models of the first release (unchanged until
version 3 added call_draft). Only the DDL matters here, so the program's own column types are
replaced by the peewee types they store as (AwareDateTimeField -> DateTimeField, CsvField ->
TextField), backrefs are dropped and the rules (status lists, properties) are left out.
"""

from __future__ import annotations

import peewee as pw

from belteam.storage.db import DB


class FrozenV1Model(pw.Model):
    class Meta:
        database = DB
        legacy_table_names = False


class SchemaVersion(FrozenV1Model):
    version = pw.IntegerField()
    applied_at = pw.DateTimeField()


class Setting(FrozenV1Model):
    key = pw.CharField(max_length=100, primary_key=True)
    value = pw.TextField()  # JSON


class Volunteer(FrozenV1Model):
    code = pw.CharField(max_length=40, unique=True)
    first_name = pw.CharField(max_length=100)
    last_name = pw.CharField(max_length=100, default="")
    phone = pw.CharField(max_length=32, default="")  # E.164
    email = pw.CharField(max_length=254, default="")
    languages = pw.TextField(default="")  # ISO 639-1 codes
    area = pw.CharField(max_length=100, default="", index=True)
    available = pw.CharField(max_length=200, default="")  # e.g. "ma di do ochtend"
    max_residents = pw.IntegerField(default=5)
    archived = pw.BooleanField(default=False, index=True)
    erased = pw.BooleanField(default=False)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class Resident(FrozenV1Model):
    code = pw.CharField(max_length=40, unique=True)
    first_name = pw.CharField(max_length=100)
    last_name = pw.CharField(max_length=100, default="")
    phone = pw.CharField(max_length=32, default="")  # E.164
    phone2 = pw.CharField(max_length=32, default="")
    area = pw.CharField(max_length=100, default="", index=True)
    address = pw.CharField(max_length=200, default="")
    postcode = pw.CharField(max_length=10, default="")
    birth_date = pw.DateField(null=True)
    languages = pw.TextField(default="")
    lives_alone = pw.BooleanField(default=False)
    emergency_contact_name = pw.CharField(max_length=200, default="")
    emergency_contact_phone = pw.CharField(max_length=32, default="")
    key_holder = pw.CharField(max_length=200, default="")  # sleuteladres
    consent_date = pw.DateField(null=True)
    consent_by = pw.CharField(max_length=200, default="")
    consent_purpose = pw.CharField(max_length=300, default="")
    status = pw.CharField(max_length=10, default="waiting", index=True)
    preferred_days = pw.CharField(max_length=100, default="")
    archived = pw.BooleanField(default=False, index=True)
    erased = pw.BooleanField(default=False)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class Pairing(FrozenV1Model):
    """One volunteer calls one resident from start to end at the agreed plan (belafspraak)."""

    volunteer = pw.ForeignKeyField(Volunteer, backref="+", on_delete="RESTRICT")
    resident = pw.ForeignKeyField(Resident, backref="+", on_delete="RESTRICT")
    rrule = pw.CharField(max_length=200)
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    preferred_time = pw.TimeField(null=True)
    ended_reason = pw.CharField(max_length=200, default="")
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("volunteer", "end_date"), False), (("resident", "end_date"), False))


class Pause(FrozenV1Model):
    """A resident has no due calls in this period (hospital, holiday)."""

    resident = pw.ForeignKeyField(Resident, backref="+", on_delete="CASCADE")
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    reason = pw.CharField(max_length=200, default="")


class Absence(FrozenV1Model):
    """A volunteer is away (holiday); their due calls need cover."""

    volunteer = pw.ForeignKeyField(Volunteer, backref="+", on_delete="CASCADE")
    start_date = pw.DateField()
    end_date = pw.DateField()
    reason = pw.CharField(max_length=200, default="")


class Cover(FrozenV1Model):
    """Another volunteer takes a pairing's due calls for a period."""

    pairing = pw.ForeignKeyField(Pairing, backref="+", on_delete="CASCADE")
    volunteer = pw.ForeignKeyField(Volunteer, backref="+", on_delete="CASCADE")
    start_date = pw.DateField()
    end_date = pw.DateField()
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("volunteer", "start_date", "end_date"), False),)


class User(FrozenV1Model):
    username = pw.CharField(max_length=80, unique=True)
    password_hash = pw.CharField(max_length=200)
    role = pw.CharField(max_length=20)
    volunteer = pw.ForeignKeyField(Volunteer, null=True, backref="+", on_delete="SET NULL")
    disabled = pw.BooleanField(default=False)
    failed_logins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    language = pw.CharField(max_length=10, default="")
    reminder_time = pw.TimeField(null=True)
    created_at = pw.DateTimeField()


class CallAttempt(FrozenV1Model):
    """One try to reach a resident (belpoging), with the optional note (notitie)."""

    pairing = pw.ForeignKeyField(Pairing, null=True, backref="+", on_delete="SET NULL")
    resident = pw.ForeignKeyField(Resident, backref="+", on_delete="CASCADE")
    volunteer = pw.ForeignKeyField(Volunteer, null=True, backref="+", on_delete="SET NULL")
    due_date = pw.DateField()
    at = pw.DateTimeField()
    outcome = pw.CharField(max_length=20)
    note = pw.TextField(default="")
    wellbeing = pw.SmallIntegerField(null=True)
    topics = pw.TextField(default="")
    wants_again = pw.BooleanField(default=True)
    practical_help = pw.BooleanField(default=False)
    concern = pw.BooleanField(default=False)
    confidential = pw.BooleanField(default=False)
    logged_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = (
            (("resident", "at"), False),
            (("pairing", "due_date"), False),
            (("volunteer", "due_date"), False),
            (("due_date",), False),
        )


class OutreachCase(FrozenV1Model):
    """A resident not reached or of concern (signalering); one open case per resident."""

    resident = pw.ForeignKeyField(Resident, backref="+", on_delete="CASCADE")
    opened_at = pw.DateTimeField()
    reasons = pw.TextField(default="")
    status = pw.CharField(max_length=10, default="open", index=True)
    taken_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    taken_at = pw.DateTimeField(null=True)
    closed_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    closed_at = pw.DateTimeField(null=True)
    outcome = pw.CharField(max_length=20, default="")
    # Counters restart after this moment when a case is closed as reached.
    counters_reset_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("resident", "status"), False),)


class CaseEvent(FrozenV1Model):
    """One line on a case's timeline: opened, trigger, taken, action, closed."""

    case = pw.ForeignKeyField(OutreachCase, backref="+", on_delete="CASCADE")
    at = pw.DateTimeField()
    actor = pw.CharField(max_length=80)
    kind = pw.CharField(max_length=20)
    reason = pw.CharField(max_length=40, default="")
    text = pw.TextField(default="")


class AuditEntry(FrozenV1Model):
    """Append-only log of sign-ins, exports and erasures."""

    at = pw.DateTimeField(index=True)
    actor = pw.CharField(max_length=80)
    action = pw.CharField(max_length=40)
    subject = pw.CharField(max_length=80, default="")
    detail = pw.TextField(default="")


class JobRun(FrozenV1Model):
    """When each scheduled job last ran, so missed runs are caught up once after sleep."""

    job_id = pw.CharField(max_length=80, primary_key=True)
    last_run = pw.DateTimeField()


class ErasedCount(FrozenV1Model):
    """Anonymous counts left behind by an erasure, for reports."""

    erased_at = pw.DateTimeField()
    kind = pw.CharField(max_length=20)
    calls_made = pw.IntegerField(default=0)
    calls_reached = pw.IntegerField(default=0)


V1_MODELS: list[type[FrozenV1Model]] = [
    SchemaVersion, Setting, Volunteer, Resident, Pairing, Pause, Absence, Cover, User,
    CallAttempt, OutreachCase, CaseEvent, AuditEntry, JobRun, ErasedCount,
]

"""The tables. Rules live in the services; these only say what is stored.

These are the CURRENT schema: a database is built by the migration ladder
(belteam.storage.migrations), never from here, and a test checks the ladder ends here. A
change to a model therefore needs its migration step.
"""

from __future__ import annotations

import peewee as pw

from belteam.core.clock import clock
from belteam.core.messages import _
from belteam.storage.db import DB
from belteam.storage.fields import AwareDateTimeField, CsvField


class BaseModel(pw.Model):
    class Meta:
        database = DB
        legacy_table_names = False


BOOKKEEPING = frozenset({"id", "version", "changed_by", "changed_at", "updated_at", "created_at"})


class ChangedSinceOpened(Exception):
    """A save refused because someone else saved the record after it was opened."""

    def __init__(self, current: Versioned, fields: list[str]) -> None:
        self.current, self.fields = current, fields
        self.changed_by = current.changed_by or _("someone else")
        self.changed_at = current.changed_at
        when = current.changed_at.strftime("%d-%m-%Y %H:%M") if current.changed_at else "?"
        super().__init__(_("Changed by {name} at {time} since you opened it: {fields}.",
                           name=self.changed_by, time=when,
                           fields=", ".join(f.replace("_", " ") for f in fields) or "—"))


class Versioned(BaseModel):
    """A record two people may edit at once: every UPDATE checks and raises ``version``.

    ``save()`` writes ``WHERE id = ? AND version = <the version read>`` and raises
    ChangedSinceOpened when another connection saved in between; bulk ``update()`` queries
    raise the version too, so an open dialog notices them as well.
    """

    version = pw.IntegerField(default=1)
    changed_by = pw.CharField(max_length=80, default="")  # the username of the last save
    changed_at = AwareDateTimeField(null=True)

    def __init__(self, *args, **kwargs):
        loaded = bool(kwargs.get("__no_default__"))
        super().__init__(*args, **kwargs)
        # The values as read from the database, to name what someone else changed.
        self._opened = dict(self.__data__) if loaded else None

    @classmethod
    def update(cls, __data=None, **update):
        query = super().update(__data, **update)
        if cls.version not in query._update:  # a bulk change: nobody in particular, now
            query._update[cls.version] = cls.version + 1
            query._update.setdefault(cls.changed_at, clock.now())
            query._update.setdefault(cls.changed_by, "")
        return query

    def changed_fields(self, current: Versioned) -> list[str]:
        """The fields whose stored value differs from what this instance was opened with."""
        opened = self._opened or {}
        return [name for name in opened if name not in BOOKKEEPING
                and opened[name] != current.__data__.get(name)]

    def save(self, force_insert: bool = False, only=None):
        if force_insert or self._pk is None:
            return super().save(force_insert=force_insert, only=only)
        model = type(self)
        expected = self.version
        data = {name: value for name, value in self.__data__.items()
                if name not in ("id", "version") and (only is None or name in
                                                      {getattr(f, "name", f) for f in only})}
        data["version"] = expected + 1
        if "changed_at" not in self._dirty:
            data["changed_at"] = self.changed_at = clock.now()
        if "changed_by" not in self._dirty:  # the service says who; else nobody in particular
            data["changed_by"] = self.changed_by = ""
        rows = model.update(**data).where(model.id == self._pk, model.version == expected).execute()
        if rows == 0:
            current = model.get_or_none(model.id == self._pk)
            if current is None:
                raise pw.DoesNotExist(f"{model.__name__} {self._pk} no longer exists")
            raise ChangedSinceOpened(current, self.changed_fields(current))
        self.version = expected + 1
        self._dirty.clear()
        self._opened = dict(self.__data__)
        return rows


class SchemaVersion(BaseModel):
    version = pw.IntegerField()
    applied_at = AwareDateTimeField()


class Setting(BaseModel):
    key = pw.CharField(max_length=100, primary_key=True)
    value = pw.TextField()  # JSON


class Volunteer(Versioned):
    code = pw.CharField(max_length=40, unique=True)
    first_name = pw.CharField(max_length=100)
    last_name = pw.CharField(max_length=100, default="")
    phone = pw.CharField(max_length=32, default="")  # E.164
    email = pw.CharField(max_length=254, default="")
    languages = CsvField(default="")  # ISO 639-1 codes
    area = pw.CharField(max_length=100, default="", index=True)
    available = pw.CharField(max_length=200, default="")  # e.g. "ma di do ochtend"
    max_residents = pw.IntegerField(default=5)
    archived = pw.BooleanField(default=False, index=True)
    erased = pw.BooleanField(default=False)
    created_at = AwareDateTimeField()
    updated_at = AwareDateTimeField()

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Resident(Versioned):
    STATUSES = ("active", "paused", "stopped", "waiting")

    code = pw.CharField(max_length=40, unique=True)
    first_name = pw.CharField(max_length=100)
    last_name = pw.CharField(max_length=100, default="")
    phone = pw.CharField(max_length=32, default="")  # E.164
    phone2 = pw.CharField(max_length=32, default="")
    area = pw.CharField(max_length=100, default="", index=True)
    address = pw.CharField(max_length=200, default="")
    postcode = pw.CharField(max_length=10, default="")
    birth_date = pw.DateField(null=True)
    languages = CsvField(default="")
    lives_alone = pw.BooleanField(default=False)
    emergency_contact_name = pw.CharField(max_length=200, default="")
    emergency_contact_phone = pw.CharField(max_length=32, default="")
    key_holder = pw.CharField(max_length=200, default="")  # sleuteladres
    consent_date = pw.DateField(null=True)
    consent_by = pw.CharField(max_length=200, default="")
    consent_purpose = pw.CharField(max_length=300, default="")
    status = pw.CharField(max_length=10, default="waiting", index=True)
    preferred_days = pw.CharField(max_length=100, default="")
    wanted_plan = pw.CharField(max_length=40, default="")  # e.g. "weekly", "biweekly:fri"
    # At the front of the waiting list (their volunteer stopped); cleared when paired again.
    waiting_priority = pw.BooleanField(default=False)
    archived = pw.BooleanField(default=False, index=True)
    erased = pw.BooleanField(default=False)
    created_at = AwareDateTimeField()
    updated_at = AwareDateTimeField()

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Pairing(Versioned):
    """One volunteer calls one resident from start to end at the agreed plan (belafspraak)."""

    volunteer = pw.ForeignKeyField(Volunteer, backref="pairings", on_delete="RESTRICT")
    resident = pw.ForeignKeyField(Resident, backref="pairings", on_delete="RESTRICT")
    rrule = pw.CharField(max_length=200)
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    preferred_time = pw.TimeField(null=True)
    ended_reason = pw.CharField(max_length=200, default="")
    created_at = AwareDateTimeField()

    class Meta:
        indexes = ((("volunteer", "end_date"), False), (("resident", "end_date"), False))


class Pause(BaseModel):
    """A resident has no due calls in this period (hospital, holiday)."""

    resident = pw.ForeignKeyField(Resident, backref="pauses", on_delete="CASCADE")
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    reason = pw.CharField(max_length=200, default="")


class Absence(Versioned):
    """A volunteer is away (holiday); their due calls need cover."""

    volunteer = pw.ForeignKeyField(Volunteer, backref="absences", on_delete="CASCADE")
    start_date = pw.DateField()
    end_date = pw.DateField()
    reason = pw.CharField(max_length=200, default="")


class Cover(BaseModel):
    """Another volunteer takes a pairing's due calls for a period."""

    pairing = pw.ForeignKeyField(Pairing, backref="covers", on_delete="CASCADE")
    volunteer = pw.ForeignKeyField(Volunteer, backref="covering", on_delete="CASCADE")
    start_date = pw.DateField()
    end_date = pw.DateField()
    created_at = AwareDateTimeField()

    class Meta:
        indexes = ((("volunteer", "start_date", "end_date"), False),)


class User(BaseModel):
    ROLES = ("coordinator", "volunteer", "staff")

    username = pw.CharField(max_length=80, unique=True)
    password_hash = pw.CharField(max_length=200)
    role = pw.CharField(max_length=20)
    volunteer = pw.ForeignKeyField(Volunteer, null=True, backref="users", on_delete="SET NULL")
    disabled = pw.BooleanField(default=False)
    failed_logins = pw.IntegerField(default=0)
    locked_until = AwareDateTimeField(null=True)
    language = pw.CharField(max_length=10, default="")
    reminder_time = pw.TimeField(null=True)
    text_size = pw.IntegerField(default=100)  # the window's text size for this user, in percent
    must_change_password = pw.BooleanField(default=False)  # set with a one-time password
    created_at = AwareDateTimeField()


# Every column the overview reads of an attempt, by resident and moment: a period is one
# range per resident (no table rows, no sorting). Made by schema step 12.
OVERVIEW_INDEX = ("CREATE INDEX IF NOT EXISTS call_attempt_overview ON call_attempt "
                  "(resident_id, at, volunteer_id, outcome, practical_help, wants_again, "
                  "concern, wellbeing, topics)")


class CallAttempt(BaseModel):
    """One try to reach a resident (belpoging), with the optional note (notitie)."""

    OUTCOMES = ("reached", "no_answer", "busy", "voicemail", "wrong_number", "declined",
                "unavailable")

    # No index of their own: each is the first column of a wider index below (step 13).
    pairing = pw.ForeignKeyField(Pairing, null=True, backref="attempts", on_delete="SET NULL",
                                 index=False)
    resident = pw.ForeignKeyField(Resident, backref="attempts", on_delete="CASCADE", index=False)
    volunteer = pw.ForeignKeyField(Volunteer, null=True, backref="attempts", on_delete="SET NULL",
                                   index=False)
    due_date = pw.DateField()
    at = AwareDateTimeField()
    outcome = pw.CharField(max_length=20)
    note = pw.TextField(default="")
    wellbeing = pw.SmallIntegerField(null=True)
    topics = CsvField(default="")
    wants_again = pw.BooleanField(default=True)
    practical_help = pw.BooleanField(default=False)
    concern = pw.BooleanField(default=False)
    confidential = pw.BooleanField(default=False)
    logged_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = (
            # Covering: each resident's newest attempts without touching the table (step 10).
            (("resident", "at", "id", "outcome", "concern"), False),
            (("pairing", "due_date"), False),
            (("volunteer", "due_date"), False),
            (("volunteer", "at"), False),  # each volunteer's last call logged (step 13)
            (("due_date",), False),
            (("at", "outcome"), False),  # the overview's periods (migration step 4)
            (("resident", "due_date"), False),  # a part of the day's list (step 11)
            pw.SQL(OVERVIEW_INDEX),  # the overview's long periods (migration step 12)
        )


class OutreachCase(Versioned):
    """A resident not reached or of concern (signalering); one open case per resident."""

    STATUSES = ("open", "taken", "closed")
    OPEN_STATUSES = ("open", "taken")  # the one definition; the partial unique index matches it
    OUTCOMES = ("reached", "hospital", "moved", "deceased", "stopped", "other")

    resident = pw.ForeignKeyField(Resident, backref="cases", on_delete="CASCADE")
    opened_at = AwareDateTimeField()
    reasons = CsvField(default="")
    status = pw.CharField(max_length=10, default="open", index=True)
    taken_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    taken_at = AwareDateTimeField(null=True)
    closed_by = pw.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    closed_at = AwareDateTimeField(null=True)
    outcome = pw.CharField(max_length=20, default="")
    # Counters restart after this moment when a case is closed as reached.
    counters_reset_at = AwareDateTimeField(null=True)

    class Meta:
        indexes = (
            (("resident", "status"), False),
            # At most one open case per resident, refused by the database itself (a partial
            # index, which peewee's tuples cannot say; schema step 2 created it).
            pw.SQL("CREATE UNIQUE INDEX IF NOT EXISTS outreach_case_one_open ON outreach_case "
                   "(resident_id) WHERE status IN ('open', 'taken')"),
        )


class CaseEvent(BaseModel):
    """One line on a case's timeline: opened, trigger, taken, action, closed."""

    case = pw.ForeignKeyField(OutreachCase, backref="events", on_delete="CASCADE")
    at = AwareDateTimeField()
    actor = pw.CharField(max_length=80)
    kind = pw.CharField(max_length=20)
    reason = pw.CharField(max_length=40, default="")
    text = pw.TextField(default="")


class AuditEntry(BaseModel):
    """Append-only log of sign-ins, exports and erasures."""

    at = AwareDateTimeField(index=True)
    actor = pw.CharField(max_length=80)
    action = pw.CharField(max_length=40)
    subject = pw.CharField(max_length=80, default="")
    detail = pw.TextField(default="")


class JobRun(BaseModel):
    """When each scheduled job last ran, so missed runs are caught up once after sleep."""

    job_id = pw.CharField(max_length=80, primary_key=True)
    last_run = AwareDateTimeField()


class ErasedCount(BaseModel):
    """Anonymous counts left behind by an erasure, for reports."""

    erased_at = AwareDateTimeField()
    kind = pw.CharField(max_length=20)
    calls_made = pw.IntegerField(default=0)
    calls_reached = pw.IntegerField(default=0)


class ErasedPerson(BaseModel):
    """The erasure ledger: who was erased (internal id and kind only, no personal data), so an
    erasure stays in force when an older backup is restored."""

    kind = pw.CharField(max_length=20)  # "resident" or "volunteer"
    person_id = pw.IntegerField()
    # When the record was created: an id the database hands out again later is a different
    # person, who must not be erased by an old ledger line.
    created_at = AwareDateTimeField(null=True)
    erased_at = AwareDateTimeField()

    class Meta:
        indexes = ((("kind", "person_id"), True),)


class CallDraft(BaseModel):
    """A call note being written but not yet saved, one per user and resident.

    Kept in the database (not on one PC) so erasure, the retention purge and the right of
    access reach it like any other note.
    """

    user = pw.ForeignKeyField(User, null=True, backref="+", on_delete="CASCADE")
    actor = pw.CharField(max_length=80)  # the username; "system" when no account acts
    resident = pw.ForeignKeyField(Resident, backref="drafts", on_delete="CASCADE")
    fields = pw.TextField()  # JSON: what the call form held
    updated_at = AwareDateTimeField(index=True)

    class Meta:
        indexes = ((("actor", "resident"), True),)


class UnknownSignIn(BaseModel):
    """Failed sign-ins for a user name that does not exist, so they lock out across
    processes exactly like a real account. Only a hash of the name is kept: people type
    their password into the name field."""

    name_hash = pw.CharField(max_length=64, unique=True)
    failed_logins = pw.IntegerField(default=0)
    locked_until = AwareDateTimeField(null=True)


ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion, Setting, Volunteer, Resident, Pairing, Pause, Absence, Cover, User,
    CallAttempt, OutreachCase, CaseEvent, AuditEntry, JobRun, ErasedCount, CallDraft,
    UnknownSignIn,
    ErasedPerson,
]

"""The call_draft table exactly as schema version 3 created it. FROZEN: never edit, never
import outside belteam.storage.migrations.

Frozen like version 1 (see schema_v1), so that a later change to CallDraft is a later step
of its own and step 3 keeps creating what it created on the day it was written.
"""

from __future__ import annotations

import peewee as pw

from belteam.storage.schema_v1 import FrozenV1Model, Resident, User


class CallDraft(FrozenV1Model):
    user = pw.ForeignKeyField(User, null=True, backref="+", on_delete="CASCADE")
    actor = pw.CharField(max_length=80)
    resident = pw.ForeignKeyField(Resident, backref="+", on_delete="CASCADE")
    fields = pw.TextField()  # JSON
    updated_at = pw.DateTimeField(index=True)

    class Meta:
        indexes = ((("actor", "resident"), True),)


V3_MODELS: list[type[FrozenV1Model]] = [CallDraft]

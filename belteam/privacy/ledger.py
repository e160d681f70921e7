"""The erasure ledger at work: erasures re-applied after a restore and inside old backups.

The ledger (ErasedPerson) holds only the internal id, kind, creation and erasure time of each
erased person, so it may outlive the person's data in every copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee as pw

from belteam.audit import log as audit
from belteam.core.actors import Actor, require
from belteam.privacy import rights
from belteam.storage import backup, wal
from belteam.storage.db import DB, make_database
from belteam.storage.models import ErasedPerson, Resident, Volunteer

MODELS = {"resident": Resident, "volunteer": Volunteer}


@dataclass(frozen=True)
class Line:
    """One erased person, without personal data."""

    kind: str
    person_id: int
    created_at: datetime | None
    erased_at: datetime


def lines() -> list[Line]:
    """The ledger of the open database."""
    return [Line(e.kind, e.person_id, e.created_at, e.erased_at)
            for e in ErasedPerson.select().order_by(ErasedPerson.id)]


def _same_person(person: Resident | Volunteer, line: Line) -> bool:
    # A ledger line from before creation times were kept matches on the id alone.
    return line.created_at is None or person.created_at == line.created_at


def reapply(entries: Iterable[Line], actor_name: str = "system") -> int:
    """Erase again everyone in ``entries`` the open database still holds; returns how many."""
    erased = 0
    with DB.atomic():
        for line in entries:
            model = MODELS[line.kind]
            person = model.get_or_none(model.id == line.person_id)
            if person is not None and not person.erased and _same_person(person, line):
                rights.erase_record(person)
                audit.record(actor_name, audit.PERSON_ERASED, f"{line.kind}:erased-{person.id}",
                              "re-applied from the erasure ledger")
                erased += 1
            ErasedPerson.insert(kind=line.kind, person_id=line.person_id,
                                created_at=line.created_at, erased_at=line.erased_at
                                ).on_conflict_ignore().execute()
    return erased


@contextmanager
def _opened(path: Path) -> Iterator[pw.Database]:
    """Bind the models to a backup file for a moment (the open database's key for SQLCipher)."""
    current = DB.obj
    engine = backup.engine_of(current)
    url = f"{'sqlcipher:///' if engine == backup.SQLCIPHER else ''}{path}"
    other = make_database(url, current.connect_params.get("passphrase"))
    other.connect()
    DB.initialize(other)
    try:
        yield other
    finally:
        DB.initialize(current)
        other.close()


def _holds(path: Path, entries: list[Line]) -> bool:
    """Whether a SQLite backup still holds someone in ``entries`` unerased."""
    with _opened(path):
        for line in entries:
            model = MODELS[line.kind]
            person = model.get_or_none(model.id == line.person_id)
            if person is not None and not person.erased and _same_person(person, line):
                return True
    return False


def backups_holding(entries: list[Line]) -> list[Path]:
    """The backups in the backups folder that still hold someone in ``entries``.

    A PostgreSQL dump cannot be searched without restoring it: every dump made before the
    erasure is counted.
    """
    if not entries:
        return []
    engine = backup.engine_of(DB.obj)
    earliest = min(line.erased_at for line in entries)
    found = []
    for path in backup.backup_files():
        kind = backup.detect_engine(path)
        if kind != engine:
            continue
        if kind == backup.POSTGRES:
            if backup.made_at(path) <= earliest:
                found.append(path)
        elif (backup.check_file(path, kind, DB.obj.connect_params.get("passphrase")) == ""
              and _holds(path, entries)):
            found.append(path)
    return found


def erase_in_backups(actor: Actor, paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Apply the whole ledger inside each backup (SQLite files are rewritten, dumps deleted).

    Returns (rewritten, deleted).
    """
    require(actor, "privacy.erase")
    entries = lines()
    rewritten, deleted = [], []
    for path in paths:
        if backup.detect_engine(path) == backup.POSTGRES:
            path.unlink(missing_ok=True)
            deleted.append(path)
            continue
        with _opened(path) as other:
            other.execute_sql("PRAGMA secure_delete=ON")
            reapply(entries, actor.username)
            other.execute_sql("VACUUM")  # rewrite the file so no freed page keeps old text
            wal.truncate_wal(other)
            other.execute_sql("PRAGMA journal_mode=delete")
        rewritten.append(path)
    if paths:
        audit.record(actor.username, audit.BACKUPS_SCRUBBED, "",
                     f"{len(rewritten)} rewritten, {len(deleted)} deleted")
    return rewritten, deleted

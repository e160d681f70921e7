"""Restoring a backup safely: checked first, the current state saved, erasures kept in force."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from belteam.audit import log as audit
from belteam.core.actors import SYSTEM, Actor, require
from belteam.core.messages import _
from belteam.privacy import ledger
from belteam.storage import backup, integrity, migrations, wal
from belteam.storage.db import DB
from belteam.storage.db import close as close_db

ENGINE_NAMES = {backup.SQLITE: "SQLite", backup.SQLCIPHER: "SQLCipher (encrypted SQLite)",
                backup.POSTGRES: "PostgreSQL"}


@dataclass(frozen=True)
class Restored:
    info: backup.BackupInfo
    safety_copy: Path | None  # the backup of the database as it was just before
    migrated_from: int
    reerased: int  # people erased after the backup was made, erased again


def _key() -> str | None:
    return DB.obj.connect_params.get("passphrase") if backup.engine_of(DB.obj) == backup.SQLCIPHER else None


def check(actor: Actor, path: Path | str) -> backup.BackupInfo:
    """What the backup holds, or BackupError saying why it cannot be restored (nothing changes)."""
    require(actor, "data.restore")
    path = Path(path).expanduser()
    info = backup.inspect(path, _key())
    current = backup.engine_of(DB.obj)
    if info.engine == backup.SQLCIPHER and current == backup.SQLITE:
        raise backup.BackupError(_("{file} is damaged, encrypted or not a Belteam backup; "
                                   "nothing was changed.", file=path.name))
    if info.engine != current and not {info.engine, current} <= {backup.SQLITE, backup.SQLCIPHER}:
        raise backup.BackupError(_(
            "{file} is a backup of a {engine} database, but the open database is {current}; "
            "nothing was changed.", file=path.name, engine=ENGINE_NAMES[info.engine],
            current=ENGINE_NAMES[current]))
    if info.engine != current:
        raise backup.BackupError(_(
            "{file} is not a backup of this database (a plain file for an encrypted database, "
            "or the other way round, or another key); nothing was changed.", file=path.name))
    problem = backup.check_file(path, info.engine, _key())
    if problem and info.engine == backup.SQLCIPHER:
        raise backup.BackupError(_("{file} cannot be read with this database's key: it is "
                                   "damaged, encrypted with another key or not a Belteam "
                                   "backup; nothing was changed.", file=path.name))
    if problem or info.schema_version is None:
        raise backup.BackupError(_("{file} is damaged or not a Belteam backup ({problem}); "
                                   "nothing was changed.", file=path.name,
                                   problem=problem or "unreadable"))
    if info.schema_version == 0:
        raise backup.BackupError(_("{file} is not a Belteam backup; nothing was changed.",
                                   file=path.name))
    if info.schema_version > migrations.CURRENT_VERSION:
        raise backup.BackupError(_(
            "{file} was made by a newer Belteam (schema version {version}; this one knows up to "
            "{current}). Install the newer Belteam first; nothing was changed.", file=path.name,
            version=info.schema_version, current=migrations.CURRENT_VERSION))
    return info


def restore(actor: Actor, path: Path | str) -> Restored:
    """Check the backup, back up the current database, restore, migrate and re-erase."""
    info = check(actor, path)
    database = DB.obj
    erased = ledger.lines()  # the ledger of now: the backup may be older than some erasures
    # Kept even when the current file is damaged (then its check is skipped): nothing is lost.
    whole = (backup.engine_of(database) == backup.POSTGRES
             or integrity.quick_check(database) == "")
    safety = backup.make_backup(database, "before-restore", check=whole)
    backup.restore_into(database, info.path)
    before = migrations.schema_version(database)
    migrations.migrate_db(database)
    again = ledger.reapply(erased, actor.username)
    audit.record(actor.username, audit.DATABASE_RESTORED, "",
                 f"file={info.path.name} schema_version={before} "
                 f"safety_copy={safety.name if safety else ''} re-erased={again}")
    if backup.engine_of(database) != backup.POSTGRES:
        wal.truncate_wal(database)
    return Restored(info, safety, before, again)


def restore_at_start(url: str, path: Path | str) -> Restored:
    """Put the newest good backup in place of a database that failed its check at start.

    Nobody can sign in to a damaged database, so this runs as the system; the window offers
    only the backup the check itself named, from this user's own backups folder, and the
    audit log records it. The damaged file is kept as a backup first (see ``restore``).
    """
    migrations.init_db(url, check=False, create=False)
    try:
        return restore(SYSTEM, path)
    finally:
        close_db()


BackupError = backup.BackupError  # what the window catches, without reaching into storage
DamagedDatabase = integrity.DamagedDatabase  # the same, for the check at start


def backups_folder() -> Path:
    """Where the backups are (the window's file chooser starts there)."""
    return backup.folder()

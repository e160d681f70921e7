"""The write-ahead log of an SQLite file: emptied after an erasure, or at the next start when
another connection kept it from being emptied."""

from __future__ import annotations

from pathlib import Path

import peewee

from belteam.core import config
from belteam.storage.backup import POSTGRES, engine_of, private


def _pending_file() -> Path:
    return config.data_dir() / "pending-wal-truncate"


def truncate_wal(db: peewee.SqliteDatabase) -> bool:
    """Copy the WAL into the file and empty it; False (and noted for the next start) when
    another connection keeps it from being emptied."""
    busy = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    wal = Path(f"{db.database}-wal")
    cleared = busy == 0 and (not wal.exists() or wal.stat().st_size == 0)
    pending = _pending_file()
    waiting = set(pending.read_text().splitlines()) if pending.exists() else set()
    name = str(Path(db.database).resolve())
    if not cleared:
        waiting.add(name)
    else:
        waiting.discard(name)
    if waiting:
        pending.write_text("\n".join(sorted(waiting)) + "\n")
        private(pending)
    elif pending.exists():
        pending.unlink()
    return cleared


def finish_pending(db: peewee.Database) -> bool:
    """At start: empty the WAL an erasure could not empty before; True when one was due."""
    pending = _pending_file()
    if engine_of(db) == POSTGRES or db.database == ":memory:" or not pending.exists():
        return False
    if str(Path(db.database).resolve()) not in pending.read_text().splitlines():
        return False
    truncate_wal(db)
    return True

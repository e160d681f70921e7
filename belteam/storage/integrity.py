"""A quick integrity check of an SQLite file at start, with the newest good backup as advice.

Bounded: ``PRAGMA quick_check``, skipped when this file was checked less than a day ago and
was closed cleanly since. The record of checks lives in the user data folder (not in the
database, which may be the damaged thing).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import peewee

from belteam.core import config
from belteam.core.messages import _
from belteam.storage import backup
from belteam.storage.db import DatabaseError

DAY_SECONDS = 24 * 3600


class DamagedDatabase(DatabaseError):
    """The database file failed its integrity check; the message names the newest good backup,
    which ``backup`` holds (None: there is none) so that a window can offer to restore it."""

    def __init__(self, message: str, good: Path | None = None):
        super().__init__(message)
        self.backup = good
        self.backup_made = backup.made_at(good) if good is not None else None


def _state_file() -> Path:
    return config.data_dir() / "integrity-checks.json"


def _load() -> dict[str, dict]:
    try:
        return json.loads(_state_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _save(state: dict[str, dict]) -> None:
    path = _state_file()
    path.write_text(json.dumps(state, indent=1), encoding="utf-8")
    backup.private(path)


def _file_of(db: peewee.Database) -> str | None:
    if backup.engine_of(db) == backup.POSTGRES or db.database == ":memory:":
        return None
    return str(Path(db.database).resolve())


def quick_check(db: peewee.Database) -> str:
    """'' when SQLite's quick check finds nothing wrong, else what it found."""
    try:
        rows = [r[0] for r in db.execute_sql("PRAGMA quick_check").fetchall()]
    except peewee.DatabaseError as exc:
        return str(exc)
    return "" if rows == ["ok"] else "; ".join(rows[:5])


def newest_good_backup(engine: str, key: str | None) -> Path | None:
    for path in backup.backup_files():
        if backup.detect_engine(path) == engine and backup.check_file(path, engine, key) == "":
            return path
    return None


def good_backup_for(db: peewee.Database) -> Path | None:
    """The newest backup of this database's engine (and key) that passes its check."""
    key = db.connect_params.get("passphrase") if backup.engine_of(db) == backup.SQLCIPHER else None
    return newest_good_backup(backup.engine_of(db), key)


def advice(db: peewee.Database, problem: str, good: Path | None = None) -> str:
    """What happened and what to do: the newest backup that passes its check."""
    good = good or good_backup_for(db)
    text = _("The database {path} is damaged ({problem}). Nothing was changed.",
             path=db.database, problem=problem)
    return text + " " + restore_hint(good)


def restore_hint(good: Path | None) -> str:
    """Which backup to restore, or that there is none."""
    if good is None:
        return _("There is no good backup in {folder}; ask for help before changing "
                 "anything.", folder=backup.folder())
    return _(
        "The newest good backup is {file} from {when}: restore it with  belteam restore "
        "\"{file}\" --yes  (the damaged file is kept as a backup first).",
        file=good, when=backup.made_at(good).strftime("%d-%m-%Y %H:%M"))


def check_at_start(db: peewee.Database, now: float | None = None) -> bool:
    """Check the file unless it was checked under a day ago and closed cleanly since;
    raise DamagedDatabase on failure. Returns whether a check ran."""
    name = _file_of(db)
    if name is None:
        return False
    now = time.time() if now is None else now  # the real clock, never --as-of
    state = _load()
    entry = state.get(name, {})
    if entry.get("clean") and now - entry.get("checked", 0) < DAY_SECONDS:
        state[name] = {**entry, "clean": False}  # open now: unclean until closed
        _save(state)
        return False
    problem = quick_check(db)
    if problem:
        good = good_backup_for(db)
        raise DamagedDatabase(advice(db, problem, good), good)
    state[name] = {"checked": now, "clean": False}
    _save(state)
    return True


def mark_closed(db: peewee.Database) -> None:
    """Record that the file was closed cleanly (a hook on storage.db.close)."""
    name = _file_of(db)
    if name is None:
        return
    state = _load()
    if name in state:
        state[name]["clean"] = True
        _save(state)

"""The nightly backup job: one backup of the open database, then rotation."""

from __future__ import annotations

from pathlib import Path

from belteam.settings import store as settings
from belteam.storage import backup
from belteam.storage.db import DB

JOB_ID = "backup.daily"


def keep_counts() -> tuple[int, int, int]:
    """How many daily, weekly and monthly backups rotation keeps (settings)."""
    return (int(settings.get("backup_keep_daily")), int(settings.get("backup_keep_weekly")),
            int(settings.get("backup_keep_monthly")))


def backup_job() -> str:
    """Back up the database and remove the scheduled backups rotation no longer keeps."""
    made: Path | None = backup.make_backup(DB.obj, backup.DAILY)
    if made is None:
        return "no backup (in-memory database)"
    removed = backup.rotate(*keep_counts())
    return f"{made.name}; {len(removed)} old backup(s) removed"

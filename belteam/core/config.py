"""Where Belteam keeps its files, and which database it opens by default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from belteam.core.private import private_dir

APP_NAME = "Belteam"
APP_AUTHOR = "Belteam"
DEFAULT_TZ = "Europe/Amsterdam"


def data_dir() -> Path:
    """The user data folder; BELTEAM_HOME sends everything to one folder (development, tests)."""
    home = os.environ.get("BELTEAM_HOME")
    path = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return private_dir(path)


def backup_dir() -> Path:
    return private_dir(data_dir() / "backups")


def default_db_url() -> str:
    """BELTEAM_DB if set, else the embedded SQLite file in the data folder."""
    return os.environ.get("BELTEAM_DB") or str(data_dir() / "belteam.sqlite3")

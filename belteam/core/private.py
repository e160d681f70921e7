"""Files that hold personal data are for their owner only: 0600 files in 0700 folders (POSIX).

On Windows the user's own profile folders already keep other users out; the README says
what to do when the database is placed elsewhere.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
POSIX = os.name == "posix"
# SQLite's companions of a database file, kept as private as the file itself.
COMPANIONS = ("", "-wal", "-shm", "-journal")


def restrict_new_files() -> None:
    """From now on this process creates files 0600 and folders 0700 (exports, backups, the
    database and SQLite's -wal/-shm files alike)."""
    if POSIX:
        os.umask(0o077)


def make_private(path: Path) -> None:
    """Take away group and other access from one existing file or folder we own."""
    if not POSIX:
        return
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
        return  # not ours to change (a link, or another user's file)
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077:
        os.chmod(path, mode & 0o700)  # the owner keeps what they had


def private_dir(path: Path) -> Path:
    """Create (or fix) a folder of the program's own: 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(path)
    return path


def make_folder_private(folder: Path) -> None:
    """Fix a folder of the program's own and what lies directly in it (files made before this
    rule). Not deeper: a mistaken BELTEAM_HOME must not rewrite a whole tree."""
    if not POSIX or not folder.is_dir():
        return
    make_private(folder)
    for entry in folder.iterdir():
        make_private(entry)


def make_database_private(path: Path) -> None:
    """The database file and its companions: 0600 (its folder may be the user's own choice)."""
    for suffix in COMPANIONS:
        make_private(path.with_name(path.name + suffix))

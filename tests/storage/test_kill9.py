"""kill -9 stays safe: a log-call, an import and a restore killed midway (SIGKILL, in a
subprocess, at a chosen point inside the write) leave a whole database and all or nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from belteam.core.actors import SYSTEM
from belteam.people import service as people
from belteam.storage import backup
from belteam.storage import db as dbmod
from belteam.storage.migrations import init_db

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

KILL = "import os, signal\ndef die(*_a, **_k):\n    os.kill(os.getpid(), signal.SIGKILL)\n"


def killed(home, patch: str, argv: list[str]) -> int:
    """Run ``belteam argv`` in a fresh process with ``patch`` applied; returns its status."""
    code = KILL + textwrap.dedent(patch) + f"\nfrom belteam.cli import main\nmain.run({argv!r})\n"
    env = {**os.environ, "BELTEAM_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          check=False).returncode


def whole(path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def count(path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def team(tmp_path, clock):
    path = tmp_path / "team.sqlite3"
    init_db(str(path))
    for n in range(50):
        people.save_resident(SYSTEM, {"code": f"R{n}", "first_name": f"Naam{n}"})
    dbmod.close()
    return path


def test_log_call_killed_inside_its_insert_stores_nothing(team, tmp_path):
    patch = """
    from belteam.storage.db import DB
    from belteam.storage.models import CallAttempt
    original = CallAttempt.create.__func__
    def create(cls, *a, **k):
        DB.obj.connection().set_progress_handler(die, 1)  # dies inside the INSERT
        return original(cls, *a, **k)
    CallAttempt.create = classmethod(create)
    """
    status = killed(tmp_path / "home", patch, ["--db", str(team), "log-call", "R1",
                                               "--outcome", "reached", "--note", "Goed gesprek"])
    assert status == -signal.SIGKILL
    assert whole(team) and count(team, "call_attempt") == 0


def test_import_killed_after_the_first_chunk_stores_nothing(team, tmp_path):
    sheet = tmp_path / "residents.csv"
    sheet.write_text("code,first_name\n" + "".join(f"N{n},Nieuw{n}\n" for n in range(3000)),
                     encoding="utf-8")
    patch = """
    from belteam.importing import store
    original = store._execute_many
    calls = []
    def execute_many(*a, **k):
        calls.append(1)
        if len(calls) == 2:
            die()  # the first chunk is in, the transaction still open
        return original(*a, **k)
    store._execute_many = execute_many
    """
    status = killed(tmp_path / "home", patch, ["--db", str(team), "import", "residents",
                                               str(sheet)])
    assert status == -signal.SIGKILL
    assert whole(team) and count(team, "resident") == 50


def test_restore_killed_midway_leaves_the_old_or_the_new_database(team, tmp_path, clock):
    database = init_db(str(team))
    old = backup.make_backup(database, "manual")
    for n in range(50, 2000):  # the current database: much larger than the backup
        people.save_resident(SYSTEM, {"code": f"R{n}", "first_name": f"Naam{n}" * 10})
    dbmod.close()
    patch = """
    from belteam.storage import backup
    backup.RESTORE_STEP_PAGES = 2
    def progress(status, remaining, total):
        if remaining < total // 2:
            die()  # half the pages copied
    backup.RESTORE_PROGRESS = progress
    """
    status = killed(tmp_path / "home", patch, ["--db", str(team), "restore", str(old), "--yes"])
    assert status == -signal.SIGKILL
    assert whole(team) and count(team, "resident") == 2000  # as before the restore, whole
    init_db(str(team))  # and it opens, checks and restores normally afterwards
    from belteam.privacy import restore as restoring

    restoring.restore(SYSTEM, old)
    assert whole(team) and count(team, "resident") == 50
    dbmod.close()

"""``belteam list residents --json | head``: a pipe closed early ends quietly (issue 10)."""

from __future__ import annotations

import os
import subprocess
import sys

from belteam.storage import db as dbmod


def test_a_closed_pipe_ends_quietly(db, db_url):
    dbmod.close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-m", "belteam", "--db", db_url, "list",
                              "residents"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env)
    child.stdout.close()  # the reader is gone before the first line is written
    err = child.stderr.read().decode()
    child.wait(timeout=120)
    assert err == ""
    assert child.returncode == 1

"""Every entry point wires the same hooks and jobs through the one composition root."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from belteam import bootstrap
from belteam.calls import log as calls_log
from belteam.demo import team as demo_team
from belteam.jobs import runner

REPORT = """
import json, sys
from belteam.calls import log
from belteam.demo import team
from belteam.jobs import runner
from belteam.people import service
from belteam.storage import db
{setup}
names = lambda hooks: [h.__module__ + "." + h.__name__ for h in hooks]
print("WIRED" + json.dumps({{"jobs": sorted(runner.JOBS), "after_log": names(log.AFTER_LOG),
    "after_demo": names(team.AFTER_DEMO), "status": names(service.AFTER_STATUS_CHANGE),
    "on_close": names(db.ON_CLOSE)}}))
"""

ENTRY_POINTS = {
    # `belteam-gui`: everything the window does before it opens the database
    "belteam-gui": "from belteam_gui.app.main import prepare\nprepare([])",
    # `belteam COMMAND` through the launcher, and the CLI module itself
    "belteam": ("from belteam_gui.app import launch\n"
                "try:\n    launch.main(['list', 'volunteers', '--json'])\n"
                "except SystemExit:\n    pass"),
    "python -m belteam": ("from belteam.cli import main\n"
                          "main.run(['list', 'volunteers', '--json'])"),
}


def _wired(setup: str, tmp_path) -> dict:
    env = dict(os.environ, BELTEAM_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("BELTEAM_DB", None)
    done = subprocess.run([sys.executable, "-c", REPORT.format(setup=setup)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith("WIRED")), None)
    assert line is not None, done.stderr
    return json.loads(line[len("WIRED"):])


def _expected() -> dict:
    return {
        "jobs": sorted(bootstrap.SYSTEM_JOBS),
        "after_log": ["belteam.outreach.cases.on_attempt_logged"],
        "after_demo": ["belteam.demo.accounts.demo_accounts_hook"],
        "status": ["belteam.calls.absences.on_resident_status"],
        "on_close": ["belteam.storage.integrity.mark_closed"],
    }


@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
def test_every_entry_point_registers_the_same_hooks_and_jobs(entry, tmp_path):
    assert _wired(ENTRY_POINTS[entry], tmp_path) == _expected()


def test_the_retention_purge_and_outreach_evaluation_are_system_jobs():
    assert {"outreach.evaluate", "purge_old_notes", "backup.daily",
            "reports.weekly"} <= set(bootstrap.SYSTEM_JOBS)


def test_importing_a_feature_registers_nothing(tmp_path):
    setup = "import belteam.outreach.cases, belteam.privacy.rights, belteam.demo.accounts"
    assert _wired(setup, tmp_path) == {"jobs": [], "after_log": [], "after_demo": [],
                                       "status": [], "on_close": []}


def test_the_test_fixtures_are_wired_too():
    assert set(runner.JOBS) == set(bootstrap.SYSTEM_JOBS)
    assert calls_log.AFTER_LOG.count(bootstrap.outreach.on_attempt_logged) == 1
    assert demo_team.AFTER_DEMO.count(bootstrap.demo_accounts.demo_accounts_hook) == 1


def test_wiring_twice_registers_once():
    bootstrap.wire()
    bootstrap.wire()
    assert calls_log.AFTER_LOG.count(bootstrap.outreach.on_attempt_logged) == 1

"""``belteam outreach``: list, evaluate, take and close, all on the global --as-of day."""

from __future__ import annotations

import json
from datetime import date

import pytest
from outreach_helpers import pair, resident, volunteer

from belteam.cli.main import run
from belteam.storage.models import OutreachCase, Pause, Resident


@pytest.fixture
def cli(db, db_url, capsys):
    """Run ``belteam --db URL ...``; returns (status, stdout, stderr)."""
    res = resident("R1", lives_alone=True)
    pair(res, volunteer("V1"), "weekly:mon", date(2026, 11, 2))
    pair(resident("R2", first="Bob", last="Smit"), volunteer("V2"), "weekly:mon",
         date(2026, 11, 2))

    def call(*args: str) -> tuple[int, str, str]:
        status = run(["--db", db_url, *map(str, args)])
        out, err = capsys.readouterr()
        return status, out, err

    return call


def listed(cli, *extra: str, as_of: str = "2026-11-20") -> list[dict]:
    status, out, err = cli("--as-of", as_of, "outreach", *extra, "--json")
    assert status == 0, err
    return json.loads(out)


def test_evaluate_list_take_and_close(cli):
    assert cli("--as-of", "2026-11-02", "log-call", "R1", "--outcome", "reached")[0] == 0
    assert cli("--as-of", "2026-11-09", "log-call", "R2", "--outcome", "reached")[0] == 0
    assert listed(cli, as_of="2026-11-10") == []  # listing evaluates: nothing holds yet
    status, out, err = cli("--as-of", "2026-11-15", "outreach", "evaluate", "--json")
    assert (status, json.loads(out)) == (0, [])
    status, out, err = cli("--as-of", "2026-11-16", "outreach", "evaluate", "--json")
    [opened] = json.loads(out)
    assert (opened["resident"], opened["opened"], opened["reasons"], opened["new"]) == (
        "R1", "2026-11-16", ["no_contact"], True)
    [row] = listed(cli)  # as of the 20th: both Mondays since are missed by now
    assert {k: row[k] for k in ("resident", "opened", "reasons", "status")} == {
        "resident": "R1", "opened": "2026-11-16", "reasons": ["no_contact", "missed_calls"],
        "status": "open"}
    assert "outcome" not in row

    assert cli("--as-of", "2026-11-20", "outreach", "take", "R1") == (
        0, "Took the case of R1.\n", "")
    assert listed(cli)[0]["status"] == "taken"
    status, out, err = cli("--as-of", "2026-11-20", "outreach", "close", "R1",
                           "--outcome", "hospital", "--note", "Admitted on Monday")
    assert status == 0 and "Anna Ročak will be paused" in out
    assert listed(cli) == []
    [closed] = listed(cli, "--all")
    assert (closed["status"], closed["outcome"], closed["closed"]) == (
        "closed", "hospital", "2026-11-20")
    assert Resident.get(Resident.code == "R1").status == "paused"
    assert Pause.get().start_date == date(2026, 11, 20)


def test_readable_table_and_errors(cli):
    status, out, _ = cli("--as-of", "2026-11-02", "log-call", "R2", "--outcome",
                         "wrong_number")
    assert status == 0
    status, out, _ = cli("--as-of", "2026-11-03", "outreach")
    assert status == 0 and "R2" in out and "wrong_number" in out and "never reached" in out
    status, out, err = cli("--as-of", "2026-11-03", "outreach", "close", "R1", "--outcome",
                           "reached")
    assert status == 2 and "R1 has no open outreach case" in err
    with pytest.raises(SystemExit):  # closing is deliberate: the outcome is required
        cli("outreach", "close", "R2")
    assert OutreachCase.get().status == "open"
    status, _, err = cli("outreach", "close", "NOPE", "--outcome", "other")
    assert status == 2 and "No resident with code 'NOPE'" in err


def test_listing_the_queue_evaluates_when_stale_and_says_when(cli):
    assert cli("--as-of", "2026-11-02", "log-call", "R1", "--outcome", "reached")[0] == 0
    status, out, err = cli("--as-of", "2026-11-20", "outreach", "--json")
    assert status == 0 and "Rules last checked 2026-11-20" in err
    assert sorted(r["resident"] for r in json.loads(out)) == ["R1", "R2"]  # nobody evaluated
    status, out, _ = cli("--as-of", "2026-11-20", "outreach")
    assert out.startswith("Rules last checked 2026-11-20")

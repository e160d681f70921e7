"""The command line of the coordinator's desk: match, pair, unpair, volunteer stop."""

import json

import pytest
from matching_helpers import resident, volunteer

from belteam.cli import main as cli
from belteam.storage.models import Pairing, Resident, Volunteer


@pytest.fixture
def team(db):
    volunteer("ANN", area="Havelte", available="di do ochtend", max_residents=1)
    volunteer("BOB", area="Vledder", max_residents=1)
    resident("R1", area="Havelte", preferred_days="di ochtend", wanted_plan="weekly")
    resident("R2", languages="ti")


def run(db_url, capsys, *argv):
    status = cli.run(["--db", db_url, "--as-of", "2026-11-30", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_match_json_keys_and_order(team, db_url, capsys):
    status, out, err = run(db_url, capsys, "match", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert [d["resident"] for d in data] == ["R1", "R2"]
    assert set(data[0]) == {"resident", "suggestions", "why_none"}
    assert [s["volunteer"] for s in data[0]["suggestions"]] == ["ANN", "BOB"]
    assert set(data[0]["suggestions"][0]) == {"volunteer", "score", "reasons", "warnings"}
    assert data[1] == {"resident": "R2", "suggestions": [], "why_none": "nobody speaks Tigrinya"}
    status, out, _ = run(db_url, capsys, "match", "--resident", "R1", "--limit", "1")
    assert [s["volunteer"] for s in json.loads(out)[0]["suggestions"]] == ["ANN"]


def test_batch_and_apply(team, db_url, capsys):
    status, out, _ = run(db_url, capsys, "match", "--batch", "--json")
    data = json.loads(out)
    assert [(p["resident"], p["volunteer"]) for p in data["pairs"]] == [("R1", "ANN")]
    assert data["unmatched"] == [{"resident": "R2", "why": "nobody speaks Tigrinya"}]
    assert data["total_score"] == data["pairs"][0]["score"]
    status, out, _ = run(db_url, capsys, "match", "--batch", "--apply")
    assert status == 0
    assert json.loads(out)["made"][0]["plan"] == "weekly:tue"
    assert Pairing.select().count() == 1


def test_pair_unpair_and_full(team, db_url, capsys):
    status, out, err = run(db_url, capsys, "pair", "R1", "ANN", "--plan", "weekly:tue",
                           "--time", "10:30")
    assert status == 0, err
    assert json.loads(out)["preferred_time"] == "10:30"
    resident("R3")
    status, _, err = run(db_url, capsys, "pair", "R3", "ANN", "--plan", "weekly:tue")
    assert status == 2 and "maximum" in err and "Traceback" not in err
    status, _, err = run(db_url, capsys, "pair", "R3", "ANN", "--plan", "weekly:tue", "--force")
    assert status == 0, err
    status, out, err = run(db_url, capsys, "unpair", "R1", "--on", "2026-12-10", "--reason", "moved")
    assert status == 0, err
    assert Pairing.get(Pairing.resident == Resident.get(code="R1")).ended_reason == "moved"
    status, _, err = run(db_url, capsys, "unpair", "R2")
    assert status == 2 and "no pairing" in err


def test_volunteer_stop(team, db_url, capsys):
    run(db_url, capsys, "pair", "R1", "ANN", "--plan", "weekly:tue")
    status, out, err = run(db_url, capsys, "volunteer", "stop", "ANN")
    assert status == 0, err
    assert json.loads(out)["waiting_first"] == ["R1"]
    assert Volunteer.get(code="ANN").archived
    status, out, _ = run(db_url, capsys, "match", "--json")
    assert json.loads(out)[0]["resident"] == "R1"


def test_bad_input_is_one_line(team, db_url, capsys):
    status, _, err = run(db_url, capsys, "match", "--apply")
    assert status == 2 and err.count("\n") == 1
    status, _, err = run(db_url, capsys, "pair", "R1", "ANN", "--plan", "sometimes")
    assert status == 2 and "plan" in err and err.count("\n") == 1
    status, _, err = run(db_url, capsys, "volunteer", "stop", "NOBODY")
    assert status == 2 and "NOBODY" in err

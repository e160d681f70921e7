"""Impossible dates: one clear line, nothing stored, never an OverflowError (issue 10)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from dayhelp import pair, resident, volunteer

from belteam.calls import log as calls
from belteam.cli import main as cli
from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ
from belteam.core.validation import ValidationError
from belteam.importing import importer
from belteam.pairings import service as pairings
from belteam.people import service as people
from belteam.storage.models import CallAttempt, Resident


@pytest.fixture
def team(db):
    anna = volunteer("ANNA", "Anna")
    pair(resident("R1", "Jan"), anna, "weekly:mon", date(2026, 11, 2), time(10))
    return anna


@pytest.mark.parametrize("argv", [
    ["--as-of", "0001-01-01", "today"],
    ["--as-of", "9999-12-31", "today"],
    ["today", "--date", "9999-12-31"],
    ["log-call", "R1", "--outcome", "reached", "--at", "0001-01-01T00:00"],
    ["log-call", "R1", "--outcome", "reached", "--at", "9999-12-31T23:00"],
])
def test_dates_beyond_what_the_program_holds_are_one_clear_line(team, db_url, capsys, argv):
    with pytest.raises(SystemExit) as info:
        cli.run(["--db", db_url, *argv])
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert "outside the dates Belteam works with" in err and "Traceback" not in err
    assert CallAttempt.select().count() == 0


@pytest.mark.parametrize("at, said", [
    ("2026-12-01T10:00", "later day than today (2026-11-30)"),
    ("2026-11-01T10:00", "first pairing started on 2026-11-02"),
])
def test_a_call_after_the_commands_day_or_before_the_first_pairing_is_refused(
        team, db_url, capsys, at, said):
    status = cli.run(["--db", db_url, "log-call", "R1", "--outcome", "reached", "--at", at])
    assert status == 2 and said in capsys.readouterr().err
    assert CallAttempt.select().count() == 0


def test_the_as_of_day_is_the_commands_day(team, db_url, capsys):
    argv = ["--db", db_url, "--as-of", "2026-11-23", "log-call", "R1", "--outcome", "reached"]
    assert cli.run([*argv, "--at", "2026-11-24T10:00"]) == 2
    assert cli.run([*argv, "--at", "2026-11-23T10:00"]) == 0


def test_log_call_refuses_a_later_day_in_the_domain(team, clock):
    r1 = Resident.get(Resident.code == "R1")
    tomorrow = datetime.combine(clock.today() + timedelta(days=1), time(9), TZ)
    with pytest.raises(ValidationError, match="later day than today"):
        calls.log_call(SYSTEM, r1.id, "reached", at=tomorrow)


@pytest.mark.parametrize("birth, said", [
    ("2027-01-01", "cannot lie in the future"),
    ("1900-06-01", "more than 120 years ago"),
])
def test_impossible_birth_dates_are_refused_in_the_dialogs_service(db, birth, said):
    with pytest.raises(ValidationError, match=said):
        people.save_resident(SYSTEM, {"code": "R9", "first_name": "Mien", "birth_date": birth})
    assert not Resident.select().exists()


def test_impossible_birth_and_start_dates_are_refused_in_import(db, tmp_path):
    volunteer("V01", "Anna")
    path = tmp_path / "res.csv"
    path.write_text("code,first_name,birth_date,volunteer,plan,start_date\n"
                    "R1,Jan,1903-01-01,V01,weekly:mon,2026-12-07\n"
                    "R2,Mien,2030-01-01,V01,weekly:mon,2026-12-07\n"
                    "R3,Kees,1950-01-01,V01,weekly:mon,2029-01-01\n", encoding="utf-8")
    with pytest.raises(importer.ImportProblems) as info:
        importer.import_file(SYSTEM, "residents", path)
    text = "\n".join(str(p) for p in info.value.problems)
    assert "more than 120 years ago" in text and "in the future" in text
    assert "more than two years ahead" in text
    assert not Resident.select().exists()


def test_a_pairing_starting_more_than_two_years_ahead_is_refused(team, clock):
    r2 = resident("R2", "Mien")
    with pytest.raises(ValidationError, match="two years ahead"):
        pairings.pair(SYSTEM, r2, team, "weekly:tue", start=clock.today() + timedelta(days=800))

"""The command line for the day: today, log-call, absence, cover, pause, ics, print-list."""

import json
from datetime import date, time

import icalendar
import pytest
from dayhelp import pair, resident, volunteer

from belteam.cli import main as cli
from belteam.storage.models import Absence, CallAttempt, Cover, Pause


@pytest.fixture
def team(db):
    anna, bert = volunteer("ANNA", "Anna"), volunteer("BERT", "Bert")
    pair(resident("R1", "Jan", "Ročak"), anna, "weekly:mon", date(2026, 11, 2), time(10))
    pair(resident("R2", "Mien"), anna, "weekly:fri", date(2026, 11, 6), time(9))
    pair(resident("R3", "Kees"), bert, "weekly:mon", date(2026, 11, 2))
    return anna, bert


def run(db_url, capsys, *argv):
    status = cli.run(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return status, out, err


def today(db_url, capsys, *extra):
    status, out, err = run(db_url, capsys, *extra, "today", "--json")
    assert status == 0, err
    return json.loads(out)


def test_today_json_rows(team, db_url, capsys):
    rows = today(db_url, capsys, "--as-of", "2026-11-30")
    assert [(r["resident"], r["status"]) for r in rows] == [
        ("R2", "missed"), ("R1", "due"), ("R3", "due")]  # Friday's call missed, listed once
    jan = rows[1]
    assert jan == {**jan, "resident_name": "Jan Ročak", "volunteer": "ANNA",
                   "due_date": "2026-11-30", "status": "due", "attempts": 0,
                   "attempt_outcomes": [], "phone": "+31612345678", "preferred_time": "10:00",
                   "holiday": None}
    status, out, _ = run(db_url, capsys, "today", "--date", "2026-11-30", "--volunteer", "BERT",
                         "--json")
    assert status == 0 and [r["resident"] for r in json.loads(out)] == ["R3"]
    holiday = today(db_url, capsys, "--as-of", "2026-12-25")
    assert holiday[0]["resident"] == "R2" and "kerst" in holiday[0]["holiday"].lower()


def test_log_call_then_today_shows_attempts(team, db_url, capsys):
    status, out, err = run(db_url, capsys, "--as-of", "2026-11-30", "log-call", "R1",
                           "--outcome", "no_answer", "--at", "2026-11-30T09:15", "--by", "ANNA")
    assert status == 0, err
    assert json.loads(out)["due_date"] == "2026-11-30"
    status, _, err = run(db_url, capsys, "--as-of", "2026-12-01", "log-call", "R1", "--outcome",
                         "reached", "--note", "Maaïke كانت هناك", "--wellbeing", "8",
                         "--concern", "--confidential")
    assert status == 0, err
    [tuesday] = [r for r in today(db_url, capsys, "--as-of", "2026-12-01") if r["resident"] == "R1"]
    assert tuesday["status"] == "done" and tuesday["attempt_outcomes"] == ["no_answer", "reached"]
    assert tuesday["last_note"] == "Maaïke كانت هناك"
    stored = CallAttempt.select().order_by(CallAttempt.at.desc()).first()
    assert (stored.wellbeing, stored.concern, stored.confidential) == (8, True, True)
    assert stored.due_date == date(2026, 11, 30)


def test_log_call_refuses_a_long_note_and_bad_input(team, db_url, capsys):
    status, _, err = run(db_url, capsys, "log-call", "R1", "--outcome", "reached",
                         "--note", "x" * 1001)
    assert status == 2 and "1001 characters long; at most 1000" in err
    status, _, err = run(db_url, capsys, "log-call", "NOPE", "--outcome", "reached")
    assert status == 2 and "NOPE" in err
    with pytest.raises(SystemExit):
        run(db_url, capsys, "log-call", "R1", "--outcome", "maybe")
    assert CallAttempt.select().count() == 0


def test_absence_cover_and_pause(team, db_url, capsys):
    status, out, err = run(db_url, capsys, "absence", "add", "ANNA", "--from", "2026-12-07",
                           "--to", "2026-12-13")
    assert status == 0, err
    assert Absence.select().count() == 1
    rows = today(db_url, capsys, "--as-of", "2026-12-07")
    assert {(r["resident"], r["status"], r["volunteer"]) for r in rows} == {
        ("R1", "needs_cover", None), ("R2", "missed", "ANNA"), ("R3", "due", "BERT")}
    status, out, err = run(db_url, capsys, "cover", "ANNA", "--by", "BERT", "--from",
                           "2026-12-07", "--to", "2026-12-13")
    assert status == 0, err
    assert json.loads(out)["covered_pairings"] == 2 and Cover.select().count() == 2
    rows = today(db_url, capsys, "--as-of", "2026-12-07")
    assert {(r["resident"], r["status"], r["volunteer"]) for r in rows} == {
        ("R1", "due", "BERT"), ("R2", "missed", "ANNA"), ("R3", "due", "BERT")}
    status, _, err = run(db_url, capsys, "pause", "R3", "--from", "2026-12-01")
    assert status == 0, err
    assert Pause.select().count() == 1
    rows = today(db_url, capsys, "--as-of", "2026-12-07")
    assert [r["resident"] for r in rows] == ["R2", "R1"]
    status, out, _ = run(db_url, capsys, "absence", "list", "ANNA")
    assert json.loads(out)[0]["from"] == "2026-12-07"
    status, _, err = run(db_url, capsys, "absence", "add", "ANNA", "--from", "2026-12-07",
                         "--to", "2026-12-01")
    assert status == 2 and "before the start" in err


def test_ics_and_print_list_write_files(team, db_url, capsys, tmp_path):
    status, _, err = run(db_url, capsys, "ics", "ANNA", "--out", str(tmp_path / "anna.ics"))
    assert status == 0, err
    cal = icalendar.Calendar.from_ical((tmp_path / "anna.ics").read_bytes())
    assert sorted(str(e["summary"]) for e in cal.walk("VEVENT")) == ["Bel Jan Ročak", "Bel Mien"]
    status, _, err = run(db_url, capsys, "--as-of", "2026-11-30", "print-list", "ANNA",
                         "--from", "2026-11-30", "--to", "2026-12-04",
                         "--out", str(tmp_path / "anna.pdf"))
    assert status == 0, err
    assert (tmp_path / "anna.pdf").read_bytes().startswith(b"%PDF")

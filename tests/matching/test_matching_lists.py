"""Lists that answer questions: residents by filter, volunteers with load and quiet callers."""

from datetime import date, datetime

import pytest
from matching_helpers import desk_team, resident

from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.core.clock import TZ
from belteam.matching import lists, lists_rows
from belteam.matching.lists_rows import ResidentFilter
from belteam.pairings import service as pairings
from belteam.storage.models import CallAttempt


@pytest.fixture
def desk(db, clock):
    return desk_team()


def _codes(rows):
    return [r.code for r in rows]


def _lines(**chosen):
    return lists_rows.resident_lines(SYSTEM, ResidentFilter(**chosen))


def test_resident_filters_and_columns(desk):
    assert _codes(_lines(status="waiting")) == ["WAIT"]
    assert sorted(_codes(_lines(area="havelte"))) == ["JAN", "WAIT"]
    assert _codes(_lines(volunteer="BOB")) == ["PIET"]
    assert _codes(_lines(open_case=True)) == ["PIET"]
    assert sorted(_codes(_lines(not_reached_days=30))) == ["JAN", "WAIT"]
    jan = _lines(volunteer="ANN")[0]
    assert (jan.volunteer, jan.next_call, jan.wellbeing, jan.open_case) == (
        "ANN", date(2026, 12, 3), 7, False)
    assert jan.to_json()["last_contact"] == "2026-10-01"


def test_volunteer_load_absence_and_quiet(desk):
    rows = {r.code: r for r in lists.volunteer_lines(SYSTEM)}
    ann, bob = rows["ANN"], rows["BOB"]
    assert (ann.load, ann.free, ann.availability, ann.availability_unread) == (
        "1/3", 2, "Tue, Thu morning", "na 19u")
    assert bob.next_absence == (date(2026, 12, 5), date(2026, 12, 9))
    # ANN has calls due since September and logged nothing since 1 October: quiet.
    assert ann.quiet and not bob.quiet
    assert lists.volunteer_lines(SYSTEM, day=date(2026, 10, 10))[0].quiet is False


def test_lists_are_for_coordinator_and_staff(desk):
    with pytest.raises(PermissionDenied):
        lists.volunteer_lines(Actor("v", "volunteer", None, 1))


def test_desk_on_the_command_line(desk, db_url, capsys):
    import json

    from belteam.cli import main as cli
    assert cli.run(["--db", db_url, "--as-of", "2026-11-30", "desk", "residents",
                    "--status", "waiting"]) == 0
    assert [r["code"] for r in json.loads(capsys.readouterr().out)] == ["WAIT"]
    assert cli.run(["--db", db_url, "--as-of", "2026-11-30", "desk", "volunteers", "--quiet"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["code"], r["load"]) for r in rows] == [("ANN", "1/3")]


def test_the_command_and_the_screen_select_the_same_residents(desk, db_url, capsys):
    """One rule for both routes, also at the day's edge: reached in the evening exactly 30
    days ago is "not reached for 30 days" whatever the hour of asking."""
    import json

    from belteam.cli import main as cli
    from belteam.matching.lists_rows import resident_list_rows
    from belteam.storage.models import Resident

    late = resident("LATE", area="Havelte")
    pairings.pair(SYSTEM, late, desk[0], "weekly:mon", start=date(2026, 10, 1))
    CallAttempt.create(resident=late, volunteer=desk[0], due_date=date(2026, 10, 31),
                       at=datetime(2026, 10, 31, 21, 30, tzinfo=TZ), outcome="reached",
                       wellbeing=6)
    assert Resident.get(code="LATE").status == "active"
    rows = resident_list_rows(SYSTEM, day=date(2026, 11, 30))
    for args, chosen, with_late in (
            ([], ResidentFilter(), True),
            (["--not-reached", "30"], ResidentFilter(not_reached_days=30), True),
            (["--not-reached", "31"], ResidentFilter(not_reached_days=31), False),
            (["--volunteer", "ANN", "--area", "HAVELTE"],
             ResidentFilter(volunteer="ANN", area="HAVELTE"), True),
            (["--open-case"], ResidentFilter(open_case=True), False)):
        assert cli.run(["--db", db_url, "--as-of", "2026-11-30", "desk", "residents",
                        *args]) == 0
        printed = json.loads(capsys.readouterr().out)
        screen = [r for r in rows if chosen.accepts(r, date(2026, 11, 30))]
        assert [(p["code"], p["volunteer"], p["last_contact"], p["wellbeing"]) for p in printed] \
            == [(r.code, r.volunteer, r.last_contact and r.last_contact.isoformat(), r.wellbeing)
                for r in screen]
        assert ("LATE" in [p["code"] for p in printed]) == with_late


def test_desk_export_is_formula_safe_and_audited(desk, db_url, capsys, tmp_path):
    import csv

    from openpyxl import load_workbook

    from belteam.cli import main as cli
    from belteam.people.service import save_resident
    from belteam.storage.models import AuditEntry, Resident

    save_resident(SYSTEM, {"first_name": "=HYPERLINK(1)"}, Resident.get(code="WAIT").id)
    out = tmp_path / "waiting.csv"
    assert cli.run(["--db", db_url, "--as-of", "2026-11-30", "desk", "residents",
                    "--status", "waiting", "--out", str(out)]) == 0
    rows = list(csv.reader(out.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0][:2] == ["code", "name"] and rows[1][1] == "'=HYPERLINK(1)"
    book = tmp_path / "volunteers.xlsx"
    assert cli.run(["--db", db_url, "desk", "volunteers", "--out", str(book)]) == 0
    sheet = load_workbook(book).active
    assert sheet["A2"].value == "ANN"
    assert [e.subject for e in AuditEntry.select().where(AuditEntry.action == "data_exported")
            ] == ["desk:residents", "desk:volunteers"]
    assert cli.run(["--db", db_url, "desk", "volunteers", "--out", str(tmp_path / "x.txt")]) == 2
    assert "not a .csv, .xlsx or .pdf" in capsys.readouterr().err
    assert cli.run(["--db", db_url, "desk", "volunteers", "--out", str(tmp_path / "v.pdf")]) == 0
    assert (tmp_path / "v.pdf").read_bytes().startswith(b"%PDF")

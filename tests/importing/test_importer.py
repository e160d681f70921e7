"""Importing volunteers and residents: every problem reported, all or nothing, re-import safe."""

from __future__ import annotations

import unicodedata
from datetime import date, time, timedelta
from pathlib import Path

import openpyxl
import pytest

from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.importing import importer
from belteam.pairings import service as pairings
from belteam.pairings.plans import next_dates, parse_plan
from belteam.people import service as people
from belteam.storage.models import Pairing, Resident, Volunteer

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
VOLUNTEERS = "code,first_name,last_name,phone,max_residents\nV01,Anneke,de Vries,06-12345678,5\n" \
             "V02,Jan,Ročak,0521 234567,1\n"
RES_HEAD = "code,first_name,phone,volunteer,plan,start_date\n"


def write(tmp_path, text: str, name: str = "file.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def problems_of(kind: str, path: Path, update: bool = False) -> list[str]:
    with pytest.raises(importer.ImportProblems) as info:
        importer.import_file(SYSTEM, kind, path, update=update)
    return [str(p) for p in info.value.problems]


@pytest.fixture
def volunteers(db, tmp_path):
    importer.import_file(SYSTEM, "volunteers", write(tmp_path, VOLUNTEERS, "vol.csv"))


def test_volunteers_are_created_with_cleaned_values(db, tmp_path):
    text = ("Code;Voornaam;Achternaam;Telefoon;E-mail;Talen;Dorp;Beschikbaar;Max deelnemers\n"
            "V01;Anneke;de Vries;06-12345678;anneke@example.nl;nl, Arabisch;Havelte;ma di;3\n"
            "V02;Jan;Ročak;;;;Diever;;\n")
    result = importer.import_file(SYSTEM, "volunteers", write(tmp_path, text))
    assert (result.created, result.updated, result.pairings) == (2, 0, 0)
    anneke = Volunteer.get(Volunteer.code == "V01")
    assert (anneke.phone, anneke.email, anneke.languages) == ("+31612345678", "anneke@example.nl", ["nl", "ar"])
    assert (anneke.area, anneke.available, anneke.max_residents) == ("Havelte", "ma di", 3)
    assert Volunteer.get(Volunteer.code == "V02").max_residents == 5  # blank: the default


def test_templates_import_cleanly(db):
    vol = importer.import_file(SYSTEM, "volunteers", TEMPLATES / "volunteers.csv")
    res = importer.import_file(SYSTEM, "residents", TEMPLATES / "residents.csv")
    assert (vol.created, res.created, res.pairings) == (4, 5, 4)
    assert vol.warnings == res.warnings == []
    gerrit = Resident.get(Resident.code == "D001")
    pairing = Pairing.get(Pairing.resident == gerrit)
    assert (pairing.volunteer.code, pairing.rrule) == ("V01", "FREQ=WEEKLY;BYDAY=TU")
    assert (pairing.start_date, pairing.preferred_time) == (date(2026, 12, 1), time(10, 0))
    assert gerrit.status == "active"
    assert Resident.get(Resident.code == "D005").status == "waiting"
    arabic = Resident.get(Resident.code == "D003")
    assert (arabic.first_name, arabic.last_name, arabic.languages) == ("فاطمة", "الزهراء", ["ar", "nl"])


def test_messy_dutch_excel_export_imports_cleanly(db):
    importer.import_file(SYSTEM, "volunteers", TEMPLATES / "volunteers.csv")
    checked = importer.preview("residents", TEMPLATES / "residents_messy_nl.csv")
    assert checked.problems == [] and checked.warnings == []
    result = importer.import_file(SYSTEM, "residents", TEMPLATES / "residents_messy_nl.csv")
    assert (result.created, result.pairings) == (4, 3)
    jantje = Resident.get(Resident.code == "2024-01")
    assert (jantje.last_name, jantje.phone, jantje.postcode) == ("van der Veen", "+31612345670", "7971 AB")
    assert (jantje.birth_date, jantje.lives_alone) == (date(1937, 4, 3), True)
    assert jantje.emergency_contact_phone == "+31521123456"
    maaike = Resident.get(Resident.code == "2024-02")
    assert maaike.first_name == "Maaïke" and maaike.postcode == "7981 BJ"
    helene = Resident.get(Resident.code == "2024-03")
    assert (helene.first_name, helene.birth_date, helene.lives_alone) == ("Hélène", date(1942, 2, 1), False)
    willem = Pairing.get(Pairing.resident == Resident.get(Resident.code == "2024-04"))
    assert (willem.rrule, willem.preferred_time) == ("FREQ=MONTHLY;BYDAY=1MO", time(19, 0))


def test_names_survive_byte_exact_in_nfc(db, tmp_path):
    names = ["Ročak", "Maaïke", "فاطمة الزهراء", "Ñuñez-Ødegård"]
    rows = "".join(f"V{i},{unicodedata.normalize('NFD', n)}\n" for i, n in enumerate(names))
    importer.import_file(SYSTEM, "volunteers", write(tmp_path, "code,first_name\n" + rows))
    stored = [v.first_name for v in Volunteer.select().order_by(Volunteer.code)]
    assert stored == names
    assert all(s.encode() == unicodedata.normalize("NFC", n).encode() for s, n in zip(stored, names, strict=True))


def test_every_problem_is_reported_and_nothing_is_stored(db, volunteers, tmp_path):
    text = (RES_HEAD
            + "D1,Gerrit,0521 351234,V01,weekly:tue,01-12-2026\n"
            + "D2,,12,V01,weekly:tue,\n"
            + "D3,Hélène,0521 351235,V99,weekly:tue,\n"
            + "D4,Willem,,V01,every day,31-02-2026\n"
            + "D5,Roelof,,V01,,\n"
            + "D6,Albert,,,weekly:fri,\n")
    found = problems_of("residents", write(tmp_path, text))
    assert found == [
        "row 3, first_name: is required",
        "row 3, phone: '12' is not a valid phone number (check the number of digits)",
        "row 4, volunteer: there is no volunteer with code 'V99': import the volunteers first",
        "row 5, plan: plan 'every day': unknown kind 'everyday': " + found[3].split("'everyday': ")[1],
        "row 5, start_date: '31-02-2026' is not a date; write YYYY-MM-DD or DD-MM-YYYY",
        "row 6, plan: a volunteer is given but no call plan; write one, e.g. weekly:tue or biweekly:fri",
        "row 7, volunteer: a call plan is given but no volunteer; write the volunteer's code",
    ]
    assert Resident.select().count() == 0 and Pairing.select().count() == 0


def test_all_or_nothing_when_only_the_last_row_is_wrong(db, tmp_path):
    rows = "".join(f"V{i},Name{i},06-1234567{i % 10}\n" for i in range(1200))
    path = write(tmp_path, "code,first_name,phone\n" + rows + "V9999,Bad,not a phone\n")
    assert problems_of("volunteers", path) == [
        "row 1202, phone: 'not a phone' is not a phone number"]
    assert Volunteer.select().count() == 0


def test_missing_required_columns_names_them_and_what_was_found(db, tmp_path):
    found = problems_of("residents", write(tmp_path, "Naam;Telefoon;Dorp\nGerrit;0521 351234;Havelte\n"))
    assert found == ["row 1: missing required column(s): code (Dutch: nummer), first_name (Dutch: "
                     "voornaam); the columns found are: Naam, Telefoon, Dorp"]


def test_unknown_columns_are_ignored_with_a_warning(db, tmp_path):
    path = write(tmp_path, "code,first_name,Opmerkingen,shoe size\nV1,Anneke,lief,39\n")
    result = importer.import_file(SYSTEM, "volunteers", path)
    assert result.created == 1
    assert result.warnings == ["column 'Opmerkingen' is not known and is ignored",
                               "column 'shoe size' is not known and is ignored"]


def test_same_column_twice_is_a_problem(db, tmp_path):
    found = problems_of("volunteers", write(tmp_path, "code,first_name,Telefoon,phone\nV1,A,,\n"))
    assert found == ["row 1, phone: is the same column as 'Telefoon' (phone); keep one of them"]


def test_duplicate_codes_in_the_file_name_both_rows(db, tmp_path):
    found = problems_of("volunteers", write(tmp_path, "code,first_name\nV1,A\nV2,B\nV1,C\n"))
    assert found == ["row 2, code: code 'V1' appears more than once in the file (rows 2, 4)",
                     "row 4, code: code 'V1' appears more than once in the file (rows 2, 4)"]


def test_archived_volunteer_cannot_be_paired(db, volunteers, tmp_path):
    people.set_archived(SYSTEM, Volunteer.get(Volunteer.code == "V01"))
    found = problems_of("residents", write(tmp_path, RES_HEAD + "D1,Gerrit,,V01,weekly:tue,\n"))
    assert found == ["row 2, volunteer: volunteer V01 is archived"]


@pytest.mark.parametrize(("content", "message"), [
    ("", "is empty: there is no header row"),
    ("code,first_name\n", "has a header but no rows to import"),
    ("code,first_name\n,\n , \n", "has a header but no rows to import"),
])
def test_empty_files(db, tmp_path, content, message):
    found = problems_of("volunteers", write(tmp_path, content))
    assert len(found) == 1 and message in found[0]


def test_not_a_spreadsheet_and_broken_xlsx(db, tmp_path):
    binary = write(tmp_path, "", "people.csv")
    binary.write_bytes(b"\x00\x01\x02PDF" * 50)
    assert problems_of("volunteers", binary)[0].startswith(f"cannot read {binary}:")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04garbage")
    assert problems_of("volunteers", broken)[0].startswith(f"cannot read {broken}:")


def test_blank_rows_are_skipped_and_rows_numbered_as_the_sheet(db, tmp_path):
    path = write(tmp_path, "code;voornaam;telefoon\r\n;;\r\nV1;A;\r\n;;\r\n\r\nV2;B;123\r\n", encoding="cp1252")
    assert problems_of("volunteers", path) == [
        "row 6, telefoon: '123' is not a valid phone number (check the number of digits)"]


def test_very_long_cells_are_refused(db, tmp_path):
    path = write(tmp_path, "code,first_name,phone,available\n"
                 f"V1,{'A' * 101},{'6' * 1500},{'x' * 201}\n")
    assert problems_of("volunteers", path) == [
        "row 2, first_name: is 101 characters long; at most 100 allowed",
        "row 2, phone: is 1500 characters long; at most 1000 allowed",
        "row 2, available: is 201 characters long; at most 200 allowed",
    ]


def test_more_values_than_columns_is_a_problem(db, tmp_path):
    path = write(tmp_path, "code,first_name,area\nV1,A,Dorpsstraat 1, Havelte\n")
    assert problems_of("volunteers", path) == [
        "row 2: has 1 more value(s) than the header has columns (a comma or ; inside a "
        "value without quotes?)"]


def test_reimport_without_update_refuses_known_codes(db, volunteers, tmp_path):
    assert problems_of("volunteers", write(tmp_path, VOLUNTEERS)) == [
        "row 2, code: code V01 already exists; use --update to change it",
        "row 3, code: code V02 already exists; use --update to change it"]
    assert Volunteer.select().count() == 2


def test_reimport_with_update_changes_and_never_duplicates(db, volunteers, tmp_path):
    path = write(tmp_path, RES_HEAD + "D1,Gerrit,0521 351234,V01,weekly:tue,01-12-2026\nD2,Jan,,,,\n")
    importer.import_file(SYSTEM, "residents", path)
    again = importer.import_file(SYSTEM, "residents", path, update=True)
    assert (again.created, again.updated, again.unchanged, again.pairings) == (0, 0, 2, 0)
    assert Resident.select().count() == 2 and Pairing.select().count() == 1
    changed = write(tmp_path, RES_HEAD + "D1,Gerrit,0521 351299,V02,biweekly:fri,04-12-2026\n", "b.csv")
    result = importer.import_file(SYSTEM, "residents", changed, update=True)
    assert (result.created, result.updated, result.pairings) == (0, 1, 1)
    gerrit = Resident.get(Resident.code == "D1")
    assert gerrit.phone == "+31521351299"
    rows = list(Pairing.select().where(Pairing.resident == gerrit).order_by(Pairing.id))
    assert [(p.volunteer.code, p.end_date, p.ended_reason) for p in rows] == [
        ("V01", date(2026, 12, 3), "replaced"), ("V02", None, "")]
    assert pairings.current_pairing(gerrit, date(2026, 12, 4)).rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"


def test_update_pairs_a_waiting_resident(db, volunteers, tmp_path):
    importer.import_file(SYSTEM, "residents", write(tmp_path, "code,first_name\nD1,Gerrit\n"))
    assert Resident.get(Resident.code == "D1").status == "waiting"
    importer.import_file(SYSTEM, "residents", write(tmp_path, RES_HEAD + "D1,Gerrit,,V01,daily,\n", "b.csv"),
                         update=True)
    assert Resident.get(Resident.code == "D1").status == "active"


def test_interval_plans_count_from_the_start_date(db, volunteers, tmp_path):
    path = write(tmp_path, RES_HEAD + "D1,A,,V01,biweekly:fri,11-12-2026\nD2,B,,V01,biweekly:fri,\n")
    importer.import_file(SYSTEM, "residents", path)
    first, second = (Pairing.get(Pairing.resident == Resident.get(Resident.code == c)) for c in ("D1", "D2"))
    assert second.start_date == date(2026, 11, 30)  # blank start date: today
    plan = parse_plan(first.rrule)
    assert next_dates(plan, first.start_date, date(2026, 11, 30), 2) == [date(2026, 12, 11), date(2026, 12, 25)]
    assert next_dates(plan, second.start_date, date(2026, 11, 30), 2) == [date(2026, 12, 4), date(2026, 12, 18)]


def test_capacity_is_a_warning_not_a_refusal(db, volunteers, tmp_path):
    path = write(tmp_path, RES_HEAD + "D1,A,,V02,weekly:tue,\nD2,B,,V02,weekly:wed,\n")
    result = importer.import_file(SYSTEM, "residents", path)
    assert result.pairings == 2
    assert result.warnings == ["volunteer V02 (Jan Ročak) will call 2 residents, more than the "
                               "agreed maximum of 1 (rows 2, 3)"]


def test_preferred_time_without_volunteer_is_warned(db, tmp_path):
    path = write(tmp_path, "code,first_name,voorkeurstijd\nD1,A,10:00\n")
    assert importer.preview("residents", path).warnings == [
        "column 'voorkeurstijd' is used only with a volunteer and plan; ignored in rows 2"]


def test_xlsx_with_real_date_cells_and_numbers(db, volunteers, tmp_path):
    path = tmp_path / "deelnemers.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nummer", "Voornaam", "Telefoon", "Geboortedatum", "Woont alleen",
                  "Vrijwilliger", "Belafspraak", "Voorkeurstijd", "Startdatum"])
    sheet.append([1001, "فاطمة", 612345678, date(1940, 4, 3), True, "V01", "weekly:mon",
                  time(10, 30), date(2026, 12, 7)])
    book.save(path)
    result = importer.import_file(SYSTEM, "residents", path)
    assert (result.created, result.pairings) == (1, 1)
    fatima = Resident.get(Resident.code == "1001")
    assert (fatima.first_name, fatima.phone, fatima.birth_date, fatima.lives_alone) == (
        "فاطمة", "+31612345678", date(1940, 4, 3), True)
    pairing = Pairing.get(Pairing.resident == fatima)
    assert (pairing.preferred_time, pairing.start_date) == (time(10, 30), date(2026, 12, 7))


def test_preview_stores_nothing_and_counts(db, volunteers, tmp_path):
    path = write(tmp_path, RES_HEAD + "D1,A,,V01,weekly:tue,\nD2,B,,,,\n")
    checked = importer.preview("residents", path)
    assert checked.ok and (checked.to_create, checked.to_update, checked.new_pairings) == (2, 0, 1)
    assert [f for f, _ in checked.columns] == ["code", "first_name", "phone", "volunteer", "plan", "start_date"]
    assert Resident.select().count() == 0


def test_cancel_rolls_back(db, tmp_path):
    rows = "".join(f"V{i},Name{i}\n" for i in range(1500))
    path = write(tmp_path, "code,first_name\n" + rows)
    seen: list[tuple[int, int]] = []
    with pytest.raises(importer.ImportCancelled):
        importer.import_file(SYSTEM, "volunteers", path, progress=lambda d, t: seen.append((d, t)),
                             cancel=lambda: len(seen) >= 5)  # cancelled while storing
    assert seen[-1][0] > 1500  # storing had begun
    assert Volunteer.select().count() == 0


def test_progress_reaches_the_total(db, tmp_path):
    seen: list[tuple[int, int]] = []
    path = write(tmp_path, "code,first_name\nV1,A\nV2,B\n")
    importer.import_file(SYSTEM, "volunteers", path, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)


def test_only_coordinators_import(db, tmp_path):
    path = write(tmp_path, "code,first_name\nV1,A\n")
    with pytest.raises(PermissionDenied, match="importing spreadsheets"):
        importer.import_file(Actor("vera", "volunteer", volunteer_id=1), "volunteers", path)
    assert importer.import_file(Actor("cora", "coordinator"), "volunteers", path).created == 1


def test_update_writes_only_what_changed(db, volunteers, tmp_path, clock):
    before = Volunteer.get(Volunteer.code == "V01").updated_at
    clock.advance(timedelta(hours=1))
    text = VOLUNTEERS.replace("06-12345678", "06-87654321")
    result = importer.import_file(SYSTEM, "volunteers", write(tmp_path, text, "b.csv"), update=True)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    anneke, jan = Volunteer.get(Volunteer.code == "V01"), Volunteer.get(Volunteer.code == "V02")
    assert anneke.phone == "+31687654321" and anneke.updated_at > before
    assert jan.updated_at == before
    assert result.summary() == "volunteers: 0 created, 1 updated, 1 unchanged"


@pytest.mark.parametrize("header", ["Woont alleen?", "WOONT_ALLEEN", " woont-alleen ", "Alleenwonend",
                                    "lives alone"])
def test_header_spelling_does_not_matter(db, tmp_path, header):
    path = write(tmp_path, f"Nummer;Voornaam;{header}\nD1;Gerrit;ja\n")
    checked = importer.preview("residents", path)
    assert checked.ok and checked.warnings == []
    assert checked.rows[0].cleaned["lives_alone"] is True

"""Import input that used to slip through (issue 10): unclosed quotes, codes in another case,
invisible characters, formula cells without a stored result."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from belteam.calls import log as calls
from belteam.core.actors import SYSTEM
from belteam.core.clock import TZ
from belteam.core.validation import ValidationError
from belteam.importing import importer
from belteam.pairings.service import pair
from belteam.people import service as people
from belteam.storage.models import CallAttempt, Resident, Volunteer

HEAD = "code,first_name,last_name\n"


def problems(tmp_path, text: str, kind: str = "volunteers", name: str = "f.csv") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(importer.ImportProblems) as info:
        importer.import_file(SYSTEM, kind, path)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("text, row", [
    (HEAD + "V01,Anna,Visser\nV02,\"Bram,Bakker\n", 3),  # on the last row
    (HEAD + "V01,\"Anna,Visser\nV02,Bram,Bakker\nV03,Cor,Dijk\n", 2),  # rows after it
])
def test_an_unclosed_quote_names_its_row(db, tmp_path, text, row):
    assert problems(tmp_path, text) == [f"row {row}: a quote is not closed"]
    assert not Volunteer.select().exists()


def test_quotes_that_close_across_lines_still_import(db, tmp_path):
    path = tmp_path / "ok.csv"
    path.write_text(HEAD + 'V01,"Anna ""An""",Visser\nV02,Bram,"Bakker, de Jong"\n',
                    encoding="utf-8")
    assert importer.import_file(SYSTEM, "volunteers", path).created == 2


def test_codes_that_differ_only_in_case_are_the_same_code(db, tmp_path):
    found = problems(tmp_path, HEAD + "d001,Anna,Visser\nD001,Bram,Bakker\n")
    assert any("appears more than once" in p for p in found)
    path = tmp_path / "one.csv"
    path.write_text(HEAD + "d001,Anna,Visser\n", encoding="utf-8")
    importer.import_file(SYSTEM, "volunteers", path)
    assert Volunteer.get().code == "D001"
    path.write_text(HEAD + "D001,Anna,Visser\n", encoding="utf-8")
    assert any("already exists" in p for p in problems(tmp_path, HEAD + "D001,Anna,Visser\n"))
    res = tmp_path / "res.csv"
    res.write_text("code,first_name,volunteer,plan\nr1,Jan,d001,weekly:mon\n", encoding="utf-8")
    assert importer.import_file(SYSTEM, "residents", res).pairings == 1
    assert people.resident_by_code(SYSTEM, "r1").code == "R1"


@pytest.mark.parametrize("name", ["Anna\u202eassiV", "An\u200bna", "\u2066Anna\u2069"])
def test_invisible_characters_are_refused_in_names(db, tmp_path, name):
    found = problems(tmp_path, HEAD + f"V01,{name},Visser\n")
    assert found and "invisible characters" in found[0]
    with pytest.raises(ValidationError, match="invisible"):
        people.save_volunteer(SYSTEM, {"code": "V02", "first_name": name})


def test_joiners_in_names_are_kept(db):
    assert people.save_volunteer(SYSTEM, {"code": "V1", "first_name": "Mehr\u200cnaz"})


def test_invisible_characters_are_stripped_from_notes_keeping_line_breaks(db, clock):
    v = people.save_volunteer(SYSTEM, {"code": "V1", "first_name": "Anna"})
    r = people.save_resident(SYSTEM, {"code": "R1", "first_name": "Jan"})
    pair(SYSTEM, r, v, "weekly:mon", start=clock.today())
    calls.log_call(SYSTEM, r.id, "reached", note="Goed\u202e gesprek\r\nTuin\u200b\tmooi",
                   at=datetime.combine(clock.today(), datetime.min.time(), TZ).replace(hour=10))
    assert CallAttempt.get().note == "Goed gesprek\r\nTuin\tmooi"


def test_a_formula_without_a_stored_result_is_named(db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["code", "first_name", "last_name"])
    sheet.append(["V01", "Anna", "Visser"])
    sheet.append(["V02", '=UPPER("bram")', "Bakker"])  # openpyxl stores no result
    path = tmp_path / "f.xlsx"
    book.save(path)
    with pytest.raises(importer.ImportProblems) as info:
        importer.import_file(SYSTEM, "volunteers", path)
    found = [str(p) for p in info.value.problems]
    assert len(found) == 1 and found[0].startswith("row 3, first_name: is a formula")
    assert "is required" not in found[0]
    assert not Resident.select().exists()

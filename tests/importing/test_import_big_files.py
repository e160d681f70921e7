"""Big files (issue 10): the file is read row by row, not held whole, and a file with many
bad rows prints at most 100 problems of a kind plus a count of the rest.

The memory figure for 200,000 rows is measured in benchmarks/bench_import_memory.py."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from belteam.cli import main as cli
from belteam.core.actors import SYSTEM
from belteam.importing import importer
from belteam.importing.spreadsheet import open_table
from belteam.storage.models import Volunteer


def _never(*args, **kwargs):
    raise AssertionError("the whole file was read at once")


def test_the_file_is_never_read_whole(db, tmp_path, monkeypatch):
    csv = tmp_path / "vol.csv"
    csv.write_text("code,first_name\n" + "".join(f"V{i},Anna\n" for i in range(50)),
                   encoding="utf-8")
    book = openpyxl.Workbook()
    book.active.append(["code", "first_name"])
    book.active.append(["X1", "Bram"])
    xlsx = tmp_path / "vol.xlsx"
    book.save(xlsx)
    with monkeypatch.context() as reading:  # only while importing: closing may read its marks
        reading.setattr(Path, "read_bytes", _never)
        reading.setattr(Path, "read_text", _never)
        assert importer.import_file(SYSTEM, "volunteers", csv).created == 50
        assert importer.import_file(SYSTEM, "volunteers", xlsx).created == 1
    assert Volunteer.select().count() == 51


def test_rows_come_one_at_a_time(tmp_path):
    csv = tmp_path / "vol.csv"
    csv.write_text("code,first_name\nV1,Anna\nV2,Bram\n", encoding="utf-8")
    table = open_table(csv)
    assert not isinstance(table.rows, list)
    assert next(iter(table.rows)).cells == ("V1", "Anna")


def test_an_import_keeps_only_the_cleaned_values(db, tmp_path):
    csv = tmp_path / "vol.csv"
    csv.write_text("code,first_name,last_name\nV1,Anna,Visser\n", encoding="utf-8")
    checked = importer.preview("volunteers", csv, keep_cells=False)
    assert checked.rows[0].values == {} and checked.rows[0].cleaned["last_name"] == "Visser"
    assert importer.preview("volunteers", csv).rows[0].values["last_name"] == "Visser"


def test_at_most_100_problems_of_a_kind_then_a_count(db, tmp_path, capsys):
    lines = "".join(f"V{i},Anna,not a phone {i}\n" for i in range(250))
    lines += "".join(f",Bram{i},\n" for i in range(3))  # another kind: the code is missing
    csv = tmp_path / "vol.csv"
    csv.write_text("code,first_name,phone\n" + lines, encoding="utf-8")
    assert cli.run(["--db", str(tmp_path / "x.db"), "import", "volunteers", str(csv)]) == 1
    err = capsys.readouterr().err.splitlines()
    phone = [line for line in err if ", phone:" in line]
    assert len(phone) == 100 and phone[0].startswith("row 2, phone:")
    assert "… and 150 more problems in phone" in err
    assert len([line for line in err if ", code:" in line]) == 3
    assert err[-1].startswith("nothing was imported: 253 problems")


@pytest.mark.parametrize("per_kind", [1, 2])
def test_problem_lines_keep_file_order(per_kind):
    found = [importer.Problem(2, "phone", "bad"), importer.Problem(3, "code", "bad"),
             importer.Problem(4, "phone", "bad")]
    lines = importer.problem_lines(found, per_kind=per_kind)
    assert lines[:2] == ["row 2, phone: bad", "row 3, code: bad"]
    assert len(lines) == 3

"""Lists on screen exported (CSV, XLSX) and printed (PDF): coordinator only, formula-safe, audited."""

import csv
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from belteam.core.actors import Actor, PermissionDenied
from belteam.privacy import tables
from belteam.storage.models import AuditEntry

COORDINATOR = Actor("mieke", "coordinator")
HEADERS = ["Code", "Name", "Next call"]
ROWS = [["R01", "Maaïke Ročak", "3 Dec 2026"], ["R02", '=HYPERLINK("http://x","klik")', ""]]


@pytest.mark.parametrize("role", ["volunteer", "staff"])
def test_only_a_coordinator_exports_or_prints(sqlite_db, tmp_path, role):
    for name in ("list.csv", "list.xlsx", "list.pdf"):
        with pytest.raises(PermissionDenied):
            tables.write_table(Actor("ann", role), tmp_path / name, HEADERS, ROWS, "residents list")
        assert not (tmp_path / name).exists()
    assert AuditEntry.select().count() == 0


def test_xlsx_reads_back_with_the_formula_guarded(sqlite_db, tmp_path):
    path = tmp_path / "Jan de Vries.xlsx"
    assert tables.write_table(COORDINATOR, path, HEADERS, ROWS, "residents list") == 2
    sheet = load_workbook(path).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert values[1] == ["R01", "Maaïke Ročak", "3 Dec 2026"]
    assert values[2][1] == '\'=HYPERLINK("http://x","klik")'
    assert sheet.cell(3, 2).data_type == "s"  # text, never a formula
    entry = AuditEntry.get()
    assert (entry.actor, entry.action, entry.subject, entry.detail) == (
        "mieke", "data_exported", "residents list", "2 rows, xlsx")  # no file name: it may hold a name


def test_csv_has_the_formula_guarded(sqlite_db, tmp_path):
    path = tmp_path / "list.csv"
    tables.write_table(COORDINATOR, path, HEADERS, ROWS, "volunteers list")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[2][1].startswith("'=HYPERLINK")
    assert AuditEntry.get().detail == "2 rows, csv"


def test_pdf_prints_every_row_landscape(sqlite_db, tmp_path):
    path = tmp_path / "list.pdf"
    rows = [[f"R{n:03d}", f"Name {n}", "3 Dec 2026"] for n in range(120)] + ROWS
    tables.write_table(COORDINATOR, path, HEADERS, rows, "residents list", title="Residents")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Residents" in text and "Maaïke Ročak" in text and "R119" in text
    assert text.count("Next call") >= 2  # the header row repeats on every page
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split(" x "))
    assert width > height  # landscape
    assert AuditEntry.get().detail == "122 rows, pdf"


def test_an_unknown_format_is_one_clear_error(sqlite_db, tmp_path):
    with pytest.raises(ValueError, match="not a .csv, .xlsx or .pdf file"):
        tables.write_table(COORDINATOR, Path(tmp_path / "list.txt"), HEADERS, ROWS, "x")

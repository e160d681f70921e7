"""``belteam report``: JSON keys, PDF/XLSX/CSV exports read back, bad input, the audit log."""

from __future__ import annotations

import json
import subprocess

import pytest
from openpyxl import load_workbook
from report_helpers import scripted_month

from belteam.cli.main import run
from belteam.storage.models import AuditEntry

KEYS = {"due", "attempts", "reached", "reach_rate", "residents_reached", "residents_not_reached",
        "wellbeing_mean", "wellbeing_median", "wellbeing_counts", "topics", "practical_help",
        "not_again", "concerns", "cases_opened", "cases_closed", "waiting", "volunteers_active"}


@pytest.fixture
def cli(db, db_url, capsys):
    scripted_month()

    def call(*args: str) -> tuple[int, str, str]:
        status = run(["--db", db_url, *map(str, args)])
        out, err = capsys.readouterr()
        return status, out, err

    return call


def test_json_has_the_issue_keys_and_hides_small_numbers(cli):
    status, out, err = cli("report", "--month", "2026-11", "--by", "area", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert data["period"] == {"from": "2026-11-01", "to": "2026-11-30"}
    assert set(data["totals"]) >= KEYS and set(data["previous"]) >= KEYS
    assert set(data["totals"]["wellbeing_counts"]) == {str(m) for m in range(1, 11)}
    assert data["totals"]["due"] == 44 and data["totals"]["residents_not_reached"] == "<5"
    zuid = next(a for a in data["areas"] if a["area"] == "Zuid")
    assert set(zuid) >= KEYS and zuid["attempts"] == "<5"
    assert "Naam" not in out and "N1" not in out  # counts only: no names, no codes
    assert AuditEntry.get(AuditEntry.action == "report_exported").detail.startswith("json")


def test_week_and_dates(cli):
    status, out, _err = cli("report", "--week", "2026-W45", "--json")
    assert json.loads(out)["period"] == {"from": "2026-11-02", "to": "2026-11-08"}
    assert json.loads(out)["previous"]["attempts"] == "<5"
    status, out, _err = cli("report", "--from", "2026-11-02", "--to", "2026-11-03", "--json")
    assert json.loads(out)["totals"]["attempts"] == 8


@pytest.mark.parametrize("args, message", [
    (("--week", "2026-W60"), "not a week"), (("--month", "2026-13"), "not a month"),
    (("--from", "2026-11-05"), "--from and --to go together"),
    (("--from", "2026-11-05", "--to", "2026-11-01"), "before the start date"),
])
def test_bad_periods_say_so_in_one_line(cli, args, message):
    status, out, err = cli("report", *args, "--json")
    assert status != 0 and message in err and "Traceback" not in err and out == ""
    assert AuditEntry.select().where(AuditEntry.action == "report_exported").count() == 0


def test_pdf_in_dutch_and_english(cli, tmp_path):
    target = tmp_path / "overzicht.pdf"
    status, out, err = cli("report", "--month", "2026-11", "--by", "area", "--pdf", target)
    assert status == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    for heading in ("Overzicht belteam", "2026-11-01", "2026-11-30", "Kerncijfers",
                    "Geplande belbeurten", "Per gebied", "Definities", "Bereikpercentage per week"):
        assert heading in text, heading
    assert "Naam" not in text
    english = tmp_path / "overview.pdf"
    assert cli("report", "--month", "2026-11", "--pdf", english, "--lang", "en")[0] == 0
    text = subprocess.run(["pdftotext", str(english), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Phone circle overview" in text and "Definitions" in text
    assert AuditEntry.select().where(AuditEntry.action == "report_exported").count() == 2


def test_xlsx_has_a_sheet_per_table_and_native_charts(cli, tmp_path):
    target = tmp_path / "overzicht.xlsx"
    assert cli("report", "--month", "2026-11", "--by", "area", "--xlsx", target)[0] == 0
    book = load_workbook(target)
    assert book.sheetnames == ["figures", "wellbeing", "topics", "cases", "areas", "reach"]
    assert book["figures"]["B3"].value == 44  # due calls, this period
    assert len(book["wellbeing"]._charts) == 1 and len(book["reach"]._charts) == 1


def test_csv_one_file_per_table(cli, tmp_path):
    assert cli("report", "--month", "2026-11", "--csv", tmp_path / "out", "--lang", "en")[0] == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["cases.csv", "figures.csv", "topics.csv", "wellbeing.csv"]
    lines = (tmp_path / "out" / "figures.csv").read_text().splitlines()
    assert lines[0] == "Figure,This period,Previous period" and lines[1] == "Due calls,44,<5"  # October: one resident


def test_unwritable_target_is_one_line(cli, tmp_path):
    status, _out, err = cli("report", "--pdf", tmp_path / "missing" / "x.pdf")
    assert status != 0 and "could not write" in err and "Traceback" not in err

"""``belteam import``: exit status, what goes to stdout and stderr, and what ends up stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from belteam.cli.main import run

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture
def cli(db_url, clock, capsys):
    """Run ``belteam --db URL ...``; returns (status, stdout, stderr)."""

    def call(*args: str) -> tuple[int, str, str]:
        status = run(["--db", db_url, *map(str, args)])
        out, err = capsys.readouterr()
        return status, out, err

    return call


def listed(cli, kind: str) -> list[dict]:
    status, out, _ = cli("list", kind, "--json")
    assert status == 0
    return json.loads(out)


def test_import_templates(cli):
    assert cli("import", "volunteers", TEMPLATES / "volunteers.csv") == (
        0, "imported volunteers: 4 created, 0 updated\n", "")
    status, out, err = cli("import", "residents", TEMPLATES / "residents.csv")
    assert (status, out, err) == (0, "imported residents: 5 created, 0 updated, 4 pairings made\n", "")
    residents = {r["code"]: r for r in listed(cli, "residents")}
    assert residents["D003"]["first_name"] == "فاطمة"
    assert residents["D002"]["last_name"] == "Brüggemann"
    assert residents["D001"]["phone"] == "+31521351234" and residents["D001"]["status"] == "active"
    assert len(listed(cli, "pairings")) == 4


def test_problems_go_to_stderr_with_exit_1_and_nothing_is_stored(cli, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("code;voornaam;telefoon\nV1;Anneke;0612\nV2;;06-12345678\nV1;Jan;\n", encoding="utf-8")
    status, out, err = cli("import", "volunteers", path)
    assert status == 1 and out == ""
    assert err.splitlines() == [
        "row 2, code: code 'V1' appears more than once in the file (rows 2, 4)",
        "row 2, telefoon: '0612' is not a valid phone number (check the number of digits)",
        "row 3, voornaam: is required",
        "row 4, code: code 'V1' appears more than once in the file (rows 2, 4)",
        "nothing was imported: 4 problems; fix the file and import it again",
    ]
    assert listed(cli, "volunteers") == []


def test_unreadable_file(cli, tmp_path):
    status, _, err = cli("import", "residents", tmp_path / "missing.xlsx")
    assert status == 1
    assert err.startswith(f"cannot read {tmp_path / 'missing.xlsx'}: there is no such file\n")


def test_dry_run_stores_nothing(cli):
    cli("import", "volunteers", TEMPLATES / "volunteers.csv")
    status, out, err = cli("import", "residents", TEMPLATES / "residents_messy_nl.csv", "--dry-run")
    assert (status, err) == (0, "")
    assert out == "dry run, nothing stored: 4 residents: 4 new, 0 to update, 3 pairings\n"
    assert listed(cli, "residents") == []


def test_dry_run_reports_problems(cli, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("code,first_name,volunteer,plan\nD1,Gerrit,V7,weekly:tue\n", encoding="utf-8")
    status, _, err = cli("import", "residents", path, "--dry-run")
    assert status == 1
    assert err.splitlines()[0] == "row 2, volunteer: there is no volunteer with code 'V7': import the volunteers first"


def test_reimport_needs_update(cli):
    cli("import", "volunteers", TEMPLATES / "volunteers.csv")
    status, _, err = cli("import", "volunteers", TEMPLATES / "volunteers.csv")
    assert status == 1
    assert "row 2, code: code V01 already exists; use --update to change it" in err.splitlines()
    assert cli("import", "volunteers", TEMPLATES / "volunteers.csv", "--update")[:2] == (
        0, "imported volunteers: 0 created, 0 updated, 4 unchanged\n")
    assert len(listed(cli, "volunteers")) == 4


def test_warnings_go_to_stderr_but_the_import_succeeds(cli, tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("code,first_name,hobby\nV1,Anneke,breien\n", encoding="utf-8")
    status, out, err = cli("import", "volunteers", path)
    assert (status, out) == (0, "imported volunteers: 1 created, 0 updated\n")
    assert err == "warning: column 'hobby' is not known and is ignored\n"


def test_residents_wanted_plan_is_imported_and_checked(cli, tmp_path):
    path = tmp_path / "waiting.csv"
    path.write_text("code;voornaam;status;gewenste belafspraak\nW1;Truus;waiting;tweewekelijks\n",
                    encoding="utf-8")
    assert cli("import", "residents", path)[0] == 0
    assert listed(cli, "residents")[0]["wanted_plan"] == "biweekly"
    path.write_text("code;voornaam;wanted_plan\nW2;Kees;sometimes\n", encoding="utf-8")
    status, _, err = cli("import", "residents", path)
    assert status == 1 and err.startswith("row 2, wanted_plan: 'sometimes' is not a call plan")


def readme_commands(section: str) -> list[list[str]]:
    """The ``belteam …`` lines of the first shell block after ``section`` in the README."""
    import shlex

    text = (TEMPLATES.parent.parent / "README.md").read_text(encoding="utf-8")
    block = text.split(section, 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [shlex.split(line)[1:] for line in block.splitlines() if line.startswith("belteam ")]


def test_readme_example_files_import_into_the_demo_team_in_its_order(cli, db, monkeypatch):
    monkeypatch.chdir(TEMPLATES.parent.parent)  # the README's paths are from the project folder
    monkeypatch.setenv("BELTEAM_PASSWORD", "demo-coordinator")
    commands = readme_commands("### The import template")
    assert [c[-1].rsplit("/", 1)[-1] for c in commands[1:]] == [
        "volunteers.csv", "residents.csv", "residents_messy_nl.csv"]
    for command in commands:
        status, out, err = cli(*command)
        assert status == 0, (command, err)
    status, out, _ = cli("--user", "coordinator", "list", "residents", "--json")
    codes = {row["code"] for row in json.loads(out)}
    assert {"D001", "D005", "2024-01", "2024-04"} <= codes

"""The command line with accounts: --user sign-in, ``belteam user``, ``person``, ``audit``."""

import json

import pytest
from account_helpers import PASSWORD, build_world, use_fast_hasher

from belteam.cli import main as cli
from belteam.storage.models import Resident, User


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


@pytest.fixture
def run(db, db_url, monkeypatch, capsys):
    """Run one command against the test database; returns (status, stdout, stderr)."""
    def go(*argv, user=None, password=None, new_password=None):
        for name, value in (("BELTEAM_PASSWORD", password), ("BELTEAM_NEW_PASSWORD", new_password)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        args = ["--db", db_url] + (["--user", user] if user else []) + list(argv)
        status = cli.run(args)
        out, err = capsys.readouterr()
        return status, out, err
    return go


def test_without_accounts_commands_act_as_the_system(run):
    status, out, _ = run("list", "residents")
    assert status == 0 and json.loads(out) == []
    status, out, err = run("user", "add", "boss", "--role", "coordinator", new_password="short")
    assert status == 2 and "at least 10 characters" in err
    status, out, _ = run("user", "add", "boss", "--role", "coordinator", new_password=PASSWORD)
    assert status == 0 and "created" in out
    assert User.get(User.username == "boss").password_hash.startswith("$argon2id$")


def test_once_accounts_exist_every_command_needs_a_user(run):
    build_world()
    status, _, err = run("list", "residents")
    assert status == 2 and "--user" in err
    status, _, err = run("list", "residents", user="coordinator")
    assert status == 2 and "BELTEAM_PASSWORD" in err  # no terminal to ask on
    status, _, err = run("list", "residents", user="coordinator", password="wrong one!")
    assert status == 2 and "not right" in err
    status, _, err = run("list", "residents", user="nobody", password="wrong one!")
    assert status == 2 and "not right" in err
    status, out, _ = run("list", "residents", user="coordinator", password=PASSWORD)
    assert status == 0 and {r["code"] for r in json.loads(out)} == {"R1", "R2", "R3"}


def test_lock_out_on_the_command_line(run):
    build_world()
    for _ in range(5):
        run("list", "residents", user="staff", password="guessing")
    status, _, err = run("list", "residents", user="staff", password=PASSWORD)
    assert status == 2 and "locked for 5 minutes" in err


def test_user_commands_for_the_coordinator(run):
    w = build_world()
    me = {"user": "coordinator", "password": PASSWORD}
    status, out, _ = run("user", "add", "carla", "--role", "volunteer", "--volunteer", "V2",
                         new_password="carla's password", **me)
    assert status == 0
    assert User.get(User.username == "carla").volunteer_id == w.v2.id
    status, _, err = run("user", "add", "dirk", "--role", "volunteer", new_password=PASSWORD, **me)
    assert status == 2 and "linked to their volunteer" in err
    status, _, err = run("user", "add", "dirk", "--role", "staff", "--volunteer", "V9",
                         new_password=PASSWORD, **me)
    assert status == 2 and "No volunteer with code 'V9'" in err
    assert run("user", "disable", "carla", **me)[0] == 0
    status, out, _ = run("user", "list", "--json", **me)
    rows = {r["username"]: r for r in json.loads(out)}
    assert rows["carla"]["disabled"] and rows["carla"]["volunteer"] == "V2"
    assert run("user", "enable", "carla", **me)[0] == 0
    status, _, err = run("user", "reset-password", "carla", new_password="tiny", **me)
    assert status == 2 and "at least 10" in err
    assert run("user", "reset-password", "carla", new_password="brand new secret", **me)[0] == 0
    assert run("today", "--json", user="carla", password="brand new secret")[0] == 0


@pytest.mark.parametrize("who", ["staff", "anna"])
def test_refused_actions_exit_non_zero_with_the_role(run, who):
    build_world()
    for argv in (("user", "list"), ("user", "disable", "bram"), ("audit",),
                 ("person", "export", "R1", "--out", "/tmp/never.json"),
                 ("person", "erase", "R1", "--yes"), ("purge-notes",),
                 ("list", "residents", "--json"), ("list", "volunteers", "--json")):
        status, _, err = run(*argv, user=who, password=PASSWORD)
        assert status != 0, argv
        assert "Not allowed for the role" in err, argv
    status, _, err = run("user", "add", "x", "--role", "staff", user=who, password=PASSWORD,
                         new_password=PASSWORD)
    assert status == 2 and "Not allowed" in err
    assert Resident.get(Resident.code == "R1").first_name == "Wilhelmina"


def test_volunteer_sees_only_own_residents_on_the_command_line(run):
    build_world()
    # Listing residents is a bulk export (coordinators); the day's list is the volunteer's own.
    status, out, err = run("list", "residents", user="anna", password=PASSWORD)
    assert status == 2 and out == "" and "exporting data" in err
    status, out, _ = run("today", "--json", user="anna", password=PASSWORD)
    assert status == 0 and "R2" not in {r["resident"] for r in json.loads(out)}
    status, out, _ = run("list", "pairings", user="anna", password=PASSWORD)
    assert "R2" not in {p["resident"] for p in json.loads(out)}


def test_person_export_and_erase(run, tmp_path):
    build_world()
    me = {"user": "coordinator", "password": PASSWORD}
    out_json, out_pdf = tmp_path / "r1.json", tmp_path / "r1.pdf"
    status, _, _ = run("person", "export", "R1", "--out", str(out_json), "--pdf", str(out_pdf), **me)
    assert status == 0
    assert json.loads(out_json.read_text(encoding="utf-8"))["person"]["last_name"] == "Zwartjes"
    assert out_pdf.read_bytes()[:4] == b"%PDF"
    status, _, err = run("person", "erase", "R1", **me)
    assert status == 2 and "--yes" in err and "cannot be undone" in err
    assert Resident.get(Resident.code == "R1").first_name == "Wilhelmina"
    status, out, _ = run("person", "erase", "R1", "--yes", **me)
    assert status == 0 and "anonymous counts" in out
    assert not Resident.select().where(Resident.code == "R1").exists()
    status, out, _ = run("audit", "--json", **me)
    actions = [e["action"] for e in json.loads(out)]
    assert "person_erased" in actions and "person_exported" in actions
    status, _, err = run("person", "export", "R1", "--out", str(out_json), **me)
    assert status == 2 and "No person with code 'R1'" in err


def test_consent_on_the_command_line(run):
    build_world()
    status, out, _ = run("person", "consent", "R2", "--date", "2026-11-01", "--by", "daughter",
                         "--purpose", "weekly calls", user="coordinator", password=PASSWORD)
    assert status == 0
    assert Resident.get(Resident.code == "R2").consent_by == "daughter"


def test_demo_prints_its_sign_ins(run):
    status, out, _ = run("demo", "--residents", "6", "--volunteers", "3", "--years", "0")
    assert status == 0
    # after the summary, on lines of their own (not glued to "stopped answering lately")
    assert "lately\n\nDemo sign-ins (user name / password):\n" in out
    assert "demo-coordinator" in out and "demo-volunteer" in out
    volunteer = User.get(User.username == "volunteer")
    assert volunteer.volunteer_id is not None and volunteer.role == "volunteer"
    status, out, _ = run("today", "--json", user="volunteer", password="demo-volunteer")
    assert status == 0
    status, _, _ = run("user", "list", user="coordinator", password="demo-coordinator")
    assert status == 0
    status, _, err = run("user", "list", user="staff", password="demo-staff-2026")
    assert status == 2 and "Not allowed for the role staff" in err


def test_add_volunteers_prints_one_time_passwords_and_writes_letters(run, tmp_path):
    import shutil
    import subprocess

    from account_helpers import volunteer

    build_world()
    volunteer("V3", "Cor", "Dijk", "0633333333")
    status, _, err = run("user", "add-volunteers", "V3", user="anna", password=PASSWORD)
    assert status == 2 and "managing accounts" in err
    letters = tmp_path / "brieven.pdf"
    status, out, err = run("user", "add-volunteers", "--all", "--letters", str(letters),
                           user="coordinator", password=PASSWORD)
    assert status == 0, err
    line = next(x for x in out.splitlines() if x.startswith("v3\t"))
    one_time = line.split("\t")[1]
    assert "v1\t" not in out and "v2\t" not in out  # they have accounts already
    text = subprocess.run([shutil.which("pdftotext"), str(letters), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert one_time in text and "Beste Cor Dijk" in text and "Dear Cor Dijk" in text
    # The first sign-in may only change the password, and the one-time one stops working.
    status, _, err = run("list", "residents", user="v3", password=one_time)
    assert status == 2 and "belteam user password" in err and len(err.strip().splitlines()) == 1
    status, out, err = run("user", "password", user="v3", password=one_time,
                           new_password=PASSWORD)
    assert status == 0, err
    status, _, err = run("list", "residents", user="v3", password=PASSWORD)
    assert "one-time" not in err  # from now on refused only for the role, as any volunteer
    status, _, err = run("list", "residents", user="v3", password=one_time)
    assert status == 2


def test_add_volunteers_needs_codes_or_all(run):
    build_world()
    status, _, err = run("user", "add-volunteers", user="coordinator", password=PASSWORD)
    assert status == 2 and "--all" in err
    status, _, err = run("user", "add-volunteers", "NOPE", user="coordinator", password=PASSWORD)
    assert status == 2 and "NOPE" in err and not User.select().where(User.username == "nope").exists()

"""``belteam encrypt``: a plain database copied into SQLCipher, checked, never overwriting."""

import sqlite3

import pytest
from account_helpers import use_fast_hasher

import belteam.cli.accounts  # noqa: F401  (the CLI sign-in and the demo accounts hook)
from belteam.cli import main as cli
from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.demo import team as demo
from belteam.privacy import encryption
from belteam.storage import db as dbmod
from belteam.storage.migrations import init_db
from belteam.storage.models import CallAttempt, Resident

pytest.importorskip("sqlcipher3", reason="install the [encryption] extra (sqlcipher3)")

KEY = "a long enough passphrase"


@pytest.fixture
def plain(tmp_path, clock, monkeypatch):
    """A plain SQLite file with a small demo team (and its demo accounts)."""
    use_fast_hasher(monkeypatch)
    path = tmp_path / "plain.sqlite3"
    init_db(str(path))
    demo.generate(SYSTEM, residents=8, volunteers=3, years=0.2)
    dbmod.close()
    return path


@pytest.fixture
def run(monkeypatch, capsys):
    """Run ``belteam encrypt`` as a demo user; returns (status, stdout, stderr)."""
    def go(*argv, user="coordinator", password="demo-coordinator", key=KEY):
        monkeypatch.setenv("BELTEAM_PASSWORD", password)
        monkeypatch.setenv(dbmod.KEY_ENV, key)
        status = cli.run(["--user", user, "encrypt", *map(str, argv)])
        out, err = capsys.readouterr()
        return status, out, err
    return go


def _plain_counts(path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return encryption.table_counts(connection)
    finally:
        connection.close()


def test_the_copy_opens_only_with_the_key_and_holds_every_row(plain, tmp_path, run, monkeypatch):
    target = tmp_path / "secret.db"
    status, out, err = run(plain, target)
    assert status == 0, err
    assert "checked with the passphrase" in out
    raw = target.read_bytes()
    assert not raw.startswith(encryption.SQLITE_HEADER)
    url = f"sqlcipher:///{target}"
    monkeypatch.delenv(dbmod.KEY_ENV)
    with pytest.raises(dbmod.DatabaseError, match="BELTEAM_DB_KEY"):
        dbmod.connect(url)
    with pytest.raises(dbmod.DatabaseError, match="the key is wrong"):
        dbmod.connect(url, passphrase="not the right passphrase")
    expected = _plain_counts(plain)
    assert expected["resident"] == 8 and expected["call_attempt"] > 0
    database = dbmod.connect(url, passphrase=KEY)
    try:
        assert encryption.table_counts(database.connection()) == expected
        assert Resident.select().count() == 8
        assert CallAttempt.select().count() == expected["call_attempt"]
    finally:
        dbmod.close()
    assert _plain_counts(plain) == expected  # the original is untouched and still plain


def test_an_existing_target_is_never_overwritten(plain, tmp_path, run, capsys):
    target = tmp_path / "taken.db"
    target.write_bytes(b"keep me")
    with pytest.raises(SystemExit) as stopped:
        run(plain, target)
    assert stopped.value.code == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == b"keep me"
    with pytest.raises(encryption.EncryptionError, match="already exists"):
        encryption.encrypt_copy(SYSTEM, plain, target, KEY)
    assert target.read_bytes() == b"keep me"


def test_only_a_coordinator_may_encrypt(plain, tmp_path, run):
    target = tmp_path / "secret.db"
    status, _, err = run(plain, target, user="staff", password="demo-staff-2026")
    assert status == 2 and "Not allowed" in err
    assert not target.exists()
    with pytest.raises(PermissionDenied):
        encryption.encrypt_copy(Actor("staff", "staff"), plain, target, KEY)
    assert not target.exists()


def test_a_short_passphrase_is_refused(plain, tmp_path, run):
    target = tmp_path / "secret.db"
    status, _, err = run(plain, target, key="short")
    assert status == 2 and "at least 10 characters" in err
    assert not target.exists()


def test_an_encrypted_source_is_refused(plain, tmp_path, run, capsys):
    first = tmp_path / "secret.db"
    assert run(plain, first)[0] == 0
    with pytest.raises(SystemExit):
        run(first, tmp_path / "again.db")
    assert "not a plain" in capsys.readouterr().err
    assert not (tmp_path / "again.db").exists()


def test_new_passphrase_rules():
    assert encryption.new_passphrase_problem("short", "short").startswith("A passphrase needs")
    assert encryption.new_passphrase_problem(KEY, KEY + "!") == "The two passphrases are not the same."
    assert encryption.new_passphrase_problem(KEY, KEY) is None

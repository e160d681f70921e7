"""Encryption at rest: a sqlcipher:/// database is unreadable without its key."""

import sqlite3

import peewee
import pytest

from belteam.core.actors import SYSTEM
from belteam.people import service as people
from belteam.storage import db as dbmod
from belteam.storage.migrations import init_db
from belteam.storage.models import Resident

pytest.importorskip("sqlcipher3", reason="install the [encryption] extra (sqlcipher3)")


def _make(tmp_path, monkeypatch) -> str:
    path = tmp_path / "secret.db"
    url = f"sqlcipher:///{path}"
    monkeypatch.setenv("BELTEAM_DB_KEY", "correct horse battery")
    init_db(url)
    people.save_resident(SYSTEM, {"code": "R1", "first_name": "Wilhelmina", "phone": "0521111111"})
    dbmod.DB.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close()
    return url


def test_encrypted_file_is_unreadable_without_the_key(tmp_path, monkeypatch, clock):
    url = _make(tmp_path, monkeypatch)
    path = tmp_path / "secret.db"
    raw = path.read_bytes()
    assert b"Wilhelmina" not in raw and b"SQLite format 3" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM resident").fetchall()
    monkeypatch.setenv("BELTEAM_DB_KEY", "wrong key entirely")
    with pytest.raises(dbmod.DatabaseError, match="key is wrong"):
        dbmod.connect(url)
    monkeypatch.delenv("BELTEAM_DB_KEY")
    with pytest.raises(dbmod.DatabaseError, match="BELTEAM_DB_KEY"):
        dbmod.connect(url)


def test_encrypted_file_is_readable_with_the_key(tmp_path, monkeypatch, clock):
    url = _make(tmp_path, monkeypatch)
    monkeypatch.delenv("BELTEAM_DB_KEY")
    database = dbmod.connect(url, passphrase="correct horse battery")
    try:
        assert isinstance(database, peewee.SqliteDatabase)
        assert Resident.get(Resident.code == "R1").first_name == "Wilhelmina"
    finally:
        dbmod.close()

"""Locks held by another program: every connection waits (busy timeout), and a lock that
outlasts it gives the friendly message, never a raw OperationalError (issue 10)."""

from __future__ import annotations

import sqlite3
import threading

import peewee
import psycopg2
import pytest
from account_helpers import PASSWORD, use_fast_hasher

from belteam.accounts import users as accounts
from belteam.cli import main as cli
from belteam.core.actors import SYSTEM
from belteam.storage import db as dbmod


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


def _timeout_of(database: peewee.Database) -> int:
    if isinstance(database, peewee.PostgresqlDatabase):
        return int(database.execute_sql(
            "SELECT setting FROM pg_settings WHERE name = 'lock_timeout'").fetchone()[0])
    return database.execute_sql("PRAGMA busy_timeout").fetchone()[0]


def test_every_connection_has_the_busy_timeout(db, db_url):
    assert _timeout_of(db) == dbmod.BUSY_TIMEOUT_MS
    other = dbmod.make_database(db_url)
    other.connect()
    try:
        assert _timeout_of(other) == dbmod.BUSY_TIMEOUT_MS
    finally:
        other.close()


def _hold_write_lock(db_url: str):
    """Another program's write transaction (an import, say); returns its release function."""
    if dbmod.is_postgres_url(db_url):
        conn = psycopg2.connect(db_url)  # one raw connection: the release may come from a thread
        conn.cursor().execute('LOCK TABLE "user" IN ACCESS EXCLUSIVE MODE')
        return lambda: (conn.rollback(), conn.close())
    conn = sqlite3.connect(db_url, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    return lambda: (conn.execute("ROLLBACK"), conn.close())


def test_a_lock_outlasting_the_timeout_gives_the_friendly_message(db, db_url, monkeypatch,
                                                                  capsys):
    accounts.create_user(SYSTEM, "mieke", "coordinator", PASSWORD)
    dbmod.close()
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setenv("BELTEAM_PASSWORD", PASSWORD)
    release = _hold_write_lock(db_url)
    try:
        status = cli.run(["--db", db_url, "--user", "mieke", "list", "residents"])
    finally:
        release()
    err = capsys.readouterr().err
    assert status == 2 and "locked by another program" in err
    assert "OperationalError" not in err


def test_a_short_lock_is_waited_for(db, db_url, monkeypatch, capsys):
    accounts.create_user(SYSTEM, "mieke", "coordinator", PASSWORD)
    dbmod.close()
    monkeypatch.setenv("BELTEAM_PASSWORD", PASSWORD)
    release = _hold_write_lock(db_url)
    # Released from another thread once the command is waiting; the timeout is 30 s.
    timer = threading.Timer(0.5, release)
    timer.start()
    try:
        status = cli.run(["--db", db_url, "--user", "mieke", "list", "residents"])
    finally:
        timer.join()
    assert status == 0, capsys.readouterr().err

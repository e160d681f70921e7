"""Shared fixtures: a fresh database per test (SQLite, and PostgreSQL where a server is given),
and a pinned clock."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import peewee
import pytest

from belteam import bootstrap
from belteam.core.clock import clock as the_clock
from belteam.storage import db as dbmod
from belteam.storage.migrations import init_db

PG_SERVER_URL = os.environ.get("BELTEAM_TEST_PG_URL", "")
PG_URL = ""
TODAY = date(2026, 11, 30)  # a Monday

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _wired():
    """The tests run with the same hooks and jobs as every entry point."""
    bootstrap.wire()


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    """Keep every file the program writes (backups, settings) inside the test's folder."""
    monkeypatch.setenv("BELTEAM_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BELTEAM_DB", raising=False)
    monkeypatch.delenv("BELTEAM_PASSWORD", raising=False)


@pytest.fixture
def clock():
    """The program's clock pinned to TODAY (noon); tests move it with pin/advance."""
    the_clock.pin(TODAY)
    yield the_clock
    the_clock.pin(None)
    the_clock.pretend(None)


def _start_postgres() -> str:
    """The throwaway server of scripts/start-postgres.sh (started if needed), or '' if none."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "start-postgres.sh"
    done = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=300,
                          check=False)
    return done.stdout.strip().splitlines()[-1] if done.returncode == 0 and done.stdout.strip() else ""


@pytest.fixture(scope="session", autouse=True)
def _own_postgres_database():
    """A database of this test run's own on the server, so parallel runs never share one."""
    global PG_URL
    server = PG_SERVER_URL or _start_postgres()
    if not server:
        yield
        return
    name = f"belteam_test_{os.getpid()}"
    admin = dbmod.make_database(server)
    admin.connect()
    admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}"')
    admin.execute_sql(f'CREATE DATABASE "{name}"')
    PG_URL = server.rsplit("/", 1)[0] + "/" + name
    yield
    dbmod.close()
    admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def _reset_postgres(url: str) -> None:
    database = dbmod.make_database(url)
    database.connect()
    database.execute_sql("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    database.close()


def open_test_db(kind: str, tmp_path) -> str:
    if kind == "postgres":
        if not PG_URL:
            pytest.fail("no PostgreSQL server could be started: install PostgreSQL or set "
                        "BELTEAM_TEST_PG_URL (scripts/start-postgres.sh)")
        _reset_postgres(PG_URL)
        return PG_URL
    return str(tmp_path / "belteam.sqlite3")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """A fresh, migrated database URL of each engine (PostgreSQL fails without a server)."""
    return open_test_db(request.param, tmp_path)


@pytest.fixture
def db(db_url, clock) -> peewee.Database:
    """A fresh, migrated database of each engine, bound to the models."""
    database = init_db(db_url)
    yield database
    dbmod.close()


@pytest.fixture
def sqlite_db(tmp_path, clock) -> peewee.Database:
    """A fresh SQLite database only (for GUI tests)."""
    database = init_db(str(tmp_path / "belteam.sqlite3"))
    yield database
    dbmod.close()

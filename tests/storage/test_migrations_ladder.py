"""The migration ladder: a database built by step 1 alone and migrated to the newest version
has exactly the schema of the current models, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest
from conftest import open_test_db
from schema_probe import differences, schema_facts

from belteam.storage import db as dbmod
from belteam.storage import migrations
from belteam.storage.migrations import CURRENT_VERSION, init_db, migrate_db, schema_version
from belteam.storage.models import ALL_MODELS


@pytest.fixture(params=["sqlite", "postgres"])
def kind(request) -> str:
    return request.param


def _empty(kind: str, tmp_path: Path, name: str) -> str:
    """An empty database of this engine (PostgreSQL: the test database, wiped)."""
    dbmod.close()
    if kind == "postgres":
        return open_test_db("postgres", tmp_path)
    return str(tmp_path / f"{name}.sqlite3")


def _current_models(kind: str, tmp_path: Path) -> set:
    """The schema the program's models describe, created straight from them."""
    database = dbmod.connect(_empty(kind, tmp_path, "models"))
    database.create_tables(ALL_MODELS)
    facts = schema_facts(database)
    dbmod.close()
    return facts


def _climbed(kind: str, tmp_path: Path, start: int) -> tuple[set, peewee.Database]:
    """Steps 1..start in one run, then the program opens it and climbs the rest."""
    url = _empty(kind, tmp_path, f"from-v{start}")
    if start:
        database = dbmod.connect(url)
        assert migrate_db(database, upto=start) == start
        assert schema_version(database) == start
        dbmod.close()
    database = init_db(url)
    return schema_facts(database), database


@pytest.mark.parametrize("start", range(CURRENT_VERSION), ids=lambda v: f"from-v{v}")
def test_every_start_climbs_to_the_schema_of_the_current_models(kind, start, tmp_path, clock):
    wanted = _current_models(kind, tmp_path)
    got, database = _climbed(kind, tmp_path, start)
    assert schema_version(database) == CURRENT_VERSION
    dbmod.close()
    assert differences(got, wanted) == []
    assert {fact[1] for fact in wanted if fact[0] == "table"} == {
        model._meta.table_name for model in ALL_MODELS}


def test_step_one_creates_version_one_not_the_current_models(kind, tmp_path, clock):
    database = dbmod.connect(_empty(kind, tmp_path, "v1"))
    migrate_db(database, upto=1)
    tables = set(database.get_tables())
    indexes = {ix.name for ix in database.get_indexes("outreach_case")}
    dbmod.close()
    assert "volunteer" in tables and "outreach_case" in tables
    assert "call_draft" not in tables  # version 3
    assert "outreach_case_one_open" not in indexes  # version 2


@pytest.mark.parametrize("missing", range(2, CURRENT_VERSION + 1), ids=lambda v: f"without-v{v}")
def test_the_comparison_notices_a_missing_step(kind, missing, tmp_path, clock, monkeypatch):
    """Without this, a comparison that sees nothing would pass as well."""
    wanted = _current_models(kind, tmp_path)
    ladder = [(number, step) for number, step in migrations.MIGRATIONS if number != missing]
    monkeypatch.setattr(migrations, "MIGRATIONS", ladder)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", ladder[-1][0])
    got, _database = _climbed(kind, tmp_path, 1)
    dbmod.close()
    assert differences(got, wanted) != []


def test_frozen_definitions_are_used_by_the_migrations_alone():
    root = Path(__file__).resolve().parents[2]
    users = [path.relative_to(root).as_posix()
             for folder in ("belteam", "ui") for path in (root / folder).rglob("*.py")
             if "schema_v1" in path.read_text(encoding="utf-8")
             or "schema_v3" in path.read_text(encoding="utf-8")]
    assert sorted(users) == ["belteam/storage/migrations.py", "belteam/storage/schema_v3.py"]

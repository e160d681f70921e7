"""A team in an SQLite file, and that file damaged: for the integrity-at-start tests."""

from __future__ import annotations

from belteam.core.actors import SYSTEM
from belteam.people import service as people
from belteam.storage import db as dbmod
from belteam.storage import integrity
from belteam.storage.migrations import init_db


def make_team(path) -> None:
    """400 residents in the file at ``path``, written through (left open)."""
    init_db(str(path))
    for n in range(400):
        people.save_resident(SYSTEM, {"code": f"R{n}", "first_name": "Naam" * 10,
                                      "address": "Straat " * 20})
    dbmod.DB.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def damage(path) -> None:
    """Wreck a few data pages, a day after the last check (so the next start checks)."""
    state = integrity._load()
    for entry in state.values():
        entry["checked"] -= integrity.DAY_SECONDS
    integrity._save(state)
    data = bytearray(path.read_bytes())
    page = 4096
    last = len(data) // page
    for number in (last - 6, last - 5, last - 4):  # data pages; the schema pages stay whole
        data[page * number + 8: page * (number + 1)] = b"\x07" * (page - 8)
    path.write_bytes(bytes(data))

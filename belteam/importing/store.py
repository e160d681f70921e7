"""Writing a checked import: bulk inserts in chunks, inside one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

import peewee as pw

from belteam.core.clock import clock
from belteam.importing.rows import LOOKUP_CHUNK, PAIRING_FIELDS, PreviewRow
from belteam.pairings.service import _end_running
from belteam.storage.db import DB
from belteam.storage.models import Pairing, Resident, Volunteer

IMPORT_CACHE_KIB = -8000  # SQLite's page cache while storing: 8 MB
CHUNK = 500  # rows per INSERT: ~25 columns x 500 stays far below SQLite's parameter limit


def store(kind: str, rows: list[PreviewRow], step: Callable[[int], None]
          ) -> tuple[int, int, int, int]:
    """Store every checked row of ``kind``: (created, updated, unchanged, pairings);
    ``step(done)`` may raise to roll back."""
    with _small_page_cache(), DB.atomic():
        if kind == "volunteers":
            return _store_volunteers(rows, step)
        return _store_residents(rows, step)


@contextmanager
def _small_page_cache() -> Iterator[None]:
    """Bulk inserts gain nothing from SQLite's large page cache, and the rows being stored
    already take the memory: use a small one while storing (PostgreSQL: nothing to do)."""
    if not isinstance(DB.obj, pw.SqliteDatabase):
        yield
        return
    before = DB.execute_sql("PRAGMA cache_size").fetchone()[0]
    DB.execute_sql(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        DB.execute_sql(f"PRAGMA cache_size = {int(before)}")


def _person(row: PreviewRow) -> dict[str, Any]:
    return {k: val for k, val in row.cleaned.items() if k not in PAIRING_FIELDS}


def _insert(model: Any, records: Iterable[dict[str, Any]], step: Callable[[int], None],
            done: int) -> int:
    """Insert in chunks with one prepared statement, building each chunk only when it is sent
    (memory stays flat however long the file).

    insert_many builds SQL per value and took 4 s for 20,000 residents and pairings; the
    statement comes from peewee all the same, and values pass through each field's db_value.
    """
    fields = [f for f in model._meta.sorted_fields if f.name != model._meta.primary_key.name]
    source = iter(records)
    sql = None
    cursor = DB.cursor()
    while chunk := list(islice(source, CHUNK)):
        step(done)
        rows = [tuple(_value(f, r) for f in fields) for r in chunk]
        if sql is None:
            sql, _params = model.insert_many(rows[:1], fields=fields).returning().sql()
        params = [tuple(f.db_value(v) for f, v in zip(fields, row, strict=True)) for row in rows]
        _execute_many(cursor, sql, params)
        done += len(chunk)
    return done


def _execute_many(cursor: Any, sql: str, params: list[tuple]) -> None:
    if isinstance(DB.obj, pw.PostgresqlDatabase):
        # psycopg2's executemany makes a round trip per row; execute_values sends one statement.
        from psycopg2.extras import execute_values

        prefix = sql[:sql.rindex(" VALUES ")]
        execute_values(cursor, prefix + " VALUES %s", params, page_size=CHUNK)
    else:
        cursor.executemany(sql, params)


def _value(field: Any, record: dict[str, Any]) -> Any:
    """The record's value, else the field's default (as peewee would fill it in)."""
    if field.name in record:
        return record[field.name]
    default = field.default
    return default() if callable(default) else default


def _update(model: Any, rows: list[PreviewRow], step: Callable[[int], None],
            done: int) -> tuple[int, int]:
    """Write only rows that differ from what is stored, so a re-import is cheap: (done, changed)."""
    now = clock.now()
    changed = 0
    for start in range(0, len(rows), LOOKUP_CHUNK):
        chunk = rows[start:start + LOOKUP_CHUNK]
        stored = {r.id: r for r in model.select().where(model.id.in_([r.existing_id for r in chunk]))}
        for row in chunk:
            if done % CHUNK == 0:
                step(done)
            done += 1
            record = stored[row.existing_id]
            values = {k: val for k, val in _person(row).items()
                      if k != "code" and getattr(record, k) != val}
            if values:
                model.update(updated_at=now, **values).where(model.id == row.existing_id).execute()
                changed += 1
    return done, changed


def _store_volunteers(rows: list[PreviewRow], step: Callable[[int], None]) -> tuple[int, int, int, int]:
    now = clock.now()
    new = [r for r in rows if r.existing_id is None]
    old = [r for r in rows if r.existing_id is not None]
    records = ({**_person(r), "created_at": now, "updated_at": now} for r in new)
    done = _insert(Volunteer, records, step, 0)
    _done, changed = _update(Volunteer, old, step, done)
    return len(new), changed, len(old) - changed, 0


def _store_residents(rows: list[PreviewRow], step: Callable[[int], None]) -> tuple[int, int, int, int]:
    now = clock.now()
    new = [r for r in rows if r.existing_id is None]
    old = [r for r in rows if r.existing_id is not None]
    records = ({**_person(r), "status": "active" if r.volunteer_id else "waiting",
                "created_at": now, "updated_at": now} for r in new)
    done = _insert(Resident, records, step, 0)
    done, changed = _update(Resident, old, step, done)
    ids = _ids_by_code([r.code for r in new])
    for row in new:
        row.existing_id = ids[row.code]
    paired = [r for r in rows if r.new_pairing]
    # The same rule as pairings.pair(): a new pairing ends the resident's running one.
    for row in old:
        if row.new_pairing:
            _end_running(row.existing_id or 0, row.cleaned["start_date"])
    pairings = ({"volunteer": r.volunteer_id, "resident": r.existing_id,
                 "rrule": r.cleaned["plan"].to_rrule(), "start_date": r.cleaned["start_date"],
                 "preferred_time": r.cleaned.get("preferred_time"), "created_at": now}
                for r in paired)
    _insert(Pairing, pairings, step, done)
    waiting = [r.existing_id for r in old if r.new_pairing]
    for start in range(0, len(waiting), LOOKUP_CHUNK):
        (Resident.update(status="active")
         .where(Resident.id.in_(waiting[start:start + LOOKUP_CHUNK]), Resident.status == "waiting")
         .execute())
    return len(new), changed, len(old) - changed, len(paired)


def _ids_by_code(codes: list[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for start in range(0, len(codes), LOOKUP_CHUNK):
        chunk = codes[start:start + LOOKUP_CHUNK]
        ids.update(Resident.select(Resident.code, Resident.id)
                   .where(Resident.code.in_(chunk)).tuples())
    return ids

"""Fast bulk inserts of plain tuples: peewee writes the SQL once, each field converts its values.

``Model.insert_many(rows, fields).execute()`` builds a query tree per value (about 48 µs a
row of 13 columns on SQLite); reusing the statement peewee generated for a chunk of the same
size and binding the converted values directly takes about a fifth of that.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain, islice
from typing import Any

import peewee as pw

MAX_ROWS = 5000
COPY_ROWS = 50_000  # rows per COPY on PostgreSQL
_SQLITE_OLD_LIMIT = 999  # SQLite before 3.32 binds at most 999 values per statement


def _engine(database: pw.Database) -> pw.Database:
    return getattr(database, "obj", None) or database  # through the DatabaseProxy


def copying(database: pw.Database) -> bool:
    """True on PostgreSQL, where rows go in through COPY."""
    return isinstance(_engine(database), pw.PostgresqlDatabase)


# SQLite during a bulk load: the rollback journal in memory instead of the WAL (which would
# write every page twice) and no fsync. (A bigger page cache did not build the indexes any
# faster and cost 270 MB.)
# Foreign keys are not checked while loading: the loader takes every id from rows it has just
# inserted (checking costs three index searches a row).
_SQLITE_LOAD = (("synchronous", "off"), ("foreign_keys", "0"), ("journal_mode", "memory"),
                ("threads", "2"))


@contextmanager
def bulk_load(database: pw.Database) -> Iterator[None]:
    """Fast settings for loading a lot of rows; what was set before is back afterwards.

    Enter it outside a transaction. SQLite keeps its own settings inside one, and cannot leave
    WAL while another connection has the file open: then it simply stays in WAL.
    """
    engine = _engine(database)
    if isinstance(engine, pw.SqliteDatabase) and not engine.in_transaction():
        before = [(name, engine.execute_sql(f"PRAGMA {name}").fetchone()[0])
                  for name, _ in _SQLITE_LOAD]
        try:
            for name, value in _SQLITE_LOAD:
                engine.execute_sql(f"PRAGMA {name} = {value}")
        except pw.OperationalError:
            pass  # another connection has the file open: load in WAL
        try:
            yield
        finally:
            for name, value in before:
                engine.execute_sql(f"PRAGMA {name} = {value}")
    elif isinstance(engine, pw.PostgresqlDatabase) and not engine.in_transaction():
        before = engine.execute_sql("SHOW synchronous_commit").fetchone()[0]
        engine.execute_sql("SET synchronous_commit = off")  # this session only
        try:
            yield
        finally:
            engine.execute_sql("SELECT set_config('synchronous_commit', %s, false)", (before,))
    else:
        yield


def analyze(database: pw.Database, models: Sequence[type[pw.Model]]) -> None:
    """PostgreSQL: refresh the planner's statistics of freshly loaded tables."""
    if copying(database):
        for model in models:
            database.execute_sql(f'ANALYZE "{model._meta.table_name}"')


def insert_prepared(model: type[pw.Model], fields: Sequence[pw.Field],
                    chunks: Iterable[list[tuple]]) -> int:
    """Insert chunks of rows already in the database's own terms; returns how many.

    SQLite gets INSERTs of as many rows as it binds values (faster than executemany),
    PostgreSQL a COPY per chunk (its rows carry ``\\N`` for NULL). Use inside a transaction.
    """
    database, total = model._meta.database, 0
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    table = model._meta.table_name
    size = chunk_rows(database, len(fields))
    group = f"({', '.join('?' * len(fields))})"
    statements: dict[int, str] = {}
    for chunk in chunks:
        if copying(database):
            _copy_csv(database, table, columns, chunk)
            total += len(chunk)
            continue
        for begin in range(0, len(chunk), size):
            part = chunk[begin:begin + size]
            sql = statements.get(len(part))
            if sql is None:
                sql = statements[len(part)] = (f'INSERT INTO "{table}" ({columns}) VALUES '
                                               + ", ".join([group] * len(part)))
            database.execute_sql(sql, list(chain.from_iterable(part)))
        total += len(chunk)
    return total


def chunk_rows(database: pw.Database, columns: int) -> int:
    """Rows per INSERT statement: SQLite limits bound values, PostgreSQL gets MAX_ROWS."""
    database = _engine(database)
    if not isinstance(database, pw.SqliteDatabase):
        return MAX_ROWS
    limit = _SQLITE_OLD_LIMIT
    connection = database.connection()
    if hasattr(connection, "getlimit"):  # Python 3.11+
        limit = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return max(1, min(MAX_ROWS, limit // columns))


@contextmanager
def indexes_deferred(model: type[pw.Model], in_order: Sequence[str] = ()) -> Iterator[bool]:
    """Into an empty table, load first and index afterwards: building an index once is far
    cheaper than keeping it sorted through millions of inserts. Use inside a transaction.

    Indexes led by a column in ``in_order`` (rows arrive sorted by it) stay: appending to
    them is cheap. The others are recreated from the database's own definitions, so
    whatever the migrations made comes back exactly. Yields whether indexes were deferred.
    """
    database, table = model._meta.database, model._meta.table_name
    if model.select().exists():
        yield False
        return
    saved = [index for index in database.get_indexes(table)
             if index.sql and not index.unique and index.columns[0] not in in_order]
    for index in saved:
        database.execute_sql(f'DROP INDEX "{index.name}"')
    yield True
    for index in saved:
        database.execute_sql(index.sql)


@contextmanager
def foreign_keys_deferred(model: type[pw.Model]) -> Iterator[None]:
    """PostgreSQL, into an empty table: drop its foreign keys for the load and add them back
    (checked in one pass) afterwards, instead of a lookup per key per row. Use inside a
    transaction; the definitions come from the database, so they come back exactly."""
    database, table = model._meta.database, model._meta.table_name
    if not copying(database) or model.select().exists():
        yield
        return
    keys = database.execute_sql(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = %s::regclass AND contype = 'f' ORDER BY conname",
        (f'"{table}"',)).fetchall()
    for name, _ in keys:
        database.execute_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
    yield
    for name, definition in keys:
        database.execute_sql(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')


def _converters(fields: Sequence[pw.Field]) -> list[tuple[int, Callable]]:
    """Positions whose field changes values on the way in (aware datetimes to UTC, lists to text).

    Plain fields get values of their own type from the caller; foreign keys get plain ids.
    """
    return [(pos, f.db_value) for pos, f in enumerate(fields)
            if type(f).db_value is not pw.Field.db_value and not isinstance(f, pw.ForeignKeyField)]


def bulk_insert(model: type[pw.Model], fields: Sequence[pw.Field], rows: Iterable[tuple],
                tick: Callable[[int], None] | None = None) -> int:
    """Insert ``rows`` (tuples in ``fields`` order) in chunks; returns how many were inserted.

    Run it inside a transaction: each chunk is one statement, not one commit.
    """
    database = model._meta.database
    fields, defaults = _with_defaults(model, fields)
    to_copy = copying(database)
    size = COPY_ROWS if to_copy else chunk_rows(database, len(fields))
    convert = _converters(fields)
    statements: dict[int, str] = {}
    source, total = iter(rows), 0
    while chunk := list(islice(source, size)):
        if defaults:
            chunk = [row + tuple(_value(d) for d in defaults) for row in chunk]
        if convert:
            chunk = [_convert_row(row, convert) for row in chunk]
        if to_copy:
            _copy(database, model, fields, chunk)
        else:
            sql = statements.get(len(chunk))
            if sql is None:
                sql = statements[len(chunk)] = _statement(model, fields, chunk)
            database.execute_sql(sql, list(chain.from_iterable(chunk)))
        total += len(chunk)
        if tick:
            tick(total)
    return total


def _copy(database: pw.Database, model: type[pw.Model], fields: Sequence[pw.Field],
          chunk: list[tuple]) -> None:
    """PostgreSQL: send the rows as CSV through COPY (several times faster than INSERT)."""
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    _copy_csv(database, model._meta.table_name, columns,
              [["\\N" if value is None else value for value in row] for row in chunk])


def _copy_csv(database: pw.Database, table: str, columns: str, rows: list) -> None:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    buffer.seek(0)
    database.cursor().copy_expert(
        f'COPY "{table}" ({columns}) FROM STDIN WITH (FORMAT csv, NULL \'\\N\')', buffer)


def _with_defaults(model: type[pw.Model], fields: Sequence[pw.Field]
                   ) -> tuple[list[pw.Field], list[Any]]:
    """Name every column with a default too: peewee would add them itself and unbind the SQL."""
    given = set(fields)
    extra = [(f, default) for f, default in model._meta.defaults.items() if f not in given]
    return list(fields) + [f for f, _ in extra], [default for _, default in extra]


def _value(default: Any) -> Any:
    return default() if callable(default) else default


def _statement(model: type[pw.Model], fields: Sequence[pw.Field], chunk: list[tuple]) -> str:
    """The INSERT for this many rows: peewee writes it for one row, its VALUES group repeats.

    (Letting peewee write all rows costs 0.3 s per 5,000-row statement.) Checked to bind
    every value exactly once.
    """
    # returning() with nothing: no "RETURNING id" (PostgreSQL), ids are looked up by code.
    sql, params = model.insert_many(chunk[:1], fields=list(fields)).returning().sql()
    head, sep, group = sql.partition(" VALUES ")
    marker = model._meta.database.param
    if (len(params) != len(fields) or not sep or group.count(marker) != len(fields)
            or not (group.startswith("(") and group.endswith(")"))):
        raise RuntimeError(f"bulk insert into {model.__name__}: unexpected SQL {sql!r}")
    return f"{head}{sep}{', '.join([group] * len(chunk))}"


def _convert_row(row: tuple, convert: list[tuple[int, Callable]]) -> tuple:
    values = list(row)
    for pos, db_value in convert:
        values[pos] = db_value(values[pos])
    return tuple(values)

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


def chunk_rows(database: pw.Database, columns: int) -> int:
    """Rows per INSERT statement: SQLite limits bound values, PostgreSQL gets MAX_ROWS."""
    database = getattr(database, "obj", None) or database  # through the DatabaseProxy
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
    copying = isinstance(getattr(database, "obj", None) or database, pw.PostgresqlDatabase)
    size = COPY_ROWS if copying else chunk_rows(database, len(fields))
    convert = _converters(fields)
    statements: dict[int, str] = {}
    source, total = iter(rows), 0
    while chunk := list(islice(source, size)):
        if defaults:
            chunk = [row + tuple(_value(d) for d in defaults) for row in chunk]
        if convert:
            chunk = [_convert_row(row, convert) for row in chunk]
        if copying:
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
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in chunk:
        writer.writerow(["\\N" if value is None else value for value in row])
    buffer.seek(0)
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    database.cursor().copy_expert(
        f'COPY "{model._meta.table_name}" ({columns}) FROM STDIN WITH (FORMAT csv, NULL \'\\N\')',
        buffer)


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

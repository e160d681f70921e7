"""Queries whose SQL is written once per engine and shape, then only run with new values.

For one volunteer's list the database answers each small query in microseconds, while peewee
takes about a millisecond to write its SQL; a list runs a dozen of them. A ``Prepared`` query
is built once with stand-ins for its values, and later calls only put the values in place.
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Callable, Sequence
from typing import Any, cast

import peewee as pw

SHORT = 64  # id lists up to this length get cached SQL (one text per length)
_NUMBERS = itertools.count(1)
# PostgreSQL: the statements each connection has prepared on the server (planning a small
# query there takes longer than running it).
_ON_SERVER: weakref.WeakKeyDictionary[Any, set[str]] = weakref.WeakKeyDictionary()
_PLACEHOLDER = re.compile(r"%%|%s")
Build = Callable[..., pw.Query]  # (ids node or None, *value nodes) -> query


class _Slot:
    """Stands in the parameter list for value ``n``, or for item ``k`` of id list ``-1 - n``."""

    __slots__ = ("convert", "k", "n")

    def __init__(self, n: int, k: int | None, convert: Callable[[Any], Any] | None):
        self.n, self.k, self.convert = n, k, convert


def _keep(value: Any) -> Any:
    return value


class _Stand(pw.Node):
    """A value to come: remembers the field conversion peewee would have applied to it."""

    def __init__(self, n: int, k: int | None = None):
        self.n, self.k = n, k

    def __sql__(self, ctx: pw.Context) -> pw.Context:
        return ctx.value(_Slot(self.n, self.k, ctx.state.converter), converter=_keep)


def id_list(ids: Sequence[int]) -> pw.Node:
    """``(1,2,3)`` written inline; int() keeps the text safe."""
    return pw.SQL("(" + ",".join(str(int(i)) for i in ids) + ")")


class Prepared:
    """A select built by ``build(ids, *values)``; ``ids`` is the node for ``column IN ids``.

    With ``lists=n`` the select takes n id lists: ``build(ids_1, …, ids_n, *values)``, and
    ``rows`` takes them as one tuple (several small reads in one round trip).
    """

    def __init__(self, model: type[pw.Model], build: Build, lists: int = 1):
        self._database = model._meta.database
        self._build = build
        self._lists = lists
        self._sql: dict[tuple, tuple[str, list[Any], str]] = {}

    def rows(self, ids: Sequence[int] | Sequence[Sequence[int]] | None, *values: Any,
             variant: object = None) -> list[tuple]:
        """The rows for ``ids`` (None when the query has no id list) and ``values``.

        ``variant`` names anything else that changes the SQL's shape (e.g. who reads).
        """
        database = self._database
        lists: tuple[Sequence[int], ...] | None = None
        if ids is not None:
            lists = ((cast(Sequence[int], ids),) if self._lists == 1
                     else tuple(cast(Sequence[Sequence[int]], ids)))
        if lists is not None and any(len(part) > SHORT for part in lists):
            query = self._build(*(id_list(part) for part in lists), *values)
            return list(database.execute(query).fetchall())
        engine = getattr(database, "obj", database)
        key = (type(engine), engine.param, variant,
               None if lists is None else tuple(len(part) for part in lists))
        prepared = self._sql.get(key)
        if prepared is None:
            prepared = self._sql[key] = self._write(engine, lists, len(values))
        sql, template, name = prepared
        params = [self._value(p, lists, values) for p in template]
        if name:
            sql = _on_server(database, name, sql, len(params))
        return list(database.execute_sql(sql, params).fetchall())

    def _write(self, engine: pw.Database, lists: tuple[Sequence[int], ...] | None, count: int
               ) -> tuple[str, list[Any], str]:
        nodes: list[pw.Node | None] = [None] * self._lists if lists is None else [
            pw.EnclosedNodeList([_Stand(-1 - j, k) for k in range(len(part))])
            for j, part in enumerate(lists)]
        query = self._build(*nodes, *(_Stand(n) for n in range(count)))
        sql, template = engine.get_sql_context().sql(query).query()
        name = f"belteam_q{next(_NUMBERS)}" if isinstance(engine, pw.PostgresqlDatabase) else ""
        return sql, template, name

    @staticmethod
    def _value(param: Any, lists: tuple[Sequence[int], ...] | None, values: Sequence[Any]
               ) -> Any:
        if not isinstance(param, _Slot):
            return param
        if param.n < 0 and lists is not None and param.k is not None:
            value = lists[-1 - param.n][param.k]
        else:
            value = values[param.n]
        return param.convert(value) if param.convert else value


def _on_server(database: Any, name: str, sql: str, count: int) -> str:
    """``EXECUTE name(...)`` after preparing ``sql`` as ``name`` on this connection once."""
    connection = database.connection()
    done = _ON_SERVER.setdefault(connection, set())
    if name not in done:
        numbers = itertools.count(1)
        text = _PLACEHOLDER.sub(lambda m: "%" if m.group() == "%%" else f"${next(numbers)}", sql)
        database.execute_sql(f"PREPARE {name} AS {text}")
        done.add(name)
    return f"EXECUTE {name} ({', '.join(['%s'] * count)})" if count else f"EXECUTE {name}"

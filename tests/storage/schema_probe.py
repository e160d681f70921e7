"""Read a database's schema back from the engine itself, as a set of comparable facts.

Each fact is a tuple starting with its kind and table: ("table", t), ("column", t, name,
type, not_null, default, pk), ("index", t, name, columns, unique, where), ("fk", t, column,
ref_table, ref_column, on_update, on_delete), ("constraint", t, ...) and, on PostgreSQL,
("sequence", name). Column order is left out on purpose: ALTER TABLE ADD COLUMN appends, and
no query of ours depends on the order.
"""

from __future__ import annotations

import re

import peewee

Fact = tuple


def schema_facts(db: peewee.Database) -> set[Fact]:
    if isinstance(db, peewee.PostgresqlDatabase):
        return _postgres(db)
    return _sqlite(db)


def _rows(db: peewee.Database, sql: str, params: tuple = ()) -> list[tuple]:
    return list(db.execute_sql(sql, params).fetchall())


def _squash(text: str | None) -> str | None:
    """Whitespace-insensitive text of a clause (the same SQL, written on one line or two)."""
    return " ".join(text.split()) if text else None


def _sqlite(db: peewee.Database) -> set[Fact]:
    facts: set[Fact] = set()
    tables = _rows(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite_%'")
    for table, table_sql in tables:
        facts.add(("table", table))
        for _cid, name, ctype, notnull, default, pk in _rows(db, f'PRAGMA table_info("{table}")'):
            facts.add(("column", table, name, ctype.upper(), bool(notnull), default, pk))
        for _seq, name, unique, origin, partial in _rows(db, f'PRAGMA index_list("{table}")'):
            info = sorted(_rows(db, f'PRAGMA index_info("{name}")'))
            columns = tuple(column for _seqno, _cid, column in info)
            found = _rows(db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                          (name,))
            index_sql = found[0][0] if found else None
            where = index_sql.split(" WHERE ", 1)[1] if partial and index_sql else None
            facts.add(("index", table, name, columns, bool(unique), origin, _squash(where)))
        for row in _rows(db, f'PRAGMA foreign_key_list("{table}")'):
            _id, _seq, ref_table, column, ref_column, on_update, on_delete, match = row
            facts.add(("fk", table, column, ref_table, ref_column, on_update, on_delete, match))
        # SQLite keeps CHECK constraints only in the CREATE TABLE text.
        for check in re.findall(r"CHECK\s*\((?:[^()]|\([^()]*\))*\)", table_sql or "", re.I):
            facts.add(("constraint", table, "CHECK", _squash(check)))
    return facts


_INDEXDEF = re.compile(r"CREATE (UNIQUE )?INDEX (\S+) ON (\S+) USING (\w+) \((.*?)\)(?: WHERE (.*))?$")


def _postgres(db: peewee.Database) -> set[Fact]:
    facts: set[Fact] = set()
    for (table,) in _rows(db, "SELECT table_name FROM information_schema.tables "
                              "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"):
        facts.add(("table", table))
    for row in _rows(db, """
            SELECT table_name, column_name, data_type, character_maximum_length,
                   numeric_precision, datetime_precision, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = current_schema()"""):
        table, name, ctype, length, precision, dt_precision, nullable, default = row
        facts.add(("column", table, name, ctype, length, precision, dt_precision,
                   nullable == "NO", default))
    for table, name, indexdef in _rows(db, "SELECT tablename, indexname, indexdef FROM pg_indexes "
                                           "WHERE schemaname = current_schema()"):
        parsed = _INDEXDEF.match(indexdef)
        assert parsed, f"unexpected index definition: {indexdef}"
        unique, _name, _on, method, columns, where = parsed.groups()
        facts.add(("index", table, name, tuple(c.strip() for c in columns.split(",")),
                   bool(unique), method, where))
    for row in _rows(db, """
            SELECT tc.table_name, kcu.column_name, ccu.table_name, ccu.column_name,
                   rc.update_rule, rc.delete_rule, rc.match_option
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu
              ON kcu.constraint_schema = tc.constraint_schema
             AND kcu.constraint_name = tc.constraint_name
            JOIN information_schema.referential_constraints rc
              ON rc.constraint_schema = tc.constraint_schema
             AND rc.constraint_name = tc.constraint_name
            JOIN information_schema.constraint_column_usage ccu
              ON ccu.constraint_schema = tc.constraint_schema
             AND ccu.constraint_name = tc.constraint_name
            WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()"""):
        facts.add(("fk", *row))
    # Every constraint by name, kind and definition: primary keys, uniques, checks, keys.
    for table, name, kind, definition in _rows(db, """
            SELECT conrelid::regclass::text, conname, contype::text, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = current_schema()::regnamespace"""):
        facts.add(("constraint", table.strip('"'), name, kind, definition))
    for (sequence,) in _rows(db, "SELECT sequence_name FROM information_schema.sequences "
                                 "WHERE sequence_schema = current_schema()"):
        facts.add(("sequence", sequence))
    return facts


def differences(got: set[Fact], wanted: set[Fact]) -> list[str]:
    """Readable lines for what one schema has and the other lacks (empty when equal)."""
    return ([f"only after the ladder: {fact}" for fact in sorted(got - wanted, key=repr)]
            + [f"only in the current models: {fact}" for fact in sorted(wanted - got, key=repr)])

"""Prepared queries give what peewee's own query gives, on both engines, for any id list."""

from datetime import date, datetime, timedelta

from belteam.core.clock import TZ
from belteam.storage import prepared as prepared_module
from belteam.storage.models import Pause, Resident, Volunteer
from belteam.storage.prepared import Prepared

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=TZ)


def _build(ids, first, last):
    query = (Pause.select(Pause.id, Pause.resident, Pause.start_date, Pause.end_date)
             .where(Pause.start_date <= last, Pause.end_date.is_null() | (Pause.end_date >= first))
             .order_by(Pause.id))
    return query if ids is None else query.where(Pause.resident.in_(ids))


def _people(count: int) -> list[int]:
    ids = []
    for n in range(count):
        person = Resident.create(code=f"R{n}", first_name="A", last_name=f"B{n}",
                                 phone="0201234567", created_at=NOW, updated_at=NOW)
        Pause.create(resident=person, start_date=date(2026, 11, 1) + timedelta(days=n % 20),
                     end_date=None if n % 3 == 0 else date(2026, 11, 25) + timedelta(days=n % 7))
        ids.append(person.id)
    return ids


def test_prepared_rows_equal_peewees_for_every_shape(db):
    ids = _people(70)
    query = Prepared(Pause, _build)
    for first, last in ((date(2026, 11, 10), date(2026, 11, 12)),
                        (date(2026, 11, 29), date(2026, 12, 2)), (date(2027, 1, 1),) * 2):
        for chosen in (None, [], ids[:1], ids[3:9], ids[::2], ids):
            plain = [tuple(r) for r in _build(None if chosen is None else chosen, first, last)
                     .tuples()]
            # twice: the first run writes the SQL, the second only fills in the values
            for _ in range(2):
                got = [tuple(r) for r in query.rows(chosen, first, last)]
                assert [(a, b, str(c), str(d)) for a, b, c, d in got] == \
                    [(a, b, str(c), str(d)) for a, b, c, d in plain]
    assert len(ids) > prepared_module.SHORT  # the long list took the inline-ids road


def test_a_value_used_twice_and_a_converted_moment(db):
    vol = Volunteer.create(code="V1", first_name="Jan", last_name="Ročak", phone="0201234567",
                           created_at=NOW, updated_at=NOW)
    query = Prepared(Volunteer, lambda _ids, who, since: Volunteer.select(Volunteer.code).where(
        (Volunteer.id == who) & (Volunteer.id <= who), Volunteer.created_at >= since))
    before = datetime(2000, 1, 1, tzinfo=TZ)
    after = datetime(2100, 1, 1, tzinfo=TZ)
    assert query.rows(None, vol.id, before) == [("V1",)]
    assert query.rows(None, vol.id, after) == []
    assert query.rows(None, vol.id + 1, before) == []


class _Undo(Exception):
    pass


def test_prepared_rows_after_a_rollback_and_on_a_new_connection(db):
    ids = _people(3)
    query = Prepared(Pause, _build)
    expected = query.rows(ids, date(2026, 11, 1), date(2026, 12, 31))
    try:
        with db.atomic():
            assert query.rows(ids[:2], date(2026, 11, 1), date(2026, 12, 31)) == expected[:2]
            raise _Undo
    except _Undo:
        pass
    assert query.rows(ids[:2], date(2026, 11, 1), date(2026, 12, 31)) == expected[:2]
    db.close()
    db.connect()
    assert query.rows(ids, date(2026, 11, 1), date(2026, 12, 31)) == expected


def test_several_id_lists_in_one_read(db):
    """``lists=2``: each list has its own stand-ins, a long one is written inline, and the SQL
    written for one shape serves later values."""
    ids = _people(70)

    def both(first_ids, second_ids, day):
        older = Pause.select(Pause.id).where(Pause.resident.in_(first_ids), Pause.start_date < day)
        newer = Pause.select(Pause.id).where(Pause.resident.in_(second_ids),
                                             Pause.start_date >= day)
        return older + newer

    query = Prepared(Pause, both, lists=2)
    day = date(2026, 11, 10)
    for first, second in ((ids[:3], ids[3:5]), (ids[5:8], ids[:2]), (ids, ids[1:4]),
                          (ids[:1], ids)):
        plain = sorted(r[0] for r in both(first, second, day).tuples())
        assert sorted(r[0] for r in query.rows((first, second), day)) == plain
    assert plain  # the reads found pauses on both sides of the day


def test_on_postgresql_a_prepared_query_is_planned_once_for_all_values(db):
    """A generic plan (its conditions name $1, not the values): small reads are not planned
    again on every run, which would take longer than running them."""
    import peewee

    ids = _people(3)
    query = Prepared(Pause, _build)
    query.rows(ids, date(2026, 11, 1), date(2026, 12, 31))
    if not isinstance(db, peewee.PostgresqlDatabase):
        return  # SQLite keeps its own statement cache; nothing is planned on a server
    (_sql, template, name), = query._sql.values()
    values = [query._value(p, (ids,), (date(2026, 11, 1), date(2026, 12, 31))) for p in template]
    plan = "\n".join(row[0] for row in db.execute_sql(
        f"EXPLAIN EXECUTE {name} ({', '.join(['%s'] * len(values))})", values).fetchall())
    assert "$1" in plan, plan

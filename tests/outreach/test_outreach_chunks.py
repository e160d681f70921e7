"""The evaluation of everyone holds the outreach lock per chunk of residents, not for its
whole run: a call logged between two chunks is neither lost nor counted twice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import open_test_db
from outreach_helpers import moment, open_case, pair, resident, volunteer

from belteam.calls import log as calls
from belteam.core.actors import SYSTEM
from belteam.outreach import cases as outreach
from belteam.outreach import writing
from belteam.storage import db as dbmod
from belteam.storage.db import DB
from belteam.storage.migrations import init_db
from belteam.storage.models import CallAttempt, CaseEvent, Resident

MON = date(2026, 11, 23)
DAY = MON + timedelta(days=4)  # Friday


def _failing(code: str) -> Resident:
    """A weekly resident with three unanswered attempts over two days (no hook: no case)."""
    res = resident(code)
    vol = volunteer(f"V{code}")
    pair(res, vol, "weekly:mon", MON - timedelta(days=28))
    for day, hour in ((MON, 10), (MON, 15), (MON + timedelta(days=1), 10)):
        CallAttempt.create(resident=res, volunteer=vol, due_date=MON, outcome="no_answer",
                           at=moment(day, hour))
    return res


def _triggers(res: Resident) -> list[str]:
    case = open_case(res)
    return sorted(e.reason for e in CaseEvent.select().where(CaseEvent.case == case,
                                                              CaseEvent.kind == "trigger"))


@pytest.fixture
def chunked(db, clock, monkeypatch):
    """Chunks of one resident; the evaluation's chunks are noted and ``between`` runs after
    the first one is committed."""
    monkeypatch.setattr(outreach, "LOCK_CHUNK", 1)
    real = outreach._evaluate_chunk
    done: list[list[int]] = []
    between: list = []

    def spy(day, ids, *args):
        result = real(day, ids, *args)
        if between and between[-1] == "running":
            return result  # a logged call's own evaluation (its hook)
        assert not DB.obj.in_transaction()  # the lock is released between chunks
        done.append(ids)
        if len(done) == 1:
            actions = list(between)
            between.append("running")
            for action in actions:
                action()
            between.pop()
        return result

    monkeypatch.setattr(outreach, "_evaluate_chunk", spy)
    clock.pin(moment(DAY, 7))
    return done, between


def _log(res: Resident, concern: bool) -> None:
    calls.log_call(SYSTEM, res.id, "no_answer", concern=concern, at=moment(DAY, 7),
                   due_date=MON)


def test_a_call_logged_between_chunks_is_neither_lost_nor_counted_twice(chunked):
    done, between = chunked
    first, second, quiet = _failing("A"), _failing("B"), resident("C")
    # After the first chunk: a concern for a resident already settled, one not yet settled,
    # and one the read before the chunks did not flag at all.
    between += [lambda: _log(first, True), lambda: _log(second, True),
                lambda: _log(quiet, True)]
    outreach.evaluate(SYSTEM, DAY)
    assert done == [[first.id], [second.id]]
    for res in (first, second):  # each reason once on the timeline, the concern included
        found = _triggers(res)
        assert {"concern", "failed_attempts"} <= set(found)
        assert len(found) == len(set(found))
    assert _triggers(quiet) == ["concern"]
    assert CallAttempt.select().where(CallAttempt.concern == True).count() == 3  # noqa: E712
    for res in (first, second, quiet):
        assert CaseEvent.select().where(CaseEvent.case == open_case(res),
                                        CaseEvent.kind == "opened").count() == 1


def test_a_reach_logged_before_its_chunk_keeps_the_resident_unflagged(chunked):
    done, between = chunked
    first, second = _failing("D"), _failing("E")
    between.append(lambda: calls.log_call(SYSTEM, second.id, "reached", at=moment(DAY, 7),
                                          due_date=MON))
    outreach.evaluate(SYSTEM, DAY)
    assert done == [[first.id], [second.id]]
    assert open_case(first) is not None
    assert open_case(second) is None  # read again under the lock: the reach counts


def test_on_postgresql_the_lock_is_per_resident(tmp_path, clock):
    """A call about one resident never waits for case work on another (two connections)."""
    url = open_test_db("postgres", tmp_path)
    init_db(url)
    other = dbmod.make_database(url)
    other.connect()
    try:
        with DB.atomic():
            outreach._lock([7, 3])

            def free(rid: int) -> bool:
                with other.atomic():
                    return other.execute_sql("SELECT pg_try_advisory_xact_lock(%s, %s)",
                                             (outreach._LOCK_KEY, rid)).fetchone()[0]

            assert free(5) and free(8)
            assert not free(3) and not free(7)
        assert free(3)  # released with the transaction
    finally:
        other.close()
        dbmod.close()


def test_on_sqlite_taking_a_case_writes_before_it_reads(sqlite_db, monkeypatch):
    """A transaction that reads first and writes later is refused at once ("database is
    locked", no waiting) when another program wrote in between: take and close lock first."""
    seen: list[str] = []
    real = sqlite_db.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        seen.append(sql.lstrip().split()[0].upper())
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(sqlite_db, "execute_sql", spy)
    with DB.atomic():
        writing.lock_case(1)
    assert [s for s in seen if s not in ("BEGIN", "SAVEPOINT", "RELEASE", "COMMIT")][0] == "UPDATE"

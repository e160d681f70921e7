"""A confidential note is read by its author, staff and coordinators on every route; by no other volunteer."""

from __future__ import annotations

from datetime import timedelta

import pytest
from account_helpers import build_world, use_fast_hasher

from belteam.calls import log as calls
from belteam.calls import schedule
from belteam.calls.notes import may_read_note, readable_notes
from belteam.calls.schedule_data import last_info
from belteam.core.actors import SYSTEM
from belteam.storage.models import CallAttempt

SECRET = "Confidential: worried about the rent"


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    use_fast_hasher(monkeypatch)


@pytest.fixture
def world(db, clock):
    w = build_world()
    # Bram calls Trijntje (R3); Anna covers R3 this week. Bram writes a confidential note.
    calls.log_call(w.vol2, w.r3.id, "reached", note=SECRET, confidential=True,
                   at=clock.now() - timedelta(days=3))
    return w


def _history_notes(actor, resident_id) -> set[str]:
    return {a.note for a in calls.history(actor, resident_id)}


def test_the_author_reads_their_own_confidential_note_everywhere(world):
    assert SECRET in _history_notes(world.vol2, world.r3.id)
    assert last_info([world.r3.id], world.vol2)[world.r3.id].note == SECRET


def test_staff_and_coordinators_read_it_everywhere(world):
    for actor in (world.staff, world.coordinator):
        assert SECRET in _history_notes(actor, world.r3.id)
        assert last_info([world.r3.id], actor)[world.r3.id].note == SECRET


def test_another_volunteer_never_reads_it_not_even_while_covering(world, clock):
    assert SECRET not in _history_notes(world.vol1, world.r3.id)
    assert last_info([world.r3.id], world.vol1)[world.r3.id].note != SECRET
    friday = clock.today() + timedelta(days=4)
    rows = [c for c in schedule.today_list(world.vol1, friday, world.v1.id)
            if c.resident_id == world.r3.id]
    assert rows, "Anna covers Trijntje's Friday call"
    assert all(SECRET not in (c.last_note or "") for c in rows)


def test_the_python_rule_and_the_sql_rule_agree_for_every_actor_and_note(world):
    actors = [world.coordinator, world.staff, world.vol1, world.vol2, SYSTEM]
    for actor in actors:
        in_sql = {a.id for a in CallAttempt.select().where(readable_notes(actor, CallAttempt))}
        in_python = {a.id for a in CallAttempt.select() if may_read_note(actor, a)}
        assert in_sql == in_python, actor.username

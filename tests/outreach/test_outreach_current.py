"""The follow-up queue is current without the window: evaluated when stale, and says when."""

from datetime import date, timedelta

from outreach_helpers import log, pair, resident, volunteer

from belteam.core.actors import SYSTEM
from belteam.core.clock import clock
from belteam.outreach import cases as outreach
from belteam.storage.models import CallAttempt, OutreachCase

MON = date(2026, 11, 2)


def test_the_queue_is_evaluated_when_older_than_today_or_a_logged_call(db):
    res = resident("R1", lives_alone=True)
    pair(res, volunteer("V1"), "weekly:mon", MON)
    clock.pin(MON + timedelta(days=20))
    assert outreach.last_evaluated() is None and not outreach.is_current(clock.today())
    [row] = outreach.current_queue(SYSTEM)  # no evaluation ran before: listing runs it
    assert row.resident_code == "R1" and outreach.last_evaluated() == clock.now()
    assert outreach.is_current(clock.today())
    log(res, "no_answer", clock.today(), 13)  # through log_call: the hook keeps it current
    assert outreach.is_current(clock.today())
    # A call stored without the hook (an import, the demo) makes the queue stale.
    CallAttempt.create(resident=res, due_date=clock.today(), at=clock.now() + timedelta(hours=3),
                       outcome="reached")
    assert not outreach.is_current(clock.today())
    outreach.ensure_current()
    assert outreach.is_current(clock.today())
    clock.pin(clock.today() + timedelta(days=1))
    assert not outreach.is_current(clock.today())  # a new day: the rules run again
    assert OutreachCase.select().count() == 1

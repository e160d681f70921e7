"""A list's pauses, absences and covers read together (one round trip) equal each kind read
on its own, for everyone, for some ids, and when one kind has no ids to ask for."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

from dayhelp import pair, resident, volunteer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belteam.calls.schedule_data import (
    absences_by_volunteer,
    covers_by_pairing,
    pauses_by_resident,
    periods,
)
from belteam.core.clock import TZ
from belteam.storage.models import Absence, Cover, Pause

DAY = date(2026, 11, 30)
_numbers = itertools.count()
SPAN = st.tuples(st.integers(-30, 30), st.one_of(st.none(), st.integers(0, 20)))


def _day(offset: int) -> date:
    return DAY + timedelta(days=offset)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(people=st.lists(st.tuples(st.lists(SPAN, max_size=2), st.lists(SPAN, max_size=2),
                                 st.lists(st.tuples(SPAN, st.integers(0, 59)), max_size=3)),
                       min_size=1, max_size=5),
       window=st.tuples(st.integers(-20, 10), st.integers(0, 25)))
def test_the_three_kinds_read_together_equal_each_read_alone(db, people, window):
    rids, vids, pids = [], [], []
    for pauses, absences, covers in people:
        n = next(_numbers)  # the database outlives one example
        res, vol, helper = resident(f"P{n}"), volunteer(f"PV{n}"), volunteer(f"PH{n}")
        pairing = pair(res, vol, "weekly:mon", _day(-60))
        for start, length in pauses:
            Pause.create(resident=res, start_date=_day(start),
                         end_date=None if length is None else _day(start + length))
        for start, length in absences:
            Absence.create(volunteer=vol, start_date=_day(start), end_date=_day(start + (length or 0)))
        for (start, length), minute in covers:  # created in any order: read oldest first
            Cover.create(pairing=pairing, volunteer=helper, start_date=_day(start),
                         end_date=_day(start + (length or 0)),
                         created_at=datetime(2026, 11, 1, 9, minute, tzinfo=TZ))
        rids.append(res.id)
        vids.append(vol.id)
        pids.append(pairing.id)
    lo, hi = _day(window[0]), _day(window[0] + window[1])
    for chosen in ((None, None, None), (rids, vids, pids), (rids[:1], [], pids[1:]),
                   ([], vids, [])):
        alone = (pauses_by_resident(lo, hi, chosen[0]), absences_by_volunteer(lo, hi, chosen[1]),
                 covers_by_pairing(lo, hi, chosen[2]))
        together = periods(lo, hi, *chosen)
        for one, both in zip(alone, together, strict=True):
            assert {k: sorted(v) for k, v in both.items() if v} == \
                {k: sorted(v) for k, v in one.items() if v}
        for pid, found in together[2].items():  # oldest cover first: the newest one wins
            created = [(c.start_date, c.end_date) for c in Cover.select().where(
                Cover.pairing == pid).order_by(Cover.created_at, Cover.id)
                if c.start_date <= hi and c.end_date >= lo]
            assert [(start, end) for start, end, _vid in found] == created

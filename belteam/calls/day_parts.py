"""The day's list in parts: its first rows quickly, then the rest, so a screen shows something
at once on a big team (together the parts are exactly ``schedule.today_list``).

The list is sorted by preferred time first. The first part is the rows of the residents whose
pairings start earliest in the day, up to a cut-off time reached by about ``first`` pairings:
those rows come before every other row, so the second part only appends.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from typing import Any

import peewee as pw

from belteam.calls import schedule
from belteam.calls.schedule_data import LIVE_STATUSES, stored_time
from belteam.core.actors import Actor
from belteam.core.clock import clock
from belteam.storage.models import Pairing, Resident
from belteam.storage.prepared import Prepared
from belteam.storage.queries import not_erased, overlapping

FIRST = 100  # pairings in the first part, about: several screenfuls


def _listed(query: pw.ModelSelect, lo: Any, hi: Any) -> pw.ModelSelect:
    """Pairings that may give rows in the list (the same filter as ``pair_rows``)."""
    return query.join(Resident).where(
        overlapping(Pairing, lo, hi), Resident.status.in_(LIVE_STATUSES),
        Resident.archived == False,  # noqa: E712
        not_erased(Resident), Pairing.preferred_time.is_null(False))


_CUTOFF = Prepared(Pairing, lambda _ids, lo, hi, skip: _listed(
    Pairing.select(Pairing.preferred_time), lo, hi)
    .order_by(Pairing.preferred_time).limit(1).offset(skip))
_BEFORE = Prepared(Pairing, lambda _ids, lo, hi, at: _listed(
    Pairing.select(Pairing.resident).distinct(), lo, hi).where(Pairing.preferred_time < at))
_AT = Prepared(Pairing, lambda _ids, lo, hi, at: _listed(
    Pairing.select(Pairing.resident, Resident.first_name, Resident.last_name, Resident.code),
    lo, hi).where(Pairing.preferred_time == at))
Cut = tuple[time, str, str]  # (preferred time, name in lower case, code): the list's order


def _key(call: schedule.DueCall) -> Cut | None:
    if call.preferred_time is None:
        return None
    return (call.preferred_time, call.resident_name.lower(), call.resident_code)


def _early(call: schedule.DueCall, cut: Cut) -> bool:
    key = _key(call)
    return key is not None and key <= cut


def _first_residents(lo: date, day: date, first: int) -> tuple[list[int], Cut] | None:
    """The residents of the first part and the last place in the list it reaches.

    The names are compared here, not in SQL, where lower case is the engine's own.
    """
    found = _CUTOFF.rows(None, lo, day, max(first - 1, 0))
    if not found:  # a short list: it comes at once
        return None
    at = stored_time(found[0][0])
    assert at is not None
    ranked = sorted(((f"{fn} {ln}".strip().lower(), code), rid)
                    for rid, fn, ln, code in _AT.rows(None, lo, day, at))
    name, code = ranked[min(first, len(ranked)) - 1][0]
    residents = {row[0] for row in _BEFORE.rows(None, lo, day, at)}
    residents.update(rid for key, rid in ranked if key <= (name, code))
    return sorted(residents), (at, name, code)


def today_parts(actor: Actor, day: date | None = None, volunteer_id: int | None = None,
                first: int = FIRST) -> Iterator[list[schedule.DueCall]]:
    """``today_list`` in one or two parts, in list order (one volunteer's list: one part)."""
    allowed, volunteer_id = schedule.whose_list(actor, volunteer_id)
    day = day or clock.today()
    if not allowed:
        yield []
        return
    lo = day - timedelta(days=schedule.Rules.load().max_grace + 1)
    early = _first_residents(lo, day, first) if volunteer_id is None else None
    if early is None:
        yield schedule.list_for(actor, day, volunteer_id)
        return
    residents, cut = early
    yield [c for c in schedule.list_for(actor, day, None, residents) if _early(c, cut)]
    yield [c for c in schedule.list_for(actor, day, None) if not _early(c, cut)]

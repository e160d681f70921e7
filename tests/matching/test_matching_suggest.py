"""Suggestions for one resident: hard rules, ranking, reasons and why none."""

from datetime import timedelta

import pytest
from matching_helpers import neighbours, resident, volunteer

from belteam.calls import absences
from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.matching import suggest
from belteam.pairings import service as pairings
from belteam.people.service import set_archived
from belteam.storage.models import CallAttempt


def _codes(result):
    return [m.volunteer.code for m in result.matches]


def test_language_archived_and_full_are_hard_rules(db, clock):
    res = resident("R1", languages="tr")
    volunteer("DUTCH")
    turkish = volunteer("TURK", languages="nl,tr", max_residents=1)
    gone = volunteer("GONE", languages="tr")
    set_archived(SYSTEM, gone)
    assert _codes(suggest.for_resident(SYSTEM, res.id)) == ["TURK"]
    # A pairing that starts later still takes the place.
    pairings.pair(SYSTEM, resident("R2"), turkish, "weekly:mon",
                  start=clock.today() + timedelta(days=10))
    result = suggest.for_resident(SYSTEM, res.id)
    assert result.matches == []
    assert result.why_none == "all 1 volunteers who speak Turkish are full"
    forced = suggest.for_resident(SYSTEM, res.id, allow_full=True)
    assert _codes(forced) == ["TURK"] and forced.matches[0].warnings[0] == "full"


def test_nobody_speaks_the_language(db):
    res = resident("R1", languages="ti", area="Vledder")
    volunteer("V1")
    result = suggest.for_resident(SYSTEM, res.id)
    assert result.why_none == "nobody speaks Tigrinya, in Vledder or elsewhere"


def test_ranking_by_area_days_load_and_continuity_with_reasons(db, clock):
    neighbours("Havelte – Uffelte")
    res = resident("R1", area="Havelte", preferred_days="di do ochtend")
    same = volunteer("SAME", area="Havelte", available="di do ochtend")
    near = volunteer("NEAR", area="Uffelte", available="di do ochtend")
    far = volunteer("FAR", area="Vledder", available="ma middag")
    result = suggest.for_resident(SYSTEM, res.id)
    assert _codes(result) == ["SAME", "NEAR", "FAR"]
    top = result.matches[0]
    assert top.reasons == ["speaks Dutch", "same area (Havelte)", "free on Tue, Thu morning",
                           "0 of 2 places taken"]
    assert "neighbouring area (Uffelte)" in result.matches[1].reasons
    assert "no shared day" in result.matches[2].warnings
    assert [round(m.score) for m in result.matches] == [91, 71, 21]
    # Having reached her before adds the continuity weight (30) to the far volunteer.
    CallAttempt.create(resident=res, volunteer=far, due_date=clock.today(), at=clock.now(),
                       outcome="reached")
    result = suggest.for_resident(SYSTEM, res.id)
    assert round(result.matches[2].score) == 51
    assert "called them before" in result.matches[2].reasons
    assert same and near


def test_absence_and_unread_availability_are_warnings(db, clock):
    res = resident("R1")
    vol = volunteer("V1", available="ma na 19u")
    absences.add_absence(SYSTEM, vol.id, clock.today() + timedelta(days=1),
                         clock.today() + timedelta(days=14))
    match = suggest.for_resident(SYSTEM, res.id).matches[0]
    assert "away 1-12 – 14-12" in match.warnings
    assert "availability not understood: 'na 19u'" in match.warnings


def test_weights_are_settings(db):
    from belteam.settings import store as settings
    res = resident("R1", area="Havelte", preferred_days="ma")
    volunteer("AREA", area="Havelte", available="vr")
    volunteer("DAYS", area="Vledder", available="ma")
    assert _codes(suggest.for_resident(SYSTEM, res.id))[0] == "AREA"
    settings.set_value(SYSTEM, "match_weight_area", 10)
    assert _codes(suggest.for_resident(SYSTEM, res.id))[0] == "DAYS"


def test_only_coordinators_get_suggestions(db):
    res = resident("R1")
    with pytest.raises(PermissionDenied):
        suggest.for_resident(Actor("vol", "volunteer", None, 1), res.id)

"""The proposal for the whole waiting list, applying it, and a volunteer who stops."""

from datetime import time, timedelta

import pytest
from matching_helpers import neighbours, resident, volunteer

from belteam.core.actors import SYSTEM
from belteam.matching import batch, facts, leaving, score, suggest
from belteam.pairings import service as pairings
from belteam.storage.models import Pairing, Resident, Volunteer


def test_vector_scores_equal_the_scores_with_reasons(db, clock):
    neighbours("Havelte – Uffelte")
    for i, (area, days) in enumerate([("Havelte", "di do ochtend"), ("Uffelte", "ma"),
                                      ("Vledder", ""), ("", "werkdagen avond")]):
        volunteer(f"V{i}", area=area, available=days, max_residents=i + 1)
        resident(f"R{i}", area=area or "Havelte", preferred_days=days)
    day = clock.today()
    vols, ctx = facts.volunteers(day), facts.context()
    table = batch._Table(vols, ctx)
    for res in facts.residents(facts.waiting_query(), day):
        cand = table.candidates(res)
        for index, value in zip(cand.volunteers, cand.scores, strict=True):
            assert value == pytest.approx(score.score(res, vols[index], ctx))


def test_proposal_is_the_optimum_not_greedy(db):
    # Both residents are best with ANN; only the optimum gives ANN to the one who needs her.
    resident("R1", area="Havelte", preferred_days="ma ochtend")
    resident("R2", area="Havelte", preferred_days="ma ochtend", languages="tr")
    volunteer("ANN", area="Havelte", available="ma ochtend", languages="nl,tr", max_residents=1)
    volunteer("BOB", area="Vledder", available="ma ochtend", max_residents=1)
    proposal = batch.propose(SYSTEM)
    assert {(p.resident.code, p.match.volunteer.code) for p in proposal.pairs} == {
        ("R1", "BOB"), ("R2", "ANN")}
    data = proposal.to_json()
    assert set(data) == {"pairs", "unmatched", "total_score"}
    assert set(data["pairs"][0]) == {"resident", "volunteer", "score", "reasons"}


def test_capacity_and_unmatched_reasons(db):
    for i in range(3):
        resident(f"R{i}")
    resident("RT", languages="ti")
    volunteer("V1", max_residents=2)
    proposal = batch.propose(SYSTEM)
    assert len(proposal.pairs) == 2
    why = dict((r.code, text) for r, text in proposal.unmatched)
    assert why["RT"] == "nobody speaks Tigrinya"
    assert "fit others better" in next(t for c, t in why.items() if c != "RT")


def test_apply_uses_the_wanted_plan_on_the_first_shared_day(db, clock):
    resident("R1", wanted_plan="biweekly", preferred_days="di do middag")
    volunteer("V1", available="do")
    made = batch.apply(SYSTEM, batch.propose(SYSTEM))
    # Monday 30 Nov: the first shared day is Thursday 3 Dec, in the afternoon.
    assert made == [{"resident": "R1", "volunteer": "V1", "plan": "biweekly:thu",
                     "start_date": "2026-12-03", "preferred_time": "14:00"}]
    assert Resident.get(Resident.code == "R1").status == "active"
    assert batch.propose(SYSTEM).pairs == []


def test_apply_only_the_ticked(db):
    resident("R1")
    resident("R2")
    volunteer("V1")
    made = batch.apply(SYSTEM, batch.propose(SYSTEM), chosen=["R2"])
    assert [m["resident"] for m in made] == ["R2"]


def test_volunteer_stop_puts_residents_first_with_their_plan(db, clock):
    leaver = volunteer("LEAVER", max_residents=3)
    volunteer("OTHER", max_residents=3)
    resident("EARLY")
    moved = resident("MOVED")
    pairings.pair(SYSTEM, moved, leaver, "weekly:tue", start=clock.today() - timedelta(days=30),
                  preferred_time=time(10, 0))
    codes = leaving.stop_volunteer(SYSTEM, Volunteer.get(Volunteer.code == "LEAVER"))
    assert codes == ["MOVED"]
    stored = Resident.get(Resident.code == "MOVED")
    assert (stored.status, stored.wanted_plan, stored.preferred_days, stored.waiting_priority) == (
        "waiting", "weekly:tue", "di ochtend", True)
    assert Volunteer.get(Volunteer.code == "LEAVER").archived
    assert Pairing.get(Pairing.resident == moved).ended_reason == leaving.STOPPED
    waiting = [s.resident.code for s in suggest.for_waiting(SYSTEM)]
    assert waiting == ["MOVED", "EARLY"]
    made = batch.apply(SYSTEM, batch.propose(SYSTEM, codes))
    assert made[0]["plan"] == "weekly:tue" and made[0]["preferred_time"] == "10:00"
    assert not Resident.get(Resident.code == "MOVED").waiting_priority

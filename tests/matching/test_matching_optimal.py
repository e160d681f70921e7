"""The batch proposal is optimal: brute force agrees, greedy does worse, capacity holds."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from belteam.matching.optimal import Candidates, solve, total


def _brute(cands: list[Candidates], free: list[int]) -> float:
    options = [[None, *c.volunteers.tolist()] for c in cands]
    best = 0.0
    for choice in itertools.product(*options):
        used = [choice.count(v) for v in range(len(free))]
        if all(u <= f for u, f in zip(used, free, strict=True)):
            best = max(best, total(cands, list(choice)))
    return best


def _instance(rng: random.Random) -> tuple[list[Candidates], list[int]]:
    n_res, n_vol = rng.randint(1, 5), rng.randint(1, 4)
    free = [rng.randint(0, 2) for _ in range(n_vol)]
    cands = []
    for _ in range(n_res):
        vols = sorted(rng.sample(range(n_vol), rng.randint(0, n_vol)))
        scores = [float(rng.randint(1, 20)) for _ in vols]
        cands.append(Candidates(np.array(vols, dtype=np.int64), np.array(scores)))
    return cands, free


@pytest.mark.parametrize("seed", range(60))
def test_total_equals_brute_force_optimum_and_capacity_holds(seed):
    cands, free = _instance(random.Random(seed))
    assignment = solve(cands, np.array(free))
    assert total(cands, assignment) == pytest.approx(_brute(cands, free))
    for vol, places in enumerate(free):
        assert assignment.count(vol) <= places
    for c, vol in zip(cands, assignment, strict=True):
        assert vol is None or vol in c.volunteers.tolist()


def test_optimum_beats_greedy():
    # Greedy takes the best pair first (A-X 10) and leaves B with Y (1): 11 in all.
    cands = [Candidates(np.array([0, 1]), np.array([10.0, 9.0])),
             Candidates(np.array([0, 1]), np.array([8.0, 1.0]))]
    assignment = solve(cands, np.array([1, 1]))
    assert assignment == [1, 0]
    assert total(cands, assignment) == 17.0


def test_capacity_of_several_places_is_shared_out():
    cands = [Candidates(np.array([0, 1]), np.array([5.0, 1.0])) for _ in range(4)]
    assignment = solve(cands, np.array([3, 1]))
    assert sorted(assignment) == [0, 0, 0, 1]


def test_nobody_to_match():
    assert solve([], np.array([1])) == []
    assert solve([Candidates(np.array([], dtype=np.int64), np.array([]))], np.array([2])) == [None]

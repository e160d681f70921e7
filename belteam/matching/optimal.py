"""The optimal assignment of residents to volunteers' free places (not greedy).

Each volunteer's free places become that many columns ("slots"); each resident is a row with
one private "unmatched" column, so a full matching of the rows always exists. Only feasible
pairs become edges (a sparse matrix), solved with
``scipy.sparse.csgraph.min_weight_full_bipartite_matching`` on ``top - score``.

Pruning, exact: sort a resident's candidates best first and keep them until their free places
add up to the number of residents. In any optimum the resident sits with a kept candidate:
were they with a dropped one, the other residents fill at most R-1 of the kept places, so a
kept place stays free with a score at least as high, and moving there loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is loaded when a proposal is made, not at every command's start
    import numpy as np


@dataclass
class Candidates:
    """For one resident: the feasible volunteers (indices) and their scores (all > 0)."""

    volunteers: np.ndarray
    scores: np.ndarray


def _prune(cands: list[Candidates], free: np.ndarray) -> list[Candidates]:
    import numpy as np
    needed = len(cands)
    kept = []
    for c in cands:
        ok = free[c.volunteers] > 0
        vols, scores = c.volunteers[ok], c.scores[ok]
        order = np.argsort(-scores, kind="stable")
        cumulative = np.cumsum(free[vols[order]])
        stop = int(np.searchsorted(cumulative, needed)) + 1
        take = order[:stop]
        kept.append(Candidates(vols[take], scores[take]))
    return kept


def solve(cands: list[Candidates], free: np.ndarray) -> list[int | None]:
    """The volunteer index for each resident (None: unmatched) maximising the total score,
    with no volunteer given more residents than ``free`` places."""
    import numpy as np
    rows = len(cands)
    if rows == 0:
        return []
    free = np.asarray(free, dtype=np.int64)
    kept = _prune(cands, free)
    degree = np.zeros(len(free), dtype=np.int64)
    for c in kept:
        degree[c.volunteers] += 1
    slots = np.minimum(free, degree)  # more places than residents who could use them is no help
    first_slot = np.concatenate(([0], np.cumsum(slots)[:-1]))
    n_slots = int(slots.sum())
    top = max((float(c.scores.max()) for c in kept if len(c.scores)), default=0.0) + 1.0
    row_parts, col_parts, weight_parts = [], [], []
    for i, c in enumerate(kept):
        counts = slots[c.volunteers]
        starts = np.repeat(first_slot[c.volunteers], counts)
        offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        col_parts.append(np.append(starts + offsets, n_slots + i))
        weight_parts.append(np.append(np.repeat(top - c.scores, counts), top))
        row_parts.append(np.full(len(col_parts[-1]), i, dtype=np.int64))
    # scipy takes a tenth of a second to import: loaded only when a proposal is computed.
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    graph = csr_matrix((np.concatenate(weight_parts),
                        (np.concatenate(row_parts), np.concatenate(col_parts))),
                       shape=(rows, n_slots + rows))
    row_ind, col_ind = min_weight_full_bipartite_matching(graph)
    owner = np.repeat(np.arange(len(free)), slots)
    result: list[int | None] = [None] * rows
    for row, col in zip(row_ind.tolist(), col_ind.tolist(), strict=True):
        result[row] = int(owner[col]) if col < n_slots else None
    return result


def total(cands: list[Candidates], assignment: list[int | None]) -> float:
    """The summed score of an assignment."""
    import numpy as np
    result = 0.0
    for c, vol in zip(cands, assignment, strict=True):
        if vol is not None:
            result += float(c.scores[np.flatnonzero(c.volunteers == vol)[0]])
    return result

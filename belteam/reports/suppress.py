"""Small-number suppression: no figure about fewer than k residents can be read or worked out.

A cell carries its value and its weight: the number of residents it is about. A cell with a
weight of 1..k-1 is hidden ("<5"); when the cells of a group add up to a published total, more
cells are hidden (smallest first) until the hidden ones together are about at least k residents
and no single hidden cell is the only one, so the total minus the others reveals nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from belteam.settings import store as settings

HIDDEN = "<5"
FLOOR = 3  # the setting never goes below this


def threshold() -> int:
    return max(FLOOR, int(settings.get("report_min_residents")))


def hidden_text(k: int) -> str:
    return f"<{k}"


@dataclass
class Cell:
    value: object
    weight: int  # residents the value is about
    hidden: bool = False


def primary(cell: Cell, k: int) -> None:
    if 0 < cell.weight < k:
        cell.hidden = True


def complete(cells: list[Cell], k: int, total_hidden: bool = False) -> None:
    """Hide more cells of a group that sums to a published total, until nothing is derivable."""
    if total_hidden:
        for cell in cells:
            cell.hidden = cell.hidden or cell.weight > 0
        return
    while True:
        hidden = [c for c in cells if c.hidden]
        if not hidden:
            return
        if len(hidden) >= 2 and sum(c.weight for c in hidden) >= k:
            return
        visible = sorted((c for c in cells if not c.hidden), key=lambda c: (c.weight, str(c.value)))
        if not visible:
            return
        visible[0].hidden = True


def shown(cell: Cell, k: int) -> object:
    return hidden_text(k) if cell.hidden else cell.value

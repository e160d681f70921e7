"""A waiting resident's wanted plan: a plan, or a plan's kind whose day is chosen when paired.

``weekly``, ``biweekly``, ``every3weeks``, ``monthly`` (and the Dutch words) leave the day open;
``weekdays``, ``daily``, ``once`` or a full plan such as ``weekly:tue`` fix it.
"""

from __future__ import annotations

import re
from typing import Any

from belteam.core.messages import _
from belteam.pairings.plans import HINT, SHORT_DAYS, Plan, PlanError, parse_plan

_WEEKLY = {"weekly": 1, "wekelijks": 1, "biweekly": 2, "tweewekelijks": 2}
_MONTHLY = ("monthly", "maandelijks")
_EVERY = re.compile(r"(?:every|elke|omde)(\d+)(?:weeks?|weken)")
DEFAULT = "weekly"


def _open_kind(word: str) -> str | None:
    """The canonical form of a kind without a day (``weekly``, ``every3weeks``, ``monthly``)."""
    if word in _WEEKLY:
        return {1: "weekly", 2: "biweekly"}[_WEEKLY[word]]
    match = _EVERY.fullmatch(word)
    if match and 1 <= int(match[1]) <= 52:
        return {1: "weekly", 2: "biweekly"}.get(int(match[1]), f"every{int(match[1])}weeks")
    return "monthly" if word in _MONTHLY else None


def clean(value: Any) -> str:
    """The wanted plan as stored (empty: none given); ValueError saying what to write."""
    compact = re.sub(r"\s+", "", str(value or "")).lower()
    if not compact:
        return ""
    kind = _open_kind(compact)
    if kind:
        return kind
    try:
        return parse_plan(compact).short_form()
    except PlanError:
        raise ValueError(_("'{value}' is not a call plan: {hint}", value=str(value).strip(),
                           hint=_(HINT))) from None


def plan_on(wanted: str, day: int) -> Plan:
    """The plan to agree when the calls fall on weekday ``day`` (0=Monday)."""
    text = clean(wanted) or DEFAULT
    kind = _open_kind(text)
    if kind == "monthly":
        return parse_plan(f"monthly:1{SHORT_DAYS[day]}")
    if kind:
        return parse_plan(f"{kind}:{SHORT_DAYS[day]}")
    return parse_plan(text)


def fixed_days(wanted: str) -> tuple[int, ...]:
    """The days a full wanted plan already names (empty when the day is still open)."""
    text = clean(wanted) or DEFAULT
    if _open_kind(text):
        return ()
    plan = parse_plan(text)
    if plan.kind in ("daily", "once"):
        return ()
    return plan.weekdays

"""The call plans of the demo team: what was agreed, at what time, and the Dutch day hint."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import time

from belteam.pairings.plans import Plan, parse_plan

MORNING = (time(9, 30), time(10, 0), time(10, 0), time(10, 30), time(11, 0))
AFTERNOON = (time(14, 0), time(14, 30), time(15, 0), time(15, 30), time(16, 0))
EVENING = (time(18, 30), time(19, 0))
EARLY = (time(9, 0), time(9, 0), time(9, 30))
_DUTCH_DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


@dataclass(frozen=True)
class PlanChoice:
    """One kind of agreement, e.g. "every Tuesday morning" = weekly:tue in the morning."""

    label: str
    plan: Plan
    weight: int
    times: tuple[time, ...]


def _choice(label: str, short: str, weight: int, times: tuple[time, ...]) -> PlanChoice:
    return PlanChoice(label, parse_plan(short), weight, times)


_ANY_TIME = MORNING + MORNING + AFTERNOON + EVENING
PLAN_CHOICES: tuple[PlanChoice, ...] = (
    _choice("every Tuesday morning", "weekly:tue", 10, MORNING),
    _choice("every Monday", "weekly:mon", 6, _ANY_TIME),
    _choice("every Wednesday", "weekly:wed", 6, _ANY_TIME),
    _choice("every Thursday afternoon", "weekly:thu", 6, AFTERNOON),
    _choice("every Friday", "weekly:fri", 5, _ANY_TIME),
    _choice("every Saturday morning", "weekly:sat", 1, MORNING),
    _choice("Monday and Thursday", "weekly:mon+thu", 8, _ANY_TIME),
    _choice("Tuesday and Friday", "weekly:tue+fri", 4, _ANY_TIME),
    _choice("Monday, Wednesday and Friday", "weekly:mon+wed+fri", 2, MORNING),
    _choice("every other Friday", "biweekly:fri", 6, _ANY_TIME),
    _choice("every other Tuesday", "biweekly:tue", 4, _ANY_TIME),
    _choice("every other Wednesday", "biweekly:wed", 3, AFTERNOON),
    _choice("first Monday of the month", "monthly:1mon", 4, _ANY_TIME),
    _choice("first Wednesday of the month", "monthly:1wed", 2, AFTERNOON),
    _choice("last Friday of the month", "monthly:-1fri", 2, _ANY_TIME),
    _choice("daily check-in on weekdays", "weekdays", 7, EARLY),
    _choice("daily check-in", "daily", 2, EARLY),
    _choice("once, to try", "once", 4, MORNING + AFTERNOON),
)
_WEIGHTS = tuple(choice.weight for choice in PLAN_CHOICES)
FREQUENT = frozenset(c.plan for c in PLAN_CHOICES if c.plan.kind in ("weekly", "weekdays", "daily")
                     and c.plan.interval == 1)


def pick_plan(rng: random.Random) -> tuple[PlanChoice, time]:
    """A plan with its agreed call time."""
    choice = rng.choices(PLAN_CHOICES, _WEIGHTS)[0]
    return choice, rng.choice(choice.times)


def preferred_days(plan: Plan, at: time) -> str:
    """The resident's preferred days in the coordinator's shorthand, e.g. "ma do ochtend"."""
    part = "ochtend" if at.hour < 12 else ("middag" if at.hour < 18 else "avond")
    if plan.kind == "once":
        return part
    if plan.kind == "daily":
        return f"elke dag {part}"
    if plan.kind == "weekdays":
        return f"werkdagen {part}"
    return " ".join(_DUTCH_DAYS[day] for day in plan.weekdays) + f" {part}"


def wanted_word(plan: Plan) -> str:
    """What a waiting resident asks for: how often, the day left to the pairing (``biweekly``)."""
    if plan.kind == "monthly":
        return "monthly"
    if plan.kind == "weekly":
        return {1: "weekly", 2: "biweekly"}.get(plan.interval, f"every{plan.interval}weeks")
    return plan.short_form()

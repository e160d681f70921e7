"""Suggestions for one resident: every volunteer who can call them, best first, with reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from belteam.core.actors import Actor, require
from belteam.core.clock import clock
from belteam.core.messages import _
from belteam.matching import facts
from belteam.matching.facts import Context, ResidentFacts, VolunteerFacts
from belteam.matching.score import Match, evaluate, language_list
from belteam.storage.models import Resident


@dataclass
class Suggestions:
    resident: ResidentFacts
    matches: list[Match] = field(default_factory=list)
    why_none: str | None = None

    def to_json(self, limit: int | None = None) -> dict[str, Any]:
        return {"resident": self.resident.code,
                "suggestions": [match_json(m) for m in self.matches[:limit]],
                "why_none": self.why_none}


def match_json(match: Match) -> dict[str, Any]:
    return {"volunteer": match.volunteer.code, "score": round(match.score, 1),
            "reasons": match.reasons, "warnings": match.warnings}


def rank(resident: ResidentFacts, volunteers: list[VolunteerFacts], ctx: Context, day: date,
         allow_full: bool = False) -> Suggestions:
    """Every volunteer the hard rules allow, best score first (full ones last when allowed)."""
    found = [m for v in volunteers if (m := evaluate(resident, v, ctx, day, allow_full))]
    found.sort(key=lambda m: (m.full, -m.score, m.volunteer.name, m.volunteer.id))
    result = Suggestions(resident, found)
    if not any(not m.full for m in found):
        result.why_none = why_none(resident, volunteers)
    return result


def why_none(resident: ResidentFacts, volunteers: list[VolunteerFacts]) -> str:
    """Why nobody can call this resident, in words."""
    langs = language_list(resident.languages)
    speakers = [v for v in volunteers if v.languages & resident.languages]
    if not volunteers:
        return _("there are no active volunteers")
    if not speakers:
        if resident.area:
            return _("nobody speaks {languages}, in {area} or elsewhere", languages=langs,
                     area=resident.area)
        return _("nobody speaks {languages}", languages=langs)
    return _("all {count} volunteers who speak {languages} are full", count=len(speakers),
             languages=langs)


def for_resident(actor: Actor, resident_id: int, allow_full: bool = False,
                 day: date | None = None) -> Suggestions:
    """Suggestions for one resident (the coordinator's desk)."""
    require(actor, "pairings.edit")
    day = day or clock.today()
    return rank(facts.resident(resident_id, day), facts.volunteers(day), facts.context(), day,
                allow_full)


def for_waiting(actor: Actor, resident_ids: list[int] | None = None,
                day: date | None = None) -> list[Suggestions]:
    """Suggestions for every waiting resident (or those given), front of the list first."""
    require(actor, "pairings.edit")
    day = day or clock.today()
    query = facts.waiting_query()
    if resident_ids is not None:
        query = query.where(Resident.id.in_(resident_ids))
    volunteers, ctx = facts.volunteers(day), facts.context()
    return [rank(r, volunteers, ctx, day) for r in facts.residents(query, day)]

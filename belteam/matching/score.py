"""How well a volunteer fits a resident: the hard rules, the score and its reasons in words.

Hard rules: a shared language, and a free place (unless the coordinator overrides "full").
Archived volunteers never reach this module (facts.volunteers leaves them out). The score is
1 (can call) plus, each weighted by a setting: area (same 1, neighbour ½), the share of the
resident's wished slots the volunteer is free on (½ when either side said nothing), the share
of the volunteer's places still free, and having reached the resident before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from belteam.core.languages import language_name
from belteam.core.messages import _, translate
from belteam.matching.availability import describe_mask, popcount
from belteam.matching.facts import Context, ResidentFacts, VolunteerFacts

BASE = 1.0


@dataclass
class Match:
    """A volunteer the hard rules allow; the reasons are written when first asked for (a
    ranking of thousands needs only the scores)."""

    volunteer: VolunteerFacts
    score: float
    full: bool
    resident: ResidentFacts
    ctx: Context

    @cached_property
    def _words(self) -> tuple[list[str], list[str]]:
        return explain(self.resident, self.volunteer, self.ctx, self.full)

    @property
    def reasons(self) -> list[str]:
        return self._words[0]

    @property
    def warnings(self) -> list[str]:
        return self._words[1]


def _dutch() -> bool:
    """True when messages are shown in Dutch (the window's translator is Dutch)."""
    return translate("speaks {languages}") != "speaks {languages}"


def language_list(codes: frozenset[str] | set[str]) -> str:
    dutch = _dutch()
    return ", ".join(sorted(language_name(c, dutch) for c in codes))


def shared_languages(resident: ResidentFacts, volunteer: VolunteerFacts) -> frozenset[str]:
    return resident.languages & volunteer.languages


def area_factor(resident: ResidentFacts, volunteer: VolunteerFacts, ctx: Context) -> float:
    if not resident.area or not volunteer.area:
        return 0.0
    if resident.area.lower() == volunteer.area.lower():
        return 1.0
    return 0.5 if ctx.are_neighbours(resident.area, volunteer.area) else 0.0


def time_factor(resident: ResidentFacts, volunteer: VolunteerFacts) -> float:
    wishes, free = resident.wishes, volunteer.available
    if not wishes.known or not free.known or not wishes.mask:
        return 0.5
    return popcount(wishes.mask & free.mask) / popcount(wishes.mask)


def load_factor(volunteer: VolunteerFacts) -> float:
    return volunteer.free / volunteer.max_residents if volunteer.max_residents > 0 else 0.0


def score(resident: ResidentFacts, volunteer: VolunteerFacts, ctx: Context) -> float:
    w = ctx.weights
    return (BASE + w["area"] * area_factor(resident, volunteer, ctx)
            + w["time"] * time_factor(resident, volunteer)
            + w["load"] * load_factor(volunteer)
            + w["continuity"] * (1.0 if volunteer.id in resident.called_before else 0.0))


def evaluate(resident: ResidentFacts, volunteer: VolunteerFacts, ctx: Context, day: date,
             allow_full: bool = False) -> Match | None:
    """The match with its reasons and warnings, or None when a hard rule forbids it."""
    shared = shared_languages(resident, volunteer)
    full = volunteer.free <= 0
    if not shared or (full and not allow_full):
        return None
    return Match(volunteer, score(resident, volunteer, ctx), full, resident, ctx)


def explain(resident: ResidentFacts, volunteer: VolunteerFacts, ctx: Context,
            full: bool) -> tuple[list[str], list[str]]:
    """The reasons and warnings of a match, in words."""
    match = _Words([], [])
    shared = shared_languages(resident, volunteer)
    match.reasons.append(_("speaks {languages}", languages=language_list(shared)))
    _area_words(resident, volunteer, ctx, match)
    _time_words(resident, volunteer, match)
    match.reasons.append(_("{taken} of {maximum} places taken", taken=volunteer.taken,
                           maximum=volunteer.max_residents))
    if full:
        match.warnings.insert(0, _("full"))
    if volunteer.id in resident.called_before:
        match.reasons.append(_("called them before"))
    for start, end in volunteer.absences:
        match.warnings.append(_("away {start} – {end}", start=f"{start.day}-{start.month}",
                                end=f"{end.day}-{end.month}"))
    return match.reasons, match.warnings


@dataclass
class _Words:
    reasons: list[str]
    warnings: list[str]


def _area_words(resident: ResidentFacts, volunteer: VolunteerFacts, ctx: Context,
                match: _Words) -> None:
    factor = area_factor(resident, volunteer, ctx)
    if factor == 1.0:
        match.reasons.append(_("same area ({area})", area=volunteer.area))
    elif factor > 0:
        match.reasons.append(_("neighbouring area ({area})", area=volunteer.area))
    elif volunteer.area:
        match.warnings.append(_("lives elsewhere ({area})", area=volunteer.area))


def _time_words(resident: ResidentFacts, volunteer: VolunteerFacts, match: _Words) -> None:
    wishes, free = resident.wishes, volunteer.available
    if free.unread:
        match.warnings.append(_("availability not understood: '{words}'",
                                words=" ".join(free.unread)))
    if not free.known:
        match.warnings.append(_("availability not recorded"))
        return
    if not wishes.known:
        match.reasons.append(_("free on {slots}", slots=describe_mask(free.mask)))
        return
    shared = wishes.mask & free.mask
    if shared:
        match.reasons.append(_("free on {slots}", slots=describe_mask(shared)))
    else:
        match.warnings.append(_("no shared day"))

"""Availability as data: days of the week × parts of the day, read from the stored text.

The text stays what the coordinator typed (``mon,tue,thu``, ``ma di do ochtend``, ``werkdagen
middag``); this module reads it into a set of (day, part) slots and keeps the words it could
not read, so the window can show them as a warning instead of silently dropping them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from belteam.core.messages import N_, _

PARTS = ("morning", "afternoon", "evening")
PART_LABELS = (N_("morning"), N_("afternoon"), N_("evening"))
DAY_LABELS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
ALL_DAYS = tuple(range(7))
WORKDAYS = (0, 1, 2, 3, 4)
FULL_MASK = (1 << 21) - 1

_DAYS = {
    **{w: i for i, w in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{w: i for i, w in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday"))},
    **{w: i for i, w in enumerate(("ma", "di", "wo", "do", "vr", "za", "zo"))},
    **{w: i for i, w in enumerate(("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                                   "zaterdag", "zondag"))},
    **{w: i for i, w in enumerate(("mo", "tu", "we", "th", "fr", "sa", "su"))},
    "tues": 1, "wed": 2, "thur": 3, "thurs": 3, "din": 1, "woe": 2, "don": 3, "vrij": 4,
    "maandags": 0, "dinsdags": 1, "woensdags": 2, "donderdags": 3, "vrijdags": 4,
    "zaterdags": 5, "zondags": 6, "mondays": 0, "tuesdays": 1, "wednesdays": 2,
    "thursdays": 3, "fridays": 4, "saturdays": 5, "sundays": 6,
}
_DAY_GROUPS = {
    "weekdays": WORKDAYS, "werkdagen": WORKDAYS, "doordeweeks": WORKDAYS, "workdays": WORKDAYS,
    "weekend": (5, 6), "weekends": (5, 6), "daily": ALL_DAYS, "dagelijks": ALL_DAYS,
    "always": ALL_DAYS, "altijd": ALL_DAYS, "anytime": ALL_DAYS,
}
_PARTS = {
    "morning": 0, "mornings": 0, "ochtend": 0, "ochtends": 0, "morgen": 0, "morgens": 0,
    "am": 0, "afternoon": 1, "afternoons": 1, "middag": 1, "middags": 1, "pm": 1,
    "evening": 2, "evenings": 2, "avond": 2, "avonds": 2, "night": 2,
}
# Words that join or soften the list and carry no meaning of their own.
_FILLER = {"and", "en", "or", "of", "s", "in", "the", "de", "het", "op", "on", "every", "elke",
           "ieder", "iedere", "day", "days", "dag", "dagen", "all", "alle", "only", "alleen",
           "van", "from", "tot", "to", "t", "m", "tm", "a", "een", "also", "ook"}
_UNTIL = re.compile(r"([a-z]+)\s+(?:t/m|t\.m\.|tm|tot en met|tot|to|till|until|through|thru)"
                    r"\s+([a-z]+)")
_RANGE = re.compile(r"^([a-z]+)-([a-z]+)$")


def bit(day: int, part: int) -> int:
    return 1 << (day * 3 + part)


@dataclass(frozen=True)
class Availability:
    """The slots (a 21-bit mask: day*3+part), whether the text said anything, and what it could not read."""

    mask: int
    known: bool
    unread: tuple[str, ...] = ()

    def slots(self) -> list[tuple[int, int]]:
        return [(d, p) for d in ALL_DAYS for p in range(3) if self.mask & bit(d, p)]

    def days(self) -> tuple[int, ...]:
        return tuple(d for d in ALL_DAYS if self.mask & (0b111 << (d * 3)))

    def parts(self) -> tuple[int, ...]:
        return tuple(p for p in range(3) if any(self.mask & bit(d, p) for d in ALL_DAYS))

    def to_json(self) -> dict:
        return {"slots": [[DAY_LABELS[d].lower(), PARTS[p]] for d, p in self.slots()],
                "unread": list(self.unread)}


def _flush(days: list[int], parts: list[int]) -> int:
    mask = 0
    for d in days or ALL_DAYS:
        for p in parts or range(3):
            mask |= bit(d, p)
    return mask


def _expand_range(word: str) -> tuple[int, ...] | None:
    """``ma-vr`` or ``mon-fri``: the days from the first to the last."""
    match = _RANGE.match(word)
    if not match or match[1] not in _DAYS or match[2] not in _DAYS:
        return None
    first, last = _DAYS[match[1]], _DAYS[match[2]]
    return tuple(range(first, last + 1)) if first <= last else None


@lru_cache(maxsize=4096)
def parse(text: str) -> Availability:
    """Read ``ma di do ochtend, vr middag`` into slots; a part of the day applies to the days before it.

    Days without a part mean the whole day; a part without days means every day. Words that are
    neither a day, a part of the day nor a joining word are kept in ``unread``.
    """
    raw = (text or "").lower().replace("'", " ").replace("’", " ")
    raw = re.sub(r"\s*-\s*", "-", raw)
    raw = _UNTIL.sub(lambda m: f"{m[1]}-{m[2]}" if m[1] in _DAYS and m[2] in _DAYS else m[0], raw)
    mask, said = 0, False
    days: list[int] = []
    parts: list[int] = []
    unread: list[str] = []
    for word in re.split(r"[\s,;+/&.]+", raw):
        if not word or word in _FILLER:
            continue
        group = _DAY_GROUPS.get(word) or _expand_range(word)
        if word in _DAYS or group:
            if parts:  # a new group of days starts after a part of the day
                mask |= _flush(days, parts)
                days, parts = [], []
            days.extend(group or (_DAYS[word],))
            said = True
        elif word in _PARTS:
            parts.append(_PARTS[word])
            said = True
        else:
            unread.append(word)
    if said:
        mask |= _flush(days, parts)
    return Availability(mask, said, tuple(unread))


def describe_mask(mask: int) -> str:
    """Slots in words, grouped by part of the day: ``Tue, Thu morning; Mon afternoon``."""
    groups: list[str] = []
    for part in range(3):
        days = [d for d in ALL_DAYS if mask & bit(d, part)]
        if days:
            names = ", ".join(_(DAY_LABELS[d]) for d in days)
            groups.append(f"{names} {_(PART_LABELS[part])}")
    return "; ".join(groups)


def popcount(mask: int) -> int:
    return bin(mask).count("1")

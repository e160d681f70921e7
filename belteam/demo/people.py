"""The demo team's people as plain rows: volunteers, residents, pairings, pauses, absences."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from belteam.core.clock import TZ
from belteam.demo import names as N
from belteam.demo.plans import FREQUENT, pick_plan, preferred_days, wanted_word
from belteam.pairings.plans import Plan

VOLUNTEER_COLUMNS = ("code", "first_name", "last_name", "phone", "email", "languages", "area",
                     "available", "max_residents", "created_at", "updated_at")
RESIDENT_COLUMNS = ("code", "first_name", "last_name", "phone", "phone2", "area", "address",
                    "postcode", "birth_date", "languages", "lives_alone", "emergency_contact_name",
                    "emergency_contact_phone", "key_holder", "consent_date", "consent_by",
                    "consent_purpose", "status", "preferred_days", "wanted_plan", "created_at",
                    "updated_at")
_CAPACITY = (2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 8)
_STATUS_ROLL = (("waiting", 0.07), ("paused", 0.04), ("stopped", 0.03))
SILENT_SHARE = 0.02  # residents who stopped answering in the last 3-4 weeks


@dataclass(slots=True)
class PairingDraft:
    """A pairing before it has ids: people are list positions."""

    resident: int
    volunteer: int
    plan: Plan
    start: date
    end: date | None
    preferred_time: time
    ended_reason: str = ""


@dataclass
class Team:
    """Everything the demo inserts apart from the call history."""

    volunteers: list[tuple] = field(default_factory=list)
    residents: list[tuple] = field(default_factory=list)
    pairings: list[PairingDraft] = field(default_factory=list)
    pauses: list[tuple[int, date, date | None, str]] = field(default_factory=list)
    absences: list[tuple[int, date, date, str]] = field(default_factory=list)
    silent_from: dict[int, date] = field(default_factory=dict)  # resident position -> date


def _weighted(rng: random.Random, items: tuple, weights: tuple[int, ...]):
    return rng.choices(items, weights)[0]


_VILLAGE_WEIGHTS = tuple(w for _, _, w in N.VILLAGES)


def _village(rng: random.Random) -> tuple[str, str, int]:
    return _weighted(rng, N.VILLAGES, _VILLAGE_WEIGHTS)


def mobile(rng: random.Random) -> str:
    """A Dutch mobile number (06-xxxxxxxx) in E.164: +31 instead of the leading 0.

    Written directly: parsing each made-up number (phones.normalize) took seconds per
    10,000 people; tests check that normalize keeps these as they are.
    """
    return f"+316{rng.randint(1, 5)}{rng.randrange(10**7):07d}"


def landline(rng: random.Random) -> str:
    """A landline on the 0521 net (0521-xxxxxx), in E.164."""
    return f"+31521{rng.randint(2, 9)}{rng.randrange(10**5):05d}"


def _name(rng: random.Random, style: str, woman: bool) -> tuple[str, str]:
    """First and last name in the style of the person's language."""
    if style == "arabic":
        if rng.random() < 0.3:
            return rng.choice(N.ARABIC_SCRIPT)
        return rng.choice(N.ARABIC_WOMEN if woman else N.ARABIC_MEN), rng.choice(N.ARABIC_SURNAMES)
    if style == "turkish":
        return (rng.choice(N.TURKISH_WOMEN if woman else N.TURKISH_MEN),
                rng.choice(N.TURKISH_SURNAMES))
    if style == "polish":
        male, female = rng.choice(N.POLISH_SURNAMES)
        return rng.choice(N.POLISH_WOMEN if woman else N.POLISH_MEN), female if woman else male
    return rng.choice(N.DUTCH_WOMEN if woman else N.DUTCH_MEN), rng.choice(N.DUTCH_SURNAMES)


def _email(first: str, last: str, number: int) -> str:
    """A made-up address on a reserved example domain, so no real mailbox is ever hit."""
    plain = unicodedata.normalize("NFKD", f"{first}.{last}".lower())
    local = "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "."))
    return f"{local}{number}@example.org"


def _moment(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


def _address(rng: random.Random, village: tuple[str, str, int]) -> tuple[str, str]:
    letters = rng.choice(N.POSTCODE_LETTERS) + rng.choice(N.POSTCODE_LETTERS)
    return f"{rng.choice(N.STREETS)} {rng.randint(1, 120)}", f"{village[1]} {letters}"


def _history_offset(rng: random.Random, days: int) -> int:
    """Days before today a pairing started; more started early (the founding group)."""
    return int(days * rng.random() ** 0.5)


def build_volunteers(rng: random.Random, team: Team, count: int, codes: list[str],
                     history_days: int, today: date) -> list[tuple[str, list[str], str]]:
    """Volunteer rows; returns (area, languages, name) per volunteer for pairing."""
    profiles = tuple(p for p, _ in N.VOLUNTEER_LANGUAGES)
    weights = tuple(w for _, w in N.VOLUNTEER_LANGUAGES)
    info = []
    for index in range(count):
        langs = (N.SHOWCASE_VOLUNTEER_LANGUAGES[index] if index < len(N.SHOWCASE_VOLUNTEER_LANGUAGES)
                 else _weighted(rng, profiles, weights))
        style = {"ar": "arabic", "tr": "turkish", "pl": "polish"}.get(langs[-2:], "dutch")
        woman = rng.random() < 0.7
        first, last = _name(rng, style, woman)
        if not first.isascii() and style == "arabic":  # volunteers write their names in Latin
            first, last = rng.choice(N.ARABIC_WOMEN if woman else N.ARABIC_MEN), rng.choice(
                N.ARABIC_SURNAMES)
        village = _village(rng)
        created = _moment(today - timedelta(days=history_days + rng.randint(14, 400)))
        team.volunteers.append((
            codes[index], first, last, mobile(rng), _email(first, last, index + 1), langs,
            village[0], rng.choice(N.AVAILABILITY), rng.choice(_CAPACITY), created, created))
        info.append((village[0], langs.split(","), f"{first} {last}"))
        if rng.random() < 0.04:
            start = today + timedelta(days=rng.randint(0, 21))
            team.absences.append((index, start, start + timedelta(days=rng.randint(6, 20)),
                                  rng.choice(N.ABSENCE_REASONS)))
    return info


class VolunteerPool:
    """Volunteers with room for another resident, found by language, area or anywhere."""

    def __init__(self, rng: random.Random, info: list[tuple[str, list[str], str]],
                 capacity: list[int]) -> None:
        self.rng, self.left = rng, capacity
        self.by_key: dict[str, list[int]] = {"*": []}
        for index, (area, langs, _) in enumerate(info):
            for key in ("*", f"area:{area}", *(f"lang:{lang}" for lang in langs if lang != "nl")):
                self.by_key.setdefault(key, []).append(index)

    def _take(self, key: str) -> int | None:
        """A random volunteer of this group with room left; full ones are dropped lazily."""
        group = self.by_key.get(key, [])
        while group:
            spot = self.rng.randrange(len(group))
            index = group[spot]
            if self.left[index] > 0:
                self.left[index] -= 1
                return index
            group[spot] = group[-1]
            group.pop()
        return None

    def take(self, area: str, langs: list[str]) -> int | None:
        """Prefer a shared non-Dutch language, then the same village, then anyone."""
        keys = [f"lang:{lang}" for lang in langs if lang != "nl"]
        if "nl" in langs:
            keys = (keys if self.rng.random() < 0.7 else []) + [f"area:{area}", "*"]
        for key in keys:
            found = self._take(key)
            if found is not None:
                return found
        return None


def _status(rng: random.Random) -> str:
    roll = rng.random()
    for status, share in _STATUS_ROLL:
        if roll < share:
            return status
        roll -= share
    return "active"


_PROFILE_WEIGHTS = tuple(w for *_, w in N.RESIDENT_PROFILES)
_STYLES = {"ar": "arabic", "tr": "turkish", "pl": "polish"}


def _resident_profile(rng: random.Random, index: int) -> tuple[str, str, str, str]:
    """(first, last, languages, name style): the showcase residents first, then weighted."""
    if index < len(N.SHOWCASE_RESIDENTS):
        first, last, langs = N.SHOWCASE_RESIDENTS[index]
        return first, last, langs, _STYLES.get(langs[:2], "dutch")
    style, langs, _ = _weighted(rng, N.RESIDENT_PROFILES, _PROFILE_WEIGHTS)
    first, last = _name(rng, style, rng.random() < 0.65)
    return first, last, langs, style


def _emergency_contact(rng: random.Random, style: str, last: str) -> str:
    """A relative (same surname for children) or a neighbour, e.g. "Anja Bakker (dochter)"."""
    relation, woman, family = rng.choice(N.EMERGENCY_RELATIONS)
    first, other_last = _name(rng, style if family else "dutch", woman)
    if not family:
        return f"{first} {other_last} ({relation})"
    if _arabic_script(last) and not _arabic_script(first):  # keep the family in one script
        first = rng.choice(N.ARABIC_SCRIPT_WOMEN if woman else N.ARABIC_SCRIPT_MEN)
    elif _arabic_script(first) and not _arabic_script(last):
        first = rng.choice(N.ARABIC_WOMEN if woman else N.ARABIC_MEN)
    return f"{first} {_family_name(last, woman)} ({relation})"


def _arabic_script(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _family_name(last: str, woman: bool) -> str:
    """The relative's surname: Polish ones take the relative's gender (Kowalski/Kowalska)."""
    for male, female in N.POLISH_SURNAMES:
        if last in (male, female):
            return female if woman else male
    return last


def build_residents(rng: random.Random, team: Team, count: int, codes: list[str],
                    pool: VolunteerPool, volunteer_count: int, history_days: int, today: date) -> None:
    """Resident rows with their pairing, pause or stop, and consent before the first call."""
    for index in range(count):
        first, last, langs, style = _resident_profile(rng, index)
        village = _village(rng)
        address, postcode = _address(rng, village)
        status = _status(rng)
        choice, at = pick_plan(rng)
        pairing = _draft_pairing(rng, team, index, status, choice.plan, at, pool, village[0],
                                 langs.split(","), volunteer_count, history_days, today)
        if pairing is None:
            status = "waiting" if status != "stopped" else status
            consent = today - timedelta(days=rng.randint(0, 60))
        else:
            consent = pairing.start - timedelta(days=rng.randint(3, 30))
        contact = _emergency_contact(rng, style, last)
        team.residents.append(_resident_row(rng, codes[index], first, last, langs, village,
                                            address, postcode, status, choice.plan, at,
                                            consent, contact, today))
    _ensure_silent(rng, team, today)


def _ensure_silent(rng: random.Random, team: Team, today: date) -> None:
    """Make sure the demo shows at least one resident who stopped answering, when possible."""
    if team.silent_from:
        return
    paused = {resident for resident, *_ in team.pauses}
    eligible = [d for d in team.pairings if d.end is None and d.plan in FREQUENT
                and (today - d.start).days > 35 and d.resident not in paused]
    if eligible:
        draft = rng.choice(eligible)
        team.silent_from[draft.resident] = today - timedelta(days=rng.randint(21, 28))


def _resident_row(rng: random.Random, code: str, first: str, last: str, langs: str,
                  village: tuple[str, str, int], address: str, postcode: str, status: str,
                  plan: Plan, at: time, consent: date, contact: str, today: date) -> tuple:
    age = 67 + int(rng.triangular(0, 30, 15))
    birth = today - timedelta(days=age * 365 + rng.randint(0, 364))
    phone = landline(rng) if rng.random() < 0.6 else mobile(rng)
    phone2 = mobile(rng) if rng.random() < 0.3 else ""
    keys = rng.choice(N.KEY_HOLDERS).format(n=rng.randint(1, 80)) if rng.random() < 0.4 else ""
    created = _moment(consent)
    return (code, first, last, phone, phone2, village[0], address, postcode, birth, langs,
            rng.random() < 0.75, contact, mobile(rng), keys, consent, rng.choice(N.CONSENT_BY),
            N.CONSENT_PURPOSE, status, preferred_days(plan, at),
            wanted_word(plan) if status == "waiting" else "", created, created)


def _draft_pairing(rng: random.Random, team: Team, index: int, status: str, plan: Plan,
                   at: time, pool: VolunteerPool, area: str, langs: list[str], volunteer_count: int,
                   history_days: int, today: date) -> PairingDraft | None:
    """The resident's pairing (None while waiting); a stopped one ended in the past."""
    if status == "waiting" or volunteer_count == 0:
        return None
    if plan.kind == "once":  # a trial call is recent: tried in the last month, or today
        start = today - timedelta(days=rng.randint(0, min(history_days, 30)))
    else:
        start = today - timedelta(days=_history_offset(rng, history_days))
    if status == "stopped":
        if (today - start).days < 2:
            return None
        end = start + timedelta(days=rng.randint(1, (today - start).days - 1))
        draft = PairingDraft(index, rng.randrange(volunteer_count), plan, start, end, at,
                             rng.choice(N.STOP_REASONS))
    else:
        volunteer = pool.take(area, langs)
        if volunteer is None:
            return None
        draft = PairingDraft(index, volunteer, plan, start, None, at)
        _pause_or_silence(rng, team, draft, status, today)
    team.pairings.append(draft)
    return draft


def _pause_or_silence(rng: random.Random, team: Team, draft: PairingDraft, status: str,
                      today: date) -> None:
    """A paused resident gets a Pause; a few active ones stopped answering 3-4 weeks ago."""
    if status == "paused":
        start = max(draft.start, today - timedelta(days=rng.randint(1, 20)))
        end = today + timedelta(days=rng.randint(3, 30)) if rng.random() < 0.7 else None
        team.pauses.append((draft.resident, start, end, rng.choice(N.PAUSE_REASONS)))
    elif (draft.plan in FREQUENT and (today - draft.start).days > 35
          and rng.random() < SILENT_SHARE):
        team.silent_from[draft.resident] = today - timedelta(days=rng.randint(21, 28))

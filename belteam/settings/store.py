"""Settings declared once with type, default, range, label and help; stored as JSON.

The labels, help texts and group names are marked with ``N_`` so the window can show them in
the screen's language (context "Domain"); ``ui/settings_page.py`` builds its editors from
``OPTIONS``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from belteam.audit import log as audit
from belteam.core.actors import Actor, require
from belteam.core.messages import N_, _, translate
from belteam.core.validation import ValidationError, parse_bool, parse_phone, parse_time, text
from belteam.storage.models import Setting
from belteam.storage.prepared import Prepared

# Group key -> its title, in the order the settings screen shows them.
GROUPS: dict[str, str] = {
    "organisation": N_("Organisation & language"),
    "calls": N_("Call list"),
    "follow_up": N_("Follow-up rules"),
    "privacy": N_("Privacy & security"),
    "reminders": N_("Reminders"),
    "backups": N_("Backups"),
    "reports": N_("Overview"),
    "matching": N_("Matching"),
}
LANGUAGES = ("", "nl", "en")  # "" follows the system's language


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    label: str
    help: str = ""
    group: str = "organisation"
    minimum: int | None = None  # ints only: the smallest and largest value allowed
    maximum: int | None = None
    choices: tuple[str, ...] = ()  # strs only: the values allowed, when limited
    clean: Callable[[Any], Any] | None = None  # strs only: normalise, or raise ValueError


def _organisation(value: Any) -> str:
    return text(value, 100)


def _folder(value: Any) -> str:
    return text(value, 500)


def _coordinator_name(value: Any) -> str:
    return text(value, 100)


def _coordinator_phone(value: Any) -> str:
    """A phone number the printed lists show; empty is allowed."""
    return parse_phone(value) if str(value or "").strip() else ""


def _time_of_day(value: Any) -> str:
    """``HH:MM``; any form parse_time reads (7.45, 7u, ochtend) is accepted."""
    moment = parse_time(value)
    if moment is None:
        raise ValueError(_("is required"))
    return moment.strftime("%H:%M")


_NEIGHBOUR_SPLIT = re.compile(r"\s+[-–—]\s+|\s*[–—=/]\s*")


def _neighbours(value: Any) -> str:
    """``Havelte – Uffelte; Darp – Havelte``: each pair of areas once, in a fixed form."""
    pairs: list[str] = []
    for chunk in re.split(r"[;\n]+", str(value or "")):
        if not chunk.strip():
            continue
        names = [name.strip() for name in _NEIGHBOUR_SPLIT.split(chunk.strip())]
        if len(names) != 2 or not all(names):
            raise ValueError(_("'{value}' is not two areas; write them as 'Havelte – Uffelte'",
                               value=chunk.strip()))
        if names[0].lower() != names[1].lower():
            pair = f"{names[0]} – {names[1]}"
            if pair not in pairs:
                pairs.append(pair)
    return text("; ".join(pairs), 2000)


def neighbour_pairs(value: str) -> list[tuple[str, str]]:
    """The stored setting as (area, area) pairs."""
    return [(left, right) for left, _sep, right in
            (chunk.partition(" – ") for chunk in value.split("; ")) if _sep]


OPTIONS: dict[str, Option] = {o.key: o for o in [
    Option("organisation_name", str, "", N_("Organisation name"),
           N_("Shown in the window's title and on printed lists."),
           "organisation", clean=_organisation),
    Option("coordinator_name", str, "", N_("Coordinator's name"),
           N_("At the foot of every printed call list: whom a volunteer calls with a question."),
           "organisation", clean=_coordinator_name),
    Option("coordinator_phone", str, "", N_("Coordinator's phone"),
           N_("Printed next to the coordinator's name."), "organisation", clean=_coordinator_phone),
    Option("language", str, "", N_("Screen language"),
           N_("Follow the computer's language, or always use Dutch or English."),
           "organisation", choices=LANGUAGES),
    Option("grace_days", int, 2, N_("Days a missed call stays on the list as retry"),
           N_("After these days an unanswered call counts as missed."), "calls", 0, 14),
    Option("grace_days_daily", int, 1, N_("Days a missed daily check-in stays as retry"),
           N_("The same, for residents who are called every day."), "calls", 0, 14),
    Option("move_holiday_calls", bool, False,
           N_("Move holiday calls to the next working day"),
           N_("Otherwise they stay on their day, marked as a holiday."),
           "calls"),
    Option("note_max_chars", int, 1000, N_("Longest note a caller may write"),
           N_("In characters; a few sentences take about 300."), "calls", 100, 5000),
    Option("flag_failed_attempts", int, 3, N_("Unsuccessful attempts in a row before a flag"),
           N_("No answer, busy or voicemail, one after the other."), "follow_up", 1, 60),
    Option("flag_failed_min_days", int, 2, N_("...spread over at least this many days"),
           N_("So that three tries on one morning do not raise a flag yet."), "follow_up", 1, 60),
    Option("flag_missed_calls", int, 2, N_("Missed due calls in a row before a flag"),
           N_("Calls still not made when their retry days are over."), "follow_up", 1, 60),
    Option("flag_no_contact_days", int, 14, N_("Days without contact before a flag"),
           N_("Counted while the resident's call plan is running."), "follow_up", 1, 60),
    Option("flag_no_contact_days_daily", int, 2,
           N_("Days without contact before a flag (daily check-in)"),
           N_("For residents who are called every day."), "follow_up", 1, 60),
    Option("retention_months", int, 24, N_("Months after which notes are purged"),
           N_("Older call notes are removed at night; the counts stay."), "privacy", 1, 120),
    Option("lock_minutes", int, 10, N_("Lock the window after this many idle minutes"),
           N_("Keeps the notes safe when nobody is at the computer."), "privacy", 1, 120),
    Option("reminder_time", str, "08:30", N_("Morning reminder time"),
           N_("When callers hear of the day's calls; each may pick their own."),
           "reminders", clean=_time_of_day),
    Option("report_min_residents", int, 5, N_("Hide figures about fewer residents than"),
           N_("The overview shows such a figure as \"<5\" and hides a second one where "
              "the totals would give it away."), "reports", 3, 50),
    Option("weekly_report", bool, False, N_("Make the overview PDF every Monday"),
           N_("Last week's overview is saved in the reports folder."), "reports"),
    Option("report_folder", str, "", N_("Reports folder"),
           N_("Where the Monday overview is saved; empty: the program's own reports folder."),
           "reports", clean=_folder),
    Option("neighbour_areas", str, "", N_("Neighbouring areas"),
           N_("Pairs of villages or districts next to each other, e.g. "
              "\"Havelte – Uffelte; Darp – Havelte\"."), "matching", clean=_neighbours),
    Option("match_weight_area", int, 40, N_("Weight of living nearby"),
           N_("Points for the same area; half of them for a neighbouring one."),
           "matching", 0, 100),
    Option("match_weight_time", int, 30, N_("Weight of shared days and times"),
           N_("Points when the volunteer is free on all the days the resident wants."),
           "matching", 0, 100),
    Option("match_weight_load", int, 20, N_("Weight of free places"),
           N_("Points for a volunteer with all places free, so the calls are spread."),
           "matching", 0, 100),
    Option("match_weight_continuity", int, 30, N_("Weight of having called before"),
           N_("Points for a volunteer who called the resident before and reached them."),
           "matching", 0, 100),
    Option("quiet_volunteer_days", int, 14, N_("Days without a logged call before a flag"),
           N_("Volunteers who logged nothing this long while calls were due to them."),
           "matching", 1, 90),
    Option("refresh_minutes", int, 5, N_("Refresh the lists every this many minutes"),
           N_("So that calls logged on other computers show up."), "reminders", 1, 120),
    Option("backup_keep_daily", int, 7, N_("Daily backups to keep"),
           N_("A backup is made every night; this many recent days are kept."),
           "backups", 1, 60),
    Option("backup_keep_weekly", int, 4, N_("Weekly backups to keep"),
           N_("Of older backups, one per week is kept for this many weeks."), "backups", 0, 52),
    Option("backup_keep_monthly", int, 12, N_("Monthly backups to keep"),
           N_("Of older backups, one per month is kept for this many months."),
           "backups", 0, 120),
]}


class SettingError(ValidationError):
    """A value the setting refuses: ``errors`` maps its key to the message."""

    def __init__(self, option: Option, message: str) -> None:
        super().__init__({option.key: message})
        self.option = option
        self.label = translate(option.label)  # in the language of the moment it was refused

    def __str__(self) -> str:
        return f"{self.label}: {self.errors[self.option.key]}"


def _as_int(value: Any) -> int:
    """A whole number from an int, an integral float or its text; never from a bool."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(value)
        return int(value)
    return int(str(value).strip()) if isinstance(value, str) else int(value)


def _convert(option: Option, value: Any) -> Any:
    """The value as the option's type (bool reads yes/no/ja/nee/true/false); ValueError if not."""
    if option.type is bool:
        return parse_bool(value)
    if option.type is int:
        return _as_int(value)
    return "" if value is None else str(value)


def clean(key: str, value: Any) -> Any:
    """The value as it would be stored, or SettingError saying what to fix."""
    option = OPTIONS[key]
    try:
        value = _convert(option, value)
    except (TypeError, ValueError):
        raise SettingError(option, _("'{value}' is not a whole number", value=value)
                           if option.type is int else
                           _("'{value}' is not yes or no; write yes/no or ja/nee", value=value)
                           ) from None
    if option.type is int:
        low, high = option.minimum, option.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            raise SettingError(option, _("{number} is outside {low}–{high}",
                                         number=value, low=low, high=high))
    if option.choices and value not in option.choices:
        raise SettingError(option, _("'{value}' is not one of the choices: {choices}", value=value,
                                     choices=", ".join(repr(c) for c in option.choices)))
    if option.clean is not None:
        try:
            value = option.clean(value)
        except ValueError as exc:
            raise SettingError(option, str(exc)) from None
    return value


def get(key: str) -> Any:
    """The stored value of a setting, or its default (also when the stored one is unreadable)."""
    return values(key)[0]


# The keys are bound values (not an id list): one SQL text per number of keys.
_SOME = Prepared(Setting, lambda _ids, *keys: Setting.select(Setting.key, Setting.value)
                 .where(Setting.key.in_(list(keys))))


def values(*keys: str) -> tuple[Any, ...]:
    """``get`` of each key, read in one query (lists read a few settings each time)."""
    stored: dict[str, str] = dict(_SOME.rows(None, *keys, variant=len(keys)))
    result = []
    for key in keys:
        option = OPTIONS[key]
        try:
            result.append(option.default if key not in stored
                          else _convert(option, json.loads(stored[key])))
        except (TypeError, ValueError):
            result.append(option.default)
    return tuple(result)


def set_value(actor: Actor, key: str, value: Any) -> Any:
    """Store a setting after checking the role, type and range; returns the stored value."""
    require(actor, "settings.edit")
    value = clean(key, value)
    before = get(key)
    stored = json.dumps(value)
    Setting.insert(key=key, value=stored).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: stored}).execute()
    if value != before:  # thresholds decide who is flagged: a change must be traceable
        audit.record(actor.username, audit.SETTING_CHANGED, f"setting:{key}",
                     f"{json.dumps(before)} → {stored}")
    return value


def all_values() -> dict[str, Any]:
    return {key: get(key) for key in OPTIONS}

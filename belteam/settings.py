"""Settings declared once with type, default and label; stored in the database as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from belteam.actors import Actor, require
from belteam.models import Setting


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    label: str


OPTIONS: dict[str, Option] = {o.key: o for o in [
    Option("organisation_name", str, "", "Organisation name"),
    Option("language", str, "", "Screen language (empty: follow the system)"),
    Option("grace_days", int, 2, "Days a missed call stays on the list as retry"),
    Option("grace_days_daily", int, 1, "Days a missed daily check-in stays as retry"),
    Option("move_holiday_calls", bool, False, "Move calls on public holidays to the next working day"),
    Option("flag_failed_attempts", int, 3, "Unsuccessful attempts in a row before a flag"),
    Option("flag_failed_min_days", int, 2, "...spread over at least this many days"),
    Option("flag_missed_calls", int, 2, "Missed due calls in a row before a flag"),
    Option("flag_no_contact_days", int, 14, "Days without contact before a flag"),
    Option("flag_no_contact_days_daily", int, 2, "Days without contact before a flag (daily check-in)"),
    Option("note_max_chars", int, 1000, "Longest note a caller may write"),
    Option("retention_months", int, 24, "Months after which notes are purged"),
    Option("lock_minutes", int, 10, "Lock the window after this many idle minutes"),
    Option("reminder_time", str, "08:30", "Morning reminder time"),
    Option("refresh_minutes", int, 5, "Refresh the lists every this many minutes"),
]}


def get(key: str) -> Any:
    """The stored value of a setting, or its default."""
    option = OPTIONS[key]
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return option.default
    return option.type(json.loads(row.value))


def set_value(actor: Actor, key: str, value: Any) -> None:
    """Store a setting after checking the role and the type."""
    require(actor, "settings.edit")
    option = OPTIONS[key]
    try:
        value = option.type(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{option.label}: '{value}' is not a {option.type.__name__}") from exc
    Setting.insert(key=key, value=json.dumps(value)).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: json.dumps(value)}).execute()


def all_values() -> dict[str, Any]:
    return {key: get(key) for key in OPTIONS}

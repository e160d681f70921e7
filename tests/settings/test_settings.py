"""Settings: defaults, a round trip per type, ranges refused with a clear message, who may."""

from __future__ import annotations

import json

import pytest

from belteam.core import messages
from belteam.core.actors import SYSTEM, Actor, PermissionDenied
from belteam.core.validation import ValidationError
from belteam.settings import store as settings
from belteam.settings.store import OPTIONS, SettingError
from belteam.storage.models import Setting

COORD = Actor("coco", "coordinator", user_id=1)


def test_every_setting_starts_at_its_default(db):
    assert settings.all_values() == {key: option.default for key, option in OPTIONS.items()}
    assert settings.get("grace_days") == 2 and settings.get("move_holiday_calls") is False


def test_every_option_is_complete_and_its_default_allowed(db):
    for option in OPTIONS.values():
        assert option.label and option.help and option.group in settings.GROUPS
        if option.type is int:
            assert option.minimum is not None and option.maximum is not None
        assert settings.clean(option.key, option.default) == option.default


@pytest.mark.parametrize(("key", "value", "stored"), [
    ("grace_days", 5, 5),
    ("grace_days", "7", 7),
    ("note_max_chars", 2500.0, 2500),
    ("move_holiday_calls", True, True),
    ("move_holiday_calls", "nee", False),
    ("move_holiday_calls", "false", False),  # not bool("false"), which is True
    ("organisation_name", "  Welzijn Westerveld ", "Welzijn Westerveld"),
    ("language", "nl", "nl"),
    ("language", "", ""),
    ("reminder_time", "7.45", "07:45"),
])
def test_round_trip_per_type(db, key, value, stored):
    assert settings.set_value(COORD, key, value) == stored
    assert settings.get(key) == stored
    assert type(settings.get(key)) is OPTIONS[key].type


def test_a_bool_stored_as_json_reads_back_as_that_bool(db):
    settings.set_value(COORD, "move_holiday_calls", True)
    assert json.loads(Setting.get(Setting.key == "move_holiday_calls").value) is True
    settings.set_value(COORD, "move_holiday_calls", False)
    assert settings.get("move_holiday_calls") is False
    Setting.update(value=json.dumps("false")).where(Setting.key == "move_holiday_calls").execute()
    assert settings.get("move_holiday_calls") is False  # older text-valued rows too


def test_an_unreadable_stored_value_gives_the_default(db):
    Setting.insert(key="grace_days", value=json.dumps("lots")).execute()
    assert settings.get("grace_days") == 2


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("grace_days", 15, "15 is outside 0–14"),
    ("grace_days", -1, "-1 is outside 0–14"),
    ("flag_no_contact_days", 0, "0 is outside 1–60"),
    ("note_max_chars", 99, "99 is outside 100–5000"),
    ("retention_months", 121, "121 is outside 1–120"),
    ("lock_minutes", 0, "0 is outside 1–120"),
    ("grace_days", "two", "'two' is not a whole number"),
    ("grace_days", 2.5, "'2.5' is not a whole number"),
    ("grace_days", True, "'True' is not a whole number"),
    ("move_holiday_calls", "maybe", "'maybe' is not yes or no"),
    ("language", "fr", "'fr' is not one of the choices"),
    ("reminder_time", "whenever", "'whenever' is not a time of day"),
    ("reminder_time", "", "is required"),
    ("organisation_name", "x" * 101, "at most 100 allowed"),
])
def test_out_of_range_and_wrong_values_are_refused_with_a_message(db, key, value, expected):
    settings.set_value(COORD, "grace_days", 3)
    with pytest.raises(SettingError) as info:
        settings.set_value(COORD, key, value)
    assert isinstance(info.value, ValidationError)
    assert expected in info.value.errors[key]
    assert str(info.value).startswith(OPTIONS[key].label + ": ")
    assert settings.get("grace_days") == 3
    assert settings.get(key) == (3 if key == "grace_days" else OPTIONS[key].default)


def test_the_message_is_translated(db):
    table = {"{number} is outside {low}–{high}": "{number} valt buiten {low}–{high}",
             "Days a missed call stays on the list as retry": "Dagen opnieuw proberen"}
    messages.set_translator(lambda s: table.get(s, s))
    try:
        with pytest.raises(SettingError) as info:
            settings.set_value(COORD, "grace_days", 20)
    finally:
        messages.set_translator(None)
    assert str(info.value) == "Dagen opnieuw proberen: 20 valt buiten 0–14"


@pytest.mark.parametrize("role", ["volunteer", "staff"])
def test_only_a_coordinator_may_change_settings(db, role):
    with pytest.raises(PermissionDenied, match="changing settings"):
        settings.set_value(Actor("someone", role, user_id=5), "grace_days", 3)
    assert settings.get("grace_days") == 2
    settings.set_value(SYSTEM, "grace_days", 3)
    assert settings.get("grace_days") == 3


def test_a_change_is_in_the_audit_log_and_saving_the_same_value_is_not(db):
    from belteam.audit import log as audit
    from belteam.storage.models import AuditEntry

    settings.set_value(COORD, "grace_days", 3)
    settings.set_value(COORD, "grace_days", 3)
    rows = [(e.actor, e.action, e.subject, e.detail) for e in AuditEntry.select()]
    assert rows == [("coco", audit.SETTING_CHANGED, "setting:grace_days", "2 → 3")]

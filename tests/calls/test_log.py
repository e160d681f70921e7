"""Logging calls and notes: outcomes, limits, exact text, who may log and read."""

from datetime import date, datetime, time, timedelta

import pytest
from dayhelp import COORD, STAFF, as_volunteer, pair, resident, volunteer

from belteam.calls import log as calls
from belteam.calls.absences import assign_cover
from belteam.core.actors import SYSTEM, PermissionDenied
from belteam.core.clock import TZ
from belteam.core.validation import ValidationError
from belteam.settings import store as settings
from belteam.storage.models import CallAttempt

MON = date(2026, 11, 30)


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), TZ)


@pytest.fixture
def team(db):
    v1, v2 = volunteer("V1", "Anna"), volunteer("V2", "Bert")
    r1, r2 = resident("R1", "Jan"), resident("R2", "Mien")
    p1 = pair(r1, v1, "weekly:mon+thu", date(2026, 11, 2), time(10))
    pair(r2, v2, "weekly:mon", date(2026, 11, 2))
    return v1, v2, r1, r2, p1


def test_log_call_stores_every_field(team, clock):
    v1, _, r1, _, p1 = team
    attempt = calls.log_call(as_volunteer(v1), r1.id, "reached", note="Goed gesprek",
                             wellbeing=7, topics=["health", "family"], wants_again=False,
                             practical_help=True, concern=True, confidential=True)
    stored = CallAttempt.get_by_id(attempt.id)
    assert (stored.resident_id, stored.pairing_id, stored.volunteer_id) == (r1.id, p1.id, v1.id)
    assert stored.due_date == MON and stored.at == clock.now()
    assert (stored.outcome, stored.note, stored.wellbeing) == ("reached", "Goed gesprek", 7)
    assert stored.topics == ["health", "family"]
    assert (stored.wants_again, stored.practical_help, stored.concern, stored.confidential) == (
        False, True, True, True)


@pytest.mark.parametrize("outcome", calls.OUTCOMES)
def test_every_outcome_is_accepted(team, outcome):
    _, _, r1, _, _ = team
    assert calls.log_call(SYSTEM, r1.id, outcome).outcome == outcome


def test_bad_outcome_wellbeing_and_topic_are_refused(team):
    _, _, r1, _, _ = team
    for kwargs in ({"outcome": "maybe"}, {"outcome": "reached", "wellbeing": 0},
                   {"outcome": "reached", "wellbeing": 11},
                   {"outcome": "reached", "topics": ["weather"]}):
        with pytest.raises(ValidationError):
            calls.log_call(SYSTEM, r1.id, **kwargs)
    assert CallAttempt.select().count() == 0
    assert calls.log_call(SYSTEM, r1.id, "reached", wellbeing=10).wellbeing == 10
    assert calls.log_call(SYSTEM, r1.id, "reached", wellbeing=1).wellbeing == 1


def test_note_of_exactly_the_limit_is_kept_whole(team):
    _, _, r1, _, _ = team
    note = ("abcdefghi\n" * 100)
    assert len(note) == 1000
    attempt = calls.log_call(SYSTEM, r1.id, "reached", note=note)
    assert CallAttempt.get_by_id(attempt.id).note == note


@pytest.mark.parametrize("length", [1001, 50_000])
def test_longer_note_is_refused_with_a_clear_message_and_nothing_stored(team, length):
    _, _, r1, _, _ = team
    with pytest.raises(calls.NoteTooLong) as info:
        calls.log_call(SYSTEM, r1.id, "reached", note="x" * length)
    assert str(info.value) == (f"The note is {length} characters long; at most 1000 are "
                               "allowed. Shorten it; nothing was saved.")
    assert isinstance(info.value, ValidationError) and "note" in info.value.errors
    assert CallAttempt.select().count() == 0


def test_note_limit_follows_the_setting(team):
    _, _, r1, _, _ = team
    settings.set_value(SYSTEM, "note_max_chars", 120)
    with pytest.raises(calls.NoteTooLong, match="at most 120"):
        calls.log_call(SYSTEM, r1.id, "reached", note="y" * 121)
    calls.log_call(SYSTEM, r1.id, "reached", note="y" * 120)


@pytest.mark.parametrize("note", [
    "Mevrouw Ročak was vrolijk; kleindochter Maaïke komt zondag.",
    "قالت إنها بخير اليوم وتحتاج إلى مساعدة في التسوق",
    "e\u0301 decomposed, ﬁ ligature, 😀, tab\there\r\nline",
    "  leading and trailing spaces  ",
])
def test_notes_are_stored_exactly(team, note):
    _, _, r1, _, _ = team
    attempt = calls.log_call(SYSTEM, r1.id, "reached", note=note)
    assert CallAttempt.get_by_id(attempt.id).note == note
    assert calls.history(COORD, r1.id)[0].note == note


def test_several_attempts_a_day_and_history_newest_first(team):
    _, _, r1, _, _ = team
    for hour, outcome in ((9, "no_answer"), (11, "busy"), (16, "reached")):
        calls.log_call(SYSTEM, r1.id, outcome, at=at(MON, hour))
    got = calls.history(COORD, r1.id)
    assert [a.outcome for a in got] == ["reached", "busy", "no_answer"]
    assert all(a.due_date == MON for a in got)
    assert [a.outcome for a in calls.history(COORD, r1.id, limit=1)] == ["reached"]


def test_attempt_goes_to_the_oldest_open_call(team, clock):
    _, _, r1, _, _ = team

    def log(outcome: str, moment):
        clock.pin(moment)  # a call is logged on its day or later, never ahead
        return calls.log_call(SYSTEM, r1.id, outcome, at=moment)

    # Monday's call was not reached; on Tuesday the attempt still belongs to it.
    first = log("no_answer", at(MON + timedelta(days=1)))
    assert first.due_date == MON
    reached = log("reached", at(MON + timedelta(days=1), 15))
    assert reached.due_date == MON
    # Thursday's call is its own.
    assert log("reached", at(MON + timedelta(days=3))).due_date == MON + timedelta(days=3)
    # No call due: the attempt's own date.
    assert log("reached", at(MON + timedelta(days=5))).due_date == MON + timedelta(days=5)


def test_volunteer_logs_only_for_own_or_covered_residents(team):
    v1, v2, r1, r2, p1 = team
    with pytest.raises(PermissionDenied):
        calls.log_call(as_volunteer(v1), r2.id, "reached")
    with pytest.raises(PermissionDenied):
        calls.history(as_volunteer(v1), r2.id)
    with pytest.raises(PermissionDenied):
        calls.log_call(as_volunteer(v1), r1.id, "reached", volunteer_id=v2.id)
    assign_cover(SYSTEM, [p1.id], v2.id, MON, MON + timedelta(days=7))
    attempt = calls.log_call(as_volunteer(v2), r1.id, "reached", note="via cover")
    assert attempt.volunteer_id == v2.id and attempt.pairing_id == p1.id
    assert CallAttempt.select().count() == 1


def test_confidential_notes_hidden_from_volunteers_who_did_not_write_them(team):
    v1, v2, r1, _, p1 = team
    calls.log_call(as_volunteer(v1), r1.id, "reached", note="private matter", wellbeing=4,
                   confidential=True, at=at(MON, 9))
    calls.log_call(as_volunteer(v1), r1.id, "reached", note="ordinary", at=at(MON, 10))
    assign_cover(SYSTEM, [p1.id], v2.id, MON, MON + timedelta(days=7))
    seen_by_other = calls.history(as_volunteer(v2), r1.id)
    assert [a.note for a in seen_by_other] == ["ordinary", ""]
    assert seen_by_other[1].wellbeing is None
    assert [a.note for a in calls.history(as_volunteer(v1), r1.id)] == ["ordinary",
                                                                        "private matter"]
    assert [a.note for a in calls.history(STAFF, r1.id)] == ["ordinary", "private matter"]
    # Hiding never touched the stored note.
    assert CallAttempt.select().where(CallAttempt.note == "private matter").count() == 1


def test_after_log_hooks_see_each_stored_attempt(team):
    _, _, r1, _, _ = team
    seen = []
    calls.AFTER_LOG.append(seen.append)
    try:
        attempt = calls.log_call(SYSTEM, r1.id, "wrong_number")
        with pytest.raises(ValidationError):
            calls.log_call(SYSTEM, r1.id, "reached", note="z" * 1001)
    finally:
        calls.AFTER_LOG.remove(seen.append)
    assert [a.id for a in seen] == [attempt.id]


def test_a_call_of_a_later_day_cannot_be_logged_ahead(db, clock):
    """Logged ahead, the attempt would leave the real call on its day counted as missed."""
    from datetime import timedelta

    from belteam.calls import log as call_service
    from belteam.core.actors import SYSTEM
    from belteam.core.validation import ValidationError
    from belteam.people.service import save_resident
    from belteam.storage.models import CallAttempt

    res = save_resident(SYSTEM, {"code": "R9", "first_name": "Hilda"})
    with pytest.raises(ValidationError, match="later day"):
        call_service.log_call(SYSTEM, res.id, "reached", due_date=clock.today() + timedelta(days=2))
    assert CallAttempt.select().count() == 0

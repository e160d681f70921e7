"""On a Dutch screen: import problems, call refusals and case timeline texts speak Dutch."""

from datetime import date, datetime

import pytest
from belteam_gui.app import i18n
from belteam_gui.outreach.case_view import event_details

from belteam.calls.log import NoteTooLong
from belteam.core.clock import TZ
from belteam.importing.columns import Problem
from belteam.outreach import texts
from belteam.outreach.queue import EventLine


@pytest.fixture
def dutch(qapp):
    i18n.install("nl")
    yield
    i18n.install("en")


def _event(kind: str, text: str) -> EventLine:
    return EventLine(datetime(2026, 3, 10, 9, 0, tzinfo=TZ), "system", kind, "", text)


def test_import_problem_in_dutch(dutch):
    assert str(Problem(3, "voornaam", "x")) == "regel 3, kolom voornaam: x"


def test_note_too_long_in_dutch(dutch):
    assert "De notitie is 900 tekens lang" in str(NoteTooLong(900, 500))


def test_stored_english_trigger_text_shows_in_dutch(dutch):
    stored = texts.compose(texts.FAILED_RUN, count=3, days=2, outcome="no_answer",
                           day=date(2026, 3, 9))
    shown = event_details(_event("trigger", stored))
    assert shown.startswith("3 mislukte belpogingen achter elkaar, verspreid over 2 dagen")
    assert "2026-03-09" not in shown and "mrt" in shown and "no answer" not in shown
    assert event_details(_event("taken", "taken over from anna")) == "overgenomen van anna"


def test_a_note_and_english_screen_stay_as_stored(qapp):
    i18n.install("en")
    assert event_details(_event("action", "rang the bell twice")) == "rang the bell twice"
    shown = event_details(_event("trigger", "Wrong number logged on 2026-03-09"))
    assert shown.startswith("Wrong number logged on ") and "Mar" in shown

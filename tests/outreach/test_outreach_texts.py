"""Case timeline texts are stored in one language-neutral form and read back for the screen."""

from datetime import date

import pytest

from belteam.importing.columns import Problem
from belteam.outreach import texts


@pytest.mark.parametrize("template, values", [
    (texts.FAILED_RUN, {"count": 3, "days": 2, "outcome": "no_answer", "day": date(2026, 3, 9)}),
    (texts.MISSED, {"count": 2, "day": date(2026, 3, 1)}),
    (texts.NO_CONTACT_SINCE, {"days": 15, "day": date(2026, 2, 1)}),
    (texts.NO_CONTACT_FROM, {"days": 15, "day": date(2026, 2, 1)}),
    (texts.CONCERN, {"day": date(2026, 3, 9)}),
    (texts.WRONG_NUMBER, {"day": date(2026, 3, 9)}),
])
def test_a_stored_trigger_text_is_recognised_with_its_values(template, values):
    stored = texts.compose(template, **values)
    found = texts.parse("trigger", stored)
    assert found is not None and found[0] == template
    expected = {k: v.isoformat() if isinstance(v, date) else str(v) for k, v in values.items()}
    assert found[1] == expected


def test_texts_stored_before_keep_their_wording_and_are_recognised():
    old = "3 unsuccessful attempts in a row over 2 days (last: no answer on 2026-03-09)"
    assert texts.compose(texts.FAILED_RUN, count=3, days=2, outcome="no_answer",
                         day=date(2026, 3, 9)) == old
    assert texts.parse("trigger", old)[1]["outcome"] == "no_answer"
    assert texts.parse("taken", "taken over from anna") == (texts.TAKEN_OVER, {"name": "anna"})


def test_a_person_s_own_note_is_not_taken_for_a_template():
    assert texts.parse("action", "Wrong number logged on 2026-03-09") is None
    assert texts.parse("trigger", "Wrong number logged yesterday") is None


def test_import_problems_read_row_column_what_in_english():
    assert str(Problem(3, "voornaam", "is required")) == "row 3, voornaam: is required"
    assert str(Problem(1, "", "no columns")) == "row 1: no columns"
    assert str(Problem(0, "", "the file is empty")) == "the file is empty"

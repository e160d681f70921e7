"""The effect of closing a case is worded once, in the domain; the dialog shows those words."""

from __future__ import annotations

import pytest
from belteam_gui.outreach import words

from belteam.outreach import cases as outreach


@pytest.mark.parametrize("outcome", outreach.OUTCOMES)
def test_the_close_dialog_shows_the_domains_effect(qapp, outcome):
    domain = outreach.effect_words(outcome, "Anna Ročak")
    assert domain and domain.endswith(".")
    assert words.effect_text(outcome, "Anna Ročak").endswith(domain)


def test_every_outcome_has_an_effect():
    assert set(outreach.OUTCOME_EFFECTS) == set(outreach.OUTCOMES)

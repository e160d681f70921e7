"""The call plan in words, in English and (through a translator and QLocale) in Dutch."""

from __future__ import annotations

from datetime import date, time

import pytest
from belteam_gui.common.plan_words import plan_words, rrule_words, sentence, short_date, time_words
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from belteam.pairings.plans import Plan, parse_plan

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.Netherlands)
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


@pytest.fixture
def english(qapp):
    QLocale.setDefault(ENGLISH)
    yield
    QLocale.setDefault(ENGLISH)


class _Dutch(QTranslator):
    """A stand-in for belteam_nl.qm holding the phrases these tests need."""

    PHRASES = {
        "every other %1": "om de week op %1",
        "morning": "ochtend",
        "every %1": "elke %1",
        "the %1 %2 of the month": "de %1 %2 van de maand",
        "last": "laatste",
        "once, to try": "eenmalig, om te proberen",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "PlanWords":
            return self.PHRASES.get(source)  # None: not translated, Qt falls back
        return None


@pytest.fixture
def dutch(qapp):
    translator = _Dutch()
    QLocale.setDefault(DUTCH)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(ENGLISH)


@pytest.mark.parametrize(("text", "words"), [
    ("once", "once, to try"),
    ("daily", "every day"),
    ("weekdays", "every weekday (Mon–Fri)"),
    ("weekly:tue", "every Tuesday"),
    ("weekly:mon+thu", "every Monday and Thursday"),
    ("weekly:mon+wed+fri", "every Monday, Wednesday and Friday"),
    ("biweekly:fri", "every other Friday"),
    ("biweekly:mon+thu", "every other week on Monday and Thursday"),
    ("every3weeks:mon", "every 3 weeks on Monday"),
    ("monthly:1mon", "the first Monday of the month"),
    ("monthly:2wed", "the second Wednesday of the month"),
    ("monthly:3thu", "the third Thursday of the month"),
    ("monthly:4sat", "the fourth Saturday of the month"),
    ("monthly:-1fri", "the last Friday of the month"),
])
def test_each_kind_in_words(english, text, words):
    assert plan_words(parse_plan(text)) == words


@pytest.mark.parametrize(("moment", "words"), [
    (None, ""),
    (time(10, 0), "morning"),
    (time(9, 15), "morning (09:15)"),
    (time(11, 59), "morning (11:59)"),
    (time(12, 0), "afternoon (12:00)"),
    (time(14, 0), "afternoon"),
    (time(16, 59), "afternoon (16:59)"),
    (time(17, 0), "evening (17:00)"),
    (time(19, 0), "evening"),
    (time(20, 30), "evening (20:30)"),
])
def test_time_of_day_rule(english, moment, words):
    assert time_words(moment) == words


def test_plan_with_time(english):
    plan = Plan("weekly", 2, (4,))
    assert plan_words(plan, time(10, 0)) == "every other Friday, morning"
    assert plan_words(plan, time(10, 30)) == "every other Friday, morning (10:30)"
    assert sentence(plan_words(plan)) == "Every other Friday"


def test_rrule_words_never_fails(english):
    assert rrule_words("FREQ=WEEKLY;BYDAY=TU", time(19, 0)) == "every Tuesday, evening"
    assert rrule_words("FREQ=YEARLY") == "FREQ=YEARLY"


def test_dutch_through_translator_and_locale(dutch):
    assert plan_words(Plan("weekly", 2, (4,)), time(10, 0)) == "om de week op vrijdag, ochtend"
    assert plan_words(parse_plan("weekly:mon+thu")) == "elke maandag en donderdag"
    assert plan_words(parse_plan("monthly:-1fri")) == "de laatste vrijdag van de maand"
    assert plan_words(Plan("once")) == "eenmalig, om te proberen"


def test_short_date(english):
    assert short_date(date(2026, 12, 4)) == "Fri 4 Dec 2026"
    assert short_date(None) == ""
    QLocale.setDefault(DUTCH)
    assert short_date(date(2026, 12, 4)) == "vr 4 dec 2026"

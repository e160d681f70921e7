"""Words of the Overview page, translated (context "OverviewWords")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate  # the name lupdate finds
CONTEXT = "OverviewWords"

PRESETS = {
    "last_week": QT_TRANSLATE_NOOP("OverviewWords", "Last week"),
    "this_week": QT_TRANSLATE_NOOP("OverviewWords", "This week"),
    "last_month": QT_TRANSLATE_NOOP("OverviewWords", "Last month"),
    "this_month": QT_TRANSLATE_NOOP("OverviewWords", "This month"),
    "this_quarter": QT_TRANSLATE_NOOP("OverviewWords", "This quarter"),
    "this_year": QT_TRANSLATE_NOOP("OverviewWords", "This year"),
}
FIGURES = {
    "due": QT_TRANSLATE_NOOP("OverviewWords", "Due calls"),
    "attempts": QT_TRANSLATE_NOOP("OverviewWords", "Call attempts"),
    "reached": QT_TRANSLATE_NOOP("OverviewWords", "Reached (attempts)"),
    "reach_rate": QT_TRANSLATE_NOOP("OverviewWords", "Reach rate"),
    "residents_reached": QT_TRANSLATE_NOOP("OverviewWords", "Residents reached"),
    "residents_not_reached": QT_TRANSLATE_NOOP("OverviewWords", "Residents not reached"),
    "wellbeing_mean": QT_TRANSLATE_NOOP("OverviewWords", "Wellbeing mean"),
    "wellbeing_median": QT_TRANSLATE_NOOP("OverviewWords", "Wellbeing median"),
    "wellbeing_dropped": QT_TRANSLATE_NOOP("OverviewWords", "Wellbeing down by 2 or more"),
    "practical_help": QT_TRANSLATE_NOOP("OverviewWords", "Practical help asked"),
    "not_again": QT_TRANSLATE_NOOP("OverviewWords", "Does not want to be called again"),
    "concerns": QT_TRANSLATE_NOOP("OverviewWords", "Concerns raised"),
    "cases_opened": QT_TRANSLATE_NOOP("OverviewWords", "Follow-up cases opened"),
    "cases_closed": QT_TRANSLATE_NOOP("OverviewWords", "Follow-up cases closed"),
    "case_median_days": QT_TRANSLATE_NOOP("OverviewWords", "Median days to close"),
    "waiting": QT_TRANSLATE_NOOP("OverviewWords", "Waiting list"),
    "waiting_median_days": QT_TRANSLATE_NOOP("OverviewWords", "Median days waited"),
    "volunteers_active": QT_TRANSLATE_NOOP("OverviewWords", "Volunteers active"),
    "volunteers_new": QT_TRANSLATE_NOOP("OverviewWords", "Volunteers new"),
    "volunteers_stopped": QT_TRANSLATE_NOOP("OverviewWords", "Volunteers stopped"),
    "calls_per_volunteer": QT_TRANSLATE_NOOP("OverviewWords", "Attempts per volunteer"),
}
AREA_COLUMNS = ("due", "attempts", "reach_rate", "residents_reached", "residents_not_reached",
                "wellbeing_mean", "concerns", "cases_opened", "waiting")
TOPICS = {
    "loneliness": QT_TRANSLATE_NOOP("OverviewWords", "Loneliness"),
    "health": QT_TRANSLATE_NOOP("OverviewWords", "Health"),
    "groceries": QT_TRANSLATE_NOOP("OverviewWords", "Groceries"),
    "money": QT_TRANSLATE_NOOP("OverviewWords", "Money"),
    "mobility": QT_TRANSLATE_NOOP("OverviewWords", "Mobility"),
    "family": QT_TRANSLATE_NOOP("OverviewWords", "Family"),
    "mood": QT_TRANSLATE_NOOP("OverviewWords", "Mood"),
}


def word(text: str) -> str:
    return translate(CONTEXT, text)


def value_text(value: object, percent: bool = False) -> str:
    """A figure as shown: hidden ones as they come ("<5"), rates as a percentage."""
    if value is None:
        return "—"
    if percent and isinstance(value, float):
        return f"{value * 100:.1f}%"
    return str(value)

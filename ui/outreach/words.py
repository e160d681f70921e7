"""Words for outreach on screen: reasons, actions, outcomes, statuses and effects, translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from belteam.outreach import cases as outreach
from belteam.outreach.rules import REASON_WEIGHT

CONTEXT = "OutreachWords"

REASON_LABELS = {
    "concern": QT_TRANSLATE_NOOP("OutreachWords", "Concern: needs follow-up"),
    "wrong_number": QT_TRANSLATE_NOOP("OutreachWords", "Wrong number"),
    "missed_calls": QT_TRANSLATE_NOOP("OutreachWords", "Missed calls"),
    "failed_attempts": QT_TRANSLATE_NOOP("OutreachWords", "Not answering"),
    "no_contact": QT_TRANSLATE_NOOP("OutreachWords", "No contact for too long"),
}

REASON_HINTS = {
    "concern": QT_TRANSLATE_NOOP("OutreachWords", "A caller marked concern / needs follow-up."),
    "wrong_number": QT_TRANSLATE_NOOP("OutreachWords", "A caller logged a wrong number."),
    "missed_calls": QT_TRANSLATE_NOOP("OutreachWords",
                                      "Planned calls in a row went by without reaching them."),
    "failed_attempts": QT_TRANSLATE_NOOP("OutreachWords",
                                         "Several tries in a row, on different days, failed."),
    "no_contact": QT_TRANSLATE_NOOP("OutreachWords",
                                    "Nobody has spoken to them for longer than agreed."),
}

ACTION_LABELS = {
    "called_emergency_contact": QT_TRANSLATE_NOOP("OutreachWords", "Called the emergency contact"),
    "home_visit": QT_TRANSLATE_NOOP("OutreachWords", "Home visit"),
    "reached_by_phone": QT_TRANSLATE_NOOP("OutreachWords", "Reached by phone"),
    "message_neighbour": QT_TRANSLATE_NOOP("OutreachWords", "Asked a neighbour"),
    "other": QT_TRANSLATE_NOOP("OutreachWords", "Other"),
}

OUTCOME_LABELS = {
    "reached": QT_TRANSLATE_NOOP("OutreachWords", "Reached, all is well"),
    "hospital": QT_TRANSLATE_NOOP("OutreachWords", "In hospital"),
    "moved": QT_TRANSLATE_NOOP("OutreachWords", "Moved"),
    "deceased": QT_TRANSLATE_NOOP("OutreachWords", "Deceased"),
    "stopped": QT_TRANSLATE_NOOP("OutreachWords", "No longer wants calls"),
    "other": QT_TRANSLATE_NOOP("OutreachWords", "Other"),
}

STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("OutreachWords", "Open"),
    "taken": QT_TRANSLATE_NOOP("OutreachWords", "Taken by %1"),
    "closed": QT_TRANSLATE_NOOP("OutreachWords", "Closed: %1"),
}

EVENT_LABELS = {
    "opened": QT_TRANSLATE_NOOP("OutreachWords", "Opened"),
    "trigger": QT_TRANSLATE_NOOP("OutreachWords", "Flagged"),
    "taken": QT_TRANSLATE_NOOP("OutreachWords", "Taken"),
    "action": QT_TRANSLATE_NOOP("OutreachWords", "Action"),
    "closed": QT_TRANSLATE_NOOP("OutreachWords", "Closed"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(table: dict[str, str], key: str) -> str:
    return tr(table[key]) if key in table else key


def reason_label(reason: str) -> str:
    return _label(REASON_LABELS, reason)


def reasons_text(reasons: tuple[str, ...] | list[str]) -> str:
    """The reasons, weightiest first (a concern before a missed call)."""
    ordered = sorted(reasons, key=lambda r: -REASON_WEIGHT.get(r, 0))
    return ", ".join(reason_label(r) for r in ordered)


def action_label(kind: str) -> str:
    return _label(ACTION_LABELS, kind)


def outcome_label(outcome: str) -> str:
    return _label(OUTCOME_LABELS, outcome)


def effect_text(outcome: str, name: str) -> str:
    """'In hospital: Anna Ročak will be paused from today until further notice.'"""
    effect = outreach.effect_words(outcome, name)
    return QCoreApplication.translate("OutreachWords", "%1: %2").replace(
        "%1", outcome_label(outcome), 1).replace("%2", effect, 1)


def status_text(status: str, taken_by: str = "", outcome: str = "") -> str:
    if status == "taken":
        return tr(STATUS_LABELS["taken"]).replace("%1", taken_by or "?")
    if status == "closed":
        return tr(STATUS_LABELS["closed"]).replace("%1", outcome_label(outcome))
    return _label(STATUS_LABELS, status)


def event_label(kind: str, reason: str) -> str:
    """'Flagged: Wrong number', 'Action: Home visit', 'Closed: In hospital', 'Taken'."""
    label = _label(EVENT_LABELS, kind)
    detail = {"trigger": reason_label, "action": action_label,
              "closed": outcome_label}.get(kind)
    return f"{label}: {detail(reason)}" if detail and reason else label


def new_cases_text(count: int) -> str:
    """'1 new follow-up case' / '2 new follow-up cases'."""
    if count == 1:
        return QCoreApplication.translate("OutreachWords", "1 new follow-up case")
    return QCoreApplication.translate("OutreachWords", "%1 new follow-up cases").replace(
        "%1", str(count))


def never_text() -> str:
    return QCoreApplication.translate("OutreachWords", "never")


def yes_text() -> str:
    return QCoreApplication.translate("OutreachWords", "yes")


def days_hint() -> str:
    return QCoreApplication.translate("OutreachWords", "Days since the last successful contact")

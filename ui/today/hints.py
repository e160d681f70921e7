"""What the Today screen says about a day's progress, and when there is nothing to do (yet)."""

from __future__ import annotations

from datetime import date

from belteam_gui.app.session import Session
from belteam_gui.common.plan_words import fill
from PySide6.QtCore import QCoreApplication

from belteam.calls import log as calls
from belteam.pairings import service as pairings
from belteam.people import service as people


def progress_text(done: int, total: int, later_day: bool) -> str:
    """'3 of 5 calls done'; on a later day, that the calls can be logged on that day."""
    translate = QCoreApplication.translate
    if total == 0:
        return translate("TodayPage", "No calls on this day.")
    if later_day:
        if total == 1:
            return translate("TodayPage", "1 call planned. You can log it on the day itself.")
        return fill(translate("TodayPage", "%1 calls planned. You can log them on the day "
                                           "itself."), str(total))
    if total == 1:  # own texts: English has no plural forms file, and "1 calls" reads wrong
        if done:
            return translate("TodayPage", "The call is done — thank you!")
        return translate("TodayPage", "0 of 1 call done")
    if done == total:
        return fill(translate("TodayPage", "All %1 calls done — thank you!"), str(total))
    return fill(translate("TodayPage", "%1 of %2 calls done"), str(done), str(total))


def empty_team_hint(session: Session) -> str:
    """The first step when the team has no calls at all ('' once anyone is paired)."""
    actor = session.actor
    if not actor.can("pairings.edit") or pairings.pairings(actor).exists():
        return ""
    if not people.residents(actor).exists():
        return QCoreApplication.translate(
            "TodayPage", "Nobody to call yet. Start with the people: File ▸ Import residents… "
            "reads a spreadsheet, or add one person with New… on the Residents screen. "
            "Do the same for the volunteers.")
    return QCoreApplication.translate(
        "TodayPage", "No calls yet: no resident has a volunteer. Pair them on the Pairings "
        "screen; their calls then show here.")


def is_later_day(day: date) -> bool:
    """Calls of a later day can be read, not logged: an attempt counts from its due day on."""
    return not calls.may_log_for(day)

"""Words for calls on screen: outcomes, statuses, topics and attempt summaries, translated."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

translate = QCoreApplication.translate  # the name lupdate finds

CONTEXT = "CallWords"

# Outcome key -> label with a mnemonic (&) for the radio buttons; plain_label drops the "&".
OUTCOME_LABELS = {
    "reached": QT_TRANSLATE_NOOP("CallWords", "&Reached"),
    "no_answer": QT_TRANSLATE_NOOP("CallWords", "&No answer"),
    "busy": QT_TRANSLATE_NOOP("CallWords", "&Busy"),
    "voicemail": QT_TRANSLATE_NOOP("CallWords", "&Voicemail"),
    "wrong_number": QT_TRANSLATE_NOOP("CallWords", "&Wrong number"),
    "declined": QT_TRANSLATE_NOOP("CallWords", "&Declined today"),
    "unavailable": QT_TRANSLATE_NOOP("CallWords", "Not &available"),
}

STATUS_LABELS = {
    "due": QT_TRANSLATE_NOOP("CallWords", "To call"),
    "retry": QT_TRANSLATE_NOOP("CallWords", "Try again"),
    "missed": QT_TRANSLATE_NOOP("CallWords", "Missed"),
    "needs_cover": QT_TRANSLATE_NOOP("CallWords", "Needs cover"),
    "done": QT_TRANSLATE_NOOP("CallWords", "Done"),
}

# Topic key -> check box label with a mnemonic that does not clash with the outcomes.
TOPIC_LABELS = {
    "loneliness": QT_TRANSLATE_NOOP("CallWords", "&Loneliness"),
    "health": QT_TRANSLATE_NOOP("CallWords", "&Health"),
    "groceries": QT_TRANSLATE_NOOP("CallWords", "&Groceries"),
    "money": QT_TRANSLATE_NOOP("CallWords", "Mone&y"),
    "mobility": QT_TRANSLATE_NOOP("CallWords", "Mob&ility"),
    "family": QT_TRANSLATE_NOOP("CallWords", "&Family"),
    "mood": QT_TRANSLATE_NOOP("CallWords", "&Mood"),
}


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def plain(label: str) -> str:
    """A label without its mnemonic marker ("&&" stays a literal "&")."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def outcome_label(outcome: str, mnemonic: bool = False) -> str:
    """'No answer' (or '&No answer' for a button); unknown keys are shown as they are."""
    label = tr(OUTCOME_LABELS[outcome]) if outcome in OUTCOME_LABELS else outcome
    return label if mnemonic else plain(label)


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def topic_label(topic: str, mnemonic: bool = False) -> str:
    label = tr(TOPIC_LABELS[topic]) if topic in TOPIC_LABELS else topic
    return label if mnemonic else plain(label)


def clock_text(moment: datetime) -> str:
    """'09:10': the 24-hour clock both languages on screen use."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def day_month(day: date) -> str:
    """'Sat 28 Nov' / 'za 28 nov'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def long_date(day: date) -> str:
    """'Monday 30 November' / 'maandag 30 november'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def _when(moment: datetime, day: date, previous: date | None) -> str:
    """The clock time, with the date in front when it differs from the one before."""
    if moment.date() == (previous or day):
        return clock_text(moment)
    today = translate("CallWords", "today")
    label = today if moment.date() == day else day_month(moment.date())
    return f"{label} {clock_text(moment)}"


def attempt_parts(attempts: Sequence, day: date) -> tuple[str, str]:
    """('2× No answer, Busy', 'Sat 26 Dec 10:05, 11:30, today 09:10'): what, and when."""
    labels: list[str] = []
    counts: list[int] = []
    times: list[str] = []
    previous: date | None = None
    last = None
    for attempt in attempts:
        times.append(_when(attempt.at, day, previous))
        previous = attempt.at.date()
        if attempt.outcome == last:
            counts[-1] += 1
        else:
            labels.append(outcome_label(attempt.outcome))
            counts.append(1)
        last = attempt.outcome
    what = ", ".join(f"{n}× {label}" if n > 1 else label
                     for n, label in zip(counts, labels, strict=True))
    return what, ", ".join(times)


def attempts_text(attempts: Sequence, day: date) -> str:
    """'2× No answer, Busy: Sat 26 Dec 10:05, 11:30, today 09:10' on one line ('' if none)."""
    what, when = attempt_parts(attempts, day)
    return f"{what}: {when}" if what else ""


def wellbeing_text(wellbeing: int | None) -> str:
    """'7/10' or '' when not asked."""
    return "" if wellbeing is None else f"{wellbeing}/10"

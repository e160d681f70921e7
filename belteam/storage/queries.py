"""Query helpers every feature shares: date periods and the records that still exist.

A period is a row with ``start_date`` and ``end_date`` (pairings, pauses, absences, covers);
an empty ``end_date`` means "until further notice". Each predicate is written here once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import peewee as pw


def not_ended(model: Any, day: date) -> pw.Expression:
    """Periods that have not ended before ``day`` (including those that start later)."""
    return model.end_date.is_null() | (model.end_date >= day)


def running_on(model: Any, day: date) -> pw.Expression:
    """Periods running on ``day``: started on or before it and not ended before it."""
    return (model.start_date <= day) & not_ended(model, day)


def overlapping(model: Any, first: date, last: date) -> pw.Expression:
    """Periods with at least one day in ``first`` … ``last``."""
    return (model.start_date <= last) & not_ended(model, first)


def period_covers(start: date, end: date | None, day: date) -> bool:
    """The same rule as :func:`running_on`, for a period already read into Python."""
    return start <= day and (end is None or end >= day)


def within(periods: Iterable[Sequence[Any]], day: date) -> bool:
    """True when one of ``periods`` (start, end or None, …) covers ``day``."""
    return any(period_covers(p[0], p[1], day) for p in periods)


def not_erased(model: Any) -> pw.Expression:
    """People (or rows about people) that have not been erased on a GDPR request."""
    return model.erased == False  # noqa: E712  (peewee builds SQL from ==)

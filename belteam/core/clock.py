"""The one clock of the program: timezone-aware, and pinnable for tests and ``--as-of``."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from belteam.core.config import DEFAULT_TZ

TZ = ZoneInfo(DEFAULT_TZ)


class Clock:
    """Gives 'now' and 'today' in Europe/Amsterdam; ``pin`` fixes them."""

    def __init__(self) -> None:
        self._pinned: datetime | None = None

    def now(self) -> datetime:
        if self._pinned is not None:
            return self._pinned
        return datetime.now(TZ)

    def today(self) -> date:
        return self.now().date()

    def pin(self, moment: datetime | date | None) -> None:
        """Pin the clock to a moment (a date means 12:00 that day); ``None`` releases it."""
        if moment is None:
            self._pinned = None
        elif isinstance(moment, datetime):
            self._pinned = moment if moment.tzinfo else moment.replace(tzinfo=TZ)
        else:
            self._pinned = datetime.combine(moment, time(12, 0), TZ)

    def advance(self, delta: timedelta) -> None:
        """Move a pinned clock forward (tests, simulated days)."""
        self._pinned = self.now() + delta

    @property
    def pinned(self) -> bool:
        return self._pinned is not None


clock = Clock()


def aware(moment: datetime) -> datetime:
    """A naive datetime is read as Amsterdam time."""
    return moment if moment.tzinfo else moment.replace(tzinfo=TZ)

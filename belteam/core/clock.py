"""The one clock of the program: timezone-aware, and pinnable for tests and ``--as-of``."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from belteam.core.config import DEFAULT_TZ

TZ = ZoneInfo(DEFAULT_TZ)


class Clock:
    """Gives 'now' and 'today' in Europe/Amsterdam; ``pin`` fixes them (tests, simulations).

    ``pretend`` (``--as-of``) moves only the working day: which day the lists, the rules and
    a logged call's default time look at. ``real_now`` ignores it: sign-in, lock-out and
    audit timestamps are security decisions and always use the real clock.
    """

    def __init__(self) -> None:
        self._pinned: datetime | None = None
        self._pretend: datetime | None = None

    def now(self) -> datetime:
        if self._pretend is not None:
            return self._pretend
        return self.real_now()

    def real_now(self) -> datetime:
        """The real time (or the tests' pinned one), never moved by ``--as-of``."""
        if self._pinned is not None:
            return self._pinned
        return datetime.now(TZ)

    def pretend(self, day: date | None) -> None:
        """Act as if today were ``day`` (12:00 that day); ``None`` stops."""
        self._pretend = None if day is None else datetime.combine(day, time(12, 0), TZ)

    @property
    def pretending(self) -> bool:
        return self._pretend is not None

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
